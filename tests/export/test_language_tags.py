"""Exports carry the routine's language (ID3 TLAN, Vorbis LANGUAGE, the M4B audio track's language), read back
with mutagen and ffprobe, and their cover says its count in that language."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.oggopus import OggOpus

from tests.export.helpers import ffprobe, make_timeline, needs_ffmpeg
from voiceroutine.export.exporter import cover_subtitle, default_tags, export_routine
from voiceroutine.language import iso639_2
from voiceroutine.timeline.phrasebook import phrasebook_for

DAY = date(2031, 5, 4)


def test_iso_639_2_codes_of_bcp_47_tags() -> None:
    assert [iso639_2(t) for t in ("de", "de-AT", "fr-CA", "es-419", "en", "it", "gsw", "xx")] == [
        "deu", "deu", "fra", "spa", "eng", "ita", "gsw", "und"]


def test_the_cover_counts_exercises_in_the_routines_language() -> None:
    timeline, _ = make_timeline()
    count = len(timeline.exercises)
    assert count > 1
    length = cover_subtitle(timeline).split(" · ")[1]
    assert cover_subtitle(timeline) == f"{count} exercises · {length}"  # English as it was
    assert cover_subtitle(timeline, "de") == f"{count} Übungen · {length}"
    assert cover_subtitle(timeline, "fr-CA") == f"{count} exercices · {length}"
    assert cover_subtitle(timeline, "es") == f"{count} ejercicios · {length}"
    assert cover_subtitle(timeline, "it") == f"{count} exercises · {length}"  # no built-in phrasebook: English


@pytest.mark.parametrize(("language", "one"), [("en", "1 exercise"), ("de", "1 Übung"), ("fr", "1 exercice"),
                                               ("es", "1 ejercicio")])
def test_one_exercise_takes_the_singular(language: str, one: str) -> None:
    assert phrasebook_for(language).cover_count(1) == one


@pytest.mark.e2e
@needs_ffmpeg
@pytest.mark.parametrize(("language", "code"), [("de", "deu"), ("fr", "fra"), ("es-419", "spa"), ("en", "eng")])
def test_mp3_tlan(tmp_path: Path, language: str, code: str) -> None:
    timeline, clips = make_timeline()
    result = export_routine(timeline, clips, tmp_path / "r.mp3", tags=default_tags(timeline, today=DAY,
                                                                                   language=language))
    assert str(ID3(result.audio)["TLAN"]) == code


@pytest.mark.e2e
@needs_ffmpeg
def test_ogg_language_and_m4b_audio_track_language(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    tags = default_tags(timeline, today=DAY, language="fr")
    ogg = export_routine(timeline, clips, tmp_path / "r.opus", tags=tags).audio
    assert OggOpus(ogg).tags["LANGUAGE"] == ["fra"]  # type: ignore[index]
    m4b = export_routine(timeline, clips, tmp_path / "r.m4b", tags=dataclasses.replace(tags, language="de")).audio
    (audio,) = [s for s in ffprobe(m4b)["streams"] if s["codec_type"] == "audio"]  # type: ignore[union-attr]
    assert audio["tags"]["language"] == "deu"


@pytest.mark.e2e
@needs_ffmpeg
def test_no_language_no_tag(tmp_path: Path) -> None:
    timeline, clips = make_timeline()
    result = export_routine(timeline, clips, tmp_path / "r.mp3", tags=default_tags(timeline, today=DAY))
    assert "TLAN" not in ID3(result.audio)


@pytest.mark.e2e
@needs_ffmpeg
def test_export_of_a_german_routine_says_deu_and_draws_a_german_cover(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from mutagen.id3 import ID3 as Id3
    from typer.testing import CliRunner

    from tests.export.helpers import fake_clip
    from voiceroutine import pipeline
    from voiceroutine.audio.format import samples_to_ms
    from voiceroutine.cli import app
    from voiceroutine.export import exporter
    from voiceroutine.timeline.builder import build_timeline

    def prepare(routine_arg: str | None, *args: object, **kwargs: object) -> pipeline.Prepared:
        planned = pipeline.plan_timeline(routine_arg, None)
        timeline = build_timeline(planned.routine, planned.options, lambda text: samples_to_ms(len(fake_clip(text))),
                                  planned.phrases)
        clips = {text: fake_clip(text) for text in timeline.spoken_phrases()}
        return pipeline.Prepared(planned.routine, planned.options, timeline, clips, "fake", language=planned.language)

    covers: list[str] = []
    real_cover = exporter.cover_png
    monkeypatch.setattr(pipeline, "prepare", prepare)
    monkeypatch.setattr(exporter, "cover_png", lambda text: covers.append(text.subtitle) or real_cover(text))
    routine = Path(__file__).parents[1] / "language" / "routines" / "de.yaml"
    result = CliRunner().invoke(app, ["export", str(routine), "-o", str(tmp_path / "de.mp3")])
    assert result.exit_code == 0, result.output
    assert str(Id3(tmp_path / "de.mp3")["TLAN"]) == "deu"
    assert len(covers) == 1 and " Übungen · " in covers[0]
