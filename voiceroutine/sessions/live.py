"""The log's part in a live `play`: open it first, record the session however the play ends, then ask.

A log that cannot be used never stops the routine: the person hears one line saying the session is not
recorded, and why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from voiceroutine.errors import SessionLogError
from voiceroutine.routine.model import Routine
from voiceroutine.sessions.ask import ask_after_session
from voiceroutine.sessions.identity import routine_id
from voiceroutine.sessions.model import Pace, ProgressRule, Session, Source, Status
from voiceroutine.sessions.store import SessionLog
from voiceroutine.timeline.model import Timeline
from voiceroutine.timeline.options import PaceOptions

if TYPE_CHECKING:  # the player's events: `play` opens the log before it starts the voice, and imports them after
    from voiceroutine.play.player import Clock
    from voiceroutine.sessions.recorder import PlayOutcome, PlayRecorder

Warn = Callable[[str], None]


def _warn(message: str) -> None:
    logging.getLogger("voiceroutine.sessions").warning(message)


def session_from_play(
    routine: Routine,
    options: PaceOptions,
    timeline: Timeline,
    outcome: PlayOutcome,
    week: int | None = None,
    instructions: str | None = None,
    progress: ProgressRule | None = None,
) -> Session:
    """The session to log for a live play of `routine`."""
    rid = routine_id(routine)
    return Session(
        routine=rid.name,
        title=rid.title,
        routine_hash=rid.hash,
        source=Source.PLAY,
        started=outcome.started,
        ended=outcome.ended,
        level=options.level.value,
        pace=Pace(options.speed, options.pauses, options.rest_ms, options.countdown),
        length_ms=timeline.total_ms,
        played_ms=outcome.played_ms,
        completed=outcome.completed,
        pauses=outcome.pauses,
        paused_ms=outcome.paused_ms,
        exercises=outcome.exercises,
        week=week,
        instructions=instructions,
        progress=progress,
    )


class LivePlayLog:
    """Opened before the routine plays; `recorder()` for the player, `save()` when it ends, `ask()` after."""

    def __init__(self, log: SessionLog, warn: Warn = _warn) -> None:
        self.log = log
        self.warn = warn
        self.session_id: int | None = None
        self._recorder: PlayRecorder | None = None

    @staticmethod
    def not_recorded(problem: str, warn: Warn = _warn) -> None:
        warn(f"this session will not be recorded: {problem}")

    @classmethod
    def start(cls, warn: Warn = _warn) -> LivePlayLog | None:
        """The log ready to record, or None (after one warning line) when it cannot be used."""
        from voiceroutine.sessions import open_log

        try:
            log = open_log()
        except SessionLogError as e:
            cls.not_recorded(str(e), warn)
            return None
        return cls(log, warn)

    def recorder(self, timeline: Timeline, clock: Clock, now: Callable[[], datetime] | None = None) -> PlayRecorder:
        started = (now or (lambda: datetime.now().astimezone()))()
        from voiceroutine.sessions.recorder import PlayRecorder

        self._recorder = PlayRecorder(timeline, clock, started)
        return self._recorder

    def save(
        self,
        routine: Routine,
        options: PaceOptions,
        timeline: Timeline,
        week: int | None = None,
        instructions: str | None = None,
        progress: ProgressRule | None = None,
    ) -> Session | None:
        """Write what the recorder saw; returns the session, or None (with a warning) when writing failed."""
        if self._recorder is None:
            return None
        outcome = self._recorder.outcome()
        session = session_from_play(routine, options, timeline, outcome, week, instructions, progress)
        try:
            self.session_id = self.log.add(session)
        except SessionLogError as e:
            self.warn(f"this session was not recorded: {e}")
            return None
        return session

    def ask(self, stdin: TextIO, out: TextIO) -> None:
        """The two questions, when the session was saved; the answers go into its row."""
        if self.session_id is None:
            return
        answers = ask_after_session(stdin, out)
        if answers.any:
            try:
                self.log.answer(self.session_id, answers.effort, answers.pain)
            except SessionLogError as e:
                self.warn(f"the answers were not recorded: {e}")

    def close(self) -> None:
        self.log.close()


def log_problem() -> str | None:
    """What is wrong with the log, or None when it can be used or is not there yet (nothing is created)."""
    from voiceroutine.sessions import read_log

    try:
        log = read_log()
    except SessionLogError as e:
        return str(e)
    if log is not None:
        log.close()
    return None


def logged_line(session: Session) -> str:
    """ "Logged: 4 of 5 exercises done (1 skipped); `voiceroutine history` shows your sessions." """
    total = len(session.exercises)
    done = session.count(Status.DONE)
    skipped = session.count(Status.SKIPPED)
    extra = f" ({skipped} skipped)" if skipped else ""
    return f"Logged: {done} of {total} exercises done{extra}; `voiceroutine history` shows your sessions."
