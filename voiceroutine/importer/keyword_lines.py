"""A workout or recipe card ends with its search keywords after a label ("Keywords: hiit, no equipment, 20 minute
workout"): the plugin's tags for the page, however many, not an exercise. A card's notes above it may state another
dose ("Do 2 rounds instead of 3"); were the keywords line taken for an exercise, that dose would make it a group of
its own. The line ends the card's exercises, as a "Tags" heading ends an article's."""

from __future__ import annotations

import re

_KEYWORDS = re.compile(r"^\s*(?:keywords?|key words|search terms)\s*:\s*(?P<list>\S.*)$", re.I)
_MIN_TERMS = 2
"""A keywords line lists a few comma-separated terms; one term after the label could be a sentence's start."""


def is_keyword_line(text: str) -> bool:
    """Whether the line is a card's keywords: the label, then terms separated by commas, none a sentence."""
    found = _KEYWORDS.match(text)
    if found is None:
        return False
    terms = [term.strip() for term in found.group("list").split(",")]
    return len(terms) >= _MIN_TERMS and all(term and not re.search(r"[.!?]\s*\S", term) for term in terms)
