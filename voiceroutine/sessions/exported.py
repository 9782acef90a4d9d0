"""Which routine an exported file holds, kept in its tags, so `voiceroutine done FILE` logs what was really heard.

`routine_tag()` is what the exporter writes: one line of ASCII JSON (the routine's name, title and content hash,
the level, pace, progression step and rule, the instructions heard, the exercises and the language), in an ID3
`TXXX` frame described `voiceroutine` (MP3, and WAV in its `id3 ` chunk), a `VOICEROUTINE` Vorbis comment
(Ogg Opus) or an iTunes freeform atom `----:org.voiceroutine:routine` (M4B). `read_exported()` reads it back
with mutagen, with the file's real length.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voiceroutine.errors import EXIT_USAGE, VoiceroutineError
from voiceroutine.routine.model import Routine
from voiceroutine.sessions.identity import routine_id
from voiceroutine.sessions.model import Pace, ProgressRule
from voiceroutine.timeline.model import Timeline
from voiceroutine.timeline.options import PaceOptions

TAG_NAME = "voiceroutine"
"""The ID3 TXXX frame's description."""
VORBIS_KEY = "VOICEROUTINE"
MP4_KEY = "----:org.voiceroutine:routine"
VERSION = 1
AUDIO_SUFFIXES = (".mp3", ".m4b", ".m4a", ".ogg", ".opus", ".wav")
"""What `done` takes for an exported file rather than a routine."""


class ExportedFileError(VoiceroutineError):
    """An exported file `done` cannot read the routine from."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True, slots=True)
class Exported:
    """What an exported file says about itself."""

    routine: str
    title: str
    routine_hash: str
    level: str
    pace: Pace
    exercises: tuple[str, ...]
    """Each exercise once, in order."""
    length_ms: int
    """The file's real length, read from the file (a lead-in included)."""
    week: int | None = None
    progress: ProgressRule | None = None
    instructions: str | None = None
    """full, short or mixed: what the file reads."""


def routine_tag(routine: Routine, options: PaceOptions, timeline: Timeline, week: int | None = None,
                instructions: str | None = None, progress: ProgressRule | None = None, language: str = "") -> str:
    """The tag's text for an export of `routine` as `timeline`: one line of ASCII JSON."""
    rid = routine_id(routine)
    data: dict[str, Any] = {
        "v": VERSION, "routine": rid.name, "title": rid.title, "hash": rid.hash, "level": options.level.value,
        "pace": {"speed": options.speed, "pauses": options.pauses, "rest_ms": options.rest_ms,
                 "countdown": options.countdown},
        "week": week, "instructions": instructions,
        "progress": None if progress is None else {"every": progress.every, "unit": progress.unit,
                                                   "written": progress.written, "top": progress.top},
        "exercises": list(dict.fromkeys(e.name for e in timeline.exercises)),
    }  # fmt: skip
    if language:
        data["language"] = language
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def tag_text(audio: Any) -> str | None:
    """The routine tag's text in a file mutagen opened, or None."""
    tags = audio.tags
    if tags is None:
        return None
    if hasattr(tags, "getall"):  # ID3 (MP3, WAV)
        for frame in tags.getall("TXXX"):
            if frame.desc == TAG_NAME and frame.text:
                return str(frame.text[0])
        return None
    if MP4_KEY in tags:
        return bytes(tags[MP4_KEY][0]).decode("utf-8", "replace")
    values = tags.get(VORBIS_KEY) if hasattr(tags, "get") else None
    return str(values[0]) if values else None


def read_exported(path: Path) -> Exported:
    """The routine an exported file holds and its real length; ExportedFileError in one line when it cannot tell."""
    import mutagen

    if not path.is_file():
        raise ExportedFileError(f"{path}: no such file")
    try:
        audio = mutagen.File(path)  # type: ignore[attr-defined]
    except (mutagen.MutagenError, OSError) as e:
        raise ExportedFileError(f"cannot read {path} as an audio file: {e}") from None
    if audio is None or audio.info is None:
        raise ExportedFileError(f"cannot read {path} as an audio file: not MP3, M4B, Ogg Opus or WAV")
    text = tag_text(audio)
    if text is None:
        raise ExportedFileError(
            f"{path} does not say which routine it holds (it was not exported by voiceroutine, or by a version "
            f"before this tag, or it is one part of a --split export): name the routine instead, as in "
            f"voiceroutine done ROUTINE"
        )
    try:
        data = json.loads(text)
        pace = data["pace"]
        rule = data["progress"]
        return Exported(
            routine=str(data["routine"]), title=str(data["title"]), routine_hash=str(data["hash"]),
            level=str(data["level"]),
            pace=Pace(float(pace["speed"]), float(pace["pauses"]),
                      None if pace["rest_ms"] is None else int(pace["rest_ms"]), int(pace["countdown"])),
            exercises=tuple(str(name) for name in data["exercises"]),
            length_ms=round(float(audio.info.length) * 1000),
            week=None if data["week"] is None else int(data["week"]),
            progress=None if rule is None else ProgressRule(int(rule["every"]), str(rule["unit"]),
                                                            str(rule["written"]), int(rule["top"])),
            instructions=None if data["instructions"] is None else str(data["instructions"]),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError) as e:
        raise ExportedFileError(f"{path}: its voiceroutine tag cannot be read ({type(e).__name__}: {e})") from None
