"""An exercise a post adds in an edit, and where it goes: "EDIT: forgot one! She also has me doing eccentric heel
drops off the bottom stair, 3x10, straight after the straight-knee calf raises." A forum post's list is not
rewritten when its writer remembers an exercise; the edit below it says which one and where.

The added exercise becomes a list item of its own ("Eccentric heel drops: 3x10") right after (or before) the item
it names, and the sentence leaves the edit's paragraph, so that it is read once, in its place."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.steps import sentences

_EDIT = re.compile(r"^\s*(?:edit|update|ps|p\.s\.)\s*\d{0,2}\s*:", re.I)
_ADDED = re.compile(
    r"\b(?:also\s+)?(?:has me doing|have me doing|has me do|doing|do|does|added|add|adding|include)\s+"
    r"(?:some\s+|the\s+)?"
    r"(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,4}?)(?=\s+(?:off|on|with|from|against|in|at|using|for)\b|\s*[,(])",
    re.I)
_PLACE = re.compile(r"\b(?:straight |right |just |directly )?(?P<where>after|before)\s+(?:the |my |your |her |his )?"
                    r"(?P<anchor>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,4}?)\s*(?:[.,;!]|$)", re.I)


def with_edits(blocks: list[Block]) -> list[Block]:
    """The blocks with each exercise an edit adds placed in the list, after (or before) the item the edit names."""
    out = list(blocks)
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.TEXT or not _EDIT.match(block.text):
            continue
        for sentence in sentences(block.text):
            added, place, mentions = _ADDED.search(sentence), _PLACE.search(sentence), find_mentions(sentence)
            if not (added and place and mentions) or place.start() < added.end():
                continue
            anchor = _anchor(out[:index], place["anchor"])
            if anchor is None:
                continue
            name = added["name"].strip()
            text = f"{name[:1].upper()}{name[1:]}: {mentions[0].words}"
            item = Block(BlockKind.ITEM, text, marker=out[anchor].marker)
            at = anchor + 1 if place["where"].lower() == "after" else anchor
            kept = block.text.replace(sentence, "").strip()
            position = out.index(block)
            out[position] = replace(block, text=kept) if kept else Block(BlockKind.TEXT, "")
            out.insert(at, item)
            break
    return [block for block in out if block.text]


def _anchor(blocks: list[Block], named: str) -> int | None:
    """The list item above whose name holds every word of `named` ("the straight-knee calf raises")."""
    words = named.lower().split()
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if block.kind is BlockKind.ITEM:
            name = block.text.lower().split(":")[0]
            if all(re.search(rf"\b{re.escape(word)}\b", name) for word in words):
                return index
    return None
