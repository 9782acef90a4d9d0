"""A paragraph that opens with its exercise's name as a sentence of its own, as pages pasted from a word processor
write them ("Pelvic Tilt. The pelvic tilt eases tight muscles in the lower back." over the list of its steps). The
first sentence names the exercise when it is a short capitalised phrase that ends in a known exercise's name; the
rest of the paragraph is its text. A sentence that only mentions an exercise ("Do the plank.") names nothing."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.lexicon import named_exercise

_FIRST_SENTENCE = re.compile(r"^(?P<name>[A-Z][^.!?:;,()\d]{2,50}?)\.\s+(?P<rest>[A-Z(].*)$", re.S)
_SMALL = frozenset(re.findall(r"\S+", "a an and the of on to with in for or at by"))
_MOST_WORDS = 5


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
