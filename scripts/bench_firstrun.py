"""First-run benchmarks: what a new user meets on an empty cache, measured on the real commands with real speech.

Run: .venv/bin/python scripts/bench_firstrun.py [--skip-long] [--only-play] [--only-export] [--only-long-play]
(--help: the options)
Every figure comes from a child process (`python -m voiceroutine ...` or a one-line library call) started by this
script with its own empty cache folder; its peak memory is the `ru_maxrss` that `os.wait4` reports for it (the
largest of it and the children it waited for, as `/usr/bin/time -v` reads it), its time the wall clock around it.

- Piper alone: `prepare` of the built-in routine on an empty cache (load the voice, render every phrase on both
  cores, trim, even out, cache them: no levelling, no encoding): the baseline of the cold-export ratio.
- First export: `voiceroutine export upper-back` on an empty cache (Piper), then the same again (warm).
- The 2-hour routine: 60 exercises (the five of the built-in routine twelve times over, numbered), espeak-ng,
  first export on an empty cache; then with the speech cached, the export without and with a 15-minute --music
  file (levels and tracks cleared before each, since a track with music is never kept).
- First play: `voiceroutine play upper-back --engine piper --quiet --no-log` on an empty cache, and again on the
  cache a first export left. "First sound" is measured from outside: the child's ALSA default device is a file
  device (`type file`, `truncate false`, so every stretch the player opens goes to a file of its own), and the
  time is from starting the child to the first non-zero sample appearing in any of those files (polled every
  2 ms). The child is stopped with SIGINT once its finished track is kept in the cache; then `export` of the
  same routine must render no phrase (no new clip file) and make no track (no new track file).
- Play of the 2-hour routine (`--only-long-play`): `voiceroutine play` of it with espeak-ng on an empty cache into
  the same file device, with a pseudo-terminal for its keys: paused (space) at its first sound, resumed (space)
  once its whole track is kept, so the player's next stretch is taken from the whole track (what anyone meets who
  pauses in the first minute, or whose player is still in a long stretch when the track is whole), quit (q)
  LONG_PLAY_AFTER_S after that stretch began: its peak memory, and the longest stretch the device was handed
  after the resume (each opening of the file device is a file of its own).
Memory does not depend on the machine's load; the times and their ratios do (the load average is printed).
"""

from __future__ import annotations

import argparse
import os
import pty
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_FIRST_MB = 250
GOAL_LONG_MB = 300
GOAL_WARM_MB = 100
GOAL_COLD_RATIO = 1.15
GOAL_MUSIC_RATIO = 1.5
GOAL_FIRST_SOUND_S = 1.0
SAMPLE_RATE = 22050
"""The track's samples per second (int16, mono): the file device's bytes / 2 / this are seconds of track."""
FILE_PCM = 'pcm.!default {{ type file  slave.pcm "null"  file "{path}"  format "raw"  truncate false }}\n'
LONG_PLAY_AFTER_S = 20
"""How long the 2-hour play goes on after its first stretch from the whole track began, before it is stopped."""
BUILTIN = ROOT / "voiceroutine" / "routine" / "builtin" / "upper-back.yaml"


CPU: dict[str, float] = {}
"""CPU seconds (user + system, with the children it waited for: ffmpeg) of each child, by its last argument."""


def run(args: list[str], cache: Path, cwd: Path) -> tuple[float, float]:
    """(wall seconds, peak MB) of one child; its output goes to a log, a failure stops the benchmark. Its CPU
    seconds go to CPU[args[-1]]."""
    env = {**os.environ, "VOICEROUTINE_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    log = cwd / "child.log"
    with log.open("w") as out:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                 stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    CPU[args[-1]] = usage.ru_utime + usage.ru_stime
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({child.returncode}):\n{log.read_text()}")
    return wall, usage.ru_maxrss / 1024


def first_sound(cache: Path, cwd: Path, name: str) -> float:
    """Seconds from starting `voiceroutine play` to its first non-zero sample reaching the file device; the child
    is stopped once its whole track is kept in `cache`."""
    home = cwd / f"home-{name}"
    home.mkdir()
    played = home / "played.raw"
    (home / ".asoundrc").write_text(FILE_PCM.format(path=played))
    env = {**os.environ, "VOICEROUTINE_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT), "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    tracks_before = set((cache / "tracks").glob("*.npy"))
    with (cwd / f"play-{name}.log").open("w") as out:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "voiceroutine", "play", "upper-back", "--engine", "piper",
                                  "--quiet", "--no-log"], cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                 stdin=subprocess.DEVNULL)
        heard: float | None = None
        seen: dict[Path, int] = {}
        while heard is None and child.poll() is None and time.perf_counter() - start < 60:
            for part in home.glob("played.raw*"):
                size = part.stat().st_size
                if size > seen.get(part, 0):
                    with part.open("rb") as f:
                        f.seek(seen.get(part, 0))
                        if any(f.read(size - seen.get(part, 0))):
                            heard = time.perf_counter() - start
                    seen[part] = size
            time.sleep(0.002)
        deadline = time.perf_counter() + 120  # let it finish making (and keeping) the whole track, then stop it
        while child.poll() is None and set((cache / "tracks").glob("*.npy")) == tracks_before:
            if time.perf_counter() > deadline:
                break
            time.sleep(0.05)
        child.send_signal(signal.SIGINT)
        child.wait(60)
    if heard is None:
        raise SystemExit(f"play ({name}) made no sound:\n{(cwd / f'play-{name}.log').read_text()}")
    return heard


