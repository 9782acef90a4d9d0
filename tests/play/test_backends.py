"""Real devices: simpleaudio and miniaudio played into an ALSA file PCM, and their message when there is none.

Each run is a subprocess whose HOME holds an .asoundrc, so ALSA's configuration is its own and no sound card
is needed. The file PCM writes every sample it is given and does not pace in real time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from tests.play.scenario import clips_for, short_timeline
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.errors import OptionError, PlaybackError
from voiceroutine.install_hints import Environment, Platform, System
from voiceroutine.play.backends import DeviceClock, default_backend, make_sink, simpleaudio_package
from voiceroutine.routine.units import position_clock

FILE_PCM = 'pcm.!default {{ type file  slave.pcm "null"  file "{path}"  format "raw" }}\n'
FILE_PCM_PARTS = ('pcm.!default {{ type file  slave.pcm "null"  file "{path}"  format "raw"  truncate false }}\n')
"""A file device that keeps every opening of the device in a file of its own: PATH, PATH.0001, PATH.0002, ...
(simpleaudio opens the device anew for each stretch it plays, and a truncating file device keeps only the last)."""
NO_CARD = "pcm.!default { type hw card 9 device 0 }\nctl.!default { type hw card 9 }\n"

PLAY = """
import sys
import time
import miniaudio
from tests.play.scenario import clips_for, short_timeline
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.play.backends import MiniaudioSink, SimpleaudioSink
from voiceroutine.play.display import PlainDisplay
from voiceroutine.play.keys import NoKeys
from voiceroutine.play.player import MonotonicClock, Player

timeline = short_timeline()
clips = clips_for(timeline)
clock = MonotonicClock()
sink = SimpleaudioSink() if sys.argv[1] == "simpleaudio" else MiniaudioSink(backends=[miniaudio.Backend.ALSA])
sink.open(22050)
started = clock.now()
display = PlainDisplay(timeline, sys.stdout)
most = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
Player(timeline, mix_timeline(timeline, clips), sink, NoKeys(clock), clock, display, most_stretch_s=most).run()
sink.close()
print(f"took {clock.now() - started:.3f}")
"""

OPEN = """
import sys
import time
import miniaudio
from voiceroutine.errors import PlaybackError
from voiceroutine.play.backends import MiniaudioSink, SimpleaudioSink
sink = SimpleaudioSink() if sys.argv[1] == "simpleaudio" else MiniaudioSink(backends=[miniaudio.Backend.ALSA])
try:
    sink.open(22050)
except PlaybackError as e:
    print(e)
"""


def run_with_alsa(tmp_path: Path, config: str, script: str, backend: str, *args: str
                  ) -> subprocess.CompletedProcess[str]:
    (tmp_path / ".asoundrc").write_text(config)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("ALSA_CONFIG_PATH", None)
    root = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, "-c", script, backend, *args],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.e2e
def test_miniaudio_plays_exactly_the_mixed_track_then_silence(tmp_path: Path) -> None:
    played = tmp_path / "played.raw"
    done = run_with_alsa(tmp_path, FILE_PCM.format(path=played), PLAY, "miniaudio")
    assert done.returncode == 0, done.stderr
    timeline = short_timeline()
    track = mix_timeline(timeline, clips_for(timeline))
    heard = np.frombuffer(played.read_bytes(), dtype=np.int16)
    assert np.array_equal(heard[: len(track)], track)
    assert not heard[len(track) :].any()  # the device pulls silence after the end until it is stopped
    assert done.stdout.splitlines()[-2] == "00:03.000  finished"


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("backend", "detail"), [("simpleaudio", "Error opening PCM device -2"), ("miniaudio", "failed to init device -401")]
)
def test_no_sound_device_is_one_line_that_suggests_export(tmp_path: Path, backend: str, detail: str) -> None:
    done = run_with_alsa(tmp_path, NO_CARD, OPEN, backend)
    assert done.stdout == (
        f"no sound device found ({backend}: {detail}); to listen on your phone instead: voiceroutine export\n"
    )
    assert "ALSA lib" not in done.stderr


def test_backends_are_chosen_by_name_or_by_platform_only() -> None:
    assert make_sink(None, platform="linux").name == "simpleaudio"
    assert make_sink(None, platform="darwin").name == "miniaudio"
    assert make_sink(None, platform="win32").name == "miniaudio"
    assert make_sink("simpleaudio", platform="win32").name == "simpleaudio"  # named: what the user asked for
    assert make_sink("miniaudio", platform="linux").name == "miniaudio"
    with pytest.raises(OptionError, match="unknown audio backend 'pulse': use simpleaudio or miniaudio"):
        make_sink("pulse")


@pytest.fixture
def without(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Make backends look uninstalled, on a Debian machine with pip (not pipx) unless told otherwise."""
    from voiceroutine import install_hints
    from voiceroutine.play import backends

    def uninstall(*names: str, platform: Platform = Platform(System.LINUX, ("apt-get",))) -> None:
        monkeypatch.setattr(install_hints, "_current", platform)
        for name in names:
            sink = backends.SimpleaudioSink if name == "simpleaudio" else backends.MiniaudioSink
            monkeypatch.setattr(sink, "is_available", staticmethod(lambda: False))

    return uninstall


