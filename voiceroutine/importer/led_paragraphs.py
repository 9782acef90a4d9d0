"""A routine told as one paragraph per exercise, each opening with the word that puts it in order: "First, the
world's greatest stretch. Step into a long lunge ... I do 5 on each side." / "Then open books. Lie on your side ...
Eight each side." / "And last, to get the heart going, 50 skips with an imaginary rope." A blog post or a newsletter
tells a routine so; the paragraph's first sentence names the exercise, often with no dose, and the dose follows in
its own words.

Three or more such paragraphs in a row are one exercise each, named by the lead sentence and dosed by the whole
paragraph. The prose rules read such a post sentence by sentence, so a name with no dose beside it was lost and its
dose went to the exercise before it.

A run that opens and closes with a led paragraph ("Start with the pendulum. ..." ... "Finally, the wall walk: ...")
also takes the dosed paragraphs between them that open without an order word ("The towel stretch helps with ...",
"For turning the arm outwards, lie on your back ..."): a newspaper answer tells a routine so. Such a paragraph is
named by the exercise the lexicon finds in its first sentence, else by its purpose ("turning the arm outwards"),
else by its first instruction; a short line between them ("Advertisement") is passed over."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import Block, BlockKind, Section, is_stop
from voiceroutine.importer.dose import find_mentions, numerals
from voiceroutine.importer.lexicon import named_exercise
from voiceroutine.importer.steps import sentences

_LEAD = re.compile(r"^(?:(?:and\s+)?(?:first(?:ly)?|first up|then|next|after that|afterwards|finally|lastly|last|"
                   r"to finish|to start|now|start with|begin with)\b,?\s+)+", re.I)
_COMES_NEXT = re.compile(r"^(?P<name>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,3}?)\s+(?:comes?|is|are)\s+next\b", re.I)
_ASIDE = re.compile(r"^to [a-z]+(?: [a-z]+){0,4},\s*", re.I)
"""A purpose before the name: "to get the heart going, 50 skips"."""
_SUBJECT = re.compile(r"^(?:i|we|you)\s+(?:(?:just|simply|usually|always|then)\s+)?", re.I)
_MOVE_VERB = re.compile(r"^(?:sit|stand|lie|kneel|hang|hold|do|try|add|stay|rest|settle)\s+"
                        r"(?:in|on|into|with|a|an|the)?\s*(?:(?:a|an|the|my|your)\s+)?", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an|my|your|some)\s+", re.I)
_NAME_END = re.compile(r"\s*(?:[,.;:!(]|\s(?:against|on|with|for|to|in|at|into|off|from|holding|while|using|until|"
                       r"and|then|each|per|of)\b)")
_PLACE = re.compile(r"(?:beside|behind|facing|next to|near|by|under|below|in front of)\b", re.I)
_LEAST = 3
_NAME_WORDS = 5


def led_paragraphs(blocks: list[Block], start: int) -> list[Section]:
    """One section per paragraph of the longest run (of at least three) of paragraphs led by an order word, with the
    dosed paragraphs between two led ones."""
    best: list[Section] = []
    run: list[tuple[Section, bool]] = []
    for index in range(start, len(blocks)):
        block = blocks[index]
        told = block.kind is BlockKind.TEXT and not is_stop(block)
        if told and (named := _named(block.text)) is not None:
            run.append((Section(named, "", (block,), index, made_name=True), True))
            continue
        if run and told and (inner := _unled(block.text)) is not None:
            run.append((Section(inner, "", (block,), index, made_name=True), False))
            continue
        if run and block.kind is BlockKind.TEXT and _passed_over(block.text):
            continue
        best = _longer(best, run)
        run = []
    best = _longer(best, run)
    return best if len(best) >= _LEAST else []


def _longer(best: list[Section], run: list[tuple[Section, bool]]) -> list[Section]:
    """The run's sections up to its last led paragraph, when they are more than `best`'s."""
    while run and not run[-1][1]:
        run = run[:-1]  # a paragraph without an order word counts only between two with one
    sections = [split for section, _ in run for split in _in_two_planes(section)]
    return sections if len(sections) > len(best) else best


_PURPOSE = re.compile(r"^for\s+(?P<name>[a-z]+ing\b[^,.;:]{0,40}),\s*", re.I)
"""A paragraph that opens with what the movement is for: "For turning the arm outwards, lie on your back ..."."""


def _unled(text: str) -> str | None:
    """The exercise a dosed paragraph without an order word names: the known exercise in its first sentence ("The
    towel stretch helps with ..."), else the purpose it opens with; None when it names neither."""
    if not _dosed(text):
        return None
    first = (sentences(text) or [""])[0]
    if m := _PURPOSE.match(first):
        return _cleaned(m["name"])
    named = named_exercise(first)
    return _cleaned(named.words) if named is not None else None


def _passed_over(text: str) -> bool:
    """A short line without a number between the paragraphs of a run ("Advertisement")."""
    return len(text.split()) <= 3 and not re.search(r"\d", text)


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
    if not _dosed(text):
        return None
    if m := _COMES_NEXT.match(first):
        return _cleaned(m["name"])
    led = _LEAD.match(first)
    if led is None:
        return None
    rest = _ASIDE.sub("", first[led.end():].strip())
    rest = _SUBJECT.sub("", rest)
    if not _PLACE.match(_MOVE_VERB.sub("", rest)):
        rest = _MOVE_VERB.sub("", rest)  # "sit beside a table": the verb stays when a place, not a name, follows it
    rest = re.sub(r"^\d+\s+(?:slow\s+|easy\s+|gentle\s+)?", "", numerals(rest))
    return _cleaned(rest)


def _dosed(text: str) -> bool:
    return bool(find_mentions(text) or re.search(r"\b\d+\s+[a-z]", numerals(text)))


def _cleaned(phrase: str) -> str | None:
    name = _NAME_END.split(_ARTICLE.sub("", phrase.strip().lower()), maxsplit=1)[0].strip()
    words = name.split()
    if not words or len(words) > _NAME_WORDS or find_mentions(name) or words[0] in ("it", "this", "that", "these"):
        return None
    return name
