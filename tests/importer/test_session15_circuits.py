"""Rules added in session 15 for circuits on real web pages: lines that list several timed moves."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.routine.loader import load_routine_text

_TIMED_LINES = ("Lunch break blast\n\n"
                "Go as hard as you can.\n\n"
                "Block 1 - 40s Skaters, 20s Crunches, 40s Step Ups\n\n"
                "Block 2 - 25 sec Flutter Kicks (Left Leg), 25 sec Flutter Kicks (Right Leg) and 1 min Wall Sit\n")


def test_a_line_of_timed_moves_is_that_many_moves_of_one_circuit_each_for_its_own_time() -> None:
    result = import_article(_TIMED_LINES, "blast.txt")
    load_routine_text(result.yaml_text, "blast.txt")
    items = yaml.safe_load(result.yaml_text)["exercises"]
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
