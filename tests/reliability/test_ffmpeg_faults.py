"""Issue 17, item 7: what ffmpeg writes is checked before it replaces anything (the file exists, is not empty and
decodes to the track's length), and an ffmpeg that stops making progress is killed by a watchdog. Each fault is
a fake ffmpeg (fakes/faulty-ffmpeg) named by VOICEROUTINE_FFMPEG, the real one doing the rest."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.export import watchdog
from voiceroutine.testing import FakeEngine

FAKE = Path(__file__).parent / "fakes" / "faulty-ffmpeg"
OLD = b"the export from yesterday\n"

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")


@pytest.fixture
def faulty(monkeypatch: pytest.MonkeyPatch, fake_engine: FakeEngine) -> pytest.MonkeyPatch:
    monkeypatch.setenv("VOICEROUTINE_FFMPEG", str(FAKE))
    monkeypatch.setenv("FAKE_REAL_FFMPEG", str(shutil.which("ffmpeg")))
    # no fault but a hang waits for the watchdog: a real ffmpeg run in these (the checks decode with it) must never
    # look stalled, however slowly a loaded machine starts it; the hang tests set their own shorter time
    monkeypatch.setattr(watchdog, "STALL_S", 10.0)
    return monkeypatch


def _export(tmp_path: Path, fmt: str, *extra: str) -> tuple[int, str, Path]:
    routine = tmp_path / "neck.yaml"
    routine.write_text("title: Neck\nexercises:\n  - name: Chin tuck\n    reps: 2\n", encoding="utf-8")
    out = tmp_path / f"neck.{fmt}"
    out.write_bytes(OLD)
    done = CliRunner().invoke(app, ["export", str(routine), "--engine", "fake", "-o", str(out),
                                    "--cache-dir", str(tmp_path / "cache"), *extra])
    assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
    return done.exit_code, done.output, out


def _untouched(tmp_path: Path, out: Path) -> None:
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["cache", "neck.yaml", out.name])
    assert not [p for p in (tmp_path / "cache").rglob("*.part")]


@pytest.mark.parametrize("fmt", ["wav", "m4b", "mp3", "ogg"])
def test_an_ffmpeg_that_exits_0_without_writing_replaces_nothing(tmp_path: Path, faulty: pytest.MonkeyPatch,
                                                                 fmt: str) -> None:
    faulty.setenv("FAKE_FFMPEG", "noop")
    code, output, out = _export(tmp_path, fmt)
    assert code == 1
    assert output == (f"voiceroutine: error: ffmpeg wrote nothing for {out} though it reported success: check "
                      f"the ffmpeg it runs ({FAKE}; `voiceroutine paths` shows which)\n")
    _untouched(tmp_path, out)


@pytest.mark.parametrize("fmt", ["wav", "mp3"])
def test_a_file_shorter_than_the_track_replaces_nothing(tmp_path: Path, faulty: pytest.MonkeyPatch,
                                                        fmt: str) -> None:
    faulty.setenv("FAKE_FFMPEG", "short")
    code, output, out = _export(tmp_path, fmt)
    assert code == 1
    assert output.startswith(f"voiceroutine: error: ffmpeg wrote {out} wrong: it decodes to 1.0")
    assert output.endswith(" s\n") and len(output.splitlines()) == 1
    _untouched(tmp_path, out)


@pytest.mark.parametrize(("fault", "doing"), [("hang-read", "writing"), ("hang-end", "writing"),
                                              ("hang-decode", "decoding")])
def test_a_stalled_ffmpeg_is_stopped_by_the_watchdog(tmp_path: Path, faulty: pytest.MonkeyPatch, fault: str,
                                                     doing: str) -> None:
    faulty.setenv("FAKE_FFMPEG", fault)
    # the real ffmpeg encodes before the decode hangs: give it more than a loaded machine's slowest start
    stall = 5 if fault == "hang-decode" else 1
    faulty.setattr(watchdog, "STALL_S", float(stall))
    start = time.monotonic()
    code, output, out = _export(tmp_path, "wav")
    assert time.monotonic() - start < 30
    assert code == 1
    name = out if doing == "writing" else out.name
    assert output.startswith(f"voiceroutine: error: ffmpeg stopped making progress {doing} {name}"), output
    assert output.endswith(f"(nothing for {stall} s): it was stopped\n")
    _untouched(tmp_path, out)
