"""The library entry point: a timeline and its clips -> an audio file with tags and chapters, captions beside it."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from voiceroutine.audio.finish import finishing
from voiceroutine.audio.format import Samples, ms_to_samples
from voiceroutine.audio.master import TARGET_LUFS, Mastering, Programme, render, with_music
from voiceroutine.audio.music import MAX_BED_MS, decode
from voiceroutine.errors import EXIT_USAGE, ExportError
from voiceroutine.export.captions import lrc, webvtt
from voiceroutine.export.chapters import Tags
from voiceroutine.export.encode import MISSING, Ffmpeg, Format
from voiceroutine.export.files import Staging
from voiceroutine.export.split import inside, m3u, part_names
from voiceroutine.timeline.model import Chapter, Timeline

MAX_LEAD_IN_MS = 30_000


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    audio: Path
    files: tuple[Path, ...]
    """Every file written: the audio, its captions, and the split parts and playlist."""
    duration_ms: int
    chapters: int
    loudness_lufs: float
    true_peak_dbtp: float
    """Estimated before encoding."""


def clock(ms: int) -> str:
    """12:05 or 1:02:05."""
    hours, rest = divmod(ms // 1000, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def summary_comment(timeline: Timeline, level: str | None = None, speed: float | None = None) -> str:
    """One line for the comment tag: exercises, length, level, speed."""
    names = ", ".join(ex.name for ex in timeline.exercises)
    count = len(timeline.exercises)
    parts = [f"{count} exercise{'s' if count != 1 else ''}: {names}" if names else "no exercises",
             f"length {clock(timeline.total_ms)}"]
    if level:
        parts.append(f"level {level}")
    if speed is not None:
        parts.append(f"speed {speed:g}x")
    return "; ".join(parts)


def default_tags(timeline: Timeline, level: str | None = None, speed: float | None = None) -> Tags:
    return Tags(title=timeline.title, album=timeline.title, comment=summary_comment(timeline, level, speed))


def with_lead_in(timeline: Timeline, lead_in_ms: int) -> Timeline:
    """The timeline shifted later by `lead_in_ms` of silence; the first chapter grows to still start at 0."""
    if lead_in_ms == 0:
        return timeline
    cues = tuple(dataclasses.replace(c, start_ms=c.start_ms + lead_in_ms, end_ms=c.end_ms + lead_in_ms)
                 for c in timeline.cues)
    spans = tuple(dataclasses.replace(s, start_ms=s.start_ms + lead_in_ms, end_ms=s.end_ms + lead_in_ms)
                  for s in timeline.spans)
    chapters = tuple(Chapter(ch.title, 0 if i == 0 else ch.start_ms + lead_in_ms, ch.end_ms + lead_in_ms)
                     for i, ch in enumerate(timeline.chapters))
    return dataclasses.replace(timeline, cues=cues, spans=spans, chapters=chapters,
                               total_ms=timeline.total_ms + lead_in_ms)


def output_format(out: Path, fmt: str | None) -> tuple[Path, Format]:
    """The format asked for (or implied by the extension, mp3 by default) and the output path with its extension."""
    if fmt is None:
        chosen = Format.parse(out.suffix) if out.suffix else Format.MP3
        return (out if out.suffix else out.with_name(out.name + ".mp3")), chosen
    chosen = Format.parse(fmt)
    if not out.suffix:
        return out.with_name(f"{out.name}.{chosen.value}"), chosen
    if Format.parse(out.suffix) is not chosen:
        raise ExportError(f"output {out.name} does not match --format {fmt}: use a .{chosen.value} name",
                          exit_code=EXIT_USAGE)
    return out, chosen


def export_routine(
    timeline: Timeline,
    clips: Mapping[str, Samples],
    out: Path,
    fmt: str | None = None,
    lead_in_ms: int = 0,
    music: Path | None = None,
    split: bool = False,
    tags: Tags | None = None,
    ffmpeg: Ffmpeg | None = None,
    memo_folder: Path | None = None,
) -> ExportResult:
    """Mix, level and encode the routine to `out` with captions (.vtt, .lrc); with `split`, parts and a playlist.

    All files appear together at the end or not at all. `memo_folder` remembers the levelling of a routine and
    keeps its finished track, so exporting it again costs little more than the encode.
    """
    encoder = ffmpeg or Ffmpeg()
    if not encoder.is_available():
        raise ExportError(MISSING)
    if not 0 <= lead_in_ms <= MAX_LEAD_IN_MS:
        raise ExportError(f"lead-in {lead_in_ms / 1000:g} s is out of range: use 0 to {MAX_LEAD_IN_MS // 1000} seconds",
                          exit_code=EXIT_USAGE)
    out, chosen = output_format(out, fmt)
    shifted = with_lead_in(timeline, lead_in_ms)
    tags = tags or default_tags(timeline)
    programme = Programme(shifted, clips)
    if music is not None:
        with_music(programme, shifted, decode(music, min(shifted.total_ms, MAX_BED_MS)))
    mastering, track = finishing(programme, shifted, clips, TARGET_LUFS + chosen.level_offset_db, memo_folder)
    with Staging() as staging, contextlib.closing(track):
        temp = staging.temp_for(out)
        chapters = shifted.chapters if chosen.has_chapters else ()
        encoder.encode(track, chosen, tags, chapters, temp, out)
        staging.write_text(out.with_suffix(".vtt"), webvtt(shifted))
        staging.write_text(out.with_suffix(".lrc"), lrc(shifted, tags))
        if split:
            _stage_parts(staging, encoder, programme, mastering, shifted, out, chosen, tags)
        written = staging.commit()
    offset = chosen.level_offset_db
    return ExportResult(out, tuple(written), shifted.total_ms, len(shifted.chapters),
                        mastering.loudness_lufs - offset, mastering.peak_dbtp - offset)


def _stage_parts(staging: Staging, encoder: Ffmpeg, programme: Programme, mastering: Mastering,
                 timeline: Timeline, out: Path, chosen: Format, tags: Tags) -> None:
    """One file per chapter, cut from the same mastered track, and the playlist, in a folder named after `out`."""
    folder = out.parent / out.stem
    names = part_names(timeline.chapters, out.suffix.lstrip(".") or chosen.value)
    count = len(timeline.chapters)
    for number, (chapter, name) in enumerate(zip(timeline.chapters, names, strict=True), start=1):
        target = inside(folder, name)
        part_tags = Tags(title=chapter.title, artist=tags.artist, album=tags.title, comment=tags.comment,
                         track=f"{number}/{count}")
        temp = staging.temp_for(target)
        chunks = render(programme, mastering, ms_to_samples(chapter.start_ms), ms_to_samples(chapter.end_ms))
        encoder.encode(chunks, chosen, part_tags, (), temp, target)
    staging.write_text(inside(folder, f"{out.stem}.m3u"), m3u(tags.title, timeline.chapters, names))
