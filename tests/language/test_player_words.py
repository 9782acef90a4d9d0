"""The live player's own words come from the routine's phrasebook: German routine, German "get ready"."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voiceroutine.audio.format import ms_to_samples
from voiceroutine.play.player import COUNT_GAP_MS, ENGLISH, resume_insert
from voiceroutine.testing import FakeEngine
from voiceroutine.timeline.phrasebook import PlayerWords

ROUTINES = Path(__file__).parent / "routines"


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> FakeEngine:
    from voiceroutine.speech import select

    engine = FakeEngine()
    monkeypatch.setattr(select, "choose_engine", lambda *_: engine)
    return engine


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", PlayerWords("Mach dich bereit.", ("Drei.", "Zwei.", "Eins."),
                           "Drück die Eingabetaste, wenn du bereit bist.")),
        ("fr", PlayerWords("Préparez-vous.", ("Trois.", "Deux.", "Un."), "Appuyez sur Entrée pour continuer.")),
        ("es", PlayerWords("Prepárate.", ("Tres.", "Dos.", "Uno."), "Pulsa Intro para continuar.")),
    ],
)
def test_prepare_for_the_player_renders_its_words_in_the_routines_language(
    fake_engine: FakeEngine, language: str, words: PlayerWords
) -> None:
    from voiceroutine.pipeline import prepare

    prepared = prepare(str(ROUTINES / f"{language}.yaml"), for_player=True)
    assert prepared.language == language and prepared.words == words
    assert set(words.all()) <= set(prepared.clips)
    assert not set(ENGLISH.all()) & set(prepared.clips)
    said = {text for text, _ in fake_engine.calls}
    assert set(words.all()) <= said and not set(ENGLISH.all()) & said


def test_a_routines_phrases_reword_the_player_too(fake_engine: FakeEngine, tmp_path: Path) -> None:
    from voiceroutine.pipeline import prepare

    routine = tmp_path / "r.yaml"
    routine.write_text("title: T\nlanguage: de\nphrases:\n  get_ready: Auf geht's.\nexercises:\n  - name: A\n"
                       "    hold: 5\n", encoding="utf-8")
    prepared = prepare(str(routine), for_player=True)
    assert prepared.words.get_ready == "Auf geht's." and "Auf geht's." in prepared.clips


def test_the_resume_countdown_says_the_words_it_is_given() -> None:
    words = PlayerWords("Mach dich bereit.", ("Drei.", "Zwei.", "Eins."), "x")
    clips = {text: np.full(ms_to_samples(200), 1000 + i, dtype=np.int16) for i, text in enumerate(words.all())}
    insert = resume_insert(clips, words)
    assert np.array_equal(insert[: ms_to_samples(200)], clips["Mach dich bereit."])
    first = ms_to_samples(COUNT_GAP_MS) + ms_to_samples(200)
    for i, text in enumerate(words.countdown):
        at = first + i * ms_to_samples(1000)
        assert np.array_equal(insert[at : at + ms_to_samples(200)], clips[text])
    english = resume_insert(clips)  # no German words asked for: the English ones, not rendered here, are ticks
    assert not np.array_equal(english[: ms_to_samples(200)], clips["Mach dich bereit."])
