"""Rules added while tuning again on rounds 15 to 19 (issue 16, session 12): a count written after a long time is
its sets, sides in the article's own words and order, knees rolled to one side and the other "each way"."""

from __future__ import annotations

from tests.importer.helpers import by_name
from voiceroutine.importer.dose import Kind, find_mentions


def _sets(text: str) -> list[int]:
    return [m.amount.low for m in find_mentions(text) if m.kind is Kind.SETS]


def _reps(text: str) -> list[int]:
    return [m.amount.low for m in find_mentions(text) if m.kind is Kind.REPS]


def test_a_count_after_a_long_time_is_its_sets() -> None:
    # as "2 x 40 s" before the time, "40 s x 2" and "40 sec, twice" after it are 2 sets of it
    assert (_sets("Wall lean - 40 s x 2"), _reps("Wall lean - 40 s x 2")) == ([2], [])
    assert (_sets("Tree pose: 40 sec, twice"), _reps("Tree pose: 40 sec, twice")) == ([2], [])
    assert _sets("Heron stand, 45 seconds, 3 times each leg") == [3]
    found = by_name("## Heron stand\n\nStand on one leg. 45 seconds, 3 times each leg.\n\n"
                    "## Toe walks\n\nWalk on your toes. 20 s x 2.\n", "a.md")
    assert found["Heron stand"]["sets"] == 3 and "reps" not in found["Heron stand"]
    assert found["Toe walks"]["sets"] == 2 and "reps" not in found["Toe walks"]


def test_a_count_after_a_held_short_or_daily_time_is_not_sets() -> None:
    # "Hold 40 seconds, 3 times each side" counts the holds, as "hold 40 s, repeat 3 times" does
    assert (_sets("Hold 40 seconds, 3 times each side"), _reps("Hold 40 seconds, 3 times each side")) == ([], [3])
    assert _sets("Squeeze 5 s x 8") == []  # a short hold said 8 times: reps of it
    assert _sets("Walk 20 minutes, 2 times a day") == []  # how often
