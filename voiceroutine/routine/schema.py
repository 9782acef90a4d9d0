"""A JSON Schema (draft 2020-12) of the routine format, so an editor can check and complete routine files.

Built from the loader's own key lists and limits so the two cannot drift apart. The loader stays the
judge: the schema cannot express every rule (units in order, a flow's phases fitting its duration).
"""

from __future__ import annotations

from typing import Any

from voiceroutine.routine import fields as f
from voiceroutine.routine import growth as g
from voiceroutine.routine.limits import (
    COUNTDOWN_RANGE,
    FADE_AFTER_RANGE,
    MAX_EVERY_DAYS,
    MAX_EVERY_SESSIONS,
    MAX_GROW_HOLD_MS,
    MAX_GROW_REPS,
    MAX_GROW_SETS,
    MAX_REST_MS,
    PAUSES_RANGE,
    SPEED_RANGE,
)
from voiceroutine.routine.nodes import MAX_TEXT
from voiceroutine.routine.units import CLOCK, MS_PER_UNIT, NUMBER
from voiceroutine.timeline.phrasebook import PLACEHOLDERS

Schema = dict[str, Any]

TEXT_LIMIT = MAX_TEXT


def _any_case(word: str) -> str:
    return "".join(f"[{c}{c.upper()}]" for c in word)


def _patterns() -> tuple[str, str, str]:
    """Regexes (ECMA 262) for a duration, a single duration and a count, matching what units.py reads."""
    units = "|".join(_any_case(u) for u in sorted(MS_PER_UNIT, key=len, reverse=True))
    term = rf"{NUMBER}\s*(?:{units})"
    compound = rf"{term}(?:\s*(?:,|\b[aA][nN][dD]\b)?\s*{term})*"
    amount = rf"(?:{CLOCK}|{compound}|{NUMBER})"
    separator = rf"\s*(?:-|–|—|\b{_any_case('to')}\b)\s*"
    duration = rf"^\s*{amount}(?:{separator}{amount})?\s*$"
    single = rf"^\s*{amount}\s*$"
    all_words = f.REP_WORDS + f.SET_WORDS + f.ROUND_WORDS + f.CYCLE_WORDS
    words = "|".join(_any_case(w) for w in sorted(set(all_words), key=len, reverse=True))
    count = rf"^\s*[0-9]+(?:{separator}[0-9]+)?(?:\s*(?:{words}))?\s*$"
    return duration, single, count


DURATION_PATTERN, SINGLE_DURATION_PATTERN, COUNT_PATTERN = _patterns()


def _text(description: str) -> Schema:
    return {"type": "string", "minLength": 1, "maxLength": TEXT_LIMIT, "description": description}


def _list(items: Schema, most: int) -> Schema:
    return {"type": "array", "minItems": 1, "maxItems": most, "items": items}


def _duration(description: str, max_ms: int, *, zero_ok: bool = False, single: bool = False) -> Schema:
    number: Schema = {"type": "number", "maximum": max_ms / 1000}
    number["minimum" if zero_ok else "exclusiveMinimum"] = 0
    ref = "#/$defs/single_duration" if single else "#/$defs/duration"
    examples = ["10 s"] if single else ["30 s", "1 min 30 s", "1:30", "1-2 minutes"]
    return {
        "description": description,
        "anyOf": [number, {"$ref": ref}],
        "examples": examples,
    }


def _count(description: str, most: int) -> Schema:
    return {
        "description": description,
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": most},
            {"$ref": "#/$defs/count"},
        ],
        "examples": [10, "8-12"],
    }


def _phases(description: str) -> Schema:
    duration = _duration("How long the phase lasts, speech included.", f.MAX_PHASE_MS)
    short: Schema = {
        "type": "object",
        "description": "The words as the key, the duration as the value: `- Breathe in: 4 s`.",
        "minProperties": 1,
        "maxProperties": 1,
        "propertyNames": {"minLength": 1, "maxLength": TEXT_LIMIT, "not": {"const": "say"}},
        "additionalProperties": duration,
    }
    long: Schema = {
        "type": "object",
        "description": "The words and the duration as two keys: `{say: Breathe in, duration: 4 s}`.",
        "properties": {"say": _text("What the voice says as the phase starts."), "duration": duration},
        "required": ["say", "duration"],
        "additionalProperties": False,
    }
    phase = {"oneOf": [short, long]}
    return {"type": "array", "description": description, "minItems": 1, "maxItems": f.MAX_PHASES, "items": phase}


