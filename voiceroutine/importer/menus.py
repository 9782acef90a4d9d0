"""A web page copied as text starts with its site's menu: "Skip to content", then the site's name and one short line
per menu entry ("Home", "About us", "Book online", a phone number). The accessibility link "Skip to (main)
content" marks it on nearly every site; it and the short lines that follow it without a blank line are left out, so
that the menu's entries are no exercises and the article's own first line is its title. A menu entry holds no dose and
no item number: a line that does ("1Knee bend", "3 sets of 10 reps") is the article's, and ends the menu."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions

_SKIP_LINK = re.compile(r"^\s*\W*\s*skip to (?:the )?(?:main )?(?:content|article|navigation)\b", re.I)
_MENU_WORDS = 5
"""A menu entry's most words ("Book a free assessment")."""
_LOOKED_AT = 10
"""How far down the text a skip link is looked for: it is a page's first line, or close to it."""
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}\s*[.):]?\s*[A-Z][a-z]")
"""An exercise program's numbered item, its number often run into the name by the copy ("1Knee bend")."""


def without_menu(text: str) -> str:
    """The text without a skip link near its top and the menu lines right under it."""
    lines = text.split("\n")
    start = next((index for index, line in enumerate(lines[:_LOOKED_AT]) if _SKIP_LINK.match(line)), None)
    if start is None:
        return text
    end = start + 1
    while end < len(lines) and _menu_entry(lines[end]):
        end += 1
    return "\n".join([*lines[:start], *lines[end:]])


def _menu_entry(line: str) -> bool:
    """Whether `line` can be a menu's entry: short, no sentence, no item number and no dose."""
    words = line.strip()
    if not words or len(words.split()) > _MENU_WORDS or re.search(r"[.!?]$", words) or _NUMBERED_ITEM.match(words):
        return False
    return not find_mentions(words)


_LIST_LABEL = re.compile(r"^\s*(?:categories|tags|topics|archives?|popular tags)\s*:?\s*$", re.I)
_COUNTED_ENTRY = re.compile(r"^\s*[^\d()]{2,40}\(\d{1,5}\)\s*$")
"""A sidebar's entry with its count of posts: "Elbow (12)", "Exercise advice (48)"."""


def without_post_counts(text: str) -> str:
    """The text without a sidebar's list of categories or tags with their counts of posts under its label: the
    counts are no doses, and the entries no exercises."""
    out: list[str] = []
    dropping = False
    for line in text.split("\n"):
        if dropping and _COUNTED_ENTRY.match(line):
            continue
        dropping = bool(_LIST_LABEL.match(line)) or (dropping and not line.strip())
        out.append(line)
    return "\n".join(out)
