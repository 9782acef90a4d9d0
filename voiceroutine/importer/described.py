"""List items that name an exercise, say how to set it up, then give its dose after a colon ("Band rows, elbows by
your sides on a towel: 3 x 12, slowly"), and items that take an exercise out ("Wall slides – dropped for now", or
its words struck out in Markdown: "~~Burpees × 20~~ (not this week)").

The first kind was no exercise: the words before the colon were too long and held a comma, so the item was
skipped or read as more of the item above. The second was an exercise with no dose, 10 reps assumed."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import starts_with_dose
from voiceroutine.importer.dose import find_mentions

_DESCRIBED = re.compile(r"^(?P<name>[A-Za-z][^,:.!?()]{1,40}),\s+(?P<how>[^:]{2,160}?):\s+(?P<rest>\S.*)$")
_DROPPED = re.compile(r"^(?P<name>[^–—:]{2,60}?)(?:\s+[-–—]|:)\s+(?:\w+\s+)?"
                      r"(?:dropped|skipped|left out|not (?:yet|for now)|on hold|paused|stop(?:ped)?)\b", re.I)
"""'Wall slides – dropped for now', 'Chair dips: Not yet' (a table row's first phase): taken out of the routine."""
_STRUCK = re.compile(r"^~~[^~]+~~(?:\W*$|\s*[(*_])")
"""An item whose words are struck out, maybe with an aside after them: "~~Burpees × 20~~ *(skip this week)*"."""


def described_item(text: str) -> tuple[str, str] | None:
    """(name, what follows it) of "Name, how to do it: dose ..."; None for any other item."""
    m = _DESCRIBED.match(text)
    if m is None or find_mentions(m["name"]) or not starts_with_dose(m["rest"]) or len(m["name"].split()) > 6:
        return None
    return m["name"].strip(), f"{m['how'].strip()}. {m['rest'].strip()}"


def dropped_item(text: str) -> bool:
    """ "Wall slides – DROPPED for now (see above)": an exercise taken out, with no dose of its own."""
    return bool(_STRUCK.match(text)) or (bool(_DROPPED.match(text)) and not find_mentions(text))
