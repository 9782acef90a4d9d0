"""The timeline as plain JSON-ready data (what `show --json` prints and golden files hold)."""

from __future__ import annotations

from typing import Any

from voiceroutine.timeline.model import Span, Timeline


def _number(value: float | None) -> float | int | None:
    """Whole numbers as ints (5, not 5.0), so the JSON reads the way the routine was written."""
    return int(value) if value is not None and float(value).is_integer() else value


def span_to_dict(span: Span) -> dict[str, Any]:
    """A span as `show --json` gives it: kind, times, and where it belongs (null where it does not apply)."""
    place = span.place
    return {
        "kind": span.kind.value,
        "start_ms": span.start_ms,
        "end_ms": span.end_ms,
        "exercise": place.exercise,
        "round": place.round,
        "set": place.set,
        "side": place.side,
        "rep": place.rep,
        "phase": place.phase,
    }


def timeline_to_dict(timeline: Timeline) -> dict[str, Any]:
    """Title, total, chapters, cues, spans, and the exercises' and circuits' resolved numbers."""
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
        "spans": [span_to_dict(s) for s in timeline.spans],
        "exercises": [
            {
                "name": e.name,
                "reps": e.reps,
                "hold_s": _number(e.hold_s),
                "sets": e.sets,
                "duration_s": _number(e.duration_s),
                "per_side": e.per_side,
                "rest_s": _number(e.rest_s),
                "cycles": e.cycles,
                "work_s": _number(e.work_s),
            }
            for e in timeline.exercises
        ],
        "circuits": [
            {
                "name": c.name,
                "rounds": c.rounds,
                "exercises": list(c.exercises),
                "work_s": _number(c.work_s),
                "rest_s": _number(c.rest_s),
                "round_rest_s": _number(c.round_rest_s),
            }
            for c in timeline.circuits
        ],
    }
