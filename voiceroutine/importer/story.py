"""How a count is told: a story of what someone did ("For years I thought arm day meant four sets of everything",
"I did 3 rounds of 20 bridges"), whose numbers are no dose for every exercise; and "Do this 5 times. Have a rest.
Then do 5 more.", whose "5 more" is a second set of the same count."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.dose import Amount, Kind, Mention

_TOLD = re.compile(
    r"(?:\bI|\b[Ww]e)\s+(?:(?:just|once|always|never|finally|first|even|really|\w+ly)\s+)?"
    r"(?:used\s+to|thought|did|was|were|had|went|tried|managed|spent|believed|figured|assumed|got|took|ran|"
    r"found|made|\w{2,}[^e\W]ed)\b")
"""A first-person subject and a verb in the past ("I thought", "we used to", "I managed"); "I need" is no past."""


def is_told(sentence: str) -> bool:
    """Whether the sentence tells of the past in the first person."""
    return _TOLD.search(sentence) is not None


_DO_MORE = re.compile(r"^(?:then\s+)?(?:do|repeat|perform|complete)\s+(?P<n>\d+)\s+more$", re.I)


def another_set(mentions: list[Mention]) -> list[Mention]:
    """The mentions with "do 5 more", said after 5 reps (in another sentence), read as 2 sets of 5: the same count
    again is one more set. "Do it 3 more times" stays the exercise 3 more times."""
    reps = next((m for m in mentions if m.kind is Kind.REPS), None)
    if reps is None or reps.amount.low != reps.amount.high:
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        m = _DO_MORE.match(mention.words.strip())
        if mention.kind is Kind.SETS and m and int(m["n"]) == reps.amount.low:
            note = f"\"{mention.words}\" after {reps.amount.low} reps: the same again, 2 sets"
            mention = replace(mention, amount=Amount(2, 2, note))
        out.append(mention)
    return out
