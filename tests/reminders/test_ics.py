"""`voiceroutine remind`: the .ics file read back by a real iCalendar parser, its recurrence expanded."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.errors import OptionError
from voiceroutine.reminders import Reminder, parse_days, parse_time, reminder_calendar
from voiceroutine.reminders.ics import first_start

runner = CliRunner()
WEDNESDAY_NOON = datetime(2026, 12, 2, 12, 0).astimezone()


def reminder(**fields: object) -> Reminder:
    values: dict[str, object] = {
        "routine": "upper-back", "title": "Upper back relief", "length_ms": 658_352,
        "exercises": ("Chin tuck", "Wall angels"), "weekdays": (0, 2, 4), "at": time(8, 0),
    }  # fmt: skip
    values.update(fields)
    return Reminder(**values)  # type: ignore[arg-type]


def event_of(data: bytes):  # type: ignore[no-untyped-def]
    calendar = Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    return calendar, event


def occurrences(event, count: int) -> list[datetime]:  # type: ignore[no-untyped-def]
    """The first `count` times the event happens, as dateutil expands its RRULE from DTSTART."""
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.decoded("DTSTART"))
    out = []
    for moment in rule:
        out.append(moment)
        if len(out) == count:
            break
    return out


def test_the_event_repeats_on_the_days_at_the_time_with_the_routines_name_length_and_an_alarm() -> None:
    data = reminder_calendar(reminder(alarm_before_min=10), WEDNESDAY_NOON)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")  # RFC 5545 lines
    calendar, event = event_of(data)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"] == "-//voiceroutine//remind//EN"
    assert event["SUMMARY"] == "Upper back relief (11 min)"
    assert event.decoded("DURATION") == timedelta(minutes=11)
    assert "voiceroutine play upper-back" in event["DESCRIPTION"]
    assert "Chin tuck, Wall angels" in event["DESCRIPTION"]
    assert event["UID"].endswith("@voiceroutine") and event.decoded("DTSTAMP").tzinfo is not None
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-10)
    assert occurrences(event, 4) == [
        datetime(2026, 12, 4, 8, 0), datetime(2026, 12, 7, 8, 0), datetime(2026, 12, 9, 8, 0),
        datetime(2026, 12, 11, 8, 0),
    ]  # fmt: skip
    assert event.decoded("DTSTART").tzinfo is None  # floating: 8 o'clock wherever the person is


def test_weeks_end_the_series_and_a_time_zone_travels_with_the_file() -> None:
    data = reminder_calendar(reminder(weeks=2, timezone="Europe/Paris", at=time(18, 30)), WEDNESDAY_NOON)
    calendar, event = event_of(data)
    start = event.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Paris" and start.replace(tzinfo=None) == datetime(2026, 12, 2, 18, 30)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    dates = [d.date() for d in occurrences(event, 100)]
    assert dates == [date(2026, 12, d) for d in (2, 4, 7, 9, 11, 14)]


def test_today_counts_only_while_the_time_is_still_ahead() -> None:
    assert first_start(reminder(at=time(13, 0)), WEDNESDAY_NOON) == datetime(2026, 12, 2, 13, 0)
    assert first_start(reminder(at=time(11, 0)), WEDNESDAY_NOON) == datetime(2026, 12, 4, 11, 0)
    assert first_start(reminder(weekdays=(2,), at=time(11, 0)), WEDNESDAY_NOON) == datetime(2026, 12, 9, 11, 0)


def test_days_and_times_are_read_as_people_write_them() -> None:
    assert parse_days("mon,wed,fri") == (0, 2, 4)
    assert parse_days("Friday, Tue") == (1, 4)
    assert parse_days("weekdays") == (0, 1, 2, 3, 4)
    assert parse_days("daily") == tuple(range(7))
    assert parse_time("7:05") == time(7, 5)
    with pytest.raises(OptionError, match="'someday' is not a day"):
        parse_days("mon,someday")
    with pytest.raises(OptionError, match=r"--at '25:00': expected a 24-hour time like 08:00"):
        parse_time("25:00")


def test_remind_writes_the_file_the_parser_reads(tmp_path: Path) -> None:
    target = tmp_path / "knee.ics"
    result = runner.invoke(app, ["remind", "desk-neck", "--days", "mon,wed,fri", "--at", "08:00", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"Wrote {target}: Desk neck and shoulder break (")
    assert "Monday, Wednesday, Friday at 08:00" in result.stderr
    _, event = event_of(target.read_bytes())
    assert event["SUMMARY"].startswith("Desk neck and shoulder break (")
    assert event["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=MO,WE,FR"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["knee.ics"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--days", "funday"], "--days: 'funday' is not a day"),
        (["--at", "noon"], "--at 'noon': expected a 24-hour time"),
        (["--timezone", "Mars/Olympus"], "--timezone 'Mars/Olympus': not a time zone name"),
    ],
)
def test_bad_options_are_one_line_and_write_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["remind", *args, "-o", str(tmp_path / "r.ics")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"voiceroutine: error: {message}") and result.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_remind_quiet_writes_the_same_file_and_prints_nothing(tmp_path: Path) -> None:
    result = runner.invoke(app, ["remind", "desk-neck", "--at", "07:30", "-q", "-o", str(tmp_path / "q.ics")])
    assert result.exit_code == 0, result.output
    assert (result.stdout, result.stderr) == ("", "")
    _, event = event_of((tmp_path / "q.ics").read_bytes())
    assert event["SUMMARY"].startswith("Desk neck and shoulder break (")


def test_remind_to_standard_output_writes_the_calendar_there_and_no_file(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["remind", "desk-neck", "--days", "mon,wed,fri", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Wrote the calendar to standard output: Desk neck and shoulder break (")
    _, event = event_of(result.stdout_bytes)
    assert event["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=MO,WE,FR"
    assert list(tmp_path.iterdir()) == []
