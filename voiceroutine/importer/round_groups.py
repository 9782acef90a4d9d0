"""Parts of an article done in rounds, said in their heading ("Circuit (3 rounds, 45 seconds rest after each
round)" over a list, "WARM UP ~ 2 rounds" over a board's lines) or in a paragraph under it ("BLOCK A (superset)"
over two moves and "That's one round. 3 rounds.").

Each such heading makes a circuit of the exercises under it, with the rounds (and the rest between them) it gives;
the exercises keep their own doses. A heading that is itself an exercise's ("Plank (3 rounds)") gives it sets, as
before, and a part timed as intervals is `interval_parts`'s."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind, Section, is_stop
from voiceroutine.importer.interval_parts import IntervalPart
from voiceroutine.importer.rounds import MAX_ROUNDS, bare_rounds, round_rest
from voiceroutine.importer.steps import sentences
from voiceroutine.importer.writer import CircuitOf, ImportedExercise

_NUMBERS = dict(zip(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], range(2, 11)))
_HEADING_ROUNDS = re.compile(
    r"^(?P<name>[^()]{1,40}?)\s*(?:\(\s*|[~·:|–—-]\s*|\s{2,})(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+"
    r"(?:rounds|circuits)\b(?P<more>[^()]*)\)?\s*$", re.I)
"""A heading's name, then its rounds in brackets or after a mark: "Circuit (3 rounds, ...)", "WARM UP ~ 2 rounds"."""


def round_group_circuits(blocks: tuple[Block, ...], sections: list[Section],
                         parts: list[IntervalPart]) -> list[CircuitOf]:
    """A circuit for each heading that states rounds and heads two or more of the sections, outside every part."""
    in_part = {at for part in parts for at in range(part.header, part.end)}
    starts = {section.start for section in sections}
    circuits: list[CircuitOf] = []
    told: list[CircuitOf] = []
    """Circuits whose rounds a paragraph under the heading gives: used when there are two or more (one alone is the
    routine's rounds, read as before)."""
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or index in in_part or index in starts:
            continue
        end = next((at for at in range(index + 1, len(blocks)) if is_stop(blocks[at]) or (
            blocks[at].kind is BlockKind.HEADING and blocks[at].level <= block.level)), len(blocks))
        m = _HEADING_ROUNDS.match(block.text.strip())
        if m is not None:
            name, count, said = m["name"].strip(" ~·:|–—-"), _NUMBERS.get(m["n"].lower()) or int(m["n"]), block.text
        elif (below := _told_below(blocks, index, end)) is not None:
            # "BLOCK A (superset)" over its moves and "... That's one round. 3 rounds.": the rounds of its moves
            name, (count, said) = re.sub(r"\s*\([^()]*\)\s*$", "", block.text).strip(), below
        else:
            continue
        members = [number for number, section in enumerate(sections) if index < section.start < end]
        if not 2 <= count <= MAX_ROUNDS or len(members) < 2:
            continue
        rest = round_rest([block.text])
        (circuits if m is not None else told).append(
            CircuitOf(name, count, f'"{said.strip()}"', (rest[0], f'"{rest[1]}"') if rest else None, None, None,
                      members[0], len(members)))
    # the title's heading over the whole page holds the rounds paragraph of the part it heads: that part's, once
    told = [circuit for circuit in told if not any(
        other is not circuit and other.rounds_note == circuit.rounds_note and circuit.first <= other.first
        and other.first + (other.count or 0) <= circuit.first + (circuit.count or 0) for other in told)]
    return sorted([*circuits, *(told if len(told) >= 2 else [])], key=lambda circuit: circuit.first)


def _told_below(blocks: tuple[Block, ...], index: int, end: int) -> tuple[int, str] | None:
    """The rounds a paragraph under a heading (not an item) states bare ("3 rounds."), and its sentence."""
    for at in range(index + 1, end):
        if blocks[at].kind is BlockKind.TEXT:
            for sentence in sentences(blocks[at].text):
                if (hit := bare_rounds(sentence)) is not None:
                    return hit[0], sentence
    return None


def rounds_not_sets(exercises: list[ImportedExercise], circuits: list[CircuitOf]) -> list[ImportedExercise]:
    """The exercises of each circuit without sets that are its rounds: "3 x 10" in a block of 3 rounds is 10 reps
    a round, not 3 sets of 10 in every round (which would be 9 in all); said in a warning."""
    out = list(exercises)
    for circuit in circuits:
        for at in circuit.members(len(out)):
            exercise = out[at]
            if exercise.value("sets") != circuit.rounds:
                continue
            warning = (f"its {circuit.rounds} sets were read as the {circuit.rounds} rounds of its block "
                       f"({circuit.rounds_note}), not {circuit.rounds} sets in every round")
            fields = tuple(field for field in exercise.fields if field.key not in ("sets", "set_rest"))
            out[at] = replace(exercise, fields=fields, warnings=(*exercise.warnings, warning))
    return out


def said_in(circuits: list[CircuitOf]) -> set[str]:
    """The headings the circuits were read from, as sentences: no exercise's dose, nor a skipped line."""
    return {circuit.rounds_note.strip('"') for circuit in circuits}
