"""Sound devices behind one small interface: the player hands a sink a stretch of track and asks how far it got.

Why a stretch and not small chunks: simpleaudio opens the sound device anew for every buffer it plays, so
feeding it 100 ms chunks would leave a gap (and often a click) at every chunk boundary. Each sink instead
plays one contiguous run of samples (the track up to the next stop, at most about a minute of it, cut in a pause
between cues: `play/stretch.py`) and reports the position
reached: from the device's own callbacks where the backend has them (miniaudio), else from the clock since
playback began (simpleaudio). The audio itself is one buffer, so cue onsets inside it cannot drift.

Which backend plays when none is named (`default_backend`) depends on the platform only, never on what happens
to be installed: simpleaudio on Linux (the product's choice; the `play` extra builds it there), miniaudio on
macOS and Windows, where simpleaudio has no wheel for every Python and would need a C compiler, while miniaudio
has wheels everywhere (the `play` extra installs miniaudio on every platform).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

from voiceroutine.errors import OptionError, PlaybackError
from voiceroutine.install_hints import Tool, install_command, pip_command

if TYPE_CHECKING:  # numpy is imported where a sink opens: `play --help` and the CLI's start-up never need it
    from voiceroutine.audio.format import Samples

BACKENDS = ("simpleaudio", "miniaudio")
DEFAULT_BACKENDS_TEXT = "simpleaudio on Linux, miniaudio on macOS and Windows"


def default_backend(platform: str = sys.platform) -> str:
    """The backend that plays when neither the command line nor the config names one: simpleaudio on Linux,
    miniaudio elsewhere. A named or default backend that is not installed is an error that says how to get it
    (never swapped for another behind the user's back)."""
    return "simpleaudio" if platform.startswith("linux") else "miniaudio"


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
        import numpy as np
        import simpleaudio

        self._sa = simpleaudio
        self._rate = rate
        # simpleaudio finds out there is no device only when it plays: play nothing to ask now
        probe = self._start(np.zeros(0, dtype=np.int16))
        while probe.is_playing():  # wait_done() polls every 50 ms; the probe is done within a few
            time.sleep(0.001)

    def _start(self, samples: Samples) -> Any:
        import numpy as np

        try:
            with quiet_stderr():
                # play_buffer keeps a reference to the buffer and plays from it (simpleaudio 1.0.4's C source:
                # PyObject_GetBuffer, released when done), so the array goes as it is: a copy of a 2-hour
                # stretch would be another 318 MB
                return self._sa.play_buffer(np.ascontiguousarray(samples, dtype=np.int16), 1, 2, self._rate)
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


class DeviceClock:
    """Where a callback-driven device is: what it pulled before its last callback, minus its buffer, plus the time
    since that callback. Each callback re-anchors it to the device, so the system clock never drifts it."""

    def __init__(self, rate: int, latency: int, length: int, now: float) -> None:
        self.rate = rate
        self.latency = latency
        """Samples between being pulled and being heard (the device's whole buffer)."""
        self.length = length
        self._pulled = 0
        self._anchor = (now, 0)
        self._reached = 0

    def pulled(self, frames: int, now: float) -> None:
        """The device asked for `frames` more samples at `now` (silence after the end counts: it pushes the end out)."""
        self._anchor = (now, self._pulled)
        self._pulled += frames

    def position(self, now: float) -> int:
        at, pulled_before = self._anchor
        estimate = pulled_before - self.latency + round((now - at) * self.rate)
        estimate = min(estimate, self._pulled - self.latency, self.length)
        self._reached = max(self._reached, estimate)  # never back, even when a callback comes late
        return self._reached


class MiniaudioSink:
    """miniaudio: the device pulls samples through a callback; the position follows its callbacks (DeviceClock)."""

    name = "miniaudio"
    PERIOD_MS = 20
    PERIODS = 3

    def __init__(self, clock: Callable[[], float] = time.monotonic, backends: list[Any] | None = None) -> None:
        self._clock = clock
        self._backends = backends
        self._device: Any = None
        self._rate = 0
        self._lock = threading.Lock()
        self._position: DeviceClock | None = None
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

    def _feed(self, samples: Samples, position: DeviceClock) -> Generator[bytes, int, None]:
        at = 0
        frames = yield b""
        while True:
            chunk = samples[at : at + frames]
            at += len(chunk)
            with self._lock:
                position.pulled(frames, self._clock())
            frames = yield chunk.tobytes()

    def play(self, samples: Samples) -> None:
        if self._device.running:
            self._device.stop()
        latency = self.PERIOD_MS * self.PERIODS * self._rate // 1000
        position = DeviceClock(self._rate, latency, len(samples), self._clock())
        with self._lock:
            self._position = position
            self._stopped_at = None
        feed = self._feed(samples, position)
        next(feed)
        self._device.start(feed)

    def position(self) -> int:
        with self._lock:
            if self._stopped_at is not None:
                return self._stopped_at
            return self._position.position(self._clock()) if self._position is not None else 0

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


def make_sink(
    name: str | None, clock: Callable[[], float] = time.monotonic, platform: str = sys.platform
) -> AudioSink:
    """The sink for a backend named on the command line or in the config (None: this platform's default)."""
    name = name or default_backend(platform)
    if name == "simpleaudio":
        if not SimpleaudioSink.is_available():
            raise PlaybackError(_missing_simpleaudio(platform))
        return SimpleaudioSink(clock)
    if name == "miniaudio":
        if not MiniaudioSink.is_available():
            raise PlaybackError(f"miniaudio is not installed: {pip_command('miniaudio')}")
        return MiniaudioSink(clock)
    raise OptionError(f"unknown audio backend {name!r}: use {' or '.join(BACKENDS)}")


def simpleaudio_package(version: tuple[int, ...] = sys.version_info[:2]) -> str:
    """The package that brings simpleaudio to this Python, as the `play` extra names it: simpleaudio up to
    Python 3.11, its maintained fork simpleaudio-patched from 3.12 on (the same `simpleaudio` module)."""
    return "simpleaudio" if tuple(version) < (3, 12) else "simpleaudio-patched"


def _missing_simpleaudio(platform: str) -> str:
    """How to get simpleaudio here, or how to play through miniaudio instead."""
    package = simpleaudio_package()
    if platform.startswith("linux"):
        how = f"{pip_command(package)} (it is built from source: {install_command(Tool.COMPILER)} first)"
    else:  # not in the play extra here: wheels for some Pythons only, else a compiler
        how = f"{pip_command(package)} (where it has no wheel: {install_command(Tool.COMPILER)} first)"
    instead = "--audio-backend miniaudio, or audio_backend: miniaudio in your config file"
    if MiniaudioSink.is_available():
        return f"simpleaudio is not installed: {how}; miniaudio is installed: {instead}"
    return f"simpleaudio is not installed: {how}; or {pip_command('miniaudio')} and {instead}"
