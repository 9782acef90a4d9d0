"""Holds counted out in other words than "a count of 10": "hold for 5 slow counts", "hold it for a 10 count",
"hold for a count to 7", "hold and count to 8". Each is written as "hold for a count of N", which the dose reader
takes as N seconds (a count is about a second), so a physio leaflet's or a forum answer's counted hold is no longer
lost. Only after a hold word: "count to 10 as you breathe out" alone is no hold."""

from __future__ import annotations

import re

_HOLD = (r"\b(?P<hold>hold(?:ing)?|stay(?:ing)?)\b"
         r"(?P<what>\s+(?:it|this|that|them|there|the (?:position|stretch|pose))\b)?")
_NUM = r"\d{1,2}(?:\s*-\s*\d{1,2})?"
_COUNTS = re.compile(_HOLD + rf"(?P<for>\s+for)?\s+(?:an?\s+)?(?P<n>{_NUM})\s+(?:(?:slow|long|steady)\s+)?counts?\b")
"""'hold for 5 slow counts', 'hold it for a 10 count'."""
_COUNT_TO = re.compile(_HOLD + rf"(?P<for>\s+for)?\s+(?:a\s+)?count\s+(?:up\s+)?to\s+(?P<n>{_NUM})\b")
"""'hold for a count to 7'."""
_AND_COUNT = re.compile(_HOLD + rf"(?P<for>)\s+(?:and|while you)\s+count\s+(?:slowly\s+)?to\s+(?P<n>{_NUM})\b")
"""'hold and count to 8'."""


def counted_holds(low: str) -> str:
    """Lower-case `low` with each counted hold written as "hold for a count of N"."""
    def written(m: re.Match[str]) -> str:
        return f"{m['hold']}{m['what'] or ''} for a count of {m['n'].replace(' ', '')}"

    for pattern in (_COUNTS, _COUNT_TO, _AND_COUNT):
        low = pattern.sub(written, low)
    return low
