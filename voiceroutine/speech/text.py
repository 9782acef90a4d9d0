"""Text as it should be spoken: units, ranges and abbreviations written out, whitespace collapsed.

Digits stay digits: espeak-ng (and Piper, which phonemizes through espeak-ng) read "10" exactly as "ten",
and the caption keeps the short form. What they misread is what this module rewrites: "5 s" is said
"five S", "30s" "thirtys", "1-2" "one dash two", "approx." "approx".
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NUMBER = r"(\d+(?:[.,]\d+)?)"

_UNITS: tuple[tuple[str, str, str], ...] = (
    # (pattern after a number, singular, plural)
    (r"(?:s|secs?|seconds?)", "second", "seconds"),
    (r"(?:mins?|minutes?)", "minute", "minutes"),
    (r"(?:h|hrs?|hours?)", "hour", "hours"),
    (r"(?:x|×)", "time", "times"),
    (r"(?:°|deg|degrees?)", "degree", "degrees"),
    (r"%", "percent", "percent"),
    (r"(?:kg|kgs)", "kilogram", "kilograms"),
    (r"(?:lbs?)", "pound", "pounds"),
)

_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"\bapprox\.?(?=\s|$)", "approximately"),
    (r"\be\.\s?g\.,?", "for example,"),
    (r"\bi\.\s?e\.,?", "that is,"),
    (r"\betc\.", "et cetera."),
    (r"\bvs\.?(?=\s)", "versus"),
    (r"\bmax\.(?=\s)", "maximum"),
    (r"\bmin\.(?=\s)", "minimum"),
    (r"\bea\.(?=\s)", "each"),
)

_RANGE = re.compile(_NUMBER + r"\s*(?:-|–|—|to)\s*" + _NUMBER + r"(?=\s*[^\d\s]|\s*$)")
_UNIT_PATTERNS = tuple(
    (re.compile(_NUMBER + r"\s*" + pattern + r"(?![\w°%])", re.IGNORECASE), one, many) for pattern, one, many in _UNITS
)
_ABBREVIATION_PATTERNS = tuple((re.compile(p, re.IGNORECASE), word) for p, word in _ABBREVIATIONS)
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_DOUBLE_COMMA = re.compile(r",(?:\s*,)+")
_COMMA_STOP = re.compile(r",\s*\.")


def _unit_words(one: str, many: str) -> Callable[[re.Match[str]], str]:
    return lambda m: f"{m[1]} {one if m[1] == '1' else many}"


def speakable(text: str) -> str:
    """`text` rewritten so every engine says it as a person would read it; idempotent."""
    out = _rewrite(text)
    for _ in range(3):  # one rewrite can expose another ("min.&" -> "min. and"): settle on a fixed point
        again = _rewrite(out)
        if again == out:
            break
        out = again
    return out


def _rewrite(text: str) -> str:
    out = _SPACES.sub(" ", text.replace("&", " and ")).strip()
    out = _RANGE.sub(r"\1 to \2", out)
    for pattern, one, many in _UNIT_PATTERNS:  # units first: "1 min." is a minute, not "minimum"
        out = pattern.sub(_unit_words(one, many), out)
    for pattern, word in _ABBREVIATION_PATTERNS:
        out = pattern.sub(word, out)
    out = _SPACES.sub(" ", out).strip()
    out = _SPACE_BEFORE_PUNCT.sub(r"\1", out)
    return _COMMA_STOP.sub(".", _DOUBLE_COMMA.sub(",", out))
