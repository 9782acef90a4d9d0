"""A table laid out with spaces and its header underlined by a rule, as printable plans and plain-text reports set
one (a "simple table" in pandoc's terms):

    EXERCISE          WEEK 1                WEEK 2
    ----------------  --------------------  --------------------
    Wall press-ups    8 reps, hands wide    10 reps, hands
                                            narrow
    Step-ups onto a   6 each leg            8 each leg
    low step

Each run of dashes in the rule is a column, so a cell is the text above or below that run, whatever its width. A
line with text in its first column and in another starts a row; a line with text in the first column only, or in
the others only, is the rest of the row above that wrapped (each cell's words added to that cell's). The table ends
at a blank line. It is written as a Markdown table, which the importer reads a row at a time (its heading cells
name the columns, as "Reps" or "Week 1")."""

from __future__ import annotations

import re

_RULE = re.compile(r"^\s*-{3,}(?:\s{1,}-{3,})+\s*$")
MIN_ROWS = 2


def _spans(rule: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"-{3,}", rule)]


def _cells(line: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """The line's cell under each column; None when a word crosses from one column into the next."""
    starts = [start for start, _ in spans]
    ends = [*starts[1:], max(len(line), starts[-1]) + 1]
    for start in starts[1:]:
        if 0 < start < len(line) and line[start - 1] != " " and line[start] != " ":
            return None
    return [line[start:end].strip() for start, end in zip([0, *starts[1:]], ends, strict=True)]


def ruled_tables(text: str) -> str:
    """The text with each space-laid table under a ruled header written as a Markdown table."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not (index > 0 and _RULE.match(line) and lines[index - 1].strip() and out):
            out.append(line)
            index += 1
            continue
        spans = _spans(line)
        header = _cells(lines[index - 1], spans)
        rows: list[list[str]] = []
        end = index + 1
        while end < len(lines) and lines[end].strip():
            cells = _cells(lines[end], spans)
            if cells is None:
                break
            if (cells[0] and any(cells[1:])) or not rows:
                rows.append(cells)
            else:
                rows[-1] = [f"{old} {new}".strip() for old, new in zip(rows[-1], cells, strict=True)]
            end += 1
        if header is None or len(rows) < MIN_ROWS or not all(header):
            out.append(line)
            index += 1
            continue
        out[-1] = "| " + " | ".join(header) + " |"
        out.append("|" + "---|" * len(header))
        out.extend("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows)
        index = end
    return "\n".join(out)
