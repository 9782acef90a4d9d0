"""The follow-along page in real headless chromium, opened from file:// beside a real exported MP3."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from tests.browser import chromium_page
from tests.export.helpers import built_timeline, needs_ffmpeg
from voiceroutine.export.exporter import export_routine
from voiceroutine.timeline.model import CueKind, SpanKind, Timeline

pytestmark = [pytest.mark.e2e, needs_ffmpeg]

RECORD_ACTIONS = """
window.recordedActions = {};
if (navigator.mediaSession) {
  const original = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
  navigator.mediaSession.setActionHandler = (name, handler) => { window.recordedActions[name] = handler;
                                                                  original(name, handler); };
}
"""
SHOWN = """() => { const a = document.getElementById('audio');
  return [Math.round(a.currentTime * 1000), ...['cue', 'exercise', 'step-label', 'countdown', 'next']
          .map(id => document.getElementById(id).textContent)]; }"""


def _expected(timeline: Timeline, ms: int) -> tuple[str, str, str, str]:
    """What the page should show at `ms`: the last cue heard, the chapter, the innermost timed stretch and its
    seconds left."""
    cue = [c.text for c in timeline.cues if c.kind is CueKind.SPEECH and c.start_ms <= ms][-1]
    chapter = [c.title for c in timeline.chapters if c.start_ms <= ms][-1]
    spans = [s for s in timeline.spans if s.start_ms <= ms < s.end_ms]
    span = max(spans, key=lambda s: (s.start_ms, -s.end_ms)) if spans else None
    left = str(math.ceil((span.end_ms - ms) / 1000)) if span else ""
    return cue, chapter, span.label if span else "", left


def _seek(page: Any, ms: int) -> list[Any]:
    page.evaluate("""ms => new Promise(done => { const a = document.getElementById('audio');
        a.addEventListener('seeked', () => done(), {once: true}); a.currentTime = ms / 1000; })""", ms)
    return page.evaluate(SHOWN)  # type: ignore[no-any-return]


def test_the_page_follows_the_audio_jumps_by_chapter_and_tells_the_lock_screen(tmp_path: Path) -> None:
    timeline, clips = built_timeline()
    result = export_routine(timeline, clips, tmp_path / "tiny.mp3", page=True)
    assert (tmp_path / "tiny.html").exists() and tmp_path / "tiny.html" in result.files
    with chromium_page() as page:
        page.add_init_script(RECORD_ACTIONS)
        page.goto((tmp_path / "tiny.html").as_uri())
        page.wait_for_function("document.getElementById('audio').readyState >= 1")
        assert page.title() == timeline.title

        # seeking anywhere shows what is heard there: inside a hold, a rest, the lead-in, a cue just started
        hold = next(s for s in timeline.spans if s.kind is SpanKind.HOLD)
        rest = next(s for s in timeline.spans if s.kind is SpanKind.REST and s.label == "Rest")
        cue = [c for c in timeline.cues if c.kind is CueKind.SPEECH][3]
        for ms in (hold.start_ms + 1500, rest.end_ms - 200, 5000, cue.start_ms + 1, timeline.total_ms - 100):
            shown = _seek(page, ms)
            assert shown[0] == ms
            assert tuple(shown[1:5]) == _expected(timeline, ms)

        # a chapter click seeks to its start, and the list marks it
        page.click("#chapters li:nth-child(3) button")
        shrug = timeline.chapters[2]
        assert page.evaluate(SHOWN)[:3] == [shrug.start_ms, _expected(timeline, shrug.start_ms)[0], "Shrug"]
        assert page.get_attribute("#chapters li:nth-child(3) button", "aria-current") == "true"
        assert page.evaluate("navigator.mediaSession.metadata.title") == "Shrug"
        assert page.evaluate("navigator.mediaSession.metadata.album") == timeline.title

        # the lock screen's and a headset's previous and next buttons skip chapters
        recorded = page.evaluate("Object.keys(window.recordedActions).sort()")
        assert {"nexttrack", "pause", "play", "previoustrack", "seekto"} <= set(recorded)
        page.evaluate("window.recordedActions.previoustrack()")  # at the very start of Shrug: the one before
        assert page.evaluate(SHOWN)[0] == timeline.chapters[1].start_ms
        page.evaluate("window.recordedActions.nexttrack()")
        assert page.evaluate(SHOWN)[0] == shrug.start_ms
        assert page.evaluate("navigator.mediaSession.metadata.title") == "Shrug"

        # playing, the shown cue keeps following currentTime
        _seek(page, hold.start_ms - 300)
        page.click("#play")
        page.wait_for_function(f"document.getElementById('audio').currentTime * 1000 > {hold.start_ms + 700}",
                               timeout=15_000)
        page.evaluate("""() => { window.paused = new Promise(done =>
            document.getElementById('audio').addEventListener('pause', () => done(), {once: true})); }""")
        page.click("#play")  # pause: the button says so at once, before the audio's pause event
        assert page.inner_text("#play") == "Play"
        page.evaluate("window.paused")  # the audio's own pause event has come: what is shown no longer moves
        shown = page.evaluate(SHOWN)
        assert page.evaluate("document.getElementById('audio').paused") is True
        assert page.inner_text("#play") == "Play"
        assert tuple(shown[1:5]) == _expected(timeline, shown[0])


def test_a_german_page_says_its_buttons_and_next_step_in_german(tmp_path: Path) -> None:
    """The script's own words come from the page's data: "Abspielen" until played, "Pause" while playing."""
    from voiceroutine.export.exporter import default_tags

    timeline, clips = built_timeline()
    export_routine(timeline, clips, tmp_path / "tiny.mp3", tags=default_tags(timeline, language="de"), page=True)
    with chromium_page() as page:
        page.goto((tmp_path / "tiny.html").as_uri())
        page.wait_for_function("document.getElementById('audio').readyState >= 1")
        assert page.evaluate("document.documentElement.lang") == "de"
        assert page.inner_text("#play") == "Abspielen"
        last = timeline.chapters[-1]
        shown = _seek(page, last.start_ms + 10)
        assert shown[5] == "Als Nächstes: Ende"
        shown = _seek(page, timeline.chapters[1].start_ms + 10)
        assert shown[5] == f"Als Nächstes: {timeline.chapters[2].title}"
        assert page.inner_text("#counter") == "Übung 1 von 2"
        page.click("#play")
        assert page.inner_text("#play") == "Pause"  # at once, on the click
        page.click("#play")
        assert page.inner_text("#play") == "Abspielen"
