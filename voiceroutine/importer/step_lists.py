"""A name line over a numbered list of one exercise's steps, as how-to pages print a stretch or a balance drill:

    Single-leg stand
      1. Stand by a counter and lift one foot off the floor.
      2. Stay balanced on the other leg for up to 30 seconds.
      3. Repeat 8 to 12 times.

Each dosed step was read as an exercise of its own, named from its words ("Stay balanced on the other leg",
"Exercise"), and the name line above was lost; where only some steps gave a dose the others joined no exercise.

The list is one exercise's steps when it counts up from 1 right under a short line with no dose, its first step
sets the body in place (it opens "Stand", "Sit", "Lie", "Face", "Place", ...) and gives no dose, and a later step
does: the steps become one paragraph under the name line, which the article rules read as any named paragraph.
A bulleted list of such steps, each a sentence of four or more words with no label before a colon, is read the
same way. The same list run into one line after its name ("Arm swings 1. Stand tall. 2. Swing ... for 30 seconds.", as a
page's list often pastes) is first split into its name line and items.
A list of moves each with its own dose ("1. March for 30 seconds. 2. Swing your arms for 30 seconds.") keeps its
items: its first item is dosed."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions

_PLACING = re.compile(r"^(?:stand|sit|lie|lay|kneel|face|place|put|begin|start|get|position|rest|hold on(?:to)?"
                      r"|standing|sitting|lying|kneeling|facing|using|holding|while)\b", re.I)
"""A first step that sets the body (or a prop) in place."""
_SECTION = re.compile(r"\b(?:warm[- ]?ups?|cool[- ]?downs?|circuits?|rounds?|workouts?|routines?|sessions?|"
                      r"exercises|stretches|moves|drills|programmes?|programs?|plans?|days?|weeks?|phases?|stages?|"
                      r"parts?|steps|instructions|how to)\b", re.I)
"""A line that heads a part of the page, not one exercise: its list is the part's moves."""
_MAX_NAME_WORDS = 6
_MIN_STEPS = 3


def _name_line(block: Block) -> bool:
    text = block.text.strip()
    if block.kind is BlockKind.ITEM or not text or text[-1] in ".!?:," or len(text.split()) > _MAX_NAME_WORDS:
        return False
    return not find_mentions(text) and not _SECTION.search(text)


def _number(block: Block) -> int | None:
    if block.kind is not BlockKind.ITEM or not block.marker[:1].isdigit():
        return None
    digits = re.sub(r"\D", "", block.marker)
    return int(digits) if digits else None


_MIN_STEP_WORDS = 4


def _bullet_step(block: Block) -> bool:
    """A bulleted item that reads as a step: a sentence of some words, no label before a colon ("Cues: ...")."""
    text = block.text.strip()
    return (block.kind is BlockKind.ITEM and block.marker == "-" and len(text.split()) >= _MIN_STEP_WORDS
            and ":" not in text[:30])


_INLINE = re.compile(r"^(?P<name>[A-Z][A-Za-z'/-]*(?: [A-Za-z'/-]+){0,5}?)\s+1[.)]\s+(?P<rest>[A-Z].*)$")
_NEXT_NUMBER = r"(?:(?<=[.!?])|(?<=[.!?][\"')]))\s+{n}[.)]\s+(?=[A-Z])"


def _inline_steps(block: Block) -> list[Block]:
    """ "Arm swings 1. Stand tall. 2. Swing your arms ... 3. Keep going for 30 seconds.", a list run into one line
    after its name: the name line and its numbered items; else the block."""
    m = _INLINE.match(block.text) if block.kind is BlockKind.TEXT else None
    if m is None:
        return [block]
    items: list[str] = []
    rest = m["rest"]
    number = 2
    while True:
        cut = re.search(_NEXT_NUMBER.format(n=number), rest)
        if cut is None:
            items.append(rest.strip())
            break
        items.append(rest[:cut.start()].strip())
        rest = rest[cut.end():]
        number += 1
    if len(items) < _MIN_STEPS:
        return [block]
    return [Block(BlockKind.TEXT, m["name"]),
            *(Block(BlockKind.ITEM, item, marker=f"{n}.") for n, item in enumerate(items, 1))]


def steps_under_names(blocks: list[Block]) -> list[Block]:
    """The blocks with each name line's list of one exercise's steps written as one paragraph under it."""
    blocks = [part for block in blocks for part in _inline_steps(block)]
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        out.append(block)
        index += 1
        if not _name_line(block):
            continue
        end = index
        while end < len(blocks) and _number(blocks[end]) == end - index + 1:
            end += 1
        if end == index:  # bullets: the same steps, unnumbered, each a sentence of its own
            while end < len(blocks) and _bullet_step(blocks[end]):
                end += 1
        steps = blocks[index:end]
        if len(steps) < _MIN_STEPS or not _PLACING.match(steps[0].text) or find_mentions(steps[0].text):
            continue
        if not any(find_mentions(step.text) for step in steps[1:]):
            continue
        text = " ".join(step.text.strip() if step.text.strip()[-1:] in ".!?" else step.text.strip() + "."
                        for step in steps)
        out.append(Block(BlockKind.TEXT, text))
        index = end
    return out
