"""A timed set of as many reps as one can, written as a line of its own: "As many squats as you can do in 1
minute", "2. As many press-ups as possible in 45 seconds", or with the name first: "Lunges: as many as you can in
1 minute".

The line's first words were the exercise's name ("As many squats as you can do in") and its time a hold of
squats, warned as maybe moving; and "as many as" before a number ("as many as 20") is a bound, not a dose, so the
name-first line had no dose at all and 10 reps were assumed. Each such line is written as the exercise's name, a
colon and "keep going for 1 minute, as many as you can": a time done moving, as the page means it."""

from __future__ import annotations

import re

_TIME = r"\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?\s*(?:seconds?|secs?|s|minutes?|mins?)\b"
_AS_MANY = r"as\s+(?:you\s+can|possible|you\s+are\s+able)(?:\s+(?:do|manage|complete|get))?\s+in\s+(?:a\s+|the\s+)?"
_NAME_INSIDE = re.compile(rf"^(?P<lead>\s*(?:[-*•–—]\s+|\(?\d{{1,2}}[.)]\s+)?)as\s+many\s+(?:reps?\s+of\s+)?"
                          rf"(?P<name>[A-Za-z][A-Za-z' -]{{1,40}}?)\s+{_AS_MANY}(?P<time>{_TIME})(?P<rest>.*)$",
                          re.I)
_NAME_FIRST = re.compile(rf"^(?P<lead>\s*(?:[-*•–—]\s+|\(?\d{{1,2}}[.)]\s+)?)(?P<name>[A-Za-z][A-Za-z' -]{{1,40}}?)"
                         rf"\s*(?::|\s[-–—])\s*as\s+many\s+(?:reps?\s+)?{_AS_MANY}(?P<time>{_TIME})(?P<rest>.*)$",
                         re.I)


def as_many_lines(text: str) -> str:
    """The text with each "as many X as you can in <time>" line written as a name and a time done moving."""
    out: list[str] = []
    for line in text.split("\n"):
        m = _NAME_INSIDE.match(line) or _NAME_FIRST.match(line)
        if m is None or m["name"].strip().lower() in ("reps", "rep", "times", "you"):
            out.append(line)
            continue
        name = m["name"].strip()
        rest = m["rest"].strip(" .")
        tail = f". {rest[:1].upper()}{rest[1:]}." if rest else ""
        out.append(f"{m['lead']}{name[:1].upper()}{name[1:]}: keep going for {m['time']}, as many as you can{tail}")
    return "\n".join(out)
