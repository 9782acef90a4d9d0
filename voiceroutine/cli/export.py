"""`voiceroutine export`: the routine as one audio file with chapters, tags and captions."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from voiceroutine.cli.common import user_errors
from voiceroutine.cli.leaving import leave_at_once
from voiceroutine.cli.options import (
    CacheDirOption,
    EngineOption,
    JsonSummaryOption,
    LanguageOption,
    QuietOption,
    VoiceOption,
    language_tag,
)
from voiceroutine.cli.output import echo_json, is_standard_output, status
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
from voiceroutine.cli.progress import progress_bar
from voiceroutine.routine.model import Routine

if TYPE_CHECKING:
    from voiceroutine.export.chapters import Tags
    from voiceroutine.pipeline import Prepared


def export(
    routine: RoutineArg = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="FILE", show_default=False,
                     help="Where to write (default: <routine-name>.mp3 in the current folder)."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", metavar="mp3|m4b|wav|ogg", show_default=False,
                     help="Audio format (default: from the file's extension, else mp3)."),
    ] = None,
    split: Annotated[
        bool, typer.Option("--split", help="Also write one file per exercise and an M3U playlist.")
    ] = False,
    page: Annotated[
        bool, typer.Option("--page", help="Also write a follow-along page (.html) to open beside the audio: the cue, "
                                          "the countdown, the chapters to jump to.")
    ] = False,
    lead_in: Annotated[
        float,
        typer.Option("--lead-in", min=0, max=30, metavar="SECONDS",
                     help="Silence first, for speakers that swallow the start; captions and chapters move too."),
    ] = 0.0,
    music: Annotated[
        Path | None,
        typer.Option("--music", metavar="FILE", show_default=False,
                     help="Background music, looped or trimmed, lowered under the voice, faded out at the end."),
    ] = None,
    loudness: Annotated[
        str,
        typer.Option("--loudness", metavar="podcast|loud|LUFS",
                     help="How loud: podcast (-16 LUFS stereo, -19 mono: as loud as the podcasts beside it), "
                          "loud (-14 stereo, -17 mono, for a gym), or a number of LUFS from -24 to -10. "
                          "The true peak always stays at or below -1 dBTP."),
    ] = "podcast",
    channels: Annotated[
        int,
        typer.Option("--channels", metavar="1|2", help="1 for mono (smaller, as speech needs), 2 for stereo."),
    ] = 1,
    speed: Speed = None,
    pauses: Pauses = None,
    rest: Rest = None,
    countdown: Countdown = None,
    level: LevelOpt = None,
    engine: EngineOption = None,
    voice: VoiceOption = None,
    cache_dir: CacheDirOption = None,
    language: LanguageOption = None,
    quiet: QuietOption = False,
    as_json: JsonSummaryOption = False,
    instructions: InstructionsOpt = None,
    week: WeekOpt = None,
) -> None:
    """Write the routine as an MP3 (or M4B, WAV, Ogg Opus) with chapters, tags and captions (.vtt, .lrc)."""
    with user_errors():
        from voiceroutine.errors import EXIT_USAGE, AudioError, OptionError
        from voiceroutine.export.encode import Ffmpeg, Format, output_format
        from voiceroutine.export.files import check_name
        from voiceroutine.export.targets import loudness_target
        from voiceroutine.memory import one_malloc_arena
        from voiceroutine.pipeline import preparing

        # bad usage and a missing ffmpeg are found before rendering: no reason to wait for them
        target = loudness_target(loudness, channels)
        tag = language_tag(language)
        if is_standard_output(output):
            raise OptionError("-o -: an export cannot go to standard output: it writes the audio and its "
                              "captions and chapters as files side by side; give a file or folder name")
        if output is not None:
            check_name(output)
        if output is not None and not output.is_dir():
            output_format(output, fmt)
        elif fmt is not None:
            Format.parse(fmt)
        if music is not None and not music.is_file():
            raise AudioError(f"music file not found: {music}", exit_code=EXIT_USAGE)
        Ffmpeg().program()  # none: one line with the command that installs it
        one_malloc_arena()  # before any thread: the voice, the mixer and the encoder's feeder share one

        with progress_bar(quiet) as progress:
            started = preparing(routine, pace_overrides(speed, pauses, rest, countdown, level), engine, voice,
                                cache_dir, language=tag, personal=personal(instructions, week), warm=True)
            # only now the rest of the export (the exporter, the mixer, the cover, the page: 0.1 s of imports),
            # beside the voice, which `warm` started loading: the first phrase, and all after it, wait for the voice
            from voiceroutine.export.while_rendering import export_started
            from voiceroutine.routine.units import clock

            default_name = f"{routine_file_name(started.routine)}.{fmt or 'mp3'}"
            out = Path.cwd() / default_name if output is None else output / default_name if output.is_dir() else output
            # a first export encodes while the speech is rendered: the tags follow, from the whole timeline
            prepared, result = export_started(started, out, exported_tags, fmt=fmt, lead_in_ms=round(lead_in * 1000),
                                              music=music, split=split, target=target, page=page, progress=progress)
        if prepared.voice_note:
            typer.echo(f"voiceroutine: note: {prepared.voice_note}", err=True)
        if as_json:
            echo_json({"audio": str(result.audio), "files": [str(p) for p in result.files],
                       "duration_ms": result.duration_ms, "chapters": result.chapters,
                       "loudness_lufs": round(result.loudness_lufs, 2),
                       "true_peak_dbtp": round(result.true_peak_dbtp, 2), "engine": prepared.engine_name,
                       "channels": target.channels, "encodes": result.encodes})
        status(f"Wrote {result.audio} ({prepared.engine_name} voice): {clock(result.duration_ms)}, "
               f"{result.chapters} chapters, {target.describe()}, "
               f"true peak {result.true_peak_dbtp:.1f} dBTP in the file", quiet)
        others = [p for p in result.files if p != result.audio]
        if others:
            status("Also: " + ", ".join(str(p) for p in others[:4]) + (" ..." if len(others) > 4 else ""), quiet)
        leave_at_once()  # every file is written: no interpreter teardown after it (cli/leaving.py)


def exported_tags(prepared: Prepared) -> Tags:
    """The export's tags: title, summary and language (`default_tags`), the routine for `done FILE`, and the
    voice's licence in the comment."""
    from voiceroutine.export.exporter import default_tags

    tags = default_tags(prepared.timeline, prepared.options.level.value, prepared.options.speed,
                        language=prepared.language, phrases=prepared.phrases)
    tags = dataclasses.replace(tags, routine=exported_routine_tag(prepared))  # for `done FILE`
    if prepared.voice_licence:  # voices differ in what they allow: the file says which one spoke
        comment = "; ".join(filter(None, (tags.comment, prepared.voice_licence)))
        tags = dataclasses.replace(tags, comment=comment)
    return tags


def exported_routine_tag(prepared: Prepared) -> str:
    """The tag naming the routine, its pace, step and instructions, which `voiceroutine done FILE` reads back."""
    from voiceroutine.progression import rule
    from voiceroutine.sessions.exported import routine_tag

    learned = prepared.learned
    standing = learned.standing if learned else None
    return routine_tag(prepared.routine, prepared.options, prepared.timeline, standing.week if standing else None,
                       learned.fading.heard if learned else None, rule(standing), prepared.language)


def routine_file_name(routine: Routine) -> str:
    """The routine's name for a file: the built-in name, the YAML file's stem, or its title."""
    from voiceroutine.export.split import safe_name

    if routine.source.startswith("builtin:"):
        return safe_name(routine.source.removeprefix("builtin:"), "routine")
    if routine.source.endswith((".yaml", ".yml")):
        return safe_name(Path(routine.source).stem, "routine")
    return safe_name(routine.title, "routine")


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
    app.command("export")(export)
