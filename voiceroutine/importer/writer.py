"""Imported exercises -> routine YAML text, with a comment on every inferred value and every warning.

PyYAML cannot write comments, so the text is emitted here line by line; every scalar goes through
`scalar`, which quotes whatever YAML would otherwise read as something else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from voiceroutine.importer.dose import Amount

FieldValue = str | int | tuple[str, ...] | tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Field:
    """One key of an exercise in the routine file."""

    key: str
    value: FieldValue
    """A scalar, a list of names (sides), or (phase text, duration) pairs (flow)."""
    note: str | None = None
    """Why the value was inferred; written as "# inferred: ..." after it."""
    quote: str | None = None
    """The article's sentence the value was read from, for warnings about it."""
    product: str | None = None
    """How the value was multiplied from the article's numbers ("6 breaths x 5 s"), when it was."""


@dataclass(frozen=True, slots=True)
class ImportedExercise:
    """An exercise as read from an article, ready to write."""

    name: str
    steps: tuple[str, ...]
    fields: tuple[Field, ...]
    """Dose, sets, sides and rests, in the order they are written."""
    warnings: tuple[str, ...] = ()
    """Where the text was ambiguous; written as "# warning: ..." lines."""
    name_note: str | None = None
    """Set when the name was made up from the instructions."""

    def value(self, key: str) -> FieldValue | None:
        return next((field.value for field in self.fields if field.key == key), None)


@dataclass(frozen=True, slots=True)
class CircuitOf:
    """The article's exercises done in rounds: written as one circuit around them."""

    name: str
    rounds: int
    rounds_note: str
    """The article's words for the rounds."""
    round_rest: tuple[int, str] | None = None
    """(ms, the article's words) of the rest between rounds."""
    work: tuple[int, str] | None = None
    """(ms, the article's words) of each exercise's work interval, when the article times them as intervals."""
    rest: tuple[int, str] | None = None
    """(ms, the article's words) of the rest after each exercise of an interval circuit."""
    first: int = 0
    """The index of the circuit's first exercise: those before it are done once, before the circuit."""
    count: int | None = None
    """How many exercises the circuit holds from `first`; None: all the rest."""

    def words(self) -> tuple[str, ...]:
        """The article's words it was read from."""
        said = (self.round_rest, self.work, self.rest)
        return (self.rounds_note, *(value[1] for value in said if value is not None))

    def members(self, total: int) -> range:
        return range(self.first, total if self.count is None else min(total, self.first + self.count))


_PLAIN = re.compile(r"^[A-Za-z0-9(][^\n]*$")
_SPECIAL = re.compile(r"^(?:y|n|yes|no|true|false|on|off|null|~|[-+]?[\d._]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|"
                      r"[-+]?\.(?:inf|nan)|\d+(?::\d+)+(?:\.\d*)?|\d{4}-\d\d?-\d\d?.*)$", re.I)


def scalar(text: str, in_flow: bool = False) -> str:
    """`text` as a YAML scalar that reads back as exactly this string (inside [...] when `in_flow`)."""
    if (
        _PLAIN.match(text)
        and not _SPECIAL.match(text)
        and ": " not in text
        and " #" not in text
        and not text.endswith((":", " "))
        and text == text.strip()
        and all(_escape(ch) == ch for ch in text)
        and not any(ch in text for ch in "\t\\\"`|>&*!%@")
        and not (in_flow and any(ch in text for ch in ",[]{}?:"))  # PyYAML ends a plain scalar at ? in flow
    ):
        return text
    return "".join(_escape(ch) for ch in json.dumps(text, ensure_ascii=False))


def _escape(ch: str) -> str:
    """YAML allows only printable characters, even inside double quotes: escape the rest."""
    code = ord(ch)
    printable = ch in "\t\n" or 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or (
        0xE000 <= code <= 0xFFFD) or code >= 0x10000
    if printable and ch not in "\u2028\u2029":
        return ch
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def format_count(amount: Amount) -> str | int:
    """10 -> 10; 8 to 12 -> "8-12"."""
    return amount.low if amount.low == amount.high else f"{amount.low}-{amount.high}"


def format_ms(amount: Amount) -> str:
    """A duration in our file format: "5 s", "45-60 s", "1 minute", "1-2 minutes"."""
    low, high = amount.low, amount.high
    if low % 60000 == 0 and high % 60000 == 0 and low >= 60000:
        unit = "minute" if high == 60000 else "minutes"
        return f"{low // 60000} {unit}" if low == high else f"{low // 60000}-{high // 60000} {unit}"
    low_s, high_s = _plain_seconds(low), _plain_seconds(high)
    return f"{low_s} s" if low == high else f"{low_s}-{high_s} s"


