"""A sentence that starts an exercise by naming it before a colon, inside a paragraph of other things, as a
message does above its list ("Once a day is enough. Warm the shoulder up first with pendulums: lean on the table
... and swing it gently for about a minute."). The sentence becomes a paragraph of its own, which names its
exercise; without a dose after the colon it is left in its paragraph."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind, Section
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.steps import sentences

_LEAD_IN = re.compile(r"^(?:warm\s+(?:\w+\s+){0,2}?up|start|begin)\s+(?:\w+\s+){0,2}?(?:first\s+)?with\s+"
                      r"(?:the\s+|a\s+|an\s+|some\s+)?(?P<name>[^.,:;!?]{2,40}):\s+(?P<rest>\S.*)$"
                      # "Oh and I forgot the calf raises: both feet on the step, ... 12 of them, 2 sets"
                      r"|^(?:(?:oh|ah|oops|sorry|and|also),?\s+){0,2}i\s+(?:forgot|missed|left out)\s+"
                      r"(?:to\s+(?:add|mention|put in)\s+)?"
                      r"(?:the\s+|your\s+)?(?P<name2>[a-z][a-z' -]{2,40}?)\s*(?:[,:;–—-]|[^\w\s,.]+)\s*"
                      r"(?P<rest2>\S.*)$", re.I)


def lead_in_name(text: str) -> tuple[str, str] | None:
    """(name, the rest) of "Start with cat-cows: ... for a minute"; None when it names nothing or gives no dose."""
    m = _LEAD_IN.match(text.strip())
    if m is None:
        return None
    name, rest = m["name"] or m["name2"], m["rest"] or m["rest2"]
    if not find_mentions(rest) or find_mentions(name):
        return None
    return name.strip(), rest


def cut_at_lead_ins(blocks: list[Block], sections: list[Section]) -> list[Section]:
    """The sections, each ended before a paragraph in its body that names an exercise of its own and gives its dose
    ("Oh and I forgot the calf raises: ..."), which starts a section from there on."""
    out: list[Section] = []
    for section in sections:
        at = next((n for n, block in enumerate(section.body) if block.kind is BlockKind.TEXT
                   and lead_in_name(block.text) is not None), None)
        if at is None:
            out.append(section)
            continue
        block = section.body[at]
        name = lead_in_name(block.text)
        assert name is not None
        # where the body is the article's blocks right after the section's first one, the block's own place; a body
        # made of the prose's clauses has none of its own
        at_block = section.start + 1 + at
        start = at_block if at_block < len(blocks) and blocks[at_block] is block else section.start
        out.append(replace(section, body=section.body[:at]))
        out.append(Section(name[0], block.text, section.body[at + 1:], start))
    return out


def lead_in_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks, each paragraph cut before a sentence inside it that names an exercise and gives its dose."""
    out: list[Block] = []
    for block in blocks:
        said = sentences(block.text) if block.kind is BlockKind.TEXT else []
        cut = next((index for index, sentence in enumerate(said) if index and lead_in_name(sentence)), None)
        if cut is None:
            out.append(block)
            continue
        out.append(replace(block, text=" ".join(said[:cut])))
        out.append(replace(block, text=" ".join(said[cut:])))
    return out
