"""Sentences that offer another dose to some people: "If that's too much, 3 rounds of 20 seconds is a fine start",
"To make it harder, hold for 60 seconds", "Too hard? Do 5.", "Beginners can start with 5 reps", "Repeat twice if
you are a beginner", "For an easier version, hold for 10 seconds". The exercise's dose is the one the article gives
everyone; an option's dose is said in a warning on it, not used (as a later stage's is, `progression.py`)."""

from __future__ import annotations

import re

_OPTION = re.compile(
    r"^(?:but\s+|and\s+|or\s+)?(?:if\s+(?:that|this|it|they|these|those)(?:'s|’s|\s+is|\s+are|\s+feels?)?\s+(?:a\s+bit\s+|"
    r"way\s+)?too\s+(?:much|hard|difficult|easy|tough|intense|challenging)"
    r"|too\s+(?:much|hard|difficult|easy|tough)\s*\?"
    r"|to\s+make\s+(?:it|this|them|the\s+\w+)\s+(?:easier|harder|gentler|tougher|more\s+\w+)"
    r"|(?:for\s+)?(?:an?\s+)?(?:easier|harder|gentler|tougher|beginner'?s?|advanced)\s+(?:version|option|variation)"
    r"|beginners?\s+(?:can|could|should|may|might)\b"
    r"|(?:new|newer)\s+to\s+(?:this|exercise|it)\b)",
    re.I)
_FOR_SOME = re.compile(r"\bif\s+you(?:'re|’re|\s+are)\s+(?:a\s+|an\s+|just\s+)?(?:beginner|new\s+to\b|starting\s+out|"
                       r"more\s+advanced)", re.I)
"""A dose said for some, anywhere in the sentence: "Repeat twice if you are a beginner, three times if not"."""


def is_option(sentence: str) -> bool:
    """Whether the sentence offers an easier or harder dose to some people rather than the dose for everyone."""
    return bool(_OPTION.search(sentence.strip(" *_")) or _FOR_SOME.search(sentence))
