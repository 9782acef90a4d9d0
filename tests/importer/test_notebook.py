"""A Jupyter notebook's .ipynb JSON: its markdown cells and the tables its results show, its code and printed
output left out."""

from __future__ import annotations

import json

from tests.importer.helpers import exercises
from voiceroutine.importer.formats.notebook import notebook_text

_TABLE = ('<div><table border="1" class="dataframe"><thead><tr><th></th><th>move</th><th>dose</th></tr></thead>'
          "<tbody><tr><th>0</th><td>Bear crawl</td><td>30 s</td></tr>"
          "<tr><th>1</th><td>Crab walk</td><td>20 s</td></tr></tbody></table></div>")
_NOTEBOOK = json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Tuesday netball warm-up\n", "\n",
                                                             "Logged 42 sessions so far.\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {},
         "source": ["import pandas as pd\n", "print(f\"Players: {17}\")"],
         "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Players: 17\n"]}]},
        {"cell_type": "markdown", "metadata": {},
         "source": ["## Warm-up\n", "\n", "- **Hamstring sweeps**: 10 each leg\n", "- **Ankle hops**: 20 reps\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["moves"],
         "outputs": [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                      "data": {"text/plain": ["  move dose"], "text/html": [_TABLE]}}]},
    ],
    "metadata": {"kernelspec": {"name": "python3"}, "language_info": {"version": "3.12.1"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1)


def test_a_notebook_is_its_markdown_cells_and_shown_tables() -> None:
    markdown = notebook_text(_NOTEBOOK)
    assert markdown is not None
    assert markdown.startswith("# Tuesday netball warm-up\n\nLogged 42 sessions so far.\n\n## Warm-up\n")
    assert "| move | dose |\n|---|---|\n| Bear crawl | 30 s |\n| Crab walk | 20 s |" in markdown
    for gone in ("import pandas", "Players", '"source"', "3.12.1", "| 0 |"):
        assert gone not in markdown


def test_a_notebook_imports_its_routine_and_not_its_code() -> None:
    found = exercises(_NOTEBOOK, "warmup.ipynb")
    assert [(e["name"], e.get("reps"), e.get("duration") or e.get("hold"), e.get("sides")) for e in found] == [
        ("Hamstring sweeps", 10, None, ["left", "right"]),
        ("Ankle hops", 20, None, None),
        ("Bear crawl", None, "30 s", None),
        ("Crab walk", None, "20 s", None),
    ]


def test_other_json_is_no_notebook() -> None:
    assert notebook_text('{"cells": [{"source": "Squats 3x10"}]}') is None
    assert notebook_text('{"metadata": {}, "nbformat": 4}') is None
    assert notebook_text("Squats: 3 x 10\n") is None
