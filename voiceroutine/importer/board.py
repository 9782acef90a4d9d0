"""Plain text laid out by indentation, as a whiteboard or a note is copied:

    WARM UP  ~ 2 RDS
      - 2:00 row (easy!)
      - 10 inchworms
    STRENGTH
      Front squat  5 x 3  rest 2:00

A short line at the margin with two or more short indented lines right under it is a heading, its lines the items
under it (a line that has deeper lines under it is a header line over them, a line wholly in brackets or a formula
"Score = reps + cals" a note). A
line that ends a sentence (or a wrapped sentence's last line) over two or more short indented lines that open with
a capital is a paragraph over a list of them. On
such a line a clock time is a time ("2:00 row" is 2 minutes of rowing) and the board's shorthand is written out:
"2 RDS" is 2 rounds, "40 ON / 20 OFF" 40 s on and 20 s off."""

from __future__ import annotations

import re

from voiceroutine.importer.clock_doses import clock_time

MAX_WORDS = 12
"""A longer line is prose: the outline's lines are short."""
_MARKER = re.compile(r"^\s*(?:[-*+•·–—▪►✓]\s+|\(?\d{1,2}[.)]\s|[a-zA-Z][.)]\s)")
_CLOCK = re.compile(r"(?<![\d:.])(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?![\d:])")
_ROUNDS = re.compile(r"\b(?P<n>\d{1,2})\s*(?:rds|rnds|rnd)\b", re.I)
_ON_OFF = re.compile(r"\b(?P<on>\d{1,3})\s+on\s*/\s*(?P<off>\d{1,3})\s+off\b", re.I)


def board_outline(text: str) -> str:
    """The text with each indented outline written as a Markdown heading over its items."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        end = index + 1
        # only a parent looks at the lines under it, so each line is looked at once or twice
        continued = index > 0 and _carries_on(lines[index - 1], line)
        parent = _is_parent(line) and not continued
        listed = not parent and _ends_sentence(line)
        while (parent or listed) and end < len(lines) and _indent(lines[end]) >= 2 and lines[end].strip():
            end += 1
        children = lines[index + 1:end]
        if parent and len(children) >= 2 and all(_is_short(child) for child in children):
            out.extend(["", f"### {_shorthand(line.strip())}", "", *_items(children), ""])
            index = end
        elif listed and len(children) >= 2 and all(_is_short(child) and child.strip()[:1].isupper()
                                                   for child in children):
            # "Finish with these three stretches. Hold each one for 20 s." (or a wrapped sentence's last line,
            # "rest after each time round:") over indented names: the paragraph, then a list
            out.extend([line, "", *_items(children), ""])
            index = end
        else:
            out.append(line)
            index += 1
    return "\n".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _is_parent(line: str) -> bool:
    text = line.strip()
    return (bool(text) and _indent(line) == 0 and not _MARKER.match(line) and len(text.split()) <= 8
            and not re.search(r"[.!?,;]$", text))


def _carries_on(previous: str, line: str) -> bool:
    """A line that goes on with the sentence above it ("... with a minute's" over "rest after each time round:")."""
    return bool(previous.strip()) and _indent(previous) == 0 and line.strip()[:1].islower() and not re.search(
        r"[.!?:]$", previous.strip())


def _ends_sentence(line: str) -> bool:
    """A line at the margin ending a sentence or announcing what follows ("Hold each one for 20 seconds.")."""
    text = line.strip()
    return bool(text) and _indent(line) == 0 and not _MARKER.match(line) and re.search(r"[.!:]$", text) is not None


def _is_short(line: str) -> bool:
    text = line.strip()
    return len(text.split()) <= MAX_WORDS and not re.search(r"[.!?]$", text)


def _items(children: list[str]) -> list[str]:
    """The indented lines as items: one with deeper lines under it a header line over them; one wholly in brackets
    a note."""
    base = min(_indent(child) for child in children)
    out: list[str] = []
    for at, child in enumerate(children):
        text = _shorthand(re.sub(r"^[-*+•·–—▪►✓]\s+", "", child.strip()))
        deeper_next = at + 1 < len(children) and _indent(children[at + 1]) > _indent(child)
        if (text.startswith("(") and text.endswith(")")) or " = " in text:  # a note, or a score's formula
            out.extend(["", text, ""])
        elif _indent(child) == base and deeper_next:
            out.extend(["", text])
        else:
            # a numbered or lettered line ("1. Knees to chest", "a. Sphinx") keeps its number as its marker
            out.append(text if re.match(r"(?:\d{1,2}|[a-z])[.)]\s", text) else f"- {text}")
    return out


def _shorthand(text: str) -> str:
    text = _CLOCK.sub(lambda m: clock_time(int(m["m"]), int(m["s"])) if int(m["m"]) <= 10 else m.group(0), text)
    text = _ROUNDS.sub(lambda m: f"{m['n']} rounds", text)
    return _ON_OFF.sub(lambda m: f"{m['on']} s on / {m['off']} s off", text)
