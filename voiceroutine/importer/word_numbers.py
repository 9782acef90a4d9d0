"""Lines numbered with a word before the number: "Slide 2 — Dead bug: 3 sets of 8", "Slide 3 — Bird dog: ...", as a
carousel post's caption or a card deck numbers its moves.

Three or more lines in a row that start with the same word and numbers that count up by one are a numbered list:
each is written "2. Dead bug: 3 sets of 8", so that it is an item of its own (lines without a marker were joined
into one paragraph, and the word and its number named the exercise). Words that number parts of a programme
rather than its moves (week, day, phase, round, set ...), and those the heading rules read ("Exercise 2",
"Station 3"), are left to the rules for them."""

from __future__ import annotations

import re
from collections.abc import Callable

_MIN_LINES = 3
_WORD_NUMBER = re.compile(
    r"^(?P<indent>\s*)(?P<word>[A-Za-z]{3,12})\s+(?P<n>\d{1,2})\s*(?:[:.)–—|-]+)\s*(?P<rest>\S.*)$")
_PARTS = re.compile(r"^(?:weeks?|days?|phases?|stages?|months?|rounds?|sets?|levels?|sessions?|parts?|blocks?|"
                    r"circuits?|supersets?|laps?|steps?|page|chapter|lesson|module|option|version|"
                    r"exercises?|stretch(?:es)?|moves?|movements?|poses?|positions?|drills?|stations?|number)$", re.I)
"""Words that number a programme's parts, and those the heading rules read already ("Exercise 2: ...")."""


def word_numbered_lines(text: str) -> str:
    """The text with each run of "Word N — ..." lines (the same word, N counting up) as "N. ..." lines."""
    return numbered_runs(text, _WORD_NUMBER, _MIN_LINES, skip=lambda word: bool(_PARTS.match(word)))


def numbered_runs(text: str, line: re.Pattern[str], least: int, *, skip: Callable[[str], bool] = lambda word: False,
                  apart: bool = False) -> str:
    """The text with each run of at least `least` lines matching `line` (groups indent, word, n, rest: the same
    word, n counting up by one) written as "n. rest" lines; a word that `skip` takes is left as it is. With `apart`
    the run gets a blank line above and below, so that it is a list of its own."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        first = line.match(lines[index])
        end = index + 1
        if first is not None and not skip(first["word"]):
            while end < len(lines) and (m := line.match(lines[end])) and (
                    m["word"].lower() == first["word"].lower() and int(m["n"]) == int(first["n"]) + end - index):
                end += 1
        if first is None or end - index < least or skip(first["word"]):
            out.append(lines[index])
            index += 1
            continue
        if apart:
            out.append("")
        for each in lines[index:end]:
            m = line.match(each)
            assert m is not None
            out.append(f"{m['indent']}{m['n']}. {m['rest'].strip()}")
        if apart:
            out.append("")
        index = end
    return "\n".join(out)
