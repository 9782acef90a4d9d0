"""A shop's product page copied as text, around the review or the guide a person wants: the price and its saving,
the rating, "Colour: Midnight Blue", "FREE delivery Thursday ... Order within 3 hrs 12 mins.", "In stock.",
"Quantity: 1", "Verified Purchase", "Reviewed in the United Kingdom on 2 November 2026", "Helpful (186) | Report".
Each is a line of its own; its numbers are no doses ("Order within 3 hrs 12 mins" was read as a 12-minute hold of an
exercise named "Colour"), so such lines are left out before anything is read."""

from __future__ import annotations

import re

_SHOP_LINE = re.compile(
    r"^\s*(?:"
    r"(?:free\s+)?(?:delivery|dispatch|shipping)\b.{0,120}$"
    r"|.{0,120}\border\s+within\s+\d+\s*(?:hrs?|hours?|mins?|minutes?)\b.{0,60}$"
    r"|(?:in\s+stock|out\s+of\s+stock|only\s+\d+\s+left\s+in\s+stock)\.?"
    r"|(?:quantity|qty)\s*:\s*\d+"
    r"|(?:colou?r|size|style|pattern|flavou?r|pack\s+size)\s*:\s*[^|\n]{1,40}(?:\|\s*verified\s+purchase)?"
    r"|verified\s+purchase"
    r"|(?:helpful(?:\s*\(\d[\d,]*\))?\s*\|\s*report(?:\s+abuse)?)"
    r"|\d[\d,]*\s+(?:people|person)\s+found\s+this\s+helpful\.?"
    r"|reviewed\s+in\s+(?:the\s+)?[a-z ]{2,40}\s+on\s+\d{1,2}\s+[a-z]+\s+\d{4}"
    r"|\d(?:\.\d)?\s+out\s+of\s+5\s+stars?(?:\s*\(\d[\d,]*\s+ratings?\))?"
    r"|(?:[£$€]\s?\d[\d,]*(?:\.\d{2})?\s*){1,3}(?:rrp\s*[£$€]\s?\d[\d,]*(?:\.\d{2})?\s*)?(?:save\s+\d{1,2}\s*%)?"
    r")\s*$", re.I)
MIN_LINES = 2
"""Shop lines it takes to make a text a product page: one alone ("Size: small") may be an article's own line."""


def without_shop_lines(text: str) -> str:
    """The text without a product page's shop lines, when it holds at least MIN_LINES of them."""
    lines = text.split("\n")
    shop = [bool(_SHOP_LINE.match(line)) for line in lines]
    if sum(shop) < MIN_LINES:
        return text
    return "\n".join(line for line, dropped in zip(lines, shop, strict=True) if not dropped)
