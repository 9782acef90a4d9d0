"""Field-by-field comparison of an imported routine with the routine a person expects from the article.

Used by the tests and by scripts/import_accuracy.py. Both routines are read as YAML; durations and
counts are compared as numbers ("60 s" equals "1 minute"), names and steps as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

DOSE_FIELDS = ("reps", "hold", "duration", "sets", "sides")
"""The fields the accuracy goal counts: holds, reps, sets, durations and sides."""
OTHER_FIELDS = ("kind", "rests", "name", "steps")


@dataclass(frozen=True, slots=True)
class Check:
    """One field of one expected exercise, compared."""

    exercise: str
    field: str
    expected: object
    actual: object
    imported: str | None = None
    """The name of the imported exercise it was matched with, None when none was."""

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


def duration_ms(value: object) -> tuple[int, int] | None:
    """ "5 s" -> (5000, 5000); "1-2 minutes" -> (60000, 120000); "45 s - 1 min" -> (45000, 60000)."""
    if value is None:
        return None
    text = str(value).strip().lower()
    unit_ms = {"s": 1000, "sec": 1000, "second": 1000, "m": 60000, "min": 60000, "minute": 60000}
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([a-z]*)", text)
    if not parts:
        raise ValueError(f"not a duration: {value!r}")
    last_unit = next((unit for _, unit in reversed(parts) if unit), "s")
    if len(parts) == 2 and all(unit for _, unit in parts) and not re.search(r"-|\bto\b|\bor\b", text):
        # "1 min 30 s" is one time, 90 s (docs/routine-format.md), not a range of 30 s to 1 min
        total = sum(round(float(number) * unit_ms.get(unit.rstrip("s") or "s", unit_ms.get(unit, 1000)))
                    for number, unit in parts)
        return total, total
    values = []
    for number, unit in parts:
        key = (unit or last_unit).rstrip("s") or "s"
        values.append(round(float(number) * unit_ms.get(key, unit_ms.get(unit or last_unit, 1000))))
    return min(values), max(values)


def count(value: object) -> tuple[int, int] | None:
    """10 -> (10, 10); "8-12" -> (8, 12)."""
    if value is None:
        return None
    numbers = [int(n) for n in re.findall(r"\d+", str(value))]
    return min(numbers), max(numbers)


def exercise_fields(exercise: dict[str, Any]) -> dict[str, object]:
    """The comparable fields of one exercise mapping from a routine file."""
    kind = "flow" if "flow" in exercise else "reps" if "reps" in exercise else "hold"
    sides = exercise.get("sides") or ()
    if sides is True:
        sides = ("left", "right")
    rests = tuple(duration_ms(exercise.get(key)) for key in ("rest", "set_rest", "rep_rest"))
    return {
        "kind": kind,
        "reps": count(exercise.get("reps")),
        "hold": duration_ms(exercise.get("hold")),
        "duration": duration_ms(exercise.get("duration")),
        "sets": count(exercise.get("sets", 1)),
        "sides": tuple(sides),
        "rests": rests,
        "name": _plain(str(exercise.get("name", ""))),
        "steps": tuple(_plain(str(step)) for step in exercise.get("steps") or ()),
    }


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").lower().split())


def exercises_of(routine_yaml: str) -> list[dict[str, Any]]:
    """The routine's exercises in order, a circuit's among them (each once)."""
    data = yaml.safe_load(routine_yaml) or {}
    items: list[Any] = []
    for item in data.get("exercises", []):
        if not (isinstance(item, dict) and "circuit" in item):
            items.append(item)
            continue
        for member in item.get("exercises") or []:
            if not isinstance(member, dict):
                continue
            # interval timing: each exercise's work is its duration, unless it sets its own
            timed = not {"reps", "hold", "duration", "flow"} & set(member)
            member = {**member, "duration": item["work"]} if "work" in item and timed else member
            # interval timing: the circuit's rest is the rest after each exercise, unless one sets its own
            interval_rest = "work" in item and "rest" in item and "rest" not in member
            items.append({**member, "rest": item["rest"]} if interval_rest else member)
    return [item for item in items if isinstance(item, dict) and "name" in item]


def compare(expected_yaml: str, actual_yaml: str) -> tuple[list[Check], int]:
    """Every field of every expected exercise, and how many imported exercises match none (extras)."""
    expected = exercises_of(expected_yaml)
    actual = exercises_of(actual_yaml)
    actual_names = [_plain(str(item["name"])) for item in actual]
    used: set[int] = set()
    checks: list[Check] = []
    for position, item in enumerate(expected):
        name = _plain(str(item["name"]))
        match = next((i for i, other in enumerate(actual_names) if other == name and i not in used), None)
        if match is None and position < len(actual) and position not in used and actual_names[position] not in [
            _plain(str(other["name"])) for other in expected
        ]:
            match = position
        want = exercise_fields(item)
        checks.append(Check(str(item["name"]), "found", True, match is not None,
                            str(actual[match]["name"]) if match is not None else None))
        got = exercise_fields(actual[match]) if match is not None else {}
        imported = str(actual[match]["name"]) if match is not None else None
        if match is not None:
            used.add(match)
        for field in (*DOSE_FIELDS, *OTHER_FIELDS):
            if field == "steps" and "steps" not in item:
                continue  # an expected routine without steps does not score them
            checks.append(Check(str(item["name"]), field, want[field], got.get(field), imported))
    return checks, len(actual) - len(used)
