"""A DokuWiki page's source, as copied from its edit box, turned into Markdown.

DokuWiki marks headings with equals signs the other way round from MediaWiki (`====== Title ======` is the page's
title, `===== Part =====` a section), bullets and numbers by two spaces of indent and `*` or `-`, tables with `^`
round header cells and `|` round the others, bold `**...**`, italics `//...//`, links `[[target|shown words]]`,
footnotes `((...))`, and wraps macros (`~~NOTOC~~`, `~~DISCUSSION~~`), tags and images (`{{tag>...}}`,
`{{ :photo.jpg |caption}}`), `<note>` boxes and `<code>` / `<file>` blocks round the text. Read as it is, the
table's rows stayed one line and a footnote's old dose counted. The page read is its Markdown: headings by their
level, items `- ` and `1. `, the table a pipe table, a note "Note: ..."; footnotes, macros, tags, images, code
blocks and the comments quoted under `~~DISCUSSION~~` are left out. A text with no DokuWiki heading, or with fewer
than two of DokuWiki's other marks, is no DokuWiki source.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]*(?P<marks>={2,6})[ \t]*(?P<text>[^=\n].*?)[ \t]*(?P=marks)[ \t]*$", re.M)
_MARKS = (
    re.compile(r"^~~[A-Z]+~~\s*$", re.M),
    re.compile(r"\{\{tag>[^{}\n]*\}\}|\{\{\s*:?[\w:./-]+\.(?:png|jpe?g|gif|svg|webp)\b[^{}\n]*\}\}", re.I),
    re.compile(r"^\^.*\^[ \t]*$", re.M),
    re.compile(r"</?(?:note|wrap|WRAP)\b[^<>\n]*>"),
    re.compile(r"^  +[*-] \S", re.M),
    re.compile(r"<(?:code|file)\b[^<>\n]*>"),
    re.compile(r"\(\([^()\n]+\)\)"),
)
_CODE = re.compile(r"<(?P<tag>code|file)\b[^<>\n]*>.*?</(?P=tag)>", re.S)
_FOOTNOTE = re.compile(r"\(\([^()]{0,2000}\)\)")
_MACRO = re.compile(r"~~[A-Z]+~~")
_MEDIA = re.compile(r"\{\{[^{}\n]*\}\}")
_NOTE = re.compile(r"<note\b[^<>\n]*>(?P<text>.*?)</note>", re.S)
_WRAP = re.compile(r"</?(?:wrap|WRAP|nowiki)\b[^<>\n]*>|%%")
_LINK = re.compile(r"\[\[(?P<target>[^\[\]|\n]+)(?:\|(?P<shown>[^\[\]\n]*))?\]\]")
_ITALIC = re.compile(r"(?<![:/])//(?P<text>[^/\n](?:[^\n]*?[^/\n])?)//")
_ITEM = re.compile(r"^(?P<indent>(?:  )+)(?P<mark>[*-])[ \t]+(?P<text>.*)$")
_QUOTE = re.compile(r"^>")


def dokuwiki_markdown(text: str) -> str | None:
    """The Markdown of a DokuWiki page's source; None when `text` is none."""
    if not _HEADING.search(text) or sum(1 for mark in _MARKS if mark.search(text)) < 2:
        return None
    text = _CODE.sub("", text)
    text = _FOOTNOTE.sub("", text)
    text = _NOTE.sub(lambda m: "Note: " + re.sub(r"\s+", " ", m["text"]).strip(), text)
    text = _MEDIA.sub("", _WRAP.sub("", text))
    text = _LINK.sub(lambda m: (m["shown"] or m["target"].split(":")[-1]).strip(), text)
    text = _ITALIC.sub(lambda m: m["text"], text)
    out: list[str] = []
    table: list[str] = []
    discussion = False
    number = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if _MACRO.fullmatch(stripped):
            discussion = discussion or stripped == "~~DISCUSSION~~"
            continue
        if stripped.startswith(("^", "|")) and stripped.endswith(("^", "|")) and len(stripped) > 1:
            table.append(stripped)
            continue
        if table:
            out += _table(table)
            table = []
        if discussion and _QUOTE.match(stripped):
            continue  # a comment under the page, not the page
        if heading := _HEADING.match(line):
            level = max(1, 7 - len(heading["marks"]))
            out.append("#" * level + " " + heading["text"])
            continue
        if item := _ITEM.match(line):
            depth = "  " * (len(item["indent"]) // 2 - 1)
            number = number + 1 if item["mark"] == "-" else 0
            out.append(f"{depth}{f'{number}.' if number else '-'} {item['text'].strip()}")
            continue
        number = 0
        out.append(line.replace("\\\\ ", "\n").rstrip())
    if table:
        out += _table(table)
    text = _MACRO.sub("", "\n".join(out))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _table(rows: list[str]) -> list[str]:
    """DokuWiki table rows as a pipe table: a rule under the header row (the one whose cells open with `^`)."""
    lines = ["| " + " | ".join(cell.strip() for cell in re.split(r"[|^]", row)[1:-1]) + " |" for row in rows]
    if rows[0].startswith("^"):
        lines.insert(1, "|" + "---|" * (lines[0].count("|") - 1))
    return ["", *lines, ""]
