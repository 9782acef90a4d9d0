"""The routine format, field by field: checked YAML nodes -> model values, one Problem per mistake."""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voiceroutine.language import EXAMPLE, parse_tag
from voiceroutine.routine.growth import (
    DEFAULT_EVERY,
    check_until_hard,
    exercise_growth,
    fade_after,
    instructions,
    routine_progress,
)
from voiceroutine.routine.limits import COUNTDOWN_RANGE, ENGINES, MAX_REST_MS, PAUSES_RANGE, SPEED_RANGE
from voiceroutine.routine.model import (
    Circuit,
    Defaults,
    Dose,
    Exercise,
    Flow,
    Growth,
    Hold,
    Item,
    Level,
    ManualStep,
    Phase,
    Progress,
    Reps,
    Routine,
    Span,
    Work,
)
from voiceroutine.routine.nodes import NULL, Entries, Reader, describe, join
from voiceroutine.routine.units import format_ms, format_span, quote
from voiceroutine.timeline.phrasebook import PLACEHOLDERS, offered, placeholder_fault

ROUTINE_KEYS: tuple[str, ...] = ("title", "description", "intro", "closing", "lead_in", "defaults", "engine")
ROUTINE_KEYS += ("voice", "language", "phrases", "instructions", "fade_after", "progress", "exercises")
DEFAULTS_KEYS = ("rest", "set_rest", "rep_rest", "switch", "countdown", "speed", "pauses", "level", "manual_pause")
EXERCISE_KEYS: tuple[str, ...] = ("name", "steps", "cue", "reps", "hold", "tempo", "flow", "duration", "cycles")
EXERCISE_KEYS += ("sets", "set_rest", "rest", "rep_rest", "sides", "switch", "progress")
INTERVAL_KEYS = ("name", "steps", "cue", "duration", "hold", "rest", "sides", "switch")
"""The keys of an exercise in a circuit with interval timing: it is a work interval, of its own length at most."""
CIRCUIT_KEYS = ("circuit", "rounds", "work", "rest", "round_rest", "exercises")
MANUAL_KEYS = ("wait", "pause")
OPTIONAL_TEXT = ("description", "intro", "closing", "engine", "voice")
PHASE_KEYS = ("say", "duration")
LEVELS = tuple(level.value for level in Level)
# speed, pauses, countdown and rests share their ranges with the command line (routine/limits.py)

MAX_ITEMS = 200
MAX_ROUNDS = 50
MAX_LEAD_IN_MS = 10 * 60_000
MAX_WORK_MS = 30 * 60_000
MAX_CYCLES = 500
MAX_REPS = 500
MAX_SETS = 20
MAX_STEPS = 20
MAX_PHASES = 20
MAX_SIDES = 4
MAX_HOLD_MS = 30 * 60_000
MAX_FLOW_MS = 60 * 60_000
MAX_PHASE_MS = 10 * 60_000
REP_WORDS = ("rep", "reps", "times", "x")
SET_WORDS = ("set", "sets", "times", "x")
ROUND_WORDS = ("round", "rounds", "times", "x")
CYCLE_WORDS = ("cycle", "cycles", "breath", "breaths", "times", "x")

EXERCISE_OR_STEP = "an exercise (a mapping with name and a dose) or a manual step (wait: ...)"
PHASE_EXAMPLE = "a phase like '- Breathe in: 4 s' or '{say: Breathe in, duration: 4 s}'"


