"""The timeline as the data the follow-along page embeds: what is said when, the timed stretches, the chapters."""

from __future__ import annotations

import base64
from typing import Any

from voiceroutine.export.chapters import plain_text
from voiceroutine.play.display import describe_place
from voiceroutine.timeline.model import CueKind, SpanKind, Timeline

COUNTED = frozenset({SpanKind.HOLD, SpanKind.REST, SpanKind.PHASE, SpanKind.FLOW, SpanKind.WAIT})
"""The stretches the page counts down (an exercise as a whole is shown by its chapter instead)."""


def _counters(timeline: Timeline) -> list[str]:
    """"Exercise 2 of 5" for each chapter that starts an exercise, "" for the others (the introduction)."""
    starts = {s.start_ms: s.place.exercise_index for s in timeline.spans
              if s.kind is SpanKind.EXERCISE and s.place.exercise_index is not None}
    total = len(timeline.exercises)
    return [f"Exercise {starts[c.start_ms] + 1} of {total}" if starts.get(c.start_ms) is not None else ""
            for c in timeline.chapters]


def page_data(timeline: Timeline, audio_name: str, cover_png: bytes | None = None) -> dict[str, Any]:
    """Everything the page needs, JSON-ready; times in integer ms."""
    counters = _counters(timeline)
    return {
        "title": plain_text(timeline.title),
        "total_ms": timeline.total_ms,
        "audio": audio_name,
        "cover": "data:image/png;base64," + base64.b64encode(cover_png).decode("ascii") if cover_png else None,
        "chapters": [{"title": plain_text(c.title), "start_ms": c.start_ms, "end_ms": c.end_ms, "counter": counter}
                     for c, counter in zip(timeline.chapters, counters, strict=True)],
        "cues": [{"start_ms": c.start_ms, "end_ms": c.end_ms, "text": plain_text(c.text),
                  "detail": describe_place(timeline, c.place)}
                 for c in timeline.cues if c.kind is CueKind.SPEECH],
        "spans": [{"start_ms": s.start_ms, "end_ms": s.end_ms, "kind": s.kind.value, "label": plain_text(s.label),
                   "detail": describe_place(timeline, s.place)}
                  for s in timeline.spans if s.kind in COUNTED],
    }
