"""An article's own word for a set, as translated leaflets use one: "Make this movement 12 times, this counts as one
group. Make 3 groups."

Where the article says what one of its word is ("this counts as one group", "15 times is one block"), that word is
its set, and "3 groups" 3 sets; elsewhere the word keeps its meaning ("3 muscle groups" is no dose)."""

from __future__ import annotations

import re

_DEFINED = re.compile(r"\b(?:is|counts as|makes|=)\s+(?:one|1|a)\s+(?P<word>group|block)\b", re.I)


def defined_set_word(text: str) -> str:
    """The text with the word it defines as a set ("group") written "set" (and "sets"); unchanged when it defines
    none."""
    m = _DEFINED.search(text)
    if m is None:
        return text
    word = m["word"].lower()
    # "counts as one group": what a set is, not a count of sets
    text = _DEFINED.sub(lambda found: found.group(0)[: found.start("word") - found.start()].rsplit(" ", 2)[0] + " a "
                        + found["word"], text)

    def as_set(found: re.Match[str]) -> str:
        spelled = "sets" if found.group(0).lower().endswith("s") else "set"
        return spelled.capitalize() if found.group(0)[0].isupper() else spelled

    return re.sub(rf"\b{word}s?\b", as_set, text, flags=re.I)