def test_a_missing_default_is_not_swapped_for_another_backend(without: Callable[..., None]) -> None:
    without("simpleaudio")
    with pytest.raises(PlaybackError) as raised:
        make_sink(None, platform="linux")
    assert str(raised.value) == (
        f"simpleaudio is not installed: python -m pip install {simpleaudio_package()} (it is built from source: "
        "sudo apt-get install gcc libasound2-dev first); miniaudio is installed: --audio-backend miniaudio, or "
        "audio_backend: miniaudio in your config file"
    )


def test_simpleaudio_asked_for_on_windows_says_how_to_get_it_there(without: Callable[..., None]) -> None:
    without("simpleaudio", "miniaudio", platform=Platform(System.WINDOWS, ("winget",), Environment.PIPX))
    with pytest.raises(PlaybackError) as raised:
        make_sink("simpleaudio", platform="win32")
    assert str(raised.value) == (
        f"simpleaudio is not installed: pipx inject voiceroutine {simpleaudio_package()} (where it has no wheel: "
        "winget install --exact --id Microsoft.VisualStudio.2022.BuildTools first); or pipx inject voiceroutine "
        "miniaudio and --audio-backend miniaudio, or audio_backend: miniaudio in your config file"
    )
    missing = r"^miniaudio is not installed: pipx inject voiceroutine miniaudio$"
    with pytest.raises(PlaybackError, match=missing):
        make_sink(None, platform="win32")


def test_the_play_extra_installs_the_default_backend_on_every_platform() -> None:
    """Read from pyproject.toml: on macOS and Windows the extra holds miniaudio alone (wheels for every Python);
    on Linux simpleaudio too, which is the default there."""
    from packaging.requirements import Requirement

    tomllib = pytest.importorskip("tomllib")  # Python 3.11 and later

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]
    play = [Requirement(r) for r in project["optional-dependencies"]["play"]]
    backend_of = {"simpleaudio": "simpleaudio", "simpleaudio-patched": "simpleaudio", "miniaudio": "miniaudio"}
    for platform in ("linux", "darwin", "win32"):
        for minor in range(10, 14):
            env = {"sys_platform": platform, "python_version": f"3.{minor}", "extra": "play"}
            installed = sorted(r.name for r in play if r.marker is None or r.marker.evaluate(env))
            if platform == "linux":
                wanted = ["miniaudio", "simpleaudio" if minor < 12 else "simpleaudio-patched"]
                assert sorted(installed) == sorted(wanted), (platform, minor)
            else:
                assert installed == ["miniaudio"], (platform, minor)
            assert default_backend(platform) in {backend_of[name] for name in installed}


TINY = "title: Tiny\nexercises:\n  - name: Chin tuck\n    hold: 1 s\n"
QUICK = ["--engine", "espeak", "--speed", "2", "--pauses", "0", "--countdown", "0"]


def played_parts(path: Path) -> bytes:
    """Everything a FILE_PCM_PARTS device was sent, in the order it was opened."""
    parts = sorted(path.parent.glob(path.name + ".*"), key=lambda p: int(p.suffix[1:]))
    return b"".join(part.read_bytes() for part in [path, *parts])


