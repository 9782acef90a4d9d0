"""Playing while the rest is rendered: the finished track made a stretch at a time, ahead of the player.

A maker thread renders the phrases in the order the timeline needs them, on the engine's workers with no pause
between two phrases, and whenever the phrase the timeline waits for is in, builds the part of the timeline that
can no longer change (`Segmented.prefix`: every segment whose phrases are all rendered; a later
phrase never moves an earlier cue). The samples of that part are final too: every clip has its own gain (early
gain, `audio/clipgain.py`) and the limiter looks only `_MARGIN` samples either side, so they are rendered and
appended to a `GrowingTrack`. The player reads what is ready; if it ever catches up, it stops at the last cue
boundary that is ready (a cue's start or a spoken cue's end, never inside a word), says so, and goes on from that
very sample. The samples played are the finished track's, byte for byte; once whole it is kept in the cache, so
a later export encodes it without rendering or levelling anything again.

`Making` is the entry point (`play/session.py` plays while it makes); its `GrowingTrack` is the player's
`TrackSource`.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import numpy as np

from voiceroutine.audio.format import Samples, ms_to_samples, samples_to_ms
from voiceroutine.cache.tracks import GrowingFile
from voiceroutine.timeline.layout import NotYet
from voiceroutine.timeline.model import CueKind, Timeline

if TYPE_CHECKING:
    from voiceroutine.pipeline import Preparing

FIRST_BATCH = 1
"""Phrases rendered before the first stretch is made: the first sound waits for one phrase only."""
WAIT_POLL_S = 0.02
"""How often a waiting player looks for keys while it waits for samples."""


@dataclass(frozen=True, slots=True)
class Grown:
    """What of the track is known: the final part of the timeline and how many samples of the track are final."""

    timeline: Timeline
    """The timeline's final prefix (the whole timeline once `complete`); its `total_ms` is where it ends."""
    ready: int
    """Samples of the finished track that are final and can be read."""
    complete: bool
    version: int
    """Grows whenever the timeline does."""


