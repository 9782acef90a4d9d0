"""Pace options and their precedence: command line, then routine file, then user config, then defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields

from voiceroutine.errors import OptionError
from voiceroutine.routine.limits import (
    COUNTDOWN_RANGE,
    DEFAULT_MANUAL_PAUSE_MS,
    DEFAULT_REP_REST_MS,
    DEFAULT_REST_MS,
    DEFAULT_SET_REST_MS,
    DEFAULT_SWITCH_MS,
    MAX_REST_MS,
    PAUSES_RANGE,
    SPEED_RANGE,
)
from voiceroutine.routine.model import Defaults, Level, Routine


@dataclass(frozen=True, slots=True)
class PaceOptions:
    """Resolved settings the builder uses."""

    speed: float = 1.0
    """Speech speed multiplier (0.5 to 2.0)."""
    pauses: float = 1.0
    """Scale of the pauses around instructions and announcements (0 to 5)."""
    rest_ms: int | None = None
    """Overrides every rest (between exercises, sets and sides) when set."""
    countdown: int = 3
    """Length of spoken countdowns."""
    level: Level = Level.STANDARD
    """Which end of ranges to use."""
    exercise_rest_ms: int = DEFAULT_REST_MS
    """Default rest between exercises."""
    set_rest_ms: int = DEFAULT_SET_REST_MS
    """Default rest between sets."""
    rep_rest_ms: int = DEFAULT_REP_REST_MS
    """Default pause between reps."""
    manual_pause_ms: int = DEFAULT_MANUAL_PAUSE_MS
    """Pause an export leaves at a manual step."""
    switch_ms: int = DEFAULT_SWITCH_MS
    """Default time to switch sides of a per-side exercise."""
    brief: frozenset[str] = frozenset()
    """Exercises the person knows (keys from `fading.exercise_key`): their steps are left out, only their name,
    dose and cue are said."""


@dataclass(frozen=True, slots=True)
class PaceOverrides:
    """Settings given on the command line or in a user config; None means not given."""

    speed: float | None = None
    pauses: float | None = None
    rest_ms: int | None = None
    countdown: int | None = None
    level: Level | None = None


def _check(options: PaceOptions) -> PaceOptions:
    lo, hi = SPEED_RANGE
    if not lo <= options.speed <= hi:
        raise OptionError(f"speed {options.speed:g} is out of range: use {lo:g} to {hi:g}")
    lo, hi = PAUSES_RANGE
    if not lo <= options.pauses <= hi:
        raise OptionError(f"pauses {options.pauses:g} is out of range: use {lo:g} to {hi:g}")
    clo, chi = COUNTDOWN_RANGE
    if not clo <= options.countdown <= chi:
        raise OptionError(f"countdown {options.countdown} is out of range: use {clo} to {chi}")
    if options.rest_ms is not None and not 0 <= options.rest_ms <= MAX_REST_MS:
        raise OptionError(f"rest {options.rest_ms / 1000:g} s is out of range: use 0 to {MAX_REST_MS // 1000} seconds")
    return options


def resolve_pace(
    command_line: PaceOverrides | None = None,
    routine: Routine | None = None,
    config: PaceOverrides | None = None,
) -> PaceOptions:
    """Merge settings: command line beats the routine file, which beats the user config, which beats defaults."""
    base = PaceOptions()
    values = {f.name: getattr(base, f.name) for f in fields(PaceOptions)}
    layers: list[PaceOverrides | Defaults] = []
    if config is not None:
        layers.append(config)
    if routine is not None:
        layers.append(routine.defaults)
    if command_line is not None:
        layers.append(command_line)
    for layer in layers:  # the level first: the routine's ranges are resolved at the final level
        if layer.level is not None:
            values["level"] = layer.level
    for layer in layers:
        for name in ("speed", "pauses", "countdown"):
            value = getattr(layer, name)
            if value is not None:
                values[name] = value
        if isinstance(layer, PaceOverrides) and layer.rest_ms is not None:
            # on the command line --rest overrides every rest; in a config it is only the default between exercises
            values["rest_ms" if layer is command_line else "exercise_rest_ms"] = layer.rest_ms
        if isinstance(layer, Defaults):
            level = values["level"]
            for src, dst in (
                ("rest_ms", "exercise_rest_ms"),
                ("set_rest_ms", "set_rest_ms"),
                ("rep_rest_ms", "rep_rest_ms"),
                ("switch_ms", "switch_ms"),
            ):
                span = getattr(layer, src)
                if span is not None:
                    values[dst] = span.resolve(level, 1000)
            if layer.manual_pause_ms is not None:
                values["manual_pause_ms"] = layer.manual_pause_ms
    return _check(PaceOptions(**values))
