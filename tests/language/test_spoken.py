"""`show --json`'s `spoken`: the exact words the speech engine is handed, in the routine's language."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.speech.render import Renderer
from voiceroutine.testing import FakeEngine

ROUTINES = Path(__file__).parent / "routines"

STEP = {
    "de": ("Runden Sie den Rücken 5 s lang.", "fünf Sekunden"),
    "fr": ("Arrondissez le dos pendant 5 s.", "cinq secondes"),
    "es": ("Redondea la espalda durante 5 s.", "cinco segundos"),
}


def show_json(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["show", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _routine(tmp_path: Path, language: str) -> Path:
    step, _ = STEP[language]
    path = tmp_path / f"{language}.yaml"
    path.write_text(
        f"title: Dos 🌅\nlanguage: {language}\nexercises:\n"
        f"  - name: Chat 🐈\n    steps:\n      - {step}\n    reps: 3\n    hold: 2 s\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("language", sorted(STEP))
def test_spoken_spells_numbers_and_units_in_the_routines_language(tmp_path: Path, language: str) -> None:
    step, words = STEP[language]
    shown = show_json(str(_routine(tmp_path, language)))
    speech = [c for c in shown["cues"] if c["kind"] == "speech"]
    said = [c for c in speech if c["text"] == step]
    assert len(said) == 1  # text is still the routine's own, digits and all
    assert words in said[0]["spoken"]
    for cue in speech:
        assert cue["spoken"], cue
        assert not re.search(r"\d", cue["spoken"]), cue
        assert "🐈" not in cue["spoken"] and "🌅" not in cue["spoken"]
    assert any("🐈" in c["text"] for c in speech)  # shown text keeps the emoji
    assert all(c["spoken"] is None for c in shown["cues"] if c["kind"] != "speech")


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_spoken_is_exactly_what_the_engine_is_handed(language: str) -> None:
    path = "desk-neck" if language == "en" else str(ROUTINES / f"{language}.yaml")
    speech = [c for c in show_json(path)["cues"] if c["kind"] == "speech"]
    engine = FakeEngine()
    Renderer(engine, language=language).clips(c["text"] for c in speech)
    assert {text for text, _ in engine.calls} == {c["spoken"] for c in speech if c["spoken"]}


def test_english_spoken_keeps_digits_and_writes_units_out() -> None:
    speech = [c for c in show_json("desk-neck")["cues"] if c["kind"] == "speech"]
    assert all(set(c) == {"start_ms", "end_ms", "kind", "text", "exercise", "spoken"} for c in speech)
    held = [c for c in speech if re.search(r"\b\d+ seconds\b", c["spoken"])]
    assert held
