"""A session followed away from the computer (an exported file on a phone), told with `voiceroutine done`: from
the routine as it is today (`done_session`), or from the exported file's own tags (`done_from_export`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from voiceroutine.errors import OptionError
from voiceroutine.routine.model import Routine
from voiceroutine.sessions.exported import Exported
from voiceroutine.sessions.identity import routine_id
from voiceroutine.sessions.model import ExerciseResult, Pace, ProgressRule, Session, Source, Status
from voiceroutine.timeline.model import Timeline
from voiceroutine.timeline.options import PaceOptions


def parse_when(text: str, now: datetime) -> datetime:
    """ "2026-12-03 08:00", "2026-12-03T08:00+01:00" or "08:00" (today) as a local, zone-aware time."""
    try:
        if len(text) <= 5 and ":" in text:
            hour, minute = (int(part) for part in text.split(":"))
            moment = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
        else:
            moment = datetime.fromisoformat(text)
    except ValueError:
        raise OptionError(f"--at {text!r}: expected a time like 08:00 or 2026-12-03 08:00") from None
    moment = moment.astimezone() if moment.tzinfo is None else moment
    if moment > now + timedelta(minutes=1):
        raise OptionError(f"--at {text}: that is in the future; give when you did the routine")
    return moment


def done_session(
    routine: Routine,
    options: PaceOptions,
    timeline: Timeline,
    now: datetime,
    started: datetime | None = None,
    effort: int | None = None,
    pain: int | None = None,
    note: str | None = None,
    week: int | None = None,
    instructions: str | None = None,
    progress: ProgressRule | None = None,
) -> Session:
    """The whole routine, every exercise done, ending now (or starting at `started`), as a session to log."""
    length = timedelta(milliseconds=timeline.total_ms)
    start = started if started is not None else now - length
    rid = routine_id(routine)
    names = dict.fromkeys(e.name for e in timeline.exercises)
    return Session(
        routine=rid.name,
        title=rid.title,
        routine_hash=rid.hash,
        source=Source.DONE,
        started=start,
        ended=start + length,
        level=options.level.value,
        pace=Pace(options.speed, options.pauses, options.rest_ms, options.countdown),
        length_ms=timeline.total_ms,
        played_ms=timeline.total_ms,
        completed=True,
        exercises=tuple(ExerciseResult(name, Status.DONE) for name in names),
        week=week,
        instructions=instructions,
        progress=progress,
        effort=effort,
        pain=pain,
        note=note or None,
    )


def done_from_export(
    exported: Exported,
    now: datetime,
    started: datetime | None = None,
    effort: int | None = None,
    pain: int | None = None,
    note: str | None = None,
) -> Session:
    """The session an exported file was, as its tags say, lasting the file's real length, every exercise done."""
    length = timedelta(milliseconds=exported.length_ms)
    start = started if started is not None else now - length
    return Session(
        routine=exported.routine,
        title=exported.title,
        routine_hash=exported.routine_hash,
        source=Source.DONE,
        started=start,
        ended=start + length,
        level=exported.level,
        pace=exported.pace,
        length_ms=exported.length_ms,
        played_ms=exported.length_ms,
        completed=True,
        exercises=tuple(ExerciseResult(name, Status.DONE) for name in exported.exercises),
        week=exported.week,
        instructions=exported.instructions,
        progress=exported.progress,
        effort=effort,
        pain=pain,
        note=note or None,
    )
