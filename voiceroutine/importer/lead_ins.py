"""A sentence that starts an exercise by naming it before a colon, inside a paragraph of other things, as a
message does above its list ("Once a day is enough. Warm the shoulder up first with pendulums: lean on the table
... and swing it gently for about a minute."). The sentence becomes a paragraph of its own, which names its
exercise; without a dose after the colon it is left in its paragraph."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.steps import sentences

_LEAD_IN = re.compile(r"^(?:warm\s+(?:\w+\s+){0,2}?up|start|begin)\s+(?:\w+\s+){0,2}?(?:first\s+)?with\s+"
                      r"(?:the\s+|a\s+|an\s+|some\s+)?(?P<name>[^.,:;!?]{2,40}):\s+(?P<rest>\S.*)$", re.I)


def lead_in_name(text: str) -> tuple[str, str] | None:
    """(name, the rest) of "Start with cat-cows: ... for a minute"; None when it names nothing or gives no dose."""
    m = _LEAD_IN.match(text.strip())
    if m is None or not find_mentions(m["rest"]) or find_mentions(m["name"]):
        return None
    return m["name"].strip(), m["rest"]


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
