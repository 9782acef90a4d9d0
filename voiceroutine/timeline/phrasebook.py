"""The phrasebook: every word the program adds, by key, so wording and language change without code.

The built-in English phrasebook is `phrases/en.yaml`; a user config and a routine file override keys.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

import yaml

from voiceroutine.controls import describe, first_control
from voiceroutine.errors import PhraseError

# The placeholders each key may use; an override using another one is an error, not a crash.
PLACEHOLDERS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "title": frozenset({"title"}),
        "lead_in": frozenset({"name"}),
        "announce": frozenset({"number", "total", "name", "dose"}),
        "dose_reps": frozenset({"reps"}),
        "dose_reps_hold": frozenset({"reps", "hold"}),
        "dose_reps_tempo": frozenset({"reps", "rep_time"}),
        "dose_hold": frozenset({"duration"}),
        "dose_flow": frozenset({"duration"}),
        "dose_sets": frozenset({"sets"}),
        "dose_sides": frozenset(),
        "set_start": frozenset({"set", "sets"}),
        "side_start": frozenset({"side"}),
        "begin": frozenset(),
        "rep": frozenset({"rep", "reps"}),
        "halfway": frozenset(),
        "last_rep": frozenset(),
        "hold": frozenset(),
        "count": frozenset({"n"}),
        "count_last": frozenset({"n"}),
        "time_left": frozenset({"time"}),
        "release": frozenset(),
        "relax": frozenset(),
        "rest": frozenset({"time", "next"}),
        "set_rest": frozenset({"time", "set", "sets"}),
        "switch_sides": frozenset({"side"}),
        "intro_chapter": frozenset(),
        "closing": frozenset(),
        "seconds_1": frozenset(),
        "seconds": frozenset({"n"}),
        "minutes_1": frozenset(),
        "minutes": frozenset({"n"}),
        "minutes_seconds": frozenset({"minutes", "seconds"}),
        "last_set": frozenset(),
        "circuit": frozenset({"name", "rounds"}),
        "interval_dose": frozenset({"work", "rest"}),
        "interval_dose_no_rest": frozenset({"work"}),
        "circuit_announce": frozenset({"name", "dose", "number", "total"}),
        "dose_work": frozenset({"duration"}),
        "dose_flow_cycles": frozenset({"cycles"}),
        "round_start": frozenset({"round", "rounds"}),
        "last_round": frozenset(),
        "round_rest": frozenset({"time", "round", "rounds"}),
        "next_up": frozenset({"next"}),
        "last_cycle": frozenset(),
        "chapter_round": frozenset({"name", "round", "rounds"}),
        "rounds_1": frozenset(),
        "rounds": frozenset({"n"}),
        "cycles_1": frozenset(),
        "cycles": frozenset({"n"}),
    }
)


MAX_FILLED = 1000
"""Characters a phrase may have once its placeholders are filled in: the longest built-in wording with a
500-character name takes about 600; repeating a placeholder in an override cannot go past this."""


def placeholder_fault(template: str, allowed: frozenset[str]) -> tuple[str, str] | None:
    """What is wrong with the placeholders of `template`, or None: only plain `{name}` with a name in `allowed`.

    Returns ("braces", the parser's words), ("unknown", "{name}") or ("format", "{n:0>5000}"): a format spec,
    a conversion (`{title!r}`), an attribute or index (`{name.upper}`, `{name[0]}`) or a positional `{}` would
    let a wording crash the builder or cost minutes and memory. Every caller words its own message.
    """
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError as e:
        return "braces", str(e)
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        if spec or conversion:
            return "format", "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if name not in allowed:
            return "unknown", "{" + name + "}"
    return None


def offered(allowed: frozenset[str]) -> str:
    """"{next}, {time}" or "no placeholders", for a message."""
    return ", ".join("{" + name + "}" for name in sorted(allowed)) or "no placeholders"


def _shown(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True, slots=True)
class Phrasebook:
    """Wordings by key; each key has one or more forms, longest first."""

    forms_by_key: Mapping[str, tuple[str, ...]]

    def forms(self, key: str, **values: object) -> tuple[str, ...]:
        """All wordings of `key` filled in, longest first, without repeats."""
        filled = (" ".join(form.format(**values).split()) for form in self.forms_by_key[key])
        forms = tuple(dict.fromkeys(f for f in filled if f))
        for form in forms:
            if len(form) > MAX_FILLED:
                raise PhraseError(f"phrases.{key}: filled in, the wording makes {len(form)} characters "
                                  f"({_shown(form)}), allowed: at most {MAX_FILLED}; use fewer placeholders")
        return forms

    def text(self, key: str, **values: object) -> str:
        """The full wording of `key`."""
        return self.forms(key, **values)[0]

    def duration(self, ms: int) -> str:
        """A duration in words: "5 seconds", "1 minute", "1 minute 30 seconds"."""
        total_s = (ms + 500) // 1000
        minutes, seconds = divmod(total_s, 60)

        def secs(n: int) -> str:
            return self.text("seconds_1") if n == 1 else self.text("seconds", n=n)

        if minutes == 0 or (total_s < 90 and seconds):
            return secs(total_s)
        mins = self.text("minutes_1") if minutes == 1 else self.text("minutes", n=minutes)
        if not seconds:
            return mins
        return self.text("minutes_seconds", minutes=mins, seconds=secs(seconds))

    def amount(self, key: str, n: int) -> str:
        """A count in words with its noun: `key_1` for one ("1 round"), else `key` ("3 rounds")."""
        return self.text(f"{key}_1") if n == 1 else self.text(key, n=n)

    def with_overrides(
        self, overrides: Iterable[tuple[str, str | list[str] | tuple[str, ...]]], where: str
    ) -> Phrasebook:
        """A copy with some keys reworded; unknown keys and placeholders are reported with `where`."""
        merged = dict(self.forms_by_key)
        for key, value in overrides:
            forms = (value,) if isinstance(value, str) else tuple(value)
            merged[key] = _checked(key, forms, where)
        return Phrasebook(MappingProxyType(merged))


def _checked(key: str, forms: tuple[str, ...], where: str) -> tuple[str, ...]:
    if key not in PLACEHOLDERS:
        import difflib

        close = difflib.get_close_matches(key, list(PLACEHOLDERS), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise PhraseError(f"{where}: phrases: unknown phrase key {key!r}{hint}; see docs/phrasebook.md")
    if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
        raise PhraseError(f"{where}: phrases.{key}: expected a non-empty wording or a list of them")
    for form in forms:
        at = first_control(form)
        if at is not None:
            raise PhraseError(f"{where}: phrases.{key}: found the control character {describe(form[at])}, "
                              "allowed: text without control characters")
        fault = placeholder_fault(form, PLACEHOLDERS[key])
        if fault is None:
            continue
        kind, detail = fault
        can = offered(PLACEHOLDERS[key])
        if kind == "braces":
            raise PhraseError(f"{where}: phrases.{key}: broken braces in {form!r} ({detail})")
        if kind == "unknown":
            raise PhraseError(f"{where}: phrases.{key}: unknown placeholder {detail}; this phrase may use {can}")
        raise PhraseError(f"{where}: phrases.{key}: found {_shown(detail)}; only plain placeholders are allowed "
                          f"({can}), without : or !")
    return forms


@cache
def english() -> Phrasebook:
    """The built-in English phrasebook."""
    text = resources.files("voiceroutine.timeline").joinpath("phrases/en.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    forms = {key: _checked(key, (v,) if isinstance(v, str) else tuple(v), "phrases/en.yaml") for key, v in raw.items()}
    missing = sorted(set(PLACEHOLDERS) - set(forms))
    if missing:
        raise PhraseError(f"phrases/en.yaml: missing phrase keys: {', '.join(missing)}")
    return Phrasebook(MappingProxyType(forms))
