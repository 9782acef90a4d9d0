"""Options shared by several commands (say, show, play, export), declared once so they read the same everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

EngineOption = Annotated[
    str | None,
    typer.Option(
        "--engine",
        "-e",
        help="Speech engine: piper (natural), system (pyttsx3), espeak, or auto (piper if a voice is installed).",
        show_default=False,
    ),
]
VoiceOption = Annotated[
    str | None,
    typer.Option(
        "--voice",
        help="Voice of the engine: a Piper .onnx file, or a name from `voiceroutine voices`.",
        show_default=False,
    ),
]
SpeedOption = Annotated[
    float | None,
    typer.Option("--speed", help="Speech rate, 0.5 to 2.0 (1.0 is the voice's own pace).", show_default=False),
]
CacheDirOption = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir",
        help="Folder of rendered speech (default: $VOICEROUTINE_CACHE_DIR, else your user cache folder).",
        show_default=False,
        file_okay=False,
    ),
]
QuietOption = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="No progress bar and no summary; errors and warnings still go to stderr."),
]
JsonSummaryOption = Annotated[
    bool,
    typer.Option("--json", help="Print a summary of what was written as JSON on stdout (the file stays the result)."),
]
LanguageOption = Annotated[
    str | None,
    typer.Option(
        "--language",
        "-l",
        help="Language to speak, a BCP 47 tag (en, de, fr, es, de-AT...): beats the routine's `language:` and the "
        "config's.",
        show_default=False,
    ),
]


def language_tag(value: str | None) -> str | None:
    """--language checked and normalised ("de_at" -> "de-AT"); bad usage when it is no language tag."""
    from voiceroutine.errors import OptionError
    from voiceroutine.language import EXAMPLE, parse_tag

    if value is None:
        return None
    tag = parse_tag(value)
    if tag is None:
        raise OptionError(f"--language: found {value!r}, expected {EXAMPLE}")
    return tag
