"""Every location voiceroutine uses comes from voiceroutine/paths.py, and `voiceroutine paths` prints them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import platformdirs
import pytest
from typer.testing import CliRunner

from voiceroutine import paths
from voiceroutine.cache import Cache
from voiceroutine.cli import app
from voiceroutine.config import config_path
from voiceroutine.paths import CACHE_ENV, CONFIG_ENV, DATA_DIR_ENV, Source


@pytest.fixture
def no_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (CONFIG_ENV, CACHE_ENV, DATA_DIR_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("no_overrides")
def test_without_variables_every_location_is_the_platforms_own() -> None:
    config = Path(platformdirs.user_config_dir("voiceroutine", appauthor=False))
    assert paths.config_file().path == config / "config.yaml"
    assert paths.cache_dir().path == Path(platformdirs.user_cache_dir("voiceroutine", appauthor=False)) / "audio"
    data = Path(platformdirs.user_data_dir("voiceroutine", appauthor=False))
    assert paths.data_dir().path == data
    assert paths.voices_dir().path == data / "voices"
    assert {paths.config_file().source, paths.cache_dir().source, paths.data_dir().source} == {Source.PLATFORM}


def test_each_variable_moves_its_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "my.yaml"))
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    assert paths.config_file() == paths.Location(tmp_path / "my.yaml", Source.ENVIRONMENT, CONFIG_ENV)
    assert paths.cache_dir().path == tmp_path / "cache"
    assert paths.data_dir().path == tmp_path / "data"
    assert paths.voices_dir() == paths.Location(tmp_path / "data" / "voices", Source.ENVIRONMENT, DATA_DIR_ENV)
    assert config_path() == tmp_path / "my.yaml"  # the config loader reads the same file


@pytest.mark.usefixtures("no_overrides")
def test_the_cache_option_beats_the_variable_which_beats_the_config(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    configured = tmp_path / "from-config"
    assert paths.cache_dir(None, configured) == paths.Location(configured, Source.CONFIG, CACHE_ENV)
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "env"))
    assert paths.cache_dir(None, configured).source is Source.ENVIRONMENT
    assert paths.cache_dir(tmp_path / "opt", configured) == paths.Location(tmp_path / "opt", Source.OPTION, CACHE_ENV)
    assert Cache.default(None, configured).folder == tmp_path / "env"


def test_paths_prints_each_location_with_where_it_came_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    config = tmp_path / "config.yaml"
    monkeypatch.setenv(CONFIG_ENV, str(config))
    config.write_text("speed: 1.2\n")
    (tmp_path / "data").mkdir()
    result = CliRunner().invoke(app, ["paths"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"config file: {config}  ($VOICEROUTINE_CONFIG)",
        f"cache:       {tmp_path / 'cache'}  ($VOICEROUTINE_CACHE_DIR; not created yet)",
        f"data:        {tmp_path / 'data'}  ($VOICEROUTINE_DATA_DIR)",
        f"voices:      {tmp_path / 'data' / 'voices'}  ($VOICEROUTINE_DATA_DIR; not created yet)",
        f"phrasebooks: {tmp_path / 'data' / 'phrases'}  ($VOICEROUTINE_DATA_DIR; not created yet)",
        f"session log: {tmp_path / 'data' / 'sessions.db'}  ($VOICEROUTINE_DATA_DIR; not created yet)",
        f"ffmpeg:      {shutil.which('ffmpeg')}  (PATH)",
        f"espeak-ng:   {shutil.which('espeak-ng')}  (PATH)",
    ]
    assert result.stderr == ""


def test_paths_json_and_the_configs_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV)
    config = Path(paths.config_file().path)
    config.write_text(f"cache_dir: {tmp_path / 'mine'}\nsession_log: {tmp_path / 'log.db'}\n")
    result = CliRunner().invoke(app, ["paths", "--json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown == {
        "config_file": str(config),
        "cache_dir": str(tmp_path / "mine"),
        "data_dir": str(paths.data_dir().path),
        "voices_dir": str(paths.voices_dir().path),
        "phrases_dir": str(paths.phrases_dir().path),
        "session_log": str(tmp_path / "log.db"),
        "ffmpeg": shutil.which("ffmpeg"),
        "espeak": shutil.which("espeak-ng"),
    }
    text = CliRunner().invoke(app, ["paths"]).stdout
    assert f"cache:       {tmp_path / 'mine'}  (config file; not created yet)" in text
    assert f"session log: {tmp_path / 'log.db'}  (config file; not created yet)" in text
    monkeypatch.setenv("VOICEROUTINE_LOG", str(tmp_path / "env.db"))
    assert f"session log: {tmp_path / 'env.db'}  ($VOICEROUTINE_LOG; not created yet)" in CliRunner().invoke(
        app, ["paths"]
    ).stdout


def test_a_broken_config_is_reported_but_the_paths_still_print(monkeypatch: pytest.MonkeyPatch) -> None:
    config = Path(paths.config_file().path)
    config.write_text("speed: [fast\n")
    result = CliRunner().invoke(app, ["paths"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"config file: {config}")
    assert result.stderr == f"voiceroutine: warning: {config}:2:1: not valid YAML\n"


def test_the_documented_config_example_is_a_valid_config(tmp_path: Path) -> None:
    from voiceroutine.config import load_user_config
    from voiceroutine.timeline.phrasebook import english

    docs = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
    section = docs.read_text(encoding="utf-8").split("## The config file", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "config.yaml"
    path.write_text(example, encoding="utf-8")
    config = load_user_config(path)
    assert config.ffmpeg == "/opt/ffmpeg/bin/ffmpeg" and config.audio_backend == "miniaudio"
    assert config.cache_dir == Path("~/voice-cache").expanduser()
    english().with_overrides(config.phrases, str(path))  # every phrase key and placeholder is a real one
