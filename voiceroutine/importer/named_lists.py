"""Exercises named in a list after a colon, with one dose for all, as a message writes them: "finish with
stretches, 30 s each side: hip flexor, hamstring, chest on the door frame".

Each name is an exercise with that dose; a name without the kind the sentence gives ("stretches") takes it, before
any place it is done at ("chest on the door frame" -> "Chest stretch on the door frame"). Two names joined by "+"
with a dose "of each" ("Heel taps + toe reaches: 2 × 20 of each") are two exercises with that dose."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind

_LIST = re.compile(r"^(?P<lead>(?:(?:then|and|finish|end|start|begin|cool down|warm up)\b[^,:]{0,20}?\s+)?)"
                   r"(?P<kind>stretches|stretch|holds|mobility|moves)\s*,\s*(?P<dose>[^:]{2,40}?)\s*:\s*"
                   r"(?P<names>[^.:;]+?)\.?$", re.I)
_PLACE = re.compile(r"\s+(?=(?:on|against|at|with|in|over|by|using)\b)")
SINGULAR = {"stretches": "stretch", "stretch": "stretch", "holds": "hold", "mobility": "", "moves": ""}


def _named(name: str, kind: str) -> str:
    word = SINGULAR[kind.lower()]
    if not word or word in name.lower():
        return name
    head, *place = _PLACE.split(name, maxsplit=1)
    return f"{head} {word}" + (f" {place[0]}" if place else "")


_PAIR = re.compile(r"^(?P<a>[^:+&]{2,40}?)\s+[+&]\s+(?P<b>[^:+&]{2,40}?)\s*:\s*"
                   r"(?P<dose>\S[^,;]*?)\s+(?:of each|of both|each of them)\b(?P<rest>.*)$", re.I)


def named_lists(blocks: list[Block]) -> list[Block]:
    """A paragraph or item "stretches, DOSE: A, B and C" as one item per name, each "Name – DOSE"; an item "A + B:
    DOSE of each" as two."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.ITEM and (pair := _PAIR.match(block.text.strip())):
            out.extend(replace(block, text=f"{name.strip()}: {pair['dose']}{pair['rest']}")
                       for name in (pair["a"], pair["b"]))
            continue
        m = _LIST.match(block.text.strip()) if block.kind is not BlockKind.HEADING else None
        names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["names"]) if n.strip()] if m else []
        if m is None or len(names) < 2 or not re.search(r"\d", m["dose"]) or any(len(n.split()) > 6 for n in names):
            out.append(block)
            continue
        out.extend(Block(BlockKind.ITEM, f"{_named(name, m['kind'])[:1].upper()}{_named(name, m['kind'])[1:]} – "
                         f"{m['dose']}", marker="-") for name in names)
    return out
