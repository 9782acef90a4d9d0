"""A Jupyter notebook's `.ipynb` file (nbformat 4 JSON) -> the Markdown its cells make.

A notebook is a JSON object whose "cells" each hold a "source" (a string, or a list of lines ending in "\\n"). Read as
it is, the importer saw the JSON's keys and quoted lines ('"source"', '"- Leg swings ...') as names and the code's
numbers as doses. The article is the markdown cells, in order, each a block of Markdown; a code cell's source is
code, and its printed output (a stream, a plain-text result) is a count or a log, not the routine, so both are left
out. A result shown as an HTML table (a pandas DataFrame the coach typed the drills into) is a table of the page:
it is kept as a Markdown table of its header and rows, the DataFrame's index column left out.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

_NOTEBOOK = re.compile(r'^\s*\{\s*"(?:cells|metadata|nbformat)"\s*:')


def notebook_text(text: str) -> str | None:
    """The markdown cells (and tables shown as results) of the notebook in `text` as Markdown, or None when `text`
    is no notebook."""
    if not _NOTEBOOK.match(text[:200]) or '"nbformat"' not in text:
        return None
    try:
        data: Any = json.loads(text)
    except ValueError:
        return None
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        return None
    parts: list[str] = []
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        if cell.get("cell_type") == "markdown":
            parts.append(_joined(cell.get("source")).strip())
        elif cell.get("cell_type") == "code":
            parts += [table for output in cell.get("outputs") or () if (table := _shown_table(output))]
    text = "\n\n".join(part for part in parts if part)
    return text + "\n" if text else None


def _joined(source: Any) -> str:
    """A cell's source or an output's data: a string, or a list of lines."""
    if isinstance(source, list):
        return "".join(line for line in source if isinstance(line, str))
    return source if isinstance(source, str) else ""


def _shown_table(output: Any) -> str | None:
    """A result's HTML table as a Markdown table, or None when the output shows no table."""
    if not isinstance(output, dict) or not isinstance(output.get("data"), dict):
        return None
    shown = _joined(output["data"].get("text/html"))
    if "<table" not in shown:
        return None
    reader = _TableReader()
    reader.feed(shown)
    rows = [row for row in reader.rows if any(row)]
    if len(rows) < 2:
        return None
    if reader.index_column:
        rows = [row[1:] for row in rows]  # the DataFrame's index: row numbers, no part of the table
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * width)
    return "\n".join(lines)


class _TableReader(HTMLParser):
    """The cells of an HTML table, row by row; a row's leading <th> in the body marks an index column."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.index_column = False
        self._cell: list[str] | None = None
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tbody":
            self._in_body = True
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            if tag == "th" and self._in_body and not self.rows[-1]:
                self.index_column = True
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self.rows:
            self.rows[-1].append(re.sub(r"\s+", " ", "".join(self._cell)).strip().replace("|", "/"))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
