"""Rules added while tuning again on rounds 15 to 19 (issue 16, session 12): a count written after a long time is
its sets, sides in the article's own words and order, knees rolled to one side and the other "each way"."""

from __future__ import annotations

from tests.importer.helpers import by_name
from voiceroutine.importer.dose import Kind, find_mentions, find_sides


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


def test_directions_keep_the_article_s_words() -> None:
    assert find_sides("Swing the arm forwards 8 times, then backwards 8 times")[0].names == ("forwards", "backwards")
    assert find_sides("Roll 6 forward and then 6 backward")[0].names == ("forward", "backward")
    # the same count each way, the second written "back"
    assert find_sides("Crab walk 12 paces forward, then 12 paces back")[0].names == ("forward", "back")


def test_knees_rolled_to_one_side_and_the_other_each_way_are_per_side() -> None:
    sides = find_sides("Let the knees roll over to one side and then the other, 8 each way")[0]
    assert sides is not None and sides.names == ("left", "right")
    # cut at its "then" as prose clauses are, the same
    sides = find_sides("let the knees roll over to one side.. The other, 8 each way.")[0]
    assert sides is not None and sides.names == ("left", "right")
    # without "each way" it is one movement from side to side, no sides
    assert find_sides("Let the knees roll over to one side and then the other, 8 times")[0] is None


def test_an_article_that_writes_anticlockwise_has_its_circles_go_anticlockwise() -> None:
    text = ("## Wrist circles\n\nTrace small circles with your fists, 6 in each direction.\n\n"
            "## Ankle circles\n\nDraw circles with your big toe, 8 each way.\n\n"
            "Note: start clockwise, then go anticlockwise.\n")
    found = by_name(text, "a.md")
    assert found["Wrist circles"]["sides"] == ["clockwise", "anticlockwise"]
    assert found["Ankle circles"]["sides"] == ["clockwise", "anticlockwise"]
    # an article that writes both keeps each exercise's own word
    both = by_name(text.replace("Note: start", "Counterclockwise is the same as anticlockwise. Start"), "a.md")
    assert both["Wrist circles"]["sides"] == ["clockwise", "counterclockwise"]
