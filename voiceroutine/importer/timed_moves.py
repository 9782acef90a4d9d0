"""A line that lists several timed moves: "Block 2 - 40s Skaters, 20s Crunches, 40s Step Ups" (a label, then two or
more "time move" pieces parted by commas), one such line per set of a circuit.

Read as one sentence it is one move with several times (the first used, the label's number glued to it). It is as
many moves, each for its own time, done once through: the line becomes a header line ("Block 2: ... 1 rounds") over
one item per move ("- Skaters: 40 seconds"), which `interval_parts` reads as a circuit of one round whose moves keep
their own times. A side in brackets after a move ("Lunge (Left Leg)") stays in its name ("Lunge left leg"), so the
two sides of a move stay two moves, each for its time."""

from __future__ import annotations

import re

_UNIT = r"(?P<unit>s|secs?|seconds?|m|mins?|minutes?)"
_PIECE = re.compile(rf"^\s*(?P<n>\d{{1,3}})\s*{_UNIT}\.?\s+(?:of\s+)?(?P<name>[A-Za-z][A-Za-z&'’/ -]*?"
                    r"(?:\s*\([A-Za-z ]{1,20}\))?)\s*$", re.I)
"""One timed move: "30s Burpees", "20 sec Donkey Kicks (Left Leg)"."""
_LABEL = re.compile(r"^(?P<indent>\s*)(?:[-*•]\s+)?(?P<label>(?:set|round|circuit|block|part|station)\s*\d{1,2})"
                    r"\s*[:.–—-]\s*(?P<rest>\S.*?)\s*$", re.I)
"""A line's label and its list: "Set 1 - ...", "Round 3: ..."."""
_SIDE = re.compile(r"\(\s*(?P<side>left|right)(?P<part>\s+[A-Za-z]+)?\s*\)", re.I)
MIN_MOVES = 2


def timed_move_lines(text: str) -> str:
    """Each line of a label and two or more timed moves as a header line and one item per move; other lines as they
    are."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        moves = _moves(line)
        if moves is None:
            out.append(line)
            continue
        label, pieces = moves
        first = pieces[0][1]
        out.extend(["", f"{label}: {first} on, 0 seconds off, 1 rounds"])
        out.extend(f"- {name}: {time}" for name, time in pieces)
        out.append("")
    return "\n".join(out)


def _moves(line: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The label and the (name, time) of each move of a line of timed moves; None for any other line."""
    m = _LABEL.match(line)
    if m is None:
        return None
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=\d)", m["rest"].rstrip(" ."))
    if len(parts) < MIN_MOVES:
        return None
    pieces: list[tuple[str, str]] = []
    for part in parts:
        piece = _PIECE.match(part)
        if piece is None:
            return None
        unit = "minutes" if piece["unit"].lower().startswith("m") else "seconds"
        # "(Left Leg)" in brackets would be read as a note and dropped: the side stays a word of the name
        name = _SIDE.sub(lambda side: f"{side['side'].lower()}{(side['part'] or '').lower()}", piece["name"].strip())
        pieces.append((name, f"{piece['n']} {unit}"))
    return m["label"].strip(), pieces
