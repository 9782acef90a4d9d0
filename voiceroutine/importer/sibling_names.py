"""Name sentences that no list of exercises knows, read because their neighbours are name sentences.

An answer or a handout that writes each exercise as a paragraph led by its name as a sentence ("Wall sit. Slide
down a wall ... Hold for 30 seconds.") names the known exercises and the others alike: "Side-lying hip
abduction." or "Foam roll or massage the calves." leads its paragraph just as "Clamshells." leads the one before.
`name_sentences` reads a first sentence as a name only when it ends in a known exercise's name; in a run of three
or more such paragraphs, a paragraph next to one of them (or next to one read this way) is led by a name too when
its first sentence is a short capitalised phrase with no number, comma or dose that opens neither talk nor an
instruction ("After that.", "You can.", "Stay tall."), and the rest of the paragraph gives a dose."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions

_LEAD = re.compile(r"^(?P<name>[A-Z][^.!?:;,()\d]{2,50}?)\.\s+(?P<rest>[A-Z(].*)$", re.S)
_MOST_WORDS = 6
_LEAST_RUN = 3
_STARTERS = frozenset(re.findall(r"\S+", """i i'm you your you're it it's this that these those my we our they
    their he she his her there here if when after before then now so but and also most some no yes just try keep
    don't do start finish repeat rest again next finally first last all each every one thanks hope good great
    stay breathe relax hold go take make move stand sit lie kneel bend lift lower raise push pull press squeeze
    reach turn keep let place put bring slowly gently remember aim stop avoid focus note use switch swap change
    work feel make sure"""))
"""Words that open a sentence of talk or an instruction ("Stay tall.", "Keep going."), never an exercise's name."""


def sibling_name_sentences(blocks: list[Block], leads: list[int]) -> list[tuple[int, str, str]]:
    """(index, name, rest) of each paragraph next to the run of name-sentence paragraphs at `leads` (their block
    indexes) that is led by a name sentence too; none when fewer than three paragraphs lead so."""
    if len(leads) < _LEAST_RUN:
        return []
    named = set(leads)
    found: list[tuple[int, str, str]] = []
    for index in range(min(leads), min(len(blocks), max(leads) + _LEAST_RUN)):
        if index in named or index - 1 not in named:
            continue
        block = blocks[index]
        m = _LEAD.match(block.text.strip()) if block.kind is BlockKind.TEXT else None
        if m is None:
            continue
        name, rest = m["name"].strip(), m["rest"].strip()
        words = name.split()
        if (len(words) > _MOST_WORDS or words[0].lower() in _STARTERS or find_mentions(name)
                or not find_mentions(rest)):
            continue
        named.add(index)
        found.append((index, name, rest))
    return found
