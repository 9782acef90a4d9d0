"""docs/benchmarks.md is rebuilt from docs/benchmarks/AREA.md by scripts/bench: results written only into the page
would be lost at the next rebuild (three sections of first-run results once were)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> Any:
    """The module of scripts/NAME.py (the scripts are no package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page_of(root: Path) -> str:
    page: str = _script("benchmarks_page").page(root)
    return page


def test_the_benchmarks_page_is_what_its_areas_rebuild() -> None:
    assert (ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8") == _page_of(ROOT), (
        "docs/benchmarks.md differs from docs/benchmarks/*.md: write results in the area's file, then run "
        "python scripts/benchmarks_page.py")


def test_the_page_takes_every_area_in_order(tmp_path: Path) -> None:
    areas = tmp_path / "docs" / "benchmarks"
    areas.mkdir(parents=True)
    (areas / "b.md").write_text("## B\n", encoding="utf-8")
    (areas / "a.md").write_text("## A\n", encoding="utf-8")
    page = _page_of(tmp_path)
    assert page.endswith("\n## A\n\n## B\n") and page.startswith("# Benchmarks\n")


def test_a_new_intelligibility_run_keeps_the_page_it_replaces_below_it(tmp_path: Path) -> None:
    # the script once rewrote its page whole, and a week of earlier runs and their reading was lost
    earlier = _script("bench_intelligibility")._earlier
    page = tmp_path / "intelligibility.md"
    assert earlier(page) == ""
    page.write_text("## Intelligibility\n\nCommand: x\n\n| 1 | 2.2 % |\n\nReading it: fine.\n\n"
                    "### Earlier: the run before this one\n\n| 1 | 1.6 % |\n", encoding="utf-8")
    assert earlier(page) == ("\n### Earlier: the run before this one\n\nCommand: x\n\n| 1 | 2.2 % |\n\n"
                             "Reading it: fine.\n\n### Earlier: the run before this one\n\n| 1 | 1.6 % |\n")
