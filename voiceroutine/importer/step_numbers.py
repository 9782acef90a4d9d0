"""Step numbers on lines of their own, as a how-to site prints them when copied as text:

    1
    Walk on the spot for 2 minutes. Keep your arms loose.

    2
    Do ten wall push-ups. ...

Each number and the first sentence under it become a heading ("### 1. Walk on the spot for 2 minutes."), the rest of
the line its paragraph, so that each step is an exercise (the short lines that name the site's parts, "Part 1" and
"Warming Up", then head no exercise of their own). A number alone is a step only where two or more of them count up
from 1 (a part may start again at 1), each right above a sentence."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^\s*(?P<n>\d{1,2})\s*$")
_SENTENCE = re.compile(r"^\s*[A-Z][a-z']*(?:\s+\S+){2,}")
"""The line under a step number: a sentence of three words or more, starting with a capital."""


def bare_step_numbers(text: str) -> str:
    """The text with each step number alone on its line joined to the sentence under it."""
    lines = text.split("\n")
    counted: list[int] = []
    expected = 1
    for index, line in enumerate(lines[:-1]):
        if not (m := _NUMBER.match(line)) or not _SENTENCE.match(lines[index + 1]):
            continue
        n = int(m["n"])
        if n == 1 or n == expected:
            counted.append(index)
            expected = n + 1
    if len(counted) < 2:
        return text
    for index in counted:
        first, _, rest = lines[index + 1].strip().partition(". ")
        lines[index] = f"### {lines[index].strip()}. {first}" + ("." if rest else "")
        lines[index + 1] = rest or "\x00"
    return "\n".join(line for line in lines if line != "\x00")
