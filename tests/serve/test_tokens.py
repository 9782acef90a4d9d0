"""The token of a folder's addresses is kept from one run to the next, privately, and changed on request."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest

from voiceroutine.errors import ServeError
from voiceroutine.serve import folder_token


def test_the_same_folder_keeps_its_token_until_a_new_one_is_asked_for(tmp_path: Path) -> None:
    store = tmp_path / "data" / "serve-tokens.json"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = folder_token(tmp_path / "a", store=store)
    assert len(first) >= 24
    assert folder_token(tmp_path / "a" / ".", store=store) == first  # the same folder, however it is spelt
    other = folder_token(tmp_path / "b", store=store)
    assert other != first
    renewed = folder_token(tmp_path / "a", new=True, store=store)
    assert renewed not in (first, other)
    assert folder_token(tmp_path / "a", store=store) == renewed
    assert folder_token(tmp_path / "b", store=store) == other
    assert json.loads(store.read_text()) == {str((tmp_path / "a").resolve()): renewed,
                                             str((tmp_path / "b").resolve()): other}
    assert stat.S_IMODE(store.stat().st_mode) == 0o600  # a secret: its owner's only
    assert [p.name for p in store.parent.iterdir()] == ["serve-tokens.json"]  # no temp left


def test_the_default_store_is_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICEROUTINE_DATA_DIR", str(tmp_path / "data"))
    token = folder_token(tmp_path)
    assert json.loads((tmp_path / "data" / "serve-tokens.json").read_text()) == {str(tmp_path.resolve()): token}


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"FOLDER": 5}', '{"FOLDER": "short"}', ""])
def test_a_damaged_store_gives_a_new_token_and_is_mended(tmp_path: Path, content: str) -> None:
    store = tmp_path / "serve-tokens.json"
    store.write_text(content.replace("FOLDER", str(tmp_path.resolve()).replace("\\", "\\\\")))
    token = folder_token(tmp_path, store=store)
    assert len(token) >= 24 and folder_token(tmp_path, store=store) == token


def test_a_store_that_cannot_be_written_warns_and_the_token_still_works(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "blocked").write_text("a file where the data folder should be")
    with caplog.at_level(logging.WARNING, logger="voiceroutine"):
        token = folder_token(tmp_path, store=tmp_path / "blocked" / "serve-tokens.json")
    assert len(token) >= 24
    (message,) = [r.getMessage() for r in caplog.records]
    assert message == f"cannot keep the address for next time in {tmp_path / 'blocked' / 'serve-tokens.json'}: " \
                      "File exists"  # the folder it needs is a file


def test_no_token_is_kept_for_a_folder_that_is_not_there(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match=r"^folder not found"):
        folder_token(tmp_path / "nowhere", store=tmp_path / "serve-tokens.json")
    assert not (tmp_path / "serve-tokens.json").exists()

