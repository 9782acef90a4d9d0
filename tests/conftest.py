"""Shared fixtures: every test gets its own cache folder, session log and an empty user config, and install
hints worded for the same machine wherever the tests run."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the audio cache, the data folder (session log) and the user config at fresh temp paths, so no test
    reads or writes the user's."""
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("VOICEROUTINE_CACHE_DIR", str(state / "cache"))
    monkeypatch.setenv("VOICEROUTINE_CONFIG", str(state / "config.yaml"))
    monkeypatch.setenv("VOICEROUTINE_DATA_DIR", str(state / "data"))
    monkeypatch.delenv("VOICEROUTINE_LOG", raising=False)
    from voiceroutine import install_hints  # hints as on a Debian machine with voiceroutine in a venv, everywhere

    monkeypatch.setattr(install_hints, "_current", install_hints.Platform(install_hints.System.LINUX, ("apt-get",)))
    return state
