"""A forum post's BBCode source (phpBB, vBulletin, SMF, XenForo: the editor's text, copied): `[b]`, `[i]` and `[u]`
as Markdown emphasis, `[size=..]`, `[color=..]` and `[font=..]` as their words (a line wholly in a large size is a
heading), `[list]` / `[list=1]` with their `[*]` items as Markdown lists, `[url=..]words[/url]` as its words, and a
bare `[url]`, `[img]`, `[media]` or `[video]` left out.

What the post quotes (`[quote]`, `[quote="member"]`) is another member's, and what it hides (`[spoiler]`, `[hide]`)
is an aside, such as the routine the author used to do: neither is the routine, so both are left out, with what is
nested in them. A signature below a "--" line is the member's, no part of the post.
"""

from __future__ import annotations

import re

_KNOWN = ("b", "i", "u", "s", "size", "color", "colour", "font", "list", "quote", "spoiler", "url", "img", "center",
          "left", "right", "code", "hide", "media", "video", "indent", "highlight")
_CLOSING = re.compile(r"\[/(" + "|".join(_KNOWN) + r")\]", re.I)
_ASIDE = re.compile(r"\[(quote|spoiler|hide)(?:=[^\]\n]{0,200})?\].*?\[/\1\]", re.I | re.S)
_UNCLOSED_ASIDE = re.compile(r"\[(?:quote|spoiler|hide)(?:=[^\]\n]{0,200})?\].*", re.I | re.S)
_MEDIA = re.compile(r"\[(img|media|video)(?:=[^\]\n]{0,200})?\][^\[]{0,2000}\[/\1\]", re.I)
_BARE_URL = re.compile(r"\[url\]([^\[]{0,2000})\[/url\]", re.I)
_NAMED_URL = re.compile(r"\[url=[^\]\n]{0,2000}\](.*?)\[/url\]", re.I | re.S)
_BIG_LINE = re.compile(r"^\s*\[size=(\d{2,3})%?\](.*?)\[/size\]\s*$", re.I)
_STYLE = re.compile(r"\[/?(?:size|color|colour|font|center|left|right|indent|highlight|u|s|code)(?:=[^\]\n]{0,200})?\]",
                    re.I)
_SIGNATURE = re.compile(r"^--\s*$")
MIN_TAGS = 2
"""Closing tags of this many kinds make a text BBCode: one "[/b]" may be a slip in any text."""
BIG = 120
"""A line wholly in a size of this many percent (or more) is a heading; sizes of 1-7 are the old scale, 5 or more
big."""


def bbcode_text(text: str) -> str | None:
    """The post in `text` as Markdown when it is BBCode source, else None."""
    kinds = {m.group(1).lower() for m in _CLOSING.finditer(text[:200_000])}
    if len(kinds) < MIN_TAGS or re.search(r"</(?:p|div|li|a|b|strong)>", text[:200_000], re.I):
        return None
    lines = text.split("\n")
    if (end := next((at for at, line in enumerate(lines) if _SIGNATURE.match(line)), None)) is not None:
        lines = lines[:end]
    text = "\n".join(lines)
    text = _ASIDE.sub("", _ASIDE.sub("", text))  # twice: a quote inside a quote
    text = _UNCLOSED_ASIDE.sub("", text)
    text = _MEDIA.sub("", text)
    text = _BARE_URL.sub("", text)
    text = _NAMED_URL.sub(lambda m: m.group(1), text)
    out: list[str] = []
    numbered: list[bool] = []
    for line in text.split("\n"):
        out.extend(_lines(line, numbered))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def _lines(line: str, numbered: list[bool]) -> list[str]:
    """One source line as Markdown lines, `numbered` the stack of the lists it is inside (True for [list=1])."""
    out: list[str] = []
    big = _BIG_LINE.match(line)
    if big and _big(int(big.group(1))):
        words = _inline(big.group(2)).strip().strip("*").strip()
        return ["", f"## {words}", ""] if words else []
    # a list's tags may share a line with its items: "[list][*]one[*]two[/list]"
    for part in re.split(r"(\[list(?:=[^\]\n]{0,20})?\]|\[/list\]|\[\*\])", line, flags=re.I):
        tag = part.lower()
        if tag.startswith("[list"):
            numbered.append("=" in tag)
            out.append("")
        elif tag == "[/list]":
            if numbered:
                numbered.pop()
            out.append("")
        elif tag == "[*]":
            out.append("1. " if numbered and numbered[-1] else "- ")
        elif part:
            words = _inline(part)
            if out and out[-1] in ("- ", "1. "):
                out[-1] = "  " * max(len(numbered) - 1, 0) + out[-1] + words.strip()
            elif words.strip() or not out:
                out.append(words)
    return out or [""]


def _big(size: int) -> bool:
    return size >= BIG or 5 <= size <= 7


def _inline(text: str) -> str:
    text = _STYLE.sub("", text)
    text = re.sub(r"\[b\](.*?)\[/b\]", lambda m: f"**{m.group(1).strip()}**" if m.group(1).strip() else "", text,
                  flags=re.I)
    text = re.sub(r"\[i\](.*?)\[/i\]", lambda m: f"*{m.group(1).strip()}*" if m.group(1).strip() else "", text,
                  flags=re.I)
    return re.sub(r"\[/?(?:b|i|url|img|list|\*)(?:=[^\]\n]{0,200})?\]", "", text, flags=re.I)
