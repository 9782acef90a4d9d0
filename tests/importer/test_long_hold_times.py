"""A long hold on each side times a count with no comma between ("45 sec each arm x3") is sets of it, as "45 sec
each arm, x3" is (docs/importing.md, "A hold done a number of times"); a short one ("4 s each foot x12") is reps."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article

_LIST = """\
# Shoulder and ankle

- Sleeper stretch - 45 sec each arm x3, lying on your side
- Ankle hold - 4 s each foot x12
"""


def _by_name() -> dict[str, dict]:
    routine = yaml.safe_load(import_article(_LIST, "shoulder-and-ankle.md").yaml_text)
    return {e["name"]: e for e in routine["exercises"]}


def test_a_long_hold_on_each_side_times_a_count_is_sets() -> None:
    stretch = _by_name()["Sleeper stretch"]
    assert (stretch["hold"], stretch["sets"], stretch["sides"]) == ("45 s", 3, ["left", "right"])
    assert "reps" not in stretch


def test_a_short_hold_on_each_side_times_a_count_is_reps() -> None:
    hold = _by_name()["Ankle hold"]
    assert (hold["hold"], hold["reps"], hold["sides"]) == ("4 s", 12, ["left", "right"])
    assert "sets" not in hold
