"""A paragraph that opens with its exercise's name as a sentence of its own, as pages pasted from a word processor
write them ("Pelvic Tilt. The pelvic tilt eases tight muscles in the lower back." over the list of its steps). The
first sentence names the exercise when it is a short capitalised phrase that ends in a known exercise's name; the
rest of the paragraph is its text. A sentence that only mentions an exercise ("Do the plank.") names nothing."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.lexicon import named_exercise
from voiceroutine.importer.steps import VERBS

_FIRST_SENTENCE = re.compile(r"^(?P<name>[A-Z][^.!?:;,()\d]{2,50}?)\.\s+(?P<rest>[A-Z(].*)$", re.S)
_SMALL = frozenset(re.findall(r"\S+", "a an and the of on to with in for or at by"))
_MOST_WORDS = 5
_NOT_A_NAME_START = frozenset(re.findall(r"\S+", """then now next finally also first second last try just simply start
begin end finish my your our his her their this that these those the a an another one some any each every here there
it which what how why when so and but or"""))
"""Words that open an instruction or a remark, never a name written in sentence case ("Gentle spinal twist.")."""


def name_sentence(text: str) -> tuple[str, str] | None:
    """(name, the rest) of "Partial Sit-ups. Partial sit-ups strengthen ..."; None when the paragraph does not open
    with a name sentence."""
    m = _FIRST_SENTENCE.match(text.strip())
    if m is None:
        return None
    name = m["name"].strip()
    words = name.split()
    if len(words) > _MOST_WORDS or find_mentions(name):
        return None
    named = named_exercise(name)
    if named is None or named.end != len(name):
        return None  # "Good news. Here are ...": no exercise's name
    capitalised = all(word[:1].isupper() for word in words if word.lower() not in _SMALL)
    if not capitalised and named.start != 0:
        return None  # "Then do sit-ups. ...": an instruction that ends in a name, not a name
    return name, m["rest"].strip()


def paragraph_name(text: str) -> str | None:
    """The name a paragraph told as running prose opens with, in either case: "Gentle spinal twist. Lying down ..."
    is "Gentle spinal twist"; "Then do a plank. ..." and "Hold the pose. ..." name nothing."""
    if (named := name_sentence(text)) is not None:
        return named[0]
    m = _FIRST_SENTENCE.match(text.strip())
    if m is None:
        return None
    name = m["name"].strip()
    words = name.split()
    first = words[0].lower()
    if len(words) > _MOST_WORDS or find_mentions(name) or first in _NOT_A_NAME_START or first in VERBS:
        return None
    named_here = named_exercise(name)
    return name if named_here is not None and named_here.end == len(name) else None
