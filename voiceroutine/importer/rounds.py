"""Rounds of a whole article's exercises: "do the circuit twice", "repeat 3 rounds", "rest 1 minute between rounds".

Such a sentence is about every exercise at once, so it becomes a `circuit` around them, not a dose of the
exercise whose paragraph it happens to stand in.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from voiceroutine.importer.swapped_counts import is_swap

_NUMBERS = dict(zip(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], range(1, 11)))
_TIMES = {"once": 1, "twice": 2, "thrice": 3, "one more time": 2, "once more": 2, "again": 2, "a second time": 2,
          "a third time": 3}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")"
_GROUP = (
    r"(?:the |this |that |your )?(?:following |whole |entire |full )?"
    r"(?:circuit|routine|sequence|workout|series|set of (?:exercises|moves)|whole thing|lot|list|session|"
    r"(?:these |all (?:the |of the |these )?|the )(?:exercises|moves|movements|stretches)"
    r"|(?:the |these |all )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:[a-z]+ )?"
    r"(?:exercises|moves|movements|stretches|drills)(?: below| above)?"
    # "go through all six twice": all of a number said before, the moves themselves
    r"|all (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)(?: of them)?)"
)
_THEM = r"(?:them all|them|the lot|everything|the list)"
# only sentences about the whole group count: "Do 3 rounds." inside one exercise's paragraph is its sets
_ROUNDS = [
    re.compile(rf"\b(?:repeat|do|go through|complete|perform|run through|work through)\s+{_GROUP}\s+"
               rf"(?:{_COUNT}\s+(?:times|rounds|more times)|(?P<t>once|twice|thrice))\b", re.I),
    re.compile(rf"\b{_COUNT}\s+(?:rounds|circuits|times through)\s+(?:of\s+{_GROUP})", re.I),
    # "repeat the whole circuit 3x", "do the circuit x 2": a times sign for the number of times
    re.compile(rf"\b(?:repeat|do|go through|complete|perform)\s+{_GROUP}\s+(?:(?P<n>\d{{1,2}})\s*[x×](?!\w)|"
               rf"[x×]\s*(?P<m>\d{{1,2}})\b)", re.I),
    # "then 3 rounds of:" above the list of moves
    re.compile(rf"\b{_COUNT}\s+(?:rounds|circuits)\s+of\s*:\s*$", re.I),
    re.compile(rf"\b(?:repeat|do|complete)\s+{_COUNT}\s+(?:rounds|circuits)\s+of\s+{_GROUP}", re.I),
    # "Go round 3 times", "go around twice": going round is the whole group's
    # ("Go round the whole circuit twice")
    re.compile(rf"\bgo(?:ing)?\s+(?:a)?round(?:\s+(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?(?:circuit|stations|lot))?\s+"
               rf"(?:{_COUNT}\s+(?:times|rounds)|(?P<t>once|twice|thrice))\b", re.I),
    # "go straight through TWICE", "go through them 3 times": going through is the whole list's
    # ("go through it twice on each leg" is one exercise's sets)
    re.compile(rf"\bgo\s+(?:straight\s+through(?:\s+{_THEM})?|through\s+(?:{_THEM}|all of them))\s+"
               rf"(?:{_COUNT}\s+times|(?P<t>twice|thrice))\b", re.I),
    # "then go round one more time", "go through them all once more": the whole lot twice
    re.compile(r"\b(?:go|do|run|work)\s+(?:round|around|through)\s+(?:(?:them|it|the\s+\w+|all\s+\w+)\s+)?"
               r"(?P<t>one more time|once more|again)\b", re.I),
    # "through the four below, and then the whole ladder a second time": the whole of anything done again is a round
    re.compile(r"\b(?:then|and)\s+(?:do\s+|repeat\s+|go\s+through\s+)?(?:the|this|that)\s+(?:whole|entire|full)\s+"
               r"[a-z-]+\s+(?P<t>a second time|a third time)\b", re.I),
    # "3 rounds in total." said of a list of exercises; "5 supersets, 3 rounds total" above them
    re.compile(rf"^(?:\d{{1,2}}\s+(?:supersets|pairs|tri-?sets|exercises|moves|stations)\s*,\s*)?"
               rf"(?:that's\s+|for\s+|do\s+)?{_COUNT}\s+(?:rounds|circuits)\s+(?:in\s+(?:total|all)|total|altogether)\b",
               re.I),
    # "3 rounds, 1 min rest between rounds": rounds with a rest between them are the group's
    re.compile(rf"^(?:do\s+|for\s+)?{_COUNT}\s+(?:rounds|circuits)\b(?=[^.;]*\bbetween\s+(?:rounds|circuits)\b)", re.I),
]
_FREQUENCY = re.compile(r"^\s*(?:a|per|each|every)\s+(?:day|week)\b|^\s*(?:daily|weekly)\b", re.I)
"""What makes "3 times" how often, not how many rounds: "3 times a day"."""
_ROUND_REST = re.compile(
    r"\brest(?:ing)?\s+(?:for\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>seconds?|secs?|s|minutes?|mins?)\s+"
    r"(?:between|after each|after every|at the end of (?:each|every))\s+(?:rounds|circuits|round|circuit)\b",
    re.I,
)
_UNIT = r"(?:seconds?|secs?|s|minutes?|mins?)"
_ROUND_REST_AFTER = re.compile(
    rf"\b(?P<n>\d+(?:\.\d+)?|an?|{'|'.join(_NUMBERS)})\s*-?\s*(?P<unit>{_UNIT})(?:'s)?\s+"
    r"(?:(?:of\s+)?(?:rest|recovery|break)\s+)?"
    r"(?:between(?: each| every)?|after each|after every|at the end of (?:each|every))\s+(?:rounds?|circuits?)\b", re.I)
"""The other word order: "with a minute's rest between rounds", "30 seconds of rest between rounds", "with 2
minutes between rounds for water"."""
_ROUND_REST_FIRST = re.compile(
    rf"\brest\s+(?:for\s+)?(?P<n>\d+(?:\.\d+)?|an?|one)\s*-?\s*(?P<unit>{_UNIT})\s+after\s+(?:round\s+(?:1|one)|"
    r"the\s+first\s+(?:round|circuit))\b", re.I)
