"""A postal address in a letter's heading ("2 Station Road", "14 Mill Lane, Abbotsford"): a house number before a
street's name, not a count before an exercise's."""

from __future__ import annotations

import re

_STREET = re.compile(
    r"^\d{1,4}[a-z]?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Crescent|Terrace|Gardens|"
    r"Mews|Parade|Boulevard)\b\.?(?:,|\s*$)")
"""A house number, a street's name in capitals and its kind ("Road", "Lane"); not "3 Knee Drive" or "2 Bent Over
Row", so the kinds an exercise's name could end in are not among them."""


def is_address_line(text: str) -> bool:
    """Whether the line starts with a house number and a street ("12 Mill Lane", "7 Oak Close, Leeds")."""
    return bool(_STREET.match(text.strip()))
