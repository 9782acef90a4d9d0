"""The engine speaks the routine's language: a natural voice that does, else a fallback that says so; a voice of
another language is one line naming the fix, never German read as English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.errors import SpeechError
from voiceroutine.speech.espeak import EspeakEngine
from voiceroutine.speech.piper import PiperEngine
from voiceroutine.speech.select import choose, choose_engine

ROUTINES = Path(__file__).parents[1] / "language" / "routines"
pytestmark = pytest.mark.skipif(not PiperEngine().is_available(), reason="piper and the joe voice not installed")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_joe_for_a_german_routine_is_one_line_naming_the_fix() -> None:
    code, out, err = run("show", str(ROUTINES / "de.yaml"), "--voice", "en_US-joe-medium")
    assert (code, out) == (2, "")
    assert err == ("voiceroutine: error: piper: the voice en_US-joe-medium speaks English (en-US), not German (de); "
                   "install a voice that does with: voiceroutine voices add de_DE-thorsten-medium (or use --engine "
                   "espeak, robotic but it speaks it)\n")
    code, _, err = run("export", str(ROUTINES / "fr.yaml"), "--engine", "piper", "-o", "/tmp/never.mp3")
    assert code == 2
    assert err == ("voiceroutine: error: piper: no installed Piper voice speaks French (fr); install one with: "
                   "voiceroutine voices add fr_FR-siwis-medium (or use --engine espeak, robotic but it speaks it)\n")
    assert not Path("/tmp/never.mp3").exists()


def test_espeak_and_the_voice_it_must_speak() -> None:
    assert choose_engine("espeak", None, "de").voice == "de"  # type: ignore[attr-defined]
    assert choose_engine("espeak", None, "fr").voice == "fr-fr"  # type: ignore[attr-defined]
    assert choose_engine("espeak", None, "es").voice == "es"  # type: ignore[attr-defined]
    assert choose_engine("espeak", None, "en").voice == "en-us"  # type: ignore[attr-defined]
    with pytest.raises(SpeechError, match=r"^espeak: the voice en-us speaks English \(en-US\), not Spanish \(es\)"):
        choose_engine("espeak", "en-us", "es")


def test_auto_falls_back_to_espeak_for_a_language_without_a_natural_voice_and_says_so() -> None:
    choice = choose(None, None, "es")
    assert isinstance(choice.engine, EspeakEngine) and choice.engine.voice == "es"
    assert choice.note == ("no natural voice speaks Spanish (es) here: espeak-ng's es voice is the fallback "
                           "(robotic); for a natural one: voiceroutine voices add es_ES-davefx-medium")
    assert choose(None, None, "en").note == "" and isinstance(choose(None, None, "en").engine, PiperEngine)
    code, out, err = run("show", str(ROUTINES / "es.yaml"), "--engine", "auto", "--json")
    assert code == 0 and json.loads(out)["speech"]["engine"] == "espeak"
    assert err == f"voiceroutine: note: {choice.note}\n"


def test_a_language_no_voice_speaks_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SpeechError) as caught:
        choose(None, None, "xx")
    assert str(caught.value) == ("no voice here speaks xx: install a natural one with: voiceroutine voices add NAME "
                                 "(names: voices.json)")


def test_the_voice_licence_goes_into_the_export_tags() -> None:
    from voiceroutine.pipeline import _licence

    assert _licence(PiperEngine()) == "voice en_US-joe-medium, licence CC0"
    assert _licence(EspeakEngine()) == ""


@pytest.mark.e2e
def test_an_export_names_the_voice_and_its_licence_and_a_german_one_captions_german(tmp_path: Path) -> None:
    import mutagen

    routine = tmp_path / "r.yaml"
    routine.write_text("title: Short\nexercises:\n  - name: Reach\n    hold: 3 s\n", encoding="utf-8")
    code, _, err = run("export", str(routine), "-o", str(tmp_path / "r.mp3"), "--quiet")
    assert code == 0, err
    comment = str(mutagen.File(tmp_path / "r.mp3")["COMM::eng"])  # type: ignore[index]
    assert comment.endswith("speed 1x; voice en_US-joe-medium, licence CC0")
    code, _, err = run("export", str(ROUTINES / "de.yaml"), "-o", str(tmp_path / "de.mp3"), "--quiet")
    assert code == 0
    assert err.startswith("voiceroutine: note: no natural voice speaks German (de) here: espeak-ng's de voice")
    captions = (tmp_path / "de.vtt").read_text(encoding="utf-8")
    assert "Übung 1 von 10: Kinn einziehen. 8 Wiederholungen, jeweils 3 Sekunden halten. 2 Sätze." in captions
    assert "licence" not in str(mutagen.File(tmp_path / "de.mp3")["COMM::deu"])  # type: ignore[index]  # its language


def test_the_configs_english_voice_does_not_stop_a_german_routine() -> None:
    import os

    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text("voice: en_US-joe-medium\n", encoding="utf-8")
    code, out, err = run("show", str(ROUTINES / "de.yaml"), "--engine", "auto", "--json")
    assert code == 0, err
    assert json.loads(out)["speech"]["engine"] == "espeak" and err.startswith("voiceroutine: note: no natural voice")
    code, _, err = run("show", str(ROUTINES / "de.yaml"), "--voice", "en_US-joe-medium")  # named: refused
    assert code == 2 and "speaks English (en-US), not German (de)" in err
    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text("voice: en-gb\nengine: espeak\n", encoding="utf-8")
    code, out, _ = run("show", str(ROUTINES / "fr.yaml"), "--json", "--engine", "espeak")
    assert code == 0 and json.loads(out)["language"] == "fr"


def test_say_in_german_takes_the_fallback_and_says_so(tmp_path: Path) -> None:
    code, _, err = run("say", "Halte 30 s.", "--language", "de", "-o", str(tmp_path / "s.wav"), "--quiet")
    assert code == 0
    assert err == ("voiceroutine: note: no natural voice speaks German (de) here: espeak-ng's de voice is the "
                   "fallback (robotic); for a natural one: voiceroutine voices add de_DE-thorsten-medium\n")
    assert (tmp_path / "s.wav").stat().st_size > 10_000
