"""Exercises named in a list after a colon, with one dose for all, as a message writes them: "finish with
stretches, 30 s each side: hip flexor, hamstring, chest on the door frame".

Each name is an exercise with that dose; a name without the kind the sentence gives ("stretches") takes it, before
any place it is done at ("chest on the door frame" -> "Chest stretch on the door frame"). Two names joined by "+"
with a dose "of each" ("Heel taps + toe reaches: 2 × 20 of each") are two exercises with that dose.

The kind may come first, then what it works, each with its dose or one dose after them all: "Then stretch: calves 30
s each leg, quads 30 s each leg", "stretch after!! quads and hamstrings, 30 sec each leg": one stretch a part, named
with the part in the singular ("Calf stretch", "Quad stretch")."""

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


_PARTS_LIST = re.compile(r"^(?:(?:and|then|now|also)\s+)*(?P<kind>stretch(?:es)?)(?:\s+(?:after(?:wards)?|too|first))?"
                         r"\s*(?:[:,]|!+)\s*(?P<parts>[^.:;!?]+?)\s*[.!]*$", re.I)
"""The kind, then the parts it works: "Then stretch: calves 30 s each leg, quads 30 s each leg"."""
_PART_DOSE = re.compile(r"^(?P<part>[a-z][a-z' -]{1,30}?)\s+(?P<dose>\d.*)$", re.I)


def _singular(part: str) -> str:
    """ "calves" -> "calf", "hip flexors" -> "hip flexor": the name of one stretch of that part."""
    *head, last = part.split()
    if last.endswith("ves"):
        last = last[:-3] + "f"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*head, last])


def _parts_items(text: str) -> list[str]:
    """ "Name stretch – dose" for each part of a sentence "stretch: calves 30 s each leg, quads 30 s each leg" or
    "stretch: quads and hamstrings, 30 sec each leg"; [] for any other text."""
    m = _PARTS_LIST.match(text.strip())
    if m is None:
        return []
    pieces = [piece.strip() for piece in re.split(r"\s*,\s*(?:and\s+)?", m["parts"]) if piece.strip()]
    dosed = [_PART_DOSE.match(piece) for piece in pieces]
    if len(pieces) >= 2 and all(dosed):
        pairs = [(d["part"], d["dose"]) for d in dosed if d]
    elif len(pieces) == 2 and re.search(r"\d", pieces[1]) and not re.search(r"\d", pieces[0]):
        pairs = [(part, pieces[1]) for part in re.split(r"\s+and\s+|\s*&\s*", pieces[0])]
    else:
        return []
    if len(pairs) < 2 or any(len(part.split()) > 3 for part, _ in pairs):
        return []
    return [f"{_singular(part.strip()).capitalize()} stretch – {dose.strip()}" for part, dose in pairs]


def named_lists(blocks: list[Block]) -> list[Block]:
    """A paragraph or item "stretches, DOSE: A, B and C" as one item per name, each "Name – DOSE"; an item "A + B:
    DOSE of each" as two."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.ITEM and (pair := _PAIR.match(block.text.strip())):
            out.extend(replace(block, text=f"{name.strip()}: {pair['dose']}{pair['rest']}")
                       for name in (pair["a"], pair["b"]))
            continue
        said = re.split(r"(?<=\.)\s+(?=[A-Z])", block.text.strip()) if block.kind is BlockKind.TEXT else []
        at = next((index for index, sentence in enumerate(said) if _parts_items(sentence)), None)
        if at is not None:
            # "perfect. And stretch after!! quads and hamstrings, 30 sec each leg. Don't skip it": the sentence's items
            # between the paragraph's other sentences
            if at:
                out.append(replace(block, text=" ".join(said[:at])))
            out.extend(Block(BlockKind.ITEM, item, marker="-") for item in _parts_items(said[at]))
            if said[at + 1:]:
                out.append(replace(block, text=" ".join(said[at + 1:])))
            continue
        m = _LIST.match(block.text.strip()) if block.kind is not BlockKind.HEADING else None
        names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["names"]) if n.strip()] if m else []
        if m is None or len(names) < 2 or not re.search(r"\d", m["dose"]) or any(len(n.split()) > 6 for n in names):
            out.append(block)
            continue
        out.extend(Block(BlockKind.ITEM, f"{_named(name, m['kind'])[:1].upper()}{_named(name, m['kind'])[1:]} – "
                         f"{m['dose']}", marker="-") for name in names)
    return out
