"""A trainer's supersets: moves numbered "A1.", "A2." under "BLOCK A (superset)", then "B1.", "B2.", each block
done in rounds ("Do A1, go straight into A2, then rest 60-90 sec. That's one round. 3 rounds.").

The moves are the items of their block, and the short line above a block's first move is its heading, so that the
block's rounds (`round_groups`) make a circuit of its moves; the session's other lines in capitals that start a
part ("WARM-UP", "FINISH") are headings too."""

from __future__ import annotations

import re

_MOVE = re.compile(r"^\s*(?P<letter>[A-Z])(?P<n>[1-9])\s*[.):]?\s+(?P<rest>[A-Za-z].*)$")
MAX_HEADING_WORDS = 6
_CAPITALS = re.compile(r"^(?=.*[A-Z]{2})[A-Z0-9][A-Z0-9 &/'()-]{1,40}$")
"""A line in capitals ("WARM-UP", "BLOCK C"), with no sentence in it."""


def superset_blocks(text: str) -> str:
    """The text with each block of two or more lettered moves (A1, A2, ...) as a heading over items."""
    lines = text.split("\n")
    moves = {index: m for index, line in enumerate(lines) if (m := _MOVE.match(line))}
    letters = [m["letter"] for m in moves.values()]
    blocks = {letter for letter in letters if letters.count(letter) >= 2}
    if not blocks:
        return text
    out = list(lines)
    for index, line in enumerate(lines):
        # the other parts of such a session ("WARM-UP", "BLOCK C", "FINISH"): headings in capitals, as the blocks'
        if _CAPITALS.match(line) and (index == 0 or not lines[index - 1].strip()):
            out[index] = f"### {line.strip()}"
    headed: set[str] = set()
    for index, m in sorted(moves.items()):
        if m["letter"] not in blocks:
            continue
        out[index] = f"- {m['rest']}"
        if m["letter"] in headed:
            continue
        headed.add(m["letter"])
        above = index - 1
        if (above >= 0 and lines[above].strip() and above not in moves
                and len(lines[above].split()) <= MAX_HEADING_WORDS and not re.search(r"[.!?,;]$", lines[above])):
            out[above] = f"### {lines[above].strip()}"
    return "\n".join(out)
