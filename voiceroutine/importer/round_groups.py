"""Parts of an article done in rounds, said in their heading: "Circuit (3 rounds, 45 seconds rest after each
round)" over a list, "WARM UP ~ 2 rounds" over a board's lines.

Each such heading makes a circuit of the exercises under it, with the rounds (and the rest between them) it gives;
the exercises keep their own doses. A heading that is itself an exercise's ("Plank (3 rounds)") gives it sets, as
before, and a part timed as intervals is `interval_parts`'s."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind, Section, is_stop
from voiceroutine.importer.interval_parts import IntervalPart
from voiceroutine.importer.rounds import MAX_ROUNDS, round_rest
from voiceroutine.importer.writer import CircuitOf

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
    for index, block in enumerate(blocks):
        m = _HEADING_ROUNDS.match(block.text.strip())
        if block.kind is not BlockKind.HEADING or m is None or index in in_part or index in starts:
            continue
        count = _NUMBERS.get(m["n"].lower()) or int(m["n"])
        if not 2 <= count <= MAX_ROUNDS:
            continue
        end = next((at for at in range(index + 1, len(blocks)) if is_stop(blocks[at]) or (
            blocks[at].kind is BlockKind.HEADING and blocks[at].level <= block.level)), len(blocks))
        members = [number for number, section in enumerate(sections) if index < section.start < end]
        if len(members) < 2:
            continue
        rest = round_rest([block.text])
        quote = f'"{block.text.strip()}"'
        circuits.append(CircuitOf(m["name"].strip(" ~·:|–—-"), count, quote,
                                  (rest[0], f'"{rest[1]}"') if rest else None, None, None, members[0], len(members)))
    return circuits


def said_in(circuits: list[CircuitOf]) -> set[str]:
    """The headings the circuits were read from, as sentences: no exercise's dose, nor a skipped line."""
    return {circuit.rounds_note.strip('"') for circuit in circuits}
