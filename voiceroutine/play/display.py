"""What the person sees while the routine plays: a large, calm screen in a terminal, or one plain line per cue."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from voiceroutine.controls import visible
from voiceroutine.play.player import (
    Behind,
    CueStarted,
    Finished,
    Grew,
    Jumped,
    Paused,
    PlayerEvent,
    Progress,
    Resumed,
    Waiting,
    chapter_index,
)
from voiceroutine.routine.units import position_clock
from voiceroutine.timeline.model import Cue, CueKind, Place, Span, SpanKind, Timeline
from voiceroutine.timeline.phrasebook import ScreenWords

ENGLISH = ScreenWords()
"""The screen's words when no phrasebook gave others."""

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.live import Live

COUNTED = tuple(kind for kind in SpanKind if kind is not SpanKind.MANUAL)
"""Spans that get a countdown on screen (a manual step waits for the person instead)."""

_FONT = {
    "0": ("███", "█ █", "█ █", "█ █", "███"),
    "1": (" █ ", "██ ", " █ ", " █ ", "███"),
    "2": ("███", "  █", "███", "█  ", "███"),
    "3": ("███", "  █", " ██", "  █", "███"),
    "4": ("█ █", "█ █", "███", "  █", "  █"),
    "5": ("███", "█  ", "███", "  █", "███"),
    "6": ("███", "█  ", "███", "█ █", "███"),
    "7": ("███", "  █", "  █", "  █", "  █"),
    "8": ("███", "█ █", "███", "█ █", "███"),
    "9": ("███", "█ █", "███", "  █", "███"),
    ":": ("   ", " █ ", "   ", " █ ", "   "),
}


def big_text(text: str) -> str:
    """`text` (digits and colons) five lines tall, each block doubled in width so it reads from across a room."""
    rows = []
    for row in range(5):
        rows.append(" ".join(_FONT[ch][row].replace("█", "██").replace(" ", "  ") for ch in text))
    return "\n".join(rows)


def seconds_text(seconds: int) -> str:
    """A countdown: plain seconds under a minute, else m:ss."""
    return str(seconds) if seconds < 60 else f"{seconds // 60}:{seconds % 60:02d}"


@dataclass(frozen=True, slots=True)
class Screen:
    """What the terminal shows at one moment of the routine."""

    exercise: str
    """The chapter playing (an exercise, or the intro)."""
    counter: str
    """"Exercise 2 of 5", or empty outside exercises."""
    step: str
    """The current hold, rest or phase ("Hold", "Rest"), or empty."""
    countdown_s: int | None
    """Whole seconds left in that step, rounded up."""
    detail: str
    """Set, rep and side, such as "Set 1 of 2 · Rep 3 of 5 · Left side"."""
    said: str
    """The last thing spoken."""
    next_up: str
    left_ms: int
    """Time left in the routine (without pauses)."""


def current_span(timeline: Timeline, ms: int) -> Span | None:
    """The innermost hold, rest or phase playing at `ms`."""
    inside = [s for s in timeline.spans if s.kind in COUNTED and s.start_ms <= ms < s.end_ms]
    return max(inside, key=lambda s: s.start_ms) if inside else None


def describe_place(timeline: Timeline, place: Place, words: ScreenWords = ENGLISH) -> str:
    """ "Round 2 of 4 · Set 1 of 2 · Rep 3 of 5 · Left side", with what applies."""
    summary = timeline.exercises[place.exercise_index] if place.exercise_index is not None else None
    parts = []
    if place.round is not None and place.circuit_index is not None:
        rounds = timeline.circuits[place.circuit_index].rounds
        if rounds > 1:
            parts.append(words.round.format(round=place.round, rounds=rounds))
    if place.set is not None and summary is not None and summary.sets > 1:
        parts.append(words.set.format(set=place.set, sets=summary.sets))
    if place.rep is not None:
        parts.append(
            words.rep.format(rep=place.rep, reps=summary.reps) if summary is not None and summary.reps
            else words.rep_alone.format(rep=place.rep)
        )
    if place.side:
        parts.append(words.side_name(place.side))
    return " · ".join(parts)


