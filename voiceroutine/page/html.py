"""The follow-along page as one HTML file: the template with the routine's data embedded, nothing fetched.

It plays the audio file beside it by its relative name, so it works opened from the phone's files (file://) and
from `voiceroutine serve` (http). Written with the standard library: the page is one template and one JSON blob.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib import resources
from urllib.parse import quote

from voiceroutine.page.data import page_data
from voiceroutine.timeline.model import Timeline
from voiceroutine.timeline.phrasebook import PageWords

_WORDS = ("play", "back", "skip", "previous_chapter", "next_chapter")
"""The page's own words the template holds as {{name}}."""


@cache
def _template() -> str:
    return resources.files("voiceroutine.page").joinpath("template.html").read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON safe inside a <script> element: no "</script>", "<!--" or "&" can end or change it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def follow_along_html(timeline: Timeline, audio_name: str, cover_png: bytes | None = None,
                      words: PageWords | None = None) -> str:
    """The page for `timeline`, playing the audio file `audio_name` that lies beside it, its own words in `words`'
    language (English by default)."""
    words = words or PageWords()
    data = page_data(timeline, audio_name, cover_png, words)
    values = {"title": html.escape(data["title"]), "audio": html.escape(quote(audio_name)), "data": script_json(data),
              **{name: html.escape(getattr(words, name)) for name in _WORDS}, "lang": html.escape(words.language)}
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), m.group(0)), _template())  # one pass: no text
    # of the routine is ever read as a placeholder
