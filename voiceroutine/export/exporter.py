"""The library entry point: a timeline and its clips -> an audio file with tags and chapters, captions beside it."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import math
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import numpy.typing as npt

from voiceroutine.audio.finish import finishing, levelled_programme
from voiceroutine.audio.format import SAMPLE_RATE, Samples, ms_to_samples
from voiceroutine.audio.master import Mastering, Programme, render, with_music
from voiceroutine.audio.music import MAX_BED_MS, decode
from voiceroutine.errors import EXIT_USAGE, ExportError
from voiceroutine.export.captions import lrc, synced_lines, webvtt
from voiceroutine.export.chapters import Tags
from voiceroutine.export.chapters_json import SUFFIX, json_chapters
from voiceroutine.export.cover import CoverText, cover_png
from voiceroutine.export.encode import Ffmpeg, Format, Labels, output_format, stream_of
from voiceroutine.export.files import Staging, describe_os_error
from voiceroutine.export.metering import Meter, made_up
from voiceroutine.export.split import inside, m3u, part_names
from voiceroutine.export.tagging import tag_m4b, tag_ogg, tag_wav
from voiceroutine.export.targets import STEREO_GAIN_LU, LoudnessTarget, loudness_target
from voiceroutine.export.truepeak import PeakReading, encode_within_peak, read_peaks
from voiceroutine.page.html import follow_along_html
from voiceroutine.progress import CHECKING_PEAK, ENCODING, NO_PROGRESS, Progress, counted
from voiceroutine.routine.units import clock
from voiceroutine.timeline.model import Chapter, Timeline
from voiceroutine.timeline.phrasebook import Phrasebook

GENRE = "Health & Fitness"
"""The genre tag: the name podcast directories and audiobook shops give this kind of programme."""

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
    """Integrated loudness of the file (as levelled; the encode changes it by less than 0.2 LU)."""
    true_peak_dbtp: float
    """Measured on the decoded file (the largest of all files written)."""
    target: LoudnessTarget
    encodes: int = 1
    """How many times the audio was encoded before every file was under the true-peak limit."""


def _book(language: str, phrases: Phrasebook | None) -> Phrasebook:
    """The routine's phrasebook when given, else the built-in one of `language` (English when there is none)."""
    if phrases is not None:
        return phrases
    from voiceroutine.language import primary
    from voiceroutine.timeline.phrasebook import built_in, english

    return built_in(primary(language or "en")) or english()


def summary_comment(timeline: Timeline, level: str | None = None, speed: float | None = None,
                    phrases: Phrasebook | None = None) -> str:
    """One line for the comment tag: exercises, length, level, speed, in the routine's language (`phrases`,
    else English)."""
    names = [ex.name for ex in timeline.exercises]
    return _book("en", phrases).summary(names, clock(timeline.total_ms), level, speed)


def default_tags(timeline: Timeline, level: str | None = None, speed: float | None = None,
                 today: date | None = None, language: str = "", phrases: Phrasebook | None = None) -> Tags:
    """Title, album, genre, year, the summary as comment (in the words of `phrases`, else of `language`'s
    built-in phrasebook) and the language (a BCP 47 tag, empty for none); the exporter adds the cover and lyrics."""
    book = _book(language, phrases)
    return Tags(title=timeline.title, album=timeline.title, comment=summary_comment(timeline, level, speed, book),
                genre=GENRE, year=str((today or date.today()).year), language=language)


def cover_subtitle(timeline: Timeline, language: str = "en", phrases: Phrasebook | None = None) -> str:
    """What the cover says under the title, in `language`: "3 exercises · 12:05", "3 Übungen · 12:05"."""
    return _book(language, phrases).cover_words(len(timeline.exercises), clock(timeline.total_ms))[0]


def cover_for(timeline: Timeline, language: str = "en", phrases: Phrasebook | None = None) -> bytes:
    """The cover image of a routine: its title, exercise count and length, in `language` (the words of `phrases`,
    the routine's phrasebook with its rewordings, when given)."""
    subtitle, footer = _book(language, phrases).cover_words(len(timeline.exercises), clock(timeline.total_ms))
    return cover_png(CoverText(timeline.title, subtitle, footer))


