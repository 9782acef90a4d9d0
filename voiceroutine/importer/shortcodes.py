"""Emoji written as chat apps copy them: ":one:", ":two:" ... (Slack, Discord, GitHub) before a line's words, and
":muscle:", ":+1: 14" elsewhere.

Copied as text, a message's emoji are their names between colons. A number's name that starts a line (":three:
*Seated twist* – 20 s each side") numbers it, as a keycap digit does; any other name that starts a line is its
bullet, and one inside a line is decoration. A line of reaction counts (":+1: 14   :muscle: 6") is no text."""

from __future__ import annotations

import re

_NUMBERS = {name: index for index, name in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "keycap_ten"))}
_NUMBERS["keycap_ten"] = 10
_CODE = r":[a-z0-9][a-z0-9_+-]*:"
_LEAD = re.compile(rf"^(?P<indent>\s*)(?P<code>{_CODE})\s*")
_ANY = re.compile(rf"(?<![\w:]){_CODE}(?![\w:])")
_REACTIONS = re.compile(rf"^\s*(?:{_CODE}\s*\d+\s*)+$")


def emoji_shortcodes(line: str) -> str:
    """The line with its emoji's names gone: a number's name that starts it as "N. ", another name there as "• "."""
    if not _ANY.search(line):
        return line
    if _REACTIONS.match(line):
        return ""
    lead = _LEAD.match(line)
    if lead is None:
        return re.sub(r"[ \t]{2,}", " ", _ANY.sub("", line)).rstrip()
    rest = re.sub(r"[ \t]{2,}", " ", _ANY.sub("", line[lead.end():])).strip()
    if not rest:
        return ""
    number = _NUMBERS.get(lead["code"].strip(":"))
    return f"{lead['indent']}{number}. {rest}" if number else f"{lead['indent']}• {rest}"
