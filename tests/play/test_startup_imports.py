"""What a first `play` has imported when its voice starts loading, and what `play --help` imports: the first
sound waits for the voice (docs/benchmarks/firstrun.md), so the player, the screen, the encoder and the session
recorder come after it; the CLI's start-up needs no numpy, no pipeline and no config."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AFTER_THE_VOICE = ("voiceroutine.play.player", "voiceroutine.play.display", "voiceroutine.play.stream",
                   "voiceroutine.export.encode", "voiceroutine.sessions.recorder", "rich.console")
EXPORT_AFTER_THE_VOICE = ("voiceroutine.export.exporter", "voiceroutine.export.while_rendering",
                          "voiceroutine.play.stream", "voiceroutine.page.html", "voiceroutine.audio.master")
NOT_FOR_HELP = ("numpy", "voiceroutine.pipeline", "voiceroutine.config", "voiceroutine.play.session")

AT_WARM_UP = """
import json, sys, time
from voiceroutine.play import session
from voiceroutine.speech import render, select
from voiceroutine.testing import FakeEngine, RecordingSink

class Loading(FakeEngine):
    def load(self) -> None: ...

def warm_up(self) -> None:  # the voice starts loading here: what is imported by now, then stop
    print(json.dumps(sorted(m for m in AFTER if m in sys.modules)), flush=True)
    raise SystemExit(0)

AFTER = json.loads(sys.argv[1])
render.Renderer.warm_up = warm_up
select.choose_engine = lambda *a, **k: Loading()
session.make_sink = lambda name: RecordingSink(time.monotonic)
sys.argv = ["voiceroutine", "play", "upper-back", "--quiet"]
from voiceroutine.cli import main
main()
"""

EXPORT_AT_WARM_UP = AT_WARM_UP.replace(
    'sys.argv = ["voiceroutine", "play", "upper-back", "--quiet"]',
    'sys.argv = ["voiceroutine", "export", "upper-back", "--quiet", "-o", sys.argv[2]]')


def run(code: str, *args: str, tmp_path: Path) -> str:
    env = {**os.environ, "VOICEROUTINE_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1]


def test_a_first_play_starts_loading_its_voice_before_the_player_the_screen_and_the_encoder(tmp_path: Path) -> None:
    imported = json.loads(run(AT_WARM_UP, json.dumps(AFTER_THE_VOICE), tmp_path=tmp_path))
    assert imported == []


def test_play_help_imports_no_numpy_nor_the_pipeline(tmp_path: Path) -> None:
    code = ("import json, sys\nfrom voiceroutine.cli import app\nfrom typer.testing import CliRunner\n"
            "CliRunner().invoke(app, ['play', '--help'])\n"
            f"print(json.dumps(sorted(m for m in {NOT_FOR_HELP!r} if m in sys.modules)))")
    assert json.loads(run(code, tmp_path=tmp_path)) == []


def test_a_first_export_starts_loading_its_voice_before_it_imports_the_rest_of_the_export(tmp_path: Path) -> None:
    """Its first phrase waits for the voice; the exporter, the mixer, the cover and the page (0.1 s of imports) are
    imported beside the voice loading, not before it (docs/benchmarks/firstrun.md)."""
    out = str(tmp_path / "out.mp3")
    imported = json.loads(run(EXPORT_AT_WARM_UP, json.dumps(EXPORT_AFTER_THE_VOICE), out, tmp_path=tmp_path))
    assert imported == []
