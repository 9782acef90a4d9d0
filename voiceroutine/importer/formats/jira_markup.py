"""A Jira issue or Confluence page in Jira wiki markup (the editor's text, or an issue's printable view), turned into
Markdown.

The markup marks headings "h2. The routine", bullets "* " and numbers "# ", bold *words* and italics _words_,
tables as "||Exercise||Dose||" header rows over "|Squats|3 x 10|" rows, panels as "{panel:title=...}" ...
"{panel}" (also {info}, {note}, {tip}, {warning}), code as {code} / {noformat}, colour as "{color:red}words{color}",
links "[words|https://...]", mentions "[~user]" and images "!file.png|thumbnail!". Read as it is, a table came out
as one line of cells and bold names kept their stars. The page read is its Markdown: headings, pipe tables, list
items, emphasis, a panel's title as a bold line over its text, links as their words and mentions as the user;
images and quotes ({quote}, "bq.") are left out. A text with no "h1."-"h6." heading or "||" header row, or with
fewer than two marks of the markup, is no Jira markup."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^h(?P<level>[1-6])\.\s+(?P<text>\S.*)$")
_HEADER_ROW = re.compile(r"^\|\|.*\|\|\s*$")
_ROW = re.compile(r"^\|(?!\|).*\|\s*$")
_MACRO = re.compile(r"\{(?:panel|info|note|tip|warning|code|noformat|quote|color)(?::[^{}\n]*)?\}")
_PANEL = re.compile(r"^\{(?P<kind>panel|info|note|tip|warning)(?::(?P<options>[^{}\n]*))?\}(?P<rest>.*)$")
_PANEL_END = re.compile(r"^(?P<text>.*?)\{(?:panel|info|note|tip|warning)\}\s*$")
_QUOTE = re.compile(r"\{quote\}.*?\{quote\}", re.S)
_CODE = re.compile(r"\{(?:code|noformat)(?::[^{}\n]*)?\}")
_COLOR = re.compile(r"\{color(?::[^{}\n]*)?\}")
_IMAGE = re.compile(r"!(?=[^\s!])[^!\n]{1,300}\.(?:png|jpe?g|gif|svg|webp)(?:\|[^!\n]*)?!", re.I)
_MENTION = re.compile(r"\[~(?P<user>[^\[\]\n]+)\]")
_LINK = re.compile(r"\[(?P<shown>[^\[\]|\n]+)\|[^\[\]\n]+\]")
_BARE_LINK = re.compile(r"\[(?:https?://|mailto:)[^\[\]\n]*\]")
_LIST = re.compile(r"^(?P<marks>[*#-]+)\s+(?P<text>\S.*)$")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)(?P<words>[^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)(?P<words>[^_\n]+?)(?<=\S)_(?![\w_])")
_MONOSPACE = re.compile(r"\{\{(?P<words>[^{}\n]+)\}\}")
_ISSUE_KEY = re.compile(r"^\s*\[[A-Z][A-Z0-9]{1,9}-\d{1,7}\]\s+(?P<summary>\S[^\n]*)")
"""The printable view's first line: the issue's key and its summary, "[WELL-214] Lunchtime mobility"."""
_TITLE = re.compile(r"(?:^|\|)title=(?P<title>[^|}]+)")
_CHECKLIST = re.compile(r"^\W*(?:acceptance criteria|definition of done|done when|sub-?tasks?|checklist)\W*$", re.I)
"""A ticket's headings over its own to-do points ("h3. Acceptance criteria"): the work on the routine, not it."""
MIN_MARKS = 2
"""Marks of the markup (headings, header rows, macros) a text needs to be read as it: one "h2." may be a slip."""


def jira_markdown(text: str) -> str | None:
    """The Markdown of a Jira or Confluence page's wiki markup; None when `text` is no such markup."""
    lines = text.split("\n")
    headings = sum(1 for line in lines if _HEADING.match(line.strip()))
    header_rows = sum(1 for line in lines if _HEADER_ROW.match(line.strip()))
    if not (headings or header_rows) or headings + header_rows + len(_MACRO.findall(text)) < MIN_MARKS:
        return None
    if re.search(r"</(?:p|div|li|td|table)>", text, re.I):
        return None  # an HTML page that shows the markup
    text = _QUOTE.sub("", text)  # what the page quotes is another's words
    title = ""
    if key := _ISSUE_KEY.match(text):
        title, text = f"# {key['summary'].strip()}\n\n", text[key.end():]
    out: list[str] = []
    number = 0
    in_panel = False
    checklist = False
    for raw in text.split("\n"):
        line = raw.strip()
        if line.startswith("bq. "):
            continue
        if panel := _PANEL.match(line):
            in_panel = not in_panel
            named = _TITLE.search(panel["options"] or "")
            out.extend(["", f"**{named['title'].strip()}**" if named else "", ""])
            line = panel["rest"].strip()
            if not line:
                continue
        if end := _PANEL_END.match(line):
            in_panel = False
            line = end["text"].strip()
            out.extend([_inline(line), ""] if line else [""])
            continue
        if heading := _HEADING.match(line):
            checklist = bool(_CHECKLIST.match(heading["text"]))
        elif line and not _LIST.match(line):
            checklist = False  # the checklist's points end at the first line that is none
        if checklist:
            continue  # the ticket's own checklist: what is to be done about the routine, not its exercises
        if in_panel and (item := _LIST.match(line)):
            out.extend(["", _inline(item["text"]), ""])  # a box's points beside the routine: notes, not its list
            continue
        if heading := _HEADING.match(line):
            number = 0
            out.extend(["", "#" * int(heading["level"]) + " " + _inline(heading["text"]), ""])
        elif _HEADER_ROW.match(line):
            cells = [cell.strip() for cell in line.strip("|").split("||")]
            out.extend(["", _row(cells), "|" + "---|" * len(cells)])
        elif _ROW.match(line):
            out.append(_row([cell.strip() for cell in line.strip()[1:-1].split("|")]))
        elif item := _LIST.match(line):
            depth = "  " * (len(item["marks"]) - 1)
            if item["marks"].endswith("#"):
                number += 1
                out.append(f"{depth}{number}. {_inline(item['text'])}")
            else:
                out.append(f"{depth}- {_inline(item['text'])}")
        else:
            number = 0
            if out and out[-1].startswith("|") and line:
                out.append("")  # the line after a table is no row of it
            out.append(_inline(line))
    return title + re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(_inline(cell) for cell in cells) + " |"


def _inline(text: str) -> str:
    text = _IMAGE.sub("", _CODE.sub("", _COLOR.sub("", text)))
    text = _MENTION.sub(lambda m: m["user"], text)
    text = _LINK.sub(lambda m: m["shown"], _BARE_LINK.sub("", text))
    text = _MONOSPACE.sub(lambda m: m["words"], text)
    text = _BOLD.sub(lambda m: f"**{m['words']}**", text)
    return _ITALIC.sub(lambda m: f"*{m['words']}*", text).strip()
