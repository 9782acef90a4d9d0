"""A list item that gives its dose as the item above's ("4. And turning out, same again", "Side plank – same as
above"): the dose of the item above it, said again. It was an item with no dose, skipped or given 10 reps.

A sentence that gives an exercise the dose of another by its number ("Same hold and repetitions as exercise 3") is
given that numbered item's doses (its line and the paragraphs under it); such an exercise, with no dose and no
instruction of its own, was left out. One that names the other ("Same dose as the extensor stretch") is given the
doses under the nearest name line above it that holds those words ("Wrist extensor stretch")."""

from __future__ import annotations

import re
from dataclasses import replace

from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.steps import sentences

_SAME = re.compile(r"[,;:–—-]\s*(?:exactly |just )?(?:the\s+)?(?:same again|same as (?:the one )?(?:above|before|"
                   r"the last one)|as (?:above|before)|same)\b(?P<rest>[^.;]*)[.!]?\s*$", re.I)
"""The words that give an item the dose above: "same again", "exactly the same, with a soft knee", "as above"."""


_AS_NUMBER = re.compile(r"(?:\b(?:the\s+)?same\b[^.;]{0,40}?|^[^.;:]{0,20}:\s*|^)\bas\s+(?:for\s+)?"
                        r"(?:exercise|number|no\.?|#)\s*(?P<n>\d{1,2})\b", re.I)
"""The words that give a block another exercise's dose by its number: "Same hold and repetitions as exercise 3", a
dose label's "How much: as exercise 1"."""
_NUMBERED_HEADING = re.compile(r"^(?:exercise|move|step|stretch|no\.?)\s*(?P<n>\d{1,2})\b", re.I)
"""A heading that numbers its exercise: "Exercise 1 – Eyes on target"."""


def _numbered_doses(blocks: list[Block], number: str) -> str:
    """The doses the item numbered `number` gives on its line and in the paragraphs under it, as one text."""
    at = next((index for index, block in enumerate(blocks)
               if (block.kind is BlockKind.ITEM and block.marker.rstrip(".)") == number)
               or (block.kind is BlockKind.HEADING and (m := _NUMBERED_HEADING.match(block.text))
                   and m["n"] == number)), None)
    if at is None:
        return ""
    said = [blocks[at].text]
    for block in blocks[at + 1:]:
        if block.kind is not BlockKind.TEXT:
            break
        said.append(block.text)
    if blocks[at].kind is BlockKind.HEADING:
        # the dosed sentences whole under a heading: "3 lots of 30 seconds" says its sets only with its time
        return " ".join(sentence for text in said[1:] for sentence in sentences(text) if find_mentions(sentence))
    return ", ".join(dict.fromkeys(mention.words for text in said for mention in find_mentions(text)))


def _as_numbered(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if (block.kind is not BlockKind.HEADING and (m := _AS_NUMBER.search(block.text))
                and not find_mentions(block.text) and (doses := _numbered_doses(blocks, m["n"]))):
            block = replace(block, text=f"{block.text} {doses}.")
        out.append(block)
    return out


_AS_NAMED = re.compile(r"\b(?:the\s+)?same\s+(?:dose|doses|hold|reps|repetitions|sets|times?|amount)?\s*as\s+"
                       r"(?:the|your|for the|with the)\s+(?P<name>[a-z][a-z' -]{2,40}?)\s*[.!;]?\s*$", re.I)
"""A sentence that gives an exercise the dose of another by its name: "Same dose as the extensor stretch"."""
_NAME_LINE_WORDS = 6


def _named_doses(blocks: list[Block], before: int, name: str) -> str:
    """The doses of the nearest exercise above `before` whose name line holds `name`, and of the paragraphs under
    that line."""
    words = name.lower().split()
    for at in range(before - 1, -1, -1):
        line = blocks[at]
        text = line.text.lower()
        if len(text.split()) > _NAME_LINE_WORDS or find_mentions(line.text) or not all(
                re.search(rf"\b{re.escape(word)}", text) for word in words):
            continue
        # its dosed sentences whole: "Hold for 30 seconds and repeat 3 times" is 3 reps, its words alone 3 sets
        return " ".join(sentence for block in blocks[at + 1: before] if block.kind is BlockKind.TEXT
                        for sentence in sentences(block.text) if find_mentions(sentence))
    return ""


def _as_named(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if (block.kind is BlockKind.TEXT and (m := _AS_NAMED.search(block.text)) and not find_mentions(block.text)
                and (doses := _named_doses(blocks, index, m["name"]))):
            block = replace(block, text=f"{block.text} {doses}")
        out.append(block)
    return out


_SAID_AGAIN = re.compile(r"(?:^|(?<=[.!?)])\s+|\s*[,;:–—-]\s*)(?:and\s+)?"
                         r"(?:(?:the\s+)?same\s+again|ditto|(?:the\s+)?same\s+as\s+"
                         r"(?:above|before|the\s+last\s+one)|as\s+above|same\s+(?:dose|reps|hold))\s*[.!]?\s*$", re.I)
"""A paragraph's last sentence (or clause) that gives it the dose of the exercise before it: "Same again.", "Ditto.",
"Calf stretch against a tree, same again."."""
_LOOK_BACK = 3
"""The blocks above a "Same again." paragraph searched for the dose it repeats."""


def _dose_part(sentence: str) -> str:
    """The sentence from its first clause with a dose: "Hamstring stretch on the bench, 30 seconds each leg." ->
    "30 seconds each leg.", so that the other exercise's name is not said again."""
    first, comma, rest = sentence.partition(",")
    return rest.strip() if comma and rest.strip() and not find_mentions(first) else sentence


def _said_again(blocks: list[Block]) -> list[Block]:
    """Each paragraph that ends "Same again." or "Ditto." and states no dose of its own given the dosed sentences of
    the nearest paragraph or item above it that states one (a heading between them is passed over)."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is not BlockKind.HEADING and _SAID_AGAIN.search(block.text) and not find_mentions(block.text):
            above = [b for b in out[-_LOOK_BACK:] if b.kind is not BlockKind.HEADING and find_mentions(b.text)]
            if above:
                said = " ".join(_dose_part(sentence) for sentence in sentences(above[-1].text)
                                if find_mentions(sentence))
                block = replace(block, text=f"{block.text.rstrip()} {said}")
        out.append(block)
    return out


def with_doses_said_again(blocks: list[Block]) -> list[Block]:
    """The blocks, each "same again" item given the doses of the list item just above it, and each "Same again." or
    "Ditto." paragraph those of the exercise before it."""
    out: list[Block] = []
    for block in _said_again(_as_named(_as_numbered(blocks))):
        above = out[-1] if out else None
        if (block.kind is BlockKind.ITEM and (m := _SAME.search(block.text)) and not find_mentions(block.text)
                and above is not None and above.kind is BlockKind.ITEM and (said := find_mentions(above.text))):
            doses = ", ".join(dict.fromkeys(mention.words for mention in said))
            rest = m["rest"].strip(" ,")
            block = replace(block, text=f"{block.text[: m.start()].strip()}: {doses} (the same again)"
                                        + (f". {rest[:1].upper()}{rest[1:]}." if rest else ""))
        out.append(block)
    return out
