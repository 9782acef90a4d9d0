"""An AsciiDoc page (a handbook or wiki page written in AsciiDoc and pasted as its source): "= Title" and "== Part"
as Markdown headings, a |=== table as a Markdown table (one cell a line or several, the columns its [cols] or its
first line give), "term:: text" lists as items; attribute lines (":author: ..."), block attributes ("[NOTE]") and
block fences ("====") left out, an admonition block's text kept as a note."""

from __future__ import annotations

import re

_TITLE = re.compile(r"^=\s+\S")
_SECTION = re.compile(r"^(?P<level>={2,5})\s+(?P<text>\S.*)$")
_ATTRIBUTE = re.compile(r"^:[\w-]+!?:(?:\s.*)?$")
_BLOCK_ATTRIBUTE = re.compile(r"^\[[^\]]*\]$")
_FENCE = re.compile(r"^(?:={4,}|-{4,}|\*{4,}|_{4,}|\.{4,})$")
_TABLE = "|==="
_DEFINED = re.compile(r"^(?P<term>[^:\s][^:]{0,60}?)::\s+(?P<text>\S.*)$")
_ADMONITION = re.compile(r"^\[(?P<kind>NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$")


def asciidoc_text(text: str) -> str | None:
    """The page in `text` as Markdown when it is an AsciiDoc source, else None."""
    lines = text.splitlines()
    if not lines or not _TITLE.match(lines[0].strip()):
        return None
    marks = sum(1 for line in lines[:4000] if _ATTRIBUTE.match(line) or line.strip() == _TABLE
                or _SECTION.match(line) or _BLOCK_ATTRIBUTE.match(line.strip()))
    if marks < 3:
        return None
    out: list[str] = []
    columns: int | None = None
    header = False
    admonition: str | None = None
    in_table = False
    cells: list[str] = []
    for raw in lines:
        line = raw.strip()
        if in_table:
            if line == _TABLE:
                out.extend(_table(cells, columns, header))
                in_table, cells, columns, header = False, [], None, False
            elif line.startswith("|"):
                if columns is None:
                    columns = len([cell for cell in line.split("|")[1:]])
                cells.extend(cell.strip() for cell in line.split("|")[1:])
            elif line and cells:
                cells[-1] += " " + line
            continue
        if line == _TABLE:
            in_table = True
            continue
        if m := _ADMONITION.match(line):
            admonition = m["kind"].capitalize()
            continue
        if line.startswith("[") and _BLOCK_ATTRIBUTE.match(line):
            if m := re.search(r'cols="(?P<cols>[^"]*)"', line):
                spec = m["cols"]
                columns = int(spec) if spec.isdigit() else len(spec.split(","))
            header = "header" in line
            continue
        if _FENCE.match(line):
            if admonition and out and out[-1] == "":
                out.append(f"{admonition}:")
            elif admonition:
                admonition = None
            continue
        if _ATTRIBUTE.match(line):
            continue
        if _TITLE.match(line) and not out:
            out.append("# " + line[1:].strip())
        elif m := _SECTION.match(line):
            admonition = None
            out.extend(["", "#" * len(m["level"]) + " " + m["text"].strip(), ""])
        elif m := _DEFINED.match(line):
            out.append(f"- {m['term'].strip()}: {m['text'].strip()}")
        else:
            out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def _table(cells: list[str], columns: int | None, header: bool) -> list[str]:
    """The cells read in rows of `columns`, as a Markdown table (its first row the header when it has one)."""
    if not columns or not cells:
        return []
    rows = [cells[at: at + columns] for at in range(0, len(cells), columns)]
    rows = [row + [""] * (columns - len(row)) for row in rows]
    if not header:
        rows.insert(0, [""] * columns)
    lines = ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * columns]
    lines.extend("| " + " | ".join(row) + " |" for row in rows[1:])
    return [*lines, ""]
