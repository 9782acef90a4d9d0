"""Loudness targets (`--loudness podcast|loud|<LUFS>`) and channel counts (`--channels 1|2`) of an export.

A mono file meters about 3 LU lower than the same programme heard on two speakers (BS.1770 adds the
channels' power, and a phone plays mono on both ears), so the named targets are set for what is heard:
`podcast` is -16 LUFS in stereo and -19 LUFS in mono, `loud` -14 and -17. A number is taken as it is:
the file measures that many LUFS, whatever its channels. A stereo export is the mono track on both channels,
so its track is levelled 3.01 LU under the file's target.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from voiceroutine.errors import OptionError

PRESETS = {"podcast": -16.0, "loud": -14.0}
"""Stereo loudness of each named target, in LUFS."""
LUFS_RANGE = (-24.0, -10.0)
STEREO_GAIN_LU = 10 * math.log10(2)
"""What duplicating a mono track onto two channels adds to its measured loudness (3.01 LU)."""
MONO_OFFSET_LU = STEREO_GAIN_LU
"""How much lower a mono file is levelled under a named target: a mono file of a named target is the very track
its stereo file carries on both channels, so both sound alike (and share one kept track in the cache)."""
CHANNELS = (1, 2)


@dataclass(frozen=True, slots=True)
class LoudnessTarget:
    """How loud an export is and how many channels it has."""

    name: str
    """"podcast", "loud", or the number as given."""
    file_lufs: float
    """Integrated loudness the file measures."""
    channels: int

    @property
    def track_lufs(self) -> float:
        """Loudness of the mono track before it is written to `channels` channels."""
        return self.file_lufs - (STEREO_GAIN_LU if self.channels == 2 else 0.0)

    def describe(self) -> str:
        """Such as "-19.0 LUFS (podcast, mono)"."""
        kind = "mono" if self.channels == 1 else "stereo"
        named = f"{self.name}, " if self.name in PRESETS else ""
        return f"{self.file_lufs:.1f} LUFS ({named}{kind})"


def loudness_target(loudness: str = "podcast", channels: int = 1) -> LoudnessTarget:
    """The target for `--loudness` and `--channels`; OptionError naming what is allowed."""
    if channels not in CHANNELS:
        raise OptionError(f"--channels {channels}: use 1 (mono) or 2 (stereo)")
    key = loudness.strip().lower()
    if key in PRESETS:
        lufs = PRESETS[key] - (MONO_OFFSET_LU if channels == 1 else 0.0)
        return LoudnessTarget(key, lufs, channels)
    low, high = LUFS_RANGE
    allowed = f"use podcast, loud, or a number of LUFS from {low:g} to {high:g}"
    try:
        lufs = float(key.removesuffix("lufs").strip())
    except ValueError:
        raise OptionError(f"--loudness {loudness!r}: {allowed}") from None
    if not low <= lufs <= high:  # also refuses nan and inf
        raise OptionError(f"--loudness {loudness}: {lufs:g} LUFS is out of range; {allowed}")
    return LoudnessTarget(f"{lufs:g}", lufs, channels)
