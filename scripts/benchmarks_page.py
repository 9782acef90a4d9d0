"""docs/benchmarks.md is built from docs/benchmarks/AREA.md, one per benchmark area: `scripts/bench` rebuilds it
(`python scripts/benchmarks_page.py` alone does only that), and tests/install/test_benchmarks_page.py fails when
the page was edited by hand, since the next rebuild would drop what was written only there."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAD = ("# Benchmarks\n\nEvery number here comes from a command in this repository; each section names it.\n"
        "`scripts/bench` runs them all (`scripts/bench speech` runs one area) and rebuilds this page from\n"
        "`docs/benchmarks/AREA.md`. Speeds are ratios against a baseline measured in the same run.\n")


def page(root: Path = ROOT) -> str:
    """The page the areas' results make, in the areas' alphabetical order."""
    parts = sorted((root / "docs" / "benchmarks").glob("*.md"))
    return HEAD + "".join("\n" + part.read_text(encoding="utf-8") for part in parts)


if __name__ == "__main__":
    (ROOT / "docs" / "benchmarks.md").write_text(page(), encoding="utf-8")