def routine_from_node(r: Reader, root: Node, source: str) -> Routine | None:
    """The whole routine, or None when anything is wrong (then `r.problems` says what)."""
    m = r.mapping(root, "", ROUTINE_KEYS, "a mapping with a title and a list of exercises")
    if m is None:
        return None
    title = _required_text(r, m, root, "", "title", "every routine needs a title")
    optional = {key: r.text(m[key][1], key) for key in OPTIONAL_TEXT if key in m}
    if (engine := optional.get("engine")) is not None and engine.strip().lower() not in ("auto", *ENGINES):
        r.add(m["engine"][1], "engine", f"found {quote(engine)}, allowed: auto, {', '.join(ENGINES)}")
        optional["engine"] = None
    defaults = _defaults(r, m["defaults"][1]) if "defaults" in m else Defaults()
    phrases = _phrases(r, m["phrases"][1]) if "phrases" in m else ()
    lead_in = _lead_in(r, m["lead_in"][1]) if "lead_in" in m else None
    mode = instructions(r, m["instructions"][1], "instructions") if "instructions" in m else None
    fade = fade_after(r, m["fade_after"][1], "fade_after") if "fade_after" in m else None
    progress = routine_progress(r, *m["progress"]) if "progress" in m else None
    language = _language(r, m["language"][1]) if "language" in m else None
    items = _items(r, m, root)
    if progress is not None and items is not None:
        check_until_hard(r, m["progress"][1], progress, _all_exercises(items))
    if r.problems or title is None or defaults is None or phrases is None or items is None:
        return None
    if progress is None and any(e.growth not in (None, Growth()) for e in _all_exercises(items)):
        every, unit, written = DEFAULT_EVERY
        progress = Progress(every, unit, Growth(), written)  # an exercise's own progress steps every week
    return Routine(
        title=title,
        items=items,
        defaults=defaults,
        phrases=phrases,
        source=source,
        lead_in_ms=lead_in,
        instructions=mode,
        fade_after=fade,
        progress=progress,
        language=language,
        **optional,  # type: ignore[arg-type]
    )


def _all_exercises(items: tuple[Item, ...]) -> list[Exercise]:
    out: list[Exercise] = []
    for item in items:
        out.extend([item] if isinstance(item, Exercise) else item.exercises if isinstance(item, Circuit) else [])
    return out


def _language(r: Reader, node: Node) -> str | None:
    """The routine's language: a BCP 47 tag, normalised ("de_at" -> "de-AT")."""
    text = r.text(node, "language", "a language tag")
    if text is None:
        return None
    tag = parse_tag(text)
    if tag is None:
        r.add(node, "language", f"found {quote(text)}, expected {EXAMPLE}")
    return tag


def _lead_in(r: Reader, node: Node) -> int | None:
    """The routine's lead-in: one duration above zero (the title and first announcement must fit in it)."""
    ms = r.single_duration(node, "lead_in", max_ms=MAX_LEAD_IN_MS)
    if ms == 0:
        allowed = f"allowed: 1 s to {format_ms(MAX_LEAD_IN_MS)}"
        r.add(node, "lead_in", f"found 0 s, {allowed} (leave lead_in out to let the talk take the time it needs)")
        return None
    return ms


def _required_text(r: Reader, m: Entries, node: Node, path: str, key: str, why: str) -> str | None:
    if key not in m:
        if not r.was_suggested(node, key):
            r.add(node, path, f'missing key "{key}"; {why}')
        return None
    return r.text(m[key][1], join(path, key))


def _defaults(r: Reader, node: Node) -> Defaults | None:
    m = r.mapping(node, "defaults", DEFAULTS_KEYS, f"a mapping of settings ({', '.join(DEFAULTS_KEYS)})")
    if m is None:
        return None
    before = len(r.problems)
    rests = {
        f"{key}_ms": r.duration(m[key][1], join("defaults", key), max_ms=MAX_REST_MS, zero_ok=True)
        for key in ("rest", "set_rest", "rep_rest", "switch")
        if key in m
    }
    countdown = r.whole(m["countdown"][1], "defaults.countdown", *COUNTDOWN_RANGE) if "countdown" in m else None
    speed = r.number(m["speed"][1], "defaults.speed", *SPEED_RANGE) if "speed" in m else None
    pauses = r.number(m["pauses"][1], "defaults.pauses", *PAUSES_RANGE) if "pauses" in m else None
    level = r.choice(m["level"][1], "defaults.level", LEVELS) if "level" in m else None
    manual = None
    if "manual_pause" in m:
        manual = r.single_duration(m["manual_pause"][1], "defaults.manual_pause", max_ms=MAX_REST_MS)
    if len(r.problems) > before:
        return None
    return Defaults(
        **rests,  # type: ignore[arg-type]
        countdown=countdown,
        speed=speed,
        pauses=pauses,
        level=None if level is None else Level(level),
        manual_pause_ms=manual,
    )