"""A rest after the first round, said of two ("rest 1 min after round 1 then repeat"): the rest between rounds."""
_ROUND_REST_BARE = re.compile(rf"^\W*(?P<n>\d+(?:\.\d+)?|an?|one)\s*-?\s*(?P<unit>{_UNIT})\s+"
                              r"(?:between|after each|after every)\s+(?:rounds?|circuits?)\W*$", re.I)
"""A line that is only a time between rounds ("1 min between rounds", a board's line): the rest between them."""
_ROUND_REST_AGAIN = re.compile(
    rf"\b(?:when|once|after)\s+you(?:'ve| have)?\s+(?:done|finished|completed)\s+(?:all|every|the lot|them all)\b"
    rf".{{0,40}}?\b(?P<n>\d+(?:\.\d+)?|an?|one)\s*-?\s*(?P<unit>{_UNIT})(?:'s)?\s+(?:of\s+)?"
    r"(?:rest|recovery|break|breather)\b", re.I)
"""A rest after all the exercises: "When you've done all five, take a 1-minute breather and go again"."""
_ROUND_REST_ALL = re.compile(
    rf"\bafter\s+(?:all|every one|the last)(?:\s+(?:\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten))?"
    rf"(?:\s+(?:of them|moves|exercises|stations))?\s*,?\s+(?:rest|take|have)\s+(?:for\s+)?(?:an?\s+)?"
    rf"(?P<n>\d+(?:\.\d+)?|an?|one)\s*-?\s*(?P<unit>{_UNIT})\b", re.I)
"""The same said shorter: "After all five, rest for 1 minute"."""
_ROUND_REST_TAKE = re.compile(
    rf"\b(?:after|at the end of)\s+(?:each|every)\s+(?:full\s+|complete\s+|whole\s+)?(?:round|circuit)\s*,?\s+"
    rf"(?:take|rest|have|add)\s+(?:for\s+)?(?:an?\s+(?:extra|further|more)\s+|another\s+)?(?P<n>\d+(?:\.\d+)?|an?|one)\s*-?\s*"
    rf"(?P<unit>{_UNIT})\b", re.I)
