"""Reminders: a routine's repeating calendar event as an iCalendar file (RFC 5545) with an alarm.

`reminder_calendar()` (ics.py) builds it from a `Reminder`; `parse_days()` and `parse_time()` read the command
line's `--days` and `--at`; `write_ics()` writes the file atomically.
"""

from voiceroutine.reminders.ics import Reminder, parse_days, parse_time, reminder_calendar, write_ics

__all__ = ["Reminder", "parse_days", "parse_time", "reminder_calendar", "write_ics"]