def _plus(what: str, most: int) -> Schema:
    return {
        "description": f"{what} added each step (+1 to +{most}).",
        "anyOf": [{"type": "integer", "minimum": 1, "maximum": most}, {"type": "string", "pattern": r"^\+?[0-9]+$"}],
        "examples": ["+1"],
    }


def _growth(with_every: bool) -> Schema:
    """A routine's `progress` (with `every`), or an exercise's own (without)."""
    hold = _duration(f"Time added to each hold each step (+1 s to +{MAX_GROW_HOLD_MS // 60_000} min).",
                     MAX_GROW_HOLD_MS, single=True)
    hold["anyOf"][1] = {"type": "string", "pattern": r"^\s*\+?" + SINGLE_DURATION_PATTERN.lstrip("^").lstrip(r"\s*")}
    until = {
        "description": "hard: up to the high end of each range; or the most to reach.",
        "anyOf": [
            {"const": "hard"},
            {
                "type": "object",
                "minProperties": 1,
                "properties": {
                    "reps": {"type": "integer", "minimum": 1, "maximum": f.MAX_REPS},
                    "hold": _duration("The longest hold to reach.", f.MAX_HOLD_MS, single=True),
                    "sets": {"type": "integer", "minimum": 1, "maximum": f.MAX_SETS},
                },
                "additionalProperties": False,
            },
        ],
    }
    properties: Schema = {
        "reps": _plus("Reps", MAX_GROW_REPS),
        "hold": hold,
        "sets": _plus("Sets", MAX_GROW_SETS),
        "until": until,
    }
    if with_every:
        properties = {
            "every": {
                "type": "string",
                "pattern": g.EVERY_PATTERN,
                "description": f"How often it grows: N days, weeks (up to {MAX_EVERY_DAYS} days) or sessions "
                               f"(up to {MAX_EVERY_SESSIONS}).",
                "examples": ["1 week", "10 days", "3 sessions"],
            },
            **properties,
        }
    return {
        "type": "object",
        "description": "How it grows: " + g.PROGRESS_EXAMPLE,
        "properties": properties,
        "additionalProperties": False,
        "anyOf": [{"required": [key]} for key in ("reps", "hold", "sets")],
    }


def _exercise() -> Schema:
    rest = MAX_REST_MS
    properties: Schema = {
        "name": _text("The exercise's name, spoken and used as the chapter title."),
        "steps": {
            "description": "Instruction steps, spoken in full the first time.",
            "anyOf": [_text("One step."), _list(_text("A step."), f.MAX_STEPS)],
        },
        "cue": _text("A short reminder spoken on later reps and sets."),
        "reps": _count("How many repetitions per set (and per side).", f.MAX_REPS),
        "hold": _duration("With reps: how long each rep is held. Alone: a timed hold.", f.MAX_HOLD_MS),
        "tempo": _phases("Timed phases of each rep (needs reps; not with hold)."),
        "flow": _phases("A cycle of phases repeated a whole number of times (cycles, or as many as fit in duration)."),
        "duration": _duration("How long a flow repeats (whole cycles); alone, a timed hold.", f.MAX_FLOW_MS),
        "cycles": _count("How many times a flow's cycle runs (instead of duration).", f.MAX_CYCLES),
        "sets": _count("How many sets.", f.MAX_SETS),
        "set_rest": _duration("Rest between sets.", rest, zero_ok=True),
        "rest": _duration("Rest after this exercise, before the next.", rest, zero_ok=True),
        "rep_rest": _duration("Pause between reps.", rest, zero_ok=True),
        "sides": {
            "description": "true for left then right, or a list of side names in order.",
            "anyOf": [
                {"type": "boolean"},
                {**_list(_text("A side name."), f.MAX_SIDES), "uniqueItems": True},
            ],
        },
        "switch": _duration("Time to switch sides (per-side exercises).", rest, zero_ok=True),
        "progress": {
            "description": "This exercise's own growth (no every), or false to keep it as written.",
            "anyOf": [{"const": False}, _growth(with_every=False)],
        },
    }
    pairs = [("hold", "tempo"), ("reps", "flow"), ("reps", "duration"), ("hold", "duration"), ("flow", "hold")]
    pairs += [("duration", "cycles"), ("reps", "cycles")]
    return {
        "type": "object",
        "description": "An exercise: a name and a dose (reps, hold, or flow with duration or cycles).",
        "properties": properties,
        "required": ["name"],
        "additionalProperties": False,
        "anyOf": [{"required": [key]} for key in ("reps", "hold", "duration", "cycles")],
        "dependentRequired": {"tempo": ["reps"], "cycles": ["flow"], "switch": ["sides"]},
        "dependentSchemas": {"flow": {"anyOf": [{"required": ["duration"]}, {"required": ["cycles"]}]}},
        "allOf": [{"not": {"required": [a, b]}} for a, b in pairs],
    }