"""The rest said after the round: "After each full round take an extra 60 seconds"."""
_TIME = rf"(?P<{{0}}>\d+(?:\.\d+)?)\s*-?\s*(?P<{{0}}_unit>{_UNIT})\b"
_WORK_REST = [
    # "Work for 40 seconds on each move, then rest for 20 seconds"
    re.compile(rf"\bwork(?:ing)?\s+(?:hard\s+)?(?:for\s+)?{_TIME.format('work')}.{{0,80}}?\brest(?:ing)?\s+(?:for\s+)?"
               rf"{_TIME.format('rest')}", re.I),
    # "30 s on / 30 s off", "40 seconds on, 20 seconds off"
    re.compile(rf"{_TIME.format('work')}\s+on\b\s*[,/;]?\s*(?:and\s+|then\s+)?{_TIME.format('rest')}\s+off\b", re.I),
    # "Do each station for 30 seconds. Then you get 15 seconds to get your breath back": the work, then the rest
    re.compile(rf"\beach\s+(?:station|exercise|move|movement|one)\s+for\s+{_TIME.format('work')}[.,;]?\s+(?:and\s+)?"
               rf"(?:then\s+)?(?:you\s+)?(?:get|take|have|rest(?:\s+for)?)\s+{_TIME.format('rest')}\s+"
               r"(?:to\b|of\s+rest|rest|off|break|recovery)", re.I),
    # "40 seconds of work, 20 seconds of rest", "40 s work · 20 s rest", "30 seconds of work, 15 seconds to get your
    # breath"
    re.compile(rf"{_TIME.format('work')}\s+(?:of\s+)?work\b\s*[,/;·|]?\s*(?:and\s+|then\s+|followed by\s+)?"
               rf"{_TIME.format('rest')}\s+"
               r"(?:(?:of\s+)?rest\b|to\s+(?:reset|recover|rest|catch your breath|get your breath|breathe)\b)", re.I),
    # "Each move 40 s, then 20 s to reset", "each exercise for 30 seconds and 15 seconds of rest"
    # "Do each of the five moves below for 40 seconds, with 20 seconds to catch your breath"
    re.compile(rf"\b(?:each|every)\s+(?:of\s+the\s+(?:\w+\s+)?)?(?:moves?|movements?|exercises?|stations?)"
               rf"(?:\s+(?:below|above))?\s+(?:is\s+|for\s+)?{_TIME.format('work')}\s*,?"
               rf"\s*(?:then|and|followed by|with)\s+{_TIME.format('rest')}\s+(?:of\s+)?"
               r"(?:to\s+(?:reset|recover|rest|catch your breath|get your breath back|breathe)"
               r"|rest|recovery|off|break)\b", re.I),
    # "We work 45 seconds on each station and get 15 seconds to move to the next one"
    re.compile(rf"\b(?:work|go)(?:ing)?\s+(?:hard\s+)?(?:for\s+)?{_TIME.format('work')}\s+(?:on|at|for)\s+"
               rf"(?:each|every)\s+(?:station|exercise|move|movement)\b[^.;]{{0,40}}?\b(?:get|take|have)\s+"
               rf"{_TIME.format('rest')}\s+(?:to\s+(?:move|change|switch|get|walk|swap|reset|recover)|of\s+rest|"
               r"rest|off|break|recovery)\b", re.I),
    # "Spend 1 minute at each station. Take about 15 seconds to walk to the next one": the time at each, then the
    # time to get to the next, in the sentence after it
    re.compile(rf"\b(?:spend|do|work|stay)\s+(?:for\s+)?{_TIME.format('work')}\s+(?:at|on)\s+(?:each|every)\s+"
               rf"(?:station|exercise|move|movement)\b[.,;]?\s+(?:and\s+|then\s+)*(?:you\s+)?(?:take|get|have|allow)\s+"
               rf"(?:about\s+|around\s+|roughly\s+|up to\s+)?{_TIME.format('rest')}\s+"
               r"to\s+(?:walk|move|change|switch|get|swap|reset|recover)\b", re.I),
    # "40 seconds on each, 20 seconds to swap to the next one", "40 seconds working at each station, then 20
    # seconds to move on": the time at each, then the time to get to the next
    re.compile(rf"{_TIME.format('work')}\s+(?:(?:of\s+)?work(?:ing)?\s+)?(?:on|at|for)\s+(?:each|every)"
               rf"(?:\s+(?:station|exercise|move|movement|one))?\b\s*[,;]?\s*(?:and\s+|then\s+)*(?:you\s+)?"
               rf"(?:(?:get|take|have|allow)\s+)?{_TIME.format('rest')}\s+"
               r"to\s+(?:walk|move|change|switch|get|swap|reset|recover)\b", re.I),
    # "30 sec each, no rest": the work, and no rest between moves
    re.compile(rf"{_TIME.format('work')}\s+(?:each|per\s+(?:move|exercise|station))\b\s*[,;]?\s*(?:and\s+|with\s+)?"
               r"no\s+(?:rest|breaks?)\b", re.I),
    # "do each move for 40 seconds, then rest for 20 seconds": the work, then the rest said with its verb first
    re.compile(rf"\beach\s+(?:station|exercise|move|movement|one)\s+for\s+{_TIME.format('work')}\s*[,;]?\s*"
               rf"(?:and\s+)?(?:then\s+)?rest(?:ing)?\s+(?:for\s+)?{_TIME.format('rest')}", re.I),
    # "20 seconds of each move with a 5 second break": the work, then the rest
    re.compile(rf"{_TIME.format('work')}\s+of\s+each\b[^,.;]{{0,30}}?\bwith\s+(?:a\s+)?{_TIME.format('rest')}\s+"
               r"(?:break|rest|recovery|pause)\b", re.I),
]
_EACH_FOR = re.compile(r"\beach\s+(?:station|exercise|move|movement|one)\s+for\s+\d"
                       r"|\d\s*-?\s*(?:seconds?|secs?|s|minutes?|mins?)\s+(?:at|on)\s+(?:each|every)\s+"
                       r"(?:station|exercise|move|movement)\b", re.I)