def with_lead_in(timeline: Timeline, lead_in_ms: int) -> Timeline:
    """The timeline shifted later by `lead_in_ms` of silence; the first chapter grows to still start at 0."""
    if lead_in_ms == 0:
        return timeline
    cues = tuple(dataclasses.replace(c, start_ms=c.start_ms + lead_in_ms, end_ms=c.end_ms + lead_in_ms)
                 for c in timeline.cues)
    spans = tuple(dataclasses.replace(s, start_ms=s.start_ms + lead_in_ms, end_ms=s.end_ms + lead_in_ms)
                  for s in timeline.spans)
    chapters = tuple(dataclasses.replace(ch, start_ms=0 if i == 0 else ch.start_ms + lead_in_ms,
                                         end_ms=ch.end_ms + lead_in_ms)
                     for i, ch in enumerate(timeline.chapters))
    return dataclasses.replace(timeline, cues=cues, spans=spans, chapters=chapters,
                               total_ms=timeline.total_ms + lead_in_ms)


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
    target: LoudnessTarget | None = None,
    page: bool = False,
    progress: Progress = NO_PROGRESS,
    phrases: Phrasebook | None = None,
) -> ExportResult:
    """Mix, level and encode the routine to `out` with captions (.vtt, .lrc) and Podcasting 2.0 chapters
    (.chapters.json); with `page`, the follow-along page (.html); with `split`, parts, a playlist and the cover.

    Loudness and channels follow `target` (default: podcast loudness, mono); every file's true peak is measured
    on its decoded audio and kept at or below -1 dBTP. All files appear together at the end or not at all.
    `memo_folder` remembers the levelling of a routine and keeps its finished track, so exporting it again costs
    little more than the encode. `progress` hears the levelling, each encode and each check of a decoded file.
    `phrases` (the routine's phrasebook) words the cover; without it, the built-in one of the tags' language.
    """
    encoder, out, chosen, target = begin(out, fmt, lead_in_ms, ffmpeg, target)
    shifted = with_lead_in(timeline, lead_in_ms)
    tags = labelled(tags or default_tags(timeline), shifted, phrases)
    level = target.track_lufs  # the player's track at the same target is this very track (`play --loudness`)
    programme = levelled_programme(shifted, clips, level, chosen.ceiling_dbtp, memo_folder)
    if music is not None:
        with_music(programme, shifted, decode(music, min(shifted.total_ms, MAX_BED_MS)))
    mastering, finished = finishing(programme, shifted, clips, level, memo_folder, chosen.ceiling_dbtp, progress)
    meter = Meter()
    track = meter.through(finished)
    with Staging() as staging, contextlib.closing(track):
        temp = staging.temp_for(out)
        chapters = shifted.chapters if chosen.has_chapters else ()
        steps = _Steps(progress, ENCODING, programme.length, chosen.decoded_rate)
        peak, encodes = encode_checked(encoder, chosen, target, lambda: (tags, chapters), temp, out,
                                       lambda attempt: track if attempt == 0 else render(programme, mastering),
                                       steps, lambda: programme.length)
        peak = max(peak, stage_beside(staging, encoder, shifted, out, chosen, tags, target, progress, page, phrases,
                                      (programme, mastering) if split else None))
        written = staging.commit()
    loudness = meter.loudness(mastering.loudness_lufs) + (STEREO_GAIN_LU if target.channels == 2 else 0.0)
    return ExportResult(out, tuple(written), shifted.total_ms, len(shifted.chapters), loudness, peak, target,
                        encodes)


def begin(out: Path, fmt: str | None, lead_in_ms: int, ffmpeg: Ffmpeg | None,
          target: LoudnessTarget | None) -> tuple[Ffmpeg, Path, Format, LoudnessTarget]:
    """The encoder (ExportError before any work when there is no ffmpeg), the output path and format, and the
    loudness target (podcast, mono by default); ExportError for a lead-in out of range."""
    encoder = ffmpeg or Ffmpeg()
    encoder.program()  # no ffmpeg: say so before any work
    if not 0 <= lead_in_ms <= MAX_LEAD_IN_MS:
        raise ExportError(f"lead-in {lead_in_ms / 1000:g} s is out of range: use 0 to {MAX_LEAD_IN_MS // 1000} seconds",
                          exit_code=EXIT_USAGE)
    out, chosen = output_format(out, fmt)
    return encoder, out, chosen, target or loudness_target()


def labelled(tags: Tags, shifted: Timeline, phrases: Phrasebook | None) -> Tags:
    """`tags` with what the exporter adds from the (shifted) timeline: the cover (unless given), the LRC lyrics
    and the synced lines."""
    return dataclasses.replace(tags, cover=tags.cover or cover_for(shifted, tags.language or "en", phrases),
                               lyrics=lrc(shifted, tags), synced=synced_lines(shifted))


