"""Helpers for routine tests: load a routine written inline."""

from __future__ import annotations

import textwrap

from voiceroutine.errors import RoutineError
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.routine.model import Routine


def load(text: str) -> Routine:
    """The routine in `text` (dedented), named "r.yaml" in messages."""
    return load_routine_text(textwrap.dedent(text), "r.yaml")


def problems(text: str) -> str:
    """The full message load() raises for a broken routine; fails the test when it loads."""
    try:
        load(text)
    except RoutineError as e:
        return str(e)
    raise AssertionError("the routine loaded, but it should not have")
