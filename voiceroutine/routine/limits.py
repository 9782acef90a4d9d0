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
