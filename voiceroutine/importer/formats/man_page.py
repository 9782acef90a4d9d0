"""A man page's troff source (the `man` macros: `.TH`, `.SH`, `.TP`, `.B`) -> the Markdown it shows.

Read as it is, the importer saw the macro lines as words (".B Chin tucks" named "b chin tucks") and each source line
as a line of its own. The page's title (`.TH`) is its heading; `.SH` and `.SS` are sections; a `.TP` item is a list
item whose first line is its bold tag and whose text follows after a colon ("- **Chin tucks**: Sit tall ..."), as
the importer reads a name with its dose; `.IP` items are list items; text lines between `.PP`s run on as one
paragraph; `.B` and `.I` are bold and italic words, the two-font macros (`.BR 2 " sets of " 8 ,`) their words run
together; `.nf`/`.fi` and `.EX`/`.EE` lines are kept line by line. The sections of a command's reference (SYNOPSIS,
OPTIONS, FILES, EXIT STATUS, EXAMPLES, AUTHOR, SEE ALSO and the like) are its options and files, not a routine, and
are left out. Comments (`.\\"`), font escapes (`\\fB`, `\\fR`) and the other requests (`.br`, `.RS`, `.sp`) are no
part of the text; `\\-`, `\\(em` and their kind are their characters.
"""

from __future__ import annotations

import re
import shlex

_PAGE = re.compile(r"^\.TH\s+\S", re.M)
_SECTION = re.compile(r"^\.S[HS]\b", re.M)
_ESCAPES = {r"\-": "-", r"\(em": "—", r"\(en": "–", r"\(aq": "'", r"\(lq": "“", r"\(rq": "”", r"\(bu": "•",
            r"\(co": "©", r"\e": "\\", r"\&": "", r"\ ": " ", r"\~": " ", r"\|": "", r"\^": "", r"\c": ""}
_FONT = re.compile(r"\\f(?:[BIRP1-4]|\(\w\w|\[\w*\])")
_REFERENCE = {"SYNOPSIS", "OPTIONS", "FILES", "EXIT STATUS", "RETURN VALUE", "ENVIRONMENT", "EXAMPLES", "EXAMPLE",
              "BUGS", "REPORTING BUGS", "AUTHOR", "AUTHORS", "COPYRIGHT", "SEE ALSO", "DIAGNOSTICS", "HISTORY",
              "CONFORMING TO", "STANDARDS", "VERSIONS"}
"""The sections man-pages(7) names for a command's reference: its options, files, exit codes, authors; no routine."""
_ALTERNATING = ("BR", "RB", "BI", "IB", "IR", "RI")
"""Two-font macros: their words alternate between two fonts and run together."""


def man_page_text(text: str) -> str | None:
    """The man page whose troff source is `text` as Markdown, or None when `text` is no man page source."""
    if not _PAGE.search(text[:5000]) or not _SECTION.search(text):
        return None
    lines: list[str] = []
    paragraph: list[str] = []
    tag_next = False
    verbatim = False
    reference = False

    def flush() -> None:
        if paragraph:
            lines.extend([" ".join(paragraph), ""])
            paragraph.clear()

    for raw in text.replace("\r\n", "\n").split("\n"):
        if raw.startswith(('.\\"', "'\\\"", '\\"')):
            continue
        if raw.startswith(".SH"):
            reference = " ".join(_arguments(raw[3:])).upper() in _REFERENCE
        if reference:
            continue
        if verbatim and not raw.startswith((".fi", ".EE")):
            lines.append(_plain(raw))
            continue
        request, _, rest = raw[1:].partition(" ") if raw.startswith(".") else ("", "", raw)
        words = _words(request, rest) if request else _plain(raw).strip()
        if request in ("TH", "SH", "SS"):
            flush()
            args = _arguments(rest)
            title = args[0].lower() if request == "TH" and args else " ".join(args)
            lines.extend([{"TH": "#", "SH": "##", "SS": "###"}[request] + " " + _plain(title), ""])
        elif request in ("TP", "IP", "PP", "P", "LP", "HP"):
            flush()
            tag_next = request == "TP"
            if request == "IP" and (args := _arguments(rest)):
                paragraph.append("- " + _plain(args[0]))
        elif request in ("nf", "EX"):
            flush()
            verbatim = True
        elif request in ("fi", "EE"):
            verbatim = False
            lines.append("")
        elif request and request not in ("B", "I", *_ALTERNATING, "SM", "SB"):
            continue  # .br, .RS, .RE, .sp, .in and the rest lay out the page and say nothing
        elif words:
            if tag_next:
                paragraph.append(f"- **{words.replace('*', '').strip()}**:")
                tag_next = False
            else:
                paragraph.append(words)
    flush()
    markdown = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return markdown + "\n" if markdown else None


def _words(request: str, rest: str) -> str:
    """A font macro's words: `.B x` bold, `.I x` italic, `.BR a b c` alternately bold and roman, run together."""
    args = [_plain(arg) for arg in _arguments(rest)]
    if request in ("B", "SB"):
        return f"**{' '.join(args)}**" if args else ""
    if request == "I":
        return f"*{' '.join(args)}*" if args else ""
    return "".join(args)  # the two-font macros: cross-references and doses, read as their words run together


def _arguments(rest: str) -> list[str]:
    """A request's arguments, quoted ones kept whole."""
    try:
        return shlex.split(rest.replace("\\", "\\\\"), posix=True)
    except ValueError:
        return rest.split()


def _plain(line: str) -> str:
    """A line of text with its escapes as characters and its font changes left out."""
    line = _FONT.sub("", line)
    for escape, character in _ESCAPES.items():
        line = line.replace(escape, character)
    return line
