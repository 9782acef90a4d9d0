"""The JSON Schema agrees with the loader: built-ins pass, broken files fail, duration patterns match units.py."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from voiceroutine.routine.builtin import builtin_names, builtin_path
from voiceroutine.routine.schema import COUNT_PATTERN, DURATION_PATTERN, SINGLE_DURATION_PATTERN, routine_schema

from .test_broken import BROKEN
from .test_units import DURATION_SYNTAX

VALIDATOR = Draft202012Validator(routine_schema())

ONLY_THE_LOADER_SEES = {
    "duplicate-key",  # YAML parsers keep the last value silently
    "four-hour-routine",  # a sum over the whole routine
    "phases-longer-than-flow",  # a sum compared with a range
    "reversed-range",  # a regex cannot compare the two ends
    "ten-hour-hold",  # limits of written durations need arithmetic
    "long-flow-and-rest",
    "too-many-sets",  # "50 sets" is well formed; the limit needs arithmetic
    "progress-until-hard-without-ranges",  # whether any exercise it grows has a range: a look across the file
}
"""Broken files whose mistake a JSON Schema cannot express."""


def test_the_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(routine_schema())


@pytest.mark.parametrize("name", builtin_names())
def test_every_builtin_passes_the_schema(name: str) -> None:
    path = builtin_path(name)
    assert path is not None
    errors = [e.message for e in VALIDATOR.iter_errors(yaml.safe_load(path.read_text()))]
    assert errors == []


def _parsed(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_bytes())
    except yaml.YAMLError:
        return None  # the loader reports these as YAML syntax errors


SCHEMA_VISIBLE = [p for p in BROKEN if p.stem not in ONLY_THE_LOADER_SEES and _parsed(p) is not None]


def test_most_broken_files_are_schema_visible() -> None:
    assert len(SCHEMA_VISIBLE) >= 20


@pytest.mark.parametrize("path", SCHEMA_VISIBLE, ids=[p.stem for p in SCHEMA_VISIBLE])
def test_broken_files_fail_the_schema_too(path: Path) -> None:
    assert not VALIDATOR.is_valid(_parsed(path))


def test_schema_blind_spots_are_still_valid_yaml() -> None:
    # keep the skip list honest: each name is a real broken file the schema really lets through
    names = {p.stem: p for p in BROKEN}
    for stem in ONLY_THE_LOADER_SEES:
        data = _parsed(names[stem])
        assert data is not None and VALIDATOR.is_valid(data), stem


GOOD_DURATIONS = ["5", "5 s", "5s", "5 Seconds", "90s", "1 min", "1.5 min", ".5 min", "1 min 30 s", "1min30s",
                  "1 minute and 30 seconds", "1:30", "1:00:00", "1-2 minutes", "1 – 2 min", "45 s - 1 min",
                  "45 seconds to 1 minute", "20-30s", "1:00-1:30", "1 h"]  # fmt: skip
BAD_DURATIONS = ["", "abc", "five seconds", "5 s.", "1-2-3 min", "5 -", "1:75", "5 parsecs", "5 ms", "1 min 30",
                 "-5", "-5 s", "+5 s", "30 1 min"]  # fmt: skip


@pytest.mark.parametrize("text", GOOD_DURATIONS)
def test_duration_pattern_accepts_what_the_loader_reads(text: str) -> None:
    assert re.search(DURATION_PATTERN, text)


@pytest.mark.parametrize("text", BAD_DURATIONS)
def test_duration_pattern_rejects_what_the_loader_cannot_read(text: str) -> None:
    assert not re.search(DURATION_PATTERN, text)


def test_single_duration_pattern_has_no_ranges() -> None:
    assert re.search(SINGLE_DURATION_PATTERN, "1 min 30 s")
    assert not re.search(SINGLE_DURATION_PATTERN, "1-2 min")


@pytest.mark.parametrize(("text", "ok"), [("10", True), ("8-12", True), ("8 to 12", True), ("10 reps", True),
                                          ("3 sets", True), ("10x", True), ("8.5", False), ("lots", False),
                                          ("-3", False), ("8 reps - 12", False)])  # fmt: skip
def test_count_pattern(text: str, ok: bool) -> None:
    assert bool(re.search(COUNT_PATTERN, text)) is ok


def test_duration_examples_in_messages_are_all_readable() -> None:
    examples = DURATION_SYNTAX.removeprefix("expected a duration like ").replace("or a range like ", "")
    for example in examples.split(", "):
        assert re.search(DURATION_PATTERN, example), example
