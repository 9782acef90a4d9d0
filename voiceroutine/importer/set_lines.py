"""An app's set-by-set lines: "Set 1/3 · 10 reps", "Set 2/3 · 10 reps", "Set 3/3 · 10 reps" under a move, and the
"Rest 01:30" line after them.

A workout app shares each set as a line of its own; read one by one they are three doses of one exercise (the
first used, with a warning about the others). Numbered 1 to N of N, they are N sets of that dose, and a rest line
right after them is the rest between those sets.

A lifting log's share text numbers its sets without the total ("Set 1: 60 kg x 8" ... "Set 4: 60 kg x 8", then
"Rest timer: 2min"): numbered 1, 2, 3 ... in a row, they are as many sets, the load left out ("x 8" is 8 reps). Its
"Warm-up set: 15 reps" lines, one a set, count as sets when they are all the move has, and are left out before
numbered sets."""

from __future__ import annotations

import re

from voiceroutine.importer.loads import WEIGHT_UNIT

_SET_LINE = re.compile(r"^(?P<indent>\s*)(?:[-*•]\s+)?set\s+(?P<i>\d{1,2})\s*(?:/|of)\s*(?P<n>\d{1,2})\s*"
                       r"[·•:,|–—-]?\s*(?P<dose>\S.*?)\s*$", re.I)
"""One set's line: "Set 2/3 · 10 reps", "Set 1 of 2: 30 s"."""
_REST_LINE = re.compile(r"^\s*(?:[-*•]\s+)?rest(?:\s+timer)?\s*:?\s*(?P<time>\d+\s*(?:s|secs?|seconds?|mins?|minutes?)"
                        r"(?:\s*\d+\s*(?:s|secs?|seconds?))?)\s*$", re.I)
"""A rest on a line of its own after the sets: "⏸ Rest 01:30" (its emoji a bullet and its clock time "90 s" by
now), "Rest: 60 s"."""
_REPS = re.compile(r"^(?P<n>\d{1,3})\s*(?P<unit>reps?)(?P<rest>.*)$", re.I)
_LOGGED_SET = re.compile(r"^(?P<indent>\s*)(?:[-*•]\s+)?set\s+(?P<i>\d{1,2})\s*:\s*(?P<dose>\S.*?)\s*$", re.I)
"""A logged set, numbered without the total: "Set 2: 60 kg x 8", "Set 1: 45s"."""
_WARM_UP_SET = re.compile(r"^(?P<indent>\s*)(?:[-*•]\s+)?warm[- ]?up\s+set\s*:\s*(?P<dose>\S.*?)\s*$", re.I)
_LOAD_TIMES = re.compile(rf"^(?:[1-4]\s*[x×]\s*)?\d+(?:\.\d+)?\s*{WEIGHT_UNIT}\s*[x×]\s*(?P<n>\d{{1,3}})\b", re.I)
"""A load lifted a number of times: "60 kg x 8" is 8 reps (of 60 kg), and "2 x 14 kg x 12" is 12 reps with a pair
of 14 kg dumbbells."""


def set_lines(text: str) -> str:
    """Each run of "Set 1/N · dose" ... "Set N/N · dose" lines as one line "N sets of dose" in the first one's place
    (so a name above it takes it as its dose), with ", rest 90 s between sets" from a rest line right after it."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        run = _run(lines, index) or _logged_run(lines, index)
        if run is None:
            out.append(lines[index])
            index += 1
            continue
        end, line = run
        if end < len(lines) and (rest := _REST_LINE.match(lines[end])):
            line += f", rest {rest['time']} between sets"
            end += 1
        out.append(line)
        index = end
    return "\n".join(out)


def _run(lines: list[str], start: int) -> tuple[int, str] | None:
    """The end of the run of set lines starting at `start` and the line that stands for them; None when there is no
    whole run (1 to N of N, N at least 2) there."""
    first = _SET_LINE.match(lines[start])
    if first is None or first["i"] != "1":
        return None
    total = int(first["n"])
    if not 2 <= total <= 10 or start + total > len(lines):
        return None
    doses: list[str] = []
    for number in range(1, total + 1):
        m = _SET_LINE.match(lines[start + number - 1])
        if m is None or int(m["i"]) != number or int(m["n"]) != total:
            return None
        doses.append(m["dose"])
    return start + total, f"{first['indent']}{total} sets of {_one_dose(doses)}"


def _logged_run(lines: list[str], start: int) -> tuple[int, str] | None:
    """The end of a log's sets starting at `start` ("Warm-up set: ..." lines, then "Set 1: ..." ... "Set N: ...")
    and the line that stands for them; None when no such sets start there."""
    end = start
    while end < len(lines) and _WARM_UP_SET.match(lines[end]):
        end += 1
    warm_ups = [m["dose"] for line in lines[start:end] if (m := _WARM_UP_SET.match(line))]
    doses: list[str] = []
    while end < len(lines) and (m := _LOGGED_SET.match(lines[end])) and int(m["i"]) == len(doses) + 1:
        doses.append(m["dose"])
        end += 1
    counted = doses or warm_ups
    if not counted or (len(counted) == 1 and not doses):
        return None
    indent = re.match(r"\s*", lines[start])
    dose = _one_dose([_logged(d) for d in counted])
    return end, (indent.group(0) if indent else "") + (f"{len(counted)} sets of {dose}" if len(counted) > 1 else dose)


def _logged(dose: str) -> str:
    """A logged set's dose without its load and marks: "60 kg x 8 🏆" -> "8 reps"."""
    dose = re.sub(r"[^\w)]+$", "", dose)
    m = _LOAD_TIMES.match(dose)
    return f"{m['n']} reps" if m else dose


def _one_dose(doses: list[str]) -> str:
    """The sets' dose: the same on each, else a range of reps ("12 reps", "10 reps", "8 reps" -> "8-12 reps"), else
    every one of them (which the dose reader then warns about)."""
    if len(set(doses)) == 1:
        return doses[0]
    reps = [_REPS.match(dose) for dose in doses]
    if all(reps) and len({m["rest"].strip() for m in reps if m}) == 1:
        counts = [int(m["n"]) for m in reps if m]
        tail = reps[0]["rest"] if reps[0] else ""
        return f"{min(counts)}-{max(counts)} reps{tail}"
    return ", ".join(doses)
