"""`voiceroutine play`: guide the person through a routine live, through the sound card."""

from __future__ import annotations

from typing import Annotated

import typer

from voiceroutine.cli.common import user_errors
from voiceroutine.cli.options import CacheDirOption, EngineOption, LanguageOption, VoiceOption, language_tag
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
from voiceroutine.play.backends import BACKENDS, DEFAULT_BACKENDS_TEXT

AudioBackend = Annotated[
    str | None,
    typer.Option(
        "--audio-backend",
        help=f"How sound reaches the device: {' or '.join(BACKENDS)} (default: the config's audio_backend, else "
        f"{DEFAULT_BACKENDS_TEXT}).",
        show_default=False,
    ),
]
Quiet = Annotated[
    bool, typer.Option("--quiet", "-q", help="One plain line per cue instead of the full-screen view; no progress bar.")
]
Loudness = Annotated[
    str,
    typer.Option("--loudness", metavar="podcast|loud|LUFS",
                 help="How loud, as `export --loudness`: podcast (-19 LUFS for the one channel played; the "
                      "default export's very track), loud (-17), or a number of LUFS from -24 to -10."),
]
NoLog = Annotated[
    bool, typer.Option("--no-log", help="Do not record this session in your session log (see `voiceroutine history`).")
]


def play(
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
    audio_backend: AudioBackend = None,
    quiet: Quiet = False,
    no_log: NoLog = False,
    instructions: InstructionsOpt = None,
    week: WeekOpt = None,
    loudness: Loudness = "podcast",
) -> None:
    """Play a routine live: the voice guides you, the screen counts down.

    Keys: space pauses and resumes, n or → skips to the next exercise, q quits.

    p or ← restarts the exercise (twice: the one before); Enter goes on after a manual step.

    The session is recorded in your session log (`voiceroutine history`), and with a keyboard you are asked how
    hard it was and whether it hurt (Enter skips).
    """
    from voiceroutine.config import load_user_config
    from voiceroutine.export.targets import loudness_target
    from voiceroutine.play.session import play_routine

    with user_errors():
        target = loudness_target(loudness, 1)
        config = load_user_config()
        backend = audio_backend or config.audio_backend
        pace = pace_overrides(speed, pauses, rest, countdown, level)
        record = config.record_sessions and not no_log
        tag = language_tag(language)
        with progress_bar(quiet) as progress:
            play_routine(routine, pace, engine, voice, cache_dir, backend, quiet, progress, record, tag,
                         personal(instructions, week), target.track_lufs)


def register(app: typer.Typer) -> None:
    """Add `play` to `app`."""
    app.command()(play)
