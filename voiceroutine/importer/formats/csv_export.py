"""A workout app's CSV export (one row a set, or one row an exercise), read with the standard `csv` module.

Apps that log workouts export them as CSV: a header row naming the columns, then rows. The columns come in any
order and many wordings ("exercise_title", "Exercise Name", "Movement"; "reps", "Repetitions"; "duration_seconds",
"Time (s)"; "Sets"; "Side"), and most of them are no dose (start and end times, weights, distances, RPE). The
article read is a heading (the workout's title, when a column gives one), its description, then one line an
exercise in the words the rest of the importer reads: "Name: 3 sets of 8 reps", "Name: 3 sets, hold 45 seconds".

One row a set: consecutive rows of one exercise are its sets; warm-up rows (a set-type column saying "warmup")
are left out; the reps are the ones most sets have (a last set that fell one short does not change the routine),
and when no count is most common the line says each set's count ("10/8/6 reps"), which the importer flags. A
"sets" column, when there is one, is the number of sets itself. A side column ("each", "per side", "L/R",
"yes") or a note saying "per leg" / "each side" makes the exercise two-sided. Anything that is not such a table
(fewer than two columns, no exercise column, no reps, sets or time column, ragged rows) is left to the rest of
the importer."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable

_NAME = re.compile(r"^(exercise|movement)([ _-]?(title|name))?$|^(exercise|movement)s?$|^name$", re.I)
_TITLE = re.compile(r"^(workout|routine|session)?[ _-]?(title|name)$|^(workout|routine|session)$", re.I)
_DESCRIPTION = re.compile(r"^(workout[ _-]?)?description$|^workout[ _-]?notes?$", re.I)
_NOTES = re.compile(r"^((exercise|set)[ _-]?)?notes?$", re.I)
_SETS = re.compile(r"^(sets|number[ _-]of[ _-]sets|set[ _-]?count)$", re.I)
_REPS = re.compile(r"^(reps|repetitions|rep[ _-]?count|reps[ _-]?per[ _-]?set)$", re.I)
_SECONDS = re.compile(r"^(duration|time|hold)?[ _-]?(seconds|secs?|\(s\)|\(secs?\))$|^(duration|hold)$", re.I)
_SIDE = re.compile(r"^(side|sides|per[ _-]side|each[ _-]side|unilateral)$", re.I)
_SET_TYPE = re.compile(r"^set[ _-]?type$", re.I)
_TWO_SIDED = re.compile(r"^(each|both|per[ _-]?side|each[ _-]side|l\s*/\s*r|left\s*/\s*right|left and right|"
                        r"yes|true|y|1|alternating)$", re.I)
_SIDED_NOTE = re.compile(r"\b(per|each|a)\s+(leg|side|arm)\b", re.I)
_WARM_UP = re.compile(r"^warm[ _-]?up$", re.I)


def csv_export(text: str) -> str | None:
    """The routine in a CSV export as a plain-text article; None when the text is no such table."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 or ("," not in lines[0] and ";" not in lines[0] and "\t" not in lines[0]):
        return None
    try:
        dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
        rows = list(csv.reader(io.StringIO("\n".join(lines)), dialect))
    except csv.Error:
        return None
    header = [cell.strip() for cell in rows[0]]
    if len(header) < 2 or any(len(row) != len(header) for row in rows[1:]):
        return None
    column = _columns(header)
    if "name" not in column or not {"sets", "reps", "seconds"} & set(column):
        return None

    def cell(row: list[str], key: str) -> str:
        return row[column[key]].strip() if key in column else ""

    title = next((cell(row, "title") for row in rows[1:] if cell(row, "title")), "")
    description = next((cell(row, "description") for row in rows[1:] if cell(row, "description")), "")
    groups: list[tuple[str, list[list[str]]]] = []
    for row in rows[1:]:
        name = cell(row, "name")
        if not name or _WARM_UP.match(cell(row, "set_type")):
            continue
        if groups and groups[-1][0] == name:
            groups[-1][1].append(row)
        else:
            groups.append((name, [row]))
    if not groups:
        return None
    items = "\n".join(f"- {name}: {_dose(sets, cell)}" for name, sets in groups)
    return "\n\n".join([part for part in (title, description) if part] + [items]) + "\n"


def _columns(header: list[str]) -> dict[str, int]:
    """Which column holds what, by its header's words (the first column of each kind)."""
    kinds = (("name", _NAME), ("title", _TITLE), ("description", _DESCRIPTION), ("notes", _NOTES),
             ("sets", _SETS), ("reps", _REPS), ("seconds", _SECONDS), ("side", _SIDE), ("set_type", _SET_TYPE))
    column: dict[str, int] = {}
    for index, name in enumerate(header):
        for kind, pattern in kinds:
            if kind not in column and pattern.match(name):
                column[kind] = index
                break
    return column


def _count(values: list[str]) -> str | None:
    """The count most rows give ("8" for 8, 8, 7), each row's count joined by "/" when none is most common, or
    None when no row gives one."""
    numbers = [value for value in values if re.fullmatch(r"\d+(\.0+)?", value)]
    numbers = [str(int(float(value))) for value in numbers]
    if not numbers:
        return None
    ranked = Counter(numbers).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return "/".join(numbers)
    return ranked[0][0]


def _dose(rows: list[list[str]], cell: Callable[[list[str], str], str]) -> str:
    """One exercise's dose in words: "3 sets of 8 reps each side", "3 sets, hold 45 seconds"."""
    given_sets = _count([cell(row, "sets") for row in rows])
    sets = given_sets if given_sets and "/" not in given_sets else str(len(rows))
    reps = _count([cell(row, "reps") for row in rows])
    seconds = _count([cell(row, "seconds") for row in rows])
    sided = any(_TWO_SIDED.match(cell(row, "side")) or _SIDED_NOTE.search(cell(row, "notes")) for row in rows)
    side = " each side" if sided else ""
    count = f"{sets} sets" if sets != "1" else "1 set"
    if reps:
        return f"{count} of {reps} reps{side}"
    if seconds:
        return f"{count}, hold {seconds} seconds{side}"
    return count
