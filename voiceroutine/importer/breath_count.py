"""Doses counted in breaths, as yoga sheets abbreviate them: "10 br", "5 br R / 5 br L".

"br" after a number is breaths, the format's count for a pose held over breaths ("6 breaths" in
docs/routine-format.md); read as it stood it was no dose at all. "N br R / N br L" (the same count on the right, then
on the left) is N on each side, right first, and the other way round left first; this holds for any unit
("8 reps L / 8 reps R")."""

from __future__ import annotations

import re

_BR = re.compile(r"(?<=\d)\s*brs?\b\.?")
_RIGHT_LEFT = re.compile(r"\b(?P<n>\d+)\s+(?P<unit>[a-z]+)\s+(?P<a>r|l)\s*/\s*(?P=n)\s+(?P=unit)\s+(?P<b>r|l)\b")


def _sides(m: re.Match[str]) -> str:
    if m["a"] == m["b"]:
        return m.group(0)
    first, then = ("right", "left") if m["a"] == "r" else ("left", "right")
    return f"{m['n']} {m['unit']} each side, on the {first}, then the {then}"


_DEFINING = re.compile(r"\b(?:one|a|each|1)\s+(?=breath\s*(?:=|:|is\b|means\b))")
""""one breath = in for 4, out for 6": what a breath is, no count of breaths."""


def breath_words(low: str) -> str:
    """Lower-case dose text with "br" written "breaths", "N unit r / N unit l" as N on each side, and no count in
    a sentence that says what one breath is."""
    return _RIGHT_LEFT.sub(_sides, _BR.sub(" breaths", _DEFINING.sub("", low)))


_DEFINED = re.compile(r"\b(?:one|a|each|1)\s+breath\b(?:\s+(?:is|means))?\s*[=:,]?\s*", re.I)
_PHASE = re.compile(r"\b(?P<way>in|out)\b[^.;\d]{0,40}?(?:for\s+)?(?:a\s+count\s+of\s+|counts?\s+of\s+)?"
                    r"(?P<n>\d{1,2})(?:\s*(?:counts?|seconds?|secs?|s)\b)?", re.I)
_LONGEST_S = 15
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
"""A count of a breath phase past this is no breath the sheet defines."""


_BOTH_EACH = re.compile(r"\b(?:inhale|in-breath|breath in|breathe in)\b.{0,60}?"
                        r"\b(?:exhale|out-breath|breath out|breathe out)\b.{0,60}?"
                        r"\beach\s+(?:about\s+|around\s+|roughly\s+)?(?P<n>\d{1,2}|[a-z]+)\s+(?:counts?|seconds?)\b",
                        re.I)
"""An in-breath and an out-breath "each about four counts long"."""


def defined_breath(sentences: list[str]) -> tuple[int, int] | None:
    """(seconds in, seconds out) of a breath the article defines once ("one breath = in through the nose for a count
    of 4, out for a count of 6", "by breaths I mean one slow inhale and one slow exhale, each about four counts
    long"), a count being about a second; None when it defines none."""
    for sentence in sentences:
        both = _BOTH_EACH.search(sentence) if re.search(r"\bbreaths?\b", sentence, re.I) else None
        count = _WORDS.get(both["n"].lower(), 0) if both and not both["n"].isdigit() else int(both["n"]) if both else 0
        if 0 < count <= _LONGEST_S:
            return count, count
        m = _DEFINED.search(sentence)
        if m is None:
            continue
        phases = {p["way"].lower(): int(p["n"]) for p in _PHASE.finditer(sentence[m.end():])}
        if set(phases) == {"in", "out"} and all(0 < n <= _LONGEST_S for n in phases.values()):
            return phases["in"], phases["out"]
    return None
