"""Lines under a lead-in that each name a known exercise and give its dose, whatever their case ("Finisher:" over
"plank 3 x 45s" / "side plank 20s each side" / "then glute bridges x15"): a list of exercises written without
bullets. Read as they stand, loose lines join into one paragraph, so the lead-in becomes one exercise's name and
every dose lands in it; the dosed-lines rule takes only lines that start with a capital. Here the lexicon is the
evidence instead of the case: under a line that ends with a colon, a run of at least MIN_LINES dosed lines up to a
blank line, at least MIN_KNOWN of them naming a known exercise at their start, is written as list items. A word of
sequence before the name ("then", "and", "finally") is dropped from the item, and its first letter written as a
capital, as a list item's name is."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.lexicon import named_exercise
from voiceroutine.importer.steps import VERBS

MIN_LINES = 3
"""Fewer lines than this under a lead-in are its sentence's continuation, not a list."""
MIN_KNOWN = 2
"""Of the run's lines, at least this many name a known exercise at their start."""
_MARKED = re.compile(r"^\s*(?:[-*+•>|#]|\d{1,2}[.)]|\(\d{1,2}\)|[A-Za-z][.)]\s)")
"""A line that already says what it is: a bullet, a number, a quote, a table row, a heading."""
_SEQUENCE = re.compile(r"^(?:then|and|and then|next|finally|after that|last(?:ly)?),?\s+", re.I)
_MAX_WORDS = 12


def _bare(line: str) -> str:
    return _SEQUENCE.sub("", line.strip())


def _dosed(line: str) -> bool:
    """A short unmarked line that states a dose and does not start with an instruction's verb ("hold it 30s"),
    unless its first words are a known exercise's name ("plank 3 x 45s")."""
    text = _bare(line)
    words = text.split()
    return (bool(words) and len(words) <= _MAX_WORDS and not _MARKED.match(line) and words[0][:1].isalpha()
            and (words[0].lower() not in VERBS or _known_first(line)) and bool(find_mentions(text)))


def _known_first(line: str) -> bool:
    named = named_exercise(_bare(line))
    return named is not None and named.start == 0


def led_known_lines(text: str) -> str:
    """The text with each run of dosed lines under a lead-in ("Finisher:") that names known exercises written as
    list items."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        out.append(lines[index])
        if not lines[index].rstrip().endswith(":") or _MARKED.match(lines[index]):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end].strip() and _dosed(lines[end]):
            end += 1
        run = lines[index + 1:end]
        ends_block = end == len(lines) or not lines[end].strip()
        if len(run) >= MIN_LINES and ends_block and sum(map(_known_first, run)) >= MIN_KNOWN:
            out.extend(f"- {_bare(line)[:1].upper()}{_bare(line)[1:]}" for line in run)  # a list item's name
            index = end
        else:
            index += 1
    return "\n".join(out)
