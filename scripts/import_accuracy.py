"""Import every article in a folder and report, per field, how often the result matches the expected routine.

Usage: .venv/bin/python scripts/import_accuracy.py [FOLDER ...] [--details]
Each article (NAME.txt, NAME.md, NAME.html) sits beside NAME.expected.yaml, the routine a person would write.
Default folder: tests/importer/articles.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voiceroutine.errors import ArticleError  # noqa: E402
from voiceroutine.importer import import_article  # noqa: E402
from voiceroutine.importer.accuracy import DOSE_FIELDS, OTHER_FIELDS, Check, compare  # noqa: E402
from voiceroutine.importer.files import decode  # noqa: E402

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES and expected_path(p).exists())


def expected_path(article: Path) -> Path:
    return article.with_name(article.stem + ".expected.yaml")


def run(folder: Path, details: bool) -> list[Check]:
    fields = ("found", *DOSE_FIELDS, *OTHER_FIELDS)
    header = ["article", "exercises", "extra", *fields[1:]]
    print(f"### {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    every: list[Check] = []
    for article in articles(folder):
        expected = expected_path(article).read_text(encoding="utf-8")
        try:
            actual = import_article(decode(article.read_bytes()), article.name).yaml_text
        except ArticleError:
            actual = "exercises: []\n"
        checks, extra = compare(expected, actual)
        every.extend(checks)
        cells = [article.name, _ratio(checks, "found"), str(extra)] + [_ratio(checks, field) for field in fields[1:]]
        print("| " + " | ".join(cells) + " |")
        if details:
            for check in checks:
                if not check.ok:
                    print(f"|   | {check.exercise}: {check.field} expected {check.expected!r}, got {check.actual!r} |",
                          file=sys.stderr)
    print("| **all** | " + _ratio(every, "found") + " |   | " + " | ".join(_ratio(every, f) for f in fields[1:]) + " |")
    dose = [check for check in every if check.field in DOSE_FIELDS]
    right = sum(check.ok for check in dose)
    print(f"\nExercises found: {_ratio(every, 'found')}; dose fields (reps, hold, duration, sets, sides) right: "
          f"{right}/{len(dose)} = {100 * right / max(1, len(dose)):.1f}%\n")
    return every


def _ratio(checks: list[Check], field: str) -> str:
    chosen = [check for check in checks if check.field == field]
    return f"{sum(check.ok for check in chosen)}/{len(chosen)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "importer" / "articles"])
    parser.add_argument("--details", action="store_true", help="List every wrong field on standard error.")
    args = parser.parse_args()
    for folder in args.folders:
        run(folder.resolve(), args.details)


if __name__ == "__main__":
    main()