def _phrases(r: Reader, node: Node) -> tuple[tuple[str, str], ...] | None:
    """Phrasebook overrides: known keys only, each wording using only the placeholders its key offers."""
    keys = tuple(PLACEHOLDERS)
    m = r.mapping(node, "phrases", keys, "a mapping of phrase keys to wording", elsewhere="docs/phrasebook.md")
    if m is None:
        return None
    before = len(r.problems)
    pairs = []
    for key, (_, value) in m.items():
        path = join("phrases", key)
        text = r.text(value, path, "wording (in quotes when it starts with {)")
        if text is not None and _placeholders_ok(r, value, path, text, PLACEHOLDERS[key]):
            pairs.append((key, text))
    return tuple(pairs) if len(r.problems) == before else None


def _placeholders_ok(r: Reader, node: Node, path: str, text: str, allowed: frozenset[str]) -> bool:
    fault = placeholder_fault(text, allowed)
    if fault is None:
        return True
    kind, detail = fault
    if kind == "braces":
        r.add(node, path, f"found a lone {{ or }} in {quote(text)}, allowed: {offered(allowed)}")
    elif kind == "unknown":
        r.add(node, path, f"found the placeholder {detail} in {quote(text)}, allowed: {offered(allowed)}")
    else:
        r.add(node, path, f"found the placeholder {quote(detail)} in {quote(text)}, allowed: plain placeholders "
                          f"({offered(allowed)}), without : or !")
    return False


def _items(r: Reader, m: Entries, root: Node) -> tuple[Item, ...] | None:
    if "exercises" not in m:
        if not r.was_suggested(root, "exercises"):
            r.add(root, "", 'missing key "exercises"; a routine needs a list of exercises')
        return None
    items = _item_list(r, m["exercises"], "exercises", None)
    if items is None:
        return None
    if not any(isinstance(item, Exercise | Circuit) for item in items):
        r.add(m["exercises"][1], "exercises", "found only manual steps, expected at least one exercise")
        return None
    return items


def _item_list(r: Reader, entry: tuple[Node, Node], path: str, circuit: Node | None) -> tuple[Item, ...] | None:
    """The items of `exercises`, at the top or inside the circuit whose `work` node (or mapping) is `circuit`."""
    key, node = entry
    if not isinstance(node, SequenceNode) or not node.value:
        where = key if isinstance(node, ScalarNode) and node.tag == NULL else node
        r.add(where, path, f"found {describe(node)}, expected a list of exercises")
        return None
    if len(node.value) > MAX_ITEMS:
        r.add(node, path, f"found {len(node.value)} items, allowed: at most {MAX_ITEMS}")
        return None
    items = [_item(r, item, join(path, i), circuit) for i, item in enumerate(node.value)]
    if any(item is None for item in items):
        return None
    return tuple(item for item in items if item is not None)


def _has_key(node: Node, key: str) -> bool:
    return isinstance(node, MappingNode) and any(isinstance(k, ScalarNode) and k.value == key for k, _ in node.value)


