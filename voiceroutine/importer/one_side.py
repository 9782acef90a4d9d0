"""An exercise done on one side only ("Perform on your right leg only", "left arm only", "only on the operated
side"): however its steps speak of "the other foot", it has no pair of sides."""

from __future__ import annotations

import re

_PART = r"(?:side|leg|arm|foot|ankle|knee|hip|hand|wrist|shoulder|elbow)"
_ONLY = re.compile(
    rf"\b(?:on|with|using)\s+(?:your|the)\s+(?:(?:right|left|injured|operated|affected|weak(?:er)?|sore)\s+){_PART}s?"
    rf"\s+only\b"
    rf"|\b(?:right|left|injured|operated|affected)\s+{_PART}\s+only\b"
    rf"|\bonly\s+(?:on|with)\s+(?:your|the)\s+(?:right|left|injured|operated|affected)\s+{_PART}\b", re.I)


def one_side_only(text: str) -> str | None:
    """The words that say the exercise is done on one side only, or None."""
    m = _ONLY.search(text)
    return m.group(0) if m else None
