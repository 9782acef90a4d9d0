"""A sports watch's structured workout, its steps copied as an aligned table:

    STEP                    DURATION        INTENSITY TARGET      NOTES
    1   Warm Up             10:00 Time      Heart Rate Zone 2     easy jog
    2   Repeat 4 Times
          2a  Run           0:30 Time       Pace 4:00 /km         hill sprint
          2b  Recover       1:30 Time       No Target             walk down
    3   Other               10 Reps         No Target             lunges, each leg
    4   Cool Down           5:00 Time       No Target

Watch apps (and the web pages that edit their workouts) lay steps out so: a step's kind (Warm Up, Run, Recover,
Rest, Cool Down, Other), its duration as a clock time and the word "Time" or a count and "Reps", a pace or heart-rate
target, and a free note that is where people write what the step is. A "Repeat N Times" step repeats the lettered
steps under it. The columns are found from the header line's words, and the table is written as the Markdown the
importer reads: a step as "- Note – dose" (its kind when it has no note), a repeat as a heading that states its
rounds ("## Repeat (4 rounds)") over its steps, with a Rest step inside it as the rest after each round. The steps
of a moving kind (run, warm up, recover, cool down) are said to be moving, as a watch times them while you move;
an Other step is what its note says. Targets are no dose and are left out."""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*STEP\s{2,}.*\bDURATION\b", re.I)
_REPEAT = re.compile(r"^(?:\d{1,2}[a-z]?\s+)?Repeat\s+(?P<n>\d{1,2})\s*(?:Times|x)?\s*$", re.I)
_STEP = re.compile(r"^(?P<number>\d{1,2})(?P<letter>[a-z])?\s+(?P<kind>[A-Za-z][A-Za-z ]*?)\s*$")
_CLOCK = re.compile(r"^(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2})\s*(?:Time)?$", re.I)
_REPS = re.compile(r"^(?P<n>\d{1,3})\s*Reps?$", re.I)
_MOVING = ("warm up", "warmup", "warm-up", "run", "recover", "recovery", "cool down", "cooldown", "cool-down",
           "walk", "jog", "bike", "ride", "row", "swim")


def _columns(header: str) -> list[int]:
    """Where each header cell starts (cells apart by two or more spaces)."""
    return [m.start() for m in re.finditer(r"(?:(?<=\s\s)|^)\S+(?: \S+)*", header)]


def _cells(line: str, starts: list[int]) -> list[str]:
    ends = [*starts[1:], max(len(line), starts[-1]) + 1]
    return [line[start:end].strip() for start, end in zip(starts, ends, strict=True)]


def _dose(cell: str, moving: bool) -> str | None:
    if m := _CLOCK.match(cell):
        seconds = int(m["h"] or 0) * 3600 + int(m["m"]) * 60 + int(m["s"])
        said = f"{seconds // 60} min" if seconds % 60 == 0 and seconds >= 60 else f"{seconds} s"
        return f"moving for {said}" if moving else said
    if m := _REPS.match(cell):
        return f"{m['n']} reps"
    return None


def _step_line(kind: str, dose: str, note: str) -> str:
    name, _, more = note.partition(",")
    name = name.strip() or kind
    more = more.strip()
    if more and not dose.startswith("moving"):
        dose = f"{dose} {more}"  # "12 Reps" with "step-ups, each leg": 12 reps each leg
    return f"- {name[:1].upper()}{name[1:]} – {dose}"


def workout_steps(text: str) -> str | None:
    """The text with a watch workout's steps table written as Markdown lists under headings; None when it has
    none (no "STEP ... DURATION" header over at least two steps that parse)."""
    lines = text.split("\n")
    at = next((index for index, line in enumerate(lines) if _HEADER.match(line)), None)
    if at is None:
        return None
    starts = _columns(lines[at])
    if len(starts) < 2:
        return None
    note_column = next((i for i, line in enumerate(re.findall(r"\S+(?: \S+)*", lines[at]))
                        if line.lower().startswith("note")), None)
    out: list[str] = []
    group: list[str] | None = None
    group_rounds = 0
    group_rest: str | None = None
    steps = 0
    end = at + 1

    def close() -> None:
        nonlocal group, group_rest
        if group is not None:
            rest = f", {group_rest} rest after each round" if group_rest else ""
            out.extend(["", f"## Repeat ({group_rounds} rounds{rest})", *group])
        group, group_rest = None, None

    for end in range(at + 1, len(lines)):
        line = lines[end]
        if not line.strip():
            break
        cells = _cells(line, starts)
        first = re.sub(r"\s{2,}", " ", line[:starts[1]].strip()) if len(line) > starts[1] else line.strip()
        if (m := _REPEAT.match(first)) is not None:
            close()
            group, group_rounds = [], int(m["n"])
            continue
        step = _STEP.match(first)
        dose = _dose(cells[1], moving=False) if step else None
        if step is None or dose is None:
            return None  # a line no step's: not a steps table after all
        kind = step["kind"].strip()
        note = cells[note_column] if note_column is not None and note_column < len(cells) else ""
        if group is not None and not step["letter"]:
            close()
        if kind.lower() == "rest":
            if group is not None:
                group_rest = dose
            else:
                out.append(f"Rest {dose}.")
            continue
        moving = kind.lower() in _MOVING
        line_out = _step_line(kind, _dose(cells[1], moving) or dose, note)
        if group is not None:
            group.append(line_out)
        else:
            out.extend(["", f"## {kind}", line_out])
        steps += 1
    else:
        end = len(lines)
    close()
    if steps < 2:
        return None
    return "\n".join([*lines[:at], *out, "", *lines[end:]])
