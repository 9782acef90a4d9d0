"""What an import writes: always a routine `validate` accepts, and never an implausible one without a warning.

`within_limits` clamps every value to the routine format's limits (the same constants the loader uses) and
leaves out what cannot be kept, each time with a warning that quotes the article. `implausible` reads the
loaded routine's lengths and warns about doses no article means: an exercise over 10 minutes, more than
100 reps, a routine over 45 minutes, a value multiplied from two of the article's numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from voiceroutine.errors import ArticleError, RoutineError
from voiceroutine.importer.dose import Amount
from voiceroutine.importer.writer import (
    CircuitOf,
    Field,
    FieldValue,
    ImportedExercise,
    as_circuits,
    format_count,
    format_ms,
    layout,
    write_routine,
)
from voiceroutine.routine.fields import (
    MAX_FLOW_MS,
    MAX_HOLD_MS,
    MAX_ITEMS,
    MAX_PHASE_MS,
    MAX_PHASES,
    MAX_REPS,
    MAX_SETS,
    MAX_STEPS,
)
from voiceroutine.routine.length import rough_length_ms
from voiceroutine.routine.limits import MAX_REST_MS
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.routine.model import Exercise, Level, Reps, Routine
from voiceroutine.routine.nodes import MAX_TEXT
from voiceroutine.routine.units import UnitError, parse_duration

LONG_EXERCISE_MS = 10 * 60_000
"""One exercise longer than this (sets, sides and rests included) is more likely a misread than meant."""
MANY_REPS = 100
"""More reps than this in one set is more likely a misread than meant."""
LONG_ROUTINE_MS = 45 * 60_000
"""A whole imported routine longer than this deserves a second look."""
QUOTE_CHARS = 100
"""How much of an article's sentence a warning quotes."""

_COUNT_LIMITS = {"reps": MAX_REPS, "sets": MAX_SETS}
_TIME_LIMITS = {"hold": MAX_HOLD_MS, "duration": MAX_HOLD_MS, "rest": MAX_REST_MS, "set_rest": MAX_REST_MS,
                "rep_rest": MAX_REST_MS}
_DOSE_KEYS = ("reps", "hold", "duration", "flow")


def quoted(sentence: str | None) -> str:
    """A sentence of the article as a warning quotes it: in quotes, cut at a word near QUOTE_CHARS."""
    if not sentence:
        return ""
    text = " ".join(sentence.split())
    if len(text) > QUOTE_CHARS:
        text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " ..."
    return f'"{text}"'


def _said(field: Field) -> str:
    return f" (the article: {quoted(field.quote)})" if field.quote else ""


