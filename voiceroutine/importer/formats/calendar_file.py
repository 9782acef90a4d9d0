"""A calendar invitation saved as .ics text (RFC 5545): its events' summaries and descriptions, read by `icalendar`.

An invitation pasted or saved raw ("BEGIN:VCALENDAR ... BEGIN:VEVENT ... DESCRIPTION:...") keeps the routine in
its DESCRIPTION, whose long lines are folded (a line that starts with a space or tab continues the one above,
often mid-word) and whose line breaks, commas and semicolons are escaped ("\\n", "\\,", "\\;"). Every calendar
reader unfolds and unescapes these; `icalendar` does both (and is a dependency already, for the reminders), so the
article read is each event's SUMMARY as a heading over its DESCRIPTION as text. The other properties (RRULE,
DTSTART, ORGANIZER, an alarm's own "Reminder" description) are no part of the routine and are left out."""

from __future__ import annotations

import re

_CALENDAR = re.compile(r"\A\s*BEGIN:VCALENDAR\s*$", re.I | re.M)


def calendar_text(text: str) -> str | None:
    """The article in an .ics file: each event's summary, then its description; None when the text is no
    calendar (or no event in it has a description)."""
    if not _CALENDAR.match(text):
        return None
    from icalendar import Calendar  # imported here: most articles are no calendar

    try:
        calendar = Calendar.from_ical(text)
    except ValueError:
        return None
    parts: list[str] = []
    for event in calendar.walk("VEVENT"):
        description = str(event.get("DESCRIPTION", "")).strip()
        if not description:
            continue
        summary = str(event.get("SUMMARY", "")).strip()
        parts.append(f"{summary}\n\n{description}" if summary else description)
    return "\n\n".join(parts) or None
