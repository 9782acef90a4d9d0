"""The plain status lines of `play --quiet` (and of a pipe) are in the routine's language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.play.scenario import clips_for, play, routine_timeline
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.play.display import PlainDisplay
from voiceroutine.play.keys import Key
from voiceroutine.play.session import play_timeline
from voiceroutine.testing import ManualClock, RecordingSink
from voiceroutine.timeline.phrasebook import ScreenWords, phrasebook_for

PRESSES = [(6.0, Key.PAUSE), (7.0, Key.PAUSE), (9.0, Key.NEXT), (30.0, Key.ENTER)]

EXPECTED = {
    "en": ["paused: press space to go on", "going on after a countdown", "Shoulder rolls  (skipped here)",
           "Shoulder rolls  waiting: press Enter to go on", "Chin tuck  (go tone)", "finished"],
    "de": ["Pause: Leertaste zum Weitermachen", "weiter nach einem Countdown", "Shoulder rolls  (hierher gesprungen)",
           "Shoulder rolls  wartet: Eingabetaste zum Weitermachen", "Chin tuck  (Ton: go)", "beendet"],
    "fr": ["en pause : espace pour reprendre", "reprise après un compte à rebours", "Shoulder rolls  (saut jusqu’ici)",
           "Shoulder rolls  en attente : Entrée pour continuer", "Chin tuck  (signal : go)", "terminé"],
    "es": ["en pausa: pulsa espacio para seguir", "sigue tras una cuenta atrás", "Shoulder rolls  (salto hasta aquí)",
           "Shoulder rolls  esperando: pulsa Intro para seguir", "Chin tuck  (señal: go)", "terminado"],
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_pauses_skips_waits_tones_and_the_end_in_the_language(language: str) -> None:
    timeline = routine_timeline()
    out = io.StringIO()
    display = PlainDisplay(timeline, out, phrasebook_for(language).screen_words())
    for event in play(timeline, presses=PRESSES).events:
        display.show(event)
    text = out.getvalue()
    for line in EXPECTED[language]:
        assert f"  {line}\n" in text, (line, text)
    if language != "en":
        for english in EXPECTED["en"]:
            assert english.split("  ")[-1] not in text


def test_english_is_as_it_was() -> None:
    assert ScreenWords().plain_paused == phrasebook_for("en").screen_words().plain_paused
    assert phrasebook_for("en").screen_words() == ScreenWords()


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_play_quiet_hands_the_screen_words_to_the_plain_lines(language: str) -> None:
    timeline = routine_timeline()
    clips = clips_for(timeline)
    clock = ManualClock()
    out = io.StringIO()
    play_timeline(timeline, mix_timeline(timeline, clips), clips, RecordingSink(clock.now), True, io.StringIO(), out,
                  clock, screen=phrasebook_for(language).screen_words())
    assert out.getvalue().splitlines()[-1] == f"00:20.000  {EXPECTED[language][-1]}"


def test_a_users_phrasebook_from_before_the_plain_and_cover_keys_still_loads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from voiceroutine.timeline.phrasebook import PLACEHOLDERS, PhraseError

    english = (Path(__file__).parents[2] / "voiceroutine" / "timeline" / "phrases" / "en.yaml").read_text("utf-8")
    older = "\n".join(line for line in english.splitlines() if not line.startswith(("plain_", "cover_")))
    (tmp_path / "it.yaml").write_text(older.replace('"Hold"', '"Tenere"'), encoding="utf-8")
    book = phrasebook_for("it", tmp_path)
    assert book.screen_words().plain_paused == "paused: press space to go on"
    assert book.cover_count(3) == "3 exercises"
    assert "plain_paused" in PLACEHOLDERS
    (tmp_path / "it.yaml").write_text(older.replace("screen_keys:", "# screen_keys:"), encoding="utf-8")
    with pytest.raises(PhraseError, match="missing phrase keys: screen_keys"):
        phrasebook_for("it", tmp_path)


BEHIND = {"en": ("Waiting for the voice…", "waiting for the voice (still rendering)"),
          "de": ("Warte auf die Stimme…", "wartet auf die Stimme (wird noch erzeugt)"),
          "fr": ("En attente de la voix…", "en attente de la voix (encore en préparation)"),
          "es": ("Esperando la voz…", "esperando la voz (aún se está generando)")}


@pytest.mark.parametrize("language", sorted(BEHIND))
def test_waiting_for_the_voice_is_in_the_language(language: str) -> None:
    from voiceroutine.play.player import Behind

    words = phrasebook_for(language).screen_words()
    out = io.StringIO()
    PlainDisplay(routine_timeline(), out, words).show(Behind(4000))
    assert (words.behind, out.getvalue()) == (BEHIND[language][0], f"00:04.000  {BEHIND[language][1]}\n")


def test_a_users_phrasebook_without_the_waiting_keys_says_them_in_english(tmp_path: Path) -> None:
    english = (Path(__file__).parents[2] / "voiceroutine" / "timeline" / "phrases" / "en.yaml").read_text("utf-8")
    older = "\n".join(line for line in english.splitlines() if not line.startswith(("screen_behind", "plain_behind")))
    (tmp_path / "it.yaml").write_text(older, encoding="utf-8")
    words = phrasebook_for("it", tmp_path).screen_words()
    assert (words.behind, words.plain_behind) == BEHIND["en"]
