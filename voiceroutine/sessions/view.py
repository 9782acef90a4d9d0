"""`history` in the terminal: the sessions as a table, the streak, a calendar of the last weeks, effort and pain."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from voiceroutine.routine.units import rounded_clock
from voiceroutine.sessions.model import Session, Source, Status
from voiceroutine.sessions.plot import score_chart, scores
from voiceroutine.sessions.summary import Calendar, calendar, practice_days, totals

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
PRACTISED = "■"
MISSED = "·"


def outcome_text(s: Session) -> str:
    """ "5/5", or "3/5, 1 skipped, stopped in Wall angels"."""
    text = f"{s.count(Status.DONE)}/{len(s.exercises)}"
    skipped = s.count(Status.SKIPPED)
    if skipped:
        text += f", {skipped} skipped"
    stopped = next((e.name for e in s.exercises if e.status is Status.QUIT), None)
    if stopped is not None:
        text += f", stopped in {stopped}"
    elif not s.completed and s.source is Source.PLAY:
        text += ", stopped"
    return text


def sessions_table(sessions: Sequence[Session], shown_of: int) -> Table:
    title = f"Sessions (the last {len(sessions)} of {shown_of})" if len(sessions) < shown_of else "Sessions"
    table = Table(title=title, title_justify="left", box=None, pad_edge=False)
    table.add_column("When", no_wrap=True)
    table.add_column("Routine", no_wrap=True)
    table.add_column("How", no_wrap=True)
    table.add_column("Time", justify="right", no_wrap=True)
    table.add_column("Done")
    table.add_column("Effort", justify="right")
    table.add_column("Pain", justify="right")
    table.add_column("Note")
    for s in sessions:
        time = rounded_clock(round((s.ended - s.started).total_seconds() * 1000)) if s.ended else "?"
        how = "live" if s.source is Source.PLAY else "done"
        table.add_row(
            f"{s.started:%a} {s.started.day} {s.started:%b %Y %H:%M}",
            escape(s.routine) + (f" (week {s.week})" if s.week else ""),
            how,
            time,
            escape(outcome_text(s)),
            "" if s.effort is None else str(s.effort),
            "" if s.pain is None else str(s.pain),
            escape(s.note or ""),
        )
    return table


def calendar_lines(cal: Calendar) -> list[str]:
    """Rows Monday to Sunday, a column per week: ■ a day with practice (a digit for several), · a day without."""
    first = cal.first_monday
    lines = [f"The last {len(cal.weeks)} weeks, from Monday {first.day} {first:%B %Y}:"]
    header = "".join(f"{cal.day(w, 0).day:>3}" for w in range(len(cal.weeks)))
    lines.append(f"     {header}")
    for d, name in enumerate(DAY_NAMES):
        cells = []
        for week in cal.weeks:
            n = week[d]
            if n is None:
                cells.append("   ")
            elif n == 0:
                cells.append(f"  [dim]{MISSED}[/dim]")
            else:
                mark = PRACTISED if n == 1 else str(min(n, 9))
                cells.append(f"  [green]{mark}[/green]")
        lines.append(f"  {name}{''.join(cells)}".rstrip())
    return lines


def print_history(
    console: Console,
    sessions: Sequence[Session],
    today: date,
    log: Path,
    limit: int,
    weeks: int,
    standings: Sequence[str] = (),
) -> None:
    """Everything `history` shows without --json or --csv."""
    if not sessions:
        console.print("No sessions yet. `voiceroutine play` records one; after following an exported file, "
                      "`voiceroutine done` does.", highlight=False)  # fmt: skip
        console.print(f"[dim]Session log: {escape(str(log))}[/dim]", highlight=False)
        return
    shown = sessions[-limit:] if limit else sessions
    console.print(sessions_table(shown, len(sessions)))
    t = totals(sessions, today)
    days = "day" if t.streak == 1 else "days"
    console.print(
        f"\nStreak: [bold]{t.streak}[/bold] {days} in a row (longest {t.longest}); "
        f"this week {t.this_week} session{'s' if t.this_week != 1 else ''}, "
        f"the last four weeks {t.last_four_weeks}.",
        highlight=False,
    )
    console.print()
    for line in calendar_lines(calendar(practice_days(sessions), today, weeks)):
        console.print(line, highlight=False)
    if standings:
        console.print("\nWhere each routine stands:", highlight=False)
        for line in standings:
            console.print(f"  {escape(line)}", highlight=False)
    answered = scores(sessions)
    if len(answered) >= 2:
        console.print(f"\nEffort and pain, the last {min(len(answered), 30)} answered sessions:", highlight=False)
        for line in score_chart(answered):
            console.print(escape(line), highlight=False)
    console.print(f"\n[dim]Session log: {escape(str(log))} (delete it to forget every session)[/dim]",
                  highlight=False)  # fmt: skip

