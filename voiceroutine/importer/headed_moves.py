"""The moves of a timed part written as sub-headings: "## The circuit" with its timing in a paragraph, then
"### Squat jumps" over a line of how, "### Side plank" over another. Each sub-heading is one move, and the
paragraphs under it (up to the next heading) are its text."""

from __future__ import annotations

from voiceroutine.importer.blocks import Block, BlockKind, Section

MAX_MOVE_WORDS = 8
"""A sub-heading longer than this is a title, not a move's name."""


def headed_moves(blocks: tuple[Block, ...], start: int, end: int) -> list[Section]:
    """The moves of the part headed by `blocks[start]` and ending before `blocks[end]`: one for each heading below
    its level with a short text, its body the text blocks under it; [] when the part has no such heading."""
    level = blocks[start].level
    moves: list[Section] = []
    for at in range(start + 1, end):
        block = blocks[at]
        if block.kind is not BlockKind.HEADING or block.level <= level:
            continue
        name = " ".join(block.text.split())
        if not name or len(name.split()) > MAX_MOVE_WORDS:
            return []
        stop = next((i for i in range(at + 1, end) if blocks[i].kind is BlockKind.HEADING), end)
        body = tuple(Block(BlockKind.TEXT, blocks[i].text) for i in range(at + 1, stop))
        moves.append(Section(name, block.text, body, at))
    return moves