def screen_at(timeline: Timeline, ms: int, last_cue: Cue | None, words: ScreenWords = ENGLISH) -> Screen:
    chapters = timeline.chapters
    index = chapter_index(timeline, ms)
    chapter = chapters[index] if chapters else None
    span = current_span(timeline, ms)
    place = span.place if span is not None else (last_cue.place if last_cue is not None else Place())
    chapter_exercise = (chapter.place.exercise or chapter.title) if chapter is not None else None
    if chapter is not None and place.exercise is not None and place.exercise != chapter_exercise:
        # a rest, or a cue, of the exercise before: show the chapter's own exercise and round
        place = chapter.place
    counter = ""
    if place.exercise_index is not None:
        counter = words.exercise.format(number=place.exercise_index + 1, total=len(timeline.exercises))
    said = last_cue.text if last_cue is not None and last_cue.kind is CueKind.SPEECH else ""
    return Screen(
        exercise=chapter.title if chapter is not None else timeline.title,
        counter=counter,
        step=span.label if span is not None else "",
        countdown_s=-(-(span.end_ms - ms) // 1000) if span is not None else None,
        detail=describe_place(timeline, place, words),
        said=said,
        next_up=chapters[index + 1].title if index + 1 < len(chapters) else words.finish,
        left_ms=max(0, timeline.total_ms - ms),
    )


class PlainDisplay:
    """One plain line per cue, for a pipe or --quiet: "00:12.500  Chin tuck  Hold 5 seconds"."""

    def __init__(self, timeline: Timeline, out: TextIO, words: ScreenWords = ENGLISH) -> None:
        self.timeline = timeline
        self.out = out
        self.words = words
        """The status lines' words (`plain_*`), in the routine's language."""

    def _line(self, ms: int, name: str, text: str) -> None:
        name, text = visible(name), visible(text)
        self.out.write(f"{position_clock(ms)}  {name}  {text}\n" if name else f"{position_clock(ms)}  {text}\n")
        self.out.flush()

    def _name(self, ms: int, cue: Cue | None = None) -> str:
        if cue is not None and cue.place.exercise:
            return cue.place.exercise
        return self.timeline.chapters[chapter_index(self.timeline, ms)].title if self.timeline.chapters else ""

    def show(self, event: PlayerEvent) -> None:
        words = self.words
        if isinstance(event, CueStarted):
            cue = event.cue
            text = {CueKind.SPEECH: cue.text, CueKind.TONE: words.plain_tone.format(tone=cue.text),
                    CueKind.WAIT: f"[{cue.text}]"}
            self._line(cue.start_ms, self._name(cue.start_ms, cue), text[cue.kind])
        elif isinstance(event, Waiting):
            self._line(event.cue.start_ms, self._name(event.cue.start_ms, event.cue), words.plain_waiting)
        elif isinstance(event, Paused):
            self._line(event.position_ms, "", words.plain_paused)
        elif isinstance(event, Resumed):
            self._line(event.position_ms, "", words.plain_resumed)
        elif isinstance(event, Jumped):
            self._line(event.to_ms, self._name(event.to_ms), words.plain_skipped)
        elif isinstance(event, Finished):
            self._line(event.position_ms, "", words.plain_stopped if event.quit else words.plain_finished)
        elif isinstance(event, Behind):
            self._line(event.position_ms, "", words.plain_behind)
        elif isinstance(event, Grew):
            self.timeline = event.timeline


KEYS_HELP = ENGLISH.keys
REDRAW_MS = 250
"""How often the countdown is redrawn while nothing else happens."""


class LiveDisplay:
    """The full-screen view: exercise, step, a big countdown, set/rep/side, time left, what comes next."""

    def __init__(self, timeline: Timeline, console: Console | None = None, keys_help: str = KEYS_HELP,
                 words: ScreenWords = ENGLISH) -> None:
        from rich.console import Console

        self.timeline = timeline
        self.words = words
        """The screen's own words, in the routine's language."""
        self.console = console or Console()
        self.keys_help = keys_help
        self.position_ms = 0
        self.last_cue: Cue | None = None
        self.status = ""
        self._live: Live | None = None
        self._drawn_at_ms = -REDRAW_MS

    def __enter__(self) -> LiveDisplay:
        from rich.live import Live

        # drawn only from show(), between the player's waits: no drawing thread competes with the player's timing
        self._live = Live(self.render(), console=self.console, auto_refresh=False, transient=False)
        self._live.__enter__()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._live is not None:
            self._live.__exit__(kind, error, tb)
            self._live = None

    def show(self, event: PlayerEvent) -> None:
        urgent = True
        if isinstance(event, Progress):
            self.position_ms = event.position_ms
            urgent = bool(self.status)
            self.status = ""  # the track plays again: paused, get ready or waiting are over
        elif isinstance(event, CueStarted):
            self.position_ms = event.cue.start_ms
            if event.cue.kind is not CueKind.TONE:
                self.last_cue = event.cue
            self.status = ""
        elif isinstance(event, Paused):
            self.status = self.words.paused
        elif isinstance(event, Resumed):
            self.status = self.words.get_ready
        elif isinstance(event, Waiting):
            self.status = self.words.press_enter
        elif isinstance(event, Jumped):
            self.position_ms = event.to_ms
            self.last_cue = None
            self.status = ""
        elif isinstance(event, Finished):
            self.position_ms = event.position_ms
            self.status = self.words.stopped if event.quit else self.words.finished
        elif isinstance(event, Behind):
            self.status = self.words.behind
        elif isinstance(event, Grew):
            self.timeline = event.timeline
            urgent = False
        if self._live is not None and (urgent or self.position_ms - self._drawn_at_ms >= REDRAW_MS):
            self._live.update(self.render(), refresh=True)
            self._drawn_at_ms = self.position_ms

    def render(self) -> RenderableType:
        from rich.align import Align
        from rich.console import Group
        from rich.panel import Panel
        from rich.text import Text

        screen = screen_at(self.timeline, self.position_ms, self.last_cue, self.words)
        screen = dataclasses.replace(screen, exercise=visible(screen.exercise), detail=visible(screen.detail),
                                     said=visible(screen.said), next_up=visible(screen.next_up))
        head = Text(screen.exercise, style="bold")
        if screen.counter:
            head.append(f"   {screen.counter}", style="dim")
        # every state fills the same rows, so the screen never jumps around
        parts: list[RenderableType] = [head, Text(screen.detail), Text("")]
        if screen.countdown_s is not None:
            parts.append(Align.center(Text(screen.step.upper(), style="bold cyan")))
            parts.append(Align.center(Text(big_text(seconds_text(screen.countdown_s)), style="cyan")))
        else:
            parts.append(Text("\n" * 5))
        parts.append(Align.center(Text(screen.said, style="italic")))
        parts.append(Align.center(Text(self.status or " ", style="bold yellow")))
        minutes, seconds = divmod(-(-screen.left_ms // 1000), 60)
        foot = Text(self.words.next.format(next=screen.next_up), style="dim")
        foot.append("   ·   " + self.words.left.format(time=f"{minutes}:{seconds:02d}"), style="dim")
        parts.append(foot)
        return Panel(Group(*parts), title=self.timeline.title, subtitle=self.keys_help, padding=(1, 4))