"""A sentence of the time at each move, whose rest may be in the sentence after it."""
MAX_ROUNDS = 10
"""More than this is not a number of rounds people write about."""


@dataclass(frozen=True, slots=True)
class Rounds:
    """How many times the whole article's exercises are done, as the article says it."""

    count: int
    quote: str
    """The words that said so."""
    rest_ms: int | None = None
    """The rest between rounds, when the article gives one."""
    rest_quote: str | None = None


def _count(match: re.Match[str]) -> int:
    if match.groupdict().get("t"):
        return _TIMES[match["t"].lower()]
    word = (match["n"] or match.groupdict().get("m") or "").lower()
    return _NUMBERS[word] if word in _NUMBERS else int(word)


def round_count(sentence: str) -> tuple[int, str] | None:
    """The number of rounds a sentence asks of all the exercises, and its words; None when it asks none."""
    for pattern in _ROUNDS:
        match = pattern.search(sentence)
        if match and not _FREQUENCY.match(sentence[match.end() :]) and not is_swap(sentence[match.end() :]):
            n = _count(match)
            if 2 <= n <= MAX_ROUNDS:
                return n, match.group(0)
    return None


_AFTER_ROUNDS = re.compile(rf"\b(?:after|once you(?:'ve| have) done|when you(?:'ve| have) (?:done|finished))\s+"
                           rf"(?:the|those|these|your|all)\s+(?:{_COUNT}\s+)?(?:rounds|circuits)\b", re.I)
"""Rounds done before ("Then after the 3 rounds, on their own:"): said of the circuit above, no exercise's sets."""


def is_about_rounds(sentence: str) -> bool:
    return (round_count(sentence) is not None or _AFTER_ROUNDS.search(sentence) is not None
            or _ROUND_REST.search(sentence) is not None
            or _ROUND_REST_AFTER.search(sentence) is not None or _ROUND_REST_AGAIN.search(sentence) is not None
            or _ROUND_REST_TAKE.search(sentence) is not None or _ROUND_REST_BARE.search(sentence) is not None
            or _ROUND_REST_FIRST.search(sentence) is not None)


@dataclass(frozen=True, slots=True)
class Intervals:
    """Interval timing stated once for every exercise: "work for 40 seconds, then rest for 20 seconds"."""

    work_ms: int
    rest_ms: int
    quote: str
    """The sentence that said so."""


