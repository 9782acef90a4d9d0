"""Sentences outside every exercise that name some of them: "Do the clamshell and the leg lift on both sides."

A note under a table or after a list often says something about a few of its exercises by name. Sides it
gives are applied to the exercises it names, marked inferred and quoting it; a dose it gives is not (which
of several numbers goes where is a guess), but every exercise it names gets a warning quoting it, so the
note is never lost without a word.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from voiceroutine.importer.aimed import numbered
from voiceroutine.importer.blocks import Block, Section
from voiceroutine.importer.checks import quoted
from voiceroutine.importer.dose import find_mentions, find_sides
from voiceroutine.importer.steps import sentences
from voiceroutine.importer.writer import Field, ImportedExercise


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _named_by(name: str) -> str:
    """How a note names an exercise: its whole name, or the last two words of a longer one ("leg lift" for
    "Side-lying leg lift")."""
    words = _words(name)
    return " ".join(words[-2:] if len(words) > 2 else words)


def _names(sentence: str, exercises: list[ImportedExercise]) -> list[int]:
    said = f" {' '.join(_words(sentence))} "
    return [index for index, exercise in enumerate(exercises)
            if (key := _named_by(exercise.name)) and f" {key} " in said]


def with_notes(blocks: tuple[Block, ...], sections: list[Section], exercises: list[ImportedExercise],
               about_circuits: Collection[str] = ()) -> tuple[list[ImportedExercise], set[str]]:
    """The exercises with what notes outside them say about them by name, and the sentences so used;
    `about_circuits` are sentences that time a circuit ("Same timing as block 1, one move: burpees"), no note."""
    used = {id(block) for section in sections for block in section.body}
    used |= {id(blocks[section.start]) for section in sections if section.start < len(blocks)}
    out = list(exercises)
    read: set[str] = set()
    for block in blocks:
        if id(block) in used:
            continue
        for sentence in sentences(block.text):
            named = _names(sentence, out) if sentence not in about_circuits else []
            sides, _ = find_sides(sentence)
            doses = find_mentions(sentence)
            if not named and sides is not None and not doses and sentence not in about_circuits:
                # "Numbers 2, 3 and 7 work one hand at a time": by their numbers
                named = numbered(sentence, len(out))
            if not named:
                continue
            for index in named:
                exercise = out[index]
                if sides is not None and not doses and exercise.value("sides") is None:
                    note = f"from a note that names it: {quoted(sentence)}"
                    field = Field("sides", sides.names, note if sides.note is None else f"{sides.note}; {note}")
                    out[index] = replace(exercise, fields=(*exercise.fields, field))
                elif doses or sides is not None:
                    warning = f"a note outside it names it and was not used: {quoted(sentence)}"
                    out[index] = replace(exercise, warnings=(*exercise.warnings, warning))
                read.add(sentence)
    return out, read
