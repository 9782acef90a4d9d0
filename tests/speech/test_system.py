"""The pyttsx3 engine: the failures FINDINGS lists (long text, repeated calls, rate, hangs, silence) are handled."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from voiceroutine.audio.format import SAMPLE_RATE
from voiceroutine.errors import SpeechError
from voiceroutine.speech.system import MAX_PIECE_CHARS, SystemEngine, plausible_seconds, split_text

needs_pyttsx3 = pytest.mark.skipif(not SystemEngine().is_available(), reason="needs pyttsx3 and libespeak-ng")
LONG = (
    "Sit tall on the front half of your chair, feet flat on the floor. Let your arms hang by your sides. "
    "Now draw your shoulder blades back and down, as if you wanted to tuck them into your back pockets, "
    "and keep your chin level while you do it. Hold that position, breathe slowly through your nose, "
    "and release gently when you hear the tone, letting your shoulders settle slowly without slumping forward at all."
)


def test_split_text_keeps_every_word_in_short_pieces() -> None:
    pieces = split_text(LONG)
    assert all(0 < len(p) < MAX_PIECE_CHARS for p in pieces)
    assert " ".join(pieces).split() == LONG.split()
    assert pieces[0] == "Sit tall on the front half of your chair, feet flat on the floor."
    no_stops = "hold " * 100
    assert all(len(p) < MAX_PIECE_CHARS for p in split_text(no_stops))
    assert " ".join(split_text(no_stops)).split() == no_stops.split()
    assert split_text("x" * 450) == ["x" * 199, "x" * 199, "x" * 52]


def test_plausible_seconds() -> None:
    low, high = plausible_seconds("Hold for five seconds.", 175)
    assert low < 0.5 < 1.5 < high < 5
    assert plausible_seconds("Hold for five seconds.", 350)[1] < high


@pytest.mark.e2e
@needs_pyttsx3
def test_long_text_and_repeated_calls() -> None:
    """400 characters (pyttsx3 alone writes nothing) and five phrases in a row (it loses or mixes files)."""
    assert len(LONG) > 400
    engine = SystemEngine()
    try:
        long_clip = engine.synthesize(LONG, 1.0)
        words = len(LONG.split())
        assert words / 4.5 < len(long_clip) / SAMPLE_RATE < words / 1.5  # 1.5 to 4.5 words a second
        phrases = ["Release.", "Shoulder rolls.", "Hold for ten seconds.", "Breathe in slowly, then out.", "3"]
        lengths = []
        for phrase in phrases:
            clip = engine.synthesize(phrase, 1.0)
            low, high = plausible_seconds(phrase, 175)
            assert low <= len(clip) / SAMPLE_RATE <= high
            lengths.append(len(clip))
        assert len(set(lengths)) == 5
        assert lengths[3] > lengths[2] > lengths[0] > lengths[4]
        assert engine.identity().startswith("system/pyttsx3 ")
        again = engine.synthesize("Hold for ten seconds.", 1.0)
        assert abs(len(again) - lengths[2]) < SAMPLE_RATE // 50
    finally:
        engine.close()


@pytest.mark.e2e
@needs_pyttsx3
def test_rate_is_applied_on_every_call() -> None:
    """Alternating rates in fresh workers: each speed always gives the same length (pyttsx3 alone loses some)."""
    text = "Breathe in slowly and hold your breath at the top."
    speeds = (1.0, 1.5, 0.75, 1.0, 2.0)
    runs = []
    for _ in range(3):
        engine = SystemEngine()
        try:
            runs.append([len(engine.synthesize(text, speed)) for speed in speeds])
        finally:
            engine.close()
    first = dict(zip(speeds, runs[0], strict=True))
    assert first[1.5] < 0.8 * first[1.0] and first[0.75] > 1.2 * first[1.0] and first[2.0] < first[1.5]
    for run in runs:
        for speed, length in zip(speeds, run, strict=True):
            assert abs(length - first[speed]) < 0.03 * first[speed], (speed, run)


def fake_worker(tmp_path: Path, body: str) -> list[str]:
    """A worker that says hello, then runs `body` for every request line (`req` is the parsed request)."""
    script = tmp_path / "worker.py"
    script.write_text(
        "import json, sys, time\n"
        "print(json.dumps({'ok': True, 'voices': [{'id': 'v1', 'name': 'Voice One'}]}), flush=True)\n"
        "for line in sys.stdin:\n"
        "    req = json.loads(line)\n" + "".join(f"    {b}\n" for b in body.splitlines())
    )
    return [sys.executable, str(script)]


def test_a_hanging_worker_times_out_with_a_clean_message(tmp_path: Path) -> None:
    engine = SystemEngine(worker=fake_worker(tmp_path, "time.sleep(60)"), timeout_s=0.3)
    started = time.monotonic()
    with pytest.raises(SpeechError, match=r"^system: pyttsx3 did not answer within 0\.\d+ s \(text 'Release\.'\); try"):
        engine.synthesize("Release.", 1.0)
    assert time.monotonic() - started < 5  # two attempts, each killed after its timeout
    engine.close()


def test_a_worker_that_writes_nothing(tmp_path: Path) -> None:
    engine = SystemEngine(worker=fake_worker(tmp_path, "print(json.dumps({'ok': True}), flush=True)"))
    with pytest.raises(SpeechError, match=r"^system: pyttsx3 returned without writing a file \(text 'Release\.'\)"):
        engine.synthesize("Release.", 1.0)
    engine.close()


def test_a_worker_that_writes_silence_too_short(tmp_path: Path) -> None:
    body = (
        "from voiceroutine.speech.wavio import wav_bytes\n"
        "import numpy as np\n"
        "open(req['path'], 'wb').write(wav_bytes(np.zeros(100, dtype=np.int16)))\n"
        "print(json.dumps({'ok': True}), flush=True)"
    )
    engine = SystemEngine(worker=fake_worker(tmp_path, body))
    with pytest.raises(SpeechError, match=r"^system: pyttsx3 wrote 0\.00 s of audio, expected 0\.\d+ to \d+\.\d+ s"):
        engine.synthesize("Hold for ten seconds.", 1.0)
    engine.close()


def test_a_worker_that_dies(tmp_path: Path) -> None:
    engine = SystemEngine(worker=fake_worker(tmp_path, "sys.exit(3)"))
    with pytest.raises(SpeechError, match=r"^system: the pyttsx3 worker stopped unexpectedly"):
        engine.synthesize("Release.", 1.0)
    engine.close()


def test_unknown_voice_lists_the_fix(tmp_path: Path) -> None:
    engine = SystemEngine("nobody", worker=fake_worker(tmp_path, "pass"))
    with pytest.raises(SpeechError, match=r"^system: unknown voice 'nobody'; `voiceroutine voices system` lists them$"):
        engine.check_voice()
    assert [v.name for v in engine.voices()] == ["v1"]
    engine.close()


def test_missing_pyttsx3_in_the_worker() -> None:
    worker = [
        sys.executable,
        "-c",
        "import sys; sys.modules['pyttsx3'] = None; from voiceroutine.speech.system_worker import main; main()",
    ]
    with pytest.raises(SpeechError, match=r"^system: pyttsx3 is not installed; fix it with: "):
        SystemEngine(worker=worker).synthesize("Release.", 1.0)
