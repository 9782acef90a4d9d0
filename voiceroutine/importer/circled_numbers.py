"""Circled and other enclosed digits as a list's numbers: "① Glute bridges", "❷ Plank", "⑩ Child's pose".

Infographics, slides and notes apps number their moves with these characters (Unicode's "other number" digits:
①-⑳, ❶-❿, ➀-➓, ⓵-⓾ and their kin). Unicode gives each its numeric value, so the one that starts a line is read as
that line's number, written "1. " as a numbered list is; anywhere else the character is left as it is."""

from __future__ import annotations

import re
import unicodedata

_LEADING = re.compile(r"^(\s*)(\S)\s*")
_ENCLOSED = ("CIRCLED", "PARENTHESIZED", "DINGBAT", "FULL STOP")


def circled_number(line: str) -> str:
    """The line with an enclosed digit that starts it written as its number ("② Plank" -> "2. Plank")."""
    m = _LEADING.match(line)
    if not m or unicodedata.category(m.group(2)) != "No" or m.end() == len(line):
        return line
    if not any(word in unicodedata.name(m.group(2), "") for word in _ENCLOSED):
        return line  # a superscript or a fraction: no list number
    value = unicodedata.numeric(m.group(2), -1)
    if value != int(value) or not 1 <= value <= 20:
        return line
    return f"{m.group(1)}{int(value)}. {line[m.end():]}"