def _ms(number: str, unit: str) -> int:
    return round(float(number) * (60_000 if unit.lower().startswith("m") else 1000))


def find_intervals(sentences: list[str]) -> Intervals | None:
    """The work and rest times the article gives every exercise, when it gives them as intervals (in one sentence,
    or in two that follow each other: "Do each station for 30 seconds. Then you get 15 seconds' rest.")."""
    pairs = [f"{first} {second}" for first, second in itertools.pairwise(sentences) if _EACH_FOR.search(first)]
    for sentence in [*sentences, *pairs]:
        for pattern in _WORK_REST:
            if m := pattern.search(sentence):
                rest = _ms(m["rest"], m["rest_unit"]) if m.groupdict().get("rest") else 0  # "no rest"
                work = _ms(m["work"], m["work_unit"])
                if work > 0:
                    return Intervals(work, rest, sentence)
    return None


_BARE_ROUNDS = re.compile(rf"^(?:(?:the\s+)?(?:circuit|main\s+(?:bit|set|part|block|workout))\s*[,:\-–—]\s*)?"
                          rf"(?:(?:aim for|do|complete|repeat|go for|try|work through|perform)\s+)?{_COUNT}\s+"
                          r"(?:rounds|circuits)\b(?!\s+of\s+(?:breath|breathing|\d))", re.I)
"""Rounds said with no group in the introduction, above every exercise ("Aim for 2 rounds.", "Circuit, 3 rounds.",
"Main bit, 3 rounds, 1 min rest between rounds:"): the routine's."""


_ROUNDS_FIELD = re.compile(rf"^(?:rounds|circuits|number of rounds)\s*[:=|]\s*{_COUNT}\s*\.?\s*$", re.I)
"""A workout card's field "Rounds: 4" (or a table's "Rounds | 4"), above every exercise: the routine's rounds."""


def bare_rounds(sentence: str) -> tuple[int, str] | None:
    """ "Aim for 2 rounds.", "Complete 3 rounds, resting 1 minute between rounds.", "Rounds: 3": rounds of everything,
    when said outside every exercise (inside one, "Do 3 rounds." is its sets)."""
    if field := _ROUNDS_FIELD.match(sentence.strip()):
        n = _count(field)
        return (n, field.group(0).strip()) if 2 <= n <= MAX_ROUNDS else None
    match = _BARE_ROUNDS.match(sentence.strip())
    if match is None or _FREQUENCY.match(sentence.strip()[match.end():]) or is_swap(sentence.strip()[match.end():]):
        return None
    n = _count(match)
    return (n, match.group(0)) if 2 <= n <= MAX_ROUNDS else None


def round_rest(sentences: list[str]) -> tuple[int, str] | None:
    """The rest between rounds the sentences give ("Rest 1 min after each round"), in ms, and its words."""
    rest = next((m for s in sentences for m in (_ROUND_REST.search(s), _ROUND_REST_AFTER.search(s),
                                                _ROUND_REST_AGAIN.search(s), _ROUND_REST_TAKE.search(s),
                                                _ROUND_REST_ALL.search(s),
                                                _ROUND_REST_BARE.search(s), _ROUND_REST_FIRST.search(s)) if m), None)
    if rest is None:
        return None
    unit = 60_000 if rest["unit"].lower().startswith("m") else 1000
    number = rest["n"].lower()
    said = 1.0 if number in ("a", "an") else float(_NUMBERS[number]) if number in _NUMBERS else float(number)
    return round(said * unit), rest.group(0)


def find_rounds(sentences: list[str], outside: list[str] | None = None) -> Rounds | None:
    """The rounds the article asks for, and its rest between them; `outside`: the sentences outside every exercise
    (its introduction), where rounds said with no group are the routine's."""
    # a question ("do you do the whole thing twice?", a reader's) asks for no rounds
    stated = [sentence for sentence in sentences if not sentence.rstrip().endswith("?")]
    found = next((hit for hit in map(round_count, stated) if hit is not None), None)
    if found is None:
        found = next((hit for hit in map(bare_rounds, outside or []) if hit is not None and not hit[1].rstrip()
                      .endswith("?")), None)
    if found is None:
        return None
    rest = round_rest(sentences)
    return Rounds(found[0], found[1], rest[0] if rest else None, rest[1] if rest else None)
