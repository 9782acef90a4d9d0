"""Sound devices behind one small interface: the player hands a sink a stretch of track and asks how far it got.

Why a stretch and not small chunks: simpleaudio opens the sound device anew for every buffer it plays, so
feeding it 100 ms chunks would leave a gap (and often a click) at every chunk boundary. Each sink instead
plays one contiguous run of samples (the rest of the track up to the next stop) and reports the position
reached: from the device's own callbacks where the backend has them (miniaudio), else from the clock since
playback began (simpleaudio). The audio itself is one buffer, so cue onsets inside it cannot drift.
"""

from __future__ import annotations

import importlib.util
import os
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

import numpy as np

from voiceroutine.audio.format import Samples
from voiceroutine.errors import OptionError, PlaybackError

BACKENDS = ("simpleaudio", "miniaudio")
DEFAULT_BACKEND = "simpleaudio"
"""The user's own choice; never swapped for another backend behind their back."""


class AudioSink(Protocol):
    """Where the player's audio goes."""

    name: str

    def open(self, rate: int) -> None:
        """Claim the device at `rate` samples per second; raises PlaybackError when there is none."""

    def play(self, samples: Samples) -> None:
        """Start playing `samples` now, replacing whatever was playing."""

    def position(self) -> int:
        """Samples of the current `play` heard so far (0 to its length, never going back)."""

    def stop(self) -> int:
        """Stop at once; returns the position reached."""

    def close(self) -> None:
        """Release the device."""


def no_device_message(backend: str, detail: str) -> str:
    return f"no sound device found ({backend}: {detail}); to listen on your phone instead: voiceroutine export"


