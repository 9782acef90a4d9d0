"""Fixtures for the speech tests: a cache in tmp_path, a fake engine, helpers to measure clips."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.cache import Cache
from voiceroutine.testing import FakeEngine


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    return Cache(tmp_path / "cache")


@pytest.fixture
def fake() -> FakeEngine:
    return FakeEngine()


EdgesMs = Callable[..., tuple[float, float]]


def _edges_ms(clip: Samples, relative: float = 0.05) -> tuple[float, float]:
    """Milliseconds before the first and after the last sample louder than `relative` of the clip's peak."""
    level = np.abs(clip.astype(np.int32))
    loud = np.flatnonzero(level > relative * level.max())
    assert len(loud), "clip is silent"
    return loud[0] * 1000 / SAMPLE_RATE, (len(clip) - 1 - loud[-1]) * 1000 / SAMPLE_RATE


@pytest.fixture
def edges_ms() -> EdgesMs:
    """How much near-silence a clip has at each end, in ms."""
    return _edges_ms
