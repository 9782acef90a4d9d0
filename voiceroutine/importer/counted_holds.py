"""Holds counted out in other words than "a count of 10": "hold for 5 slow counts", "hold it for a 10 count",
"hold for a count to 7", "hold and count to 8". Each is written as "hold for a count of N", which the dose reader
takes as N seconds (a count is about a second), so a physio leaflet's or a forum answer's counted hold is no longer
lost. Only after a hold word: "count to 10 as you breathe out" alone is no hold. Two more stand without one, in a
clause of a position that says nothing of breathing: "count to 5" opening a sentence or after ", and" ("lift the leg,
and count to 5", "Count to 10, then lower"), and "for a slow count of 5" ending a position ("keep it lifted for a slow
count of 5"); "breathe in, and count to 4" and "inhale for a count of 4" stay a breath's."""

from __future__ import annotations

import re

_HOLD = (r"\b(?P<hold>hold(?:ing)?|stay(?:ing)?)\b"
         r"(?P<what>\s+(?:it|this|that|them|there|the (?:position|stretch|pose))\b)?")
_NUM = r"\d{1,2}(?:\s*-\s*\d{1,2})?"
_COUNTS = re.compile(_HOLD + rf"(?P<for>\s+for)?\s+(?:an?\s+)?(?P<n>{_NUM})\s+(?:(?:slow|long|steady)\s+)?counts?\b")
"""'hold for 5 slow counts', 'hold it for a 10 count'."""
_COUNT_TO = re.compile(_HOLD + rf"(?P<for>\s+for)?\s+(?:a\s+)?count\s+(?:up\s+)?to\s+(?P<n>{_NUM})\b")
"""'hold for a count to 7'."""
_AND_COUNT = re.compile(_HOLD + rf"(?P<for>)\s+(?:and|while you)\s+count\s+(?:slowly\s+)?to\s+(?P<n>{_NUM})\b")
"""'hold and count to 8'."""


_CLAUSE_COUNT_TO = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=,\s)(?:and|then)\s+)count\s+(?:up\s+)?to\s+(?P<n>{_NUM})\b"
                              r"(?!\s+(?:as|while|on|reps?|times)\b)")
"""'Count to 5, and change the side', 'lift the leg, and count to 5'."""
_FOR_A_COUNT = re.compile(rf"\bfor\s+a\s+(?:slow\s+|long\s+|steady\s+)?count\s+of\s+(?P<n>{_NUM})\b"
                          r"(?!\s+(?:reps?|times|repetitions)\b)")
"""'... lifted off the floor for a slow count of 5'."""
_BREATH = re.compile(r"\b(?:breath\w*|inhal\w*|exhal\w*)\b|\b(?:in|out)\s*$")
"""A breath's count: "breathe in, and count to 4", "in for a count of 3, out for a count of 5"."""
_MOVING = re.compile(r"\b(?:paddl|march|puls|pump|circl|swing|kick|flutter|walk|jog|run|cycl|bounc|rock|wav|shak|tap|"
                     r"beat|row|skip|jump|hop|swim|pedal|roll|alternat|pedall)\w*")
"""A clause that moves ("paddle them for a count of 20"): its count is how long it moves, no hold."""
_STILL = re.compile(r"\b(?:lifted|raised|held|up|off the (?:floor|ground|bed|mat)|straight|still|in place|there|"
                    r"in (?:this |that |the )?position|tight|tensed?|squeezed|contracted|engaged)\b")
"""A clause that keeps a position ("keep the leg lifted", "the other straight"): the count after it is a hold."""
_CLAUSE_START = re.compile(r".*[.;:!?,(]\s*", re.S)
_HOLD_BEFORE = re.compile(r"\b(?:hold(?:ing)?|stay(?:ing)?)(?:\s+\S+){0,2}\s*$")
"""'hold it for a count of 5': the hold word's own count, read by the dose reader."""


def _clause_before(low: str, at: int, back: bool = True) -> str:
    """The words of `low` before `at` in the same clause, at most 80 characters of them; the clause before when
    `at` opens one (", and count to 4" after "breathe in slowly"), once."""
    before = low[max(0, at - 80): at]
    start = _CLAUSE_START.match(before)
    clause = before[start.end():] if start else before
    if back and not clause.strip() and start:
        return _clause_before(low, max(0, at - 80) + len(start.group(0).rstrip()) - 1, back=False)
    return clause


def _is_hold(pattern: re.Pattern[str], low: str, m: re.Match[str]) -> bool:
    clause = _clause_before(low, m.start())
    return not (_BREATH.search(clause) or _HOLD_BEFORE.search(clause) or _MOVING.search(clause) or (
        pattern is _FOR_A_COUNT and not _STILL.search(clause)))


def _stand_alone(pattern: re.Pattern[str], low: str) -> str:
    def written(m: re.Match[str]) -> str:
        return f"hold for a count of {m['n'].replace(' ', '')}" if _is_hold(pattern, low, m) else m.group(0)

    return pattern.sub(written, low)


def bare_counts(low: str) -> list[str]:
    """The counts in lower-case `low` read as holds with no word for holding ("count to 5", "for a slow count of
    5"): a guess that a count is a held second, which the exercise's warnings quote."""
    return [m.group(0) for pattern in (_CLAUSE_COUNT_TO, _FOR_A_COUNT) for m in pattern.finditer(low)
            if _is_hold(pattern, low, m)]


def counted_holds(low: str) -> str:
    """Lower-case `low` with each counted hold written as "hold for a count of N"."""
    def written(m: re.Match[str]) -> str:
        return f"{m['hold']}{m['what'] or ''} for a count of {m['n'].replace(' ', '')}"

    for pattern in (_COUNTS, _COUNT_TO, _AND_COUNT):
        low = pattern.sub(written, low)
    return _stand_alone(_FOR_A_COUNT, _stand_alone(_CLAUSE_COUNT_TO, low))