def _interval_exercise() -> Schema:
    """An exercise of a circuit with interval timing: a work interval, of its own length at most."""
    every = _exercise()["properties"]
    properties = {key: every[key] for key in f.INTERVAL_KEYS if key not in ("duration", "hold")}
    properties["duration"] = _duration("This exercise's own work time (else the circuit's work).", f.MAX_WORK_MS)
    properties["hold"] = _duration("The same as duration: this exercise's own work time.", f.MAX_WORK_MS)
    return {
        "type": "object",
        "description": "A work interval of the circuit: a name, and its own duration if it differs.",
        "properties": properties,
        "required": ["name"],
        "additionalProperties": False,
        "not": {"required": ["hold", "duration"]},
        "dependentRequired": {"switch": ["sides"]},
    }


def _circuit() -> Schema:
    rest = MAX_REST_MS
    ordinary = {**_list({"oneOf": [_exercise(), _manual_step()]}, f.MAX_ITEMS)}
    intervals = _list(_interval_exercise(), f.MAX_ITEMS)
    return {
        "type": "object",
        "description": "A circuit: its exercises done in rounds; with work, in interval timing.",
        "properties": {
            "circuit": _text("The circuit's name, spoken and used as a chapter title."),
            "rounds": _count("How many times through.", f.MAX_ROUNDS),
            "work": _duration("Interval timing: the length of every work interval.", f.MAX_WORK_MS),
            "rest": _duration("Rest after each exercise (an exercise's own rest beats it).", rest, zero_ok=True),
            "round_rest": _duration("Rest between rounds, after the round's last rest.", rest, zero_ok=True),
            "exercises": {"description": "The exercises of one round, in order."},
        },
        "required": ["circuit", "rounds", "exercises"],
        "additionalProperties": False,
        "if": {"required": ["work"]},
        "then": {"properties": {"exercises": intervals}},
        "else": {"properties": {"exercises": ordinary}},
    }


def _manual_step() -> Schema:
    return {
        "type": "object",
        "description": "A manual step: the live player waits for a key; an export leaves a pause.",
        "properties": {
            "wait": _text("What the voice says before waiting."),
            "pause": _duration("The pause an export leaves here.", MAX_REST_MS, zero_ok=True, single=True),
        },
        "required": ["wait"],
        "additionalProperties": False,
    }


