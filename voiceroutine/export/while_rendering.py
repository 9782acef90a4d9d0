"""A first export encoded while its speech is still being rendered: the encode runs beside the voice, not after it.

The player's growing track (`play/stream.py` `Making`) renders the phrases in the timeline's order and appends
each final stretch of the finished track as soon as its clips exist (early gain, a limiter that looks only a few
milliseconds either side). Here each stretch goes to ffmpeg's stdin as it is made. What needs the whole timeline
comes after, from it: the tags and chapters (MP3's ID3 tag goes in front of ffmpeg's stream, Ogg's are written
with mutagen), the cover, captions, chapters JSON, the page, split parts, and the true-peak check, which may
encode again from the whole track. The file is byte for byte the one `export_routine` writes from the same
clips, and the track is kept in the cache once the encoder has taken it whole, as `export_routine` keeps it.

`export_started` is the entry point. It keeps today's order (render everything, then `export_routine`) where the
growing track cannot make the track, or ffmpeg needs the tags before the audio, or nothing needs rendering
(`rendered_first` decides, and says which):
- with `--music`: the bed is levelled against the whole routine;
- with a lead-in: the track is not the one `play` makes (kept for that export alone);
- M4B and WAV: their tags and chapter times go on ffmpeg's command line, before the audio;
- a warm export (every phrase in the speech cache): the kept track is read back, or limited without waiting;
- a routine estimated longer than `LONGEST_WHILE_RENDERING_MS` (30 minutes): decided when the growing track was
  held whole in memory until kept (2.6 MB a minute), which for the 2-hour routine made a first export peak at
  461 MB instead of 122 MB; rendered first, the track is levelled and encoded a stretch at a time. The growing
  track is now a file in the cache's tracks, read back (held in memory only when the cache cannot be written).

The encoder reads the growing track as it is made, and reads it again from there (not from memory) when the
true-peak check encodes again; once the encoder has taken it whole, its file is renamed into place as the kept
track.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from voiceroutine.audio.clipgain import ClipGains
from voiceroutine.audio.format import Samples, ms_to_samples
from voiceroutine.audio.master import Programme, early_mastering
from voiceroutine.export.chapters import Tags
from voiceroutine.export.encode import Ffmpeg, Format
from voiceroutine.export.exporter import (
    ExportResult,
    _Steps,
    begin,
    encode_checked,
    export_routine,
    labelled,
    stage_beside,
)
from voiceroutine.export.files import Staging
from voiceroutine.export.metering import Meter
from voiceroutine.export.targets import STEREO_GAIN_LU, LoudnessTarget
from voiceroutine.pipeline import Prepared, Preparing, rendered
from voiceroutine.play.stream import GrowingTrack, Making, finished_into_cache
from voiceroutine.progress import ENCODING, NO_PROGRESS, RENDERING_AND_ENCODING, Progress
from voiceroutine.timeline.model import Chapter, Timeline

CHUNK = 1 << 17
"""Samples handed to the encoder at a time (about 6 s)."""
LONGEST_WHILE_RENDERING_MS = 30 * 60_000
"""Routines estimated longer than this render first: decided when the growing track was held whole in memory until
kept (80 MB at 30 minutes). It is now a file in the cache; the limit stays until the 2-hour first export is
measured again encoding while rendering."""
WAIT_S = 0.05
"""How often a source waiting for the next stretch looks whether the encoder has stopped."""


def export_started(
    started: Preparing,
    out: Path,
    tags_of: Callable[[Prepared], Tags],
    fmt: str | None = None,
    lead_in_ms: int = 0,
    music: Path | None = None,
    split: bool = False,
    ffmpeg: Ffmpeg | None = None,
    target: LoudnessTarget | None = None,
    page: bool = False,
    progress: Progress = NO_PROGRESS,
) -> tuple[Prepared, ExportResult]:
    """Render the routine `preparing` settled and export it as `export_routine` does (same arguments), the encode
    overlapping the rendering where it can (the module's docstring says where); the player's own words are
    rendered too, so a play after it renders nothing. `tags_of` gives the tags from the prepared routine (its
    whole timeline). Returns the prepared routine and what was written."""
    encoder, path, chosen, target = begin(out, fmt, lead_in_ms, ffmpeg, target)
    if rendered_first(chosen, music, lead_in_ms, started.estimated.total_ms, started.cached) is None:
        return _while_rendering(started, path, chosen, encoder, target, tags_of, split, page, progress)
    prepared = rendered(started, progress, started.words.all())
    result = export_routine(prepared.timeline, prepared.clips, path, fmt, lead_in_ms, music, split, tags_of(prepared),
                            encoder, prepared.cache_folder, target, page, progress, prepared.phrases)
    return prepared, result


def rendered_first(chosen: Format, music: Path | None, lead_in_ms: int, estimated_ms: int,
                   cached: Callable[[], bool]) -> str | None:
    """Why an export renders every phrase before it encodes (the module's docstring gives each reason at length),
    or None when it encodes while rendering. `cached` (whether every phrase is in the speech cache) is asked
    last, only when nothing else decides: it reads the cache."""
    if music is not None:
        return "music: the bed is levelled against the whole routine"
    if lead_in_ms:
        return "a lead-in: the track is not the one play makes"
    if not chosen.labels_after_audio:
        return f"{chosen.value.upper()}: its tags and chapters go on ffmpeg's command line, before the audio"
    if estimated_ms > LONGEST_WHILE_RENDERING_MS:
        return (f"longer than {LONGEST_WHILE_RENDERING_MS // 60_000} minutes: not yet measured encoding while "
                "rendering (the limit dates from when the growing track was held in memory)")
    if cached():
        return "every phrase is in the speech cache: nothing to render"
    return None


def _while_rendering(started: Preparing, out: Path, chosen: Format, encoder: Ffmpeg, target: LoudnessTarget,
                     tags_of: Callable[[Prepared], Tags], split: bool, page: bool,
                     progress: Progress) -> tuple[Prepared, ExportResult]:
    level, ceiling = target.track_lufs, chosen.ceiling_dbtp
    stopped = threading.Event()
    meter = Meter()
    # what follows the last phrase runs beside the encoder's last stretch: the labels (the cover is drawn) once
    # the timeline is whole, the keeping of the track once the encoder has taken it all
    with ThreadPoolExecutor(1, "voiceroutine-export") as beside, \
            Making(started, level, ceiling, keep=False, first_alone=False) as making, \
            Staging() as staging:

        @functools.cache
        def prepared() -> Prepared:
            """The routine, once its track is whole."""
            timeline = making.track.timeline()
            wanted = (*timeline.spoken_phrases(), *started.words.all())
            return started.prepared(timeline, {text: making.clips[text] for text in wanted if text in making.clips})

        def labelling() -> tuple[Tags, Sequence[Chapter]]:
            whole = prepared()
            chapters = whole.timeline.chapters if chosen.has_chapters else ()
            return labelled(tags_of(whole), whole.timeline, whole.phrases), chapters

        @functools.cache
        def labelled_soon() -> Future[tuple[Tags, Sequence[Chapter]]]:
            return beside.submit(labelling)

        def labels() -> tuple[Tags, Sequence[Chapter]]:
            return labelled_soon().result()

        finish = finished_into_cache(started.cache_folder, making.key_of)
        kept: list[Future[None]] = []

        def keep(timeline: Timeline) -> None:
            kept.append(beside.submit(finish, timeline, making.clips, making.track))

        estimated = ms_to_samples(started.estimated.total_ms)
        steps = _Steps(progress, RENDERING_AND_ENCODING, estimated, chosen.decoded_rate, again=ENCODING)
        track = meter.through(_final(making.track, stopped, progress, estimated, lambda: labelled_soon(), keep))
        temp = staging.temp_for(out)
        try:
            peak, encodes = encode_checked(encoder, chosen, target, labels, temp, out,
                                           lambda attempt: track if attempt == 0 else making.track.chunks(CHUNK),
                                           steps, lambda: making.track.snapshot().ready, stopped)
        finally:
            track.close()
        whole = prepared()
        tags, _ = labels()
        parts = None
        if split:
            gains = ClipGains(level, ceiling, started.cache_folder)
            parts = Programme(whole.timeline, whole.clips, gains=gains.of), early_mastering(ceiling, level)
        peak = max(peak, stage_beside(staging, encoder, whole.timeline, out, chosen, tags, target, progress, page,
                                      whole.phrases, parts))
        for done in kept:
            done.result()
        written = staging.commit()
    loudness = meter.loudness(early_mastering(ceiling, level).loudness_lufs)
    loudness += STEREO_GAIN_LU if target.channels == 2 else 0.0
    timeline = whole.timeline
    return whole, ExportResult(out, tuple(written), timeline.total_ms, len(timeline.chapters), loudness, peak, target,
                               encodes)


def _final(track: GrowingTrack, stopped: threading.Event, progress: Progress, told: int,
           whole: Callable[[], object], keep: Callable[[Timeline], None]) -> Iterator[Samples]:
    """The finished track's samples as they become final, CHUNK at a time, until it is whole (`whole` is told
    when the timeline is); then `keep` is given the track (as `export_routine` keeps a track in the cache only once
    the encoder has taken all of it). Stops when `stopped` is set (the encoder stopped early); the maker's error
    is raised here."""
    at = 0
    told_whole = False
    while True:
        grown = track.snapshot()
        if grown.complete and not told_whole:
            whole()
            told_whole = True
        if grown.ready > told:  # longer than the estimate the progress step was sized by
            progress.extend(grown.ready - told)
            told = grown.ready
        if at < grown.ready:
            end = min(grown.ready, at + CHUNK)
            yield track.samples(at, end)
            at = end
        elif grown.complete:
            break
        elif stopped.is_set():
            return
        else:
            track.wait(at, WAIT_S)
    keep(grown.timeline)
