"""A routine told as one paragraph per exercise, each opening with the word that puts it in order: "First, the
world's greatest stretch. Step into a long lunge ... I do 5 on each side." / "Then open books. Lie on your side ...
Eight each side." / "And last, to get the heart going, 50 skips with an imaginary rope." A blog post or a newsletter
tells a routine so; the paragraph's first sentence names the exercise, often with no dose, and the dose follows in
its own words.

Three or more such paragraphs in a row are one exercise each, named by the lead sentence and dosed by the whole
paragraph. The prose rules read such a post sentence by sentence, so a name with no dose beside it was lost and its
dose went to the exercise before it."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind, Section, is_stop
from voiceroutine.importer.dose import find_mentions, numerals
from voiceroutine.importer.steps import sentences

_LEAD = re.compile(r"^(?:(?:and\s+)?(?:first(?:ly)?|first up|then|next|after that|afterwards|finally|lastly|last|"
                   r"to finish|to start|now)\b,?\s+)+", re.I)
_COMES_NEXT = re.compile(r"^(?P<name>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:comes?|is|are)\s+next\b", re.I)
_ASIDE = re.compile(r"^to [a-z]+(?: [a-z]+){0,4},\s*", re.I)
"""A purpose before the name: "to get the heart going, 50 skips"."""
_SUBJECT = re.compile(r"^(?:i|we|you)\s+(?:(?:just|simply|usually|always|then)\s+)?", re.I)
_MOVE_VERB = re.compile(r"^(?:sit|stand|lie|kneel|hang|hold|do|try|add|stay|rest|settle)\s+"
                        r"(?:in|on|into|with|a|an|the)?\s*(?:(?:a|an|the|my|your)\s+)?", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an|my|your|some)\s+", re.I)
_NAME_END = re.compile(r"\s*(?:[,.;:!(]|\s(?:against|on|with|for|to|in|at|into|off|from|holding|while|using|until|"
                       r"and|then|each|per|of)\b)")
_LEAST = 3
_NAME_WORDS = 5


def led_paragraphs(blocks: list[Block], start: int) -> list[Section]:
    """One section per paragraph of the longest run (of at least three) of paragraphs led by an order word."""
    best: list[Section] = []
    run: list[Section] = []
    for index in range(start, len(blocks)):
        block = blocks[index]
        named = _named(block.text) if block.kind is BlockKind.TEXT and not is_stop(block) else None
        if named is not None:
            run.extend(_in_two_planes(Section(named, "", (block,), index, made_name=True)))
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(run) > len(best):
        best = run
    return best if len(best) >= _LEAST else []


_PLANE = r"front to back|back to front|side to side|forwards? and back(?:wards?)?|across (?:the|your) body"
_PER = r"\s+(?:on\s+)?(?:each|per)\s+(?:leg|arm|side)"
_TWO_PLANES = re.compile(rf"\b(?P<n1>\d+)\s+(?P<p1>{_PLANE})(?P<per1>{_PER})?,?\s+"
                         rf"(?:and\s+)?then\s+(?P<n2>\d+)\s+(?P<p2>{_PLANE})(?P<per2>{_PER})?", re.I)
"""'15 front to back on each leg, then 15 side to side on each leg': one movement in two planes, two exercises."""


def _in_two_planes(section: Section) -> list[Section]:
    """The section, or two when its paragraph does the movement in two planes one after the other (leg swings front
    to back, then side to side): each named after its plane, with its own count."""
    text = numerals(section.body[0].text) if section.body else ""
    m = _TWO_PLANES.search(text)
    if m is None or m["p1"].lower() == m["p2"].lower():
        return [section]
    rest = " ".join(sentence for sentence in sentences(section.body[0].text) if not find_mentions(sentence)
                    and not _TWO_PLANES.search(numerals(sentence)))
    return [Section(f"{section.name} {m[f'p{n}']}", "", (_plane_block(m, n, rest),), section.start, made_name=True)
            for n in (1, 2)]


def _plane_block(m: re.Match[str], n: int, rest: str) -> Block:
    return Block(BlockKind.TEXT, f"{m[f'n{n}']}{m[f'per{n}'] or ''}. {rest}")


def _named(text: str) -> str | None:
    """The exercise a paragraph's lead sentence names, when the paragraph opens with an order word (or "X come
    next") and states a dose."""
    first = (sentences(text) or [""])[0]
    if not find_mentions(text) and not re.search(r"\b\d+\s+[a-z]", numerals(text)):
        return None
    if m := _COMES_NEXT.match(first):
        return _cleaned(m["name"])
    led = _LEAD.match(first)
    if led is None:
        return None
    rest = _ASIDE.sub("", first[led.end():].strip())
    rest = _MOVE_VERB.sub("", _SUBJECT.sub("", rest))
    rest = re.sub(r"^\d+\s+(?:slow\s+|easy\s+|gentle\s+)?", "", numerals(rest))
    return _cleaned(rest)


def _cleaned(phrase: str) -> str | None:
    name = _NAME_END.split(_ARTICLE.sub("", phrase.strip().lower()), maxsplit=1)[0].strip()
    words = name.split()
    if not words or len(words) > _NAME_WORDS or find_mentions(name) or words[0] in ("it", "this", "that", "these"):
        return None
    return name
