"""A video's chapter list ("0:40 Warm-up: marching on the spot (2 min)", "2:40 Squat to calf raise", ...): each line
a place in the video, then what happens there. The times are no doses (read as clock times they were minutes and
seconds of work); the lines are the video's moves, one a line, as a list. The video's own chapters (intro, outro,
"Round 2 starts") are no moves.

A plan run by a stopwatch is written the same way ("0:00  March on the spot", "2:00  Step touch", ..., "12:00  stop
the watch"): there the list ends at a time that stops the clock, and each move lasts until the next time, which is
its dose (a time of moving) when its line gives no time of its own (its other words, "4 steps each way", are how
it is done)."""

from __future__ import annotations

import re

_CHAPTER = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s+(?:[-–—|·]\s*)?(?P<text>\S.*)$")
_MIN_LINES = 4
_NO_MOVE = re.compile(r"^(?:intro|outro|introduction|welcome|hello|hi|thanks|end|ending|bonus|q&a|chat|"
                      r"(?:round|set|block|part)\s*\d+\b)", re.I)
"""A chapter of the video rather than a move: its start, its end, the start of a round."""
_LABEL = re.compile(r"^\W*(?:time\s?stamps|chapters|in this video)\W*$", re.I)
_PART = re.compile(r"^(?:warm[- ]?up|cool[- ]?down|finisher|stretch(?:ing)?)\s*[:–—-]\s+(?=\S)", re.I)
"""A part's label before the move in it: "Warm-up: marching on the spot"."""
_STOP = re.compile(
    r"^(?:stop|end|finish(?:ed)?|done|time(?:'s| is)? up)\b(?:\s+(?:the\s+)?(?:watch|clock|timer|here))?\W*$", re.I)
"""The last line of a plan run by a stopwatch: the time the clock stops ("12:00 stop the watch")."""
_OWN_TIME = re.compile(r"\d\s*(?:s|secs?|seconds?|mins?|minutes?)\b|\d:\d\d", re.I)


def _seconds(line: str) -> int:
    clock = line.split()[0].split(":")
    return sum(int(part) * 60 ** power for power, part in enumerate(reversed(clock)))


def _text(line: str) -> str:
    m = _CHAPTER.match(line)
    assert m is not None
    return m["text"].strip()


def _until_next(move: str, seconds: int) -> str:
    """A stopwatch plan's move with the time until the next one as its dose, unless it gives a time of its own."""
    if _OWN_TIME.search(move) or seconds <= 0:
        return move
    name = move.split(",")[0].split(" (")[0].strip()
    # the clock runs while the person moves: a time of moving, never a hold
    return f"{name} – keep going for " + (f"{seconds} s" if seconds % 60 else f"{seconds // 60} min")


def chapter_lists(text: str) -> str:
    """The text with each run of four or more chapter lines, in time order, as list items without their times."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _CHAPTER.match(lines[end]):
            end += 1
        run = lines[index:end]
        times = [_seconds(line.strip()) for line in run]
        if len(run) >= _MIN_LINES and times == sorted(times):
            if out and _LABEL.match(out[-1]):
                out.pop()  # "⏱ TIMESTAMPS" above the list: the list's label, no move
            timed = _STOP.match(_text(run[-1])) is not None
            for at, line in enumerate(run):
                move = _PART.sub("", _text(line))
                if timed and at + 1 < len(run):
                    move = _until_next(move, times[at + 1] - times[at])
                if not _NO_MOVE.match(move) and not (timed and at + 1 == len(run)):
                    out.append(f"- {move}")
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)
