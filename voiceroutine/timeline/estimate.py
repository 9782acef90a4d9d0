"""A spoken-length estimate, for building a timeline before (or without) rendering speech."""

from __future__ import annotations

from collections.abc import Callable

MS_PER_CHAR = 62
"""About 175 words a minute, the default rate of espeak-ng and close to Piper's."""
MS_PER_PAUSE = 180
"""Extra time a voice takes at a comma, full stop or colon."""
MIN_MS = 250


def estimated_durations(speed: float = 1.0) -> Callable[[str], int]:
    """A function giving the estimated spoken length in ms of a phrase at `speed`."""

    def duration(text: str) -> int:
        pauses = sum(text.count(p) for p in ",.:;?!")
        return max(MIN_MS, round((len(text.strip()) * MS_PER_CHAR + pauses * MS_PER_PAUSE) / speed))

    return duration
