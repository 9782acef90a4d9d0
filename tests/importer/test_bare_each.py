"""A stretch of one limb whose own time is "each" with nothing after it ("Hamstring stretch: 20 s each") is done on
each side; a time "each" over a list, or on a movement that is no one-limb stretch, is not read so."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article

_LIST = """\
# After the run

- Hamstring stretch: 20 s each
- Hip flexor stretch - 40 seconds each
- Cat-cow: 30 s each
- Chin tucks: 10 reps
"""


def _by_name(text: str) -> dict[str, dict]:
    routine = yaml.safe_load(import_article(text, "after-the-run.md").yaml_text)
    return {e["name"]: e for e in routine["exercises"]}


def test_a_one_limb_stretch_with_a_bare_each_is_done_on_each_side() -> None:
    items = _by_name(_LIST)
    assert items["Hamstring stretch"]["hold"] == "20 s"
    assert items["Hamstring stretch"]["sides"] == ["left", "right"]
    assert items["Hip flexor stretch"]["hold"] == "40 s"
    assert items["Hip flexor stretch"]["sides"] == ["left", "right"]


def test_each_is_not_a_side_for_a_movement_of_the_whole_body_or_with_words_after_it() -> None:
    items = _by_name(_LIST)
    assert "sides" not in items["Cat-cow"]
    text = "# Stretches\n\n- Calf stretch: 30 s each time you stop\n- Quad stretch: 10 reps\n"
    assert "sides" not in _by_name(text)["Calf stretch"]


def test_the_side_reading_is_marked_inferred_with_the_words_it_came_from() -> None:
    text = import_article(_LIST, "after-the-run.md").yaml_text
    assert 'sides: [left, right]  # inferred: "20 s each": read as each side' in text
