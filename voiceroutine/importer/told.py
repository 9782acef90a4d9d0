"""Sentences that tell a story in the past ("My physio gave me a sheet with 3 x 10 of everything", "I did 50 of
each for a week"): what someone once did or was given, not what the reader is to do now. Such a sentence in an
introduction gives no dose for every exercise."""

from __future__ import annotations

import re

_GIVEN = re.compile(r"\b(?:gave|handed|showed|told|prescribed|sent|wrote|set)\s+(?:me|us|him|her|them)\b", re.I)
"""Someone gave a person a plan: "she handed me a list of 3 x 10 for everything"."""
_DID = re.compile(r"\b(?:i|we|he|she|they)(?:'ve|'d| have| had)?\s+(?:(?:\w+ly|then|just|never|once|only|also)\s+){0,2}"
                  r"(?:did|done|had|was|were|been|used to|tried|started|stopped|began|kept|went|got|made|\w{3,}ed)\b"
                  r"|\b(?:wanted|asked for) (?:me|us|him|her|them|\d)", re.I)
"""A person did something once: "I did it for four days", "we started with 20 of everything"."""


def told_in_past(sentence: str) -> bool:
    """Whether the sentence tells what was done or given before, rather than saying what to do."""
    return bool(_GIVEN.search(sentence) or _DID.search(sentence))


_EARLIER = re.compile(r"^\W*(?:previous(?:\s+(?:session|workout|time))?|last\s+(?:time|week|session|workout)|"
                      r"(?:personal\s+)?best|pb)\s*:", re.I)
"""A log's line about an earlier session: "Previous: Push day on 24 Nov · 44min", "Last time: 2 rounds of 12"."""


def about_earlier_session(sentence: str) -> bool:
    """Whether the sentence is a line that reports an earlier session, which gives no dose for this one."""
    return bool(_EARLIER.match(sentence))
