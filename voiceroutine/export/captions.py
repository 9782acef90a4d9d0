"""Captions of every spoken cue: WebVTT (exact to the ms) and LRC synced lyrics for phone music players."""

from __future__ import annotations

from voiceroutine.export.chapters import Line, Tags, plain_text
from voiceroutine.timeline.model import Cue, CueKind, Timeline


def _spoken(timeline: Timeline) -> list[Cue]:
    return [cue for cue in timeline.cues if cue.kind is CueKind.SPEECH]


def vtt_time(ms: int) -> str:
    """HH:MM:SS.mmm"""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _vtt_text(text: str) -> str:
    flat = " ".join(plain_text(text).split())
    return flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("-->", "--&gt;")


def webvtt(timeline: Timeline) -> str:
    """A WebVTT file with one numbered cue per spoken phrase, from its start to its end."""
    blocks = ["WEBVTT", ""]
    for number, cue in enumerate(_spoken(timeline), start=1):
        blocks += [str(number), f"{vtt_time(cue.start_ms)} --> {vtt_time(cue.end_ms)}", _vtt_text(cue.text), ""]
    return "\n".join(blocks)


def lrc_time(ms: int) -> str:
    """[mm:ss.xx], minutes not wrapped at an hour (players accept [75:02.50])."""
    minutes, rest = divmod(ms, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"[{minutes:02d}:{seconds:02d}.{millis // 10:02d}]"


def _lrc_field(value: str) -> str:
    return " ".join(plain_text(value).replace("[", "(").replace("]", ")").split())


def synced_lines(timeline: Timeline) -> tuple[Line, ...]:
    """One line per spoken phrase at its start, and an empty line where the voice stops before the next."""
    spoken = _spoken(timeline)
    lines = []
    for index, cue in enumerate(spoken):
        lines.append(Line(cue.start_ms, _lrc_field(cue.text)))
        following = spoken[index + 1].start_ms if index + 1 < len(spoken) else None
        if following is None or following // 10 > cue.end_ms // 10:
            lines.append(Line(cue.end_ms, ""))
    return tuple(lines)


def lrc(timeline: Timeline, tags: Tags) -> str:
    """LRC lyrics: [ti:] [ar:] [al:] [length:] header, one line per phrase, an empty line where the voice stops."""
    minutes, rest = divmod(timeline.total_ms, 60_000)
    lines = [f"[ti:{_lrc_field(tags.title)}]", f"[ar:{_lrc_field(tags.artist)}]"]
    if tags.album:
        lines.append(f"[al:{_lrc_field(tags.album)}]")
    lines += [f"[length:{minutes:02d}:{rest // 1000:02d}]", "[by:voiceroutine]"]
    lines += [f"{lrc_time(line.start_ms)}{line.text}" for line in synced_lines(timeline)]
    return "\n".join(lines) + "\n"
