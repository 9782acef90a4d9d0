"""Durations and counts as people write them ("90s", "1 min 30 s", "1-2 minutes", "8-12 reps") -> Spans.

Durations become integer milliseconds; a bare number is seconds. Every error message says what was
found and what is allowed, so the loader only has to add where it was found.
"""

from __future__ import annotations

import re
from fractions import Fraction

from voiceroutine.controls import visible
from voiceroutine.routine.model import Span

MS_PER_UNIT: dict[str, int] = {
    "s": 1000,
    "sec": 1000,
    "secs": 1000,
    "second": 1000,
    "seconds": 1000,
    "m": 60_000,
    "min": 60_000,
    "mins": 60_000,
    "minute": 60_000,
    "minutes": 60_000,
    "h": 3_600_000,
    "hr": 3_600_000,
    "hrs": 3_600_000,
    "hour": 3_600_000,
    "hours": 3_600_000,
}
"""Every unit word a duration may use, lower case."""

DURATION_EXAMPLES = "5, 5 s, 90 seconds, 1.5 min, 1 min 30 s, 1:30, or a range like 1-2 minutes"
COUNT_EXAMPLES = "10 or a range like 8-12"
UNIT_LIST = "s, sec, seconds, min, minutes, h, hours"

NUMBER = r"(?:[0-9]{1,15}(?:\.[0-9]{1,15})?|\.[0-9]{1,15})"
CLOCK = r"[0-9]{1,15}:[0-5][0-9](?::[0-5][0-9])?"
# at most 15 digits: far past every limit, and never a number Python refuses to read (4,300 digits)
RANGE_SEPARATOR = r"\s*(?:-|–|—|\bto\b)\s*"

_TERM = re.compile(rf"({NUMBER})\s*([a-z]*)\s*(?:,|\band\b)?\s*")
_CLOCK = re.compile(rf"^{CLOCK}$")
_SEPARATOR = re.compile(RANGE_SEPARATOR)
_LONG = re.compile(r"[0-9]{16}")
"""A number longer than NUMBER reads: refused as out of range."""
_COUNT = re.compile(r"^([0-9]{1,15})(?:\s*([a-z]+))?$")


class UnitError(ValueError):
    """A duration or count that cannot be read; `str(error)` says what was found and what is allowed."""


def quote(text: str, limit: int = 40) -> str:
    """`text` in double quotes for a message, shortened so one line stays one line."""
    flat = visible(" ".join(text.split()))
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return '"' + flat + '"'


