"""docs/routine-format.md tells the truth: its examples load and pass the schema, its error output is real."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.routine.schema import routine_schema

DOC = Path(__file__).parents[2] / "docs" / "routine-format.md"
BLOCK = re.compile(r"(?:<!-- broken: (?P<broken>\S+) -->\n)?```(?P<lang>\w+)\n(?P<body>.*?)```", re.S)
BLOCKS = list(BLOCK.finditer(DOC.read_text(encoding="utf-8")))
GOOD = [m["body"] for m in BLOCKS if m["lang"] == "yaml" and not m["broken"]]


def as_routine(body: str) -> str:
    """A whole routine: the block itself, or a snippet put into one (with an exercise after a manual step)."""
    if body.startswith("title:"):
        return body
    return "title: Snippet\nexercises:\n" + textwrap.indent(body, "  ") + "  - name: Reach\n    hold: 5\n"


def test_the_doc_has_examples() -> None:
    assert len(GOOD) >= 8


@pytest.mark.parametrize("body", GOOD, ids=[f"example{i}" for i in range(len(GOOD))])
def test_every_example_loads_and_passes_the_schema(body: str) -> None:
    text = as_routine(body)
    assert load_routine_text(text, "example.yaml").exercises
    assert list(Draft202012Validator(routine_schema()).iter_errors(yaml.safe_load(text))) == []


def test_the_error_example_is_what_validate_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (broken,) = [m for m in BLOCKS if m["broken"]]
    output = BLOCKS[BLOCKS.index(broken) + 1]
    assert output["lang"] == "text"
    monkeypatch.chdir(tmp_path)
    Path(broken["broken"]).write_text(broken["body"], encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", broken["broken"]])
    assert result.exit_code == 2
    assert result.stderr == output["body"]
