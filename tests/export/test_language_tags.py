"""Exports carry the routine's language (ID3 TLAN, Vorbis LANGUAGE, the M4B audio track's language), read back
with mutagen and ffprobe, and their cover says its count in that language."""

from __future__ import annotations

import dataclasses
import json
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

    from tests.export.helpers import fake_voice
    from voiceroutine.cli import app
    from voiceroutine.export import exporter

    fake_voice(monkeypatch)
    covers: list[str] = []
    real_cover = exporter.cover_png
    monkeypatch.setattr(exporter, "cover_png", lambda text: covers.append(text.subtitle) or real_cover(text))
    routine = Path(__file__).parents[1] / "language" / "routines" / "de.yaml"
    result = CliRunner().invoke(app, ["export", str(routine), "-o", str(tmp_path / "de.mp3")])
    assert result.exit_code == 0, result.output
    assert str(Id3(tmp_path / "de.mp3")["TLAN"]) == "deu"
    assert len(covers) == 1 and " Übungen · " in covers[0]


@pytest.mark.parametrize(
    ("language", "comment"),
    [
        ("en", "2 exercises: Neck roll, Shrug; length 0:42; level standard; speed 1.5x"),
        ("de", "2 Übungen: Neck roll, Shrug; Dauer 0:42; Stufe normal; Tempo 1,5x"),
        ("fr", "2 exercices : Neck roll, Shrug; durée 0:42; niveau normal; vitesse 1,5x"),
        ("es", "2 ejercicios: Neck roll, Shrug; duración 0:42; nivel normal; velocidad 1,5x"),
    ],
)
def test_the_comment_summary_is_in_the_routines_language(language: str, comment: str) -> None:
    book = phrasebook_for(language)
    assert book.summary(["Neck roll", "Shrug"], "0:42", "standard", 1.5) == comment
    assert book.summary(["Shrug"], "0:05").split(";")[0] == book.later("comment_exercises_1", names="Shrug")
    assert book.summary([], "0:05").startswith(book.later("comment_no_exercises"))


def _fake_prepare(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.export.helpers import fake_voice

    fake_voice(monkeypatch)


GERMAN = """\
title: Nacken
language: de
exercises:
  - name: Kinn zurück
    hold: 5 s
    rest: 3 s
  - name: Schulterkreisen
    reps: 2
"""


@pytest.mark.e2e
@needs_ffmpeg
def test_a_german_export_says_its_summary_in_german_with_deu_on_every_text_frame(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mutagen.mp4 import MP4
    from typer.testing import CliRunner

    from voiceroutine.cli import app

    _fake_prepare(monkeypatch)
    routine = tmp_path / "nacken.yaml"
    routine.write_text(GERMAN)
    comments = {}
    for suffix in ("mp3", "m4b", "ogg"):
        out = tmp_path / f"nacken.{suffix}"
        result = CliRunner().invoke(app, ["export", str(routine), "-o", str(out), "--speed", "1.5", "--level", "hard",
                                          "--quiet"])
        assert result.exit_code == 0, result.output
        comments[suffix] = out
    id3 = ID3(comments["mp3"])
    (comm,) = id3.getall("COMM")
    length = comm.text[0].split("Dauer ")[1].split(";")[0]
    assert comm.text[0] == f"2 Übungen: Kinn zurück, Schulterkreisen; Dauer {length}; Stufe schwer; Tempo 1,5x"
    assert [f.lang for f in (comm, *id3.getall("USLT"), *id3.getall("SYLT"))] == ["deu"] * 3
    assert str(id3["TLAN"]) == "deu"
    assert MP4(comments["m4b"]).tags["\xa9cmt"] == [comm.text[0]]  # type: ignore[index]
    (audio,) = [s for s in ffprobe(comments["m4b"])["streams"] if s["codec_type"] == "audio"]  # type: ignore[union-attr]
    assert audio["tags"]["language"] == "deu"
    ogg = OggOpus(comments["ogg"]).tags
    assert (ogg["COMMENT"], ogg["LANGUAGE"]) == ([comm.text[0]], ["deu"])  # type: ignore[index]


def test_an_english_export_keeps_eng_on_its_text_frames() -> None:
    from voiceroutine.export.chapters import Line, Tags
    from voiceroutine.export.id3 import id3_tag

    for language, code in (("", b"eng"), ("en", b"eng"), ("es-419", b"spa")):
        tag = id3_tag(Tags(title="T", comment="c", lyrics="l", synced=(Line(0, "l"),), language=language))
        assert tag.count(b"\x01" + code) == 3, language  # COMM, USLT and SYLT


@pytest.mark.e2e
@needs_ffmpeg
def test_a_routines_phrases_reword_its_cover_and_a_french_cover_is_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cover is drawn from exactly these words (Pillow is deterministic: the same words give the same bytes)."""
    from typer.testing import CliRunner

    from voiceroutine.cli import app
    from voiceroutine.export.cover import CoverText, cover_png
    from voiceroutine.routine.units import clock

    _fake_prepare(monkeypatch)
    plain = "title: Dos\nexercises:\n  - name: Chat\n    hold: 5 s\n  - name: Vache\n    hold: 5 s\n"
    reworded = plain + ('phrases:\n  cover_subtitle: "{length} pour {exercises}"\n  cover_footer: "Kiné maison"\n'
                        '  cover_exercises: "{n} mouvements"\n  comment_length: "en {length}"\n')  # fmt: skip
    for name, text, language in (("plain", plain, "fr"), ("reworded", reworded, "fr"), ("english", plain, "en")):
        routine = tmp_path / f"{name}.yaml"
        routine.write_text(text)
        out = tmp_path / f"{name}.mp3"
        result = CliRunner().invoke(app, ["export", str(routine), "-o", str(out), "--language", language, "--json",
                                          "--quiet"])
        assert result.exit_code == 0, result.output
        length = clock(json.loads(result.stdout)["duration_ms"])
        (picture,) = ID3(out).getall("APIC")
        comment = str(ID3(out).getall("COMM")[0].text[0])
        if name == "plain":
            assert picture.data == cover_png(CoverText("Dos", f"2 exercices · {length}", "voiceroutine"))
            assert comment.startswith(f"2 exercices : Chat, Vache; durée {length}")
        elif name == "reworded":
            assert picture.data == cover_png(CoverText("Dos", f"{length} pour 2 mouvements", "Kiné maison"))
            assert comment.startswith(f"2 exercices : Chat, Vache; en {length}")
        else:
            assert picture.data == cover_png(CoverText("Dos", f"2 exercises · {length}", "voiceroutine"))
