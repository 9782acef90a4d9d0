"""Segments -> times: talk takes the time its phrases need, timed segments exactly their length."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from voiceroutine.audio.tones import tone_ms
from voiceroutine.timeline.model import (
    Chapter,
    CircuitSummary,
    Cue,
    CueKind,
    ExerciseSummary,
    Place,
    Span,
    SpanKind,
    Timeline,
    Tone,
)
from voiceroutine.timeline.segments import Mark, Segment, Talk, fit


class NotYet(Exception):
    """Raised by a durations function for a phrase whose length is not known yet (`lay_out_prefix` stops there)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text
        self.at_ms = 0
        """Where the layout stopped for it (set by the layout)."""


def lay_out(
    title: str,
    segments: Sequence[Segment],
    durations: Callable[[str], int],
    exercises: Sequence[ExerciseSummary],
    circuits: Sequence[CircuitSummary],
    intro_title: str,
) -> Timeline:
    """The timeline of `segments`, one after another from 0; what comes before the first chapter is the
    introduction, a chapter of its own titled `intro_title`."""
    return _lay(title, segments, durations, exercises, circuits, intro_title, partial=False)[0]


def lay_out_prefix(
    title: str,
    segments: Sequence[Segment],
    durations: Callable[[str], int],
    exercises: Sequence[ExerciseSummary],
    circuits: Sequence[CircuitSummary],
    intro_title: str,
) -> tuple[Timeline, str | None]:
    """The part of the timeline that no phrase still unknown can change, and the first such phrase (None: all are
    known and the timeline is whole). `durations` raises NotYet for an unknown phrase.

    Segments are laid out one after another and each depends only on its own phrases and where it starts, so
    the prefix stops at the spoken cue that is not known yet (in a talk segment) or at the start of the timed
    segment that has one; its `total_ms` is that point, and its cues and chapters are those of the whole
    timeline up to there."""
    return _lay(title, segments, durations, exercises, circuits, intro_title, partial=True)


def _lay(
    title: str,
    segments: Sequence[Segment],
    durations: Callable[[str], int],
    exercises: Sequence[ExerciseSummary],
    circuits: Sequence[CircuitSummary],
    intro_title: str,
    partial: bool,
) -> tuple[Timeline, str | None]:
    cues: list[Cue] = []
    spans: list[Span] = []
    chapter_starts: list[tuple[str, int, Place]] = []
    t = 0
    needed: str | None = None
    try:
        t = _segments(segments, durations, cues, spans, chapter_starts)
    except NotYet as unknown:
        if not partial:
            raise
        needed, t = unknown.text, unknown.at_ms
    cues.sort(key=lambda c: c.start_ms)
    spans.sort(key=lambda s: (s.start_ms, s.end_ms))
    if not chapter_starts or chapter_starts[0][1] > 0:
        chapter_starts.insert(0, (intro_title, 0, Place()))
    chapters = _chapters(chapter_starts, t)
    return Timeline(title, tuple(cues), tuple(spans), chapters, tuple(exercises), t, tuple(circuits)), needed


def _segments(segments: Sequence[Segment], durations: Callable[[str], int], cues: list[Cue], spans: list[Span],
              chapter_starts: list[tuple[str, int, Place]]) -> int:
    """Lay out `segments` into the lists; the end time. A NotYet raised leaves the lists as they were before the
    unknown phrase's talk item or timed segment, with the time there as its `at_ms`."""
    t = 0
    for seg in segments:
        if isinstance(seg, Mark):
            chapter_starts.append((seg.chapter, t, seg.place))
        elif isinstance(seg, Talk):
            for item in seg.items:
                try:
                    length = durations(item.text) if item.kind is CueKind.SPEECH else tone_ms(Tone(item.text))
                except NotYet as unknown:
                    unknown.at_ms = t
                    raise
                cues.append(Cue(t, t + length, item.kind, item.text, item.role, item.place or seg.place))
                t += length + item.gap_ms
        else:
            try:
                fitted, line_starts = fit(seg, durations)
            except NotYet as unknown:
                unknown.at_ms = t
                raise
            spans.append(Span(t, t + seg.length_ms, seg.kind, seg.label, seg.place))
            if seg.kind is SpanKind.MANUAL:
                cues.append(Cue(t, t + seg.length_ms, CueKind.WAIT, seg.label, "wait", seg.place))
            for line, mark in seg.marks:
                # a chapter starts where its first line is said (at the segment's start when it leads it)
                later = [at for i, at in sorted(line_starts.items()) if i >= line]
                offset = 0 if line == 0 else (later[0] if later else seg.length_ms)
                chapter_starts.append((mark.chapter, t + offset, mark.place))
            for off, n, kind, text, role, place in fitted:
                cues.append(Cue(t + off, t + off + n, kind, text, role, place or seg.place))
            t += seg.length_ms
    return t


def _chapters(starts: list[tuple[str, int, Place]], total: int) -> tuple[Chapter, ...]:
    """Contiguous chapters to the end; of chapters starting at the same moment only the first is kept."""
    kept: list[tuple[str, int, Place]] = []
    for title, start, place in starts:
        if not kept or start > kept[-1][1]:
            kept.append((title, start, place))
    ends = [start for _, start, _ in kept[1:]] + [total]
    return tuple(Chapter(title, start, end, place) for (title, start, place), end in zip(kept, ends))
