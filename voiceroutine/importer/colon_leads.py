"""An exercise led in by its name and a colon in running prose, its dose sentences later: "Next, try a hip flexor
stretch on the floor: kneel on one knee ... Push your hips forward. Hold for 25 seconds and switch sides."

The lead sentence gives no dose, so it named nothing, and the dose sentences after it went to the exercise told
before it in the paragraph (its hold warned, its sides taken, the led-in stretch lost). The lead's name is read
here: the words after "try", "move on to", "start with", "finish with", ... and an article, up to the colon (a
place after the name, "on the floor", "against the wall", is no part of it)."""

from __future__ import annotations

import re

_LEAD = re.compile(
    r"^(?:(?:next|then|now|after that|afterwards|finally|lastly|first)\s*,?\s+)?(?:you can\s+)?"
    r"(?:try|do|add|move on to|go on to|start with|begin with|finish with|end with|follow (?:it |this |that )?with)\s+"
    r"(?:a|an|the|some)\s+(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)"
    r"(?:\s+(?:on|against|at|in|with|using|from|by)\s+(?:a|an|the|your)\s+[a-z]+(?:\s+[a-z]+)?)?\s*:\s+\S", re.I)
_NOT_NAMES = frozenset({"this", "that", "these", "those", "it", "one", "few", "little", "bit", "while", "moment"})


def colon_lead_name(text: str) -> str | None:
    """The exercise a sentence leads in with a colon ("Next, try a hip flexor stretch: ..." -> "hip flexor
    stretch"), None when it leads in none."""
    m = _LEAD.match(text.strip())
    if m is None or m["name"].split()[-1].lower() in _NOT_NAMES or m["name"].split()[0].lower() in _NOT_NAMES:
        return None
    return m["name"]
