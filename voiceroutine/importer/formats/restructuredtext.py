"""A reStructuredText source (a club's or a clinic's Sphinx or wiki page, pasted as its .rst): section titles
underlined (and overlined) as Markdown headings, a `.. list-table::` or `.. csv-table::` as a Markdown table (its
`:header-rows:` or `:header:` the header), an admonition's text (`.. note::`, `.. tip::`) kept as a note; field lists
(":Author: ..."), comments, link targets and the other directives (`.. contents::`, `.. image::`, `.. seealso::`)
left out, roles (":doc:`Session A <session-a>`") and literals (``5 x 10``) as their words.

Written here rather than with docutils: docutils would be a new dependency for one rare format, it stops on the
Sphinx roles and directives a pasted page is full of unless each is silenced, and its HTML would then go through
our HTML reader anyway; the Markdown the importer needs is the few rules below.
"""

from __future__ import annotations

import csv
import itertools
import re

_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}\s*$")
_DIRECTIVE = re.compile(r"^\.\.\s+(?P<name>[\w:-]+)::\s*(?P<argument>.*)$")
_EXPLICIT = re.compile(r"^\.\.(?:\s|$)")
"""A comment, a link target (".. _results:"), a substitution or a directive: an explicit markup block."""
_FIELD = re.compile(r"^:(?P<name>[A-Za-z][\w -]{0,30}):(?:\s+(?P<value>.*))?$")
_OPTION = re.compile(r"^:(?P<name>[\w-]+):(?:\s+(?P<value>.*))?$")
_ROLE = re.compile(r":[\w:-]+:`(?P<text>[^`<]*?)\s*(?:<[^`>]*>)?`")
_LITERAL = re.compile(r"``(?P<text>[^`]+)``")
_LINK = re.compile(r"`(?P<text>[^`<]+?)\s*(?:<[^`>]*>)?`__?")
_NOTES = frozenset(("note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error",
                    "admonition"))
_TABLES = frozenset(("list-table", "csv-table"))
MARKS = 3
"""reStructuredText marks (directives, link targets, titles with an adornment line) that make a text an .rst source;
a title and a table directive are enough."""


def rst_text(text: str) -> str | None:
    """The page in `text` as Markdown when it is a reStructuredText source, else None."""
    lines = text.splitlines()
    directives = sum(1 for line in lines[:4000] if _DIRECTIVE.match(line) or re.match(r"^\.\. _[\w-]+:\s*$", line))
    titled = sum(1 for before, line in itertools.pairwise(lines[:4000])
                 if _ADORNMENT.match(line) and before.strip() and not _ADORNMENT.match(before)
                 and len(line.rstrip()) >= len(before.rstrip()))
    tables = any((m := _DIRECTIVE.match(line)) and m["name"].lower() in _TABLES for line in lines[:4000])
    if directives < 1 or titled < 1 or (directives + titled < MARKS and not tables):
        return None
    return "\n".join(_markdown(lines))


def _markdown(lines: list[str]) -> list[str]:
    out: list[str] = []
    levels: list[tuple[str, bool]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        over = _ADORNMENT.match(stripped) and index + 2 < len(lines) and lines[index + 2].strip() == stripped
        if over and lines[index + 1].strip():
            out.extend(["", f"{'#' * _level(levels, stripped[0], True)} {_inline(lines[index + 1].strip())}", ""])
            index += 3
            continue
        if (stripped and not line[:1].isspace() and index + 1 < len(lines) and not _ADORNMENT.match(stripped)
                and (under := _ADORNMENT.match(lines[index + 1].strip()))
                and len(lines[index + 1].rstrip()) >= len(line.rstrip())):
            out.extend(["", f"{'#' * _level(levels, under.group(1), False)} {_inline(stripped)}", ""])
            index += 2
            continue
        if _EXPLICIT.match(line):
            block, index = _indented(lines, index + 1)
            directive = _DIRECTIVE.match(line)
            name = directive["name"].lower() if directive else ""
            if name in _TABLES:
                out.extend(_table(name, directive["argument"] if directive else "", block))
            elif name in _NOTES:
                said = " ".join(_inline(part.strip()) for part in block if part.strip() and not _OPTION.match(
                    part.strip()))
                out.extend(["", f"Note: {said}", ""] if said else [])
            continue
        if _FIELD.match(stripped) and not line[:1].isspace():
            index += 1  # ":Author: ...", ":Date: ...": the page's facts, no part of its text
            continue
        out.append(_inline(line.rstrip()[:-1] if line.rstrip().endswith("::") else line.rstrip()))
        index += 1
    return out


def _level(levels: list[tuple[str, bool]], char: str, over: bool) -> int:
    """A title's level: each new adornment style (its character, with or without an overline) is one deeper."""
    if (char, over) not in levels:
        levels.append((char, over))
    return min(levels.index((char, over)) + 1, 6)


def _indented(lines: list[str], index: int) -> tuple[list[str], int]:
    """The indented lines (and blank lines among them) from `index`, and the index after them."""
    block: list[str] = []
    while index < len(lines) and (not lines[index].strip() or lines[index][:1].isspace()):
        block.append(lines[index])
        index += 1
    while block and not block[-1].strip():
        block.pop()
    return block, index


def _table(name: str, title: str, block: list[str]) -> list[str]:
    """A list-table's or a csv-table's rows as a Markdown table, its header row first."""
    options = {m["name"]: (m["value"] or "") for part in block if (m := _OPTION.match(part.strip()))}
    body = [part for part in block if not _OPTION.match(part.strip())]
    rows = _list_rows(body) if name == "list-table" else _csv_rows(body)
    if name == "csv-table" and options.get("header"):
        rows.insert(0, next(csv.reader([options["header"]], skipinitialspace=True)))
    header_rows = 1 if name == "csv-table" and options.get("header") else int(options.get("header-rows", "0") or 0)
    if not rows:
        return []
    width = max(len(row) for row in rows)
    rows = [[_inline(cell) for cell in row] + [""] * (width - len(row)) for row in rows]
    if header_rows < 1:
        # no header: the first cell names the row, the rest describe it
        return ["", *(f"- {row[0]}: {', '.join(cell for cell in row[1:] if cell)}" for row in rows), ""]
    out = ["", f"**{_inline(title)}**", ""] if title.strip() else [""]
    out.append("| " + " | ".join(rows[0]) + " |")
    out.append("|" + "---|" * width)
    out.extend("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows[header_rows:])
    return [*out, ""]


def _list_rows(body: list[str]) -> list[list[str]]:
    """ "* - Goblet squat" / "  - 3 x 10": the rows of a list-table, a cell's wrapped lines joined."""
    rows: list[list[str]] = []
    for part in body:
        text = part.strip()
        if not text:
            continue
        if m := re.match(r"^\*\s+-\s*(.*)$", text):
            rows.append([m.group(1)])
        elif (m := re.match(r"^-\s*(.*)$", text)) and rows:
            rows[-1].append(m.group(1))
        elif rows:
            rows[-1][-1] = f"{rows[-1][-1]} {text}".strip()
    return rows


def _csv_rows(body: list[str]) -> list[list[str]]:
    return [row for row in csv.reader([part.strip() for part in body if part.strip()], skipinitialspace=True) if row]


def _inline(text: str) -> str:
    """Roles, literals and links as their words; emphasis as Markdown already writes it."""
    text = _ROLE.sub(lambda m: m["text"], text)
    text = _LITERAL.sub(lambda m: m["text"], text)
    text = _LINK.sub(lambda m: m["text"], text)
    return re.sub(r"\|(\w[\w -]*)\|", r"\1", text)
