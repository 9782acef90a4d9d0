"""`serve` speaks the language of the folder's exports: the feed's <language> and words, each transcript's language,
the page's <html lang> and words, and the feed's own cover; read from a real server on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.export.helpers import built_timeline, needs_ffmpeg
from tests.serve.test_server import get
from voiceroutine.export.exporter import default_tags, export_routine
from voiceroutine.serve import share
from voiceroutine.serve.feed import PODCAST

pytestmark = [pytest.mark.e2e, needs_ffmpeg]


def export(folder: Path, name: str, language: str, routine_tag: str = "") -> None:
    timeline, clips = built_timeline()
    tags = dataclasses.replace(default_tags(timeline, "standard", 1.0, language=language), routine=routine_tag)
    export_routine(timeline, clips, folder / name, tags=tags)


def test_the_feed_and_the_page_are_in_the_language_most_exports_are_in(tmp_path: Path) -> None:
    import feedparser
    from PIL import Image

    from voiceroutine.export.cover import CoverText, cover_png

    folder = tmp_path / "Rücken"
    folder.mkdir()
    export(folder, "a.mp3", "de")  # ID3 TLAN deu
    export(folder, "b.ogg", "de-AT")  # Vorbis LANGUAGE deu
    export(folder, "c.m4b", "", '{"v":1,"language":"fr-CA"}')  # an M4B says its language in the routine tag
    export(folder, "d.mp3", "en")
    with share(folder, port=0) as running:
        base = running.feed_url.removesuffix("/feed.xml")
        status, _, body = get(running.feed_url)
        assert status == 200
        feed = feedparser.parse(body)
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.feed.language == "de"
        assert feed.feed.subtitle == ("Übungsroutinen zum Mitmachen nach Ansage, von voiceroutine auf deinem "
                                      "Computer geteilt (4 Routinen).")
        channel = ET.fromstring(body).find("channel")
        assert channel is not None
        transcripts = {}
        for item in channel.findall("item"):
            enclosure, transcript = item.find("enclosure"), item.find(f"{{{PODCAST}}}transcript")
            assert enclosure is not None and transcript is not None
            transcripts[enclosure.get("url", "").rsplit("/", 1)[1]] = transcript.get("language")
        assert transcripts == {"a.mp3": "de", "b.ogg": "de", "c.m4b": "fr-CA", "d.mp3": "en"}
        summaries = {entry.enclosures[0].href.rsplit("/", 1)[1]: entry.summary for entry in feed.entries}
        assert summaries["a.mp3"].startswith("2 Übungen: Neck roll, Shrug; Dauer 0:")
        assert summaries["d.mp3"].startswith("2 exercises: Neck roll, Shrug; length 0:")

        status, _, page = get(f"{base}/")
        text = page.decode("utf-8")
        assert status == 200 and text.startswith('<!doctype html>\n<html lang="de">')
        assert "Zum Abonnieren füge diese Adresse in deiner Podcast-App hinzu" in text
        assert re.findall(r">(Audio|audio)</a>", text) == ["Audio"] * 4
        assert '<strong lang="fr-CA">' in text and '<strong lang="en">' in text  # the others keep their own
        assert text.count("<strong>") == 2

        status, headers, cover = get(f"{base}/cover.png")
        assert (status, headers["content-type"]) == (200, "image/png")
        assert cover == cover_png(CoverText("Rücken", "Übungsroutinen"))
        assert Image.open(io.BytesIO(cover)).size == (1400, 1400)


@pytest.mark.parametrize(
    ("language", "lang", "subscribe"),
    [
        ("", "en", "To subscribe, add this address in your podcast app"),
        ("fr", "fr", "Pour vous abonner, ajoutez cette adresse"),
        ("es", "es", "Para suscribirte, añade esta dirección"),
    ],
)
def test_one_export_sets_the_language_and_an_empty_folder_is_english(tmp_path: Path, language: str, lang: str,
                                                                     subscribe: str) -> None:
    import html

    if language:
        export(tmp_path, "r.mp3", language)
    with share(tmp_path, port=0) as running:
        _, _, body = get(running.feed_url)
        assert ET.fromstring(body).findtext("channel/language") == lang
        _, _, page = get(running.feed_url.removesuffix("feed.xml"))
        text = html.unescape(page.decode("utf-8"))
        assert f'<html lang="{lang}">' in text and subscribe in text
        if not language:
            assert "<li>No routines here yet: export one into this folder (export -o FOLDER).</li>" in text
