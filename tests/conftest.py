"""Shared fixtures: every test gets its own cache folder, session log and an empty user config, and install
hints worded for the same machine wherever the tests run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

PROFILES = {
    # the same examples on every run (a fixed seed, no example database): a run cannot fail on a new draw
    "ci": settings(derandomize=True, database=None, deadline=None, print_blob=True),
    # new random examples each run, as Hypothesis does by default, failures kept in .hypothesis/ and replayed
    "dev": settings(deadline=None, print_blob=True),
    # a long hunt: 2,000 random examples a property, the fuzz suites included (FUZZ_EXAMPLES, TIMELINE_EXAMPLES)
    "long": settings(max_examples=2000, deadline=None, print_blob=True),
}
"""Hypothesis profiles, chosen with HYPOTHESIS_PROFILE (default ci): `HYPOTHESIS_PROFILE=long pytest tests`."""
for _name, _profile in PROFILES.items():
    settings.register_profile(_name, _profile)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or "ci"
if PROFILE not in PROFILES:
    raise pytest.UsageError(f"HYPOTHESIS_PROFILE is {PROFILE!r}; expected one of: {', '.join(PROFILES)}")
settings.load_profile(PROFILE)
if PROFILE == "long":  # the fuzz suites name their own counts, from these
    os.environ.setdefault("FUZZ_EXAMPLES", "2000")
    os.environ.setdefault("TIMELINE_EXAMPLES", "2000")


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
