"""A post or a note that lists its exercises one a line without bullets, each line a name, how to do it and its
dose ("Wall push-ups, hands at shoulder height, 2 x 12" over "Chair squats - slowly, 10 reps"). Read as it stands,
the lines are one paragraph, one exercise with every dose in it. Three or more such lines in a row are a list (two
right under a ruled line, as a meeting plan rules off each slot: "-----" over "Star jumps - 20")."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.steps import VERBS

_MARKED = re.compile(r"^\s*(?:[-*+•>|#]|\d{1,2}[.)]|\(\d{1,2}\)|[A-Za-z][.)]\s)")
"""A line that already says what it is: a bullet, a number, a quote, a table row, a heading."""
_AFTER_VERB = frozenset(("it", "this", "that", "them", "the", "your", "a", "an", "for", "on", "with", "up", "down",
                         "back", "each", "both", "and", "to", "in", "out", "over", "slowly", "gently"))
"""Words after a verb that make a line an instruction ("Hold it", "Rest for", "Lie on your back")."""
_DOSE_VERBS = frozenset(("hold", "rest", "repeat", "do", "stay", "keep", "relax", "breathe", "pause", "perform",
                         "complete", "try", "aim", "continue", "wait", "sit", "stand", "lie", "go"))
"""Verbs that, followed by a number, say how long or how often ("Hold 30 seconds"), so the line is an instruction."""
_MIN_LINES = 3
_BARE_COUNT = re.compile(r"\s[-–—]\s*\d{1,3}$")
_MIN_RULED = 2
_RULE = re.compile(r"^\s*([-=_*~])\1{2,}\s*$")
_MAX_CHARS = 200


def _dosed_line(line: str) -> bool:
    """A line that starts with a name (no instruction, no number) and states a dose."""
    text = line.strip()
    first = re.match(r"(?P<word>[A-Za-z][A-Za-z'-]*)\s*(?P<next>[A-Za-z]*)", text)
    if first is None or not text[:1].isupper() or len(text) > _MAX_CHARS or _MARKED.match(line):
        return False
    # "Hold it, 20 seconds" is an instruction; "Step downs off the stair, 2 sets 8" a name
    word = first["word"].lower()
    # "Plank 3x30s" is a name and its dose, "Hold 30 seconds" an instruction
    named_dose = not first["next"] and re.match(r"\s*\d", text[first.end():]) and word not in _DOSE_VERBS
    told = word in VERBS and (not first["next"] or first["next"].lower() in _AFTER_VERB) and not named_dose
    # "Star jumps - 20": a name, a dash and a bare count, as the lines round it give their doses
    return not told and (bool(find_mentions(text)) or _BARE_COUNT.search(text) is not None)


_SEPARATED = re.compile(r"\s[-–—]\s|:\s")
_NAME_COMMA = re.compile(r"^(?P<name>[A-Za-z][A-Za-z' -]{2,60}?),\s+(?P<rest>\S.*)$")


def _named(line: str) -> str:
    """ "Calf stretch against the wall, back leg straight, 30s x3": the words before the first comma are the name,
    written "name – rest" as a list item's name and description are."""
    separated = _SEPARATED.search(line)
    if not (m := _NAME_COMMA.match(line)) or len(m["name"].split()) > 6:
        return line
    if separated and (separated.start() < m.end("name") or len(m["name"].split()) > 4):
        return line
    # "Quad stretch, one hand on the wall - 20 secs a leg": the name before the comma, how and the dose after it
    return f"{m['name']} – {m['rest']}"


def dosed_lines(text: str) -> str:
    """The text with each run of three or more dosed lines (no blank line between) written as list items."""
    lines = text.split("\n")
    dosed = [_dosed_line(line) for line in lines]
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and dosed[end]:
            end += 1
        run = end - index
        # right under a blank line, or under a line that leads in to them ("Original plan:")
        ruled = index > 0 and _RULE.match(lines[index - 1]) is not None
        starts_block = index == 0 or not lines[index - 1].strip() or lines[index - 1].rstrip().endswith(":") or ruled
        ends_block = end == len(lines) or not lines[end].strip() or _RULE.match(lines[end]) is not None
        # right under a rule a meeting plan draws round each slot, two such lines are its list
        if run >= (_MIN_RULED if ruled else _MIN_LINES) and starts_block and ends_block:
            out.extend(f"- {_named(line.strip())}" for line in lines[index:end])
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)
