"""Running minimum and mean over centred windows: the smoothing that limiter and compressor gains share."""

from __future__ import annotations

import numpy as np

Floats = np.ndarray


def centred_min(x: Floats, width: int) -> Floats:
    """Minimum over a centred window of odd `width`, 1.0 beyond both ends (van Herk / Gil-Werman: three passes,
    any width)."""
    half = width // 2
    n = len(x)
    blocks = -(-(n + 2 * half) // width)
    padded = np.ones(blocks * width)
    padded[half : half + n] = x
    rows = padded.reshape(blocks, width)
    prefix = np.minimum.accumulate(rows, axis=1).reshape(-1)
    suffix = np.minimum.accumulate(rows[:, ::-1], axis=1)[:, ::-1].reshape(-1)
    result: Floats = np.minimum(suffix[:n], prefix[width - 1 : width - 1 + n])
    return result


def centred_mean(x: Floats, width: int, edge: float) -> Floats:
    """Mean over a centred window of odd `width`, with `edge` assumed beyond both ends (by running sums)."""
    half = width // 2
    padded = np.concatenate([np.full(half, edge), x, np.full(half, edge)])
    sums = np.concatenate([[0.0], np.cumsum(padded)])
    result: Floats = (sums[width:] - sums[:-width]) / width
    return result
