"""Whatever a file holds, the loader returns a Routine or raises RoutineError with located problems; nothing else."""

from __future__ import annotations

import os
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voiceroutine.errors import RoutineError
from voiceroutine.routine import fields
from voiceroutine.routine.builtin import builtin_path
from voiceroutine.routine.loader import load_routine_bytes, load_routine_text
from voiceroutine.routine.model import Routine

UPPER_BACK = (builtin_path("upper-back") or "").read_text(encoding="utf-8")  # type: ignore[union-attr]
KEYS = sorted(set(fields.ROUTINE_KEYS + fields.DEFAULTS_KEYS + fields.EXERCISE_KEYS + ("wait", "pause", "say")))
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def check(load: Any, data: Any) -> None:
    """Loading `data` gives a Routine, or a RoutineError whose problems point inside the text."""
    try:
        assert isinstance(load(data, "f.yaml"), Routine)
    except RoutineError as e:
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        assert e.problems, "a RoutineError from a file always lists its problems"
        for problem in e.problems:
            assert problem.file == "f.yaml"
            assert 1 <= problem.line <= max(1, len(text.splitlines()) + 1)
            assert problem.column >= 1
            assert len(str(problem).splitlines()) == 1


@FUZZ
@given(st.text())
def test_any_text(text: str) -> None:
    check(load_routine_text, text)


@FUZZ
@given(st.binary())
def test_any_bytes(data: bytes) -> None:
    check(load_routine_bytes, data)


@FUZZ
@given(st.data())
def test_the_builtin_with_random_damage(data: st.DataObject) -> None:
    text = UPPER_BACK
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 20)))
        text = (
            text[:start] + data.draw(st.text(alphabet=" :-[]{}#&*!|>'\"\n\t0123456789sminab,", max_size=6)) + text[end:]
        )
    check(load_routine_text, text)


class Big(str):
    """An integer longer than str(int) takes (4,300 digits), written into the YAML as a plain int."""


yaml.SafeDumper.add_representer(Big, lambda dumper, big: dumper.represent_scalar("tag:yaml.org,2002:int", big))

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),  # not capped: 5,000 digits is past what Python turns into text (issue 17)
    st.sampled_from([Big("9" * 5000), Big("-" + "9" * 5000)]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["5 s", "1-2 minutes", "8-12", "1:30", "-3", "0", "true", "easy", "left", "", "x" * 600]),
    st.text(max_size=12),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), inner, max_size=5)
    ),
    max_leaves=25,
)
routines = st.fixed_dictionaries(
    {"title": scalars, "exercises": st.lists(st.dictionaries(st.sampled_from(KEYS), values, max_size=6), max_size=4)},
    optional={"defaults": st.dictionaries(st.sampled_from(fields.DEFAULTS_KEYS), scalars), "phrases": values},
)


@FUZZ
@given(routines)
def test_routine_shaped_nonsense(routine: dict[str, Any]) -> None:
    check(load_routine_text, yaml.safe_dump(routine, allow_unicode=True, sort_keys=False))
