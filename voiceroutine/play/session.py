"""One live session: a prepared routine played through a sound device, with the terminal as keyboard and screen."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from voiceroutine.audio.format import SAMPLE_RATE
from voiceroutine.play.backends import make_sink
from voiceroutine.progress import NO_PROGRESS, Progress

# The player, the screen and the encoder's formats are imported once the voice is loading (`play_routine`): a
# first play's first sound waits for the voice, which should not wait for them.
if TYPE_CHECKING:
    from voiceroutine.audio.format import Samples
    from voiceroutine.pipeline import Personal
    from voiceroutine.play.backends import AudioSink
    from voiceroutine.play.player import Clock, Display, PlayerEvent, PlayResult, TrackSource
    from voiceroutine.timeline.model import Timeline
    from voiceroutine.timeline.options import PaceOverrides
    from voiceroutine.timeline.phrasebook import PlayerWords, ScreenWords


class Recorder(Protocol):
    """Hears every player event, as the display does (the session log's recorder)."""

    def record(self, event: PlayerEvent) -> None: ...


class _Both:
    """The display, and a recorder behind it."""

    def __init__(self, display: Display, recorder: Recorder) -> None:
        self.display = display
        self.recorder = recorder

    def show(self, event: PlayerEvent) -> None:
        self.recorder.record(event)
        self.display.show(event)


def play_timeline(
    timeline: Timeline,
    track: Samples,
    clips: Mapping[str, Samples],
    sink: AudioSink,
    quiet: bool = False,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    clock: Clock | None = None,
    recorder: Recorder | None = None,
    words: PlayerWords | None = None,
    screen: ScreenWords | None = None,
    source: TrackSource | None = None,
) -> PlayResult:
    """Play `track` (the mix of `timeline`) on an opened sink: keys from a terminal stdin, a screen on a terminal
    stdout (plain lines otherwise or when `quiet`); `recorder` hears every event. The terminal is restored however
    it ends. With `source`, the track is played as it is made (`play/stream.py`; `track` unused, `timeline` its
    beginning)."""
    from voiceroutine.play.display import LiveDisplay, PlainDisplay
    from voiceroutine.play.keys import terminal_keys
    from voiceroutine.play.player import MonotonicClock, Player
    from voiceroutine.timeline.phrasebook import ScreenWords

    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    clock = clock or MonotonicClock()
    with ExitStack() as stack:
        keys = stack.enter_context(terminal_keys(stdin, clock))
        screen = screen or ScreenWords()
        display: Display = PlainDisplay(timeline, stdout, screen)
        if stdout.isatty() and not quiet:
            from rich.console import Console

            keys_help = screen.keys if keys.interactive else ""  # no keyboard: do not offer keys
            display = stack.enter_context(LiveDisplay(timeline, Console(file=stdout), keys_help, screen))
        if recorder is not None:
            display = _Both(display, recorder)
        return Player(timeline, track, sink, keys, clock, display, clips, words=words, source=source).run()


def _stopped(result: PlayResult) -> PlayResult:
    from voiceroutine.routine.units import position_clock

    if result.quit:
        sys.stderr.write(f"Stopped at {position_clock(result.position_ms)}.\n")
    return result


def play_routine(
    routine_arg: str | None,
    pace: PaceOverrides,
    engine: str | None,
    voice: str | None,
    cache_dir: Path | None,
    backend: str | None,
    quiet: bool = False,
    progress: Progress = NO_PROGRESS,
    record: bool = True,
    language: str | None = None,
    personal: Personal | None = None,
    track_lufs: float | None = None,
) -> PlayResult:
    """Check the sound device, then play the routine live while the rest of it is rendered (`play/stream.py`:
    the first words play as soon as they are made; `progress` hears loading the routine and is finished before
    the first sound); record the session in the log (when `record`) however it ends, and ask how it went when a
    keyboard is there. The track is levelled to `track_lufs` (default: the podcast target of a mono export, so
    the default export encodes this very track) and kept in the cache once whole."""
    from voiceroutine.pipeline import Personal, preparing
    from voiceroutine.sessions.live import LivePlayLog, log_problem

    sink = make_sink(backend)
    sink.open(SAMPLE_RATE)  # before rendering: no device means no reason to wait
    problem = log_problem() if record else None
    if problem is not None:  # one line for it, and the log is neither read (fading, progression) nor written
        LivePlayLog.not_recorded(problem)
        record = False
        personal = dataclasses.replace(personal or Personal(), read_log=False)
    with ExitStack() as stack:
        stack.callback(sink.close)
        # the voice whole: its first sound does not wait for the cut an export's memory wants (a later export cuts)
        started = preparing(routine_arg, pace, engine, voice, cache_dir, language=language, personal=personal,
                            warm=True, whole_voice=True)
        import numpy as np

        from voiceroutine.export.encode import Format
        from voiceroutine.export.targets import loudness_target
        from voiceroutine.play.player import MonotonicClock
        from voiceroutine.play.stream import Making
        from voiceroutine.progression import rule
        from voiceroutine.sessions.live import logged_line

        progress.finish()
        if started.voice_note:
            sys.stderr.write(f"voiceroutine: note: {started.voice_note}\n")
        # the same levelled samples an export encodes (a WAV export is byte for byte what is played)
        level = loudness_target().track_lufs if track_lufs is None else track_lufs
        making = stack.enter_context(Making(started, level, Format.MP3.ceiling_dbtp))
        first = making.track.snapshot().timeline
        nothing = np.zeros(0, dtype=np.int16)
        screen = started.phrases.screen_words()
        log = LivePlayLog.start() if record else None
        if log is None:
            return _stopped(play_timeline(first, nothing, making.clips, sink, quiet, words=started.words,
                                          screen=screen, source=making.track))
        stack.callback(log.close)
        clock = MonotonicClock()
        recorder = log.recorder(first, clock)
        try:
            result = play_timeline(first, nothing, making.clips, sink, quiet, None, None, clock, recorder,
                                   started.words, screen, making.track)
        finally:  # Ctrl-C too: what was done is logged
            learned = started.learned
            week = learned.standing.week if learned and learned.standing else None
            heard = learned.fading.heard if learned else None
            session = log.save(started.routine, started.options, making.timeline(), week, heard,
                               rule(learned.standing if learned else None))
        sink.close()
        _stopped(result)
        if session is not None:
            if not quiet:
                sys.stderr.write(logged_line(session) + "\n")
            if sys.stdin.isatty():
                log.ask(sys.stdin, sys.stdout if sys.stdout.isatty() else sys.stderr)
        return result
    raise AssertionError("unreachable")  # mypy: ExitStack may swallow exceptions
