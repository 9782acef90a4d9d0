"""A dose-first line right under a numbered exercise ("1. Bird dog" then "10 each side, slowly") is that exercise's
dose: never a part of its name, a new exercise, or lost."""

from __future__ import annotations

import pytest
import yaml

from voiceroutine.importer import import_article
from voiceroutine.routine.loader import load_routine_text

INDENTED_TEXT = """Back care

1. Bird dog
   10 each side, slowly
2. Cat-cow
   x8, slowly
3. Glute bridge
   2 x 12, squeeze at the top
4. Dead bug
   5 per side, breathe out as you lower
"""

INDENTED_MARKDOWN = """# Back care

1. Bird dog
   10 each side, slowly

2. Cat-cow
   8 times, slowly

3. Glute bridge
   12, squeeze at the top
"""

FLUSH_MARKDOWN = """# Back care

1. Bird dog
10 each side, slowly
2. Cat-cow
8 times, slowly
3. Glute bridge
12, squeeze at the top
"""

HTML = ("<html><body><h1>Back care</h1><ol><li>Bird dog<br>10 each side, slowly</li><li>Cat-cow<br>8 times, slowly"
        "</li><li>Glute bridge<br>12, squeeze at the top</li></ol></body></html>")


def _read(text: str, source: str) -> tuple[list[dict[str, object]], str]:
    result = import_article(text, source)
    load_routine_text(result.yaml_text, source)
    return yaml.safe_load(result.yaml_text)["exercises"], result.yaml_text


@pytest.mark.parametrize(("text", "source"), [(INDENTED_TEXT, "a.txt"), (INDENTED_MARKDOWN, "a.md"),
                                              (FLUSH_MARKDOWN, "a.md"), (HTML, "a.html")])
def test_the_line_under_each_name_is_its_dose(text: str, source: str) -> None:
    got, _ = _read(text, source)
    names = [exercise["name"] for exercise in got]
    assert names[:3] == ["Bird dog", "Cat-cow", "Glute bridge"]
    assert (got[0]["reps"], got[0]["sides"]) == (10, ["left", "right"])
    assert got[1]["reps"] == 8
    assert got[2]["reps"] == 12


def test_sets_times_reps_and_per_side_lines_under_names_in_plain_text() -> None:
    got, _ = _read(INDENTED_TEXT, "a.txt")
    assert (got[2]["sets"], got[2]["reps"]) == (2, 12)
    assert (got[3]["name"], got[3]["reps"], got[3]["sides"]) == ("Dead bug", 5, ["left", "right"])


def test_a_number_alone_under_a_name_is_its_reps_marked_inferred() -> None:
    _, text = _read(INDENTED_MARKDOWN, "a.md")
    assert "reps: 12  # inferred:" in text
