"""The follow-along page's data and HTML, without a browser: what it embeds, and that no routine text escapes it."""

from __future__ import annotations

import json
import re

from tests.export.helpers import built_timeline
from voiceroutine.page.data import page_data
from voiceroutine.page.html import follow_along_html, script_json
from voiceroutine.timeline.model import CueKind


def _embedded(page: str) -> dict:  # type: ignore[type-arg]
    found = re.search(r'<script type="application/json" id="routine">(.*?)</script>', page, re.S)
    assert found is not None
    return json.loads(found.group(1))  # type: ignore[no-any-return]


def test_the_page_embeds_the_timeline_and_fetches_nothing() -> None:
    timeline, _ = built_timeline()
    page = follow_along_html(timeline, "tiny routine.mp3", b"\x89PNG fake")
    data = _embedded(page)
    assert data == page_data(timeline, "tiny routine.mp3", b"\x89PNG fake")
    assert [c["text"] for c in data["cues"]] == [c.text for c in timeline.cues if c.kind is CueKind.SPEECH]
    assert [(c["title"], c["start_ms"], c["counter"]) for c in data["chapters"]] == [
        ("Introduction", 0, ""), ("Neck roll", 7910, "Exercise 1 of 2"), ("Shrug", 21145, "Exercise 2 of 2")]
    assert [(s["kind"], s["label"], s["start_ms"], s["end_ms"]) for s in data["spans"]][:3] == [
        ("lead_in", "Get ready", 4910, 7910), ("hold", "Hold", 13095, 17095), ("rest", "Rest", 18145, 21145)]
    assert data["cover"].startswith("data:image/png;base64,")
    assert '<audio id="audio" src="tiny%20routine.mp3"' in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing from the network
    assert "@import" not in page and "fetch(" not in page


def test_no_routine_text_can_end_the_script_or_become_markup() -> None:
    timeline, _ = built_timeline()  # its title holds </script>, & and quotes
    page = follow_along_html(timeline, 'x"><script>alert(1)</script>.mp3')
    assert page.count("</script>") == 2  # the data's and the program's own, nothing more
    assert "<title>Tiny &lt;/script&gt; &amp; &quot;friends&quot;</title>" in page
    assert _embedded(page)["title"] == 'Tiny </script> & "friends"'
    assert script_json({"t": "<!-- </script> &"}) == '{"t":"\\u003c!-- \\u003c/script\\u003e \\u0026"}'


def test_a_placeholder_in_a_title_is_not_filled_in() -> None:
    timeline, _ = built_timeline("title: '{{data}} {{audio}}'\nexercises:\n  - name: A\n    hold: 2 s\n")
    page = follow_along_html(timeline, "a.mp3")
    assert "<title>{{data}} {{audio}}</title>" in page
    assert page.count('"audio":"a.mp3"') == 1


def test_the_page_speaks_the_routines_language() -> None:
    from voiceroutine.timeline.phrasebook import phrasebook_for

    timeline, _ = built_timeline()
    english = follow_along_html(timeline, "a.mp3")
    assert english.startswith('<!doctype html>\n<html lang="en">')
    assert '<button id="play" type="button">Play</button>' in english
    assert 'aria-label="Previous chapter">&lsaquo; Back</button>' in english
    assert _embedded(english)["words"] == {"play": "Play", "pause": "Pause", "next": "Next: {next}",
                                           "next_finish": "Next: finish"}
    page = follow_along_html(timeline, "a.mp3", None, phrasebook_for("de").page_words())
    assert page.startswith('<!doctype html>\n<html lang="de">')
    assert '<button id="play" type="button">Abspielen</button>' in page
    assert 'aria-label="Vorheriges Kapitel">&lsaquo; Zurück</button>' in page
    assert 'aria-label="Nächstes Kapitel">Weiter &rsaquo;</button>' in page
    data = _embedded(page)
    assert data["language"] == "de"
    assert data["words"] == {"play": "Abspielen", "pause": "Pause", "next": "Als Nächstes: {next}",
                             "next_finish": "Als Nächstes: Ende"}
    assert [c["counter"] for c in data["chapters"]] == ["", "Übung 1 von 2", "Übung 2 von 2"]
    assert "Wiederholung 1 von 2" in {s["detail"] for s in data["spans"]}
    for word in ("Play", "Back", "Skip", "Previous chapter", "Next chapter", "Next: finish"):  # (the cues are English)
        assert word not in page, word