class GrowingTrack:
    """The finished track as the maker appends it, read by the player or the encoder.

    Thread-safe: one thread (the maker) appends, any thread reads, `keep` once the track is complete, `close` once
    the maker has stopped.

    Given the cache folder, the samples go to a file in the cache's tracks as they are made (`GrowingFile`, made at
    the first samples) and are read back from it, so the track is not held in memory beside the voice (28 MB for
    the built-in routine, 318 MB for two hours); once whole, `keep` renames that file into place as the kept
    track. Without a cache folder, or when the cache cannot be written (read-only, full), they are held in memory.
    `close` deletes a file that was not kept."""

    def __init__(self, timeline: Timeline, expected: int = 1 << 16, folder: Path | None = None) -> None:
        self._cond = threading.Condition()
        self._expected = max(1, expected)
        """Room for this many samples (the estimated length, a little over) when held in memory."""
        self._buffer: Samples | None = None
        """The samples, when held in memory (grown by half when there is no room)."""
        self._folder = folder
        self._file: GrowingFile | None = None
        self._length = 0
        self._timeline = timeline
        self._version = 0
        self._complete = False
        self._closed = False
        self._error: BaseException | None = None

    def grow(self, samples: Samples, timeline: Timeline | None = None, complete: bool = False) -> None:
        """Append final samples (and the timeline's final prefix, when it grew)."""
        if len(samples):
            self._append(samples)  # only the maker appends: the file is written outside the lock
        with self._cond:
            self._length += len(samples)
            if timeline is not None and timeline != self._timeline:
                self._timeline = timeline
                self._version += 1
            self._complete = self._complete or complete
            self._cond.notify_all()

    def _append(self, samples: Samples) -> None:
        if self._file is None and self._buffer is None and self._folder is not None:
            self._open(self._folder)
        file = self._file
        if file is not None:
            try:
                file.append(samples)
                return
            except OSError:  # the disk filled up: what was written is read back, the rest is held in memory
                written = file.read(0, file.length)
                with self._cond:
                    self._buffer, self._file = written, None
                file.close()
        length = self._length
        if self._buffer is None:
            self._buffer = np.zeros(max(self._expected, len(samples)), dtype=np.int16)
        need = length + len(samples)
        if need > len(self._buffer):
            bigger = np.zeros(max(need, len(self._buffer) * 3 // 2), dtype=np.int16)
            bigger[:length] = self._buffer[:length]
            with self._cond:  # a reader takes views of the buffer it finds
                self._buffer = bigger
        self._buffer[length:need] = samples

    def _open(self, folder: Path) -> None:
        """The file the samples go to (none when the cache cannot be written: they are held in memory)."""
        try:
            file = GrowingFile(folder)
        except OSError:  # read-only, full, or no folder can be made there
            return
        with self._cond:
            if not self._closed:
                self._file = file
                return
        file.close()  # closed meanwhile: nothing may be left behind

    def fail(self, error: BaseException) -> None:
        with self._cond:
            self._error = error
            self._cond.notify_all()

    def snapshot(self) -> Grown:
        """What is known now; the maker's error, raised here, when it failed."""
        with self._cond:
            if self._error is not None:
                raise self._error
            return Grown(self._timeline, self._length, self._complete, self._version)

    def samples(self, start: int, end: int) -> Samples:
        """Final samples [start, end): read back from the file, or a view of the memory they are held in (never
        copied: they are never written again; a buffer grown since stays alive as long as a view of it does)."""
        while True:
            with self._cond:
                end = min(end, self._length)
                buffer, file, closed = self._buffer, self._file, self._closed
            if file is None:
                break
            try:
                return file.read(start, end)
            except OSError:
                with self._cond:
                    if self._file is file:
                        raise
                # let go meanwhile (the disk filled up): read again from memory
        if buffer is None:
            if closed and end > start:
                raise OSError("the track's file was closed")
            return np.zeros(0, dtype=np.int16)
        return buffer[start:end]

    def chunks(self, size: int) -> Iterator[Samples]:
        """Every sample made so far, `size` at a time."""
        length = self.snapshot().ready
        for at in range(0, length, size):
            yield self.samples(at, min(length, at + size))

    def wait(self, beyond: int, timeout_s: float) -> None:
        """Until more than `beyond` samples are ready, the track is complete or the maker failed, or the timeout."""
        with self._cond:
            self._cond.wait_for(lambda: self._length > beyond or self._complete or self._error is not None,
                                timeout_s)

    def whole(self) -> Samples:
        """Every sample made so far (a view when held in memory, read back whole from a file: for short tracks)."""
        return self.samples(0, self.snapshot().ready)

    def timeline(self) -> Timeline:
        """The timeline made so far (the whole one once complete), even after the maker failed."""
        with self._cond:
            return self._timeline

    def keep(self, folder: Path, key: str) -> None:
        """Keep the whole track in the cache at `folder` as the track for `key`: the file it was written to is
        renamed into place; one held in memory is written there (unless a track is kept for `key` already).
        Keeping is only a speed-up: a cache that cannot be written keeps nothing."""
        from voiceroutine.cache import keeping, kept_track
        from voiceroutine.cache.tracks import READ_CHUNK

        with self._cond:
            file, closed = self._file, self._closed
        if closed:
            return
        if file is not None and file.folder == folder and file.keep(key):
            return
        length = self.snapshot().ready
        kept = kept_track(folder, key, length)
        if kept is not None:
            kept.close()
            return
        for _ in keeping(self.chunks(READ_CHUNK), folder, key, length):
            pass

    def close(self) -> None:
        """Let the file go (deleted unless kept): the samples can no longer be read from it."""
        with self._cond:
            self._closed = True
            file, self._file = self._file, None
        if file is not None:
            file.close()


def boundary(grown: Grown, at: int) -> int:
    """The furthest sample the player may play to from `at` without stopping inside a cue: the track's end when
    complete, else the last cue start or spoken cue end that is ready (at most `at` when none is)."""
    if grown.complete:
        return grown.ready
    best = at
    for cue in grown.timeline.cues:
        for edge in (cue.start_ms, cue.end_ms if cue.kind is CueKind.SPEECH else cue.start_ms):
            sample = ms_to_samples(edge)
            if best < sample <= grown.ready:
                best = sample
    return best


Build = Callable[[Callable[[str], int]], tuple[Timeline, str | None]]
"""The timeline's final prefix for some phrase lengths (`durations` raises NotYet for a phrase not rendered), and
the first phrase it still needs (None: the timeline is whole)."""
RenderBatch = Callable[[list[str]], Mapping[str, Samples]]
"""Renders phrases (through the cache) and returns their clips."""
Finish = Callable[[Timeline, Mapping[str, Samples], GrowingTrack], None]
"""Told the whole timeline, its clips and the finished track once everything is made (keeps the track)."""


class Maker:
    """Renders phrases in the timeline's order and appends each final stretch of the track to `track`.

    The engine's `workers` are kept busy: as soon as one finishes a phrase it starts the next in order (`is_long`
    phrases never two at once, `speech/render.py` `next_to_render`), and a stretch is made whenever the phrase the
    timeline waits for is in, so the rendering never waits for the slowest phrase of a batch."""

    def __init__(self, build: Build, render_batch: RenderBatch, order: list[str], extra: list[str],
                 stretch: Callable[[Timeline, Mapping[str, Samples], int, int], Iterable[Samples]],
                 clips: MutableMapping[str, Samples], margin: int, finish: Finish | None = None,
                 estimated_ms: int = 0, rendered: Callable[[], None] | None = None, workers: int = 1,
                 is_long: Callable[[str], bool] = lambda text: False, first_alone: bool = True) -> None:
        self.build = build
        self.render_batch = render_batch
        self.order = order
        """Every phrase the builder may ask for, in the order it asks (with estimated lengths)."""
        self.extra = extra
        """Phrases wanted besides (the player's own words), rendered first after the first stretch."""
        self.stretch = stretch
        """The finished samples [start, end) of the prefix timeline with these clips, in chunks."""
        self.clips = clips
        """Every clip rendered so far (shared with the player, which reads its own words from it)."""
        self.margin = margin
        """How far past a sample the limiter looks: samples closer than this to the prefix's end wait."""
        self.finish = finish
        self.estimated_ms = estimated_ms
        """The whole routine's length with estimated speech: what the screen counts down from meanwhile."""
        self.rendered = rendered
        """Told once every phrase is rendered (lets the voice's memory go while the rest plays or encodes)."""
        self.workers = max(1, workers)
        """Phrases rendered side by side (the engine's own: `Renderer.workers`), one each by `render_batch`."""
        self.is_long = is_long
        self.first_alone = first_alone
        """Whether the first phrase renders alone (FIRST_BATCH), so the first sound waits for nothing else."""
        self.cancelled = threading.Event()

    def shown(self, timeline: Timeline, complete: bool) -> Timeline:
        """The prefix as the player and the screen get it: ending where the estimate ends, until it is whole."""
        if complete or timeline.total_ms >= self.estimated_ms:
            return timeline
        return dataclasses.replace(timeline, total_ms=self.estimated_ms)

    def durations(self, text: str) -> int:
        clip = self.clips.get(text)
        if clip is None:
            raise NotYet(text)
        return samples_to_ms(len(clip))

    def run(self, track: GrowingTrack) -> None:
        """Make the whole track (the caller's thread); errors go to `track`, where the player raises them."""
        try:
            self._make(track)
        except BaseException as e:  # handed to the player's thread, which raises it
            track.fail(e)

    def _make(self, track: GrowingTrack) -> None:
        # stretches are mixed and limited on a thread of their own, in order, while the next phrases render
        with ThreadPoolExecutor(1, "voiceroutine-stretch") as stretcher:
            self._render_ahead(track, stretcher)

    def _render_ahead(self, track: GrowingTrack, stretcher: ThreadPoolExecutor) -> None:
        with ThreadPoolExecutor(self.workers, "voiceroutine-render") as renders:  # leaving waits for what renders
            self._stretches(track, stretcher, _Ahead(renders, self.render_batch, self.is_long, self.clips))

    def _stretches(self, track: GrowingTrack, stretcher: ThreadPoolExecutor, ahead: _Ahead) -> None:
        made = 0
        waiting = [text for text in dict.fromkeys(self.order) if text not in self.clips]
        extra_done = not self.extra
        appended: Future[None] | None = None
        while not self.cancelled.is_set():
            timeline, needed = self.build(self.durations)
            complete = needed is None
            if complete:  # the player's own words not yet rendered, and any phrase still rendering ahead
                ahead.finish([word for word in self.extra if word not in self.clips], self.workers)
            end = max(made, ms_to_samples(timeline.total_ms) - (0 if complete else self.margin))
            appended = stretcher.submit(self._append, track, timeline, dict(self.clips), made, end,
                                        self.shown(timeline, complete), complete, appended)
            made = end
            if needed is None:
                if self.rendered is not None:  # every phrase is rendered: nothing renders beside the release, which
                    self.rendered()  # runs beside the last stretch (its garbage collection and heap trim took
                    # 0.05 to 0.13 s of an export's wall time before it; the stretch is mixed 5 s at a time)
                appended.result()  # the last stretch is in (its error, if any, raised here)
                if self.finish is not None and not self.cancelled.is_set():
                    self.finish(timeline, self.clips, track)
                break
            if appended.done():
                appended.result()  # a stretch that failed stops the rendering at once
            if not extra_done and made > 0:  # the player's own words next, once the first words can play
                waiting = [*(word for word in self.extra if word not in self.clips), *waiting]
                extra_done = True
            waiting = [needed, *(text for text in waiting if text != needed)]
            room = self.workers if made > 0 or not self.first_alone else FIRST_BATCH
            while needed not in self.clips and not self.cancelled.is_set():
                waiting = ahead.start(waiting, room)
                ahead.wait()

    def _append(self, track: GrowingTrack, timeline: Timeline, clips: Mapping[str, Samples], start: int, end: int,
                shown: Timeline, complete: bool, before: Future[None] | None) -> None:
        """Append the finished samples [start, end) of `timeline` (a chunk at a time: the player may start on the
        first), then say how far the timeline is made; nothing after a stretch that failed."""
        if before is not None:
            before.result()
        if self.cancelled.is_set():
            return
        if end > start:
            for chunk in self.stretch(timeline, clips, start, end):
                track.grow(chunk, shown)
        track.grow(np.zeros(0, dtype=np.int16), shown, complete)


class _Ahead:
    """The phrases being rendered on the maker's render threads, one phrase a thread (`render_batch` of one)."""

    def __init__(self, renders: ThreadPoolExecutor, render_batch: RenderBatch, is_long: Callable[[str], bool],
                 clips: MutableMapping[str, Samples]) -> None:
        self.renders = renders
        self.render_batch = render_batch
        self.is_long = is_long
        self.clips = clips
        self.rendering: dict[Future[Mapping[str, Samples]], str] = {}

    def start(self, waiting: list[str], room: int) -> list[str]:
        """Start the first of `waiting` (`next_to_render`) until `room` phrases render; the rest, still waiting."""
        from voiceroutine.speech.render import next_to_render

        busy = set(self.rendering.values())
        left = [text for text in waiting if text not in self.clips and text not in busy]
        while left and len(self.rendering) < room:
            chosen = next_to_render(left, self.rendering.values(), self.is_long)
            if chosen is None:
                break
            left.remove(chosen)
            self.rendering[self.renders.submit(self.render_batch, [chosen])] = chosen
        return left

    def wait(self) -> None:
        """Wait for a phrase to be rendered; every clip finished by then goes into `clips` (a render's error is
        raised here)."""
        done, _ = wait(self.rendering, return_when=FIRST_COMPLETED)
        for future in done:
            del self.rendering[future]
            self.clips.update(future.result())

    def finish(self, waiting: list[str], room: int) -> None:
        """Render every phrase of `waiting` too, and wait for all of them and those rendering already."""
        while (waiting := self.start(waiting, room)) or self.rendering:
            self.wait()


def finished_into_cache(memo_folder: Path | None, key_of: Callable[[Timeline, Mapping[str, Samples]], str]) -> Finish:
    """A Finish that keeps the whole track in the cache's tracks (unless already kept), as an export keeps it."""

    def finish(timeline: Timeline, clips: Mapping[str, Samples], track: GrowingTrack) -> None:
        if memo_folder is not None:
            track.keep(memo_folder, key_of(timeline, clips))

    return finish


class Making:
    """A routine's finished track made in a thread while it plays: `with Making(...) as making:` starts it,
    `making.track` is what the player plays, `making.clips` every clip so far (the player's own words too).
    Leaving the block stops the maker (after the phrases it is rendering) and lets the voice go. With `keep` False
    the whole track is not kept in the cache (the exporter keeps it as it streams to the encoder, `key_of`). With
    `first_alone` False the first phrases render side by side too (an export, which has no first sound to wait
    for)."""

    def __init__(self, started: Preparing, track_lufs: float, ceiling_dbtp: float, keep: bool = True,
                 first_alone: bool = True) -> None:
        from voiceroutine.audio.clipgain import ClipGains
        from voiceroutine.audio.finish import memo_key
        from voiceroutine.audio.master import LIMITER_CONTEXT, Programme, early_mastering, render

        self.started = started
        self.clips: dict[str, Samples] = {}
        gains = ClipGains(track_lufs, ceiling_dbtp, started.cache_folder)
        mastering = early_mastering(ceiling_dbtp, track_lufs)

        def stretch(timeline: Timeline, clips: Mapping[str, Samples], start: int, end: int) -> Iterable[Samples]:
            return render(Programme(timeline, clips, gains=gains.of), mastering, start, end)

        def key_of(timeline: Timeline, clips: Mapping[str, Samples]) -> str:
            return memo_key(timeline, clips, track_lufs, ceiling_dbtp)

        self.key_of = key_of
        """The cache's key of the finished track of a whole timeline with its clips."""
        finish = finished_into_cache(started.cache_folder, key_of) if keep else None
        def render_batch(texts: list[str]) -> Mapping[str, Samples]:
            return started.renderer.clips(texts, stats=False)  # one phrase at a time: stats written on release

        self.maker = Maker(started.prefix, render_batch, list(started.asked), list(started.words.all()),
                           stretch, self.clips, LIMITER_CONTEXT, finish, started.estimated.total_ms,
                           started.renderer.release, started.renderer.workers(), started.renderer.is_long,
                           first_alone)
        first, _ = started.prefix(self.maker.durations)  # nothing rendered yet: where the routine starts
        expected = ms_to_samples(started.estimated.total_ms) * 11 // 10
        self.track = GrowingTrack(self.maker.shown(first, False), expected, started.cache_folder)
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Making:
        self._thread = threading.Thread(target=self.maker.run, args=(self.track,), name="voiceroutine-maker",
                                        daemon=True)
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.maker.cancelled.set()
        if self._thread is not None:
            self._thread.join()
        self.track.close()
        self.started.renderer.release()

    def timeline(self) -> Timeline:
        """The whole timeline once made; the part made so far when stopped early."""
        return self.track.timeline()
