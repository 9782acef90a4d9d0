"""Evening out a rendered phrase: its loudest syllables brought down slowly, so the final limiter has little to do.

A routine is mastered to -16 LUFS under a -2.5 dBTP ceiling (audio/master.py). Speech peaks stand 18 dB or
more above its loudness, so something must take 5 dB or more off the peaks. Left to the limiter alone,
whose gain moves within 10 ms, half the speech energy sat under 6.7 dB of fast gain reduction: the gain then
moves within a single pitch period of a male voice, which is heard as roughness. Here each phrase first
goes through a gentle compressor whose gain follows syllables (a 20 ms level, held 20 ms and smoothed over
60 ms); afterwards the limiter takes 2 to 3 dB off the loudest moments instead (docs/speech.md).

The threshold is set from the phrase's own loudest moment, so every engine and every voice level is treated
alike, a short "4." as much as a long sentence. The gain never rises above 1: the level is set afterwards,
once for the whole routine. Lengths and onsets are unchanged, so cue times stay exact.
"""

from __future__ import annotations

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.audio.windows import centred_mean, centred_min

BELOW_LOUDEST_DB = 9.0
"""The compressor starts acting this far below the phrase's loudest 20 ms."""
RATIO = 3.0
"""Above the threshold, each 3 dB louder comes out 1 dB louder."""
LEVEL_MS = 20
"""The window the level is measured over: about two pitch periods of a low voice."""
HOLD_MS = 20
"""The lowest gain is held this long either side, so it does not move within a syllable's peak."""
SMOOTH_MS = 60
"""The gain is then averaged over this long: it changes at the pace of syllables, not of waveforms."""
SETTINGS = f"even={BELOW_LOUDEST_DB}/{RATIO}/{LEVEL_MS}/{HOLD_MS}/{SMOOTH_MS}"
"""Part of every cache key: changing a setting renders again."""


def even_out(samples: Samples) -> Samples:
    """`samples` with the loudest syllables brought down (never up); same length, silence stays silence."""
    if len(samples) == 0:
        return samples.copy()
    x = samples.astype(np.float64)
    power = centred_mean(x * x, _odd(LEVEL_MS), edge=0.0)
    level_db = 10 * np.log10(power + 1e-3)
    threshold = float(level_db.max()) - BELOW_LOUDEST_DB
    gain = 10 ** (-np.maximum(0.0, level_db - threshold) * (1 - 1 / RATIO) / 20)
    gain = centred_min(gain, _odd(HOLD_MS))
    gain = np.minimum(1.0, centred_mean(gain, _odd(SMOOTH_MS), edge=1.0))
    evened: Samples = np.clip(np.rint(x * gain), -32768, 32767).astype(np.int16)
    return evened


def _odd(ms: int) -> int:
    return (SAMPLE_RATE * ms // 1000) | 1
