"""The routine format's `progress` (how a routine grows) and `instructions` keys: checked nodes -> model values.

    progress:
      every: 1 week        # N days, N weeks or N sessions (default 1 week)
      reps: +1             # added each step
      hold: +5 s
      sets: +1
      until: hard          # or {reps: 15, hold: 1 min, sets: 3}

An exercise may have its own `progress` (the same keys but `every`), or `progress: false` to stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, ScalarNode

from voiceroutine.routine.limits import (
    FADE_AFTER_RANGE,
    MAX_EVERY_DAYS,
    MAX_EVERY_SESSIONS,
    MAX_GROW_HOLD_MS,
    MAX_GROW_REPS,
    MAX_GROW_SETS,
)
from voiceroutine.routine.model import Every, Exercise, Growth, Hold, Instructions, Progress, Reps
from voiceroutine.routine.nodes import Entries, Reader, describe, join
from voiceroutine.routine.units import UnitError, format_ms, parse_duration, quote

PROGRESS_KEYS = ("every", "reps", "hold", "sets", "until")
GROWTH_KEYS = ("reps", "hold", "sets", "until")
"""An exercise's own progress: what grows, not how often (every exercise steps with the routine)."""
UNTIL_KEYS = ("reps", "hold", "sets")
INSTRUCTIONS = tuple(mode.value for mode in Instructions)
DEFAULT_EVERY = (7, Every.DAYS, "1 week")

PROGRESS_EXAMPLE = "{every: 1 week, reps: +1, hold: +5 s, until: hard}"
EVERY_EXAMPLES = "1 week, 2 weeks, 10 days or 3 sessions"
EVERY_PATTERN = (
    r"^\s*(?:(?:[0-9]+\s*)?(?:[dD][aA][yY][sS]?|[wW][eE][eE][kK][sS]?|[sS][eE][sS][sS][iI][oO][nN][sS]?)"
    r"|[dD][aA][iI][lL][yY]|[wW][eE][eE][kK][lL][yY]|[fF][oO][rR][tT][nN][iI][gG][hH][tT][lL][yY])\s*$"
)
"""`every` for the JSON Schema (ECMA 262); the loader reads it with `_EVERY`."""
_EVERY = re.compile(r"^(?:([0-9]{1,15})\s*)?(days?|weeks?|sessions?)$")
_ALIASES = {"daily": "1 day", "weekly": "1 week", "fortnightly": "2 weeks"}
_PLUS = re.compile(r"^\+?\s*([0-9]{1,15})$")
_DAYS_PER = {"day": 1, "week": 7}


def instructions(r: Reader, node: Node, path: str) -> Instructions | None:
    mode = r.choice(node, path, INSTRUCTIONS)
    return None if mode is None else Instructions(mode)


def fade_after(r: Reader, node: Node, path: str) -> int | None:
    return r.whole(node, path, *FADE_AFTER_RANGE)


def routine_progress(r: Reader, key: Node, node: Node) -> Progress | None:
    """The routine's `progress`; None (with a problem) when anything in it is wrong."""
    m = r.mapping(node, "progress", PROGRESS_KEYS, f"a mapping like {PROGRESS_EXAMPLE}")
    if m is None:
        return None
    before = len(r.problems)
    every = _every(r, m["every"][1]) if "every" in m else DEFAULT_EVERY
    growth = _growth(r, m, key, "progress")
    if len(r.problems) > before or every is None or growth is None:
        return None
    count, unit, written = every
    return Progress(count, unit, growth, written)


def exercise_growth(r: Reader, key: Node, node: Node, path: str) -> Growth | None:
    """An exercise's own `progress`: a mapping of what grows, or false (Growth() stays as written)."""
    if r.boolean(node) is False:
        return Growth()
    if isinstance(node, MappingNode):
        for k, _ in node.value:
            if isinstance(k, ScalarNode) and k.value == "every":
                r.add(k, join(path, "every"), "found every on an exercise, allowed: every only in the routine's "
                                              "progress (all its exercises grow on the same days)")
                return None
    m = r.mapping(node, path, GROWTH_KEYS, "a mapping like {reps: +1, until: {reps: 15}}, or false")
    if m is None:
        return None
    return _growth(r, m, key, path)


def _every(r: Reader, node: Node) -> tuple[int, Every, str] | None:
    path = "progress.every"
    raw = r.scalar(node, path, f"how often the routine grows, like {EVERY_EXAMPLES}")
    if raw is None:
        return None
    written = " ".join(raw.split())
    match = _EVERY.match(_ALIASES.get(written.lower(), written.lower()))
    if match is None:
        r.add(node, path, f"found {quote(raw)}, expected how often the routine grows, like {EVERY_EXAMPLES}")
        return None
    number = int(match.group(1) or 1)
    word = match.group(2).rstrip("s")
    if word == "session":
        if not 1 <= number <= MAX_EVERY_SESSIONS:
            r.add(node, path, f"found {quote(raw)}, allowed: 1 to {MAX_EVERY_SESSIONS} sessions")
            return None
        return number, Every.SESSIONS, written
    days = number * _DAYS_PER[word]
    if not 1 <= days <= MAX_EVERY_DAYS:
        r.add(node, path, f"found {quote(raw)}, allowed: 1 day to {MAX_EVERY_DAYS} days")
        return None
    return days, Every.DAYS, written


