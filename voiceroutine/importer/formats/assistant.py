"""A conversation with an AI assistant copied from its page: "You said:" over the person's messages, "Assistant said:"
(or "ChatGPT said:") over the answers. The person often asks for a changed routine ("take the plank out, make it
shorter"), and the assistant writes it again: the routine is the last answer that gives doses; the earlier
versions and the person's messages are no part of it."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions

_SPEAKER = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(?P<who>you|user|me|[A-Z][\w.-]{1,20}(?: [A-Z][\w.-]{1,20})?)"
                      r"\s+said:?(?:\*\*)?\s*$")
_PERSON = frozenset(("you", "user", "me"))
MIN_DOSED_LINES = 3
"""An answer with fewer lines that state a dose is talk, not a routine."""


def assistant_answer(text: str) -> str | None:
    """The last answer of the assistant that gives a routine, or None when the text is no such conversation (at
    least one message of the person and one of the assistant)."""
    lines = text.split("\n")
    turns: list[tuple[bool, list[str]]] = []
    for line in lines:
        if m := _SPEAKER.match(line):
            turns.append((m["who"].lower() in _PERSON, []))
        elif turns:
            turns[-1][1].append(line)
    if not any(person for person, _ in turns) or all(person for person, _ in turns):
        return None
    answers = ["\n".join(body) for person, body in turns if not person]
    dosed = [answer for answer in answers
             if sum(1 for line in answer.split("\n") if find_mentions(line)) >= MIN_DOSED_LINES]
    return dosed[-1] if dosed else None