def format_ms(ms: int) -> str:
    """A duration as a person says it: "500 ms", "45 s", "1.5 s", "2 min", "1 min 30 s", "4 h"."""
    if ms < 1000 and ms != 0:
        return f"{ms} ms"
    if ms < 60_000 or ms % 1000:
        seconds = Fraction(ms, 1000)
        return f"{float(seconds):g} s"
    hours, rest = divmod(ms // 1000, 3600)
    minutes, seconds_left = divmod(rest, 60)
    parts = [(hours, "h"), (minutes, "min"), (seconds_left, "s")]
    return " ".join(f"{n} {unit}" for n, unit in parts if n)


def clock(ms: int) -> str:
    """A length on a clock, whole seconds dropped down: "12:05", or "1:02:05" from an hour."""
    hours, rest = divmod(ms // 1000, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def rounded_clock(ms: int) -> str:
    """A length to the nearest second as minutes and seconds: "12:05", "75:00" (no hours)."""
    minutes, seconds = divmod(round(ms / 1000), 60)
    return f"{minutes}:{seconds:02d}"


def position_clock(ms: int) -> str:
    """A position in a track to the millisecond: "02:05.250"."""
    return f"{ms // 60000:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def format_span(span: Span, unit: str = "ms") -> str:
    """A Span for a message: "30 s", "1-2 min" style ranges shown as "1 min to 2 min"; counts as "8-12"."""
    if unit != "ms":
        return str(span.low) if not span.is_range else f"{span.low}-{span.high}"
    if not span.is_range:
        return format_ms(span.low)
    return f"{format_ms(span.low)} to {format_ms(span.high)}"


def _allowed_durations(zero_ok: bool, max_ms: int) -> str:
    if zero_ok:
        return f"allowed: 0 s to {format_ms(max_ms)}"
    return f"allowed: more than 0 s, up to {format_ms(max_ms)}"


def _amount(part: str, original: str) -> tuple[Fraction, int | None]:
    """One end of a duration in ms, and the unit it used (None for a bare number)."""
    if _CLOCK.match(part):
        numbers = [int(n) for n in part.split(":")]
        unit = 3_600_000 if len(numbers) == 3 else 60_000
        seconds = 0
        for n in numbers:
            seconds = seconds * 60 + n
        return Fraction(seconds * 1000), unit
    total = Fraction(0)
    first_unit: int | None = None
    previous: int | None = None
    position = 0
    terms = 0
    while position < len(part):
        match = _TERM.match(part, position)
        if not match or match.end() == position:
            raise UnitError(f"found {quote(original)}, expected a duration like {DURATION_EXAMPLES}")
        number, word = match.groups()
        position = match.end()
        terms += 1
        if not word:
            if position < len(part) and not _TERM.match(part, position):
                raise UnitError(f"found {quote(original)}, expected a duration like {DURATION_EXAMPLES}")
            if terms > 1 or position < len(part):
                raise UnitError(f"found {quote(original)}, expected a unit after every number, as in 1 min 30 s")
            return Fraction(number) * 1000, None
        if word not in MS_PER_UNIT:
            raise UnitError(f"found unknown unit {quote(word)} in {quote(original)}, allowed units: {UNIT_LIST}")
        ms = MS_PER_UNIT[word]
        if previous is not None and ms >= previous:
            raise UnitError(f"found {quote(original)}, expected the larger unit first, as in 1 min 30 s")
        previous = ms
        first_unit = first_unit or ms
        total += Fraction(number) * ms
    if terms == 0:
        raise UnitError(f"found {quote(original)}, expected a duration like {DURATION_EXAMPLES}")
    return total, first_unit


def parse_duration(value: str | int | float, *, max_ms: int, zero_ok: bool = False) -> Span:
    """A duration or range in integer ms: "5" and 5 are 5 s; "1-2 minutes" is Span(60000, 120000).

    A bare number at one end of a range takes the other end's unit ("20-30s"). Values are rounded to
    whole milliseconds. Raises UnitError when unreadable, negative, zero (unless `zero_ok`), reversed
    or above `max_ms`.
    """
    original = str(value)
    text = original.strip().lower()
    if not text:
        raise UnitError(f"found nothing, expected a duration like {DURATION_EXAMPLES}")
    if text.startswith(("-", "+")) or _LONG.search(text):
        raise UnitError(f"found {quote(original)}, {_allowed_durations(zero_ok, max_ms)}")
    parts = _SEPARATOR.split(text)
    if len(parts) > 2 or any(not p for p in parts):
        raise UnitError(f"found {quote(original)}, expected a duration like {DURATION_EXAMPLES}")
    amounts = [_amount(p, original) for p in parts]
    if len(amounts) == 2:
        (low, low_unit), (high, high_unit) = amounts
        # a bare number shares the other end's unit: "1-2 minutes", "45 - 60 s"
        if low_unit is None and high_unit is not None:
            low = low * high_unit / 1000
        elif high_unit is None and low_unit is not None:
            high = high * low_unit / 1000
        ends = [round(low), round(high)]
    else:
        ends = [round(amounts[0][0])] * 2
    if ends[0] > ends[1]:
        raise UnitError(f"found {quote(original)}, the low end is above the high end; write the smaller value first")
    if ends[1] > max_ms or (ends[0] == 0 and not zero_ok):
        raise UnitError(f"found {quote(original)}, {_allowed_durations(zero_ok, max_ms)}")
    return Span(ends[0], ends[1])


def parse_count(value: str | int, *, max_count: int, words: tuple[str, ...] = ()) -> Span:
    """A whole number or range of them, at least 1: "10", "8-12", "8 to 12", "10 reps" (with "reps" in `words`)."""
    original = str(value)
    text = original.strip().lower()
    problem = f"found {quote(original)}, expected a whole number like {COUNT_EXAMPLES}"
    if not text:
        raise UnitError(f"found nothing, expected a whole number like {COUNT_EXAMPLES}")
    if text.startswith(("-", "+")) or _LONG.search(text):
        raise UnitError(f"found {quote(original)}, allowed: 1 to {max_count}")
    parts = _SEPARATOR.split(text)
    if len(parts) > 2:
        raise UnitError(problem)
    ends: list[int] = []
    for i, part in enumerate(parts):
        match = _COUNT.match(part)
        if not match:
            raise UnitError(problem)
        number, word = match.groups()
        # only the last end may carry a word: "8-12 reps", "10 times"
        if word and (word not in words or i != len(parts) - 1):
            raise UnitError(problem)
        ends.append(int(number))
    if len(ends) == 1:
        ends.append(ends[0])
    if ends[0] > ends[1]:
        raise UnitError(f"found {quote(original)}, the low end is above the high end; write the smaller number first")
    if ends[0] < 1 or ends[1] > max_count:
        raise UnitError(f"found {quote(original)}, allowed: 1 to {max_count}")
    return Span(ends[0], ends[1])
