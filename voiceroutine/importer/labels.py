"""Section labels written as list items: "🍑 LOWER — 12 reps each · 3 rounds" above a list of bare names.

Chat messages and emoji lists mark a section with the same bullet as its exercises; the label is told from an
exercise by its capitals and by the dose it states for each name under it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from voiceroutine.importer.blocks import Block, BlockKind, Section
from voiceroutine.importer.dose import Kind, Mention, find_mentions
from voiceroutine.importer.rounds import bare_rounds, round_rest

_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z&/'-]*(?: [A-Z&/'-]+){0,3})\s*[—–:-]\s*(?P<dose>\S.*)$")
"""An all-capitals label, a dash or colon, then the rest of the line: "WARM-UP — 1 min each"."""

_EACH = re.compile(r"\b(?:each|every|per|all)\b", re.I)


def label_items(blocks: list[Block]) -> list[Block]:
    """An item "LABEL — dose for each" followed by items is the heading of those items (level 2), so that its dose
    is shared by the names under it as a heading's is."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (block.kind is BlockKind.ITEM and not block.table and following is not None
                and following.kind is BlockKind.ITEM and _is_label(block.text) and not _dosed_item(following)):
            # (a label is followed by the names it doses: above an item with a dose of its own it is one more
            # exercise of the list, "DONKEY KICKS – 15 EACH LEG" over "SUMO SQUATS – 15 REPS")
            # "12 reps each · 3 rounds": the dots part clauses, each read as a sentence of its own
            text = re.sub(r"\s+[·•|]\s+", ". ", block.text)
            out.append(replace(block, kind=BlockKind.HEADING, level=2, marker="", text=text))
        else:
            out.append(block)
    return out


def _dosed_item(block: Block) -> bool:
    """A list item that states its own dose after its name ("SUMO SQUATS – 15 REPS")."""
    m = re.match(r"^[^—–:-]+[—–:-]\s*(?P<dose>\S.*)$", block.text.strip())
    return bool(m and find_mentions(m.group("dose")))


def _is_label(text: str) -> bool:
    m = _LABEL.match(text.strip())
    return bool(m and find_mentions(m.group("dose")) and _EACH.search(m.group("dose")))


def rounds_as_sets(group: list[Mention]) -> list[str]:
    """A warning for sets read from "3 rounds" stated once for a group: the article may mean rounds of the whole
    group (a circuit), which a group's dose does not make; the sets are kept and the words quoted."""
    return [f"\"{m.words}\" for its group was read as {m.amount.low} sets of each exercise; the article may mean "
            f"rounds of the whole group, one exercise after another: check it"
            for m in group if m.kind is Kind.SETS and "round" in m.words.lower()]


@dataclass(frozen=True, slots=True)
class GroupRounds:
    """Rounds a section label states for the exercises under it ("LOWER — 12 reps each · 3 rounds"): a circuit."""

    name: str
    first: int
    """The index of its first exercise among the sections."""
    count: int
    rounds: int
    quote: str
    rest: tuple[int, str] | None
    """(ms, words) of the rest after each round, when the label gives one."""


def group_rounds(sections: list[Section]) -> tuple[list[Section], list[GroupRounds]]:
    """Each run of sections that share a label stating "N rounds" as a circuit of N rounds, the label's rest after
    each round its round rest; the rounds and the rest are taken out of the dose the sections share (they were read
    as sets of each exercise)."""
    out = list(sections)
    groups: list[GroupRounds] = []
    index = 0
    while index < len(sections):
        shared = sections[index].shared
        end = index
        while end < len(sections) and shared and sections[end].shared == shared:
            end += 1
        said = next(((sentence, hit) for sentence in shared if (hit := bare_rounds(sentence.strip(" ."))) is not None),
                    None)
        if said is None or end - index < 2:
            index = max(end, index + 1)
            continue
        rest = round_rest(list(shared))
        taken = {said[0]} | {sentence for sentence in shared if rest and rest[1] in sentence}
        kept = tuple(sentence for sentence in shared if sentence not in taken)
        for at in range(index, end):
            out[at] = replace(sections[at], shared=kept)
        name = re.split(r"\s+[—–-]\s+|:\s*", shared[0], maxsplit=1)[0].strip(" .")
        groups.append(GroupRounds(name, index, end - index, said[1][0], said[0].strip(" ."), rest))
        index = end
    return out, groups
