"""A repeating event for a routine, in the iCalendar format every calendar app imports (RFC 5545, `icalendar`).

The event repeats weekly on the chosen days at the chosen time, lasts the routine's length, and carries an
alarm (VALARM) so the phone rings. Times are floating local times (the calendar's own time zone, wherever the
person is) unless a time zone is named, which then travels in the file as a VTIMEZONE.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from voiceroutine.errors import OptionError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_GROUPS = {"daily": DAYS, "weekdays": DAYS[:5], "weekends": DAYS[5:]}
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PRODID = "-//voiceroutine//remind//EN"


@dataclass(frozen=True, slots=True)
class Reminder:
    """What the calendar event says and when it comes back."""

    routine: str
    """The name `voiceroutine play NAME` takes."""
    title: str
    length_ms: int
    exercises: tuple[str, ...]
    weekdays: tuple[int, ...]
    """0 = Monday .. 6 = Sunday, sorted."""
    at: time
    alarm_before_min: int = 0
    """Minutes before the start that the alarm rings (0: at the start)."""
    weeks: int | None = None
    """How many weeks it repeats; None: until deleted."""
    timezone: str | None = None
    """An IANA zone such as Europe/Paris; None for floating local time."""

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.length_ms / 60_000))


def parse_days(text: str) -> tuple[int, ...]:
    """ "mon,wed,fri", "daily", "weekdays" or "weekends" as sorted weekday numbers (Monday 0)."""
    chosen: set[int] = set()
    for word in (w.strip().lower() for w in text.split(",")):
        if word in DAY_GROUPS:
            chosen.update(DAYS.index(d) for d in DAY_GROUPS[word])
            continue
        match = next((i for i, d in enumerate(DAYS) if word[:3] == d and DAY_NAMES[i].lower().startswith(word)), None)
        if match is None:
            allowed = ", ".join(DAYS)
            raise OptionError(f"--days: {word!r} is not a day; use {allowed} (comma-separated), daily or weekdays")
        chosen.add(match)
    return tuple(sorted(chosen))


def parse_time(text: str) -> time:
    """ "08:00" or "18:30" (24-hour)."""
    try:
        hour, minute = (int(part) for part in text.strip().split(":"))
        return time(hour, minute)
    except ValueError:
        raise OptionError(f"--at {text!r}: expected a 24-hour time like 08:00 or 18:30") from None


def first_start(reminder: Reminder, now: datetime) -> datetime:
    """The first time the event happens: today at `at` if today is one of the days and that is still ahead."""
    day = now.date()
    for offset in range(8):
        candidate = day + timedelta(days=offset)
        start = datetime.combine(candidate, reminder.at)
        if candidate.weekday() in reminder.weekdays and start > now.replace(tzinfo=None):
            return start
    raise AssertionError("no weekday chosen")  # parse_days never returns none


def _zone(name: str) -> object:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise OptionError(f"--timezone {name!r}: not a time zone name; use one like Europe/Paris") from None


def describe(reminder: Reminder) -> str:
    lines = [f"{len(reminder.exercises)} exercises, about {reminder.minutes} min: {', '.join(reminder.exercises)}."]
    lines.append(f"Live: voiceroutine play {reminder.routine}")
    lines.append(f"From an exported file on your phone: play it, then voiceroutine done {reminder.routine}")
    return "\n".join(lines)


def reminder_calendar(reminder: Reminder, now: datetime) -> bytes:
    """The whole .ics file: one VEVENT repeating weekly, with a display alarm."""
    from icalendar import Alarm, Calendar, Event, vRecur

    start = first_start(reminder, now)
    if reminder.timezone:
        start = start.replace(tzinfo=_zone(reminder.timezone))  # type: ignore[arg-type]
    summary = f"{reminder.title} ({reminder.minutes} min)"
    days = ",".join(RRULE_DAYS[d] for d in reminder.weekdays)
    uid_seed = f"{reminder.routine}|{days}|{reminder.at:%H%M}|{reminder.timezone or ''}"

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")

    event = Event()
    event.add("uid", f"{hashlib.sha256(uid_seed.encode()).hexdigest()[:24]}@voiceroutine")
    event.add("dtstamp", now.astimezone(timezone.utc).replace(microsecond=0))
    event.add("dtstart", start)
    event.add("duration", timedelta(minutes=reminder.minutes))
    event.add("summary", summary)
    event.add("description", describe(reminder))
    rule: dict[str, object] = {"freq": "weekly", "byday": [RRULE_DAYS[d] for d in reminder.weekdays]}
    if reminder.weeks is not None:
        rule["count"] = reminder.weeks * len(reminder.weekdays)
    event.add("rrule", vRecur(rule))

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Time for {summary}")
    alarm.add("trigger", timedelta(minutes=-reminder.alarm_before_min))
    event.add_component(alarm)
    calendar.add_component(event)
    if reminder.timezone:
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def write_ics(data: bytes, path: Path) -> None:
    """Write the file atomically: a temp file beside it, renamed into place."""
    from voiceroutine.export.files import Staging, describe_os_error

    with Staging() as staging:
        temp = staging.temp_for(path)
        try:
            temp.write_bytes(data)
        except OSError as e:
            raise describe_os_error(e, path) from None
        staging.commit()


def next_dates(reminder: Reminder, now: datetime, count: int) -> list[date]:
    """The first `count` days the event happens (what `remind` prints so the person can check)."""
    start = first_start(reminder, now).date()
    out: list[date] = []
    day = start
    while len(out) < count:
        if day.weekday() in reminder.weekdays:
            out.append(day)
        day += timedelta(days=1)
    return out
