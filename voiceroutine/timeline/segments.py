"""The pieces a timeline is laid out from, and how phrases are fitted into a timed one.

- talk: phrases one after another with pauses between; as long as the voice needs.
- timed: a hold, rest, phase, flow or manual step of an exact length, with phrases wanted at fixed offsets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from voiceroutine.audio.tones import tone_ms
from voiceroutine.timeline.model import CueKind, Place, SpanKind, Tone

SLOT_MARGIN_MS = 80
"""A phrase inside a timed slot must end this long before the next one starts."""
TONE_CLEARANCE_MS = 1200
"""Silence between a tone's end and the next words, so tone and words are heard as two signals."""


@dataclass(frozen=True, slots=True)
class Say:
    """A talk-segment item: a phrase (or tone) followed by a pause."""

    text: str
    role: str
    gap_ms: int
    kind: CueKind = CueKind.SPEECH


@dataclass(frozen=True, slots=True)
class Want:
    """A phrase wanted at a fixed offset inside a timed segment."""

    at_ms: int
    forms: tuple[str, ...]
    role: str
    priority: int
    """0 is placed first; lower-priority phrases only go where they still fit."""
    fallback: Tone | None = None
    """Tone to use when no wording fits."""
    countdown: bool = False
    """Part of a final countdown: only an unbroken run up to the end is kept ("2, 1", never "3, _, 1")."""


@dataclass(slots=True)
class Talk:
    items: list[Say]
    place: Place


@dataclass(slots=True)
class Timed:
    length_ms: int
    kind: SpanKind
    label: str
    place: Place
    wants: list[Want] = field(default_factory=list)
    lead_tone: Tone | None = None
    """A tone at offset 0 (rests)."""
    inner: list[tuple[int, int, SpanKind, str, Place]] = field(default_factory=list)
    """Spans inside this one (offset, length, kind, label, place): the phases of a flow."""


@dataclass(slots=True)
class Mark:
    """Start of a chapter (an exercise), or the end of an exercise's own span."""

    chapter: str | None = None
    exercise_end: bool = False
    place: Place = field(default_factory=Place)


Segment = Talk | Timed | Mark


def fit(seg: Timed, durations: Callable[[str], int]) -> list[tuple[int, int, CueKind, str, str]]:
    """Place a timed segment's wanted phrases: (offset, length, kind, text, role), none overlapping."""
    placed: list[tuple[int, int, CueKind, str, str]] = []
    if seg.lead_tone is not None and tone_ms(seg.lead_tone) + TONE_CLEARANCE_MS <= seg.length_ms:
        placed.append((0, tone_ms(seg.lead_tone), CueKind.TONE, seg.lead_tone.value, "rest"))
    countdown_missed = -1
    for priority in sorted({w.priority for w in seg.wants}):
        group = sorted((w for w in seg.wants if w.priority == priority), key=lambda w: w.at_ms)
        for i, want in enumerate(group):
            if any(start <= want.at_ms < end + _clearance(kind, text) for start, end, kind, text, _ in placed):
                if want.countdown:
                    countdown_missed = max(countdown_missed, want.at_ms)
                continue
            limit = seg.length_ms
            if i + 1 < len(group):
                limit = min(limit, group[i + 1].at_ms)
            limit = min([limit] + [start for start, *_ in placed if start > want.at_ms]) - SLOT_MARGIN_MS
            for text in want.forms:
                length = durations(text)
                if want.at_ms + length <= limit:
                    placed.append((want.at_ms, want.at_ms + length, CueKind.SPEECH, text, want.role))
                    break
            else:
                if want.fallback is not None and want.at_ms + tone_ms(want.fallback) <= limit:
                    end = want.at_ms + tone_ms(want.fallback)
                    placed.append((want.at_ms, end, CueKind.TONE, want.fallback.value, want.role))
                elif want.countdown:
                    countdown_missed = max(countdown_missed, want.at_ms)
    countdown_at = {w.at_ms for w in seg.wants if w.countdown}
    return [
        (start, end - start, kind, text, role)
        for start, end, kind, text, role in sorted(placed)
        if not (role == "count" and start in countdown_at and start < countdown_missed)
    ]


def _clearance(kind: CueKind, text: str) -> int:
    """How long after a placed cue the next one may start: a second after a tone (a tick stands in for a word)."""
    return TONE_CLEARANCE_MS if kind is CueKind.TONE and text != Tone.TICK.value else SLOT_MARGIN_MS
