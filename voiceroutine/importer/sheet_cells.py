"""A spreadsheet pasted as text keeps one tab between cells, empty cells too ("A-skip\\t20 m\\t3\\twalk back\\t\\t").
Read with runs of tabs as one gap, a row with an empty cell has fewer cells than its header, and the table ends
there. Here every empty cell of such a run of rows becomes "–" (as a sheet writes "nothing"), and a column that is
empty in every row is left out, so each row keeps its width."""

from __future__ import annotations

import re

_MIN_TABS = 2
_MIN_ROWS = 2


def _filled(rows: list[list[str]]) -> list[str]:
    width = len(rows[0])
    used = [column for column in range(width) if any(row[column].strip() for row in rows)]
    return ["\t".join(row[column].strip() or "–" for column in used) for row in rows]


def filled_tab_cells(text: str) -> str:
    """The text with the empty cells of each run of tab-separated rows of one width filled, where one has any."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        tabs = lines[index].count("\t")
        end = index
        # a run of rows with the same number of tabs, none of them all empty
        while end < len(lines) and tabs >= _MIN_TABS and lines[end].count("\t") == tabs and lines[end].strip():
            end += 1
        rows = [line.split("\t") for line in lines[index:end]]
        if end - index >= _MIN_ROWS and any(not cell.strip() for row in rows for cell in row):
            out.extend(_filled(rows))
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)


_SYMBOL_CELL = re.compile(r"(?<=\t)[ ]*(?:[\u2610-\u2612\u25a1\u25a2\u25cb\u2713\u2714\u2717\u2718]|\[[ xX]?\])[ ]*"
                          r"(?=\t|$)")


def symbol_cells(line: str) -> str:
    """A tab-separated row whose cell holds only a tick box or a check mark ("…\\t3 sec\\t☐", a "Done?" column
    left for the reader): that cell as "–", so the row keeps its width beside its header (the symbol alone would
    be dropped as decoration, and the row would lose a cell)."""
    return _SYMBOL_CELL.sub("–", line) if "\t" in line else line
