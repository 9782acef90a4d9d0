"""The log as data: a JSON list of sessions, or CSV (one row per session) to send to a physio."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from voiceroutine.sessions.model import Session, Status


def session_to_dict(s: Session) -> dict[str, Any]:
    """One session as JSON-ready data; times are ISO 8601 with their UTC offset, lengths in milliseconds."""
    return {
        "id": s.id,
        "routine": s.routine,
        "title": s.title,
        "routine_hash": s.routine_hash,
        "source": s.source.value,
        "started": s.started.isoformat(timespec="seconds"),
        "ended": None if s.ended is None else s.ended.isoformat(timespec="seconds"),
        "effort": s.effort,
        "pain": s.pain,
        "note": s.note,
        "level": s.level,
        "week": s.week,
        "progress": None if s.progress is None else {"every": s.progress.written, "top": s.progress.top},
        "instructions": s.instructions,
        "pace": {
            "speed": s.pace.speed,
            "pauses": s.pace.pauses,
            "rest_ms": s.pace.rest_ms,
            "countdown": s.pace.countdown,
        },
        "length_ms": s.length_ms,
        "played_ms": s.played_ms,
        "completed": s.completed,
        "pauses": s.pauses,
        "paused_ms": s.paused_ms,
        "exercises": [{"name": e.name, "status": e.status.value} for e in s.exercises],
    }


CSV_COLUMNS = (
    "started", "ended", "routine", "title", "source", "level", "week", "completed", "minutes",
    "exercises_done", "exercises_skipped", "exercises_total", "stopped_in", "pauses", "effort", "pain", "note",
)  # fmt: skip


def _minutes(s: Session) -> str:
    if s.ended is None:
        return ""
    return f"{(s.ended - s.started).total_seconds() / 60:.1f}"


def sessions_csv(sessions: Sequence[Session]) -> str:
    """CSV with a header row; a spreadsheet opens it as it is."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in sessions:
        stopped_in = next((e.name for e in s.exercises if e.status is Status.QUIT), "")
        writer.writerow([
            s.started.isoformat(timespec="seconds"),
            "" if s.ended is None else s.ended.isoformat(timespec="seconds"),
            s.routine, s.title, s.source.value, s.level, "" if s.week is None else s.week,
            "yes" if s.completed else "no", _minutes(s),
            s.count(Status.DONE), s.count(Status.SKIPPED), len(s.exercises), stopped_in, s.pauses,
            "" if s.effort is None else s.effort, "" if s.pain is None else s.pain, s.note or "",
        ])  # fmt: skip
    return out.getvalue()
