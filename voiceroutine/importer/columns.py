"""Text pasted from a page printed in two columns (a handout, a PDF): each line holds a piece of the left column,
a run of spaces, and a piece of the right one. Read as it stands, every paragraph is two half-sentences glued
together and the right column's exercises are lost inside the left column's.

The columns are found where many lines start a second piece of text at the same place; between blank lines (a
band of the page) the left column is read first, then the right. A line that runs across the gap is the page's
own (a heading, a footer) and ends the band."""

from __future__ import annotations

import re
from collections import Counter

_GAP = re.compile(r"(?:^ {20,}|(?<=\S) {3,})(?=\S)")
"""Where a second column's text may start: after 3+ spaces inside a line, or 20+ at its start."""
_SLACK = 3
"""How far from the column's place a piece may start (a PDF's text drifts a space or two)."""
_MIN_LINES = 8
_MIN_COLUMN = 25


def _column(lines: list[str]) -> int | None:
    """Where the right column starts, when enough lines start a piece there."""
    starts = Counter(m.end() for line in lines for m in _GAP.finditer(line))
    if not starts:
        return None
    best = max(starts, key=lambda at: (sum(n for s, n in starts.items() if abs(s - at) <= _SLACK), -at))
    near = sum(1 for line in lines if any(abs(m.end() - best) <= _SLACK for m in _GAP.finditer(line)))
    return best if best >= _MIN_COLUMN and near >= _MIN_LINES else None


def _split(line: str, column: int) -> tuple[str, str] | None:
    """The line's left and right pieces, or None when its text runs across the gap."""
    for m in _GAP.finditer(line):
        if abs(m.end() - column) <= _SLACK:
            return line[: m.start()].strip(), line[m.end():].strip()
    if len(line.rstrip()) <= column:
        return line.strip(), ""
    return None


def _joined(pieces: list[str]) -> list[str]:
    """A column's lines, a word broken at a line's end ("sec-" over "onds.") put back together, and a line that
    carries on a sentence (in lower case, after a line with no sentence end) joined to it, as a bullet's second
    line is."""
    out: list[str] = []
    for piece in pieces:
        if out and re.search(r"[a-z]-$", out[-1]) and piece[:1].islower():
            out[-1] = out[-1][:-1] + piece
        elif out and out[-1] and not re.search(r"[.!?:]$", out[-1]) and piece[:1].islower():
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def two_columns(text: str) -> str:
    """The text with a two-column page read one column after the other, band by band; other text as it was."""
    lines = text.split("\n")
    column = _column(lines)
    if column is None:
        return text
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        out.extend(_joined(left))
        if left and right:
            out.append("")
        out.extend(_joined(right))
        left.clear()
        right.clear()

    for line in lines:
        pieces = _split(line, column) if line.strip() else None
        if pieces is None:
            flush()
            out.append(line)
            continue
        left.append(pieces[0])
        right.append(pieces[1])
    flush()
    return "\n".join(out)
