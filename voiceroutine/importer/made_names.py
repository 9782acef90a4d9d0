"""A name the importer made from a sentence of prose (the movement the sentence gives a dose to) that names no
exercise the lexicon knows and reads as a piece of a sentence rather than a movement: it starts with a form of "be"
or a helping verb ("is enough"), it returns to an earlier position ("come up again", "then relax"), or it holds a
count or a time in words ("lower over four seconds"). Such a name carries a warning that quotes it, never a silent
guess; a made name that is a plain movement ("Stand on one leg", "Breathe slowly") carries none."""

from __future__ import annotations

import re

from voiceroutine.importer.checks import quoted
from voiceroutine.importer.lexicon import named_exercise

_HELPING = frozenset(re.findall(r"\S+", "is are was were be been being am has have had will would can could should "
                                       "must may might shall does do's isn't aren't"))
_PIECE = re.compile(r"\b(?:again|then|back|seconds?|secs?|minutes?|mins?|reps?|repetitions?|times|sets?|"
                    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                    r"sixty|a few|couple)\b", re.I)


def made_name_doubt(name: str) -> str | None:
    """The warning for a name made from a sentence, `name`, when it names no known exercise and reads as a piece
    of the sentence; None otherwise."""
    words = name.lower().split()
    if not words or named_exercise(name) is not None:
        return None
    if words[0] not in _HELPING and not _PIECE.search(name):
        return None
    return (f"its name {quoted(name)} was made from a sentence and names no exercise the importer knows: it may be "
            "a piece of the sentence, and its dose another exercise's; check both against the article")