def _plain_seconds(ms: int) -> str:
    return str(ms // 1000) if ms % 1000 == 0 else f"{ms / 1000:g}"


def _value(value: str | int) -> str:
    return str(value) if isinstance(value, int) else scalar(value)


def _comment(text: str) -> str:
    return " ".join(text.split())


def layout(total: int, circuits: Sequence[CircuitOf] = ()) -> list[tuple[int | None, range]]:
    """The routine's items in order, for `total` exercises: (None, range(i, i + 1)) for an exercise done once,
    (n, its exercises) for `circuits[n]`. A circuit that overlaps an earlier one, or holds none, is no item."""
    items: list[tuple[int | None, range]] = []
    at = 0
    for number, circuit in sorted(enumerate(circuits), key=lambda pair: pair[1].first):
        members = circuit.members(total)
        if members.start < at or not members:
            continue
        items.extend((None, range(index, index + 1)) for index in range(at, members.start))
        items.append((number, members))
        at = members.stop
    items.extend((None, range(index, index + 1)) for index in range(at, total))
    return items


def as_circuits(circuits: Sequence[CircuitOf] | CircuitOf | None) -> tuple[CircuitOf, ...]:
    """None, one circuit or several, as a tuple."""
    if circuits is None:
        return ()
    return (circuits,) if isinstance(circuits, CircuitOf) else tuple(circuits)


def write_routine(title: str, source: str, exercises: list[ImportedExercise],
                  circuits: Sequence[CircuitOf] | CircuitOf | None = None,
                  notes: tuple[str, ...] = (), confidence: str | None = None) -> str:
    """The routine file's text; the exercises of each of `circuits` are written inside it, done in rounds, the
    others once, in the article's order. `notes` are warnings about the whole import, written as comments at the
    top with the `confidence` line."""
    lines = [
        f"# Imported from {_comment(source)} by `voiceroutine import`.",
        "# Check the values marked \"inferred\" and the warnings before you rely on them.",
        *(f"# {_comment(confidence)}" for _ in [confidence] if confidence),
        *(f"# warning: {_comment(note)}" for note in notes),
        f"title: {scalar(title)}",
        "exercises:",
    ]
    chosen = as_circuits(circuits)
    plain: list[ImportedExercise] = []
    first = True

    def flush() -> None:
        nonlocal first
        if plain:
            if not first:
                lines.append("")
            lines.extend(_exercise_lines(plain))
            plain.clear()
            first = False

    for number, members in layout(len(exercises), chosen):
        if number is None:
            plain.append(exercises[members.start])
            continue
        flush()
        if not first:
            lines.append("")
        first = False
        circuit = chosen[number]
        lines.append(f"  - circuit: {scalar(circuit.name)}")
        lines.append(f"    rounds: {circuit.rounds}  # inferred: {_comment(circuit.rounds_note)}")
        for key, timed in (("work", circuit.work), ("rest", circuit.rest), ("round_rest", circuit.round_rest)):
            if timed is not None:
                ms, words = timed
                lines.append(f"    {key}: {_seconds(ms)}  # inferred: {_comment(words)}")
        lines.append("    exercises:")
        inside = _exercise_lines(exercises[members.start: members.stop])
        lines.extend(f"    {line}" if line else line for line in inside)
    flush()
    return "\n".join(lines) + "\n"


def _seconds(ms: int) -> str:
    return f"{ms // 1000} s" if ms % 1000 == 0 else f"{ms / 1000:g} s"


def _exercise_lines(exercises: list[ImportedExercise]) -> list[str]:
    lines: list[str] = []
    for index, exercise in enumerate(exercises):
        if index:
            lines.append("")
        name_line = f"  - name: {scalar(exercise.name)}"
        if exercise.name_note:
            name_line += f"  # inferred: {_comment(exercise.name_note)}"
        lines.append(name_line)
        lines.extend(f"    # warning: {_comment(warning)}" for warning in exercise.warnings)
        if exercise.steps:
            lines.append("    steps:")
            lines.extend(f"      - {scalar(step)}" for step in exercise.steps)
        for field in exercise.fields:
            lines.extend(_field_lines(field))
    return lines


def _field_lines(field: Field) -> list[str]:
    note = f"  # inferred: {_comment(field.note)}" if field.note else ""
    value = field.value
    if isinstance(value, tuple) and value and isinstance(value[0], tuple):
        lines = [f"    {field.key}:{note}"]
        for phase in value:
            assert isinstance(phase, tuple)
            lines.append(f"      - {scalar(phase[0])}: {scalar(phase[1])}")
        return lines
    if isinstance(value, tuple):
        names = ", ".join(scalar(str(name), in_flow=True) for name in value)
        return [f"    {field.key}: [{names}]{note}"]
    return [f"    {field.key}: {_value(value)}{note}"]
