"""The live screen and the step names are in the routine's language too."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from voiceroutine.play.display import LiveDisplay
from voiceroutine.play.player import Paused, Progress
from voiceroutine.routine.loader import load_routine
from voiceroutine.timeline.builder import build_timeline
from voiceroutine.timeline.estimate import estimated_durations
from voiceroutine.timeline.model import SpanKind
from voiceroutine.timeline.options import resolve_pace
from voiceroutine.timeline.phrasebook import ScreenWords, phrasebook_for

ROUTINES = Path(__file__).parent / "routines"


def timeline(language: str):  # type: ignore[no-untyped-def]
    routine = load_routine(str(ROUTINES / f"{language}.yaml"))
    options = resolve_pace(routine=routine)
    return build_timeline(routine, options, estimated_durations(options.speed))


def test_step_names_come_from_the_phrasebook() -> None:
    labels = {span.kind: span.label for span in timeline("de").spans}
    assert labels[SpanKind.HOLD] == "Halten" and labels[SpanKind.REST] == "Pause"
    assert labels[SpanKind.SWITCH] == "Seite wechseln" and labels[SpanKind.WORK] == "Belastung"
    assert {span.label for span in timeline("fr").spans if span.kind is SpanKind.REST} == {"Repos"}
    assert ScreenWords() == phrasebook_for("en").screen_words()  # English as it was


def test_the_german_live_screen() -> None:
    line = timeline("de")
    words = phrasebook_for("de").screen_words()
    display = LiveDisplay(line, Console(file=io.StringIO(), width=100), words.keys, words)
    hold = next(s for s in line.spans if s.kind is SpanKind.HOLD and s.place.rep == 2)
    display.show(Progress(hold.start_ms + 500))
    out = io.StringIO()
    Console(file=out, width=100).print(display.render())
    text = out.getvalue()
    assert "Übung 1 von 10" in text and "Satz 1 von 2 · Wiederholung 2 von 8" in text and "HALTEN" in text
    assert "Als Nächstes: Ein Schritt" in text and "noch " in text and "Leertaste Pause" in text
    side = next(s for s in line.spans if s.place.side == "left")
    display.show(Progress(side.start_ms + 100))
    out = io.StringIO()
    Console(file=out, width=100).print(display.render())
    assert "Linke Seite" in out.getvalue()
    display.show(Paused(side.start_ms + 200))
    out = io.StringIO()
    Console(file=out, width=100).print(display.render())
    assert "Pause · Leertaste zum Weitermachen" in out.getvalue()
    assert "Exercise" not in out.getvalue() and "Next" not in out.getvalue()
