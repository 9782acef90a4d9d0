"""`voiceroutine remind`: a calendar file (.ics) that reminds you of a routine on the days you choose."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from voiceroutine.cli.common import user_errors
from voiceroutine.cli.options import QuietOption
from voiceroutine.cli.output import is_standard_output, status, write_bytes
from voiceroutine.cli.pace import LevelOpt, RoutineArg, pace_overrides


def remind(
    routine: RoutineArg = None,
    days: Annotated[
        str, typer.Option("--days", metavar="DAYS", help="Days it repeats: mon,wed,fri (or daily, weekdays, weekends).")
    ] = "daily",
    at: Annotated[str, typer.Option("--at", metavar="HH:MM", help="Time of day, 24-hour.")] = "08:00",
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="FILE.ics", show_default=False,
                     help="Where to write (default: <routine-name>.ics in the current folder; - for standard output)."),
    ] = None,
    alarm: Annotated[
        int, typer.Option("--alarm", min=0, max=1440, metavar="MINUTES", help="Alarm this many minutes before.")
    ] = 0,
    weeks: Annotated[
        int | None,
        typer.Option("--weeks", min=1, max=520, show_default=False, help="Stop repeating after this many weeks."),
    ] = None,
    tz: Annotated[
        str | None,
        typer.Option("--timezone", metavar="ZONE", show_default=False,
                     help="Pin the time to a zone (Europe/Paris); default: local time wherever you are."),
    ] = None,
    level: LevelOpt = None,
    quiet: QuietOption = False,
) -> None:
    """Write an iCalendar file (.ics) with a repeating event and an alarm for a routine; import it into the
    calendar on your phone or computer.

    The event names the routine and its length as you would play it today (instructions that fade, the
    progression step your history reaches), and says how to play it or log it when done.
    """
    from voiceroutine.cli.export import routine_file_name
    from voiceroutine.pipeline import plan_timeline
    from voiceroutine.reminders import Reminder, parse_days, parse_time, reminder_calendar, write_ics
    from voiceroutine.reminders.ics import DAY_NAMES, next_dates
    from voiceroutine.sessions.identity import routine_id

    with user_errors():
        weekdays, time = parse_days(days), parse_time(at)
        planned = plan_timeline(routine, pace_overrides(None, None, None, None, level))
        name = routine_id(planned.routine).name
        exercises = tuple(dict.fromkeys(e.name for e in planned.timeline.exercises))
        reminder = Reminder(name, planned.routine.title, planned.timeline.total_ms, exercises, weekdays, time,
                            alarm, weeks, tz)  # fmt: skip
        now = datetime.now().astimezone()
        data = reminder_calendar(reminder, now)
        if is_standard_output(output):
            write_bytes(data)
            wrote = "Wrote the calendar to standard output"
        else:
            out = output or Path.cwd() / f"{routine_file_name(planned.routine)}.ics"
            write_ics(data, out)
            wrote = f"Wrote {out}"
        first = next_dates(reminder, now, 1)[0]
        on = ", ".join(DAY_NAMES[d] for d in weekdays) if len(weekdays) < 7 else "every day"
        standing = planned.learned.standing if planned.learned else None
        step = f" at week {standing.week}" if standing is not None and standing.week > 1 else ""
        status(f"{wrote}: {reminder.title} ({reminder.minutes} min{step}), {on} at {time:%H:%M}, "
               f"first on {DAY_NAMES[first.weekday()]} {first.day} {first:%B}; import it into your calendar.", quiet)


def register(app: typer.Typer) -> None:
    """Add `remind` to `app`."""
    app.command()(remind)
