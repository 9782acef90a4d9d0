"""The timeline as the data the follow-along page embeds: what is said when, the timed stretches, the chapters."""

from __future__ import annotations

import base64
from typing import Any

from voiceroutine.export.chapters import plain_text
from voiceroutine.play.display import describe_place
from voiceroutine.timeline.model import Chapter, CueKind, Place, Timeline
from voiceroutine.timeline.phrasebook import PageWords, ScreenWords


def _counter(timeline: Timeline, chapter: Chapter, words: ScreenWords) -> str:
    """"Exercise 2 of 5" (and its round in a circuit) for a chapter of an exercise, "" for the others."""
    place = chapter.place
    if place.exercise_index is None:
        return ""
    where = describe_place(timeline, Place(round=place.round, circuit_index=place.circuit_index), words)
    counter = words.exercise.format(number=place.exercise_index + 1, total=len(timeline.exercises))
    return f"{counter} · {where}" if where else counter


def page_data(timeline: Timeline, audio_name: str, cover_png: bytes | None = None,
              words: PageWords | None = None) -> dict[str, Any]:
    """Everything the page needs, JSON-ready; times in integer ms; its own words in `words`' language."""
    words = words or PageWords()
    screen = words.screen
    return {
        "title": plain_text(timeline.title),
        "total_ms": timeline.total_ms,
        "audio": audio_name,
        "cover": "data:image/png;base64," + base64.b64encode(cover_png).decode("ascii") if cover_png else None,
        "chapters": [{"title": plain_text(c.title), "start_ms": c.start_ms, "end_ms": c.end_ms,
                      "counter": _counter(timeline, c, screen)} for c in timeline.chapters],
        "cues": [{"start_ms": c.start_ms, "end_ms": c.end_ms, "text": plain_text(c.text),
                  "detail": describe_place(timeline, c.place, screen)}
                 for c in timeline.cues if c.kind is CueKind.SPEECH],
        "spans": [{"start_ms": s.start_ms, "end_ms": s.end_ms, "kind": s.kind.value, "label": plain_text(s.label),
                   "detail": describe_place(timeline, s.place, screen)}
                  for s in timeline.spans],
        "language": words.language,
        "words": {"play": words.play, "pause": words.pause, "next": screen.next, "next_finish": words.next_finish},
    }
