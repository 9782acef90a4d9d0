"""An app's printable plan copied as text: each exercise a card whose title line is its name run into its dose with
no mark between them ("Heel Slides 2-3 sets of 12 reps", "Wall Sit 3 sets of 20-second holds"), then short
labels of the card's parts on lines of their own ("Starting Position", "Movement", "Setup", "Tips"), each over
the bullets of that part.

Read as they stand, the labels were the exercises (one "Movement" a card, numbered) and the names with their doses
were lost. Where two or more such title lines stand in a text, each over a label and a bullet or over a bullet
(not a list of "Lunges 3 x 10" lines), each is written as "Name: dose" (the layout of a name and its dose), and a
short label line below the first title line, over a bullet, is dropped, so that every bullet of a card is a step
of its exercise."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions

_TITLE = re.compile(r"^\s*(?P<name>[A-Z][A-Za-z'’-]*(?:[ /][A-Za-z(][A-Za-z'’()/-]*){0,5}?)\s+"
                    r"(?P<dose>\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?\s+(?:sets?|rounds?|reps?|x)\b[^.!?]*)$")
_SMALL = frozenset(("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at"))
_LABEL = re.compile(r"^\s*[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,2}\s*:?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+\S")
_MIN_TITLES = 2


def _title(line: str) -> re.Match[str] | None:
    m = _TITLE.match(line)
    if m is None or find_mentions(m["name"]) or not find_mentions(m["dose"]):
        return None
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", m["name"])
    # "Ankle Circles", "Single-Leg Balance": Title Case, every word but the small ones
    if not all(word[0].isupper() for word in words if word.lower() not in _SMALL):
        return None
    return m


def _over_a_card(lines: list[str], index: int) -> bool:
    """Whether the title line at `index` stands over its card: a part's label over a bullet, or a bullet."""
    below = [line for line in lines[index + 1: index + 4] if line.strip()]
    if not below:
        return False
    return bool(_BULLET.match(below[0]) or (len(below) > 1 and _LABEL.match(below[0]) and _BULLET.match(below[1])))


def card_lines(text: str) -> str:
    """The text with each card's title line as "Name: dose" and its part labels dropped (see the docstring)."""
    lines = text.split("\n")
    titles = [index for index, line in enumerate(lines) if _title(line) and _over_a_card(lines, index)]
    if len(titles) < _MIN_TITLES:
        return text
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in titles:
            m = _title(line)
            assert m is not None
            out.append(f"{m['name'].strip()}: {m['dose'].strip()}")
            continue
        following = next((later for later in lines[index + 1:] if later.strip()), "")
        if index > titles[0] and _LABEL.match(line) and _BULLET.match(following) and not find_mentions(line):
            continue  # "Movement" over "- Draw a circle with your big toe.": a part of the card, no exercise
        out.append(line)
    return "\n".join(out)
