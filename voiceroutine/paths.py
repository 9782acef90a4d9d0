"""Where voiceroutine keeps things on this computer: the config file, the cache, the data folder, the voices.

Every location is defined here and nowhere else. Each has an environment variable that beats the platform's
own folder (from platformdirs: XDG folders on Linux, ~/Library on macOS, %LOCALAPPDATA% on Windows), so tests
and unusual setups can move it. `voiceroutine paths` prints them all.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

APP = "voiceroutine"
CONFIG_ENV = "VOICEROUTINE_CONFIG"
"""A config file to read instead of the platform's."""
CACHE_ENV = "VOICEROUTINE_CACHE_DIR"
"""A folder for rendered speech and finished tracks."""
DATA_DIR_ENV = "VOICEROUTINE_DATA_DIR"
"""A folder for the person's own records (the session log) and installed voices."""
LOG_ENV = "VOICEROUTINE_LOG"
"""The session log file to use instead of the one in the data folder."""
CONFIG_NAME = "config.yaml"
VOICES_FOLDER = "voices"
PHRASES_FOLDER = "phrases"
LOG_NAME = "sessions.db"
SERVE_TOKENS_NAME = "serve-tokens.json"


class Source(enum.Enum):
    """Where a location came from, strongest first."""

    OPTION = "command line"
    ENVIRONMENT = "environment"
    CONFIG = "config file"
    PLATFORM = "platform default"


@dataclass(frozen=True, slots=True)
class Location:
    """One place voiceroutine reads or writes, and why it is there."""

    path: Path
    source: Source
    variable: str = ""
    """The environment variable that moves it (set or not)."""

    def describe_source(self) -> str:
        """ "$VOICEROUTINE_CACHE_DIR", "config file", "platform default"..."""
        return f"${self.variable}" if self.source is Source.ENVIRONMENT else self.source.value


def _env(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def config_file() -> Location:
    """The user config: $VOICEROUTINE_CONFIG, else config.yaml in the platform's user config folder."""
    env = _env(CONFIG_ENV)
    if env is not None:
        return Location(env, Source.ENVIRONMENT, CONFIG_ENV)
    import platformdirs

    return Location(Path(platformdirs.user_config_dir(APP, appauthor=False)) / CONFIG_NAME, Source.PLATFORM,
                    CONFIG_ENV)


def cache_dir(option: Path | None = None, configured: Path | None = None) -> Location:
    """The speech cache: `option` (--cache-dir), else $VOICEROUTINE_CACHE_DIR, else `configured` (the config's
    cache_dir), else `audio` in the platform's user cache folder."""
    if option is not None:
        return Location(Path(option).expanduser(), Source.OPTION, CACHE_ENV)
    env = _env(CACHE_ENV)
    if env is not None:
        return Location(env, Source.ENVIRONMENT, CACHE_ENV)
    if configured is not None:
        return Location(Path(configured).expanduser(), Source.CONFIG, CACHE_ENV)
    import platformdirs

    return Location(Path(platformdirs.user_cache_dir(APP, appauthor=False)) / "audio", Source.PLATFORM, CACHE_ENV)


def data_dir() -> Location:
    """The person's own records (the session log) and installed voices: $VOICEROUTINE_DATA_DIR, else the
    platform's user data folder."""
    env = _env(DATA_DIR_ENV)
    if env is not None:
        return Location(env, Source.ENVIRONMENT, DATA_DIR_ENV)
    import platformdirs

    return Location(Path(platformdirs.user_data_dir(APP, appauthor=False)), Source.PLATFORM, DATA_DIR_ENV)


def voices_dir() -> Location:
    """Installed voices: the `voices` folder inside the data folder (moves with it)."""
    data = data_dir()
    return Location(data.path / VOICES_FOLDER, data.source, data.variable)


def phrases_dir() -> Location:
    """The user's own phrasebook files (`<language>.yaml`): the `phrases` folder inside the data folder."""
    data = data_dir()
    return Location(data.path / PHRASES_FOLDER, data.source, data.variable)


def session_log(configured: Path | None = None) -> Location:
    """The session log (health data: see docs/sessions.md): $VOICEROUTINE_LOG, else `configured` (the config's
    session_log), else sessions.db in the data folder (moving with it)."""
    env = _env(LOG_ENV)
    if env is not None:
        return Location(env, Source.ENVIRONMENT, LOG_ENV)
    if configured is not None:
        return Location(Path(configured).expanduser(), Source.CONFIG, LOG_ENV)
    data = data_dir()
    return Location(data.path / LOG_NAME, data.source, data.variable)


def serve_tokens() -> Location:
    """The secret tokens of `serve`'s addresses, one per shared folder (so a podcast app stays subscribed from
    one run to the next): serve-tokens.json in the data folder (moving with it)."""
    data = data_dir()
    return Location(data.path / SERVE_TOKENS_NAME, data.source, data.variable)
