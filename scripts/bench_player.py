"""Player timing on the real clock: cue onset error, end-of-routine drift, and time to first sound.

    .venv/bin/python scripts/bench_player.py                # 30-minute routine (takes 30 minutes)
    .venv/bin/python scripts/bench_player.py --minutes 2    # a quicker look

Two schedulers run side by side, each in its own process, on the same synthetic routine: the player
(position from the device, wake at the next cue) and, as the baseline, a chain of sleeps (sleep until the
next cue's offset from the previous one, then show it). Both drive the full-screen view, rendered into a
null terminal, so the display's work is part of the measurement. The "device" is a sink whose position
is the real clock since it was given the track, as a sound card that plays in real time would be.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402

from voiceroutine.audio.format import SAMPLE_RATE, ms_to_samples  # noqa: E402
from voiceroutine.audio.mix import mix_timeline  # noqa: E402
from voiceroutine.play.display import LiveDisplay  # noqa: E402
from voiceroutine.play.keys import NoKeys  # noqa: E402
from voiceroutine.play.player import CueStarted, Finished, MonotonicClock, Player, PlayerEvent  # noqa: E402
from voiceroutine.testing import FakeEngine, RecordingSink  # noqa: E402
from voiceroutine.timeline.model import (  # noqa: E402
    Chapter,
    Cue,
    CueKind,
    ExerciseSummary,
    Place,
    Span,
    SpanKind,
    Timeline,
    Tone,
)

PHRASES = ("Chin tuck.", "Hold.", "Three.", "Two.", "One.", "And release.", "Rest.", "Next exercise.")
GAPS_MS = (1700, 930, 2450, 1000, 1000, 1000, 3120, 610)
"""Irregular spacing, so onsets land at every phase of the wake-up grid."""


def synthetic_timeline(minutes: float) -> Timeline:
    """Cues every 0.6 to 3.1 s, a hold span after each "Hold.", one chapter per two minutes."""
    total = int(minutes * 60_000)
    cues: list[Cue] = []
    spans: list[Span] = []
    at, i = 500, 0
    while at < total - 4000:
        text = PHRASES[i % len(PHRASES)]
        place = Place(exercise=f"Exercise {at // 120_000 + 1}", exercise_index=at // 120_000, rep=i % 5 + 1)
        if i % 11 == 3:
            cues.append(Cue(at, at + 200, CueKind.TONE, Tone.GO.value, "go", place))
        else:
            cues.append(Cue(at, at + 600, CueKind.SPEECH, text, "cue", place))
        if text == "Hold.":
            spans.append(Span(at, at + 2450, SpanKind.HOLD, "Hold", place))
        at += GAPS_MS[i % len(GAPS_MS)]
        i += 1
    cues.append(Cue(total - 1000, total - 460, CueKind.TONE, Tone.FINISH.value, "finish"))
    starts = list(range(0, total, 120_000))
    chapters = tuple(Chapter(f"Exercise {n + 1}", s, min(total, s + 120_000)) for n, s in enumerate(starts))
    exercises = tuple(ExerciseSummary(c.title, 5, 2.0, 1, None, False, 20.0) for c in chapters)
    return Timeline("Benchmark", tuple(cues), tuple(spans), chapters, exercises, total)


def clips() -> dict[str, object]:
    engine = FakeEngine()
    return {text: engine.synthesize(text, 1.0)[: ms_to_samples(500)] for text in PHRASES}


class Timestamps:
    """Shows events on the full-screen view (rendered to nowhere) and keeps when each cue was shown."""

    def __init__(self, timeline: Timeline) -> None:
        console = Console(file=io.StringIO(), force_terminal=True, width=80)
        self.view = LiveDisplay(timeline, console)
        self.noticed: list[tuple[int, float]] = []
        self.shown: list[tuple[int, float]] = []
        self.finished_at = 0.0

    def show(self, event: PlayerEvent) -> None:
        self.view.show(event)
        self.view.console.file = io.StringIO()  # keep memory flat over 30 minutes
        if isinstance(event, CueStarted):
            self.noticed.append((event.cue.start_ms, event.at_s))
            self.shown.append((event.cue.start_ms, time.monotonic()))
        elif isinstance(event, Finished):
            self.finished_at = time.monotonic()


def run_player(minutes: float, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    timeline = synthetic_timeline(minutes)
    track = mix_timeline(timeline, clips())  # type: ignore[arg-type]
    clock = MonotonicClock()
    sink = RecordingSink(time.monotonic)
    display = Timestamps(timeline)
    with display.view:
        sink.open(SAMPLE_RATE)
        Player(timeline, track, sink, NoKeys(clock), clock, display).run()
    started = sink.played[0].at_s
    out.put(
        ("player", display.noticed, display.shown, display.finished_at - started - timeline.total_ms / 1000, started)
    )


def run_sleeps(minutes: float, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """The baseline: sleep from one cue to the next, as a naive player would."""
    timeline = synthetic_timeline(minutes)
    display = Timestamps(timeline)
    with display.view:
        started = time.monotonic()
        previous = 0
        for cue in timeline.cues:
            time.sleep((cue.start_ms - previous) / 1000)
            previous = cue.start_ms
            display.show(CueStarted(cue, time.monotonic()))
        time.sleep((timeline.total_ms - previous) / 1000)
        display.show(Finished(timeline.total_ms, quit=False))
    out.put(
        ("sleeps", display.noticed, display.shown, display.finished_at - started - timeline.total_ms / 1000, started)
    )


def summary(shown: list[tuple[int, float]], started: float) -> dict[str, float]:
    errors = sorted(abs(at - started - ms / 1000) * 1000 for ms, at in shown)
    p99 = errors[min(len(errors) - 1, int(len(errors) * 0.99))]
    return {"cues": len(errors), "median": statistics.median(errors), "p99": p99, "max": errors[-1]}


def timing(minutes: float) -> None:
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    workers = [multiprocessing.Process(target=f, args=(minutes, queue)) for f in (run_player, run_sleeps)]
    for worker in workers:
        worker.start()
    results = {name: rest for name, *rest in (queue.get() for _ in workers)}
    for worker in workers:
        worker.join()
    print(f"routine: {minutes:g} min, real clock, full-screen view rendered for every event")
    print("| scheduler | cues | onset error median / p99 / max | on screen median / p99 / max | end drift |")
    print("| --- | --- | --- | --- | --- |")
    for name in ("player", "sleeps"):
        noticed, shown, drift, started = results[name]
        a, b = summary(noticed, started), summary(shown, started)
        label = "player (device position)" if name == "player" else "baseline: chain of sleeps"
        print(
            f"| {label} | {a['cues']:.0f} | {a['median']:.2f} / {a['p99']:.2f} / {a['max']:.2f} ms "
            f"| {b['median']:.2f} / {b['p99']:.2f} / {b['max']:.2f} ms | {drift * 1000:+.2f} ms |"
        )


FILE_PCM = 'pcm.!default {{ type file  slave.pcm "null"  file "{path}"  format "raw" }}\n'


def first_sound(routine: str, runs: int, engine: str) -> None:
    """`voiceroutine play` from launch to the first bytes reaching the device (an ALSA file PCM), warm cache."""
    try:
        import voiceroutine.speech.render  # noqa: F401
    except ImportError:
        print("time to first sound: skipped (speech rendering is not on this branch yet)")
        return
    with tempfile.TemporaryDirectory() as home:
        played = Path(home) / "played.raw"
        (Path(home) / ".asoundrc").write_text(FILE_PCM.format(path=played))
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": f"{home}/config"}
        command = [sys.executable, "-m", "voiceroutine", "play", routine, "--quiet", "--engine", engine]
        command += ["--audio-backend", "simpleaudio"]
        times = []
        for run in range(runs + 1):  # the first run warms the cache
            played.unlink(missing_ok=True)
            started = time.monotonic()
            child = subprocess.Popen(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
            while not (played.exists() and played.stat().st_size > 0):
                if child.poll() is not None:
                    raise SystemExit(f"voiceroutine play exited with {child.returncode} before any sound")
                time.sleep(0.002)
            if run:
                times.append(time.monotonic() - started)
            child.terminate()
            child.wait()
    print(f"time to first sound, `voiceroutine play {routine} --engine {engine}`, warm cache, {runs} runs:")
    print(f"median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")


class FirstPlay(RecordingSink):
    """A device that has played everything the moment it gets it, and notes when that first happened."""

    def play(self, samples: object) -> None:
        self.first = getattr(self, "first", None) or time.monotonic()
        super().play(samples)  # type: ignore[arg-type]

    def position(self) -> int:
        return len(self.played[-1].samples) if self.played else 0


def start_in_process(routine: str, runs: int) -> None:
    """From a prepared routine (clips in memory) to its first samples at the sink: mixing and starting the player."""
    from voiceroutine.pipeline import plan_timeline

    timeline = plan_timeline(routine).timeline
    engine = FakeEngine()
    rendered = {text: engine.synthesize(text, 1.0) for text in timeline.spoken_phrases()}
    times = []
    for _ in range(runs + 1):  # the first run pays for imports and is left out
        clock = MonotonicClock()
        sink = FirstPlay(time.monotonic)
        started = time.monotonic()
        track = mix_timeline(timeline, rendered)
        Player(timeline, track, sink, NoKeys(clock), clock, Timestamps(timeline)).run()
        times.append(sink.first - started)
    times = times[1:]
    print(
        f"prepared {routine} ({timeline.total_ms / 60000:.1f} min) to first samples at the sink: "
        f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms ({runs} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=30.0, help="length of the routine (default 30)")
    parser.add_argument("--routine", default="upper-back", help="routine for the time to first sound")
    parser.add_argument("--engine", default="auto", help="speech engine for the time to first sound")
    parser.add_argument("--runs", type=int, default=5, help="runs of the time to first sound")
    parser.add_argument("--part", choices=("all", "start", "timing"), default="all", help="what to measure")
    args = parser.parse_args()
    if args.part in ("all", "start"):
        start_in_process(args.routine, args.runs)
        first_sound(args.routine, args.runs, args.engine)
    if args.part in ("all", "timing"):
        timing(args.minutes)


if __name__ == "__main__":
    main()
