"""The session log: what the person did, day after day, in one SQLite file of their own.

`open_log()` is the entry point: it finds the file (`voiceroutine.paths.session_log`), opens or creates it
(`store.py`, schema in `schema.py`). `recorder.py` turns a live play's events into a session, `live.py` records
it for `play`, `done.py` makes one for `done`, `ask.py` asks how it went; `summary.py` works out streaks and
calendars; `view.py`, `formats.py` and `plot.py` show the log as a table, JSON, CSV or a plot.
"""

from __future__ import annotations

from pathlib import Path

from voiceroutine.sessions.model import ExerciseResult, Pace, Session, Source, Status
from voiceroutine.sessions.store import SessionLog

__all__ = [
    "ExerciseResult",
    "Pace",
    "Session",
    "SessionLog",
    "Source",
    "Status",
    "configured_log_path",
    "open_log",
    "read_log",
]


def configured_log_path() -> Path:
    """The log's path as the environment and the user config say."""
    from voiceroutine.config import load_user_config
    from voiceroutine.paths import session_log

    return session_log(load_user_config().session_log).path


def open_log(path: Path | None = None) -> SessionLog:
    """Open (creating when missing) the session log at `path`, or where the environment and config say."""
    return SessionLog.open(path or configured_log_path())


def read_log(path: Path | None = None) -> SessionLog | None:
    """The log to read from, or None when there is none yet (nothing is created just to read)."""
    path = path or configured_log_path()
    if not path.exists():
        return None
    return SessionLog.open(path)
