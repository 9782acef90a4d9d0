"""Fixtures for the player tests."""

from __future__ import annotations

import pytest

from tests.play.scenario import routine_timeline
from voiceroutine.timeline.model import Timeline


@pytest.fixture
def timeline() -> Timeline:
    return routine_timeline()
