"""Sentences aimed at some of the exercises by number or by name: "For number 3, hold for 10 seconds instead",
"Hold each stretch for 30 seconds, except the calf stretch: 45 seconds", "The stretches are the exception: hold
each of them for 5 seconds".

Such a sentence is no dose of the exercise whose text it happens to stand in (a note after a list is read with
its last item): what it says is for the exercises it names, in place of their own dose, and the part before an
"except" is for every other exercise.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.told import told_in_past

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}
_NUMBER_REF = re.compile(r"\b(?:numbers?|nos?\.|exercises?)\s*#?\s*(?P<list>\d{1,2}(?:\s*(?:,|and|&|or|\+)\s*\d{1,2})*)"
                         r"\b(?!\s*(?:[-–]|to)\s*\d)(?!\s*(?:x\b|×|times|reps?\b|sets?\b|rounds?\b|days?\b|weeks?\b|"
                         r"minutes?|mins?\b|seconds?|secs?\b|per\b|a (?:day|week)\b))|#\s*(?P<one>\d{1,2})\b", re.I)
"""'number 3', 'numbers 2, 3 and 7', 'no. 4', '#2', 'exercise 5': the exercises at those places in the routine
(not 'steps 1 to 3' of one exercise, nor a range, nor a count: 'do these exercises 3 times a week')."""
_ORDINAL_REF = re.compile(rf"\bthe\s+(?P<o>{'|'.join(_ORDINALS)}|last)\s+(?:one|exercise|move|stretch|pose)\b", re.I)
_CUE = re.compile(r"\binstead\b|\brather than\b|\bexcept\b|\bexception\b|\bapart from\b|\bother than\b"
                  r"|\b\d+\b[^.;]{0,20}?,?\s+not\s+\d+\b", re.I)
"""What makes a sentence that names an exercise change its dose, not merely mention it; "the lunges are 10 each leg
not 8" corrects it."""
_EXCEPT = re.compile(r"[,;(]?\s*\b(?:except(?: for)?|apart from|other than|but not|with the exception of)\s+", re.I)
_FOR_NAME = re.compile(r"^\s*(?:for|on|with|in|during)\s+(?:the\s+)?", re.I)
_SMALL_NUMBERS = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"


@dataclass(frozen=True, slots=True)
class Aimed:
    """A sentence that gives some exercises, named in it, a dose of their own."""

    sentence: str
    targets: tuple[int, ...]
    """The exercises it names, by place in the routine (from 0)."""
    text: str
    """Its words for them, without the words that name them."""
    general: str | None = None
    """Before an "except": the dose for every other exercise ("Hold each stretch for 30 seconds")."""
    by_number: bool = False
    """It names them by number ("For number 3"), which says nothing of what they are."""


def numbered(sentence: str, count: int) -> list[int]:
    """The exercises a sentence names by number ("Numbers 2, 3 and 7 work one hand at a time"), by place from 0."""
    places = [int(n) for m in _NUMBER_REF.finditer(sentence) for n in re.findall(r"\d{1,2}", m["list"] or m["one"])]
    return list(dict.fromkeys(n - 1 for n in places if 1 <= n <= count))


def find_aimed(sentence: str, names: list[str]) -> Aimed | None:
    """The exercises among `names` a sentence aims a dose at, and that dose's words; None when it aims at none."""
    general: str | None = None
    text = sentence
    if m := _EXCEPT.search(sentence):
        general, text = sentence[: m.start()].strip(" ,;(") or None, sentence[m.end():]
    spans: list[tuple[int, int]] = []
    targets: list[int] = []
    by_number = False
    for m in _NUMBER_REF.finditer(text):
        numbers = [int(n) for n in re.findall(r"\d{1,2}", m["list"] or m["one"])]
        targets += [n - 1 for n in numbers if 1 <= n <= len(names)]
        spans.append(m.span())
        by_number = True
    for m in _ORDINAL_REF.finditer(text):
        place = len(names) if m["o"].lower() == "last" else _ORDINALS[m["o"].lower()]
        # "the third one" aims only with a word that changes it ("instead") or leading ("For the third one, ...")
        if 1 <= place <= len(names) and (_CUE.search(sentence) or ((lead := _FOR_NAME.match(text)) and
                                         m.start() <= lead.end())):
            targets.append(place - 1)
            spans.append(m.span())
            by_number = True
    if not targets:
        lead = _FOR_NAME.match(text)
        if general is None and lead is None and not _CUE.search(sentence):
            return None
        targets, spans = _by_name(text, names)
        led = lead is not None and bool(spans) and min(start for start, _ in spans) <= lead.end()
        if not targets or not (general is not None or _CUE.search(sentence) or led):
            return None
    if by_number and told_in_past(sentence) and not _CUE.search(sentence):
        return None  # "I couldn't recall what #4 was after a 3-hour night": a story, no dose
    words = _without(text, spans)
    if not find_mentions(words):
        return None
    return Aimed(sentence, tuple(dict.fromkeys(targets)), words.strip(" ,:;"), general, by_number)


def _stem(word: str) -> str:
    return word[:-2] if word.endswith(("ches", "shes", "sses", "xes")) else word[:-1] if word.endswith("s") else word


@functools.lru_cache(maxsize=8)
def _keys(names: tuple[str, ...]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """How a note names each exercise: its name or the last two words of a longer one ("calf stretch"), and the
    last word of every name, for plurals ("the stretches")."""
    keys: dict[str, list[int]] = {}
    last: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        words = re.findall(r"[a-z][a-z'-]*", name.lower())
        if words:
            keys.setdefault(" ".join(words[-2:] if len(words) > 2 else words), []).append(index)
            last.setdefault(words[-1], []).append(index)
    return keys, last


def _by_name(text: str, names: list[str]) -> tuple[list[int], list[tuple[int, int]]]:
    """The exercises a text names: by their whole name or its last two words ("the calf stretch", "the lunges"),
    else all whose name ends in a word the text gives in the plural ("the three stretches", "the lunges"). Linear:
    each word and pair of words is looked up."""
    keys, last = _keys(tuple(names))
    words = list(re.finditer(r"[a-z][a-z'-]*", text.lower()))
    found: list[int] = []
    spans: list[tuple[int, int]] = []
    for at in range(len(words)):
        for size in (2, 1):
            run = words[at: at + size]
            if len(run) < size:
                continue
            said = " ".join(m.group(0) for m in run)
            hit = keys.get(said) or keys.get(_stem(said))
            if hit:
                found += hit
                spans.append((run[0].start(), run[-1].end()))
                break
    if not found:
        for word in words:
            group = last.get(_stem(word.group(0)), []) if word.group(0).endswith("s") else []
            # "the lunges" names the one exercise whose name ends in them ("Reverse lunges") as well
            the = text.lower()[max(0, word.start() - 4):word.start()] == "the "
            group = group or (last.get(word.group(0), []) if the and word.group(0).endswith("s") else [])
            if len(group) >= 2 or (group and the):
                found += group
                spans.append(word.span())
    return list(dict.fromkeys(found)), spans


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the words that name the exercises taken out (their numbers are no counts)."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start >= at:
            out.append(text[at:start])
            at = end
    out.append(text[at:])
    return " ".join("".join(out).split())
