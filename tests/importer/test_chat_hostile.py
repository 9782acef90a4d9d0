"""The chat reader (`importer/formats/chat.py`) on hostile input: a huge or pathological chat export stays linear and
ends in a clear result, never a traceback.

Linear is checked without a clock (a loaded machine makes any timing flaky): the reader's work is the text it hands
to the dose finder and to the line pattern, counted in characters at two sizes. A linear reader hands each
character over a fixed number of times at any size; a quadratic one (reading a message again at every line added
to it) hands over more per character the longer the chat."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.formats import chat
from voiceroutine.importer.formats.chat import chat_messages
from voiceroutine.routine.loader import load_routine_text

SMALL, LARGE = 4_000, 40_000


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


_HEAD = "[12/03, 07:14] Coach Sam: plan\n[12/03, 07:14] Coach Sam: sq x15\n[12/03, 07:15] Jo: ok\n"
"""Three chat lines, so the rest is read as a chat too."""

HOSTILE: dict[str, Callable[[int], str]] = {
    "many short messages": lambda n: _fill("[12/03, 07:15] Coach Sam: sq x15\n[12/03, 07:16] Jo: ok\n", n),
    # most lines without a date: no chat, which takes its own look at every line
    "one message of many lines": lambda n: _HEAD + "[12/03, 07:16] Coach Sam: go\n" + _fill("sq x15 then\n", n),
    # as many lines as there are messages, all continuing one message (the most a chat may have)
    "one message continued to half the lines": lambda n: _HEAD + "[12/03, 07:16] Coach Sam: go\n" + (
        "[12/03, 07:15] Jo: ok\n" * (n // 32)) + "[12/03, 07:16] Coach Sam: go\n" + "sq x9\n" * (n // 32),
    "half the lines continue a message": lambda n: _HEAD + _fill("[12/03, 07:16] Coach Sam: go\nsq x15 then\n", n),
    "one message of one long line": lambda n: _HEAD + "[12/03, 07:16] Coach Sam: " + _fill("plank 30 sec, then ", n),
    "unfinished date prefixes": lambda n: _HEAD + _fill("[12/03, 07:1", n),
    "senders without a colon": lambda n: _HEAD + _fill("[12/03, 07:15] " + "x" * 60 + "\n", n),
    "a new sender every line": lambda n: _HEAD + "".join(f"[12/03, 07:15] S{i}: plank 30 sec\n"
                                                         for i in range(n // 32)),
    "commas and thens": lambda n: _HEAD + "[12/03, 07:16] Coach Sam: " + _fill(", then ", n),
    "blank lines between messages": lambda n: _HEAD + _fill("[12/03, 07:15] Coach Sam: squats x10\n\n\n\n", n),
}


class _Counted:
    """Wraps a function or a compiled pattern and counts the characters it is given."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.chars = inner, 0

    def __call__(self, text: str, *args: Any, **kwargs: Any) -> Any:
        self.chars += len(text)
        return self.inner(text, *args, **kwargs) if self.inner is not None else []

    def match(self, text: str, *args: Any) -> Any:
        self.chars += len(text)
        return self.inner.match(text, *args)


def _work(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Characters the reader hands to the dose finder and the line pattern while reading `text`."""
    mentions, line = _Counted(find_mentions), _Counted(chat._CHAT_LINE)
    with monkeypatch.context() as patch:
        patch.setattr(chat, "find_mentions", mentions)
        patch.setattr(chat, "_CHAT_LINE", line)
        chat_messages(text)
    return mentions.chars + line.chars


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_chat_is_read_with_work_linear_in_its_size(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = HOSTILE[name](SMALL), HOSTILE[name](LARGE)
    per_char_small = _work(small, monkeypatch) / len(small)
    per_char_large = _work(large, monkeypatch) / len(large)
    # ten times the text: a linear reader keeps its work per character; a quadratic one multiplies it by ten
    assert per_char_large < 1.2 * per_char_small + 0.1, (
        f"{name}: {per_char_small:.1f} characters of work per character at {SMALL}, {per_char_large:.1f} at {LARGE}")
    assert per_char_large < 8, f"{name}: each character is read {per_char_large:.1f} times"


def test_reading_a_message_again_at_every_line_added_to_it_fails_the_linearity_check(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: a reader that scans the message so far at every continued line is caught."""
    def quadratic(text: str) -> str | None:
        said = ""
        for line in text.split("\n"):
            said += line + "\n"
            chat.find_mentions(said)  # type: ignore[attr-defined]  # the reader's name, counted
        return "x"

    counts = []
    for size in (SMALL, LARGE):
        counted = _Counted(None)  # counting only: the quadratic reader's real work would take minutes
        with monkeypatch.context() as patch:
            patch.setattr(chat, "find_mentions", counted)
            quadratic(HOSTILE["one message continued to half the lines"](size))
        counts.append(counted.chars / size)
    assert counts[1] > 1.2 * counts[0] + 0.1


def _run(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "voiceroutine", "import", str(path)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})


def test_a_chat_of_replies_only_is_one_line_and_exit_2(tmp_path: Path) -> None:
    article = tmp_path / "chat.txt"
    article.write_text("".join(f"[12/03, 07:{i % 60:02d}] Jo: thanks, see you at {i}\n" for i in range(2000)),
                       encoding="utf-8")
    done = _run(article)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (f"voiceroutine: error: {article}: no exercises found (looked for named or numbered "
                           "exercises with instructions or doses such as \"hold for 5 seconds\" or \"repeat 10 "
                           "times\")\n")


def test_a_chat_of_too_many_exercises_is_a_routine_the_format_takes_and_says_what_was_left_out(
        tmp_path: Path) -> None:
    article = tmp_path / "chat.txt"
    letters = "abcdefghijklmnopqrstuvwxyz"
    article.write_text("".join(f"[12/03, 07:15] Coach Sam: move {letters[i // 26]}{letters[i % 26]} x15\n"
                               "[12/03, 07:16] Jo: ok\n" for i in range(400)), encoding="utf-8")
    done = _run(article)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    load_routine_text(done.stdout, "chat.yaml")
    assert len(yaml.safe_load(done.stdout)["exercises"]) <= 200
    warnings = [line for line in done.stdout.splitlines() if line.startswith("# warning:")]
    assert warnings == [
        '# warning: the article has 400 exercises; the first 200 are kept (the most a routine allows), left out from '
        '"Move hs"',
        # the routine would take over 4 hours: one warning names the exercises left out, not one warning each
        '# warning: 45 exercises were left out, the longest first, until the routine fitted the format\'s limits '
        '(found a routine of about 5 h 9 min at the hard level, allowed: at most 4 h): "Move aa", "Move ab", '
        '"Move ac", "Move ad", "Move ae", "Move af", "Move ag", "Move ah", "Move ai", "Move aj" and 35 more',
        '# warning: the routine takes about 240 minutes without speech, more than 45 minutes: check the doses '
        'against the article']
