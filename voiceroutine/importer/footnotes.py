"""Footnotes, as a document pasted from a word processor keeps them: a marker "[2]" after a word in the text, and
after a rule at the end the notes themselves ("[2] If your neck aches, ..."). A marker is no part of a name ("The
Hundred[2]" was the name), and a note is an aside for the reader: its numbers ("Beginners: 6 lifts a side") are no
dose of the last exercise above it. The markers go, and the notes with them."""

from __future__ import annotations

import re

_MARKER = re.compile(r"(?<=[^\s\[])\[(?P<n>\d{1,2})\]")
_NOTE = re.compile(r"^\s*\[(?P<n>\d{1,2})\]\s+\S")


def without_footnotes(text: str) -> str:
    """The text without its footnote markers and the notes they point to; a text whose "[N]" lines no marker
    points to is left as it is."""
    marked = {m["n"] for m in _MARKER.finditer(text)}
    lines = text.split("\n")
    notes = [index for index, line in enumerate(lines) if (m := _NOTE.match(line)) and m["n"] in marked]
    if not marked or not notes:
        return text
    # a note runs to the next note or blank line
    dropped: set[int] = set()
    for index in notes:
        at = index
        while at < len(lines) and lines[at].strip() and (at == index or not _NOTE.match(lines[at])):
            dropped.add(at)
            at += 1
    kept = [line for index, line in enumerate(lines) if index not in dropped]
    return _MARKER.sub("", "\n".join(kept))
