"""Where the session log lives: $VOICEROUTINE_LOG, else the config's `session_log`, else `sessions.db` in the
data folder ($VOICEROUTINE_DATA_DIR, else the platform's user data folder, which follows XDG_DATA_HOME on Linux)."""

from __future__ import annotations

import os
from pathlib import Path

LOG_ENV = "VOICEROUTINE_LOG"
DATA_DIR_ENV = "VOICEROUTINE_DATA_DIR"
LOG_NAME = "sessions.db"


def data_dir() -> Path:
    """The folder voiceroutine keeps the person's own records in."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("voiceroutine", appauthor=False))


def log_path(configured: Path | None = None) -> Path:
    """The session log's file: the environment beats the user config (`configured`), which beats the data folder."""
    env = os.environ.get(LOG_ENV)
    if env:
        return Path(env).expanduser()
    if configured is not None:
        return configured
    return data_dir() / LOG_NAME
