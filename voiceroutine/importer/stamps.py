"""Lines a phone or a messaging app adds around messages: a date and time alone ("Tue, 12 Nov, 16:04", "Yesterday
09:12", "03/02/2026 18:40") and a delivery status ("Delivered", "Read 16:05"). They are neither exercises nor
headings: read as a heading, such a line became an exercise named "Tue, 12 nov, 16:04" holding the real ones."""

from __future__ import annotations

import re

_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
_DATE = (rf"(?:{_DAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
         rf"(?:,?\s+\d{{4}})?|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}")
"""A day of a month ("Tue, 12 Nov", "Nov 12, 2026", "12/11/2026"); a weekday alone ("Monday") may head a day's
exercises, so it counts only with a time."""
_STAMP = re.compile(rf"^\s*(?:{_DATE})(?:\s*,?\s*(?:at\s+)?{_TIME})?\s*$"
                    rf"|^\s*(?:{_DAY}|today|yesterday|\d{{1,2}}[/.-]\d{{1,2}}),?\s+(?:at\s+)?{_TIME}\s*$"
                    rf"|^\s*(?:delivered|read|seen|sent)(?:\s+{_TIME})?\s*$", re.I)


def is_stamp(line: str) -> bool:
    """Whether the line is only a message's date and time, or its delivery status."""
    return bool(_STAMP.match(line))


def without_stamps(text: str) -> str:
    """The text with every line that is only a date and time, or a delivery status, left blank."""
    return "\n".join("" if is_stamp(line) else line for line in text.split("\n"))
