"""Sentences about how a routine grows later ("When these feel easy, your coach may add 2 sets of each", "As you
get stronger, go up to 15"): what to do some day, not today. A dose in one is no exercise's dose; it is said in a
warning, so the reader can take it up when the time comes."""

from __future__ import annotations

import re

_PROGRESSION = re.compile(
    r"^(?:when|once|as soon as|if)\s+(?:this|these|that|those|it|they|the (?:\w+\s+){0,2}?\w+|(?:\S+\s+){1,4}?)\s*"
    r"(?:feels?|gets?|becomes?|is|are|seems?)\s+(?:\w+\s+)?(?:easy|easier|comfortable)\b"
    r"|^as (?:you|it|they) (?:get|grow|become|feel)s?\s+(?:\w+\s+)?(?:stronger|steadier|fitter|better|easier|more)\b"
    r"|^(?:later(?: on)?|in (?:a few|later|the coming|\d+) weeks?|from (?:week|next week)\b|after (?:a few|a couple of|"
    r"\d+|two|three|four|six) weeks)\b"
    r"|\b(?:may|might|will|could) (?:later |then |also )?(?:add|increase|ask you|progress|move you|have you)\b"
    r"|\b(?:starts?|begins?|comes?|moves? on) (?:once|when|after) you (?:can|are able to)\b"
    r"|^(?:stage|phase|level|week|month)\s+(?:\d{1,2}|two|three|four)\s+(?:adds?|brings?|introduces?|includes?)\b",
    re.I)


def is_progression(sentence: str) -> bool:
    """Whether the sentence tells how the routine will grow later, not what to do now."""
    return bool(_PROGRESSION.search(sentence.strip()))
