"""Exercise numbers glued to their names, as an exercise app's printout pastes them when its number badge and the
name are separate boxes ("1Inner Range Quads", "2Straight Leg Raise"): each such line becomes a numbered item
("1. Inner Range Quads"). Only a run that counts up from 1 or 2 is read so, so that "3D scanning" or "5K route"
stays as it is.

A name glued to its first instruction the same way ("1. Calf-StretchSit against a wall ...", "Upper back stretchSeated
or standing, ...") is cut before the instruction's verb: the name stays the item's, the instruction goes on the next
line. Only where a word's small letter runs into a capital that starts a verb of instruction ("Sit", "Stand", "Lie").
"""

from __future__ import annotations

import re

from voiceroutine.importer.steps import VERBS

_GLUED = re.compile(r"^(?P<number>\d{1,2})(?P<name>[A-Z][a-z][^\d.!?:;]{1,50})$")
_MOST_WORDS = 6


def unglued_numbers(text: str) -> str:
    """`text` with each line of a counted run of glued numbers written as a numbered item."""
    lines = text.split("\n")
    glued = [(at, int(m["number"])) for at, line in enumerate(lines)
             if (m := _GLUED.match(line.strip())) and len(m["name"].split()) <= _MOST_WORDS]
    if len(glued) < 2 or glued[0][1] > 2:
        return text
    expected = glued[0][1]
    for at, number in glued:
        if number != expected:
            break
        m = _GLUED.match(lines[at].strip())
        assert m is not None
        lines[at] = f"{number}. {m['name'].strip()}"
        expected += 1
    return "\n".join(lines)


_LEAD = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?")
_GLUE = re.compile(r"(?<=[a-z])(?P<verb>[A-Z][a-z]{1,12})(?=[\s,])")
_NAME_CHARS = 60
"""How far into a line a name glued to its instruction is looked for."""


def unglued_names(text: str) -> str:
    """`text` with a name glued to its first instruction's verb cut onto a line of its own."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        lead = _LEAD.match(line)
        start = lead.end() if lead else 0
        if not line[start: start + 1].isupper():
            continue
        glue = _GLUE.search(line, start, start + _NAME_CHARS)
        name = line[start: glue.start()] if glue else ""
        if glue is None or glue["verb"].lower() not in VERBS or len(name.split()) > 5 or re.search(r"[.,:;!?]", name):
            continue
        lines[at] = f"{line[:start]}{name}\n{' ' * start}{line[glue.start():]}"
    return "\n".join(lines)
