"""The one audio format inside the program: mono, signed 16-bit, 22.05 kHz, as numpy int16 arrays."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 22050
"""Samples per second of every clip, mix and export."""

Samples = npt.NDArray[np.int16]
"""Mono int16 audio at SAMPLE_RATE."""


def ms_to_samples(ms: int) -> int:
    """Sample index of a time in ms (exact integer arithmetic, no float drift)."""
    return ms * SAMPLE_RATE // 1000


def samples_to_ms(count: int) -> int:
    """Length in ms of `count` samples, rounded up so a clip never overruns its cue."""
    return -(-count * 1000 // SAMPLE_RATE)