def _item(r: Reader, node: Node, path: str, circuit: Node | None = None) -> Item | None:
    """An exercise, a manual step or (at the top) a circuit; `circuit` is the enclosing circuit's mapping."""
    intervals = circuit is not None and _has_key(circuit, "work")
    if _has_key(node, "wait"):
        if intervals:
            message = "found a manual step in a circuit with work (interval timing), allowed: exercises only"
            r.add(node, path, f"{message}; a wait would stop the clock, so put it before or after the circuit")
            return None
        return _manual_step(r, node, path)
    if _has_key(node, "circuit"):
        if circuit is not None:
            r.add(node, path, "found a circuit inside a circuit, allowed: exercises and manual steps")
            return None
        return _circuit(r, node, path)
    keys = INTERVAL_KEYS if intervals else EXERCISE_KEYS
    before = len(r.problems)
    if intervals and isinstance(node, MappingNode):
        for key, _ in node.value:
            if isinstance(key, ScalarNode) and key.value in EXERCISE_KEYS and key.value not in INTERVAL_KEYS:
                found = f"found {key.value} in a circuit with work (interval timing)"
                allowed = f"allowed: {', '.join(INTERVAL_KEYS)}; every exercise there is a timed work interval"
                r.add(key, join(path, key.value), f"{found}, {allowed}")
        keys = EXERCISE_KEYS
    m = r.mapping(node, path, keys, EXERCISE_OR_STEP)
    if m is None:
        return None
    name = _required_text(r, m, node, path, "name", "every exercise needs a name")
    steps: tuple[str, ...] | None = ()
    if "steps" in m:
        steps = r.texts(m["steps"][1], join(path, "steps"), most=MAX_STEPS, what="text or a list of steps")
    cue = r.text(m["cue"][1], join(path, "cue")) if "cue" in m else None
    sets = Span.exactly(1)
    if "sets" in m:
        sets = r.count(m["sets"][1], join(path, "sets"), max_count=MAX_SETS, words=SET_WORDS) or sets
    rests = {
        f"{key}_ms": r.duration(m[key][1], join(path, key), max_ms=MAX_REST_MS, zero_ok=True)
        for key in ("set_rest", "rest", "rep_rest", "switch")
        if key in m
    }
    sides = _sides(r, m["sides"][1], join(path, "sides")) if "sides" in m else ()
    if "switch" in m and not sides and sides is not None:
        r.add(m["switch"][0], join(path, "switch"), "found switch on an exercise without sides, expected sides: true")
    dose = _work(r, m, path) if intervals else _dose(r, m, node, path)
    growth = exercise_growth(r, *m["progress"], join(path, "progress")) if "progress" in m else None
    if len(r.problems) > before or name is None or dose is None or steps is None or sides is None:
        return None
    return Exercise(name=name, dose=dose, steps=steps, cue=cue, sets=sets, sides=sides, growth=growth,
                    **rests)  # type: ignore[arg-type]


def _work(r: Reader, m: Entries, path: str) -> Work | None:
    """An exercise of a circuit with interval timing: the circuit's work interval, or its own `duration`."""
    _both(r, m, path, "hold", "duration", "one of them, for this exercise's own work time")
    key = "duration" if "duration" in m else "hold" if "hold" in m else None
    if key is None:
        return Work()
    span = _field_duration(r, m, path, key, MAX_WORK_MS)
    return None if span is None else Work(span)


def _circuit(r: Reader, node: Node, path: str) -> Circuit | None:
    m = r.mapping(node, path, CIRCUIT_KEYS, "a circuit (circuit: NAME, rounds: N, exercises: [...])")
    if m is None:
        return None
    before = len(r.problems)
    name = r.text(m["circuit"][1], join(path, "circuit"), "the circuit's name")
    rounds = None
    if "rounds" not in m:
        if not r.was_suggested(node, "rounds"):
            r.add(node, path, 'missing key "rounds"; a circuit needs rounds: how many times through, like 3')
    else:
        rounds = r.count(m["rounds"][1], join(path, "rounds"), max_count=MAX_ROUNDS, words=ROUND_WORDS)
    work = _field_duration(r, m, path, "work", MAX_WORK_MS)
    rests = {
        f"{key}_ms": r.duration(m[key][1], join(path, key), max_ms=MAX_REST_MS, zero_ok=True)
        for key in ("rest", "round_rest")
        if key in m
    }
    items: tuple[Item, ...] | None = None
    if "exercises" not in m:
        if not r.was_suggested(node, "exercises"):
            r.add(node, path, 'missing key "exercises"; a circuit needs its list of exercises')
    else:
        items = _item_list(r, m["exercises"], join(path, "exercises"), node)
        if items is not None and not any(isinstance(item, Exercise) for item in items):
            r.add(m["exercises"][1], join(path, "exercises"), "found only manual steps, expected at least one exercise")
            items = None
    if len(r.problems) > before or name is None or rounds is None or items is None or ("work" in m and work is None):
        return None
    members = tuple(item for item in items if isinstance(item, Exercise | ManualStep))
    return Circuit(name=name, rounds=rounds, items=members, work_ms=work, **rests)  # type: ignore[arg-type]


