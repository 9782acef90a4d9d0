"""Rules added in session 15 for circuits on real web pages: lines that list several timed moves."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.routine.loader import load_routine_text

_TIMED_LINES = ("Lunch break blast\n\n"
                "Go as hard as you can.\n\n"
                "Block 1 - 40s Skaters, 20s Crunches, 40s Step Ups\n\n"
                "Block 2 - 25 sec Flutter Kicks (Left Leg), 25 sec Flutter Kicks (Right Leg) and 1 min Wall Sit\n")


def _items(text: str, name: str) -> list[dict]:
    """The routine's items as imported, after seeing that they load."""
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    return yaml.safe_load(result.yaml_text)["exercises"]


def test_a_line_of_timed_moves_is_that_many_moves_of_one_circuit_each_for_its_own_time() -> None:
    items = _items(_TIMED_LINES, "blast.txt")
    assert [item["circuit"] for item in items] == ["Block 1", "Block 2"]
    assert all(item["rounds"] == 1 for item in items)
    moves = [(move["name"], move.get("duration")) for item in items for move in item["exercises"]]
    assert moves == [("Skaters", "40 s"), ("Crunches", "20 s"), ("Step ups", "40 s"),
                     ("Flutter kicks left leg", "25 s"), ("Flutter kicks right leg", "25 s"),
                     ("Wall sit", "1 minute")]


def test_a_line_with_one_timed_move_or_untimed_pieces_is_left_as_it_is() -> None:
    from voiceroutine.importer.timed_moves import timed_move_lines
    for line in ("Set 1 - 30s Skaters", "Round 2: squats, lunges, 30s plank", "Block 3 - see the list below"):
        assert timed_move_lines(line) == line


_NUMBERED_PARTS = ("Evening plan\n\n"
                   "1. Warm-up – 5 minutes of easy walking\n\n"
                   "2. Round A – 20 seconds of each move with a 5 second break, repeat the sequence 3 times\n\n"
                   "  • Star jumps\n  • Bicycle crunches\n  • Bear crawl\n\n"
                   "3. Round B – 40 seconds of each with a 20 second rest, repeat them 2 times\n\n"
                   "  • Skater hops\n  • Hollow hold\n\n\n"
                   "  • Warm-up – 5 minutes\n  • Round A – 4 minutes\n  • Round B – 3 minutes\n"
                   "  • Total = 12 minutes\n")


def test_a_numbered_item_stating_work_rest_and_repeats_over_bullets_is_a_circuit_and_a_recap_is_no_move() -> None:
    items = _items(_NUMBERED_PARTS, "plan.txt")
    circuits = [(item["circuit"], item["rounds"], item["work"], item["rest"]) for item in items if "circuit" in item]
    assert circuits == [("Round A", 3, "20 s", "5 s"), ("Round B", 2, "40 s", "20 s")]
    names = [move["name"] for item in items for move in item.get("exercises", [item])]
    assert "Star jumps" in names and "Hollow hold" in names
    assert not any(name.lower().startswith(("total", "round a", "round b")) for name in names)
