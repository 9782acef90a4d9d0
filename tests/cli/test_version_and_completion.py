"""`voiceroutine --version`, and shell completion of commands and built-in routine names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from voiceroutine import __version__
from voiceroutine.cli import app

ROOT = Path(__file__).resolve().parents[2]


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"voiceroutine {__version__}\n")


def complete(words: str) -> list[str]:
    """What bash completion offers for the last word of `words`, from the real program."""
    env = {**os.environ, "_VOICEROUTINE_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
    done = subprocess.run([sys.executable, "-m", "voiceroutine"], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)
    return done.stdout.split()


def test_bash_completes_commands_and_built_in_routines() -> None:
    assert complete("voiceroutine sh") == ["show"]
    assert complete("voiceroutine export desk") == ["desk-neck", "desk-neck-de"]
    assert complete("voiceroutine play te") == ["tempo-strength"]
    assert complete("voiceroutine play t") == ["tabata", "tempo-strength"]


def test_the_completion_script_is_offered() -> None:
    result = CliRunner().invoke(app, ["--show-completion", "bash"])
    assert result.exit_code == 0
    assert "_VOICEROUTINE_COMPLETE=complete_bash" in result.stdout
