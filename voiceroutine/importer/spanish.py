"""Doses written in Spanish, as a family's note or a clinic's sheet mixes them with English: "3 series de 10,
descansar 30 seg entre series", "10 veces, aguantar 5 segundos cada una", "30 seg cada pierna, x 2".

Each is written as the English the dose reader knows ("3 sets of 10, rest 30 seconds between sets"); only a
number's unit, the words for each side and the verbs of holding and resting are, so a name stays as written."""

from __future__ import annotations

import re

_SIDES = {"pierna": "leg", "lado": "side", "brazo": "arm", "pie": "foot", "mano": "hand"}
_WORDS = (
    (re.compile(r"(\d)\s+series\s+de\s+(?=\d)"), r"\1 sets of "),
    (re.compile(r"(\d)\s+series\b"), r"\1 sets"),
    (re.compile(r"(\d)\s+veces\b"), r"\1 times"),
    (re.compile(r"(\d)\s+(?:repeticiones|repes)\b"), r"\1 reps"),
    (re.compile(r"(\d)\s+(?:segundos|segs?)\b"), r"\1 seconds"),
    (re.compile(r"(\d)\s+minutos\b"), r"\1 minutes"),
    (re.compile(r"\bentre\s+series\b"), "between sets"),
    (re.compile(r"\bcada\s+(?:una|uno)\b"), "each"),
    (re.compile(r"\b(?:mantener|mantén|manten|aguantar|aguanta|sostener|sostén)\b"), "hold"),
    (re.compile(r"\b(?:descansar|descansa|descanso)\b"), "rest"),
)
_EACH = re.compile(r"\bcada\s+(?P<part>" + "|".join(_SIDES) + r")\b")


def english_doses(text: str) -> str:
    """Lower-case `text` with its Spanish dose words in English; the rest as it was."""
    if not re.search(r"\b(?:series|veces|repeticiones|segundos|seg|minutos|cada|mantener|aguantar|descansar)\b", text):
        return text
    for pattern, english in _WORDS:
        text = pattern.sub(english, text)
    return _EACH.sub(lambda m: f"each {_SIDES[m['part']]}", text)
