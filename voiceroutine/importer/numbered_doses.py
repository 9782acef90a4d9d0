"""A numbered list whose items each give a dose ("1) Goblet squat 3x10, 90 sec rest between sets", "(b) Single-leg
heel raises on the right, 3 sets of 10, ..."): one exercise per item, however each item is worded.

Each item on its own may read as a name and a dose, as a heading line, or as nothing (a sentence whose name runs
past its first comma), and the style that read the most of them won, losing the others or naming them after the
wrong words. Numbered in order (1, 2, 3 or a, b, c), at least three items, and most of them with a dose, the list
is read as a whole: each item an exercise named by its words before the dose, a dash, a colon, a comma or an aside,
and before where it is done ("on the edge of a step", "with a weight on the knee"). Each item is the whole exercise:
a paragraph below the list ("He should drop back to (a) alone if ...") is no part of its last item."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.step_fragments import is_step_fragment

_MIN_ITEMS = 3
_MAX_NAME_WORDS = 10
_MARKER = re.compile(r"^\(?(?P<n>\d{1,2}|[a-zA-Z])(?P<mark>[.)])$")
_CUT = re.compile(r"\s+[–—-]\s+|:\s+|,\s+|\s*\(|\s+(?=\d|[x×]\s*\d)")
"""Where an item's name ends: a dash, a colon, a comma, an aside in brackets, or a number (its dose)."""
_PLACE = re.compile(r"\s+(?:on|with|against|using|holding|off|at)\s+(?:the|a|an|your|his|her|their|one|both|each)\b")
"""Where the exercise's name ends and its set-up begins: "Calf raises on the bottom step", "Pogo hops on the spot"."""


def _number(marker: str) -> tuple[int, str] | None:
    """(place in the list, the marker's shape) of "3.", "c)", "(b)"; None for a bullet."""
    m = _MARKER.match(marker.strip())
    if m is None:
        return None
    n = m["n"]
    shape = ("(" if marker.strip().startswith("(") else "") + ("1" if n.isdigit() else "a") + m["mark"]
    return (int(n) if n.isdigit() else ord(n.lower()) - ord("a") + 1), shape


def item_name(text: str) -> str:
    """The item's words before its dose or description: "Romanian deadlift 3x12" -> "Romanian deadlift"."""
    m = _CUT.search(text)
    name = (text[:m.start()] if m else text).strip(" .:;–—-")
    place = _PLACE.search(name)
    return name[:place.start()] if place and place.start() > 0 else name


def dosed_list_items(blocks: list[Block], start: int) -> list[tuple[int, str]]:
    """(index, name) of every item of each numbered list, from `start`, read as exercises one an item."""
    found: list[tuple[int, str]] = []
    index = start
    while index < len(blocks):
        run = _run(blocks, index)
        if not run:
            index += 1
            continue
        named = [(at, item_name(blocks[at].text)) for at in run]
        dosed = sum(1 for at in run if find_mentions(blocks[at].text))
        if (len(run) >= _MIN_ITEMS and dosed * 3 >= len(run) * 2
                and all(name[:1].isalpha() and len(name.split()) <= _MAX_NAME_WORDS for _, name in named)
                and not any(is_step_fragment(name) for _, name in named)):
            found.extend(named)
        index = run[-1] + 1
    return found


def _run(blocks: list[Block], index: int) -> list[int]:
    """The indexes of the items numbered 1, 2, 3 ... (or a, b, c ...; a carousel's may start at 2, its first slide
    the cover) from `index`; paragraphs may stand between them (an item's own lines), a heading ends them."""
    first = _number(blocks[index].marker) if blocks[index].kind is BlockKind.ITEM else None
    if first is None or (index and _number(blocks[index - 1].marker) == (first[0] - 1, first[1])):
        return []  # not the list's first item
    run = [index]
    at = index + 1
    while at < len(blocks) and blocks[at].kind is not BlockKind.HEADING:
        block = blocks[at]
        if block.kind is BlockKind.ITEM:
            number = _number(block.marker)
            if number != (first[0] + len(run), first[1]):
                break
            run.append(at)
        at += 1
    return run
