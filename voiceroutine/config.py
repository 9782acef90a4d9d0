"""The user config file (YAML): personal defaults below the routine file and the command line.

Found at $VOICEROUTINE_CONFIG, else `config.yaml` in the platform's user config folder (voiceroutine/paths.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from voiceroutine.errors import ConfigError
from voiceroutine.language import EXAMPLE, parse_tag
from voiceroutine.paths import CONFIG_ENV as CONFIG_ENV  # defined in paths.py, still importable from here
from voiceroutine.paths import config_file
from voiceroutine.routine.limits import FADE_AFTER_RANGE
from voiceroutine.routine.model import Instructions, Level
from voiceroutine.timeline.options import PaceOverrides

KEYS: tuple[str, ...] = ("speed", "pauses", "rest", "countdown", "level", "engine", "voice", "audio_backend")
KEYS += ("cache_dir", "phrases", "ffmpeg", "espeak", "session_log", "language", "instructions", "fade_after")
KEYS += ("voices_url", "ffmpeg_stall")


@dataclass(frozen=True, slots=True)
class UserConfig:
    """What a user's config file sets; None where it is silent."""

    pace: PaceOverrides = field(default_factory=PaceOverrides)
    engine: str | None = None
    voice: str | None = None
    audio_backend: str | None = None
    cache_dir: Path | None = None
    phrases: tuple[tuple[str, str], ...] = ()
    """Phrasebook overrides, below a routine's own."""
    ffmpeg: str | None = None
    """The ffmpeg to run (a path or a name on PATH), below $VOICEROUTINE_FFMPEG."""
    espeak: str | None = None
    """The espeak-ng to run (a path or a name on PATH), below $VOICEROUTINE_ESPEAK."""
    ffmpeg_stall: float | None = None
    """Seconds ffmpeg may make no progress before it is killed, below $VOICEROUTINE_FFMPEG_STALL."""
    session_log: Path | None = None
    """Where the session log is kept; None for the data folder."""
    record_sessions: bool = True
    """False when the config says `session_log: false`: play records nothing."""
    instructions: Instructions | None = None
    """full, short or auto, below the routine's own and the command line."""
    fade_after: int | None = None
    """With auto instructions, sessions an exercise is done in before its steps fade; below the routine's."""
    language: str | None = None
    """The language of routines that do not say theirs (a BCP 47 tag)."""
    voices_url: str | None = None
    """A mirror of Piper's voice catalogue for `voices add`, below $VOICEROUTINE_VOICES_URL."""


def config_path() -> Path:
    """Where the user config is read from."""
    return config_file().path


def load_user_config(path: Path | None = None) -> UserConfig:
    """The user config, or an empty one when the file does not exist."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return UserConfig()
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read the config file: {e}") from None
    try:
        data: Any = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: not valid YAML") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings ({', '.join(KEYS)})")
    unknown = sorted(set(map(str, data)) - set(KEYS))
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r}; allowed: {', '.join(KEYS)}")

    def number(key: str) -> float | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{path}: {key}: expected a number, found {value!r}")
        return float(value)

    level = data.get("level")
    if level is not None and level not in {lv.value for lv in Level}:
        raise ConfigError(f"{path}: level: expected easy, standard or hard, found {level!r}")
    rest = number("rest")
    countdown = number("countdown")
    phrases = data.get("phrases") or {}
    if not isinstance(phrases, dict):
        raise ConfigError(f"{path}: phrases: expected a mapping of phrase keys to wording")
    ffmpeg, espeak = data.get("ffmpeg"), data.get("espeak")
    for key, program, name in (("ffmpeg", ffmpeg, "an ffmpeg"), ("espeak", espeak, "an espeak-ng")):
        if program is not None and (not isinstance(program, str) or not program.strip()):
            raise ConfigError(f"{path}: {key}: expected the path of {name} program, found {program!r}")
    ffmpeg_stall = number("ffmpeg_stall")
    if ffmpeg_stall is not None and not 0 < ffmpeg_stall <= 86_400:
        raise ConfigError(f"{path}: ffmpeg_stall: expected the seconds ffmpeg may go without progress before it is "
                          f"stopped, above 0 and at most 86400, found {data['ffmpeg_stall']!r}")
    session_log = data.get("session_log")
    if session_log is not None and session_log is not False and not isinstance(session_log, str):
        raise ConfigError(f"{path}: session_log: expected a file path, or false to keep no log")
    instructions = data.get("instructions")
    modes = [mode.value for mode in Instructions]
    if instructions is not None and instructions not in modes:
        raise ConfigError(f"{path}: instructions: expected {', '.join(modes)}, found {instructions!r}")
    fade_after = data.get("fade_after")
    low, high = FADE_AFTER_RANGE
    if fade_after is not None and (type(fade_after) is not int or not low <= fade_after <= high):
        raise ConfigError(f"{path}: fade_after: expected a whole number from {low} to {high}, found {fade_after!r}")
    language = data.get("language")
    if language is not None:
        tag = parse_tag(language) if isinstance(language, str) else None
        if tag is None:
            raise ConfigError(f"{path}: language: found {language!r}, expected {EXAMPLE}")
        language = tag
    voices_url = data.get("voices_url")
    if voices_url is not None and (not isinstance(voices_url, str) or not voices_url.startswith(("http://",
                                                                                                  "https://"))):
        raise ConfigError(f"{path}: voices_url: expected an http(s) URL of a voice catalogue, found {voices_url!r}")
    return UserConfig(
        pace=PaceOverrides(
            speed=number("speed"),
            pauses=number("pauses"),
            rest_ms=None if rest is None else int(rest * 1000),
            countdown=None if countdown is None else int(countdown),
            level=Level(level) if level else None,
        ),
        engine=data.get("engine"),
        voice=data.get("voice"),
        audio_backend=data.get("audio_backend"),
        cache_dir=Path(data["cache_dir"]).expanduser() if data.get("cache_dir") else None,
        phrases=tuple((str(k), str(v)) for k, v in phrases.items()),
        ffmpeg=ffmpeg,
        espeak=espeak,
        ffmpeg_stall=ffmpeg_stall,
        session_log=Path(session_log).expanduser() if isinstance(session_log, str) and session_log else None,
        record_sessions=session_log is not False,
        instructions=None if instructions is None else Instructions(instructions),
        fade_after=fade_after,
        language=language,
        voices_url=voices_url,
    )
