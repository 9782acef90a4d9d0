"""Issue 17, item 10: an export's files (audio, .vtt, .lrc, chapters, page, split parts, playlist) appear together
or not at all, and every file name fits the 255 bytes a file system allows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.errors import ExportError
from voiceroutine.export.files import MAX_NAME_BYTES, Staging
from voiceroutine.export.split import part_names, safe_name
from voiceroutine.testing import FakeEngine
from voiceroutine.timeline.model import Chapter

OLD = b"yesterday's\n"


def _routine(tmp_path: Path, name: str = "Chin tuck") -> Path:
    path = tmp_path / "neck.yaml"
    path.write_text(f'title: Neck\nexercises:\n  - name: "{name}"\n    reps: 2\n', encoding="utf-8")
    return path


def _export(*args: str) -> tuple[int, str]:
    done = CliRunner().invoke(app, ["export", *args, "--engine", "fake"])
    assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
    return done.exit_code, done.output


def test_a_folder_where_the_captions_go_changes_nothing(tmp_path: Path, fake_engine: FakeEngine) -> None:
    out = tmp_path / "out" / "neck.mp3"
    out.parent.mkdir()
    out.write_bytes(OLD)
    (out.parent / "neck.vtt").mkdir()
    code, output = _export(str(_routine(tmp_path)), "-o", str(out), "--cache-dir", str(tmp_path / "cache"))
    assert code == 2
    assert output == (f"voiceroutine: error: cannot write {out.parent / 'neck.vtt'}: it is a folder (move it "
                      "away, or choose another name with -o)\n")
    assert out.read_bytes() == OLD
    assert sorted(p.name for p in out.parent.iterdir()) == ["neck.mp3", "neck.vtt"]


def test_a_rename_failing_part_way_puts_back_the_files_already_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second, third = (tmp_path / name for name in ("a.mp3", "a.vtt", "a.lrc"))
    first.write_bytes(OLD)
    second.write_bytes(OLD)
    replace = os.replace

    def failing(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == third:
            raise OSError(28, "No space left on device")
        replace(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(ExportError, match=f"disk full while writing {third}"), Staging() as staging:
        for target in (first, second, third):
            staging.write_text(target, "new\n")
        staging.commit()
    assert first.read_bytes() == OLD and second.read_bytes() == OLD and not third.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mp3", "a.vtt"]


def test_a_commit_replaces_every_file_and_leaves_nothing_hidden(tmp_path: Path) -> None:
    (tmp_path / "a.mp3").write_bytes(OLD)
    with Staging() as staging:
        staging.write_text(tmp_path / "a.mp3", "new\n")
        staging.write_text(tmp_path / "a.vtt", "new\n")
        assert staging.commit() == [tmp_path / "a.mp3", tmp_path / "a.vtt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mp3", "a.vtt"]
    assert (tmp_path / "a.mp3").read_text() == "new\n"


def test_a_failed_export_removes_the_folder_it_made(tmp_path: Path) -> None:
    folder = tmp_path / "neck"
    with pytest.raises(RuntimeError), Staging() as staging:
        staging.write_text(folder / "01 - Intro.mp3", "x")
        raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


def test_names_are_limited_in_bytes_not_characters() -> None:
    emoji = "🧘" * 100  # 400 bytes
    name = safe_name(emoji)
    assert len(name.encode()) <= 200 and name == "🧘" * 50
    (part,) = part_names((Chapter(emoji, 0, 1000),), "mp3")
    assert len(part.encode()) <= MAX_NAME_BYTES and part == f"01 - {'🧘' * 50}.mp3"
    assert safe_name("é" * 150) == "é" * 80  # 160 bytes: the 80 characters stay


def test_a_split_export_of_emoji_names_writes_every_part(tmp_path: Path, fake_engine: FakeEngine) -> None:
    out = tmp_path / "neck.mp3"
    code, output = _export(str(_routine(tmp_path, "🧘" * 70)), "-o", str(out), "--split",
                           "--cache-dir", str(tmp_path / "cache"))
    assert code == 0, output
    names = sorted(p.name for p in (tmp_path / "neck").iterdir())
    assert f"02 - {'🧘' * 50}.mp3" in names and all(len(n.encode()) <= MAX_NAME_BYTES for n in names)


def test_an_output_name_too_long_for_a_file_system_is_one_line_and_leaves_nothing(
        tmp_path: Path, fake_engine: FakeEngine) -> None:
    out = tmp_path / ("🧘" * 70 + ".mp3")
    code, output = _export(str(_routine(tmp_path)), "-o", str(out), "--cache-dir", str(tmp_path / "cache"))
    assert code == 2
    assert output.startswith(f"voiceroutine: error: cannot write {out}: the name ")
    assert output.endswith(" is 284 bytes, more than the 255 a file system allows (choose a shorter one with -o)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neck.yaml"]  # refused before any work
