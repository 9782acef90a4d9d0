"""Issue 17, item 11: fuzzed routines through every stage a user reaches: the loader, the phrasebook (phrase
overrides filled in), the timeline builder (`validate`, `show`) and the exporter (`export` with the fake engine
and the real ffmpeg). The project's user-error type is the only failure allowed: a command exits 0, 1 or 2 with
one-line messages, never with another exception. Integers are not capped (5,000 digits included).

The normal run keeps it small (60 routines loaded and shown, 6 exported); `FUZZ_EXAMPLES=2000 pytest
tests/reliability/test_fuzz_end_to_end.py` runs it long (as tests/routine/test_fuzz.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.errors import VoiceroutineError
from voiceroutine.routine import fields
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.speech import select
from voiceroutine.testing import FakeEngine
from voiceroutine.timeline.phrasebook import PLACEHOLDERS

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]}
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0")) or None
LOAD = settings(max_examples=EXAMPLES or 60, **_COMMON)  # type: ignore[arg-type]
EXPORT = settings(max_examples=EXAMPLES or 6, **_COMMON)  # type: ignore[arg-type]

class Big(str):
    """An integer too long for str(int) (Python refuses past 4,300 digits), written into the YAML as a plain int."""


yaml.SafeDumper.add_representer(Big, lambda dumper, big: dumper.represent_scalar("tag:yaml.org,2002:int", big))
HUGE = "9" * 5000
KEYS = sorted({*fields.EXERCISE_KEYS, "wait", "pause", "say"})
PLACEHOLDER_NAMES = sorted({name for names in PLACEHOLDERS.values() for name in names})

integers = st.integers() | st.sampled_from([Big(HUGE), Big("-" + HUGE), 2**63, 0, 1, 499, 500, 501])
durations = st.sampled_from(["5 s", "1-2 minutes", "20-30s", "1:30", "0", "-3 s", "45 s - 1 min", "0.001 s",
                             "30 min", "31 min", f"{HUGE} s", "1.5e3 s", "∞ s", "5 ss"])
counts = st.sampled_from(["8-12", "12-8", "10 reps", "3 sets", "0", f"1-{HUGE}", "three", "6 breaths"])
texts = st.text(max_size=20) | st.sampled_from(
    ["Chin tuck", "\x1b]0;PWNED\x07", "a\x00b", "ends in \\", "{name}", "{{", "}", "x" * 600, "🧘" * 70, " ", ""])
phrase_texts = st.lists(
    st.sampled_from([*(f"{{{name}}}" for name in PLACEHOLDER_NAMES), "{name:>50}", "{name!r}", "{0}", "{}",
                     "{name.upper}", "{name[0]}", "{{", "}}", "{", "}", "words ", "\x07"]), max_size=8,
).map("".join)
scalars = st.one_of(st.none(), st.booleans(), integers, st.floats(allow_nan=True, allow_infinity=True), durations,
                    counts, texts)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(KEYS) | st.text(max_size=4), inner, max_size=4), max_leaves=12)
exercises = st.fixed_dictionaries(
    {"name": texts},
    optional={"reps": integers | counts, "hold": durations | integers, "sets": integers | counts,
              "rest": durations, "set_rest": durations, "sides": st.lists(texts, max_size=3) | texts,
              "steps": st.lists(texts, max_size=3), "tempo": values, "flow": values, "level": texts,
              **{key: values for key in ("progress", "breath", "switch", "lead_in")}})
routines = st.fixed_dictionaries(
    {"title": texts, "exercises": st.lists(exercises | st.dictionaries(st.sampled_from(KEYS), values, max_size=4),
                                           max_size=3)},
    optional={"defaults": st.dictionaries(st.sampled_from(fields.DEFAULTS_KEYS), scalars, max_size=4),
              "phrases": st.dictionaries(st.sampled_from(sorted(PLACEHOLDERS)), phrase_texts, max_size=4),
              "engine": texts | st.sampled_from(["auto", "espeak", "bogus"]), "language": texts,
              "intro": texts, "closing": texts, "lead_in": durations},
)


names = st.text(st.characters(codec="utf-8", categories=["L", "N", "Zs", "So", "P"]), min_size=1, max_size=30)
# routines a loader takes more often than not, for the export: plain names, small doses, overrides that use the
# placeholders their key has, and now and then one value from the fuzz above
plausible_phrases = st.sampled_from(sorted(PLACEHOLDERS)).flatmap(lambda key: st.tuples(
    st.just(key), st.lists(st.sampled_from([*(f"{{{n}}}" for n in sorted(PLACEHOLDERS[key])), "words ", "{{x}} ",
                                            "🧘 "]), min_size=1, max_size=6).map("".join)))
plausible_exercises = st.fixed_dictionaries(
    {"name": names, "reps": st.integers(1, 5) | counts},
    optional={"hold": st.sampled_from(["3 s", "1-2 s", "2 s"]) | durations,
              "sets": st.integers(1, 2), "sides": st.sampled_from([["left", "right"], ["🧘", "x" * 60]]),
              "steps": st.lists(names, max_size=2), "rest": st.sampled_from(["0", "1 s"])})
plausible = st.fixed_dictionaries(
    {"title": names, "exercises": st.lists(plausible_exercises, min_size=1, max_size=2)},
    optional={"phrases": st.lists(plausible_phrases, max_size=3).map(dict), "intro": names, "closing": names,
              "defaults": st.fixed_dictionaries({}, optional={"countdown": st.integers(0, 3) | integers,
                                                              "rest": st.sampled_from(["1 s", "0"])})},
)


def _yaml(routine: dict[str, Any]) -> str:
    return yaml.safe_dump(routine, allow_unicode=True, sort_keys=False)


def _run(*args: str) -> tuple[int, str]:
    done = CliRunner().invoke(app, list(args))
    assert done.exception is None or isinstance(done.exception, SystemExit), repr(done.exception)
    assert done.exit_code in (0, 1, 2), done.output
    assert "Traceback" not in done.output
    return done.exit_code, done.output


@LOAD
@given(routines)
def test_the_loader_and_the_timeline_fail_only_with_the_user_error(routine: dict[str, Any]) -> None:
    text = _yaml(routine)
    try:
        load_routine_text(text, "f.yaml")
    except VoiceroutineError:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.yaml"
        path.write_text(text, encoding="utf-8")
        code, output = _run("validate", str(path))
        assert code in (0, 2), output
        if code == 0:
            _run("show", str(path), "--json")


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")
@EXPORT
@given(plausible | routines)
def test_the_export_fails_only_with_the_user_error(routine: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(select, "choose_engine", lambda *_: FakeEngine())
        path = Path(folder) / "f.yaml"
        path.write_text(_yaml(routine), encoding="utf-8")
        code, output = _run("show", str(path), "--json")
        if code != 0 or '"total_ms": ' not in output:
            return
        total = int(output.split('"total_ms": ')[1].split(",")[0].split("\n")[0])
        if total > 180_000:  # keep the normal run fast: a long routine is rendered like a short one
            return
        out = Path(folder) / "out.wav"
        code, output = _run("export", str(path), "--engine", "fake", "-o", str(out), "--cache-dir",
                            str(Path(folder) / "cache"))
        if code == 0:
            assert out.stat().st_size > 0  # about 4 in 10 of these routines get here
        assert not list(Path(folder).glob(".*.part"))