def _manual_step(r: Reader, node: Node, path: str) -> ManualStep | None:
    m = r.mapping(node, path, MANUAL_KEYS, "a manual step (wait: ...)")
    if m is None:
        return None
    text = r.text(m["wait"][1], join(path, "wait"), "what to say before waiting")
    pause = r.single_duration(m["pause"][1], join(path, "pause"), max_ms=MAX_REST_MS) if "pause" in m else None
    if text is None or ("pause" in m and pause is None):
        return None
    return ManualStep(text=text, pause_ms=pause)


def _sides(r: Reader, node: Node, path: str) -> tuple[str, ...] | None:
    flag = r.boolean(node)
    if flag is not None:
        return ("left", "right") if flag else ()
    what = "true, false, or a list of side names like [left, right]"
    if not isinstance(node, SequenceNode):
        r.add(node, path, f"found {describe(node)}, expected {what}")
        return None
    names = r.texts(node, path, most=MAX_SIDES, what=what)
    if names is not None and len({n.lower() for n in names}) < len(names):
        r.add(node, path, "found the same side twice, expected different side names like [left, right]")
        return None
    return names


def _both(r: Reader, m: Entries, path: str, first: str, second: str, allowed: str) -> None:
    if first in m and second in m:
        r.add(m[second][0], join(path, second), f"found both {first} and {second}, allowed: {allowed}")


def _dose(r: Reader, m: Entries, node: Node, path: str) -> Dose | None:
    """Reps (with a hold or tempo), else a flow with its duration, else a timed hold."""
    if "reps" in m:
        count = r.count(m["reps"][1], join(path, "reps"), max_count=MAX_REPS, words=REP_WORDS)
        hold = _field_duration(r, m, path, "hold", MAX_HOLD_MS)
        tempo = _phases(r, m["tempo"][1], join(path, "tempo")) if "tempo" in m else ()
        _both(r, m, path, "hold", "tempo", "one of them (each rep either holds or follows tempo phases)")
        _both(r, m, path, "reps", "flow", "one of them (reps, or a flow that repeats for a duration)")
        _both(r, m, path, "reps", "duration", "hold for how long each rep is held")
        _both(r, m, path, "reps", "cycles", "one of them (reps, or a flow's cycles)")
        if count is None or tempo is None or ("hold" in m and hold is None):
            return None
        return Reps(count=count, hold_ms=hold, tempo=tempo)
    if "flow" in m:
        return _flow(r, m, path)
    if "tempo" in m:
        r.add(m["tempo"][0], join(path, "tempo"), "found tempo without reps, expected reps with it, like reps: 10")
        return None
    if "cycles" in m:
        r.add(m["cycles"][0], join(path, "cycles"), "found cycles without a flow, expected flow: with its phases")
        return None
    _both(r, m, path, "hold", "duration", "one of them, for how long the position is held")
    key = "hold" if "hold" in m else "duration"
    if key not in m:
        if not r.was_suggested(node, "reps", "hold", "flow", "duration"):
            r.add(node, path, "needs a dose: reps, hold, or flow with duration")
        return None
    span = _field_duration(r, m, path, key, MAX_HOLD_MS)
    return None if span is None else Hold(duration_ms=span)


