"""Hand-made timelines and fake-engine clips for the export tests, and helpers that read real files back."""

from __future__ import annotations

import json
import re
import shutil
import stat
import subprocess
from pathlib import Path

import numpy as np
import pytest

from voiceroutine.audio.format import SAMPLE_RATE, Samples, samples_to_ms
from voiceroutine.export.encode import Ffmpeg
from voiceroutine.testing import FAKE_PAD_MS, FakeEngine
from voiceroutine.timeline.model import Chapter, Cue, CueKind, ExerciseSummary, Place, Timeline, Tone

needs_ffmpeg = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg not installed")

# For a fake ffmpeg written as a shell script that has set $last to its last argument: the run that decodes an MP3's
# stream as it is written (its output is pipe:1) goes to the real ffmpeg, so the fake's fault stays in the encode
# and nothing writes a file named "pipe:1" into the directory the tests run in.
PASS_DECODER = f'case "$last" in pipe:1) exec {shutil.which("ffmpeg") or "ffmpeg"} "$@";; esac\n'


def logging_ffmpeg(tmp_path: Path) -> tuple[Ffmpeg, Path]:
    """The real ffmpeg behind a script in `tmp_path`/bin that first appends its command line to the log it returns."""
    real = shutil.which("ffmpeg") or "ffmpeg"
    log = tmp_path / "commands.log"
    path = tmp_path / "bin" / "ffmpeg"
    path.parent.mkdir()
    path.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexec "{real}" "$@"\n')
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return Ffmpeg(str(path)), log


def fake_clip(text: str) -> Samples:
    """The fake engine's phrase with its padding trimmed, as the speech renderer would hand it over."""
    raw = FakeEngine().synthesize(text, 1.0)
    pad = FAKE_PAD_MS * SAMPLE_RATE // 1000
    return raw[pad : len(raw) - pad]


def make_timeline(
    exercises: tuple[str, ...] = ("Chin tuck", "Wall angel", "Doorway stretch"),
    exercise_ms: int = 5000,
    title: str = "Test routine",
) -> tuple[Timeline, dict[str, Samples]]:
    """Per exercise: its name spoken at +300 ms, a go tone at +2500, "Relax" at +3000 (fake clips, exact lengths)."""
    cues: list[Cue] = []
    clips: dict[str, Samples] = {}
    chapters = []
    for index, name in enumerate(exercises):
        base = index * exercise_ms
        place = Place(exercise=name, exercise_index=index)
        for offset, text in ((300, name), (3000, "Relax")):
            clip = clips.setdefault(text, fake_clip(text))
            start = base + offset
            cues.append(Cue(start, start + samples_to_ms(len(clip)), CueKind.SPEECH, text, "announce", place))
        cues.append(Cue(base + 2500, base + 2700, CueKind.TONE, Tone.GO.value, "go", place))
        chapters.append(Chapter(name, base, base + exercise_ms))
    cues.sort(key=lambda c: c.start_ms)
    summaries = tuple(ExerciseSummary(n, 5, 2.0, 1, None, False, None) for n in exercises)
    total = exercise_ms * len(exercises)
    return Timeline(title, tuple(cues), (), tuple(chapters), summaries, total), clips


def ffprobe(path: Path) -> dict[str, object]:
    """ffprobe's JSON on format, streams and chapters."""
    done = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            "-show_chapters",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def ebur128(path: Path) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) as ffmpeg's ebur128 filter measures the decoded file."""
    done = subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-hide_banner",
            "-nostats",
            "-i",
            str(path),
            "-af",
            "ebur128=peak=true",
            "-f",
            "null",
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = done.stderr[done.stderr.rindex("Summary:") :]
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))  # type: ignore[union-attr]
    peak = float(re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary).group(1))  # type: ignore[union-attr]
    return integrated, peak


def decode(path: Path) -> np.ndarray:
    """The file decoded by ffmpeg to mono int16 at 22.05 kHz."""
    done = subprocess.run(
        ["ffmpeg", "-nostdin", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", str(SAMPLE_RATE), "-"],
        capture_output=True,
        check=True,
    )
    return np.frombuffer(done.stdout, dtype="<i2")


TINY_ROUTINE = """title: Tiny </script> & "friends"
intro: Two short ones.
exercises:
  - name: Neck roll
    hold: 4 s
    rest: 3 s
  - name: Shrug
    reps: 2
    hold: 2 s
"""


def built_timeline(text: str = TINY_ROUTINE, folder: Path | None = None) -> tuple[Timeline, dict[str, Samples]]:
    """A routine file's real timeline (holds, rests, chapters) with fake-engine clips for its phrases."""
    import tempfile

    from voiceroutine.routine.loader import load_routine
    from voiceroutine.timeline.builder import build_timeline
    from voiceroutine.timeline.options import resolve_pace

    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = Path(tmp) / "routine.yaml"
        path.write_text(text, encoding="utf-8")
        routine = load_routine(str(path))
    options = resolve_pace(routine=routine)
    timeline = build_timeline(routine, options, lambda phrase: samples_to_ms(len(fake_clip(phrase))))
    return timeline, {phrase: fake_clip(phrase) for phrase in timeline.spoken_phrases()}


def fake_voice(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The real pipeline (loading, the log, building, rendering through the cache) with the fake engine for every
    voice; returns the pace overrides each `preparing` was given, in order (a command that renders nothing
    leaves it empty)."""
    from voiceroutine import pipeline
    from voiceroutine.speech import select

    seen: list[object] = []
    real = pipeline.preparing

    def preparing(routine_arg: str | None, pace: object = None, *args: object, **kwargs: object) -> object:
        seen.append(pace)
        return real(routine_arg, pace, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(select, "choose_engine", lambda *_: FakeEngine())
    monkeypatch.setattr(pipeline, "preparing", preparing)
    return seen
