"""The two questions after a live session."""

from __future__ import annotations

import io

from voiceroutine.sessions.ask import EFFORT_QUESTION, PAIN_QUESTION, Answers, ask_after_session


def ask(typed: str) -> tuple[Answers, str]:
    out = io.StringIO()
    return ask_after_session(io.StringIO(typed), out), out.getvalue()


def test_both_answered() -> None:
    answers, shown = ask("7\n2\n")
    assert answers == Answers(7, 2)
    assert shown == EFFORT_QUESTION + PAIN_QUESTION


def test_enter_skips_either() -> None:
    assert ask("\n0\n")[0] == Answers(None, 0)
    assert ask("5\n\n")[0] == Answers(5, None)


def test_a_wrong_answer_is_asked_again_and_three_wrong_ones_skip() -> None:
    answers, shown = ask("0\nlots\n8\n11\n-1\nten\n")
    assert answers == Answers(8, None)
    assert shown.count("Type a whole number from 1 to 10, or just press Enter.") == 2
    assert shown.count("Type a whole number from 0 to 10, or just press Enter.") == 3


def test_end_of_input_skips() -> None:
    assert ask("")[0] == Answers(None, None)