def stage_beside(staging: Staging, encoder: Ffmpeg, shifted: Timeline, out: Path, chosen: Format, tags: Tags,
                 target: LoudnessTarget, progress: Progress, page: bool, phrases: Phrasebook | None,
                 parts: tuple[Programme, Mastering] | None) -> float:
    """Stage the files beside the audio: captions, Podcasting 2.0 chapters, the page (with `page`), and the split
    parts cut from `parts` (the programme and its mastering; None: no split); returns the parts' highest true
    peak (-inf without parts)."""
    staging.write_text(out.with_suffix(".vtt"), webvtt(shifted))
    staging.write_text(out.with_suffix(".lrc"), tags.lyrics)
    if chosen.has_chapters:
        staging.write_text(out.with_name(out.stem + SUFFIX), json_chapters(shifted, tags, out.name))
    if page:
        staging.write_text(out.with_suffix(".html"), follow_along_html(shifted, out.name, tags.cover,
                                                                    _book(tags.language, phrases).page_words()))
    if parts is None:
        return -math.inf
    programme, mastering = parts
    return _stage_parts(staging, encoder, programme, mastering, shifted, out, chosen, tags, target, progress)


def encode_checked(encoder: Ffmpeg, chosen: Format, target: LoudnessTarget, labels: Labels, temp: Path,
                   shown_as: Path, track: Callable[[int], Iterable[Samples]], steps: _Steps,
                   length: Callable[[], int], stopped: threading.Event | None = None) -> tuple[float, int]:
    """Encode into `temp` until the decoded file's true peak passes, then add the tags ffmpeg cannot write.

    `labels` gives the tags and chapters and `length` the track's length in samples, each once the first encode
    has taken the whole track (for MP3 and Ogg: `Format.labels_after_audio`). `stopped` is set when the first
    encode stops taking the track (its source may be waiting for samples still being made)."""
    ogg = chosen is Format.OGG  # ffmpeg rounds Ogg chapter times to the second: tagged afterwards, exactly
    first = [True]

    def encode(chunks: Iterable[Samples], written: threading.Event | None = None) -> None:
        once = stopped if first[0] else None
        first[0] = False
        encoder.encode(made_up(chunks, chosen.level_offset_db), chosen, (lambda: (None, ())) if ogg else labels,
                       (), temp, shown_as, target.channels, stopped=once, written=written)

    def decoded_length() -> int:
        return length() * chosen.decoded_rate // SAMPLE_RATE

    def decoded() -> Iterable[npt.NDArray[np.float32]]:
        frames = encoder.decoded(temp, chosen.decoded_rate, target.channels, shown_as=shown_as)
        return steps.checking(_whole(frames, decoded_length, chosen.decoded_rate, shown_as), length())

    def encoded_and_read(chunks: Iterable[Samples]) -> PeakReading:
        """The first encode of an MP3, its true peak read beside it as the stream is written (no step of its own:
        it ends with the encode)."""
        written = threading.Event()
        stream = stream_of(temp)
        try:
            stream.write_bytes(b"")  # ffmpeg writes this very file (it truncates, not replaces, what is there)
            source = open(stream, "rb")  # noqa: SIM115 (the reader closes it)
        except OSError as e:
            raise describe_os_error(e, shown_as) from None
        abandoned = threading.Event()
        frames = encoder.decoded_as_written(source, written, abandoned, chosen.decoded_rate, target.channels,
                                            shown_as=shown_as)
        reading: list[PeakReading | Exception] = []

        def read() -> None:
            try:
                reading.append(read_peaks(_whole(frames, decoded_length, chosen.decoded_rate, shown_as),
                                          chosen.decoded_rate))
            except Exception as e:  # raised by the encoding thread, once the encode is done
                reading.append(e)
            finally:
                source.close()

        reader = threading.Thread(target=read, name="voiceroutine-check", daemon=True)
        reader.start()
        failed = True
        try:
            encode(chunks, written)
            failed = False
        except BaseException:
            abandoned.set()  # the decoder is killed: what an encode that failed (or Ctrl-C) leaves is no check
            raise
        finally:
            written.set()
            reader.join(READER_STOP_S if failed else None)
            stream.unlink(missing_ok=True)  # after the reader has closed it: Windows removes no open file
        if isinstance(reading[0], Exception):
            raise reading[0]
        return reading[0]

    def closing_track(attempt: int) -> Iterator[Samples]:
        with contextlib.closing(iter(track(attempt))) as chunks:  # type: ignore[type-var]
            yield from steps.encoding(chunks, attempt)

    result = encode_within_peak(encode, decoded, chosen.decoded_rate, closing_track, str(shown_as),
                                encoded_and_read if chosen is Format.MP3 else None)
    if ogg:
        tags, chapters = labels()
        assert tags is not None
        tag_ogg(temp, tags, chapters, shown_as)
    elif chosen is Format.M4B:
        tags, _ = labels()
        assert tags is not None
        tag_m4b(temp, tags, shown_as)
    elif chosen is Format.WAV:
        tags, _ = labels()
        assert tags is not None
        tag_wav(temp, tags, shown_as)
    return result


