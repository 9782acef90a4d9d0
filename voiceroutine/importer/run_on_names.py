"""A name that runs over the end of a sentence ("Same again but slower. then rest"): a word, a full stop and more
words after it. An exercise's name is never two sentences, so such a name is a piece of running text that a rule
took for a name, and it carries a warning; an initial or a short form ("St. John", "No. 2") is no sentence end."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?]\s+[A-Za-z]")


def run_on_name(name: str) -> str | None:
    """Why `name` reads as running text over a sentence's end, or None when it does not."""
    if _SENTENCE_END.search(name) is None:
        return None
    return "its name runs over the end of a sentence, so it may be a piece of the text rather than a name"
