"""Bounded stretches: the player never hands the sink more than MOST_STRETCH_S of track at once, and a stretch that
would be longer is cut in the silence between two cues.

A stretch is what the sink plays in one go (simpleaudio: one `play_buffer`). Unbounded, a player that takes the
rest of a whole 2-hour track reads and hands over 318 MB at once. A sink opens the device anew for each stretch,
so a join may add a moment of silence (never a click, never a cut word): joins go where the track is silent
anyway, in the middle of a pause between cues, on samples that are exact zeros (the mix places nothing there and
the mastering only scales; each cut is checked). The stretches join to exactly the track's samples, so the
playhead, the cues' times and the session log stay exact to the sample.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence

from voiceroutine.audio.format import Samples, ms_to_samples
from voiceroutine.timeline.model import CueKind, Timeline

MOST_STRETCH_S = 60
"""The longest stretch handed to the sink at once where the track allows (60 s: 2.6 MB of int16 at 22050 Hz)."""
QUIET_MS = 60
"""A pause between cues shorter than this is no place for a join."""
GUARD_MS = 20
"""Samples this close to a join, either side, must all be zero."""


def cuts(timeline: Timeline) -> list[int]:
    """The samples where a stretch may end, in order: the middle of each pause of at least QUIET_MS between two
    cues, where no tone or speech sounds (manual steps' waits do not sound)."""
    sounding = sorted((cue.start_ms, cue.end_ms) for cue in timeline.cues if cue.kind is not CueKind.WAIT)
    out: list[int] = []
    reach: int | None = None
    for start, end in sounding:
        if reach is not None and start - reach >= QUIET_MS:
            out.append((ms_to_samples(reach) + ms_to_samples(start)) // 2)
        reach = end if reach is None else max(reach, end)
    return out


def bounded(read: Callable[[int, int], Samples], at: int, stop: int, joins: Sequence[int],
            most: int) -> Samples:
    """Samples [at, end) of the track through `read(start, end)`: up to `stop` when that is at most `most`
    samples away, else up to the last join before `at + most` whose neighbourhood is silent; past `at + most`
    to the first such join after it when none comes sooner (a long stretch of sound: rare), to `stop` when none
    comes at all."""
    if stop - at <= most:
        return read(at, stop)
    guard = ms_to_samples(GUARD_MS)
    window = read(at, at + most)
    for cut in _between(joins, at + guard, at + most - guard, reverse=True):
        if not window[cut - guard - at : cut + guard - at].any():
            return window[: cut - at]
    for cut in _between(joins, at + most - guard, stop - guard):
        longer = read(at, cut + guard)
        if not longer[cut - guard - at :].any():
            return longer[: cut - at]
    return read(at, stop)


def _between(joins: Sequence[int], low: int, high: int, reverse: bool = False) -> Iterator[int]:
    """The joins in (low, high], in order (last first when `reverse`)."""
    first, last = bisect.bisect_right(joins, low), bisect.bisect_right(joins, high)
    picked = range(last - 1, first - 1, -1) if reverse else range(first, last)
    for index in picked:
        yield joins[index]
