"""From phrases to trimmed, evened-out clips: each distinct phrase rendered once, through the cache, on both cores if
possible."""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples, samples_to_ms
from voiceroutine.cache import Cache, clip_key
from voiceroutine.errors import SpeechError
from voiceroutine.progress import NO_PROGRESS, RENDERING, Progress
from voiceroutine.speech import dynamics
from voiceroutine.speech.engine import SpeechEngine
from voiceroutine.speech.text import speakable

TRIM_MARGIN_MS = 10
"""Silence kept before the first and after the last sound, so onsets are not clipped."""
TRIM_RELATIVE_DB = -40
"""A 5 ms window counts as sound when its mean level is within this many dB of the clip's loudest window..."""
TRIM_FLOOR_DBFS = -60
"""...and above this absolute level, so a quiet clip's noise floor is never taken for speech."""
TRIM_WINDOW_MS = 5
TRIM_SETTINGS = f"margin={TRIM_MARGIN_MS};rel={TRIM_RELATIVE_DB};floor={TRIM_FLOOR_DBFS};win={TRIM_WINDOW_MS}"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
CLIP_SETTINGS = f"{TRIM_SETTINGS};{dynamics.SETTINGS}"
"""Part of every cache key: changing a trim or evening-out setting renders again."""


def trim(samples: Samples) -> Samples:
    """`samples` with leading and trailing silence cut to TRIM_MARGIN_MS; an all-silent clip comes back empty."""
    window = max(1, SAMPLE_RATE * TRIM_WINDOW_MS // 1000)
    if len(samples) < window:
        return samples[:0]
    sums = np.concatenate([[0], np.cumsum(np.abs(samples.astype(np.int64)))])
    means = (sums[window:] - sums[:-window]) / window  # mean level of each window, by running sums
    level = np.concatenate([np.full(window // 2, means[0]), means, np.full(window - 1 - window // 2, means[-1])])
    peak = float(level.max())
    threshold = max(peak * 10 ** (TRIM_RELATIVE_DB / 20), 32768 * 10 ** (TRIM_FLOOR_DBFS / 20))
    loud = np.flatnonzero(level > threshold)
    if len(loud) == 0:
        return samples[:0]
    # the window finds sound without reacting to clicks; the first and last loud samples place it exactly
    first, last = int(loud[0]), int(loud[-1])
    lo, hi = max(0, first - window), min(len(samples), last + window + 1)
    exact = np.flatnonzero(np.abs(samples[lo:hi].astype(np.int32)) > threshold)
    if len(exact):
        first, last = lo + int(exact[0]), lo + int(exact[-1])
    margin = SAMPLE_RATE * TRIM_MARGIN_MS // 1000
    return samples[max(0, first - margin) : min(len(samples), last + margin + 1)].copy()


class Renderer:
    """Turns phrases into trimmed clips with one engine at one speed; remembers every clip it has made."""

    def __init__(
        self, engine: SpeechEngine, speed: float = 1.0, cache: Cache | None = None, language: str = "en"
    ) -> None:
        self.engine = engine
        self.speed = speed
        self.cache = cache
        self.language = language
        """How the text is made speakable (numbers and units in this language)."""
        self._clips: dict[str, Samples] = {}
        self._identity: str | None = None
        self._stats_due = False
        """Whether the cache's stats changed since they were last written (`clips` with `stats` False)."""
        self._long: dict[str, bool] = {}
        keep_parts_in = getattr(engine, "keep_parts_in", None)
        if cache is not None and callable(keep_parts_in):
            keep_parts_in(cache.folder)  # Piper keeps its voice's cut parts beside the clips

    def clips(self, texts: Iterable[str], progress: Progress = NO_PROGRESS, stats: bool = True) -> dict[str, Samples]:
        """A trimmed clip for every text (keyed by the text as given); each distinct phrase rendered at most once
        (the renders told to `progress`). The cache's hits and misses are written down after it; with `stats`
        False, by the next call that writes them or by `release` (a caller asking for one phrase at a time)."""
        wanted = list(dict.fromkeys(texts))
        captions: dict[str, list[str]] = {}  # spoken form -> the texts that say it
        for text in wanted:
            if text not in self._clips:
                captions.setdefault(speakable(text, self.language), []).append(text)
        missing = []
        for say, texts_saying in captions.items():
            found = self._from_cache(say)
            if found is None:
                missing.append(say)
                continue
            for text in texts_saying:
                self._clips[text] = found
        if missing:
            for say, clip in self._render(missing, progress).items():
                for text in captions[say]:
                    self._clips[text] = clip
        self._stats_due = not stats
        if stats and self.cache is not None:
            self.cache.save_stats()
        return {text: self._clips[text] for text in wanted}

    def clip(self, text: str) -> Samples:
        """The trimmed clip of one phrase."""
        if text not in self._clips:
            self.clips([text])
        return self._clips[text]

    def duration_ms(self, text: str) -> int:
        """Length of the trimmed clip of `text` in ms: the builder's durations function."""
        return samples_to_ms(len(self.clip(text)))

    def cached(self, text: str) -> bool:
        """Whether the clip of `text` is at hand without rendering (made already, or in the cache)."""
        return text in self._clips or self._from_cache(speakable(text, self.language)) is not None

    def load_whole(self) -> None:
        """Ask the engine to load its voice whole (an engine with `load_whole()`: Piper, which otherwise cuts it in
        two for an export's memory, 0.3 to 1 s the first time in a cache): what `play` asks, its first sound
        waiting for the voice. Before `warm_up` and the first render."""
        load_whole = getattr(self.engine, "load_whole", None)
        if callable(load_whole):
            load_whole()

    def warm_up(self) -> None:
        """Start loading the engine's voice in the background (an engine with `load()`: Piper, 0.3 to 0.7 s), so the
        first render does not wait for all of it; a failure there is left for that render to report."""
        load = getattr(self.engine, "load", None)
        if not callable(load):
            return

        def loading() -> None:
            with contextlib.suppress(Exception):
                load()

        threading.Thread(target=loading, name="voiceroutine-voice-load", daemon=True).start()

    def release(self) -> None:
        """Let the engine give back what it loaded (an engine with `release()`: Piper's voice, about 250 MB once it
        has rendered long sentences); a later render loads it again."""
        if self._stats_due and self.cache is not None:
            self.cache.save_stats()
            self._stats_due = False
        release = getattr(self.engine, "release", None)
        if callable(release):
            release()

    def identity(self) -> str:
        if self._identity is None:
            self._identity = self.engine.identity()
        return self._identity

    def _key(self, say: str) -> str:
        return clip_key(self.identity(), self.speed, say, CLIP_SETTINGS)

    def _from_cache(self, say: str) -> Samples | None:
        if not say:
            return np.zeros(0, dtype=np.int16)
        return None if self.cache is None else self.cache.get(self._key(say))

    def _render_one(self, say: str) -> Samples:
        clip = dynamics.even_out(trim(self.engine.synthesize(say, self.speed)))
        if len(clip) == 0 and any(ch.isalnum() for ch in say):
            raise SpeechError(f"{self.engine.name}: the engine returned only silence for {say!r}")
        if self.cache is not None:
            self.cache.put(self._key(say), clip)
        return clip

    def workers(self) -> int:
        """How many phrases the engine renders side by side (Piper: one per core, up to four)."""
        return max(1, int(getattr(self.engine, "parallel", 1)))

    def is_long(self, text: str) -> bool:
        """Whether the engine renders `text` as a long sentence (`is_long`), which never renders beside another."""
        if text not in self._long:  # asked again for every phrase waiting: the speakable form is worked out once
            long_over: int | None = getattr(self.engine, "long_sentence_chars", None)
            self._long[text] = is_long(speakable(text, self.language), long_over)
        return self._long[text]

    def _render(self, phrases: list[str], progress: Progress) -> dict[str, Samples]:
        workers = self.workers()
        long_over: int | None = getattr(self.engine, "long_sentence_chars", None)
        done: dict[str, Samples] = {}
        progress.step(RENDERING, len(phrases))
        if workers == 1 or len(phrases) == 1:
            for say in phrases:
                done[say] = self._render_one(say)
                progress.advance()
            return done
        waiting = list(phrases)
        with ThreadPoolExecutor(workers) as pool:
            pending: dict[Future[Samples], str] = {}
            try:
                while waiting or pending:
                    while waiting and len(pending) < workers:
                        chosen = next_to_render(waiting, pending.values(), lambda say: is_long(say, long_over))
                        if chosen is None:
                            break
                        waiting.remove(chosen)
                        pending[pool.submit(self._render_one, chosen)] = chosen
                    finished, _ = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                    for future in finished:
                        done[pending.pop(future)] = future.result()
                    progress.advance(len(finished))  # also when none finished: time has passed
            finally:
                for future in pending:
                    future.cancel()
        return done


def is_long(say: str, long_over: int | None) -> bool:
    """Whether `say` has a sentence longer than `long_over` characters (an engine renders sentence by sentence)."""
    return long_over is not None and max(len(part) for part in _SENTENCE_END.split(say)) > long_over


def next_to_render(waiting: list[str], rendering: Iterable[str], long: Callable[[str], bool]) -> str | None:
    """The first waiting phrase that may start now: in order, except that a long one (`long`, such as `is_long`)
    never starts beside another long one, so the engine's working memory stays that of one long sentence and a
    short one."""
    if not any(long(say) for say in rendering):
        return waiting[0]
    return next((say for say in waiting if not long(say)), None)
