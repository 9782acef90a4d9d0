"""How long the article says its circuit goes on: "repeat this circuit for 7 minutes", "as many rounds as you can
in 12 minutes", "AMRAP 10 min", "keep cycling through the moves for 20 minutes".

Such a sentence gives no count of rounds; the person is meant to go round until the time is up. The importer
cannot write "until the time is up" (a routine is a fixed list of cues), so when the routine it wrote lasts much
less or much more than the article says, the import warns, quoting the sentence and both lengths, and the person
sets the rounds. Without the warning the routine would be a 2-minute routine where the article meant 7, silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from voiceroutine.routine.units import rounded_clock

_WORDS = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15,
          "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60}
_MINUTES = r"(?P<n>\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\s*-?\s*(?:minutes?|mins?)\b"
_GROUP = (r"(?:circuit|sequence|workout|routine|session|moves|movements|exercises|stretches|list|lot|whole\s+thing|"
          r"rounds?|them\s+all|all\s+of\s+them|the\s+(?:three|four|five|six|seven|eight|\d)\b)")
_GOING_ON = re.compile(
    r"\b(?:repeat(?:ing)?|keep\s+(?:going|repeating|cycling|moving|working)|cycle|loop|go(?:ing)?\s+(?:round|around|"
    r"through)|work\s+(?:round|around|through)|continue)\b[^.;:!?]{0,40}?\b" + _GROUP + r"\b[^.;:!?]{0,30}?"
    r"\bfor\s+(?:a\s+total\s+of\s+|about\s+|around\s+|roughly\s+|up\s+to\s+)?" + _MINUTES, re.I)
"""Going round the group again and again for a time: "repeat this circuit for 7 minutes", "keep cycling through the
moves for 20 minutes". "Keep going for 2 minutes" alone is one exercise's own time, not the circuit's."""
_AS_MANY = re.compile(
    r"\b(?:as\s+many\s+rounds\s+as\s+(?:you\s+can|possible)|amrap)\b[^.;!?]{0,30}?\b(?:in\s+|for\s+)?" + _MINUTES
    + r"|\bamrap\s*(?:of\s+)?(?P<m>\d{1,3})\b(?!\s*(?:reps?|rounds?|s\b|sec))", re.I)
"""As many rounds as one can in a time: "as many rounds as you can in 12 minutes", "AMRAP 10 min", "AMRAP 15"."""
_FREQUENCY = re.compile(r"^\s*,?\s*(?:a|per|each|every)\s+(?:day|week)\b|^\s*(?:daily|weekly)\b", re.I)
""""Repeat for 10 minutes a day" is how often, not how long one go lasts."""
OFF_BY = 0.3
"""A routine this much shorter or longer (as a share of the stated time) than the article says gets a warning."""
LEAST_GAP_MS = 60_000
"""A gap under a minute is the speech and the changes between moves, not a misread."""


@dataclass(frozen=True, slots=True)
class StatedLength:
    """A sentence that says how long the circuit goes on."""

    ms: int
    quote: str


def stated_length(sentences: list[str]) -> StatedLength | None:
    """The first sentence of the article that says how long its circuit goes on, if one does."""
    for sentence in sentences:
        for pattern in (_GOING_ON, _AS_MANY):
            m = pattern.search(sentence)
            if m is None or _FREQUENCY.match(sentence[m.end():]):
                continue
            count = m["n"] or m.groupdict().get("m")
            if count is None:
                continue
            minutes = _WORDS.get(count.lower()) or int(count)
            if minutes:
                return StatedLength(minutes * 60_000, sentence.strip())
    return None


def length_note(stated: StatedLength | None, routine_ms: int, quote: str) -> list[str]:
    """A warning when the routine lasts much less or more than the article says it goes on; `quote` is the
    sentence as the import's warnings quote it."""
    if stated is None:
        return []
    gap = abs(routine_ms - stated.ms)
    if gap < LEAST_GAP_MS or gap <= OFF_BY * stated.ms:
        return []
    return [f"the article says {quote}, about {stated.ms // 60_000} minutes, and the routine as read lasts about "
            f"{rounded_clock(routine_ms)}: the article means going round until the time is up, so set the rounds "
            "(or the doses) to fill it"]
