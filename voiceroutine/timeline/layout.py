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
    cues: list[Cue] = []
    spans: list[Span] = []
    chapter_starts: list[tuple[str, int, Place]] = []
    t = 0
    for seg in segments:
        if isinstance(seg, Mark):
            chapter_starts.append((seg.chapter, t, seg.place))
        elif isinstance(seg, Talk):
            for item in seg.items:
                length = durations(item.text) if item.kind is CueKind.SPEECH else tone_ms(Tone(item.text))
                cues.append(Cue(t, t + length, item.kind, item.text, item.role, item.place or seg.place))
                t += length + item.gap_ms
        else:
            spans.append(Span(t, t + seg.length_ms, seg.kind, seg.label, seg.place))
            if seg.kind is SpanKind.MANUAL:
                cues.append(Cue(t, t + seg.length_ms, CueKind.WAIT, seg.label, "wait", seg.place))
            fitted, line_starts = fit(seg, durations)
            for line, mark in seg.marks:
                # a chapter starts where its first line is said (at the segment's start when it leads it)
                later = [at for i, at in sorted(line_starts.items()) if i >= line]
                offset = 0 if line == 0 else (later[0] if later else seg.length_ms)
                chapter_starts.append((mark.chapter, t + offset, mark.place))
            for off, n, kind, text, role, place in fitted:
                cues.append(Cue(t + off, t + off + n, kind, text, role, place or seg.place))
            t += seg.length_ms
    cues.sort(key=lambda c: c.start_ms)
    spans.sort(key=lambda s: (s.start_ms, s.end_ms))
    if not chapter_starts or chapter_starts[0][1] > 0:
        chapter_starts.insert(0, (intro_title, 0, Place()))
    chapters = _chapters(chapter_starts, t)
    return Timeline(title, tuple(cues), tuple(spans), chapters, tuple(exercises), t, tuple(circuits))


def _chapters(starts: list[tuple[str, int, Place]], total: int) -> tuple[Chapter, ...]:
    """Contiguous chapters to the end; of chapters starting at the same moment only the first is kept."""
    kept: list[tuple[str, int, Place]] = []
    for title, start, place in starts:
        if not kept or start > kept[-1][1]:
            kept.append((title, start, place))
    ends = [start for _, start, _ in kept[1:]] + [total]
    return tuple(Chapter(title, start, end, place) for (title, start, place), end in zip(kept, ends))
