"""A name that is a page's label for an exercise rather than its name: "Exercise 2", "Station 3", "Move B",
"Cool-down". The layout put the label where the name goes; the real name, when there is one, is elsewhere."""

from __future__ import annotations

import re

_LABEL_WORDS = (r"exercise|station|move|movement|step|drill|pose|day|week|round|set|block|part|stage|phase|level|"
                r"circuit|superset|tri-?set|workout|session|rest|break|pause|timer|interval|bonus|option|"
                r"alternative|variation|progression|tip|note")
_LABEL = re.compile(rf"^(?:(?:{_LABEL_WORDS})s?\b[\s\d#.:()-]*(?:\b[A-D]\d?\b[\s.:)]*)?|[A-Z]?\d+[a-z]?[.)]?|"
                    r"warm[- ]?ups?|cool[- ]?downs?|finisher|main (?:set|part|workout))$", re.I)


def label_name_doubt(name: str) -> str | None:
    """Why `name` reads as a label of the page rather than an exercise's name, or None."""
    if _LABEL.match(name.strip()):
        return "its name reads as a label of the page (a number, a part of the session), not an exercise's name"
    return None
