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
from voiceroutine.importer import ImportResult, import_article  # noqa: E402
from voiceroutine.importer.accuracy import DOSE_FIELDS, OTHER_FIELDS, Check, compare  # noqa: E402
from voiceroutine.importer.files import decode  # noqa: E402

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES and expected_path(p).exists())


def expected_path(article: Path) -> Path:
    return article.with_name(article.stem + ".expected.yaml")


def run(folder: Path, details: bool) -> tuple[list[Check], int, tuple[int, int]]:
    fields = ("found", *DOSE_FIELDS, *OTHER_FIELDS)
    header = ["article", "exercises", "extra", *fields[1:]]
    print(f"### {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    every: list[Check] = []
    silent: list[str] = []
    alarms: list[str] = []
    right = 0
    for article in articles(folder):
        expected = expected_path(article).read_text(encoding="utf-8")
        try:
            result = import_article(decode(article.read_bytes()), article.name)
            actual = result.yaml_text
        except ArticleError:
            result, actual = None, "exercises: []\n"
        checks, extra = compare(expected, actual)
        every.extend(checks)
        silent.extend(f"{article.name}: {name}" for name in _silent(checks, result))
        mine, warned = false_alarms(checks, result)
        right += mine
        alarms.extend(f"{article.name}: {name}" for name in warned)
        cells = [article.name, _ratio(checks, "found"), str(extra)] + [_ratio(checks, field) for field in fields[1:]]
        print("| " + " | ".join(cells) + " |")
        if details:
            for check in checks:
                if not check.ok:
                    print(f"|   | {check.exercise}: {check.field} expected {check.expected!r}, got {check.actual!r} |",
                          file=sys.stderr)
    print("| **all** | " + _ratio(every, "found") + " |   | " + " | ".join(_ratio(every, f) for f in fields[1:]) + " |")
    print(f"\n{_summary(every, len(silent))}\n{_alarms_line(len(alarms), right)}\n")
    if details:
        for line in silent:
            print(f"silent: {line}", file=sys.stderr)
        for line in alarms:
            print(f"warned though right: {line}", file=sys.stderr)
    return every, len(silent), (len(alarms), right)


def _summary(checks: list[Check], silent: int) -> str:
    dose = [check for check in checks if check.field in DOSE_FIELDS]
    right = sum(check.ok for check in dose)
    named = [check for check in checks if check.field in (*DOSE_FIELDS, "name")]
    named_right = sum(check.ok for check in named)
    return (f"Exercises found: {_ratio(checks, 'found')}; dose fields (reps, hold, duration, sets, sides) right: "
            f"{right}/{len(dose)} = {100 * right / max(1, len(dose)):.1f}%; with names: {named_right}/{len(named)} = "
            f"{100 * named_right / max(1, len(named)):.1f}%; wrong or missed without a warning: {silent} exercises")


def _silent(checks: list[Check], result: ImportResult | None) -> list[str]:
    """Expected exercises whose import is wrong (or missing) with no warning that says so: on the exercise it was
    matched with, or, for one not found at all, a warning about the whole import (text that was skipped)."""
    if result is None:
        return []  # nothing imported: the command says so and exits 2
    warned = {exercise.name for exercise in result.exercises if exercise.warnings}
    overall = bool(getattr(result, "routine_warnings", ()))
    names: list[str] = []
    for name in dict.fromkeys(check.exercise for check in checks):
        mine = [check for check in checks if check.exercise == name and check.field in ("found", *DOSE_FIELDS)]
        if all(check.ok for check in mine):
            continue
        imported = mine[0].imported
        if (imported is None and not overall) or (imported is not None and imported not in warned):
            names.append(name)
    return names


def false_alarms(checks: list[Check], result: ImportResult | None) -> tuple[int, list[str]]:
    """How many expected exercises were imported right (found, every dose field and the name), and which of them
    carry a warning all the same: the false alarms, the price of the warnings that catch the silent ones."""
    if result is None:
        return 0, []
    warned = {exercise.name for exercise in result.exercises if exercise.warnings}
    right: list[str] = []
    alarms: list[str] = []
    for name in dict.fromkeys(check.exercise for check in checks):
        mine = [check for check in checks if check.exercise == name and check.field in ("found", *DOSE_FIELDS, "name")]
        if not all(check.ok for check in mine):
            continue
        right.append(name)
        if mine[0].imported in warned:
            alarms.append(name)
    return len(right), alarms


def _alarms_line(alarms: int, right: int) -> str:
    return f"Warned though right: {alarms} of {right} exercises imported right"


def _ratio(checks: list[Check], field: str) -> str:
    chosen = [check for check in checks if check.field == field]
    return f"{sum(check.ok for check in chosen)}/{len(chosen)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "importer" / "articles"])
    parser.add_argument("--details", action="store_true", help="List every wrong field on standard error.")
    args = parser.parse_args()
    total: list[Check] = []
    silent = alarms = right = 0
    for folder in args.folders:
        checks, quiet, (warned, fine) = run(folder.resolve(), args.details)
        total += checks
        silent += quiet
        alarms += warned
        right += fine
    if len(args.folders) > 1:
        print(f"### All {len(args.folders)} folders\n\n{_summary(total, silent)}\n{_alarms_line(alarms, right)}")


if __name__ == "__main__":
    main()