def _growth(r: Reader, m: Entries, key: Node, path: str) -> Growth | None:
    """What grows; a progress that grows nothing is reported at its `key`."""
    before = len(r.problems)
    reps = _plus(r, m, path, "reps", MAX_GROW_REPS)
    sets = _plus(r, m, path, "sets", MAX_GROW_SETS)
    hold = _plus_duration(r, m, path)
    if not any(key in m for key in UNTIL_KEYS):
        r.add(key, path, f"found a progress that grows nothing, expected at least one of reps, hold, sets, "
                          f"like {PROGRESS_EXAMPLE}")
        return None
    until = _until(r, m, path) if "until" in m else Growth()
    if len(r.problems) > before or until is None:
        return None
    return Growth(reps=reps, hold_ms=hold, sets=sets, until_hard=until.until_hard, max_reps=until.max_reps,
                  max_hold_ms=until.max_hold_ms, max_sets=until.max_sets)


def _plus(r: Reader, m: Entries, path: str, key: str, most: int) -> int:
    if key not in m:
        return 0
    node = m[key][1]
    where = join(path, key)
    raw = r.scalar(node, where, f"how many {key} each step adds, like +1")
    if raw is None:
        return 0
    match = _PLUS.match(raw.strip())
    if match is None or not 1 <= int(match.group(1)) <= most:
        r.add(node, where, f"found {quote(raw)}, expected {key} added each step: +1 to +{most}")
        return 0
    return int(match.group(1))


def _plus_duration(r: Reader, m: Entries, path: str) -> int:
    if "hold" not in m:
        return 0
    node = m["hold"][1]
    where = join(path, "hold")
    raw = r.scalar(node, where, "how much longer each step holds, like +5 s")
    if raw is None:
        return 0
    allowed = f"expected the time added to each hold each step: +1 s to +{format_ms(MAX_GROW_HOLD_MS)}"
    try:
        span = parse_duration(raw.strip().removeprefix("+"), max_ms=MAX_GROW_HOLD_MS)
    except UnitError:
        span = None
    if span is None or span.is_range or span.low < 1000 or raw.strip().startswith("-"):
        r.add(node, where, f"found {quote(raw)}, {allowed}")
        return 0
    return span.low


def _until(r: Reader, m: Entries, path: str) -> Growth | None:
    """`until: hard`, or `until: {reps: 15, hold: 1 min, sets: 3}` (as a Growth holding only the limits)."""
    from voiceroutine.routine.fields import MAX_HOLD_MS, MAX_REPS, MAX_SETS

    node = m["until"][1]
    where = join(path, "until")
    expected = "hard (the high end of each range), or the most to reach, like {reps: 15, hold: 1 min}"
    if isinstance(node, ScalarNode):
        raw = r.scalar(node, where, expected)
        if raw is None:
            return None
        if raw.strip().lower() != "hard":
            r.add(node, where, f"found {quote(raw)}, allowed: {expected}")
            return None
        return Growth(until_hard=True)
    limits = r.mapping(node, where, UNTIL_KEYS, expected)
    if limits is None:
        return None
    if not limits:
        r.add(node, where, f"found {describe(node)}, expected {expected}")
        return None
    before = len(r.problems)
    for name in limits:
        if name not in m:
            r.add(limits[name][0], join(where, name), f"found until.{name}, but this progress does not grow "
                                                      f"{name}; expected {name}: +... beside until")
    most_reps = r.whole(limits["reps"][1], join(where, "reps"), 1, MAX_REPS) if "reps" in limits else None
    most_sets = r.whole(limits["sets"][1], join(where, "sets"), 1, MAX_SETS) if "sets" in limits else None
    most_hold = None
    if "hold" in limits:
        most_hold = r.single_duration(limits["hold"][1], join(where, "hold"), max_ms=MAX_HOLD_MS)
        if most_hold == 0:
            r.add(limits["hold"][1], join(where, "hold"), f"found 0 s, allowed: more than 0 s, up to "
                                                          f"{format_ms(MAX_HOLD_MS)}")
    if len(r.problems) > before:
        return None
    return Growth(max_reps=most_reps, max_hold_ms=most_hold, max_sets=most_sets)


def _has_room(growth: Growth, exercise: Exercise) -> bool:
    """Whether something `growth` grows in `exercise` is written as a range (room to grow with `until: hard`)."""
    dose = exercise.dose
    if growth.reps and isinstance(dose, Reps) and dose.count.is_range:
        return True
    held = dose.hold_ms if isinstance(dose, Reps) else dose.duration_ms if isinstance(dose, Hold) else None
    if growth.hold_ms and held is not None and held.is_range:
        return True
    return bool(growth.sets and exercise.sets.is_range)


def check_until_hard(r: Reader, node: Node, progress: Progress, exercises: Sequence[Exercise]) -> None:
    """`until: hard` stops at the high end of each range: say so when the routine's progress has no range to
    grow in, rather than never growing."""
    if not progress.growth.until_hard:
        return
    if any(_has_room(progress.growth, e) for e in exercises if e.growth is None):
        return
    until = next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == "until"), node)
    r.add(until, "progress.until", "found until: hard, but no reps, hold or sets it grows is written as a range "
                                   "like 8-12, so nothing would grow; write ranges, or the most to reach, like "
                                   "until: {reps: 15}")
