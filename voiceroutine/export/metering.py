"""What the exporter adds around the finished track it encodes: a loudness meter, and the codec's make-up gain.

The finished track is the one the player plays (the same kept track in the cache); the encode only differs where
a codec is known to lose level on the way back (MP3: `Format.level_offset_db`), which is made up on the samples
piped to ffmpeg, after the limiter. The meter K-weights the samples as they stream past, so the export reports the
loudness of what it wrote, not of what it aimed at.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable

import numpy as np

from voiceroutine.audio.format import Samples
from voiceroutine.audio.loudness import SUBBLOCK, Floats, KWeighting, integrated_from_energies, subblock_energies
from voiceroutine.audio.mix import to_int16


class Meter:
    """Integrated loudness of a stream of int16 chunks passed through it (sub-block energies, carried across)."""

    def __init__(self) -> None:
        self._weighting = KWeighting()
        self._energies: list[Floats] = []
        self._carry: Floats = np.zeros(0)
        self.whole = False

    def through(self, chunks: Iterable[Samples]) -> Generator[Samples, None, None]:
        """`chunks` unchanged, measured on the way; closing it closes `chunks`."""
        iterator = iter(chunks)
        try:
            for chunk in iterator:
                self._add(chunk)
                yield chunk
            self.whole = True
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                close()

    def _add(self, chunk: Samples) -> None:
        weighted = np.concatenate([self._carry, self._weighting(chunk)])
        whole = len(weighted) - len(weighted) % SUBBLOCK
        self._energies.append(subblock_energies(weighted[:whole]))
        self._carry = weighted[whole:]

    def loudness(self, otherwise: float) -> float:
        """The stream's integrated loudness in LUFS once it went through whole; `otherwise` before that."""
        if not self.whole:
            return otherwise
        return integrated_from_energies(np.concatenate(self._energies or [np.zeros(0)]))


def made_up(chunks: Iterable[Samples], offset_db: float) -> Generator[Samples, None, None]:
    """`chunks` raised by `offset_db` (a codec's known loss), rounded to int16; unchanged at 0 dB."""
    if offset_db == 0:
        yield from chunks
        return
    scale = 10 ** (offset_db / 20)
    for chunk in chunks:
        yield to_int16(np.rint(chunk * scale))