def _count_span(value: FieldValue) -> tuple[int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", str(value))]
    return min(numbers), max(numbers)


def _time_span(value: FieldValue) -> tuple[int, int] | None:
    try:
        span = parse_duration(str(value), max_ms=10**12, zero_ok=True)
    except UnitError:
        return None
    return span.low, span.high


def shorter_text(text: str, limit: int = MAX_TEXT) -> str:
    """`text` cut at a word so it fits `limit` characters, with "..." to show the cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 4].rsplit(" ", 1)[0].rstrip(" ,;:") + " ..."


def within_limits(exercise: ImportedExercise) -> ImportedExercise:
    """The exercise with every value inside the routine format's limits; a warning for each change."""
    warnings = list(exercise.warnings)
    fields: list[Field] = []
    flow = any(field.key == "flow" for field in exercise.fields)
    for field in exercise.fields:
        kept = _field_within_limits(field, flow, warnings)
        if kept is not None:
            fields.append(kept)
    had_dose = any(field.key in _DOSE_KEYS for field in exercise.fields)  # an interval's dose is its circuit's
    if had_dose and not any(field.key in _DOSE_KEYS for field in fields):
        # the only dose was out of reach of the format: a plain dose the person can see and change
        fields = [field for field in fields if field.key != "tempo"]
        fields.insert(0, Field("reps", 10, "no usable dose in the article"))
        warnings.append("no usable dose: 10 reps were assumed")
    steps = list(exercise.steps)
    if len(steps) > MAX_STEPS:
        warnings.append(f"the article gives {len(steps)} steps; the first {MAX_STEPS} are kept (the most a routine "
                        f"allows), left out from {quoted(steps[MAX_STEPS])}")
        steps = steps[:MAX_STEPS]
    for index, step in enumerate(steps):
        if len(step) > MAX_TEXT:
            warnings.append(f"a step of {len(step)} characters was cut to {MAX_TEXT}: {quoted(step)}")
            steps[index] = shorter_text(step)
    name = exercise.name
    if len(name) > MAX_TEXT:
        name = shorter_text(name)
    return replace(exercise, name=name, steps=tuple(steps), fields=tuple(fields), warnings=tuple(warnings))


def _field_within_limits(field: Field, flow: bool, warnings: list[str]) -> Field | None:
    key = field.key
    if key in _COUNT_LIMITS:
        low, high = _count_span(field.value)
        most = _COUNT_LIMITS[key]
        if low < 1:
            warnings.append(f"{key} of {field.value} left out: a routine needs at least 1{_said(field)}")
            return None
        if high > most:
            warnings.append(f"{key} {field.value} clamped to {most}, the most a routine allows{_said(field)}")
            return replace(field, value=format_count(Amount(min(low, most), most)))
        return field
    if key in _TIME_LIMITS:
        span = _time_span(field.value)
        most = MAX_FLOW_MS if key == "duration" and flow else _TIME_LIMITS[key]
        if span is None:
            return field
        low, high = span
        if high == 0 and key in ("hold", "duration"):
            warnings.append(f"{key} of 0 s left out{_said(field)}")
            return None
        if high > most:
            limit = format_ms(Amount(most, most))
            warnings.append(f"{key} {field.value} clamped to {limit}, the most a routine allows{_said(field)}")
            return replace(field, value=format_ms(Amount(min(low, most), most)))
        return field
    if key in ("tempo", "flow") and isinstance(field.value, tuple):
        phases = [phase for phase in field.value if isinstance(phase, tuple)]
        if len(phases) > MAX_PHASES:
            warnings.append(f"{len(phases)} {key} phases: the first {MAX_PHASES} are kept, the most a routine allows")
            phases = phases[:MAX_PHASES]
        kept: list[tuple[str, str]] = []
        for text, length in phases:
            span = _time_span(length)
            if span is not None and span[1] > MAX_PHASE_MS:
                warnings.append(f"a {key} phase of {length} clamped to {format_ms(Amount(MAX_PHASE_MS, MAX_PHASE_MS))}")
                length = format_ms(Amount(min(span[0], MAX_PHASE_MS), MAX_PHASE_MS))
            kept.append((shorter_text(text), length))
        return replace(field, value=tuple(kept))
    return field


def fewer_items(exercises: list[ImportedExercise], found: int | None = None) -> tuple[list[ImportedExercise],
                                                                                      list[str]]:
    """At most MAX_ITEMS exercises, the first ones; a warning naming the first one left out. `found`: how many
    the article has, when only the first MAX_ITEMS + 1 were built."""
    if len(exercises) <= MAX_ITEMS:
        return exercises, []
    left = exercises[MAX_ITEMS]
    found = max(found or 0, len(exercises))
    return exercises[:MAX_ITEMS], [f"the article has {found} exercises; the first {MAX_ITEMS} are kept "
                                   f"(the most a routine allows), left out from \"{left.name}\""]


def _minutes(ms: int) -> str:
    minutes = ms / 60_000
    return f"{minutes:.0f} minutes" if minutes >= 2 else f"{ms // 1000} s"


def implausible(routine: Routine, exercises: list[ImportedExercise]) -> tuple[list[ImportedExercise], list[str]]:
    """Warnings for doses that look implausible, on their exercises, and about the whole routine's length.

    `exercises` are the imported exercises in the order the routine holds them."""
    loaded = [exercise for exercise in routine.exercises]
    checked: list[ImportedExercise] = []
    for imported, exercise in zip(exercises, loaded, strict=True):
        warnings = list(imported.warnings)
        length = rough_length_ms(replace(routine, items=(_plain(exercise),)), Level.STANDARD)
        dose_quote = next((quoted(f.quote) for f in imported.fields if f.key in _DOSE_KEYS and f.quote), "")
        where = f" (the article: {dose_quote})" if dose_quote else ""
        if length > LONG_EXERCISE_MS:
            warnings.append(f"takes about {_minutes(length)} on its own, more than an exercise usually does: "
                            f"check its dose{where}")
        if isinstance(exercise.dose, Reps) and exercise.dose.count.high > MANY_REPS:
            warnings.append(f"{exercise.dose.count.high} reps in a set is more than {MANY_REPS}: check it{where}")
        for field in imported.fields:
            if field.product:
                warnings.append(f"{field.key} {field.value} is a product ({field.product}), not a number the "
                                f"article gives{_said(field)}")
        checked.append(replace(imported, warnings=tuple(warnings)))
    total = rough_length_ms(routine, Level.STANDARD)
    notes = []
    if total > LONG_ROUTINE_MS:
        notes.append(f"the routine takes about {_minutes(total)} without speech, more than {LONG_ROUTINE_MS // 60_000} "
                     "minutes: check the doses against the article")
    return checked, notes


def _plain(exercise: Exercise) -> Exercise:
    """The exercise as the routine's only item (its own length, without the rest after it)."""
    return replace(exercise, rest_ms=None)


_PLACE = re.compile(r"^exercises\[(?P<i>\d+)\](?:\.exercises\[(?P<j>\d+)\])?(?P<rest>.*)$")


def loadable(title: str, source: str, exercises: list[ImportedExercise],
             circuits: Sequence[CircuitOf] | CircuitOf | None = None,
             ) -> tuple[str, Routine, list[ImportedExercise], tuple[CircuitOf, ...], list[str]]:
    """Write the routine and load it with the real loader; what the loader refuses is left out, with a warning.

    Returns the text, the loaded routine, the exercises and circuits that stayed, and warnings about the whole
    import. The limits in `within_limits` should leave nothing to refuse: this is the net under them. A routine
    too long for the format loses its longest exercises, longest first (each one's length is measured once, and
    how many go is bisected), said in one warning."""
    chosen = list(as_circuits(circuits))
    notes: list[str] = []
    lengths: list[int] | None = None
    too_long: list[str] = []
    too_long_at, too_long_why = 0, ""
    while True:
        text = write_routine(title, source, exercises, tuple(chosen))
        try:
            routine = load_routine_text(text, source)
            break
        except RoutineError as error:
            problems = error.problems
        items = layout(len(exercises), chosen)
        bad: dict[int, str] = {}
        refused: dict[int, str] = {}
        for problem in problems:
            m = _PLACE.match(problem.path)
            if m is None or int(m["i"]) >= len(items):
                continue
            number, members = items[int(m["i"])]
            if number is not None and m["j"] is None:
                refused.setdefault(number, problem.message)
            elif number is not None and int(m["j"]) < len(members):
                bad.setdefault(members[int(m["j"])], f"{problem.path}: {problem.message}")
            elif number is None:
                bad.setdefault(members.start, f"{problem.path}: {problem.message}")
        if refused:
            for number, message in refused.items():
                whose = f" of {quoted(chosen[number].name)}" if len(chosen) > 1 else ""
                notes.append(f"the rounds{whose} were left out: the routine format refused them ({message})")
            chosen = [circuit for number, circuit in enumerate(chosen) if number not in refused]
            continue
        if not bad:
            # nothing points at one exercise (the whole routine is too long): the longest one goes, which is
            # the misread one far more often than the last
            if len(exercises) <= 1:
                raise ArticleError(f"{source}: the article could not be written as a routine ({problems[0].message})")
            if lengths is None:
                lengths = [_length(title, source, exercise) for exercise in exercises]
            if not too_long:
                too_long_at, too_long_why = len(notes), problems[0].message
            longest = _longest_to_leave_out(title, source, exercises, chosen, lengths)
            too_long.extend(exercises[index].name for index in longest)
            bad = dict.fromkeys(longest, "")
        else:
            for index, why in sorted(bad.items()):
                notes.append(f"\"{exercises[index].name}\" was left out: the routine format refused it ({why})")
        chosen = _without(chosen, set(bad), len(exercises))
        exercises = [exercise for index, exercise in enumerate(exercises) if index not in bad]
        if lengths is not None:
            lengths = [length for index, length in enumerate(lengths) if index not in bad]
        if not exercises:
            raise ArticleError(f"{source}: no exercise of the article could be written as a routine "
                               f"({problems[0].message})")
    if len(too_long) == 1:
        notes.insert(too_long_at, f"\"{too_long[0]}\" was left out: the routine format refused it ({too_long_why})")
    elif too_long:
        named = ", ".join(f"\"{name}\"" for name in too_long[:_NAMED])
        more = f" and {len(too_long) - _NAMED} more" if len(too_long) > _NAMED else ""
        notes.insert(too_long_at, f"{len(too_long)} exercises were left out, the longest first, until the routine "
                                  f"fitted the format's limits ({too_long_why}): {named}{more}")
    return text, routine, exercises, tuple(chosen), notes


def _longest_to_leave_out(title: str, source: str, exercises: list[ImportedExercise], chosen: list[CircuitOf],
                          lengths: list[int]) -> list[int]:
    """The longest exercises, longest first, whose leaving out lets the routine past its length limit: the fewest
    for which it loads, or for which the loader names something else to refuse.

    The answer is the one leaving out the longest, one at a time, until the routine loads would give, found by
    bisecting on how many to leave out: a load of the whole routine per step, not one per exercise (a page of
    many hundred exercises took minutes)."""
    order = sorted(range(len(exercises)), key=lambda index: (-lengths[index], index))

    def passes(count: int) -> bool:
        out = set(order[:count])
        text = write_routine(title, source, [exercise for index, exercise in enumerate(exercises) if index not in out],
                             tuple(_without(chosen, out, len(exercises))))
        try:
            load_routine_text(text, source)
        except RoutineError as error:
            return any(_names_an_item(problem.path) for problem in error.problems)
        return True

    low, high = 1, len(exercises) - 1  # one at least (the whole routine failed), and never the last one
    while low < high:
        middle = (low + high) // 2
        if passes(middle):
            high = middle
        else:
            low = middle + 1
    return order[:low]


def _names_an_item(path: str) -> bool:
    """Whether a loader's problem points at one exercise or circuit, not at the whole routine."""
    return _PLACE.match(path) is not None


_NAMED = 10
"""Exercises left out for the routine's length named in its warning; the rest are counted."""


def _without(circuits: list[CircuitOf], bad: set[int], total: int) -> list[CircuitOf]:
    """The circuits once the exercises `bad` are left out: each keeps the exercises it had; one left empty goes."""
    kept: list[CircuitOf] = []
    for circuit in circuits:
        members = circuit.members(total)
        left = sum(1 for index in members if index not in bad)
        if not left:
            continue
        before = sum(1 for index in bad if index < members.start)
        kept.append(replace(circuit, first=members.start - before, count=None if circuit.count is None else left))
    return kept


def _length(title: str, source: str, exercise: ImportedExercise) -> int:
    """How long an exercise takes on its own (one that does not load on its own counts as longest: it is refused
    either way)."""
    try:
        alone = load_routine_text(write_routine(title, source, [exercise]), source)
    except RoutineError:
        return 10**15
    return rough_length_ms(alone, Level.HARD)


def confidence(exercises: list[ImportedExercise], notes: list[str], unread: tuple[int, int] = (0, 0)) -> str:
    """One line about the whole import: how much of it was read plainly, and what to check. `unread`: how many of
    the article's sentences with a dose no value came from, and how many there are (importer/coverage.py)."""
    warned = sum(1 for exercise in exercises if exercise.warnings)
    inferred = sum(1 for exercise in exercises for field in exercise.fields if field.note) + sum(
        1 for exercise in exercises if exercise.name_note)
    count = len(exercises)
    if notes or warned * 2 > count:
        level = "low"
    elif warned or inferred:
        level = "medium"
    else:
        return f"Confidence: high: every dose of the {count} exercise{'s' if count != 1 else ''} was read from " \
               "the article as written."
    parts = []
    if notes:
        parts.append(f"{len(notes)} warning{'s' if len(notes) != 1 else ''} about the whole article")
    if warned:
        parts.append(f"{warned} of {count} exercises with warnings")
    if inferred:
        parts.append(f"{inferred} value{'s' if inferred != 1 else ''} inferred")
    if unread[0]:
        parts.append(f"{unread[0]} of the article's {unread[1]} sentences with a dose not read")
    return f"Confidence: {level}: {', '.join(parts)}; check them against the article."
