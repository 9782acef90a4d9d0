"""An exported chat ("[12/03, 07:14] Coach Sam: squats x15") -> the plain article its coach's messages make.

A routine sent in a chat stands in the messages of one sender, between the other's replies. Each message is
read on its own line: a short one as a list item, a longer one as a paragraph, so the importer's usual rules
find the exercises in them.
"""

from __future__ import annotations

import re

from voiceroutine.importer.dose import Kind, find_mentions
from voiceroutine.importer.rounds import is_about_rounds
from voiceroutine.importer.steps import VERBS

_CHAT_LINE = re.compile(
    r"^\s*(?:\[(?P<a>\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)\]"
    r"|(?P<b>\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)\s+[-–])"
    r"\s*(?P<name>[^:\n]{1,40}?):\s?(?P<message>.*)$")
"""A line of an exported chat: "[12/03, 07:14] Sam: squats x15" (iPhone) or "12/03/2026, 07:14 - Sam: ..." (Android)."""
_CHAT_NOISE = re.compile(r"^(?:<media omitted>|this message was deleted|you deleted this message|<attached: .*>|"
                         r"missed (?:voice|video) call|messages and calls are end-to-end encrypted.*)$", re.I)


_RESTS = frozenset((Kind.REST, Kind.SET_REST, Kind.REP_REST))
_MARKED = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[-*•·–—])\s+\S")
"""A message that is already a list item ("1) goblet sq 3x10", "- plank 30s")."""


def _lead_in(line: str) -> list[str]:
    """ "warm up first, march on the spot for 2 minutes" -> a lead-in and an exercise: cut at a comma (or "then")
    where a dose-less part is followed by an instruction with a dose."""
    parts = re.split(r",\s*(?:then\s+)?|\s+then\s+", line, maxsplit=1)
    if len(parts) == 2 and not is_about_rounds(line) and not find_mentions(parts[0]) and find_mentions(parts[1]):
        first = parts[1].split()[0].lower() if parts[1].split() else ""
        if first in VERBS:
            return parts
    return [line]


def chat_messages(text: str) -> str | None:
    """An exported chat as the article its sender of doses wrote: None when `text` is no chat.

    At least three lines, and most of the lines that start a message, are "[date, time] Name: message". The sender
    whose messages state the most doses (the coach) is the author; the others' replies ("thanks!! how many?") are
    left out. A short message is a list item ("squats x15"), a longer one a paragraph; a line without the date
    prefix continues the message above it."""

    lines = [line for line in text.split("\n") if line.strip()]
    matched = [_CHAT_LINE.match(line) for line in lines]
    if sum(1 for m in matched if m) < 3 or sum(1 for m in matched if m) * 2 < len(lines):
        return None
    parts: list[tuple[str, list[str]]] = []
    for line, m in zip(lines, matched, strict=True):
        if m:
            parts.append((m.group("name").strip(), [m.group("message").strip()]))
        elif parts:
            parts[-1][1].append(line.strip())  # joined once below: adding to a string each line was quadratic
    messages = [(name, "\n".join(said)) for name, said in parts]
    doses: dict[str, int] = {}
    for name, said in messages:
        doses[name] = doses.get(name, 0) + len(find_mentions(said))
    author = max(doses, key=lambda name: doses[name]) if doses else ""
    kept: list[str] = []
    for index, (name, said) in enumerate(messages):
        if (name != author and doses[author]) or not said or _CHAT_NOISE.match(said.strip()):
            continue
        if index and messages[index - 1][0] != name and not find_mentions(said):
            continue  # an answer to the other's question ("stick to 12, good form first") is no exercise
        kept.append(said)
    out: list[str] = []
    dosed = False
    for said in kept:
        for line in said.split("\n"):
            for part in _lead_in(line):
                if len(part.split()) < 2 and not find_mentions(part):
                    continue  # "then", "ok"
                doses_here = find_mentions(part)
                dosed = dosed or bool(doses_here)
                # "90s rest between sets": for every exercise, so a paragraph below the list, not an item of it
                rest_only = bool(doses_here) and all(m.kind in _RESTS for m in doses_here)
                short = dosed and not rest_only and len(part.split()) <= 8 and not re.search(r"[.!?:]\W*$", part)
                if _MARKED.match(part):
                    out.append(part)  # "1) goblet sq 3x10": the coach's own list
                    continue
                out.append(f"- {part}" if short else f"\n{part}\n")  # before the first dose: the introduction
    return "\n".join(out) + "\n"
