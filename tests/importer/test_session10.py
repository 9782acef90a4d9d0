"""Rules added while tuning on rounds 16 and 17: an app's set-by-set lines, weights after a name, clock times said
as work or rest, section names framed by rules, and a framed section timed as intervals."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.blocks import BlockKind
from voiceroutine.importer.dose import Kind, find_mentions
from voiceroutine.importer.read import read_article
from voiceroutine.routine.loader import load_routine_text

_APP = ("Sam shared a session with you\n\n"
        "═══════════\n🔥 WARM-UP\n═══════════\n"
        "▶️ Skipping ········ 02:00\n"
        "▶️ Leg swings ········ 10 reps / side\n\n"
        "═══════════\n🦵 LEGS\n═══════════\n"
        "1. Split squat 🏷️ 2 × 8 kg\n"
        "   Set 1/2 · 8 reps / side\n"
        "   Set 2/2 · 8 reps / side\n"
        "   ⏸ Rest 00:45\n\n"
        "2. Leg press 🏷️ 60 kg\n"
        "   Set 1/3 · 12 reps\n"
        "   Set 2/3 · 10 reps\n"
        "   Set 3/3 · 8 reps\n"
        "   ⏸ Rest 02:00\n\n"
        "═══════════\n🔥 CORE · 2 rounds\n═══════════\n"
        "⏱ 00:30 work · 00:15 rest\n"
        "• Dead bug\n"
        "• Side plank\n"
        "⏸ Rest 01:30 after each round\n\n"
        "═══════════\n🧘 STRETCH\n═══════════\n"
        "▶️ Couch stretch ········ 00:40 / side\n"
        "▶️ Calf stretch ········ 00:30 / side\n")


def _import(text: str) -> str:
    result = import_article(text, "app.txt")
    load_routine_text(result.yaml_text, "app.txt")
    return result.yaml_text[result.yaml_text.index("exercises:"):]


def test_numbered_set_lines_are_the_sets_of_the_move_above_and_a_rest_line_after_them_their_set_rest() -> None:
    body = _import(_APP)
    assert ("  - name: Split squat\n    reps: 8\n    sets: 2\n    set_rest: 45 s\n    sides: [left, right]\n"
            in body)
    # a different count on each set is a range of reps
    assert "  - name: Leg press\n    reps: 8-12\n    sets: 3\n    set_rest: 2 minutes\n" in body
    # set lines that do not run 1 to N of N are left as they are
    broken = read_article("1. Row\n   Set 1/3 · 10 reps\n   Set 3/3 · 10 reps\n").blocks
    assert "3 sets of" not in " ".join(block.text for block in broken)


def test_a_weight_after_a_name_is_no_part_of_it_and_no_dose() -> None:
    assert not find_mentions("Split squat with 2 x 8 kg dumbbells")
    assert [m.kind for m in find_mentions("2 x 8 kg, 3 x 10")] == [Kind.SETS, Kind.REPS]
    assert [(m.amount.low, m.kind) for m in find_mentions("3 x 10")] == [(3, Kind.SETS), (10, Kind.REPS)]
    texts = [block.text for block in read_article("- Kettlebell swing 16 kg\n- Farmer carry (2 x 20 kg)\n").blocks]
    assert texts == ["Kettlebell swing", "Farmer carry"]


def test_a_short_line_framed_by_rules_is_a_heading() -> None:
    blocks = read_article(_APP).blocks
    assert (BlockKind.HEADING, "LEGS") in [(block.kind, block.text) for block in blocks]
    assert "name: Legs" not in _import(_APP) and "name: Stretch" not in _import(_APP)
    # a rule on one side only frames nothing
    one_side = read_article("Intro line\n\n• LEGS\n═══════════\n• Squats – 10 reps\n").blocks
    assert all(block.kind is not BlockKind.HEADING for block in one_side)


def test_a_framed_section_with_rounds_and_clock_timed_work_and_rest_is_a_circuit_with_its_round_rest() -> None:
    body = _import(_APP)
    assert ("  - circuit: CORE\n"
            '    rounds: 2  # inferred: "2 rounds"\n'
            '    work: 30 s  # inferred: "30 s work · 15 s rest"\n'
            '    rest: 15 s  # inferred: "30 s work · 15 s rest"\n'
            '    round_rest: 90 s  # inferred: "Rest 90 s after each round"\n'
            "    exercises:\n      - name: Dead bug\n\n      - name: Side plank\n") in body
    assert "Rest 90 s" not in body.split("exercises:\n      - name: Dead bug")[1]  # the rest line is no move
