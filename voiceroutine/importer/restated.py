"""A namesake's dose that only restates the exercise's own: a recap box ("Cat-cow – 8 rounds") under an exercise
whose own text says "8 times".

An exercise described twice (its section, and a line of a summary, recap or "at a glance" box naming it) is read as
one (`structure._merge_namesakes`). Where the second description's doses are all numbers the exercise's own text
already gives, it says the same thing again, perhaps in other words: "8 rounds" beside "8 times" would add 8 sets to
8 reps. Such a line adds nothing and is left out of the exercise's text, unless it says the exercise is done on each
side and the exercise's own text does not."""

from __future__ import annotations

from voiceroutine.importer.checks import quoted
from voiceroutine.importer.dose import Kind, find_mentions, find_sides

_DOSES = frozenset((Kind.REPS, Kind.SETS, Kind.HOLD, Kind.TIMED, Kind.DURATION))


def _values(text: str) -> set[tuple[int, int]]:
    return {(m.amount.low, m.amount.high) for m in find_mentions(text) if m.kind in _DOSES}


def restates(own: str, line: str) -> bool:
    """Whether `line`, a namesake's text, gives doses and only numbers `own` (the exercise's own text) gives too,
    and no sides `own` does not give."""
    mine = _values(own)
    theirs = _values(line)
    if not mine or not theirs or not theirs <= mine:
        return False
    return find_sides(line)[0] is None or find_sides(own)[0] is not None


_LINE_WORDS = 14
"""A recap's line is short: "Cat-cow – 10 rounds"."""


def differs(name: str, own: str, line: str) -> str:
    """A warning when `line`, a short line naming the exercise elsewhere (a recap box's "Cat-cow – 10 rounds"),
    gives it a number its own text (`own`, which gives a dose) does not: the two disagree, and which is meant is a
    guess. "" when they agree or either gives no dose."""
    mine = _values(own)
    theirs = _values(line)
    if not mine or not theirs or theirs <= mine or len(line.split()) > _LINE_WORDS:
        return ""
    return (f"a line elsewhere in the article gives {quoted(name)} another dose, {quoted(line)}, than its own text "
            "does: both were read; check the dose")