READER_STOP_S = 5.0
"""How long a failed MP3 encode waits for the check beside it to stop (its decoder is killed: milliseconds)."""
LENGTH_SLACK_S = 0.2
"""How far a decoded file's length may be from the track's: encoders pad the first and last frame (MP3, AAC)."""


def _whole(frames: Iterable[npt.NDArray[np.float32]], length: Callable[[], int], rate: int,
           shown_as: Path) -> Iterator[npt.NDArray[np.float32]]:
    """`frames` passed through; ExportError at their end when they are not the track's `length()` (asked then: a
    file ffmpeg cut short, or one of another length), so nothing shorter or longer replaces a file."""
    count = 0
    for block in frames:
        count += len(block)
        yield block
    expected = length()
    if abs(count - expected) > LENGTH_SLACK_S * rate:
        raise ExportError(f"ffmpeg wrote {shown_as} wrong: it decodes to {count / rate:.2f} s, the track is "
                          f"{expected / rate:.2f} s")


@dataclass(frozen=True, slots=True)
class _Steps:
    """The progress steps of one file: each encode of its `length` samples, then each check of the decoded file."""

    progress: Progress
    label: str
    length: int
    decoded_rate: int
    again: str = ""
    """The label of a second encode and later ones ("" : `label`), each with " (again, N)"."""

    def encoding(self, chunks: Iterable[Samples], attempt: int) -> Iterator[Samples]:
        label = self.label if attempt == 0 else f"{self.again or self.label} (again, {attempt + 1})"
        self.progress.step(label, self.length)
        return counted(chunks, self.progress)

    def checking(self, frames: Iterable[npt.NDArray[np.float32]], length: int) -> Iterator[npt.NDArray[np.float32]]:
        self.progress.step(CHECKING_PEAK, length * self.decoded_rate // SAMPLE_RATE)
        return counted(frames, self.progress)


def _labels_of(tags: Tags) -> tuple[Tags | None, Sequence[Chapter]]:
    return tags, ()


def _part(programme: Programme, mastering: Mastering, start: int, end: int, attempt: int) -> Iterable[Samples]:
    return render(programme, mastering, start, end)


def _stage_parts(staging: Staging, encoder: Ffmpeg, programme: Programme, mastering: Mastering,
                 timeline: Timeline, out: Path, chosen: Format, tags: Tags, target: LoudnessTarget,
                 progress: Progress) -> float:
    """One file per chapter, cut from the same mastered track, the playlist and the cover, in a folder named
    after `out`; returns the highest true peak of the parts."""
    folder = out.parent / out.stem
    names = part_names(timeline.chapters, out.suffix.lstrip(".") or chosen.value)
    count = len(timeline.chapters)
    peak = -math.inf
    for number, (chapter, name) in enumerate(zip(timeline.chapters, names, strict=True), start=1):
        part = inside(folder, name)
        part_tags = Tags(title=chapter.title, artist=tags.artist, album=tags.title, comment=tags.comment,
                         track=f"{number}/{count}", genre=tags.genre, year=tags.year, cover=tags.cover,
                         language=tags.language)
        temp = staging.temp_for(part)
        start, end = ms_to_samples(chapter.start_ms), ms_to_samples(chapter.end_ms)
        steps = _Steps(progress, f"encoding part {number} of {count}", min(end, programme.length) - start,
                       chosen.decoded_rate)
        part_peak, _ = encode_checked(encoder, chosen, target, functools.partial(_labels_of, part_tags), temp, part,
                                      functools.partial(_part, programme, mastering, start, end), steps,
                                      functools.partial(int, steps.length))
        peak = max(peak, part_peak)
    staging.write_text(inside(folder, f"{out.stem}.m3u8"), m3u(tags.title, timeline.chapters, names))
    if tags.cover is not None:
        staging.write_bytes(inside(folder, "cover.png"), tags.cover)
    return peak
