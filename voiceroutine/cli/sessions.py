"""Commands about the session log: `done` (a session followed from an export) and `history`."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from voiceroutine.cli.common import user_errors
from voiceroutine.cli.options import QuietOption
from voiceroutine.cli.output import echo_json, status
from voiceroutine.cli.pace import LevelOpt, WeekOpt, complete_routine, pace_overrides, personal
from voiceroutine.routine.units import rounded_clock

Effort = Annotated[
    int | None,
    typer.Option("--effort", min=1, max=10, help="How hard it was: 1 (easy) to 10 (all you had).", show_default=False),
]
Pain = Annotated[
    int | None,
    typer.Option("--pain", min=0, max=10, help="Pain felt: 0 (none) to 10 (the worst).", show_default=False),
]


def done(
    routine: Annotated[
        str | None,
        typer.Argument(
            metavar="ROUTINE|FILE",
            autocompletion=complete_routine,
            help="The exported file you followed (out/upper-back.mp3: its tags say the routine, level, step and "
                 "instructions, and its length is the session's), or a routine file or built-in name. "
                 "Default: upper-back.",
            show_default=False,
        ),
    ] = None,
    effort: Effort = None,
    pain: Pain = None,
    note: Annotated[str | None, typer.Option("--note", help="A few words for you or your physio.")] = None,
    at: Annotated[
        str | None,
        typer.Option("--at", metavar="TIME", show_default=False,
                     help="When you started: 08:00 (today) or 2026-12-03 08:00. Default: it ended just now."),
    ] = None,
    level: LevelOpt = None,
    week: WeekOpt = None,
    quiet: QuietOption = False,
) -> None:
    """Record a session you followed from an exported file (your phone cannot tell us): every exercise done.

    Give the file itself (voiceroutine done out/knee.mp3) and the session is exactly what it holds, as long as it
    is. It counts like a played session for your streak, for instructions that fade and for progression.
    """
    from voiceroutine.errors import OptionError
    from voiceroutine.pipeline import plan_timeline
    from voiceroutine.progression import rule
    from voiceroutine.sessions import open_log, read_log
    from voiceroutine.sessions.done import done_from_export, done_session, parse_when
    from voiceroutine.sessions.exported import AUDIO_SUFFIXES, read_exported
    from voiceroutine.sessions.live import logged_line

    with user_errors():
        now = datetime.now().astimezone()
        started = parse_when(at, now) if at else None
        existing = read_log()  # a log that cannot be used is one line, before anything else (none is created)
        if existing is not None:
            existing.close()
        if routine is not None and Path(routine).suffix.lower() in AUDIO_SUFFIXES:
            if level is not None or week is not None:
                given = "--level" if level is not None else "--week"
                raise OptionError(f"{given}: the exported file says how it was made; leave {given} out")
            session = done_from_export(read_exported(Path(routine)), now, started, effort, pain, note)
            with open_log() as log:
                log.add(session)
            heard = f"Logged {session.routine} from {Path(routine).name} ({rounded_clock(session.length_ms)}):"
            status(logged_line(session).replace("Logged:", heard, 1), quiet)
            return
        planned = plan_timeline(routine, pace_overrides(None, None, None, None, level), personal=personal(None, week))
        learned = planned.learned
        step = learned.standing.week if learned and learned.standing else None
        session = done_session(planned.routine, planned.options, planned.timeline, now, started, effort, pain, note,
                               step, progress=rule(learned.standing if learned else None))
        with open_log() as log:
            log.add(session)
        status(logged_line(session).replace("Logged:", f"Logged {session.routine}:", 1), quiet)


def history(
    routine: Annotated[
        str | None, typer.Argument(metavar="[ROUTINE]", help="Only this routine's sessions.", show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the sessions as a JSON list.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print the sessions as CSV, for a spreadsheet.")] = False,
    plot: Annotated[
        Path | None,
        typer.Option("--plot", metavar="FILE.png", show_default=False,
                     help="Write effort and pain over time as a PNG (needs the plot extra)."),
    ] = None,
    since: Annotated[
        datetime | None,
        typer.Option("--since", formats=["%Y-%m-%d"], metavar="DATE", show_default=False,
                     help="Only sessions from this day on (2026-12-01)."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Rows in the table (0: all).")] = 20,
    weeks: Annotated[int, typer.Option("--weeks", min=1, max=52, help="Weeks in the calendar.")] = 6,
    quiet: QuietOption = False,
) -> None:
    """Your sessions: a table, your streak, a calendar of the last weeks, and effort and pain over time.

    --json and --csv print every session instead (for other programs, or to send to your physio).
    """
    from rich.console import Console

    from voiceroutine.cli.learned import standing_line, standing_to_dict
    from voiceroutine.errors import OptionError
    from voiceroutine.progression import logged_standings
    from voiceroutine.sessions import configured_log_path, read_log
    from voiceroutine.sessions.formats import session_to_dict, sessions_csv
    from voiceroutine.sessions.plot import scores, write_png
    from voiceroutine.sessions.view import print_history

    with user_errors():
        if as_json and as_csv:
            raise OptionError("choose one of --json and --csv")
        path = configured_log_path()
        log = read_log(path)
        sessions, where_now = [], {}
        if log is not None:
            with log:
                sessions = log.sessions(routine, since.date() if since else None)
                every = sessions if since is None else log.sessions(routine)
            where_now = dict(logged_standings(every, date.today()))
        standings = [f"{name}: {standing_line(where)}" for name, where in where_now.items()]
        if as_json:  # each session carries where its routine stands today, so the list stays a list of sessions
            echo_json([{**session_to_dict(s), "standing": standing_to_dict(where_now.get(s.routine))}
                       for s in sessions])
        elif as_csv:
            typer.echo(sessions_csv(sessions), nl=False)
        elif plot is None:
            print_history(Console(), sessions, date.today(), path, limit, weeks, standings)
        if plot is not None:
            write_png(scores(sessions), plot, f"Effort and pain: {routine or 'every routine'}")
            status(f"Wrote {plot}", quiet)


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
    app.command()(done)
    app.command()(history)
