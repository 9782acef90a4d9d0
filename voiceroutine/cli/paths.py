"""`voiceroutine paths`: where the config file, the cache, the data folder and the voices are on this computer."""

from __future__ import annotations

from typing import Annotated

import typer

from voiceroutine.cli.common import say, user_errors
from voiceroutine.cli.output import echo_json
from voiceroutine.paths import Location


def paths(
    as_json: Annotated[bool, typer.Option("--json", help="Print the paths as a JSON object instead.")] = False,
) -> None:
    """Print where voiceroutine keeps things: the config file, the speech cache, the data folder, the voices and
    your session log, and which ffmpeg and espeak-ng it runs.

    Each line says what put the path there: an environment variable, the config file or the platform's default.
    A broken config file is reported on standard error; the paths are printed anyway.
    """
    with user_errors():
        from voiceroutine.config import load_user_config
        from voiceroutine.errors import ConfigError
        from voiceroutine.paths import cache_dir, config_file, data_dir, phrases_dir, session_log, voices_dir
        from voiceroutine.programs import ESPEAK, FFMPEG, find_program

        problem = ""
        configured = configured_log = None
        try:
            config = load_user_config()
            configured, configured_log = config.cache_dir, config.session_log
            programs = [find_program(spec, configured=getattr(config, spec.config_key) or "")
                        for spec in (FFMPEG, ESPEAK)]
        except ConfigError as e:  # this is the command that tells a person where that file is
            problem = str(e)
            programs = [find_program(spec, configured="") for spec in (FFMPEG, ESPEAK)]
        rows: dict[str, tuple[str, Location]] = {
            "config_file": ("config file", config_file()),
            "cache_dir": ("cache", cache_dir(None, configured)),
            "data_dir": ("data", data_dir()),
            "voices_dir": ("voices", voices_dir()),
            "phrases_dir": ("phrasebooks", phrases_dir()),
            "session_log": ("session log", session_log(configured_log)),
        }
        if as_json:
            echo_json({**{key: str(location.path) for key, (_, location) in rows.items()},
                       **{choice.spec.config_key: choice.program for choice in programs}})
        else:
            width = max(len(label) for label, _ in rows.values())
            for label, location in rows.values():
                note = location.describe_source()
                if not location.path.exists():
                    note += "; not created yet"
                say(f"{label + ':':<{width + 1}} {location.path}  ({note})")
            for choice in programs:
                missing = str(choice.missing()).removeprefix(f"{choice.spec.name} not found: ")
                note = choice.describe_source() if choice.program else missing
                say(f"{choice.spec.name + ':':<{width + 1}} {choice.program or 'not found'}  ({note})")
        if problem:
            typer.echo(f"voiceroutine: warning: {problem}", err=True)


def register(app: typer.Typer) -> None:
    """Add `paths` to `app`."""
    app.command()(paths)

