"""A slide deck exported as text: "--- Slide 4 ---" lines between slides, each slide a title line over bullets, and
"Notes:" over the presenter's speaker notes.

Three or more separator lines make a deck. A slide whose title is numbered ("4. Side plank") is an exercise: its
title becomes a heading, its bullets and its speaker notes (which often hold the dose: "Notes: 10 reps.") the text
under it. Every other slide (the title slide, "Today", "How to do the exercises", "Questions?") is the talk around
the exercises: its title and bullets become the sentences of one paragraph, so that a slide saying "Every exercise:
2 sets" reads as a dose stated once for all of them, and a slide of bullets is no list of exercises."""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"^\s*[-=_*]{2,}\s*slide\s+\d{1,3}\s*[-=_*]{2,}\s*$"
                        r"|^\s*slide\s+\d{1,3}\s*(?:of\s+\d{1,3})?\s*$", re.I)
_MIN_SLIDES = 3
_NOTES = re.compile(r"^\s*(?:speaker\s+)?notes\s*:\s*", re.I)
_NUMBERED_TITLE = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_BULLET = re.compile(r"^\s*(?:[-*+•·–—▪●○◦‣►]|\d{1,2}[.)])\s+")


def slide_decks(text: str) -> str:
    """The text with a deck's slides as headings and sentences (see the module's docstring); other text as it is."""
    lines = text.split("\n")
    marks = [index for index, line in enumerate(lines) if _SEPARATOR.match(line)]
    if len(marks) < _MIN_SLIDES:
        return text
    # the lines above the first slide: the deck's title, then who gives the talk and where, one paragraph
    head = [line.strip() for line in lines[: marks[0]] if line.strip()]
    out = [*head[:1], "", " ".join(_sentence(line) for line in head[1:])]
    for at, end in zip(marks, [*marks[1:], len(lines)], strict=True):
        out.extend(["", *_slide([line.strip() for line in lines[at + 1: end]]), ""])
    return "\n".join(out)


def _slide(lines: list[str]) -> list[str]:
    """One slide's lines, written as the article rules read them."""
    body = [line for line in lines if line]
    if not body:
        return []
    title, rest = body[0], body[1:]
    shown, notes = rest, []
    for index, line in enumerate(rest):
        if _NOTES.match(line):
            shown, notes = rest[:index], [_NOTES.sub("", line), *rest[index + 1:]]
            break
    notes = [line for line in notes if line]
    if _NUMBERED_TITLE.match(title):
        return [f"## {title}", "", *shown, "", " ".join(notes)]
    # the talk around the exercises: one paragraph of sentences, so that no line reads as a list item or a name
    said = [_sentence(_BULLET.sub("", line)) for line in [title, *shown]]
    return [" ".join(said), "", " ".join(notes)]


def _sentence(line: str) -> str:
    return line if re.search(r"[.!?:]$", line) else f"{line}."
