"""A routine told of someone else ("She starts with shoulder rolls: she rolls both shoulders backwards ten times",
"Then he holds a plank for a minute"): what they do is the instruction, as a teller's "I" is. The person goes and
the verb takes its plain form ("starts" -> "start"), so the rules for instructions read the clause."""

from __future__ import annotations

import re

from voiceroutine.importer.steps import VERBS

_PERSON = re.compile(r"^(?P<lead>(?:(?:then|next|after that|afterwards|now|finally|and)\s*,?\s+)?)(?:she|he|they)\s+"
                     r"(?:(?:usually|always|normally|also|just|then)\s+)*(?P<verb>[a-z]+)\b", re.I)
_INSIDE = re.compile(r",\s+(?:she|he|they)\s+(?P<verb>does|do|starts|finishes)\b(?=\s+(?:a|an|the|with|some)\b)", re.I)
_IRREGULAR = {"does": "do", "goes": "go", "has": "have", "is": "be"}


def _plain(verb: str) -> str | None:
    """ "starts" -> "start", "finishes" -> "finish", "does" -> "do"; None for a word that is no verb's."""
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for stem in (low[:-2] if low.endswith("es") else "", low[:-1] if low.endswith("s") else "", low):
        if stem and (stem in VERBS or stem in ("start", "finish", "begin", "end", "follow")):
            return stem
    return None


def instruction(clause: str) -> str:
    """The clause as an instruction when it tells what she, he or they do ("she turns to the left" -> "turn to
    the left"); any other clause as it is."""
    m = _PERSON.match(clause)
    if m is None:
        # "For the wrists, which take a beating, she does a wrist stretch: ...": what she does, after its lead-in
        inner = _INSIDE.search(clause)
        if inner is None or (verb := _plain(inner["verb"])) is None or verb not in ("do", "start", "finish"):
            return clause
        return f"{verb}{clause[inner.end():]}"
    if (verb := _plain(m["verb"])) is None:
        return clause
    return f"{m['lead']}{verb}{clause[m.end():]}"