def played_parts(home: Path) -> list[Path]:
    """The file device's files in the order the device was opened: played.raw, played.raw.0001, ..."""
    parts = sorted(home.glob("played.raw.*"), key=lambda part: int(part.suffix[1:]))
    return [home / "played.raw", *parts] if (home / "played.raw").exists() else parts


def heard_any(home: Path) -> bool:
    """Whether any non-zero sample reached the file device yet."""
    for part in played_parts(home):
        with part.open("rb") as f:
            while block := f.read(1 << 20):
                if any(block):
                    return True
    return False


def wait_for(what: str, done: Callable[[], bool], child: subprocess.Popen[bytes], log: Path, limit_s: float) -> None:
    """Poll until `done()`; the benchmark stops with the child's log when the child ended or `limit_s` passed."""
    start = time.perf_counter()
    while not done():
        if child.poll() is not None or time.perf_counter() - start > limit_s:
            child.kill()
            raise SystemExit(f"play of the 2-hour routine: {what} did not happen:\n{log.read_text()}")
        time.sleep(0.05)


def long_play(folder: Path) -> tuple[float, float, int, int]:
    """(seconds until the whole track was kept, peak MB, track bytes, largest stretch in samples handed to the device
    once resumed) of `voiceroutine play` of the 2-hour routine (espeak-ng, empty cache) into the file device, its
    keys from a pseudo-terminal: paused (space) at its first sound, resumed (space) once its whole track is kept,
    so its next stretch is taken from a whole track, as it is for anyone who pauses in the first minute or whose
    player falls behind the maker; played LONG_PLAY_AFTER_S on, then quit (q). Its peak is what wait4 reports."""
    routine = long_routine(folder)
    home = folder / "home-long"
    home.mkdir()
    (home / ".asoundrc").write_text(FILE_PCM.format(path=home / "played.raw"))
    cache = folder / "long-play"
    env = {**os.environ, "VOICEROUTINE_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT), "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    log = folder / "play-long.log"
    keyboard, terminal = pty.openpty()
    try:
        with log.open("w") as out:
            start = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-m", "voiceroutine", "play", str(routine), "--engine",
                                      "espeak", "--quiet", "--no-log"], cwd=folder, env=env, stdout=out,
                                     stderr=subprocess.STDOUT, stdin=terminal)
            wait_for("a first sound", lambda: heard_any(home), child, log, 120)
            os.write(keyboard, b" ")
            wait_for("the pause", lambda: "paused" in log.read_text(), child, log, 30)
            wait_for("keeping the whole track", lambda: bool(list((cache / "tracks").glob("*.npy"))), child, log,
                     600)
            made = time.perf_counter() - start
            kept = sum(path.stat().st_size for path in (cache / "tracks").glob("*.npy"))
            before = len(played_parts(home))
            os.write(keyboard, b" ")  # the countdown is one opening of the device, the track's next stretch another
            wait_for("the stretch after the resume", lambda: len(played_parts(home)) >= before + 2, child, log, 60)
            time.sleep(LONG_PLAY_AFTER_S)
            os.write(keyboard, b"q")
            deadline = time.perf_counter() + 30
            while not (reaped := os.wait4(child.pid, os.WNOHANG))[0]:
                if time.perf_counter() > deadline:
                    child.kill()
                time.sleep(0.1)
            child.returncode = os.waitstatus_to_exitcode(reaped[1])
    finally:
        os.close(keyboard)
        os.close(terminal)
    stretches = [part.stat().st_size // 2 for part in played_parts(home)[before + 1 :]]
    return made, reaped[2].ru_maxrss / 1024, kept, max(stretches)


def clip_files(cache: Path) -> int:
    return sum(1 for _ in (cache / "clips").rglob("*.wav"))


def first_play(folder: Path) -> tuple[list[str], bool]:
    """First sound of a first play on an empty cache and of a first play after an export; an export after the
    play renders nothing."""
    lines, ok = [], True
    startup, _ = run(["-m", "voiceroutine", "play", "--help"], folder / "help", folder)
    voice, _ = run(["-c", "from voiceroutine.speech.select import choose_engine; "
                          "choose_engine('piper', None, 'en').synthesize('Upper back relief.', 1.0)"],
                   folder / "voice", folder)
    whole, _ = run(["-c", "from voiceroutine.speech.select import choose_engine; "
                          "e = choose_engine('piper', None, 'en'); e.load_whole(); "
                          "e.synthesize('Upper back relief.', 1.0)"], folder / "voice-whole", folder)
    lines.append(f"baselines in this run: `voiceroutine play --help` {startup:.2f} s; a Python child loading Piper "
                 f"and rendering the first phrase alone {voice:.2f} s (cutting the voice, as an export), {whole:.2f} s "
                 "(the voice whole, as play)")
    cold = first_sound(folder / "play-cold", folder, "cold")
    ok &= cold <= GOAL_FIRST_SOUND_S
    lines.append(f"first play, upper-back, Piper, empty cache: first sound {cold:.2f} s after the command, "
                 f"{cold / whole:.2f}x the whole-voice child (goal <= {GOAL_FIRST_SOUND_S} s) "
                 f"{verdict(cold <= GOAL_FIRST_SOUND_S)}")
    cache = folder / "play-cold"
    clips, tracks = clip_files(cache), len(list((cache / "tracks").glob("*.npy")))
    run(["-m", "voiceroutine", "export", "upper-back", "--engine", "piper", "-o", "after-play.mp3"], cache, folder)
    again = (clip_files(cache), len(list((cache / "tracks").glob("*.npy"))))
    ok &= again == (clips, tracks) and tracks == 1
    lines.append(f"  then export of the same routine: {again[0] - clips} phrases rendered, {again[1] - tracks} new "
                 f"tracks (the play's kept track encoded) {verdict(again == (clips, tracks) and tracks == 1)}")
    exported = folder / "export-first"
    run(["-m", "voiceroutine", "export", "upper-back", "--engine", "piper", "-o", "before-play.mp3"], exported,
        folder)
    clips = clip_files(exported)
    after = first_sound(exported, folder, "after-export")
    ok &= after <= GOAL_FIRST_SOUND_S and clip_files(exported) == clips
    lines.append(f"first play after an export of the same routine: first sound {after:.2f} s, "
                 f"{clip_files(exported) - clips} phrases rendered (goal <= {GOAL_FIRST_SOUND_S} s, none) "
                 f"{verdict(after <= GOAL_FIRST_SOUND_S and clip_files(exported) == clips)}")
    return lines, ok


def long_routine(folder: Path) -> Path:
    """The built-in routine's five exercises twelve times over (numbered names): 60 exercises, about two hours."""
    import yaml

    base = yaml.safe_load(BUILTIN.read_text(encoding="utf-8"))
    exercises = []
    for round_ in range(12):
        for exercise in base["exercises"]:
            exercises.append({**exercise, "name": f"{exercise['name']} {round_ + 1}"})
    routine = {key: value for key, value in base.items() if key != "exercises"}
    routine["title"] = "Two hours"
    routine["exercises"] = exercises
    path = folder / "two-hours.yaml"
    path.write_text(yaml.safe_dump(routine, sort_keys=False), encoding="utf-8")
    return path


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description="First-run benchmarks on an empty cache, with real Piper speech: "
                                     "memory and time of a first export, and a first play's first sound.")
    parser.add_argument("--skip-long", action="store_true", help="leave out the 2-hour routine (and its --music)")
    parser.add_argument("--only-play", action="store_true", help="only the first-play figures")
    parser.add_argument("--only-long-play", action="store_true",
                        help="only the peak memory of a play of the 2-hour routine (espeak-ng, empty cache)")
    parser.add_argument("--only-export", action="store_true",
                        help="only the Piper export figures (Piper alone, first and warm export, --level hard)")
    options = parser.parse_args()
    ok = True
    lines = [f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if options.only_long_play:
            made, peak, kept, stretch = long_play(folder)
            ok &= peak <= GOAL_LONG_MB
            lines.append(f"play of the 2-hour routine (60 exercises), espeak-ng, empty cache, into a file device, "
                         f"paused at its first sound: whole track ({kept / 2**20:.0f} MB) made and kept after "
                         f"{made:.1f} s, resumed, played {LONG_PLAY_AFTER_S} s on; largest stretch handed to the "
                         f"device after the resume {stretch / SAMPLE_RATE:.0f} s ({stretch * 2 / 2**20:.1f} MB); "
                         f"peak {peak:.0f} MB (goal <= {GOAL_LONG_MB} MB) {verdict(peak <= GOAL_LONG_MB)}")
            print("\n".join(lines))
            return 0 if ok else 1
        if not options.only_export:
            played, played_ok = first_play(folder)
            lines += played
            ok &= played_ok
        if options.only_play:
            print("\n".join(lines))
            return 0 if ok else 1
        cli = ["-m", "voiceroutine"]
        render_code = ("from voiceroutine.pipeline import prepare; "
                       "prepare('upper-back', engine='piper', for_player=True)")
        render, render_mb = run(["-c", render_code], folder / "alone", folder)
        lines.append(f"Piper alone, upper-back on an empty cache (prepare: render, trim, even out, cache): "
                     f"{render:.2f} s, peak {render_mb:.0f} MB")
        first, first_mb = run([*cli, "export", "upper-back", "--engine", "piper", "-o", "first.mp3"],
                              folder / "cache", folder)
        ok &= first_mb <= GOAL_FIRST_MB
        lines.append(f"first export, upper-back, Piper, empty cache: {first:.2f} s, peak {first_mb:.0f} MB "
                     f"(goal <= {GOAL_FIRST_MB} MB) {verdict(first_mb <= GOAL_FIRST_MB)}")
        ratio = first / render
        ok &= ratio <= GOAL_COLD_RATIO
        alone_cpu, export_cpu = CPU[render_code], CPU["first.mp3"]
        lines.append(f"  cold export / Piper alone: {ratio:.2f}x (goal <= {GOAL_COLD_RATIO}x) "
                     f"{verdict(ratio <= GOAL_COLD_RATIO)}; CPU {export_cpu:.2f} s against {alone_cpu:.2f} s "
                     f"({export_cpu / alone_cpu:.2f}x), load average {os.getloadavg()[0]:.1f} after")
        warm, warm_mb = run([*cli, "export", "upper-back", "--engine", "piper", "-o", "warm.mp3"],
                            folder / "cache", folder)
        ok &= warm_mb < GOAL_WARM_MB
        same = (folder / "first.mp3").read_bytes() == (folder / "warm.mp3").read_bytes()
        ok &= same
        lines.append(f"warm export, the same again: {warm:.2f} s, peak {warm_mb:.0f} MB (goal < {GOAL_WARM_MB} MB) "
                     f"{verdict(warm_mb < GOAL_WARM_MB)}; byte-identical to the first: {same}")
        for stage in ("levels", "tracks"):
            shutil.rmtree(folder / "cache" / stage, ignore_errors=True)
        hard, hard_mb = run([*cli, "export", "upper-back", "--engine", "piper", "-o", "hard.mp3", "--level", "hard"],
                            folder / "cache", folder)
        lines.append(f"then --level hard (a new track, and the few phrases its counts need, so Piper loads): "
                     f"{hard:.2f} s, peak {hard_mb:.0f} MB")
        if not options.skip_long and not options.only_export:
            routine = str(long_routine(folder))
            espeak = [*cli, "export", routine, "--engine", "espeak"]
            long_s, long_mb = run([*espeak, "-o", "long.mp3"], folder / "long", folder)
            ok &= long_mb <= GOAL_LONG_MB
            lines.append(f"2-hour routine (60 exercises), espeak-ng, first export on an empty cache: {long_s:.2f} s, "
                         f"peak {long_mb:.0f} MB (goal <= {GOAL_LONG_MB} MB) {verdict(long_mb <= GOAL_LONG_MB)}")
            song = folder / "song.ogg"
            subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=220:d=900:sample_rate=44100",
                            "-ac", "2", "-c:a", "libvorbis", str(song)], check=True)
            timings = {}
            for label, extra in (("without", []), ("with", ["--music", str(song)])):
                for stage in ("levels", "tracks"):
                    shutil.rmtree(folder / "long" / stage, ignore_errors=True)
                timings[label] = run([*espeak, *extra, "-o", f"long-{label}.mp3"], folder / "long", folder)
            (plain, plain_mb), (music, music_mb) = timings["without"], timings["with"]
            ratio = music / plain
            ok &= ratio <= GOAL_MUSIC_RATIO
            lines.append(f"2-hour routine, speech cached, new track: without music {plain:.2f} s ({plain_mb:.0f} MB), "
                         f"with a 15-minute --music file {music:.2f} s ({music_mb:.0f} MB): {ratio:.2f}x "
                         f"(goal <= {GOAL_MUSIC_RATIO}x) {verdict(ratio <= GOAL_MUSIC_RATIO)}")
            plain_cpu, music_cpu = CPU["long-without.mp3"], CPU["long-with.mp3"]
            lines.append(f"  CPU time (user + system, ffmpeg's included): without music {plain_cpu:.2f} s, with "
                         f"{music_cpu:.2f} s: {music_cpu / plain_cpu:.2f}x")
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
