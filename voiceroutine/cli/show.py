"""`voiceroutine show`: the timeline as a table (or JSON), with chapters and the total length."""

from __future__ import annotations

from typing import Annotated

import typer

from voiceroutine.cli.common import user_errors
from voiceroutine.cli.options import (
    CacheDirOption,
    EngineOption,
    LanguageOption,
    QuietOption,
    VoiceOption,
    language_tag,
)
from voiceroutine.cli.output import echo_json
from voiceroutine.cli.pace import (
    Countdown,
    InstructionsOpt,
    LevelOpt,
    Pauses,
    Rest,
    RoutineArg,
    Speed,
    WeekOpt,
    pace_overrides,
    personal,
)
from voiceroutine.controls import visible
from voiceroutine.routine.units import position_clock
from voiceroutine.timeline.model import CueKind, Timeline


def _plain(text: str) -> str:
    """A routine's text for a rich table: control characters shown as escapes, [brackets] not taken as markup."""
    from rich.markup import escape

    return escape(visible(text))


def _print_table(timeline: Timeline, lengths: str, learned: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=_plain(timeline.title), show_lines=False, expand=False)
    table.add_column("time", justify="right", no_wrap=True)
    table.add_column("exercise", no_wrap=True)
    table.add_column("cue")
    for cue in timeline.cues:
        if cue.kind is CueKind.SPEECH:
            text = _plain(cue.text)
        elif cue.kind is CueKind.TONE:
            text = f"[dim]({_plain(cue.text)} tone)[/dim]"
        else:
            pause = f"{cue.duration_ms / 1000:g} s in an export"
            text = f"[bold]{_plain(cue.text)}[/bold] [dim](waits until you are ready; {pause})[/dim]"
        table.add_row(position_clock(cue.start_ms), _plain(cue.place.exercise or ""), text)
    console.print(table)
    chapters = Table(title="Chapters")
    chapters.add_column("#", justify="right")
    chapters.add_column("start", justify="right")
    chapters.add_column("title")
    for i, chapter in enumerate(timeline.chapters, 1):
        chapters.add_row(str(i), position_clock(chapter.start_ms), _plain(chapter.title))
    console.print(chapters)
    console.print(f"Total length: [bold]{position_clock(timeline.total_ms)}[/bold] ({len(timeline.cues)} cues)")
    console.print(f"[dim]Speech lengths: {lengths}[/dim]")
    for line in learned:
        console.print(f"[dim]{_plain(line)}[/dim]")


def show(
    routine: RoutineArg = None,
    speed: Speed = None,
    pauses: Pauses = None,
    rest: Rest = None,
    countdown: Countdown = None,
    level: LevelOpt = None,
    engine: EngineOption = None,
    voice: VoiceOption = None,
    cache_dir: CacheDirOption = None,
    language: LanguageOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the timeline as JSON instead of a table.")] = False,
    instructions: InstructionsOpt = None,
    week: WeekOpt = None,
    quiet: QuietOption = False,
) -> None:
    """Show a routine's cue timeline: every cue with its time, the chapters and the total length.

    Speech lengths are estimated unless --engine or --voice is given: then every phrase is rendered
    (or taken from the cache) and the times are the ones play and export use. Either way holds, rests,
    phases and intervals keep their exact seconds; the output says which lengths it used.
    """
    from voiceroutine.cli.learned import learned_lines, learned_to_dict
    from voiceroutine.timeline.serialize import timeline_to_dict

    with user_errors():
        pace = pace_overrides(speed, pauses, rest, countdown, level)
        tag = language_tag(language)
        choices = personal(instructions, week)
        if engine is None and voice is None:
            from voiceroutine.pipeline import plan_timeline

            planned = plan_timeline(routine, pace, tag, choices)
            timeline, spoken_in, learned = planned.timeline, planned.language, planned.learned
            speech: dict[str, str | None] = {"lengths": "estimated", "engine": None}
        else:
            from voiceroutine.cli.progress import progress_bar
            from voiceroutine.pipeline import prepare

            with progress_bar(quiet) as progress:  # rendering every phrase may take a while (Piper, cold cache)
                prepared = prepare(routine, pace, engine, voice, cache_dir, progress=progress, language=tag,
                                   personal=choices)
            timeline, spoken_in, learned = prepared.timeline, prepared.language, prepared.learned
            speech = {"lengths": "rendered", "engine": prepared.engine_name}
            if prepared.voice_note:
                typer.echo(f"voiceroutine: note: {prepared.voice_note}", err=True)
        if as_json:
            from voiceroutine.speech.text import with_spoken

            data = {**timeline_to_dict(timeline), "language": spoken_in, "speech": speech}
            data["cues"] = with_spoken(data["cues"], spoken_in)
            echo_json({**data, **learned_to_dict(learned)})
        else:
            words = "estimated (use --engine or --voice for the rendered ones)"
            if speech["engine"] is not None:
                words = f"rendered by the {speech['engine']} engine"
            _print_table(timeline, words, learned_lines(learned))


def register(app: typer.Typer) -> None:
    """Add `show` to `app`."""
    app.command()(show)
