"""Routines in German, French and Spanish: every word voiceroutine says is in the routine's language."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.routine.loader import load_routine, load_routine_text
from voiceroutine.timeline.phrasebook import PLACEHOLDERS, built_in, built_in_languages, phrasebook_for

ROUTINES = Path(__file__).parent / "routines"
PHRASES = Path(__file__).parents[2] / "voiceroutine" / "timeline" / "phrases"
LANGUAGES = ("de", "fr", "es")
SHARED = {"de": {"minute", "routine"}, "fr": {"circuit", "cycle", "introduction", "minute", "minutes"}, "es": set()}
"""Words English has in common with the language (so an English word put in its phrasebook by mistake shows)."""
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(re.sub(r"\{\w+\}", " ", text))}


def _phrasebook_words(language: str) -> set[str]:
    raw = yaml.safe_load((PHRASES / f"{language}.yaml").read_text(encoding="utf-8"))
    never_said = ("screen_", "label_", "plain_", "cover_", "comment_", "level_", "feed_", "page_")
    spoken = {k: v for k, v in raw.items() if not k.startswith(never_said)}
    return set().union(*(_words(v if isinstance(v, str) else " ".join(v)) for v in spoken.values()))


def _routine_words(path: Path) -> set[str]:
    """The words the routine's writer wrote (its texts and phase names), not the format's keys."""
    from voiceroutine.routine import fields

    keys = {*fields.ROUTINE_KEYS, *fields.DEFAULTS_KEYS, *fields.EXERCISE_KEYS, *fields.CIRCUIT_KEYS,
            *fields.MANUAL_KEYS, *fields.INTERVAL_KEYS}
    words: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in keys:
                    words.update(_words(str(key)))
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, str):
            words.update(_words(node))

    walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return words


def _spoken(shown: dict[str, Any]) -> str:
    return " ".join(c["text"] for c in shown["cues"] if c["kind"] == "speech")


def show_json(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["show", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_spoken_word_is_the_routines_own_or_from_its_phrasebook(language: str) -> None:
    path = ROUTINES / f"{language}.yaml"
    shown = show_json(str(path))
    assert shown["language"] == language
    spoken = [c["text"] for c in shown["cues"] if c["kind"] == "speech"]
    allowed = _phrasebook_words(language) | _routine_words(path)
    english_only = _phrasebook_words("en") - _routine_words(path) - SHARED[language]
    assert {"rest", "hold", "next", "reps", "seconds", "side", "release", "exercise"} <= english_only
    for text in spoken:
        assert not (_words(text) & english_only), f"English in {text!r}"
        assert _words(text) <= allowed, text
    # what the built-in phrasebook adds is really there, not the routine's text alone
    said = " ".join(spoken)
    expected = {
        "de": ["Übung 1 von 10: Kinn einziehen. 8 Wiederholungen, jeweils 3 Sekunden halten. 2 Sätze.",
               "Übung 2 von 10: Ein Schritt. 1 Wiederholung.", "Linke Seite.", "Rechte Seite.", "Seite wechseln.",
               "Zirkel: Beine, 2 Runden.", "Jede Übung: 20 Sekunden Belastung, dann 10 Sekunden Pause.",
               "1 Minute und 30 Sekunden lang in fließender Bewegung bleiben.", "Den Zyklus 3 Mal durchlaufen.",
               "Pause, 50 Sekunden. Dann Runde 2 von 2.", "Das war die ganze Routine. Gut gemacht!"],
        "fr": ["Exercice 1 sur 10 : Rentrer le menton. 8 répétitions, en tenant 3 secondes à chaque fois. 2 séries.",
               "Exercice 2 sur 10 : Un pas. 1 répétition.", "Côté gauche.", "Côté droit.", "Changez de côté.",
               "Circuit : Jambes, 2 tours.", "Chaque exercice : 20 secondes d'effort, puis 10 secondes de repos.",
               "Suivez le cycle 3 fois.", "Repos, 50 secondes. Puis tour 2 sur 2.", "C'est la fin de la séance."],
        "es": ["Ejercicio 1 de 10: Retracción del mentón. 8 repeticiones, mantén 3 segundos en cada una. 2 series.",
               "Ejercicio 2 de 10: Un paso. 1 repetición.", "Lado izquierdo.", "Lado derecho.", "Cambia de lado.",
               "Circuito: Piernas, 2 rondas.", "Cada ejercicio: 20 segundos de trabajo y 10 segundos de descanso.",
               "Sigue el ciclo 3 veces.", "Descansa 50 segundos. Luego, ronda 2 de 2.", "¡Buen trabajo!"],
    }[language]
    for phrase in expected:
        assert phrase in said
    assert shown["chapters"][0]["title"] == {"de": "Einführung", "fr": "Introduction", "es": "Introducción"}[language]


def test_the_english_routine_says_english_and_json_names_the_language() -> None:
    shown = show_json("desk-neck")
    assert shown["language"] == "en"
    assert shown["cues"][1]["text"].startswith("A short break")


@pytest.mark.parametrize("language", built_in_languages())
def test_every_built_in_phrasebook_has_every_key(language: str) -> None:
    book = built_in(language)
    assert book is not None and book.language == language
    assert set(book.forms_by_key) == set(PLACEHOLDERS)
    words = book.player_words()
    assert len(words.countdown) == 3 and all(words.all())


def test_the_built_in_languages() -> None:
    assert built_in_languages() == ("en", "de", "es", "fr")


def test_the_command_line_language_beats_the_routines_and_the_config(tmp_path: Path) -> None:
    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text("language: fr\n", encoding="utf-8")
    plain = tmp_path / "plain.yaml"
    plain.write_text("title: Test\nexercises:\n  - name: Pont\n    hold: 5 s\n", encoding="utf-8")
    assert show_json(str(plain))["language"] == "fr"  # the config's, for a routine that does not say
    assert "Pont. Tenez 5 secondes." in _spoken(show_json(str(plain)))
    assert show_json(str(ROUTINES / "de.yaml"))["language"] == "de"  # the routine beats the config
    shown = show_json(str(plain), "--language", "es_419")
    assert shown["language"] == "es-419"  # a region keeps the Spanish phrasebook
    assert "Pont. Mantén la posición 5 segundos." in _spoken(shown)


def test_a_bad_language_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["show", "desk-neck", "--language", "german"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "voiceroutine: error: --language: found 'german', expected a BCP 47 language tag such as en, de, fr, es, "
        "de-AT or es-419"
    ]
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: T\nlanguage: deutsch\nexercises:\n  - name: A\n    hold: 5\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(broken)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (f'{broken}:2:11: language: found "deutsch", expected a BCP 47 language tag '
                                     "such as en, de, fr, es, de-AT or es-419")
    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text("language: 7\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["show", "desk-neck"])
    assert result.exit_code == 2 and "language: found 7, expected a BCP 47" in result.stderr


def test_the_routine_loader_normalises_the_tag() -> None:
    routine = load_routine_text("title: T\nlanguage: DE_at\nexercises:\n  - name: A\n    hold: 5\n", "t.yaml")
    assert routine.language == "de-AT"
    assert load_routine("desk-neck").language is None


def test_a_language_without_a_phrasebook_names_the_file_to_write(tmp_path: Path) -> None:
    routine = tmp_path / "it.yaml"
    routine.write_text("title: Mattina\nlanguage: it\nexercises:\n  - name: Ponte\n    hold: 5 s\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(routine)])
    assert result.exit_code == 2
    folder = Path(os.environ["VOICEROUTINE_DATA_DIR"]) / "phrases"
    assert result.stderr.strip() == (f"voiceroutine: error: no phrasebook for Italian ('it'): built in are en, de, es, "
                                     f"fr; write {folder / 'it.yaml'} to add it (docs/phrasebook.md)")


def test_a_users_phrasebook_file_adds_a_language_or_rewords_one(tmp_path: Path) -> None:
    folder = Path(os.environ["VOICEROUTINE_DATA_DIR"]) / "phrases"
    folder.mkdir(parents=True)
    italian = {key: f"IT-{key}" + "".join(" {" + name + "}" for name in sorted(names))
               for key, names in PLACEHOLDERS.items() if key != "dose_reps_1"}
    (folder / "it.yaml").write_text(yaml.safe_dump(italian, allow_unicode=True), encoding="utf-8")
    book = phrasebook_for("it", folder)
    assert book.language == "it" and book.text("release") == "IT-release"
    assert book.counted("dose_reps", 1) == "dose_reps"  # the optional singular left out: the plural key says it
    del italian["release"]
    (folder / "it.yaml").write_text(yaml.safe_dump(italian, allow_unicode=True), encoding="utf-8")
    with pytest.raises(Exception, match=r"it\.yaml: missing phrase keys: release \(a phrasebook for a new language"):
        phrasebook_for("it", folder)
    # a German file rewords one key of the built-in German; a de-AT file once more for de-AT routines
    (folder / "de.yaml").write_text('release: "Und locker lassen."\n', encoding="utf-8")
    (folder / "de-AT.yaml").write_text('closing: "Servus, gut gemacht!"\n', encoding="utf-8")
    assert phrasebook_for("de", folder).text("release") == "Und locker lassen."
    assert phrasebook_for("de", folder).text("closing") == "Das war die ganze Routine. Gut gemacht!"
    austrian = phrasebook_for("de-AT", folder)
    assert (austrian.text("release"), austrian.text("closing")) == ("Und locker lassen.", "Servus, gut gemacht!")
    assert austrian.text("hold") == "Und halten."
    (folder / "de.yaml").write_text('relase: "x"\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"unknown phrase key 'relase' \(did you mean 'release'\?\)"):
        phrasebook_for("de", folder)


def test_a_routines_phrases_still_override_and_a_reworded_dose_drops_the_built_in_singular(tmp_path: Path) -> None:
    routine = tmp_path / "r.yaml"
    routine.write_text(
        "title: T\nlanguage: de\nphrases:\n  dose_reps: '{reps} Wdh.'\n  release: 'Locker.'\n"
        "exercises:\n  - name: A\n    reps: 1\n  - name: B\n    reps: 2\n",
        encoding="utf-8",
    )
    spoken = [c["text"] for c in show_json(str(routine))["cues"] if c["kind"] == "speech"]
    assert "Übung 1 von 2: A. 1 Wdh." in spoken  # not the built-in "1 Wiederholung."
    assert "Übung 2 von 2: B. 2 Wdh." in spoken


def test_one_takes_the_singular_wording() -> None:
    book = phrasebook_for("fr")
    assert (book.amount("seconds", 0), book.amount("seconds", 1), book.amount("seconds", 2)) == (
        "0 secondes", "1 seconde", "2 secondes")
    assert phrasebook_for("de").duration(61_000) == "61 Sekunden"
    assert phrasebook_for("es").duration(120_000) == "2 minutos"


def test_english_reps_of_one_are_singular_now() -> None:
    book = phrasebook_for("en")
    assert book.text(book.counted("dose_reps", 1), reps=1) == "1 rep."
    assert book.text(book.counted("dose_reps", 3), reps=3) == "3 reps."
