"""A page's star rating ("★★★★★  1,284 ratings", "⭐⭐⭐⭐☆ 4.2 (310 reviews)"): readers' votes, no list item.

A line that starts with a symbol is read as a bullet ("🔹 Plank"), so a rating line was an item, "1,284 ratings",
which the line above it ("Not enough ratings") took for its dose: 1,284 reps. A run of three or more rating stars
at a line's start is the page's rating: the stars and the count of votes after them are left out, so what follows
is plain text.
"""

from __future__ import annotations

import re

_STARS = re.compile(r"^(?P<indent>[ \t]*)[★☆✩✪✫✬✭✮✯⭐🌟\ufe0f]{3,}[ \t]*"
                    r"(?:\(?\d(?:[.,]\d)?\s*(?:/\s*5|out of 5)?\)?[ \t]*)?"
                    r"(?:[(·|-]?[ \t]*[\d,.]+[kK]?\s+(?:ratings?|reviews?|votes?)\)?)?", re.M)


def without_rating_stars(text: str) -> str:
    """`text` with the rating stars that open a line, and their count of votes, left out."""
    return _STARS.sub(lambda m: m["indent"], text)
