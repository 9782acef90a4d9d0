"""Doses in plain language: what counts, what is ignored, and which side names come out."""

from __future__ import annotations

import pytest

from voiceroutine.importer.dose import Kind, find_mentions, find_sides, is_dose_only, numerals

S = 1000
MIN = 60_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hold for 5 seconds and repeat 10 times.", [(Kind.HOLD, 5 * S, 5 * S), (Kind.REPS, 10, 10)]),
        ("Do 10-15 reps.", [(Kind.REPS, 10, 15)]),
        ("Do 2–3 sets of 8–12 reps.", [(Kind.SETS, 2, 3), (Kind.REPS, 8, 12)]),
        ("2 sets of 15", [(Kind.SETS, 2, 2), (Kind.REPS, 15, 15)]),
        ("3 x 10", [(Kind.SETS, 3, 3), (Kind.REPS, 10, 10)]),
        ("3x30 seconds", [(Kind.SETS, 3, 3), (Kind.TIMED, 30 * S, 30 * S)]),
        ("Reps: 12", [(Kind.REPS, 12, 12)]),
        ("Repeat the stretch for 1-2 minutes.", [(Kind.DURATION, MIN, 2 * MIN)]),
        ("Hold for 45 seconds to 1 minute.", [(Kind.HOLD, 45 * S, MIN)]),
        ("Hold for forty-five seconds to one minute.", [(Kind.HOLD, 45 * S, MIN)]),
        ("Stay here for thirty seconds.", [(Kind.HOLD, 30 * S, 30 * S)]),
        ("Hold a 20-second stretch", [(Kind.HOLD, 20 * S, 20 * S)]),
        ("Walk for 2 minutes", [(Kind.DURATION, 2 * MIN, 2 * MIN)]),
        ("30 seconds", [(Kind.TIMED, 30 * S, 30 * S)]),
        ("Do it twice.", [(Kind.SETS, 2, 2)]),  # the whole exercise twice; alone, article.py makes it the reps
        ("Rest for 30 seconds and repeat twice more.", [(Kind.REST, 30 * S, 30 * S), (Kind.SETS, 3, 3)]),
        ("Do 3 more times.", [(Kind.SETS, 4, 4)]),
        ("Repeat 3 times.", [(Kind.REPS, 3, 3)]),
        ("Make ten circles", [(Kind.REPS, 10, 10)]),
        ("Rest 60 seconds between sets.", [(Kind.SET_REST, MIN, MIN)]),
        ("Take a 30-second break between reps.", [(Kind.REP_REST, 30 * S, 30 * S)]),
        ("Rest for 1 minute before the next exercise.", [(Kind.REST, MIN, MIN)]),
        ("Keep going for 45 seconds.", [(Kind.DURATION, 45 * S, 45 * S)]),
        ("March on the spot for half a minute.", [(Kind.DURATION, 30 * S, 30 * S)]),
    ],
)
def test_doses_are_read(text: str, expected: list[tuple[Kind, int, int]]) -> None:
    assert [(m.kind, m.amount.low, m.amount.high) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stand with your feet about 6 inches away from the wall.",
        "Bend your elbows to 90 degrees.",
        "Keep your feet 2 feet apart.",
        "About 80 percent of people have back pain.",
        "Do these exercises 3 times a week.",
        "Count to 4 as you lower, over 3 seconds.",
        "Rest your forehead on the floor.",
        "Place one hand on your belly and two fingers on your chin.",
    ],
)
def test_numbers_that_are_not_doses_are_ignored(text: str) -> None:
    assert find_mentions(text) == []


def test_vague_and_open_ended_amounts_are_marked_inferred() -> None:
    (least,) = find_mentions("Hold for at least 60 seconds.")
    assert (least.amount.low, least.amount.high) == (60 * S, 60 * S)
    assert least.amount.note and "at least" in least.amount.note
    (few,) = find_mentions("Hold for a few seconds.")
    assert (few.amount.low, few.amount.high) == (3 * S, 5 * S) and few.amount.note
    (up_to,) = find_mentions("Work up to 2 minutes.")
    assert up_to.amount.high == 2 * MIN and up_to.amount.note and "up to" in up_to.amount.note
    (plain,) = find_mentions("Hold for 30 seconds.")
    assert plain.amount.note is None


def test_breaths_are_counted_as_breaths() -> None:
    (breaths,) = find_mentions("Stay for 4-6 breaths.")
    assert breaths.kind is Kind.HOLD and breaths.amount.breaths and (breaths.amount.low, breaths.amount.high) == (4, 6)


def test_number_words_become_digits() -> None:
    assert numerals("Five to Ten times, thirty–forty seconds, twenty-two reps") == (
        "5 to 10 times, 30-40 seconds, 22 reps")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hold for 30 seconds on each side.", ("left", "right")),
        ("Repeat five times on each leg.", ("left", "right")),
        ("Lift your right leg. Hold, then switch.", ("right", "left")),
        ("Turn your chest to the right. Then repeat on the left.", ("right", "left")),
        ("Do 8 reps per side.", ("left", "right")),
        ("Swap legs after 20 seconds.", ("left", "right")),
        ("Make 10 circles in each direction.", ("clockwise", "counterclockwise")),
        ("Circle anticlockwise 5 times, then reverse the direction.", ("anticlockwise", "clockwise")),
        ("Roll your shoulders forward 10 times, then backward 10 times.", ("forward", "backward")),
    ],
)
def test_sides(text: str, names: tuple[str, str]) -> None:
    sides, _ = find_sides(text)
    assert sides is not None and sides.names == names


@pytest.mark.parametrize(
    "text",
    [
        "Place each hand on the floor under your shoulders.",
        "Hold the band in both hands.",
        "Put a hand on each side of your head.",
        "Stand with both feet flat.",
    ],
)
def test_positions_are_not_sides(text: str) -> None:
    assert find_sides(text) == (None, None)


def test_alternating_is_not_per_side_but_warned() -> None:
    sides, warning = find_sides("Do 20 reps, alternating legs.")
    assert sides is None and warning and "alternat" in warning


@pytest.mark.parametrize(
    ("clause", "only_dose"),
    [
        ("Hold for 5 seconds", True),
        ("Repeat 10 times on each side", True),
        ("then switch sides", True),
        ("Do 12 slides", True),
        ("Repeat the cat-cow stretch for 1-2 minutes", False),
        ("Lower your arms", False),
        ("Hold the rail with one hand", False),
    ],
)
def test_dose_only_clauses(clause: str, only_dose: bool) -> None:
    assert is_dose_only(clause) is only_dose


def test_exercise_name_words_count_as_filler() -> None:
    assert is_dose_only("Repeat the cat-cow stretch for 1-2 minutes", frozenset({"cat", "cow", "stretch"}))
