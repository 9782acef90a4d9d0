"""Several parts of one article timed as intervals ("Block 1: 20 s on, 10 s off, 8 rounds", "Block 2: same timing as
block 1") import as separate circuits of one routine, each loaded by the real loader."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.interval_parts import find_interval_parts
from voiceroutine.importer.read import read_article
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.routine.model import Circuit, Exercise, Routine, Span

HEADINGS = """# Lunchtime intervals

Two short blocks with a warm-up first. Use an interval timer.

## Warm-up

- March on the spot - 2 minutes
- Arm swings, 10 reps

## Block 1

40 seconds on, 20 seconds off, 3 rounds.

1. Jumping jacks
2. High knees
3. Skater hops

## Block 2

Same timing as block 1.

1. Burpees
2. Plank jacks

## Cool-down

- Child's pose for 1 minute
"""

LINES = """Quick HIIT before work

Block 1: 30 s on, 15 s off, 4 rounds
- Squats
- Push-ups

Block 2: same timing as block 1, but 2 rounds
- Reverse lunges
- Sit-ups

Stretch your legs afterwards.
"""

ALTERNATING = """## Tabata pair

20 seconds on, 10 seconds off, 8 rounds, alternating the two moves.

- Squat jumps
- Mountain climbers

## Tabata single

Same intervals as before, all 8 rounds.

- Burpees
"""


def _load(text: str, source: str) -> tuple[Routine, str]:
    result = import_article(text, source)
    return load_routine_text(result.yaml_text, source), result.yaml_text


def _circuits(routine: Routine) -> list[Circuit]:
    return [item for item in routine.items if isinstance(item, Circuit)]


def test_two_blocks_under_headings_are_two_circuits_between_the_warm_up_and_the_cool_down() -> None:
    routine, text = _load(HEADINGS, "a.md")
    names = [item.name for item in routine.items]
    assert names == ["March on the spot", "Arm swings", "Block 1", "Block 2", "Child's pose"]
    first, second = _circuits(routine)
    assert [e.name for e in first.exercises] == ["Jumping jacks", "High knees", "Skater hops"]
    assert [e.name for e in second.exercises] == ["Burpees", "Plank jacks"]
    for circuit in (first, second):
        assert (circuit.rounds, circuit.work_ms, circuit.rest_ms) == (
            Span.exactly(3), Span.exactly(40_000), Span.exactly(20_000))
    # the second block's rounds and timing are the first's, and the file says where they came from
    assert 'as "Same timing as block 1." says' in text
    plain = [item for item in routine.items if isinstance(item, Exercise)]
    assert [e.name for e in plain] == ["March on the spot", "Arm swings", "Child's pose"]


def test_header_lines_above_lists_are_circuits_and_a_block_may_change_the_rounds() -> None:
    routine, _ = _load(LINES, "a.txt")
    first, second = _circuits(routine)
    assert (first.name, second.name) == ("Block 1", "Block 2")
    assert [e.name for e in second.exercises] == ["Reverse lunges", "Sit-ups"]
    assert (first.rounds, second.rounds) == (Span.exactly(4), Span.exactly(2))
    assert second.work_ms == Span.exactly(30_000) and second.rest_ms == Span.exactly(15_000)


def test_eight_rounds_alternating_two_moves_are_four_rounds_of_the_pair() -> None:
    routine, text = _load(ALTERNATING, "a.md")
    pair, single = _circuits(routine)
    assert pair.rounds == Span.exactly(4) and single.rounds == Span.exactly(8)
    assert '"8 rounds" alternating 2 moves: 4 rounds of the circuit' in text
    assert [e.name for e in single.exercises] == ["Burpees"]
    assert single.work_ms == Span.exactly(20_000)


def test_one_timed_block_is_no_set_of_parts_the_old_rules_would_not_read() -> None:
    # a part with no moves listed, or timing with no rounds anywhere, is no circuit
    text = "## Block 1\n\n20 s on, 10 s off.\n\n- Squats\n- Lunges\n"
    assert find_interval_parts(read_article(text).blocks) == []


PROSE = """## Round one

30 seconds on, 30 seconds off, 5 rounds.

- Star jumps
- Squats

## Round two

Same timing as round one, just one move: burpees, 5 rounds again. Land softly and keep your back flat.
"""


def test_a_block_with_no_list_names_its_one_move_after_a_colon() -> None:
    routine, text = _load(PROSE, "a.md")
    first, second = _circuits(routine)
    assert [e.name for e in first.exercises] == ["Star jumps", "Squats"]
    (burpees,) = second.exercises
    assert burpees.name == "Burpees" and second.rounds == Span.exactly(5)
    assert second.work_ms == Span.exactly(30_000) and second.rest_ms == Span.exactly(30_000)
    assert "Land softly and keep your back flat." in text
    # the sentence that times the block is no note on the move and no move's dose
    assert "a note outside it" not in text and "was not used" not in text


def test_a_block_named_after_its_move_keeps_its_timing_sentence_out_of_the_notes() -> None:
    text = PROSE.replace("## Round two", "## Round two: burpees").replace(
        "just one move: burpees, 5 rounds again", "burpees only, 5 rounds again")
    routine, written = _load(text, "a.md")
    (burpees,) = _circuits(routine)[1].exercises
    assert burpees.name == "Burpees"
    assert "a note outside it" not in written