def _field_duration(r: Reader, m: Entries, path: str, key: str, max_ms: int) -> Span | None:
    return r.duration(m[key][1], join(path, key), max_ms=max_ms) if key in m else None


def _flow(r: Reader, m: Entries, path: str) -> Flow | None:
    phases = _phases(r, m["flow"][1], join(path, "flow"))
    _both(r, m, path, "flow", "hold", "duration or cycles for how long the flow lasts")
    _both(r, m, path, "duration", "cycles", "one of them (a flow runs whole cycles: how many, or for about how long)")
    if "duration" not in m and "cycles" not in m:
        message = "found a flow without a duration, expected duration: for how long it repeats, like 1-2 minutes"
        r.add(m["flow"][0], join(path, "flow"), f"{message}, or cycles: how many times, like 6")
        return None
    if "cycles" in m:
        count = r.count(m["cycles"][1], join(path, "cycles"), max_count=MAX_CYCLES, words=CYCLE_WORDS)
        if phases is None or count is None or "hold" in m or "duration" in m:
            return None
        cycle = sum(p.duration_ms.high for p in phases)
        if cycle * count.high > MAX_FLOW_MS:
            total = format_ms(cycle * count.high)
            found = f"found {count.high} cycles of {format_ms(cycle)} ({total})"
            message = f"{found}, allowed: at most {format_ms(MAX_FLOW_MS)}"
            r.add(m["cycles"][1], join(path, "cycles"), message)
            return None
        return Flow(phases=phases, cycles=count)
    duration = _field_duration(r, m, path, "duration", MAX_FLOW_MS)
    if phases is None or duration is None or "hold" in m:
        return None
    cycle = sum(p.duration_ms.low for p in phases)
    if cycle > duration.low:
        message = f"found phases that take {format_ms(cycle)}, longer than the whole flow ({format_span(duration)})"
        r.add(m["flow"][1], join(path, "flow"), f"{message}; shorten them or lengthen the duration")
        return None
    return Flow(phases=phases, duration_ms=duration)


def _phases(r: Reader, node: Node, path: str) -> tuple[Phase, ...] | None:
    if not isinstance(node, SequenceNode) or not node.value:
        r.add(node, path, f"found {describe(node)}, expected a list of phases, each {PHASE_EXAMPLE}")
        return None
    if len(node.value) > MAX_PHASES:
        r.add(node, path, f"found {len(node.value)} phases, allowed: at most {MAX_PHASES}")
        return None
    phases = [_phase(r, item, join(path, i)) for i, item in enumerate(node.value)]
    return None if any(p is None for p in phases) else tuple(p for p in phases if p is not None)


def _phase(r: Reader, node: Node, path: str) -> Phase | None:
    if isinstance(node, MappingNode) and any(isinstance(k, ScalarNode) and k.value == "say" for k, _ in node.value):
        m = r.mapping(node, path, PHASE_KEYS, PHASE_EXAMPLE)
        if m is None:
            return None
        text = _required_text(r, m, node, path, "say", "a phase needs words to say")
        duration = _required_duration(r, m, node, path)
        return None if text is None or duration is None else Phase(text, duration)
    if not isinstance(node, MappingNode) or len(node.value) != 1:
        r.add(node, path, f"found {describe(node)}, expected {PHASE_EXAMPLE}")
        return None
    key, value = node.value[0]
    text = r.text(key, path, "the words to say")
    duration = r.duration(value, path, max_ms=MAX_PHASE_MS)
    return None if text is None or duration is None else Phase(text, duration)


def _required_duration(r: Reader, m: Entries, node: Node, path: str) -> Span | None:
    if "duration" not in m:
        r.add(node, path, 'missing key "duration"; a phase needs a duration like 4 s')
        return None
    return r.duration(m["duration"][1], join(path, "duration"), max_ms=MAX_PHASE_MS)
