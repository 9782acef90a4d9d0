"""A routine's name and content hash in the log: which routine a session was, and which version of it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from voiceroutine.routine.builtin import builtin_path
from voiceroutine.routine.model import Routine

HASH_CHARS = 16


@dataclass(frozen=True, slots=True)
class RoutineId:
    name: str
    """The built-in's name, or the routine file's name without .yaml (its title when it has no file)."""
    title: str
    hash: str
    """The first 16 hex digits of the SHA-256 of the routine file (of the loaded routine when it has no file)."""


def routine_id(routine: Routine) -> RoutineId:
    """The name and hash the log keeps for `routine`; `done NAME` and `play NAME` meet under the same name."""
    if routine.source.startswith("builtin:"):
        name = routine.source.removeprefix("builtin:")
        return RoutineId(name, routine.title, _file_hash(builtin_path(name), routine))
    path = Path(routine.source)
    if path.suffix.lower() in (".yaml", ".yml"):
        return RoutineId(path.stem, routine.title, _file_hash(path, routine))
    return RoutineId(routine.title, routine.title, _file_hash(None, routine))


def _file_hash(path: Path | None, routine: Routine) -> str:
    try:
        data = path.read_bytes() if path is not None else repr(routine).encode("utf-8")
    except OSError:  # gone since it was loaded
        data = repr(routine).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:HASH_CHARS]
