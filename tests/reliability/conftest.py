"""The reliability tests run the real commands with the fake speech engine in place of any TTS."""

from __future__ import annotations

import pytest

from voiceroutine.testing import FakeEngine


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    """Every engine choice (any --engine) gives the fake engine; clips still go through the real cache."""
    from voiceroutine.speech import select

    engine = FakeEngine()
    monkeypatch.setattr(select, "choose_engine", lambda *_: engine)
    return engine
