"""A wiki page's source (MediaWiki wikitext), as copied from its edit box, turned into Markdown.

Wikitext marks headings "== Warm-up ==", bullets "* " and numbers "# ", bold '''...''' and italics ''...'', links
"[[Target|shown words]]" and "[https://... shown words]", tables "{| ... |}" whose rows are split by "|-" and whose
cells are "| a || b" ("! a !! b" for the header), and it wraps templates ("{{Infobox ...}}"), footnotes
("<ref>...</ref>"), comments and categories round the text. Read as it is, the marks became names ("'''[ ]'''")
and the table's cells one line. The page read is its Markdown: headings "## Warm-up", items "- " and "1. ",
links as their shown words, tables as pipe tables; templates, footnotes, comments, magic words ("__TOC__"),
files and categories are left out; the bold subject that opens the lead ("'''Beginner Session 1''' is
...") is the page's title. A text with fewer than two wikitext headings or tables, or none of its links
or bold marks, is no wiki source."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?P<marks>={2,6})\s*(?P<text>[^=\n].*?)\s*(?P=marks)\s*$", re.M)
_TABLE = re.compile(r"^\{\|.*?^\|\}\s*$", re.M | re.S)
_MARKUP = re.compile(r"'''|\[\[[^\[\]\n]+\]\]")
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_REF = re.compile(r"<ref\b[^<>]*/>|<ref\b[^<>]*>.*?</ref>|<references\s*/>|<!--.*?-->", re.S | re.I)
_MAGIC = re.compile(r"__[A-Z]+__")
_HIDDEN_LINK = re.compile(r"\[\[\s*(?:category|file|image)\s*:[^\[\]]*\]\]", re.I)
_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?(?P<shown>[^\[\]|]+)\]\]")
_WEB_LINK = re.compile(r"\[(?:https?:)?//\S+\s+(?P<shown>[^\]]+)\]")
_SUBJECT = re.compile(r"\s*'''(?P<name>[^'\n]{2,80})'''")
_LIST = re.compile(r"^(?P<marks>[*#]+)\s*(?P<text>.*)$")


def wikitext_markdown(text: str) -> str | None:
    """The Markdown of a page's wikitext; None when `text` is no wikitext."""
    structure = len(_HEADING.findall(text)) + len(_TABLE.findall(text))
    if structure < 2 or not _MARKUP.search(text):
        return None
    text = _REF.sub("", text)
    while (unwrapped := _TEMPLATE.sub("", text)) != text:
        text = unwrapped
    text = _TABLE.sub(lambda m: _table(m.group(0)), text)
    text = _MAGIC.sub("", _HIDDEN_LINK.sub("", text))
    text = _WEB_LINK.sub(lambda m: m["shown"], _LINK.sub(lambda m: m["shown"], text))
    out: list[str] = []
    number = 0
    for line in text.split("\n"):
        m = _LIST.match(line)
        if m is None:
            number = 0
            out.append(line)
            continue
        depth = "  " * (len(m["marks"]) - 1)
        if m["marks"].endswith("#"):
            number += 1
            out.append(f"{depth}{number}. {m['text']}")
        else:
            out.append(f"{depth}- {m['text']}")
    text = _HEADING.sub(lambda m: "#" * len(m["marks"]) + " " + m["text"], "\n".join(out))
    if subject := _SUBJECT.match(text):
        text = f"# {subject['name']}\n\n{text}"  # a wiki's lead opens with its subject in bold: the page's title
    text = text.replace("'''", "**").replace("''", "*")
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _table(table: str) -> str:
    """A wikitable as a pipe table: its header row, a rule under it, then one line a row."""
    rows: list[list[str]] = []
    header_rows = 0
    for line in table.split("\n")[1:-1]:
        line = line.strip()
        if not line or line.startswith(("|+", "|}")):
            continue
        if line.startswith("|-"):
            rows.append([])
            continue
        if not rows:
            rows.append([])
        header = line.startswith("!")
        cells = re.split(r"\s*(?:!!|\|\|)\s*" if header else r"\s*\|\|\s*", line[1:])
        # a cell's attributes ('style="..." | text') are no text
        rows[-1].extend(cell.split(" | ", 1)[-1].strip() if "=" in cell.split(" | ", 1)[0] else cell.strip()
                        for cell in cells)
        if header and len(rows) == header_rows + 1:
            header_rows = len(rows)
    rows = [row for row in rows if row]
    if not rows:
        return ""
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    if header_rows:
        lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n\n" + "\n".join(lines) + "\n\n"
