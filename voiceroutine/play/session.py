"""One live session: a prepared routine played through a sound device, with the terminal as keyboard and screen."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.play.backends import AudioSink, make_sink
from voiceroutine.play.display import KEYS_HELP, LiveDisplay, PlainDisplay
from voiceroutine.play.keys import KeySource, NoKeys, TerminalKeys
from voiceroutine.play.player import PLAYER_PHRASES, Clock, Display, MonotonicClock, Player, PlayResult
from voiceroutine.progress import NO_PROGRESS, Progress
from voiceroutine.timeline.model import Timeline
from voiceroutine.timeline.options import PaceOverrides


def play_timeline(
    timeline: Timeline,
    track: Samples,
    clips: Mapping[str, Samples],
    sink: AudioSink,
    quiet: bool = False,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    clock: Clock | None = None,
) -> PlayResult:
    """Play `track` (the mix of `timeline`) on an opened sink: keys from a terminal stdin, a screen on a terminal
    stdout (plain lines otherwise or when `quiet`). The terminal is restored however it ends."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    clock = clock or MonotonicClock()
    with ExitStack() as stack:
        keys: KeySource = NoKeys(clock)
        if stdin.isatty() and TerminalKeys.is_available():
            keys = stack.enter_context(TerminalKeys(stdin.fileno()))
        display: Display = PlainDisplay(timeline, stdout)
        if stdout.isatty() and not quiet:
            from rich.console import Console

            keys_help = KEYS_HELP if keys.interactive else ""  # no keyboard: do not offer keys
            display = stack.enter_context(LiveDisplay(timeline, Console(file=stdout), keys_help))
        return Player(timeline, track, sink, keys, clock, display, clips).run()


def play_routine(
    routine_arg: str | None,
    pace: PaceOverrides,
    engine: str | None,
    voice: str | None,
    cache_dir: Path | None,
    backend: str | None,
    quiet: bool = False,
    progress: Progress = NO_PROGRESS,
) -> PlayResult:
    """Check the sound device, render (or load from the cache) everything, then play the routine live (the
    preparation told to `progress`, which is finished before the first sound)."""
    from voiceroutine.audio.finish import finished_track
    from voiceroutine.pipeline import prepare

    sink = make_sink(backend)
    sink.open(SAMPLE_RATE)  # before rendering: no device means no reason to wait
    try:
        prepared = prepare(
            routine_arg,
            pace,
            engine,
            voice,
            cache_dir,
            progress=progress,
            extra_phrases=PLAYER_PHRASES,
        )
        # the same levelled samples an export encodes (a WAV export is byte for byte what is played)
        track = finished_track(prepared.timeline, prepared.clips, prepared.cache_folder, progress)
        progress.finish()
        return play_timeline(prepared.timeline, track, prepared.clips, sink, quiet)
    finally:
        sink.close()
