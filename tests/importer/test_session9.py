"""Rules added while tuning on round 18: section labels written as list items ("🔥 LEGS — 10 reps each")."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.blocks import BlockKind
from voiceroutine.importer.read import read_article
from voiceroutine.routine.loader import load_routine_text

_CHAT = ("Morning all, here is today's session\n\n"
         "🔥 STARTERS — 30 s each\n🏃 Jumping jacks\n🦵 Side steps\n\n"
         "🍗 LEGS — 15 reps each · 2 rounds\n🪑 Chair squats\n🦶 Calf raises\n\n"
         "See you tomorrow\n")


def _import(text: str) -> tuple[str, dict[str, tuple[str, ...]]]:
    result = import_article(text, "chat.txt")
    load_routine_text(result.yaml_text, "chat.txt")
    return result.yaml_text[result.yaml_text.index("exercises:"):], {e.name: e.warnings for e in result.exercises}


def test_an_item_in_capitals_stating_a_dose_for_each_heads_the_items_under_it() -> None:
    blocks = read_article(_CHAT).blocks
    kinds = [(block.kind, block.text) for block in blocks]
    assert (BlockKind.HEADING, "STARTERS — 30 s each") in kinds
    assert (BlockKind.HEADING, "LEGS — 15 reps each. 2 rounds") in kinds  # the dots part its clauses
    assert (BlockKind.ITEM, "Jumping jacks") in kinds
    # a name in capitals with a dose of its own is no label: nothing under it says "each"
    plain = read_article("- PLANK — 30 s\n- Side plank\n").blocks
    assert [block.kind for block in plain] == [BlockKind.ITEM, BlockKind.ITEM]


def test_a_label_s_dose_goes_to_every_name_under_it_and_its_rounds_make_them_a_circuit() -> None:
    # (session 11: the rounds were read as sets of each exercise, with a warning, until then)
    body, warnings = _import(_CHAT)
    starters = '  # inferred: stated once for the group: "STARTERS — 30 s each"'
    assert f"  - name: Jumping jacks\n    hold: 30 s{starters}\n" in body or \
        f"  - name: Jumping jacks\n    duration: 30 s{starters}\n" in body
    assert "  - name: Side steps\n" in body
    assert ('  - circuit: Legs\n    rounds: 2  # inferred: "2 rounds"\n    exercises:\n      - name: Chair squats\n'
            '        reps: 15  # inferred: stated once for the group: "LEGS — 15 reps each."\n') in body
    assert "sets" not in body and "Starters" not in body
    assert not any("rounds" in w for name in warnings for w in warnings[name])
