"""The two questions after a live session: how hard it felt and whether it hurt. Enter skips either one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from voiceroutine import shutdown

EFFORT = (1, 10)
PAIN = (0, 10)
EFFORT_QUESTION = "How hard was it, from 1 (easy) to 10 (all you had)? Enter skips: "
PAIN_QUESTION = "Any pain, from 0 (none) to 10 (the worst)? Enter skips: "
TRIES = 3


@dataclass(frozen=True, slots=True)
class Answers:
    effort: int | None = None
    pain: int | None = None

    @property
    def any(self) -> bool:
        return self.effort is not None or self.pain is not None


def ask_scale(question: str, low: int, high: int, stdin: TextIO, out: TextIO) -> int | None:
    """A whole number from `low` to `high`, or None when the person presses Enter (or gives up after 3 tries)."""
    for _ in range(TRIES):
        out.write(question)
        out.flush()
        line = stdin.readline()
        if not line:  # end of input
            out.write("\n")
            return None
        answer = line.strip()
        if not answer:
            return None
        if answer.isdigit() and low <= int(answer) <= high:
            return int(answer)
        out.write(f"Type a whole number from {low} to {high}, or just press Enter.\n")
    return None


def ask_after_session(stdin: TextIO, out: TextIO) -> Answers:
    """Ask both questions; Ctrl-C stops asking and keeps what was answered."""
    effort = pain = None
    try:
        effort = ask_scale(EFFORT_QUESTION, *EFFORT, stdin, out)
        pain = ask_scale(PAIN_QUESTION, *PAIN, stdin, out)
    except KeyboardInterrupt as e:
        if shutdown.exit_code(e) != shutdown.exit_code(KeyboardInterrupt()):
            raise  # SIGTERM or a closed terminal: stop, not just stop asking
        out.write("\n")
    return Answers(effort, pain)
