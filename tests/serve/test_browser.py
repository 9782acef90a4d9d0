"""The follow-along page opened through `serve` in real headless chromium: it plays the audio the server streams
(in ranges) and follows it, under the page's content policy, fetching nothing from anywhere else."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.browser import chromium_page
from tests.export.helpers import needs_ffmpeg
from tests.page.test_page_browser import SHOWN, _expected, _seek
from tests.serve.conftest import Shared
from voiceroutine.timeline.model import SpanKind

pytestmark = [pytest.mark.e2e, needs_ffmpeg]


def test_the_page_plays_and_follows_through_the_server(shared: Shared) -> None:
    timeline = shared.timeline
    origin = urlsplit(shared.base)
    responses: list[tuple[str, int]] = []
    console: list[str] = []
    with chromium_page() as page:
        page.on("response", lambda r: responses.append((r.url, r.status)))
        page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
        page.goto(f"{shared.base}/files/tiny.html")
        page.wait_for_function("() => document.getElementById('audio').readyState >= 1")  # a function: the
        # page's policy forbids eval, which Playwright uses for a bare expression
        assert page.title() == timeline.title

        hold = next(s for s in timeline.spans if s.kind is SpanKind.HOLD)
        shown = _seek(page, hold.start_ms + 1500)
        assert tuple(shown[1:5]) == _expected(timeline, hold.start_ms + 1500)
        page.click("#chapters li:nth-child(3) button")
        assert page.evaluate(SHOWN)[:3] == [timeline.chapters[2].start_ms,
                                             _expected(timeline, timeline.chapters[2].start_ms)[0], "Shrug"]

        _seek(page, hold.start_ms - 300)
        page.click("#play")
        page.wait_for_function(f"() => document.getElementById('audio').currentTime * 1000 > {hold.start_ms + 700}",
                               timeout=15_000)
        page.click("#play")
        shown: list[Any] = page.evaluate(SHOWN)
        assert tuple(shown[1:5]) == _expected(timeline, shown[0])

    assert console == []  # no content-policy violation, no failed load
    assert {urlsplit(url).netloc for url, _ in responses} == {origin.netloc}
    audio = [status for url, status in responses if url.endswith("/files/tiny.mp3")]
    assert audio and set(audio) <= {200, 206}
    assert (f"{shared.base}/files/tiny.html", 200) in responses
