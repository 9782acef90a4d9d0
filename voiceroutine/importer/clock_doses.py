"""Times written on a clock, as workout apps write them: "⏱ 00:40 work · 00:20 rest", "⏸ Rest 01:30", "Rest 01:00
after each round".

Read as they stand, "00:40 work" is 40 reps of something and "Rest 01:30" no rest at all. A clock time is minutes
and seconds when a dose word says what it is: right before "work", "rest", "on" or "off", or right after "rest"."""

from __future__ import annotations

import re

_CLOCK = r"(?<![\d:.])(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?![\d:])"
_BEFORE_WORD = re.compile(rf"{_CLOCK}(?=\s*(?:of\s+)?(?:work|rest|recovery|on|off)\b)", re.I)
_AFTER_REST = re.compile(rf"(?<=\brest)(?P<gap>\s*:?\s*){_CLOCK}", re.I)


def clock_time(minutes: int, seconds: int) -> str:
    """01:30 -> "90 s", 01:00 -> "1 min", 00:40 -> "40 s"."""
    if minutes and seconds:
        return f"{minutes * 60 + seconds} s"  # "1 min 30 s" would be read as 1 min
    return f"{minutes} min" if minutes else f"{seconds} s"


def _time(m: re.Match[str]) -> str:
    return m.groupdict().get("gap", "") + clock_time(int(m["m"]), int(m["s"]))


def clock_doses(text: str) -> str:
    """Each clock time that a dose word names as work or rest written in minutes or seconds."""
    return _AFTER_REST.sub(_time, _BEFORE_WORD.sub(_time, text))
