"""A Tumblr post copied with its reblog chain: the post's list, its tags and notes count, then "X reblogged this from
Y and added:" over each reblogger's words, indented one step more each time. A reblogger may add an exercise
("adding one that my occupational therapist taught me, tendon glides! go from a straight flat hand ... 5 times");
the others tell a story or suggest a change for themselves ("maybe start with 2 goes instead of 5"), which is no
part of the post's routine.

An added exercise becomes a list item after the post's last (named by the words the reblogger names it with, its
paragraph under it); the rest of the chain, the tag lines and the notes count are left out. The chain's counts were
read as the post's last exercise's dose ("48,213 notes" as 48213 reps)."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.lexicon import named_exercise

_REBLOGGED = re.compile(r"^\s*\S+\s+reblogged\s+this\s+from\s+\S+(?:\s+and\s+added)?\s*:?\s*$", re.I)
_NOTES = re.compile(r"^\s*[\d,.]+k?\s+notes?\s*$", re.I)
_TAGS = re.compile(r"^\s*#\S.*$")
_ADDING = re.compile(r"^\s*(?:i'?d\s+)?(?:adding|add|also)\b[^.!?]{0,80}?[,:]\s*(?:the\s+)?"
                     r"(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)\s*[!:.]\s+(?P<how>\S.*)$", re.I)
"""A reblogger's words that add an exercise: "adding one that my OT taught me, tendon glides! go from ..."."""


def with_reblogs(blocks: list[Block]) -> list[Block]:
    """The blocks with a reblog chain's added exercises as items after the post's list and the rest of the chain
    (its headers, the words that add none, tag lines and the notes count) left out."""
    first = next((index for index, block in enumerate(blocks) if _REBLOGGED.match(block.text)), None)
    if first is None:
        return blocks
    items = [block for block in blocks[:first] if block.kind is BlockKind.ITEM]
    added: list[Block] = []
    for block in blocks[first:]:
        if block.kind is not BlockKind.TEXT or (m := _ADDING.match(block.text)) is None or not find_mentions(m["how"]):
            continue
        name = m["name"].strip()
        if len(name.split()) < 2 and named_exercise(name) is None:
            continue  # "also, thanks!": no exercise's name
        marker = _next_marker(items[-1].marker) if items else "-"
        added.extend((Block(BlockKind.ITEM, name, marker=marker), Block(BlockKind.TEXT, m["how"][:1].upper()
                                                                        + m["how"][1:])))
    kept = [block for block in blocks[:first] if block.kind is BlockKind.ITEM
            or not (_NOTES.match(block.text) or _TAGS.match(block.text))]
    return [*kept, *added]


def _next_marker(marker: str) -> str:
    """The marker after a numbered one ("6." -> "7."); another marker as it is."""
    m = re.fullmatch(r"(\d+)([.)]?)", marker.strip())
    return f"{int(m[1]) + 1}{m[2]}" if m else marker
