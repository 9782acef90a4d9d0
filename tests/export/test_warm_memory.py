"""A warm export stays small: what it imports before it knows whether any phrase must be rendered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from voiceroutine.speech.piper import PiperEngine

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not PiperEngine().is_available(), reason="needs piper-tts and the joe voice")
def test_choosing_piper_imports_neither_piper_nor_onnxruntime(tmp_path: Path) -> None:
    """Choosing the Piper voice for an export (engine, voice, language, licence) finds piper-tts without importing
    it: importing piper loads onnxruntime (about 22 MB of a warm export's 100), and an export whose phrases are all
    cached never renders. The voice is still there: the chosen engine is Piper's."""
    code = ("import sys; from voiceroutine.pipeline import preparing; "
            "p = preparing('upper-back', engine='piper', cache_dir=sys.argv[1]); "
            "print(p.engine_name, sorted(m for m in ('piper', 'onnxruntime') if m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VOICEROUTINE_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "cache")], capture_output=True, text=True,
                          env=env, cwd=tmp_path, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "piper []"


def test_piper_blocked_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    """A package that cannot be imported (None in sys.modules, as a missing one) makes Piper unavailable."""
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    assert not PiperEngine().is_available()
