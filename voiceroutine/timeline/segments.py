"""The pieces a timeline is laid out from, and how phrases are fitted into a timed one.

- talk: phrases one after another with pauses between; as long as the voice needs.
- timed: a hold, rest, phase, work interval or manual step of an exact length, with phrases wanted at
  fixed offsets (a countdown, time-left calls) and a script: phrases said one after another from its
  start (the next exercise's announcement inside a rest, the title inside a lead-in). What does not fit
  is said in a shorter wording or left out, least important first; nothing ever lengthens the segment.
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

Placed = tuple[int, int, CueKind, str, str, Place | None]
"""A fitted cue: (offset, length, kind, text, role, place); place None for the segment's own."""


@dataclass(frozen=True, slots=True)
class Say:
    """A talk-segment item: a phrase (or tone) followed by a pause."""

    text: str
    role: str
    gap_ms: int
    kind: CueKind = CueKind.SPEECH
    forms: tuple[str, ...] = ()
    """Shorter wordings, for when the phrase ends up in a timed segment's script."""
    priority: int = 0
    """How readily it is shortened or left out there (0 last)."""
    place: Place | None = None
    """Where it belongs, when it is said inside a timed segment of another place."""


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
class Mark:
    """Start of a chapter."""

    chapter: str
    place: Place = field(default_factory=Place)


@dataclass(slots=True)
class Timed:
    length_ms: int
    kind: SpanKind
    label: str
    place: Place
    wants: list[Want] = field(default_factory=list)
    lead_tone: Tone | None = None
    """A tone at offset 0 (rests, work intervals)."""
    lead_role: str = "rest"
    script: list[Say] = field(default_factory=list)
    """Phrases said one after another from the start (after the lead tone), before any countdown."""
    marks: list[tuple[int, Mark]] = field(default_factory=list)
    """Chapters that start with script line i (i = 0: at the segment's start)."""


Segment = Talk | Timed | Mark


def fit(seg: Timed, durations: Callable[[str], int]) -> tuple[list[Placed], dict[int, int]]:
    """Place a timed segment's lead tone, script and wanted phrases, none overlapping, all inside it.
    Also gives the offset of each script line that was kept, by its index."""
    countdown = sorted(w.at_ms for w in seg.wants if w.countdown)
    dropped_counts = 0
    use_tone = seg.lead_tone is not None and tone_ms(seg.lead_tone) + TONE_CLEARANCE_MS <= seg.length_ms
    script: list[Placed] = []
    line_starts: dict[int, int] = {}
    if seg.script:
        # the script's most important line must fit: give up a countdown number, then the tone, for it
        while True:
            start = tone_ms(seg.lead_tone) + TONE_CLEARANCE_MS if use_tone and seg.lead_tone else 0
            counted = countdown[dropped_counts:]
            end = (counted[0] if counted else seg.length_ms) - SLOT_MARGIN_MS
            fitted = fit_script(seg.script, start, end, durations)
            script = [p for _, p in fitted]
            line_starts = {i: p[0] for i, p in fitted}
            essential = min(line.priority for line in seg.script)
            if any(seg.script[i].priority == essential for i, _ in fitted):
                break
            if dropped_counts < len(countdown):
                dropped_counts += 1
            elif use_tone:
                use_tone = False
            else:
                break
    placed: list[Placed] = []  # (start, end, ...) while fitting
    if use_tone and seg.lead_tone is not None:
        placed.append((0, tone_ms(seg.lead_tone), CueKind.TONE, seg.lead_tone.value, seg.lead_role, None))
    placed.extend((start, start + n, kind, text, role, place) for start, n, kind, text, role, place in script)
    skipped = set(countdown[:dropped_counts])
    wants = [w for w in seg.wants if w.at_ms not in skipped or not w.countdown]
    placed += _fit_wants(seg.length_ms, wants, placed, durations)
    ordered = sorted(placed, key=_start)
    cues = [(start, end - start, kind, text, role, place) for start, end, kind, text, role, place in ordered]
    return cues, line_starts


def _start(placed: Placed) -> int:
    return placed[0]


def fit_script(lines: list[Say], start: int, end: int, durations: Callable[[str], int]) -> list[tuple[int, Placed]]:
    """Lines said one after another in [start, end), each with its index: while they do not fit, the least
    important line (the latest among equals) takes its next shorter wording, or is left out."""
    forms = [tuple(dict.fromkeys((line.text, *line.forms))) for line in lines]
    choice = [0] * len(lines)
    kept = [True] * len(lines)

    def length(i: int) -> int:
        if lines[i].kind is CueKind.TONE:
            return tone_ms(Tone(lines[i].text))
        return durations(forms[i][choice[i]])

    def needed() -> int:
        chosen = [i for i in range(len(lines)) if kept[i]]
        return sum(length(i) for i in chosen) + sum(lines[i].gap_ms for i in chosen[:-1])

    while any(kept) and start + needed() > end:
        worst = max((i for i in range(len(lines)) if kept[i]), key=lambda i: (lines[i].priority, i))
        if choice[worst] + 1 < len(forms[worst]):
            choice[worst] += 1
        else:
            kept[worst] = False
    out: list[tuple[int, Placed]] = []
    t = start
    for i, line in enumerate(lines):
        if kept[i]:
            n = length(i)
            out.append((i, (t, n, line.kind, forms[i][choice[i]], line.role, line.place)))
            t += n + line.gap_ms
    return out


def _fit_wants(length: int, wants: list[Want], already: list[Placed], durations: Callable[[str], int]) -> list[Placed]:
    """Wanted phrases at their offsets, by priority, where they fit among what is already placed."""
    placed = list(already)
    countdown_missed = -1
    for priority in sorted({w.priority for w in wants}):
        group = sorted((w for w in wants if w.priority == priority), key=lambda w: w.at_ms)
        for i, want in enumerate(group):
            if any(start <= want.at_ms < end + _clearance(kind, text) for start, end, kind, text, *_ in placed):
                if want.countdown:
                    countdown_missed = max(countdown_missed, want.at_ms)
                continue
            limit = length
            if i + 1 < len(group):
                limit = min(limit, group[i + 1].at_ms)
            limit = min([limit] + [start for start, *_ in placed if start > want.at_ms]) - SLOT_MARGIN_MS
            for text in want.forms:
                n = durations(text)
                if want.at_ms + n <= limit:
                    placed.append((want.at_ms, want.at_ms + n, CueKind.SPEECH, text, want.role, None))
                    break
            else:
                if want.fallback is not None and want.at_ms + tone_ms(want.fallback) <= limit:
                    end = want.at_ms + tone_ms(want.fallback)
                    placed.append((want.at_ms, end, CueKind.TONE, want.fallback.value, want.role, None))
                elif want.countdown:
                    countdown_missed = max(countdown_missed, want.at_ms)
    countdown_at = {w.at_ms for w in wants if w.countdown}
    return [
        p for p in placed[len(already) :] if not (p[4] == "count" and p[0] in countdown_at and p[0] < countdown_missed)
    ]


def _clearance(kind: CueKind, text: str) -> int:
    """How long after a placed cue the next one may start: a second after a tone (a tick stands in for a word)."""
    return TONE_CLEARANCE_MS if kind is CueKind.TONE and text != Tone.TICK.value else SLOT_MARGIN_MS
