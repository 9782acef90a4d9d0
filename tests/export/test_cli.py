"""`voiceroutine export` end to end on a built-in routine, with the fake speech engine standing in for TTS."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.export.helpers import ebur128, fake_voice, ffprobe, needs_ffmpeg
from voiceroutine.cli import app
from voiceroutine.timeline.options import PaceOverrides

pytestmark = [pytest.mark.e2e, needs_ffmpeg]


@pytest.fixture
def fake_speech(monkeypatch: pytest.MonkeyPatch) -> list[PaceOverrides]:
    """The real pipeline with the fake speech engine; the pace overrides it was given."""
    return fake_voice(monkeypatch)  # type: ignore[return-value]


def test_export_default_name_summary_and_chapters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  fake_speech: list[PaceOverrides]) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", "desk-neck", "--speed", "1.5", "--lead-in", "1", "--rest", "3"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "desk-neck.mp3"
    assert f"Wrote {out}" in result.output and "chapters" in result.output
    assert "-19.0 LUFS (podcast, mono), true peak -" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk-neck.chapters.json", "desk-neck.lrc", "desk-neck.mp3",
                                                         "desk-neck.vtt"]
    assert fake_speech[0].speed == 1.5 and fake_speech[0].rest_ms == 3000
    probe = ffprobe(out)
    chapters = probe["chapters"]
    assert chapters and float(chapters[0]["start_time"]) == 0.0  # type: ignore[index]
    assert "speed 1.5x" in probe["format"]["tags"]["comment"]  # type: ignore[index]
    integrated, peak = ebur128(out)
    assert abs(integrated + 19) <= 0.5 and peak <= -1
    vtt = (tmp_path / "desk-neck.vtt").read_text()
    first_start = vtt.split("\n\n")[1].split("\n")[1].split(" --> ")[0]
    assert first_start >= "00:00:01.000"  # the lead-in moved the captions


def test_export_errors_are_one_line(tmp_path: Path, fake_speech: list[PaceOverrides]) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["export", "desk-neck", "-o", str(tmp_path / "x.flac")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == ["voiceroutine: error: unknown format 'flac': choose one of mp3, m4b, "
                                                  "wav, ogg"]
    result = runner.invoke(app, ["export", "desk-neck", "-o", str(tmp_path / "x.mp3"), "--music", str(tmp_path / "no")])
    assert result.exit_code == 2 and "music file not found" in result.output
    assert list(tmp_path.iterdir()) == []


def test_export_to_standard_output_is_refused_in_one_line(tmp_path: Path, fake_speech: list[PaceOverrides],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", "desk-neck", "-o", "-"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "voiceroutine: error: -o -: an export cannot go to standard output: it writes the audio and its captions "
        "and chapters as files side by side; give a file or folder name"]
    assert list(tmp_path.iterdir()) == []


def test_output_folder_gets_the_routine_name(tmp_path: Path, fake_speech: list[PaceOverrides]) -> None:
    result = CliRunner().invoke(app, ["export", "desk-neck", "-o", str(tmp_path), "--format", "wav"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk-neck.lrc", "desk-neck.vtt", "desk-neck.wav"]


def test_split_music_and_m4b_from_a_routine_file(tmp_path: Path, fake_speech: list[PaceOverrides]) -> None:
    routine = tmp_path / "tiny.yaml"
    routine.write_text("title: Tiny\nexercises:\n  - name: Neck roll\n    hold: 5 s\n  - name: Shrug\n    reps: 2\n")
    song = tmp_path / "song.ogg"
    import subprocess

    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=330:d=3", "-c:a", "libvorbis", str(song)],
                   check=True)
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(app, ["export", str(routine), "-o", str(out), "--format", "m4b", "--split",
                                      "--music", str(song), "--rest", "2"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["tiny", "tiny.chapters.json", "tiny.lrc", "tiny.m4b", "tiny.vtt"]
    parts = ["01 - Introduction.m4b", "02 - Neck roll.m4b", "03 - Shrug.m4b", "cover.png", "tiny.m3u8"]
    assert sorted(p.name for p in (out / "tiny").iterdir()) == parts
    probe = ffprobe(out / "tiny.m4b")
    assert [c["tags"]["title"] for c in probe["chapters"]] == ["Introduction", "Neck roll", "Shrug"]  # type: ignore[union-attr,index]
    integrated, peak = ebur128(out / "tiny.m4b")
    assert abs(integrated + 19) <= 0.5 and peak <= -1


def test_without_ffmpeg_export_says_so_before_rendering_anything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 fake_speech: list[PaceOverrides]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path))  # no ffmpeg on it
    result = CliRunner().invoke(app, ["export", "desk-neck"])
    assert result.exit_code == 1  # a missing program is a failure while running, not bad usage
    assert result.stderr == "voiceroutine: error: ffmpeg not found: install it with: sudo apt-get install ffmpeg\n"
    assert fake_speech == []  # nothing was rendered
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_the_result_stdout_stays_empty_unless_json_asks(tmp_path: Path,
                                                                     fake_speech: list[PaceOverrides]) -> None:
    out = tmp_path / "neck.mp3"
    result = CliRunner().invoke(app, ["export", "desk-neck", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"Wrote {out} (fake voice): ")
    assert result.stderr.splitlines()[1] == (f"Also: {out.with_suffix('.vtt')}, {out.with_suffix('.lrc')}, "
                                             f"{out.with_suffix('.chapters.json')}")

    result = CliRunner().invoke(app, ["export", "desk-neck", "-o", str(out), "--json", "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    summary = json.loads(result.stdout)
    assert summary["audio"] == str(out)
    assert summary["files"] == [str(out), str(out.with_suffix(".vtt")), str(out.with_suffix(".lrc")),
                                str(out.with_suffix(".chapters.json"))]
    assert summary["engine"] == "fake" and summary["chapters"] == len(ffprobe(out)["chapters"])  # type: ignore[arg-type]
    assert abs(summary["duration_ms"] - 1000 * float(ffprobe(out)["format"]["duration"])) < 100  # type: ignore[index]
    assert abs(summary["loudness_lufs"] + 19) < 0.2 and summary["true_peak_dbtp"] <= -1
    assert (summary["channels"], summary["encodes"]) == (1, 1)
    integrated, peak = ebur128(out)
    assert abs(integrated - summary["loudness_lufs"]) < 0.3 and abs(peak - summary["true_peak_dbtp"]) < 0.25


@pytest.mark.e2e
def test_a_play_after_an_export_renders_nothing_new(tmp_path: Path) -> None:
    """The export renders the player's own words too ("Get ready.", the countdown), so the first play after it finds
    every phrase in the cache (espeak-ng, a real cache folder)."""
    from voiceroutine.cache import Cache
    from voiceroutine.pipeline import prepare

    routine = tmp_path / "tiny.yaml"
    routine.write_text("title: Tiny\nexercises:\n  - name: Neck roll\n    hold: 2 s\n")
    cache = tmp_path / "cache"
    result = CliRunner().invoke(app, ["export", str(routine), "-o", str(tmp_path / "tiny.wav"), "--engine", "espeak",
                                      "--cache-dir", str(cache)])
    assert result.exit_code == 0, result.output
    prepared = prepare(str(routine), None, "espeak", None, cache, for_player=True)
    assert set(prepared.words.all()) <= set(prepared.clips)
    info = Cache(cache).info()
    assert info.misses == 0 and info.hits is not None and info.hits > 0
