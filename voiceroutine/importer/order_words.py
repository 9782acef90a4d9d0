"""A paragraph that names its exercise after an order word, among paragraphs that open with their exercise's name
and a colon: "First, prayer stretch: palms together ..." / "Then the reverse prayer, backs of the hands together
..." beside "Finger fans: spread your fingers ...". A thread or a post tells a routine so.

The colon rule read "First, prayer stretch" as the name, and a paragraph naming its exercise before a comma as more
of the exercise above. Each such paragraph opens with its name and a colon here, as its neighbours do: "Prayer
stretch: palms together ...", "Reverse prayer: backs of the hands together ...". Only where another paragraph of
the article opens "Name: ..." (so the article names exercises so) and the name is short and states no dose."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.steps import VERBS

_LED = re.compile(r"^(?:and\s+)?(?:first(?:ly)?|first up|then|next|after that|afterwards|finally|lastly|last)\s*,?\s+"
                  r"(?P<article>(?:the|a|an|some|your)\s+)?(?P<name>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?)\s*"
                  r"(?P<mark>[:,])\s+(?P<rest>\S.*)$", re.S | re.I)
_COLON_NAMED = re.compile(r"^[A-Z][\w'-]*(?:\s+[\w'-]+){0,4}:\s+\S")
"""A paragraph that opens with its exercise's name and a colon: "Finger fans: spread your fingers ..."."""
_NOT_NAMES = re.compile(r"^(?:i|we|you|it|this|that|these|those|there|here|one|do|go|repeat|rest|hold|relax|"
                        r"breathe|swap|switch|change|come|turn|stay|keep|take|try)\b", re.I)
_MIN_NAMED = 2
"""Paragraphs opening "Name: ..." that make an article one that names its exercises so."""


def named_after_order_words(blocks: list[Block]) -> list[Block]:
    """The blocks, each paragraph led by an order word and a short name written as "Name: ..." when the article's
    other paragraphs open so."""
    named = sum(1 for block in blocks if block.kind is BlockKind.TEXT and _COLON_NAMED.match(block.text)
                and not _LED.match(block.text))
    if named < _MIN_NAMED:
        return blocks
    out: list[Block] = []
    for block in blocks:
        m = _LED.match(block.text) if block.kind is BlockKind.TEXT else None
        if m and not _NOT_NAMES.match(m["name"]) and not find_mentions(m["name"]) and (
                m["article"] or m["name"].split()[0].lower() not in VERBS):  # "First, get the blood moving: ..."
            name = m["name"][:1].upper() + m["name"][1:]
            block = replace(block, text=f"{name}: {m['rest']}")
        out.append(block)
    return out