@contextmanager
def quiet_stderr() -> Iterator[None]:
    """Hide what libasound prints on file descriptor 2 while a device opens: our own one-line message says it."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


class SimpleaudioSink:
    """simpleaudio: one `play_buffer` per stretch; the position follows the clock since it began."""

    name = "simpleaudio"

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._rate = 0
        self._sa: Any = None
        self._playing: Any = None
        self._length = 0
        self._started = 0.0
        self._stopped_at: int | None = None

    @staticmethod
    def is_available() -> bool:
        return importlib.util.find_spec("simpleaudio") is not None

    def open(self, rate: int) -> None:
        import simpleaudio

        self._sa = simpleaudio
        self._rate = rate
        # simpleaudio finds out there is no device only when it plays: play nothing to ask now
        self._start(np.zeros(0, dtype=np.int16)).wait_done()

    def _start(self, samples: Samples) -> Any:
        try:
            with quiet_stderr():
                return self._sa.play_buffer(samples.tobytes(), 1, 2, self._rate)
        except self._sa._simpleaudio.SimpleaudioError as e:
            raise PlaybackError(no_device_message(self.name, _simpleaudio_detail(str(e)))) from None

    def play(self, samples: Samples) -> None:
        if self._playing is not None:
            if self._stopped_at is None and self.position() >= self._length:
                self._playing.wait_done()  # let the device's buffered tail finish instead of cutting it
            else:
                self._playing.stop()
        self._playing = self._start(samples)
        self._started = self._clock()
        self._length = len(samples)
        self._stopped_at = None

    def position(self) -> int:
        if self._stopped_at is not None:
            return self._stopped_at
        if self._playing is None:
            return 0
        return min(self._length, int((self._clock() - self._started) * self._rate))

    def stop(self) -> int:
        reached = self.position()
        if self._playing is not None and self._stopped_at is None:
            if reached >= self._length:
                self._playing.wait_done()  # at the end: the device's buffered tail is still part of it
            else:
                self._playing.stop()
        self._stopped_at = reached
        return reached

    def close(self) -> None:
        if self._playing is not None:
            self._playing.stop()
            self._playing = None


def _simpleaudio_detail(text: str) -> str:
    """ "Error opening PCM device. -- CODE: -2 -- MSG: No such file or directory" -> "Error opening PCM device -2"."""
    parts = [p.strip() for p in text.split("--")]
    code = next((p.removeprefix("CODE:").strip() for p in parts if p.startswith("CODE:")), "")
    return f"{parts[0].rstrip('.')} {code}".strip()


class MiniaudioSink:
    """miniaudio: the device pulls samples through a callback; the position counts what it pulled, minus its buffer."""

    name = "miniaudio"
    PERIOD_MS = 20
    PERIODS = 3

    def __init__(self, clock: Callable[[], float] = time.monotonic, backends: list[Any] | None = None) -> None:
        self._clock = clock
        self._backends = backends
        self._device: Any = None
        self._rate = 0
        self._lock = threading.Lock()
        self._length = 0
        self._pulled = 0
        self._anchor = (0.0, 0)
        self._reached = 0
        self._stopped_at: int | None = None

    @staticmethod
    def is_available() -> bool:
        return importlib.util.find_spec("miniaudio") is not None

    def open(self, rate: int) -> None:
        import miniaudio

        self._rate = rate
        try:
            with quiet_stderr():
                self._device = miniaudio.PlaybackDevice(
                    output_format=miniaudio.SampleFormat.SIGNED16,
                    nchannels=1,
                    sample_rate=rate,
                    buffersize_msec=self.PERIOD_MS,
                    callback_periods=self.PERIODS,
                    backends=self._backends,
                )
        except miniaudio.MiniaudioError as e:
            detail = " ".join(str(a) for a in e.args)
            raise PlaybackError(no_device_message(self.name, detail)) from None
        if self._device.backend.lower() == "null":
            self._device.close()
            raise PlaybackError(no_device_message(self.name, "only the silent null backend"))

    @property
    def _latency(self) -> int:
        """Samples between what the callback hands over and what is heard: the device's whole buffer."""
        return self.PERIOD_MS * self.PERIODS * self._rate // 1000

    def _feed(self, samples: Samples) -> Generator[bytes, int, None]:
        at = 0
        frames = yield b""
        while True:
            chunk = samples[at : at + frames]
            at += len(chunk)
            with self._lock:
                self._anchor = (self._clock(), self._pulled)
                self._pulled += frames  # silence after the end counts too: it pushes the last samples out
            frames = yield chunk.tobytes()

    def play(self, samples: Samples) -> None:
        if self._device.running:
            self._device.stop()
        with self._lock:
            self._length = len(samples)
            self._pulled = 0
            self._anchor = (self._clock(), 0)
            self._reached = 0
            self._stopped_at = None
        feed = self._feed(samples)
        next(feed)
        self._device.start(feed)

    def position(self) -> int:
        with self._lock:
            if self._stopped_at is not None:
                return self._stopped_at
            at, pulled_before = self._anchor
            # the last callback fixes where the device was; the clock fills in until the next one
            estimate = pulled_before - self._latency + int((self._clock() - at) * self._rate)
            estimate = min(estimate, self._pulled - self._latency, self._length)
            self._reached = max(self._reached, estimate)
            return self._reached

    def stop(self) -> int:
        reached = self.position()
        if self._device is not None and self._device.running:
            self._device.stop()
        with self._lock:
            self._stopped_at = reached
        return reached

    def close(self) -> None:
        if self._device is not None:
            self._device.close()
            self._device = None


def make_sink(name: str | None, clock: Callable[[], float] = time.monotonic) -> AudioSink:
    """The sink for a backend named on the command line or in the config (None: the default)."""
    name = name or DEFAULT_BACKEND
    if name == "simpleaudio":
        if not SimpleaudioSink.is_available():
            raise PlaybackError(
                "simpleaudio is not installed: pip install 'voiceroutine[play]' (or use --audio-backend miniaudio)"
            )
        return SimpleaudioSink(clock)
    if name == "miniaudio":
        if not MiniaudioSink.is_available():
            raise PlaybackError("miniaudio is not installed: pip install 'voiceroutine[play]'")
        return MiniaudioSink(clock)
    raise OptionError(f"unknown audio backend {name!r}: use {' or '.join(BACKENDS)}")
