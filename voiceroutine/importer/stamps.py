"""Lines a phone, a messaging app or a news page adds around the text: a date and time alone ("Tue, 12 Nov, 16:04",
"Yesterday 09:12", "03/02/2026 18:40"), a delivery status ("Delivered", "Read 16:05") and an advert's label between
paragraphs ("Advertisement", "Story continues below advertisement"). They are neither exercises nor headings: read
as a heading, a date became an exercise named "Tue, 12 nov, 16:04" holding the real ones, and an advert's label
ended the exercises (it is a stop, as the boxes of adverts at a page's end are)."""

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
                    rf"|^\s*(?:delivered|read|seen|sent)(?:\s+{_TIME})?\s*$"
                    r"|^\s*(?:advertisement|story continues (?:below|after) (?:the )?advertisement)\s*$", re.I)


def is_stamp(line: str) -> bool:
    """Whether the line is only a message's date and time, its delivery status, or an advert's label."""
    return bool(_STAMP.match(line))


def without_stamps(text: str) -> str:
    """The text with every such line left blank."""
    return "\n".join("" if is_stamp(line) else line for line in text.split("\n"))
