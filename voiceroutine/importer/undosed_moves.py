"""A numbered paragraph with no dose among numbered paragraphs that give theirs ("5) On your hands and knees, arch
your back ... Repeat multiple times." between "4) ... Repeat 6 times." and "6) ... Repeat 10 times."): an exercise of
the list too when it reads like one, so it is kept (its dose assumed, with a warning) rather than left out without a
word. It reads like one when it opens with where the body is ("Lie on your back", "On your hands and knees", "Standing
tall"). A tip or a note between the items ("Breathe out as you lift", "Stop if it hurts") or a closing word ("That's
it. ... repeat the bridges") does not."""

from __future__ import annotations

import re

_POSITION = re.compile(
    r"^\s*(?:(?:lie|lying|lay|sit|sitting|stand|standing|kneel|kneeling|squat|crouch|start|starting|begin|get)\b"
    r"|(?:on|onto|from|in)\s+(?:your|all|a|the)\s+(?:hands and knees|fours|back|side|front|stomach|belly|knees|"
    r"tummy|chair|mat|floor|bench|wall|table\w*|plank|bench position|starting position)\b"
    r"|(?:face|facing|with your back)\b)", re.I)


def reads_like_a_move(text: str) -> bool:
    """Whether an undosed numbered paragraph's text reads like an exercise: it opens with a position."""
    return bool(_POSITION.match(text))
