"""Where the config file, the cache and the data folder are on macOS and Windows, as docs/cli.md says: the
paths voiceroutine/paths.py asks platformdirs for, with platformdirs' own macOS and Windows rules handed in
(the Windows folders read from %LOCALAPPDATA%, as Windows would give them)."""

from __future__ import annotations

import ntpath
import os
import types
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.macos
import platformdirs.windows
import pytest

from voiceroutine import paths

KINDS = ("user_config_dir", "user_cache_dir", "user_data_dir")


def use(monkeypatch: pytest.MonkeyPatch, dirs: type) -> None:
    """Make platformdirs' functions answer as on another system, and no variable move the folders."""
    for kind in KINDS:
        monkeypatch.setattr(platformdirs, kind, lambda *a, _kind=kind, **k: getattr(dirs(*a, **k), _kind))
    for variable in (paths.CONFIG_ENV, paths.CACHE_ENV, paths.DATA_DIR_ENV, paths.LOG_ENV):
        monkeypatch.delenv(variable, raising=False)


def test_macos_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, platformdirs.macos.MacOS)
    support = Path("~/Library/Application Support/voiceroutine").expanduser()
    assert paths.config_file().path == support / "config.yaml"
    assert paths.cache_dir().path == Path("~/Library/Caches/voiceroutine/audio").expanduser()
    assert paths.data_dir().path == support  # the session log and voices beside the config file
    assert paths.session_log().path == support / "sessions.db"
    assert paths.voices_dir().path == support / "voices"


def test_windows_folders_have_no_author_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """appauthor=False: %LOCALAPPDATA%\\voiceroutine, not %LOCALAPPDATA%\\voiceroutine\\voiceroutine."""
    local = r"C:\Users\Ana\AppData\Local"  # what Windows answers for the local application data folder
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", {"CSIDL_LOCAL_APPDATA": local}.__getitem__)
    monkeypatch.setattr(platformdirs.windows, "os", types.SimpleNamespace(**{**vars(os), "path": ntpath}))
    use(monkeypatch, platformdirs.windows.Windows)

    def windows(location: paths.Location) -> PureWindowsPath:
        return PureWindowsPath(str(location.path))

    assert windows(paths.config_file()) == PureWindowsPath(local, "voiceroutine", "config.yaml")
    assert windows(paths.cache_dir()) == PureWindowsPath(local, "voiceroutine", "Cache", "audio")
    assert windows(paths.data_dir()) == PureWindowsPath(local, "voiceroutine")
    assert windows(paths.session_log()) == PureWindowsPath(local, "voiceroutine", "sessions.db")


def test_the_documented_folders_are_these() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "`~/Library/Application Support/voiceroutine/` on macOS" in docs
    assert "`%LOCALAPPDATA%\\voiceroutine\\` on Windows" in docs
