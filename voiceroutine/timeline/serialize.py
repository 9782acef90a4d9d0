"""The timeline as plain JSON-ready data (what `show --json` prints and golden files hold)."""

from __future__ import annotations

from typing import Any

from voiceroutine.timeline.model import Timeline


def _number(value: float | None) -> float | int | None:
    """Whole numbers as ints (5, not 5.0), so the JSON reads the way the routine was written."""
    return int(value) if value is not None and float(value).is_integer() else value


def timeline_to_dict(timeline: Timeline) -> dict[str, Any]:
    """Title, total, chapters, cues and the exercises' resolved numbers."""
    return {
        "title": timeline.title,
        "total_ms": timeline.total_ms,
        "chapters": [{"title": c.title, "start_ms": c.start_ms, "end_ms": c.end_ms} for c in timeline.chapters],
        "cues": [
            {
                "start_ms": c.start_ms,
                "end_ms": c.end_ms,
                "kind": c.kind.value,
                "text": c.text,
                "exercise": c.place.exercise,
            }
            for c in timeline.cues
        ],
        "exercises": [
            {
                "name": e.name,
                "reps": e.reps,
                "hold_s": _number(e.hold_s),
                "sets": e.sets,
                "duration_s": _number(e.duration_s),
                "per_side": e.per_side,
                "rest_s": _number(e.rest_s),
            }
            for e in timeline.exercises
        ],
    }