@pytest.mark.e2e
def test_play_through_simpleaudio_sends_the_device_exactly_the_exported_audio(tmp_path: Path) -> None:
    """The real command on a six-second routine into the file PCM, against a WAV export of the same routine at the
    default loudness: the player plays the default export's track (podcast loudness, -19 LUFS mono), the one kept
    track serves both."""
    (tmp_path / "tiny.yaml").write_text(TINY)
    played = tmp_path / "played.raw"
    (tmp_path / ".asoundrc").write_text(FILE_PCM_PARTS.format(path=played))
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    command = [sys.executable, "-m", "voiceroutine", "play", "tiny.yaml", *QUICK, "--quiet"]
    started = time.monotonic()
    done = subprocess.run(
        [*command, "--audio-backend", "simpleaudio"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    exported = subprocess.run(
        [sys.executable, "-m", "voiceroutine", "export", "tiny.yaml", *QUICK, "-o", "tiny.wav"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    with wave.open(str(tmp_path / "tiny.wav")) as w:
        track = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    assert len(track) > 22050 * 5
    assert took >= len(track) / 22050  # the file PCM takes it all at once; the player still keeps the routine's time
    assert played_parts(played) == track.tobytes()  # the stretches played while the rest was made, in order
    lines = done.stdout.splitlines()
    assert (
        lines[0].endswith("Tiny.")
        and "Hold it." in done.stdout
        and lines[-1] == f"{position_clock(len(track) * 1000 // 22050)}  finished"
    )


@pytest.mark.e2e
def test_bounded_stretches_reach_the_device_as_exactly_the_track(tmp_path: Path) -> None:
    """simpleaudio, the three-second routine with stretches of at most 1.2 s (cut in its two pauses between cues):
    the device is opened anew for each stretch, and together they are the track, sample for sample."""
    played = tmp_path / "played.raw"
    done = run_with_alsa(tmp_path, FILE_PCM_PARTS.format(path=played), PLAY, "simpleaudio", "1.2")
    assert done.returncode == 0, done.stderr
    timeline = short_timeline()
    track = mix_timeline(timeline, clips_for(timeline))
    parts = sorted(tmp_path.glob("played.raw.*"), key=lambda part: int(part.suffix[1:]))
    stretches = [np.frombuffer(part.read_bytes(), dtype=np.int16) for part in [played, *parts]]
    stretches = [part for part in stretches if len(part)]  # the empty probe that asks for a device at open
    assert len(stretches) == 3 and all(len(part) <= 1.2 * 22050 for part in stretches)
    assert np.array_equal(np.concatenate(stretches), track)
    # cut in the middles of the pauses after "Short routine." (890-1000 ms) and after "Hold." (1595-2600 ms)
    assert np.cumsum([len(part) for part in stretches[:-1]]).tolist() == [20837, 46249]
    assert done.stdout.splitlines()[-2] == "00:03.000  finished"


def test_device_clock_follows_the_callbacks() -> None:
    clock = DeviceClock(rate=1000, latency=60, length=500, now=0.0)
    assert clock.position(0.0) == 0
    for _ in range(3):  # the device fills its 60-sample buffer at once
        clock.pulled(20, now=0.0)
    assert clock.position(0.0) == 0
    clock.pulled(20, now=0.020)  # one period later it wants the next 20
    assert clock.position(0.020) == 0
    assert clock.position(0.030) == 10  # between callbacks the clock fills in...
    assert clock.position(0.100) == 20  # ...but never past what has been pulled
    for n in range(30):
        clock.pulled(20, now=0.040 + n * 0.020)
        assert clock.position(0.040 + n * 0.020) == min(500, 20 + n * 20)
    assert clock.position(10.0) == 500  # the end is heard once the silence after it has pushed it out


def test_simpleaudio_is_handed_the_samples_themselves_not_a_copy() -> None:
    """simpleaudio plays from the buffer it is given and keeps a reference to it, so the sink hands over the
    array itself: a copy of a 2-hour stretch would cost another 318 MB."""
    from voiceroutine.play.backends import SimpleaudioSink

    handed: list[tuple[object, int, int, int]] = []

    class FakeSimpleaudio:
        class _simpleaudio:  # named as the module simpleaudio raises from
            SimpleaudioError = RuntimeError

        @staticmethod
        def play_buffer(data: object, channels: int, width: int, rate: int) -> object:
            handed.append((data, channels, width, rate))
            return object()

    sink = SimpleaudioSink()
    sink._sa, sink._rate = FakeSimpleaudio, 22050
    samples = np.arange(-5, 5, dtype=np.int16)
    sink.play(samples)
    (data, channels, width, rate), = handed
    assert (channels, width, rate) == (1, 2, 22050)
    assert isinstance(data, np.ndarray) and np.shares_memory(data, samples)
    assert data.tobytes() == samples.tobytes()
