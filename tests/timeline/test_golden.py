"""Golden cue lists of the built-in routines: any change to what is said, or when, shows up as a diff.

After an intended change, rewrite them with: VOICEROUTINE_UPDATE_GOLDEN=1 scripts/test tests/timeline
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from voiceroutine.routine.builtin import builtin_names
from voiceroutine.routine.loader import load_routine
from voiceroutine.timeline.builder import build_timeline
from voiceroutine.timeline.estimate import estimated_durations
from voiceroutine.timeline.options import resolve_pace
from voiceroutine.timeline.serialize import timeline_to_dict

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("name", builtin_names())
def test_builtin_routine_matches_its_golden_cue_list(name: str) -> None:
    routine = load_routine(name)
    options = resolve_pace(routine=routine)
    actual = timeline_to_dict(build_timeline(routine, options, estimated_durations(options.speed)))
    path = GOLDEN / f"{name}.json"
    if os.environ.get("VOICEROUTINE_UPDATE_GOLDEN"):
        path.write_text(json.dumps(actual, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected


def test_every_builtin_has_a_golden_file() -> None:
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == sorted(builtin_names())
