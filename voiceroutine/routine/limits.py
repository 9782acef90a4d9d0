"""Every limit of the routine format and of the pace options, and the rests used when nothing says otherwise.

The loader, the JSON Schema, the command line and the timeline builder all read them from here, so a
routine file and a command-line option can never disagree about what is allowed.
"""

from __future__ import annotations

SPEED_RANGE = (0.5, 2.0)
"""Speech speed multiplier."""
PAUSES_RANGE = (0.0, 5.0)
"""Scale of the pauses around instructions and announcements."""
COUNTDOWN_RANGE = (0, 10)
"""Seconds counted down aloud."""
MAX_REST_MS = 30 * 60 * 1000
"""Any rest or pause."""

DEFAULT_REST_MS = 20_000
"""Rest between exercises when nothing sets one."""
DEFAULT_SET_REST_MS = 30_000
"""Rest between sets when nothing sets one."""
DEFAULT_REP_REST_MS = 2_000
"""Pause between reps when nothing sets one."""
DEFAULT_SWITCH_MS = 5_000
"""Time to switch sides when nothing sets one."""
DEFAULT_MANUAL_PAUSE_MS = 10_000
"""Pause an export leaves at a manual step when nothing sets one."""

DEFAULT_FADE_AFTER = 3
"""With `instructions: auto`, sessions an exercise is done in before only its cue and dose are said."""
FADE_AFTER_RANGE = (1, 50)
"""What `fade_after` may be set to."""

MAX_EVERY_DAYS = 365
"""The longest progression step in days (`every: 52 weeks` is 364)."""
MAX_EVERY_SESSIONS = 100
"""The longest progression step in sessions."""
MAX_GROW_REPS = 50
"""Reps a progression may add per step."""
MAX_GROW_HOLD_MS = 10 * 60_000
"""Hold a progression may add per step."""
MAX_GROW_SETS = 5
"""Sets a progression may add per step."""
MAX_WEEK = 520
"""The highest progression step `--week` takes (ten years of weekly steps)."""


ENGINES = ("piper", "system", "espeak")
"""Speech engine names a user can choose, besides "auto" (a routine's `engine:`, --engine, the config)."""
