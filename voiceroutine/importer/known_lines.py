"""Lines that name a known exercise and give its dose ("Glute bridges x15", "- 20 sec plank", "Bird dog 8 each
side"): a reading of the article with one exercise a line, tried beside the layout rules.

The layout rules read an article by how it marks its exercises (headings, numbers, bold, a name and a colon...). On
a layout none of them knows, they find fewer exercises than the article has: a run of dosed lines under one heading
becomes one exercise, or a label ("Warm-up:", "Circuit A") becomes the name. This reading counts what the lexicon of
exercise names says: each list item or short line that names a known exercise and gives a dose is an exercise, named
by its words before the dose. The structure reading keeps it only when it reads more exercises than the layout rules
did, all parts together (ties go to the layout rules), so it never reads fewer; a line whose name the lexicon does
not know is read as before."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind, Section, is_stop
from voiceroutine.importer.dose import Kind, find_mentions
from voiceroutine.importer.lexicon import named_exercise
from voiceroutine.importer.numbered_doses import item_name
from voiceroutine.importer.steps import VERBS

MIN_LINES = 3
"""Fewer dosed lines than this are no list of exercises."""
_DOSES = frozenset((Kind.REPS, Kind.SETS, Kind.HOLD, Kind.TIMED, Kind.DURATION))
"""A dose of the exercise itself; a rest or sides alone ("Rest 90 seconds between exercises") is none."""
_MAX_WORDS = 14
"""A line longer than this is a sentence, which the prose rules read."""


def known_lines(blocks: list[Block], start: int) -> list[tuple[int, str]]:
    """(index, name) of each list item or short line from `start` that names a known exercise and gives a dose, when
    there are at least MIN_LINES of them; else none."""
    found: list[tuple[int, str]] = []
    for index in range(start, len(blocks)):
        block = blocks[index]
        if is_stop(block):
            break
        text = block.text.strip()
        if block.kind not in (BlockKind.ITEM, BlockKind.TEXT) or len(text.split()) > _MAX_WORDS:
            continue
        named = named_exercise(text)
        name = item_name(text)
        if (named is None or not {m.kind for m in find_mentions(text)} & _DOSES or not name[:1].isalpha()
                or named.words not in name or (named.start > 0 and text.split()[0].lower() in VERBS)):
            continue  # "Hold the bird dog for 3 seconds at the top" is a note about an exercise, not one
        found.append((index, re.sub(r"(?:\s+(?:for|x|of|about|hold|holding|do))+\s*$", "", name, flags=re.I)))
    return found if len(found) >= MIN_LINES else []


_LABEL = re.compile(
    r"^(?:the\s+|your\s+)?(?:warm[- ]?ups?|cool[- ]?downs?|finish(?:er)?|pairs?|trios?|rounds?|circuits?|blocks?|"
    r"parts?|supersets?|tri-?sets?|giant sets?|stations?|sets?|main(?: set| part| bit| workout)?|workout|session|"
    r"exercises?|moves|routine|mobility|strength|conditioning|core|legs|arms|upper body|lower body|day|week|"
    r"ladder|emom|amrap|tabata|intervals?|floor work|standing work)\b[\s\w#.-]{0,12}:?$", re.I)
"""A label over exercises ("Warm-up:", "Pairs:", "Round 2", "Circuit A", "Finish"), not an exercise's name."""
_SHORT = 8


def is_label(name: str) -> bool:
    """Whether a section's name is a label over exercises rather than a name the lexicon knows."""
    return bool(_LABEL.match(name.strip())) and named_exercise(name) is None


def named_lines(body: tuple[Block, ...]) -> list[int]:
    """Indexes in `body` of the short lines and items that name a known exercise ("Bird dog", "Goblet squats x10"),
    and of the items of the same list beside them that give a name-like lead and a dose of their own ("Farmer hold
    3 x 30s" between "Plank 3 x 45s" and "Glute bridges x15"): the lexicon not knowing a name is no reason to read
    its line as a step of the exercise above."""
    known = [at for at, block in enumerate(body) if block.kind in (BlockKind.ITEM, BlockKind.TEXT)
             and len(block.text.split()) <= _SHORT and (named := named_exercise(block.text)) is not None
             and named.words in item_name(block.text)]
    markers = {body[at].marker for at in known if body[at].kind is BlockKind.ITEM}
    beside = [at for at, block in enumerate(body) if at not in known and len(known) >= _KNOWN_BESIDE
              and block.kind is BlockKind.ITEM and block.marker in markers and dosed_lead(block.text)]
    return sorted([*known, *beside])


_KNOWN_BESIDE = 2
"""Items naming known exercises that make the list one of exercises, for an unknown name beside them."""
_LEAD_WORDS = 5
"""A name-like lead before a dose is at most this many words."""


def dosed_lead(text: str) -> bool:
    """ "Farmer hold 3 x 30s": a short lead of words, no verb first and no dose of its own, then a dose."""
    name = item_name(text)
    words = name.split()
    return (0 < len(words) <= _LEAD_WORDS and len(text.split()) <= _SHORT and name[:1].isalpha()
            and words[0].lower() not in VERBS and not find_mentions(name)
            and bool({m.kind for m in find_mentions(text)} & _DOSES))


def steps_named_as_exercises(blocks: tuple[Block, ...] | list[Block], section: Section) -> list[Block]:
    """The items in the body of an exercise read from a list item that are only a known exercise's name and perhaps
    a number ("Dead bugs 12" under "- Bird dog 10 each side"): items of the same list, read as its steps."""
    head = blocks[section.start] if section.start < len(blocks) else None
    if head is None or head.kind is not BlockKind.ITEM or head.table:
        return []
    own = named_exercise(section.name)
    found: list[Block] = []
    for block in section.body:
        text = block.text.strip()
        if block.kind is not BlockKind.ITEM or block.marker != head.marker or len(text.split()) > 5:
            continue
        named = named_exercise(text)
        if (named is not None and named.start == 0 and (own is None or named.known != own.known)
                and re.fullmatch(r"[\s\d.x×-]*", text[named.end:])):
            found.append(block)
    return found
