"""Text normalisation: what engines misread is rewritten, everything else is left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voiceroutine.speech.text import speakable


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Hold for 5 s.", "Hold for 5 seconds."),
        ("Rest 30s", "Rest 30 seconds"),
        ("Hold 1 s", "Hold 1 second"),
        ("1 min", "1 minute"),
        ("90 sec.", "90 seconds."),
        ("2 mins", "2 minutes"),
        ("1-2 minutes", "1 to 2 minutes"),
        ("stretch 1–2 min", "stretch 1 to 2 minutes"),
        ("10 - 15 reps", "10 to 15 reps"),
        ("2x per side", "2 times per side"),
        ("Turn 45°", "Turn 45 degrees"),
        ("approx. 3 reps", "approximately 3 reps"),
        ("small circles, e.g. like this", "small circles, for example, like this"),
        ("Rotate left & right", "Rotate left and right"),
        ("  Sit \n  tall  ", "Sit tall"),
        ("Hold 2.5 s", "Hold 2.5 seconds"),
        ("Rest 1 min. Then go", "Rest 1 minute. Then go"),
        ("Hold min. 5 s, max. 10 s", "Hold minimum 5 seconds, maximum 10 seconds"),
        ("rest 5-10s", "rest 5 to 10 seconds"),
        # left alone: plain digits, words that start like units, reps
        ("Hold for 10 seconds.", "Hold for 10 seconds."),
        ("Next: 5 sets of 10", "Next: 5 sets of 10"),
        ("3", "3"),
        ("Walk 100 m", "Walk 100 m"),
        ("3 to 5 reps", "3 to 5 reps"),
        ("Switch sides.", "Switch sides."),
    ],
)
def test_speakable(text: str, spoken: str) -> None:
    assert speakable(text) == spoken


@pytest.mark.parametrize("text", ["Hold for 5 s.", "1-2 min, approx. 3x", "e.g. 30s & 1 h"])
def test_speakable_is_idempotent(text: str) -> None:
    once = speakable(text)
    assert speakable(once) == once


PIECES = [
    "1",
    "2",
    "10",
    "1.5",
    "30s",
    "5 s",
    "1 min",
    "-",
    "–",
    " to ",
    "x",
    "approx.",
    "e.g.",
    "&",
    "%",
    "°",
    "reps",
    "Hold",
    "sec.",
    "min.",
    "max.",
    "vs.",
    ",",
    ".",
    " ",
    "  ",
    "\n",
    "m",
    "s",
    "h",
    "kg",
    "i.e.",
    "etc.",
]


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_speakable_properties(text: str) -> None:
    once = speakable(text)
    assert speakable(once) == once  # idempotent: the cache key of a spoken text is stable
    assert [c for c in once if c.isdigit()] == [c for c in text if c.isdigit()]  # no digit lost or added
    assert "  " not in once and once == once.strip()