def _defaults() -> Schema:
    rest = MAX_REST_MS
    speed_low, speed_high = SPEED_RANGE
    pauses_low, pauses_high = PAUSES_RANGE
    countdown_low, countdown_high = COUNTDOWN_RANGE
    properties: Schema = {
        "rest": _duration("Rest between exercises.", rest, zero_ok=True),
        "set_rest": _duration("Rest between sets.", rest, zero_ok=True),
        "rep_rest": _duration("Pause between reps.", rest, zero_ok=True),
        "switch": _duration("Time to switch sides of a per-side exercise.", rest, zero_ok=True),
        "countdown": {
            "type": "integer",
            "minimum": countdown_low,
            "maximum": countdown_high,
            "description": "Length of spoken countdowns (3 gives 3, 2, 1).",
        },
        "speed": {"type": "number", "minimum": speed_low, "maximum": speed_high, "description": "Speech speed."},
        "pauses": {
            "type": "number",
            "minimum": pauses_low,
            "maximum": pauses_high,
            "description": "Scale of the pauses around instructions and announcements.",
        },
        "level": {
            "enum": list(f.LEVELS),
            "description": "Which end of every range: easy = low, standard = middle, hard = high.",
        },
        "manual_pause": _duration("Pause an export leaves at a manual step.", rest, zero_ok=True, single=True),
    }
    return {
        "type": "object",
        "description": "Routine-wide settings; the command line overrides them.",
        "properties": properties,
        "additionalProperties": False,
    }


def _wording(placeholders: frozenset[str]) -> Schema:
    names = "|".join(sorted(placeholders))
    field = rf"\{{(?:{names})\}}|" if names else ""
    offered = ", ".join("{" + n + "}" for n in sorted(placeholders)) or "none"
    return {
        **_text(f"The wording; quote it when it starts with {{. Placeholders: {offered}."),
        "pattern": rf"^(?:{field}[^{{}}]|\{{\{{|\}}\}})*$",
    }


def _phrases_schema() -> Schema:
    return {
        "type": "object",
        "description": "Your wording for what voiceroutine says (keys in docs/phrasebook.md).",
        "properties": {key: _wording(names) for key, names in PLACEHOLDERS.items()},
        "additionalProperties": False,
    }


def routine_schema() -> Schema:
    """The JSON Schema of a routine file, as a dict ready for json.dumps."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "voiceroutine routine",
        "description": "An exercise routine that voiceroutine speaks: see docs/routine-format.md.",
        "type": "object",
        "properties": {
            "title": _text("Spoken at the start and used as the audio's title."),
            "description": _text("One line about the routine, for listings; never spoken."),
            "intro": _text("Words spoken after the title, before the first exercise."),
            "closing": _text("Words spoken at the very end."),
            "lead_in": _duration("Time from the start to the first second of work; the talk must fit.",
                                 f.MAX_LEAD_IN_MS, single=True),
            "defaults": _defaults(),
            "engine": _text("Preferred speech engine."),
            "voice": _text("Preferred voice."),
            "language": {
                "type": "string",
                "description": "The language the routine is written and spoken in: a BCP 47 tag (en, de, fr, es, "
                "de-AT, es-419). Picks the phrasebook, the way numbers are said and the voice.",
                "pattern": r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$",
            },
            "phrases": _phrases_schema(),
            "instructions": {
                "enum": list(g.INSTRUCTIONS),
                "description": "full: read the steps; short: name, dose and cue only; auto: full until done "
                               "fade_after times.",
            },
            "fade_after": {
                "type": "integer",
                "minimum": FADE_AFTER_RANGE[0],
                "maximum": FADE_AFTER_RANGE[1],
                "description": "With auto: sessions an exercise is done in before its steps fade.",
            },
            "progress": _growth(with_every=True),
            "exercises": {
                "type": "array",
                "description": "Exercises, circuits and manual steps, in order.",
                "minItems": 1,
                "maxItems": f.MAX_ITEMS,
                "items": {"oneOf": [_exercise(), _manual_step(), _circuit()]},
                "contains": {"type": "object", "anyOf": [{"required": ["name"]}, {"required": ["circuit"]}]},
            },
        },
        "required": ["title", "exercises"],
        "additionalProperties": False,
        "$defs": {
            "duration": {
                "type": "string",
                "pattern": DURATION_PATTERN,
                "description": "A duration or range: 5 (seconds), 5 s, 1.5 min, 1 min 30 s, 1:30, 1-2 minutes.",
            },
            "single_duration": {
                "type": "string",
                "pattern": SINGLE_DURATION_PATTERN,
                "description": "One duration, not a range: 10, 10 s, 1 min.",
            },
            "count": {
                "type": "string",
                "pattern": COUNT_PATTERN,
                "description": "A whole number or a range: 10, 8-12, 8 to 12, 10 reps.",
            },
        },
    }
