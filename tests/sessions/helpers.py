"""Sessions made by hand for the log's tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from voiceroutine.sessions.model import ExerciseResult, Pace, Session, Source, Status

PARIS = timezone(timedelta(hours=1))


def session(
    routine: str = "upper-back",
    started: datetime = datetime(2026, 12, 3, 8, 0, tzinfo=PARIS),
    minutes: float = 9,
    exercises: tuple[tuple[str, Status], ...] = (("Chin tuck", Status.DONE), ("Wall angels", Status.DONE)),
    **fields: object,
) -> Session:
    values: dict[str, object] = {
        "routine": routine,
        "title": routine.replace("-", " ").capitalize(),
        "routine_hash": "0123456789abcdef",
        "source": Source.PLAY,
        "started": started,
        "ended": started + timedelta(minutes=minutes),
        "level": "standard",
        "pace": Pace(1.2, 0.8, None, 3),
        "length_ms": round(minutes * 60_000),
        "played_ms": round(minutes * 60_000),
        "completed": True,
        "exercises": tuple(ExerciseResult(name, status) for name, status in exercises),
    }
    values.update(fields)
    return Session(**values)  # type: ignore[arg-type]
