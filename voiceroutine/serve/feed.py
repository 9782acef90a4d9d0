"""The podcast feed of a shared folder: RSS 2.0 with the iTunes tags podcast apps expect and the Podcasting 2.0
chapters and transcript of each routine.

Built with the standard library's ElementTree: the feed is one small document with a fixed shape, and no feed
library writes the podcast namespace's tags (feedgen's podcast extension knows only the iTunes ones).
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime
from urllib.parse import quote

from voiceroutine import __version__
from voiceroutine.export.chapters import plain_text
from voiceroutine.export.chapters_json import MEDIA_TYPE as CHAPTERS_TYPE
from voiceroutine.export.exporter import GENRE
from voiceroutine.serve.episodes import Episode
from voiceroutine.timeline.phrasebook import FeedWords

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"
for _prefix, _uri in (("itunes", ITUNES), ("podcast", PODCAST), ("atom", ATOM)):
    ET.register_namespace(_prefix, _uri)

FEED_TYPE = "application/rss+xml; charset=utf-8"
ENCLOSURE_TYPES = {".mp3": "audio/mpeg", ".m4b": "audio/x-m4a", ".ogg": "audio/ogg"}
"""The enclosure types podcast apps know (Apple's list names audio/x-m4a for AAC in MP4)."""
COVER_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg"}
DEFAULT_LANGUAGE = "en"
"""The feed's language when no episode says which it is in."""


def feed_language(episodes: Sequence[Episode]) -> str:
    """The language most episodes are spoken in (of equally many, the newest's), else English."""
    counts = Counter(e.language for e in episodes if e.language)
    return counts.most_common(1)[0][0] if counts else DEFAULT_LANGUAGE


def feed_words(episodes: Sequence[Episode]) -> FeedWords:
    """The feed's and the page's own words, in the language of most of its episodes (the built-in phrasebook,
    reworded by the user's phrasebook file for it; English words for a language with neither)."""
    from voiceroutine.errors import PhraseError
    from voiceroutine.paths import phrases_dir
    from voiceroutine.timeline.phrasebook import english, phrasebook_for

    language = feed_language(episodes)
    try:
        book = phrasebook_for(language, phrases_dir().path)
    except PhraseError:
        book = english()
    words = book.feed_words(len(episodes))
    return dataclasses.replace(words, language=language)


@dataclass(frozen=True, slots=True)
class Addresses:
    """The URLs of one share: everything lies under `base` (http://host:port/TOKEN)."""

    base: str

    @property
    def feed(self) -> str:
        return f"{self.base}/feed.xml"

    @property
    def index(self) -> str:
        return f"{self.base}/"

    @property
    def channel_cover(self) -> str:
        return f"{self.base}/cover.png"

    def file(self, name: str) -> str:
        """A file of the folder; `name` uses "/" between folders."""
        return f"{self.base}/files/{quote(name)}"

    def cover(self, episode: Episode) -> str | None:
        if episode.cover_type is None:
            return None
        return f"{self.base}/covers/{quote(episode.name)}{COVER_EXTENSIONS[episode.cover_type]}"


def enclosure_type(name: str) -> str:
    return ENCLOSURE_TYPES[name[name.rfind(".") :].lower()]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attributes.items()})
    if text is not None:
        element.text = plain_text(text)
    return element


def _duration(ms: int) -> str:
    """itunes:duration as whole seconds (rounded up: the last word is heard)."""
    return str(-(-ms // 1000))


def feed_xml(title: str, episodes: Sequence[Episode], at: Addresses, now: datetime | None = None) -> bytes:
    """The RSS document (UTF-8) for `episodes`, newest first as given."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = _sub(rss, "channel")
    _sub(channel, "title", title)
    _sub(channel, "link", at.index)
    _sub(channel, f"{{{ATOM}}}link", href=at.feed, rel="self", type="application/rss+xml")
    words = feed_words(episodes)
    _sub(channel, "description", words.description)
    _sub(channel, "language", words.language)
    _sub(channel, "generator", f"voiceroutine {__version__}")
    newest = episodes[0].modified if episodes else (now or datetime.now(timezone.utc))
    _sub(channel, "lastBuildDate", format_datetime(newest, usegmt=True))
    image = _sub(channel, "image")
    _sub(image, "url", at.channel_cover)
    _sub(image, "title", title)
    _sub(image, "link", at.index)
    _sub(channel, f"{{{ITUNES}}}image", href=at.channel_cover)
    _sub(channel, f"{{{ITUNES}}}author", "voiceroutine")
    category = _sub(channel, f"{{{ITUNES}}}category", text_=GENRE)
    _sub(category, f"{{{ITUNES}}}category", text_="Fitness")
    _sub(channel, f"{{{ITUNES}}}explicit", "false")
    _sub(channel, f"{{{ITUNES}}}type", "episodic")
    _sub(channel, f"{{{ITUNES}}}block", "Yes")  # a private feed: never listed in a directory
    _sub(channel, f"{{{PODCAST}}}block", "yes")
    for episode in episodes:
        _item(channel, episode, at, words.language)
    ET.indent(rss, space=" ")
    return bytes(ET.tostring(rss, encoding="utf-8", xml_declaration=True)) + b"\n"


def _item(channel: ET.Element, episode: Episode, at: Addresses, language: str) -> None:
    item = _sub(channel, "item")
    _sub(item, "title", episode.title)
    if episode.summary:
        _sub(item, "description", episode.summary)
    if episode.page:
        _sub(item, "link", at.file(episode.page))
    _sub(item, "guid", f"voiceroutine-{episode.guid}", isPermaLink="false")
    _sub(item, "pubDate", format_datetime(episode.modified, usegmt=True))
    _sub(item, "enclosure", url=at.file(episode.name), length=str(episode.size), type=enclosure_type(episode.name))
    if episode.duration_ms is not None:
        _sub(item, f"{{{ITUNES}}}duration", _duration(episode.duration_ms))
    cover = at.cover(episode)
    if cover:
        _sub(item, f"{{{ITUNES}}}image", href=cover)
    _sub(item, f"{{{ITUNES}}}episodeType", "full")
    _sub(item, f"{{{ITUNES}}}explicit", "false")
    if episode.chapters:
        _sub(item, f"{{{PODCAST}}}chapters", url=at.file(episode.chapters), type=CHAPTERS_TYPE)
    if episode.captions:
        _sub(item, f"{{{PODCAST}}}transcript", url=at.file(episode.captions), type="text/vtt",
             language=episode.language or language, rel="captions")
