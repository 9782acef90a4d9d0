"""The routines a shared folder holds, as the feed's episodes: each audio file directly in the folder, with what
lies beside it (the chapters, the captions, the follow-along page) and what its tags say.

Read with mutagen; remembered per file until its size or modification time changes, so the feed can be made
anew on every request (a routine exported while `serve` runs shows up at once).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from voiceroutine.export.chapters_json import SUFFIX as CHAPTERS_SUFFIX

AUDIO_SUFFIXES = (".mp3", ".m4b", ".ogg")
"""What podcast apps play (and an export writes). WAV is served as a file but not offered in the feed: most
apps cannot play it."""


@dataclass(frozen=True, slots=True)
class Episode:
    """One exported routine in the folder."""

    name: str
    """The audio file's name, directly in the folder."""
    title: str
    summary: str
    """The export's comment ("5 exercises: ...; length 10:42; level standard"), or ""."""
    duration_ms: int | None
    size: int
    modified: datetime
    """When it was exported (the file's modification time, UTC): the episode's pubDate."""
    guid: str
    """From the audio's bytes: the same file keeps it across restarts and copies; a new export is a new one."""
    cover_type: str | None
    """"image/png" or "image/jpeg" if the audio has a cover embedded."""
    language: str | None = None
    """The BCP 47 tag it is spoken in, from its tags (the routine tag, else ID3 TLAN or Vorbis LANGUAGE); None
    when they do not say."""
    chapters: str | None = None
    """Names of the files beside it: NAME.chapters.json, NAME.vtt, NAME.html, when there."""
    captions: str | None = None
    page: str | None = None


@dataclass(frozen=True, slots=True)
class _Read:
    title: str | None
    summary: str | None
    duration_ms: int | None
    cover: bytes | None
    language: str | None = None


def _language(audio: Any) -> str | None:
    """The language a file says it is in: the routine tag's BCP 47 tag, else its ISO 639-2 language tag."""
    from voiceroutine.language import from_iso639_2, parse_tag
    from voiceroutine.sessions.exported import tag_text

    text = tag_text(audio)
    if text:
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        tag = data.get("language") if isinstance(data, dict) else None
        if isinstance(tag, str) and parse_tag(tag):
            return parse_tag(tag)
    tags = audio.tags
    code = _tag_text(tags, ("TLAN", "LANGUAGE", "language")) if tags is not None else None
    return from_iso639_2(code) if code else None


def _tag_text(tags: Any, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        try:
            value = tags.get(key)
        except (KeyError, ValueError, TypeError):
            value = None
        if value is None:
            continue
        if hasattr(value, "text"):  # an ID3 frame
            value = value.text
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        if value:
            return str(value)
    return None


def _cover(audio: Any) -> bytes | None:
    tags = audio.tags
    if tags is None:
        return None
    if hasattr(tags, "getall"):  # ID3
        pictures = tags.getall("APIC")
        front = [p for p in pictures if p.type == 3] or pictures
        return bytes(front[0].data) if front else None
    if "covr" in tags:
        return bytes(tags["covr"][0]) if tags["covr"] else None
    blocks = tags.get("METADATA_BLOCK_PICTURE") if hasattr(tags, "get") else None
    if blocks:
        import base64

        from mutagen.flac import Picture

        try:
            return bytes(Picture(base64.b64decode(blocks[0])).data)  # type: ignore[no-untyped-call]
        except Exception:  # a damaged picture block: no cover rather than no episode
            return None
    return None


def _read(path: Path) -> _Read:
    """Title, comment, length and cover from the file's tags; Nones for a file mutagen cannot read."""
    import mutagen

    try:
        audio = mutagen.File(path)
    except Exception:  # mutagen raises many kinds on a damaged file; the episode is still listed
        audio = None
    if audio is None:
        return _Read(None, None, None, None)
    length = getattr(audio.info, "length", None)
    tags = audio.tags
    title = summary = None
    if tags is not None:
        title = _tag_text(tags, ("TIT2", "\xa9nam", "title", "TITLE"))
        comment = _tag_text(tags, ("\xa9cmt", "comment", "COMMENT"))
        if comment is None and hasattr(tags, "getall"):
            frames = tags.getall("COMM")
            comment = str(frames[0].text[0]) if frames and frames[0].text else None
        summary = comment
    try:
        language = _language(audio)
    except Exception:  # a damaged tag: no language rather than no episode
        language = None
    return _Read(title, summary, round(length * 1000) if length else None, _cover(audio), language)


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()[:32]


def _chapters_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _chapters_end(chapters: dict[str, Any]) -> int | None:
    """The routine's exact length, from the end of its last chapter (the file's own length is an estimate: an
    MP3 reads a second long)."""
    ends = [c.get("endTime") for c in chapters.get("chapters", ()) if isinstance(c, dict)]
    numbers = [e for e in ends if isinstance(e, int | float) and not isinstance(e, bool) and e > 0]
    return round(max(numbers) * 1000) if numbers else None


def cover_type(data: bytes | None) -> str | None:
    """The type of an embedded cover, from its first bytes."""
    if data is None:
        return None
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


class Shelf:
    """The episodes of one folder, remembered per file (by size and modification time)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._known: dict[str, tuple[tuple[int, int], Episode, bytes | None]] = {}
        self._lock = threading.Lock()

    def episodes(self) -> tuple[Episode, ...]:
        """Every audio file directly in the folder, newest first."""
        found: list[Episode] = []
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return ()
        names = {entry.name for entry in entries}
        for entry in entries:
            if entry.name.startswith(".") or os.path.splitext(entry.name)[1].lower() not in AUDIO_SUFFIXES:
                continue
            episode = self._episode(entry, names)
            if episode is not None:
                found.append(episode)
        return tuple(sorted(found, key=lambda e: (e.modified, e.name), reverse=True))

    def cover(self, name: str) -> bytes | None:
        """The cover embedded in the episode `name` (as last read)."""
        with self._lock:
            known = self._known.get(name)
        return known[2] if known else None

    def _episode(self, entry: os.DirEntry[str], names: set[str]) -> Episode | None:
        from voiceroutine.serve.files import find

        if find(self.folder, (entry.name,)) is None:  # a link out of the folder, a FIFO...
            return None
        info = os.stat(entry.path)
        key = (info.st_size, info.st_mtime_ns)
        stem = os.path.splitext(entry.name)[0]
        beside = {kind: name if name in names and find(self.folder, (name,)) else None
                  for kind, name in (("chapters", stem + CHAPTERS_SUFFIX), ("captions", stem + ".vtt"),
                                     ("page", stem + ".html"))}
        with self._lock:
            known = self._known.get(entry.name)
        if known is not None and known[0] == key:
            episode = known[1]
            if (episode.chapters, episode.captions, episode.page) == tuple(beside.values()):
                return episode
        path = Path(entry.path)
        read = _read(path)
        chapters = _chapters_json(self.folder / beside["chapters"]) if beside["chapters"] else {}
        title = read.title or str(chapters.get("title") or "") or stem
        summary = read.summary or str(chapters.get("description") or "")
        episode = Episode(entry.name, title, summary, _chapters_end(chapters) or read.duration_ms, info.st_size,
                          datetime.fromtimestamp(info.st_mtime, timezone.utc), _digest(path),
                          cover_type(read.cover), read.language, **beside)
        with self._lock:
            self._known[entry.name] = (key, episode, read.cover if episode.cover_type else None)
        return episode
