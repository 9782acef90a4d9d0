"""Headings written in capitals, as e-mails and plain-text handouts set them:

    WARM UP (about 2 minutes)
    - March on the spot for a minute.

    TODAY'S EXERCISE: WALL SIT
    Stand with your back flat against a wall ...

A short line alone on its line whose letters are all capitals (words in brackets aside) is a heading, when the text
has no Markdown headings of its own: read as a line it was a paragraph, and the exercises under it ran into the
paragraph above."""

from __future__ import annotations

import re

MAX_WORDS = 6
_BRACKETS = re.compile(r"\([^()]*\)")


def _is_caps_line(line: str) -> bool:
    text = line.strip()
    plain = _BRACKETS.sub("", text).strip(" :")
    letters = [ch for ch in plain if ch.isalpha()]
    return (len(letters) >= 3 and all(ch.isupper() for ch in letters) and len(plain.split()) <= MAX_WORDS
            and not re.search(r"[.!?,;]$", text) and not re.match(r"[-*+•\d]", text) and "|" not in text)


def caps_headings(text: str) -> str:
    """Each short line in capitals that starts a block (after a blank line; not the first line, the title) as a
    Markdown heading."""
    lines = text.split("\n")
    if any(re.match(r"^\s{0,3}#{1,6}\s+\S", line) for line in lines):
        return text
    out: list[str | None] = list(lines)
    first = next((index for index, line in enumerate(lines) if line.strip()), 0)
    for index, line in enumerate(lines):
        if index <= first:
            continue  # the first line is the title, read as such later
        starts_block = not lines[index - 1].strip()
        if starts_block and index + 1 < len(lines) and _is_caps_line(line) and _wraps_on(line, lines[index + 1]):
            out[index], out[index + 1] = f"{line.strip()} {lines[index + 1].strip()}", None
        elif starts_block and index + 1 < len(lines) and lines[index + 1].strip() and _is_caps_line(line):
            out[index] = f"## {line.strip()}"
    return "\n".join(line for line in out if line is not None)


def _wraps_on(line: str, following: str) -> bool:
    """ "DO EACH MOVE, THEN REPEAT" over "THE WHOLE CIRCUIT 3X": a line in capitals with a clause break in it (a
    comma between words), over another line in capitals, is a sentence an infographic wrapped, not a heading: the
    two lines are one."""
    return bool(re.search(r"\w, \w", line)) and _is_caps_line(following)
