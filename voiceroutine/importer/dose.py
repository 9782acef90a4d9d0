"""Doses in plain language ("hold for five seconds", "2-3 sets of 8-12 reps", "on each leg") -> facts.

Only numbers tied to a dose word count: times, reps, sets, rounds, seconds, minutes, breaths.
So "6 inches away", "90 degrees" and "2 feet apart" are never doses.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from voiceroutine.importer.another_side import side_again
from voiceroutine.importer.breath_count import breath_words
from voiceroutine.importer.calendar_spans import CALENDAR_UNIT
from voiceroutine.importer.counted_holds import counted_holds
from voiceroutine.importer.loads import WEIGHT_UNIT
from voiceroutine.importer.one_side import one_side_only
from voiceroutine.importer.slashed_ranges import slashed_ranges
from voiceroutine.importer.spanish import english_doses

BREATH_MS = 5000
"""One slow breath in a held pose: "4-6 breaths" becomes 20-30 s."""


class Kind(enum.Enum):
    """What a number in the text measures."""

    REPS = "reps"
    SETS = "sets"
    HOLD = "hold"
    """A held position: "hold for 5 seconds", "a 30-second hold"."""
    DURATION = "duration"
    """Moving for a time: "repeat for 1-2 minutes", "continue for 30 seconds"."""
    TIMED = "timed"
    """A time with no verb saying which: "30 seconds", "stretch for 20 s"."""
    REST = "rest"
    SET_REST = "set_rest"
    REP_REST = "rep_rest"


@dataclass(frozen=True, slots=True)
class Amount:
    """A number or a range: milliseconds for times, a plain count otherwise."""

    low: int
    high: int
    note: str | None = None
    """Why the value is a guess ("at least 60 seconds"), or None when the text says it plainly."""
    breaths: bool = False
    """The text counted breaths: `low`/`high` are breaths, not milliseconds."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One dose the text states."""

    kind: Kind
    amount: Amount
    words: str
    """The words it came from, for warnings."""
    sentence: str = ""
    """The article's sentence it stands in, when the caller knows it (for warnings that quote the article)."""


_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_WORD_NUMBER = re.compile(
    r"\b(?:(?P<tens>" + "|".join(_TENS) + r")(?:[- ](?P<unit>" + "|".join(k for k in _UNITS if k != "zero") + r"))?"
    r"|(?P<single>" + "|".join(_UNITS) + r"))\b")


def numerals(text: str) -> str:
    """Lower-case text with number words as digits and every dash as "-": "Thirty–forty" -> "30-40"."""
    text = breath_words(english_doses(re.sub(r"[\u2010-\u2015\u2212]", "-", text.lower())))
    text = re.sub(r"\bhalf (?:a )?minute\b", "30 seconds", text)
    text = re.sub(r"\b(?:a|one) and a half minutes?\b", "90 seconds", text)
    text = re.sub(r"\b(?:a|one) minute and a half\b", "90 seconds", text)
    text = re.sub(r"\bhalf a dozen\b", "6", text)
    text = re.sub(r"\ba dozen\b", "12", text)
    text = re.sub(r"\banother dozen\b", "another 12", text)
    text = re.sub(r"\ba couple (?=more\b)", "2 ", text)  # "do a couple more sets"
    text = re.sub(r"\ba (minute|second) or two\b", r"1-2 \1s", text)  # "walk for a minute or two"
    text = re.sub(r"\ba (?:full|whole|good) (minute|second)\b", r"1 \1", text)  # "for a full minute"
    text = re.sub(r"\btwice\b", "2 times", text)
    # "6 rounds of breath", "5 deep breaths", "4 breath cycles": all counted as breaths
    text = re.sub(r"\b(?:rounds?|cycles?) of (?:breath|breathing)\b|\bbreath cycles?\b", "breaths", text)
    text = re.sub(r"(\d)\s+(?:deep|slow|full|long|calm|big|easy|steady|relaxed)\s+breaths?\b", r"\1 breaths", text)
    text = re.sub(r"\ba couple(?: of)?\b(?= (?:seconds?|breaths?|times|reps|minutes?)\b)", "2", text)
    text = re.sub(r"\bthrice\b", "3 times", text)
    # "complete a total of 15-20 full swings": the count of the movement, as "complete 15-20 full swings" is
    text = re.sub(r"\b(do|perform|complete|make)\s+a total of\s+(?=\d)", r"\1 ", text)
    # "5 holds of 45 seconds", "do 5 of these holds": each hold a set of one held position
    text = re.sub(r"\b(\d{1,2}) (?:of (?:these|those|the|them) )?holds\b", r"\1 sets", text)
    # "hold 3"" on a sheet: seconds, the mark a hold's time is written with
    text = re.sub(r"\b(hold|holding|pause|pausing|squeeze)\s+(\d{1,2})\s*(?:\"|'')", r"\1 \2 s", text)
    text = re.sub(r"\b(?:repeat|do it|do this|go again)\s+once more\b", lambda m: m.group(0)[:-9] + "1 more time",
                  text)  # "Rest, and repeat once more": 2 in all
    text = re.sub(r"(?<![\w/])e/s(?![\w/])", "each side", text)  # "2 x 10 e/s" on a gym card
    # "30 s / side", "10 reps/leg": per side
    # ("Back 3 / Leg 7" is a machine's settings, no side)
    text = re.sub(r"(\d\s*(?:s|secs?|seconds?|mins?|minutes?|reps?|times))\s*/\s*(side|leg|arm)\b", r"\1 per \2", text)
    text = re.sub(r"(\d)\s*/\s*side\b", r"\1 per side", text)
    # "two minutes' rest": the plural's apostrophe, as "a minute's rest" has its own
    text = re.sub(r"\b(minutes|seconds|mins|secs)['’](?=\s+(?:rest|break|recovery)\b)", r"\1", text)
    # "× 8/leg", "8 / leg" in a reps column: per leg too, where no setting's number follows
    text = re.sub(r"(\d)\s*/\s*(leg|arm)\b(?!\s*\d)", r"\1 per \2", text)

    def word(m: re.Match[str]) -> str:
        if m.group("single"):
            return str(_UNITS[m.group("single")])
        return str(_TENS[m.group("tens")] + (_UNITS[m.group("unit")] if m.group("unit") else 0))

    text = slashed_ranges(counted_holds(_WORD_NUMBER.sub(word, text)))
    # "a minute", not "add a second set" or "hold a second kettlebell" (an ordinal before a thing)
    text = re.sub(r"\ba (minute|second|breath)\b(?!\s+(?:sets?|rounds?|times?|reps?|one|exercises?|sides?|legs?|"
                  r"arms?|hands?|feet|foot|goes?|tries|try|attempts?|kettlebells?|dumbbells?|weights?|bands?|towels?|"
                  r"chairs?|balls?|person|partner|positions?|versions?|variations?|options?|stretch(?:es)?|moves?|"
                  r"cushions?|pillows?|blocks?|mats?|steps?|circuits?|stages?|phases?|part|week|day)\b)",
                  r"1 \1", text)
    text = re.sub(r"\bbetween (\d+) and (\d+)\b", r"\1-\2", text)
    # "between half a minute and a minute": from the one time to the other, as "30 seconds to 1 minute"
    text = re.sub(r"\bbetween (\d+ (?:seconds?|secs?|minutes?|mins?)) and (\d+ (?:seconds?|secs?|minutes?|mins?))\b",
                  r"\1 to \2", text)
    text = re.sub(r"(\d)\s+a\s+(leg|side|arm)\b", r"\1 per \2", text)  # "so that's ten a leg"
    return re.sub(r"(\d),(\d{3})\b", r"\1\2", text)


_NUM = r"\d+(?:\.\d+)?"
_RANGE = rf"(?P<lo>{_NUM})(?:\s*(?:-|to|or)\s*(?P<hi>{_NUM}))?"
_SEC = r"seconds?|secs?|s"
_MIN = r"minutes?|mins?"
_TIME_UNIT = rf"(?:{_SEC}|{_MIN}|breaths?|hours?)"
_VAGUE = re.compile(r"\b(?:a few|several)\s+(?=(?:seconds?|breaths?|times|reps|minutes?)\b)")
_MIXED_TIME = re.compile(
    rf"(?P<lo>{_NUM})\s*(?P<u1>{_SEC}|{_MIN})\s*(?:-|to|or)\s*(?P<hi>{_NUM})\s*(?P<u2>{_SEC}|{_MIN})\b")
_TIME = re.compile(rf"(?<![A-WYZa-wyz\d]){_RANGE}\s*(?:\+\s*)?(?:-\s*)?(?P<unit>{_TIME_UNIT})\b"
                   r"(?P<plus>\s*(?:\+|or (?:more|longer)))?")
"""A time; not a number inside a word ("U16s" is an age group), though "x30s" is 30 s after an "x"."""
_MINUTES_SECONDS = re.compile(
    rf"(?<![\d.-])\b(?P<m>\d{{1,2}})\s*(?:{_MIN})\s*(?:and\s+)?(?P<s>[1-5]?\d)\s*(?:{_SEC})\b")
"""A time in minutes and seconds: "1 min 30 s", "2 minutes and 15 seconds"."""
_DISTANCE = r"(?:metres?|meters?|m|yards?|yds?|feet|ft|km|kilometres?|kilometers?|miles?|inches|cm)"
_SETS_X_REPS = re.compile(
    rf"\b(?P<s>{_NUM}(?:-{_NUM})?)\s*[x×]\s*(?P<r>{_NUM}(?:-{_NUM})?)\b(?!\s*-\s*\d)"
    rf"(?!\s*(?:{_TIME_UNIT}|{_DISTANCE})\b)")
_SETS_BARE_REPS = re.compile(rf"\b(?P<s>{_NUM})\s*sets?\s*,?\s+(?P<r>{_NUM}(?:-{_NUM})?)(?=\s*(?:[.,;!)]|$))")
"""Sets and then a bare count, the word "reps" left out: "2 sets 15"."""
_WEIGHT = re.compile(rf"(?<![\w.])(?:{_NUM}\s*[x×]\s*)?{_NUM}\s*{WEIGHT_UNIT}\b")
"""A weight lifted ("16 kg", "2 x 12 kg": two dumbbells of 12 kg), never a dose."""
_SIZE = re.compile(rf"(?<![\w.]){_NUM}\s*[x×]\s*{_NUM}\s*(?:-?\s*inch(?:es)?\s+|\"\s*)?"
                   r"(?:piece|board|block|length|stud|post|beam|offcut|lumber|timber|wood)s?\b")
"""A size of timber ("a 2 x 4 piece of wood", "a 2x4 board"): what to stand on, never sets times reps."""
_PROGRESS = re.compile(rf"{_NUM}\s*[a-z/%]{{0,8}}\s*(?:->|→|=>)\s*{_NUM}\s*[a-z/%]{{0,8}}")
"""A change noted from one visit to the next ("sitting 20 min -> 90 min", "pain 6/10 -> 1/10"), never a dose."""
_SETS_X_DISTANCE = re.compile(rf"\b(?P<s>{_NUM}(?:-{_NUM})?)\s*[x×]\s*(?P<d>{_NUM}\s*{_DISTANCE})\b")
_COUNT_LINE = re.compile(rf"^\s*{_RANGE}\s+(?:(?:slow|easy|gentle|small|big|full|controlled|long)\s+)?"
                         rf"(?!{CALENDAR_UNIT}\b|{_TIME_UNIT}\b)[a-z-]+s(?:\s*[.!]?\s*$|(?=,\s+(?:and|then)\s))")
"""A line that is a count and what it counts ("10 squats", "Five slow rolls."), or a sentence that opens with one
before its next clause ("Ten climbs, and mark your highest point"); a span of the calendar ("23 days") counts no
movement."""
_OF_THOSE = re.compile(rf"(?:(?:^|(?<=[.;:,]\s))\s*|\bwork (?:up|your way up) to\s+){_RANGE}\s+of\s+"
                       r"(?:those|these|them)\b(?=\s*(?:[,.;!]|$))")
"""A clause that starts with a count of the movement just described ("Fifteen of those, then rest"), or the count
to work up to ("Work up to 10 of these")."""
SHORT_HOLD_MS = 10_000
"""A hold this short, said a number of times ("10 x 5 s hold"), is reps of it, not sets."""
_SETS_X_TIME = re.compile(rf"\b(?P<s>{_NUM}(?:-{_NUM})?)\s*[x×]\s*$")
_REP_UNIT = r"times|reps?|repetitions?|x|rounds?|cycles?|circuits?|circles?|pulses?|steps|lengths?|laps?|contacts"
_REPS = re.compile(rf"(?<!\bin ){_RANGE}\s*(?:-\s*)?"
                   rf"(?:x\s+|[a-z]+\s+(?=reps?\b|repetitions?\b|steps\b|circles?\b|pulses?\b|contacts\b))?"
                   rf"(?P<unit>{_REP_UNIT})\b")
"""A count of reps, with one word before its unit where that word qualifies it ("10 slow reps", "8 long steps");
not the shape of one ("back and down, in 1 smooth circle"). "10 ground contacts" are a plyometric drill's reps."""
_X_REPS = re.compile(rf"(?<![\w.])[x×]\s*{_RANGE}\b(?!\s*(?:{_TIME_UNIT})\b)")
_TIMES_SIGN = re.compile(rf"(?<![\w.]){_RANGE}\s*×(?!\s*\d)")
"""A count followed by a times sign and no number ("10 ×, hold 5 s"): that many times, as "10 x" is."""
_SETS = re.compile(rf"{_RANGE}\s*(?:sets?|goes|lots(?=\s+of\s+\d))\b")
"""Sets, "3 goes" as a coach in the UK says them, and "3 lots of 30 seconds"."""
_TIME_THEN_X = re.compile(rf"(?P<t>{_NUM})\s*(?P<u>{_TIME_UNIT})\b[^.;x×\d]{{0,30}}?"
                          r"(?:,\s*|\b(?:side|leg|arm|foot|hand)s?\s+)"
                          r"(?P<x>[x×]\s*(?P<n>\d{1,2}))\b(?!\s*(?:[x×\d]|\.\d))")
"""'15 s per side, x2', '30 sec each leg x2': a time, then how many times it is done: its sets, as "do it twice"
after a hold is (but "hold 5 sec, x10", a short hold, is ten reps of it)."""
_TIME_TIMES = re.compile(rf"(?<![\d.])(?P<t>{_NUM})\s*(?P<u>{_SEC}|{_MIN})\b"
                         r"(?:\s+(?:on\s+)?(?:each|per|a)\s+(?:side|leg|arm|foot|hand)\b)?"  # "30 s each leg, 3 times"
                         rf"(?P<x>\s*(?:,\s*(?P<n2>\d{{1,2}})\s+times\b"
                         rf"|[x×]\s*(?P<n>\d{{1,2}})\b(?!\s*(?:[x×\d]|\.\d|{_TIME_UNIT}\b|reps?\b))))")
"""'30 s x 2', '30 secs, twice', '30 secs each leg, 3 times': a long time, then how many times it is done, as "3 x 30
s" writes it: its sets."""
_TIMES_EACH_SIDE = re.compile(r"(?:^|(?<=[.!?;]\s))\s*(?P<n>[23])\s+times\s+(?:on\s+)?(?:each|per|every)\s+"
                              r"(?:side|leg|arm)\b")
"""'Twice on each side is plenty.': a sentence that starts with how many times the whole exercise is done on each
side (two or three): its sets, as "do it twice" is."""
_ONES = re.compile(r"(?:^|(?<=[.;:]\s))(?:do\s+|aim\s+for\s+)?(?P<n>\d{1,3})\s+"
                   r"(?:(?:slow|gentle|controlled|easy|good|big|small|quick|careful|steady)\s+)?ones\b")
"""'Five slow ones.': a count of the exercise itself, its reps."""
_SLOW_COUNT = re.compile(r"(?:^|(?<=\s[-–—:]\s))(?P<n>\d{1,3})\s+(?:slow|slowly|controlled|gentle|easy)"
                         r"(?=\s*,\s*\d+\s*sets?\b)")
"""'Sit to stand - 10 slow, 3 sets': a count with how it is done, before its sets: its reps."""
_SETS_OF = re.compile(rf"\b(?P<s>{_NUM}(?:\s*(?:-|–|to)\s*{_NUM})?)\s*(?:sets?|rounds?|lots?)\s+of\s+"
                      rf"(?P<r>{_NUM}(?:\s*(?:-|to)\s*{_NUM})?)\b"
                      rf"(?!\s*-?\s*(?:{_TIME_UNIT})\b)(?:\s*(?:{_REP_UNIT})\b)?")
"""'3 sets of 10', '2-3 sets of 8 reps'; not '3 sets of 30 seconds' nor '3 sets of 30-second holds' (a hold's time)."""
_LADDER = re.compile(r"(?<![\d.,-])(?P<first>\d{1,3})(?:\s*(?:,|-|–|/)\s*\d{1,3}){2,}(?:\s*(?:,|and)\s*\d{1,3})?\s*"
                     r"(?:reps?|repetitions?|times)\b")
"""A ladder of counts, one a round ("20, 18, 16, 14, 12, 10, 8, 6, 4, 2 reps", "21-15-9 reps"): three or more."""
_REPS_OF = re.compile(rf"\b(?P<s>{_NUM}(?:\s*(?:-|–|to|or)\s*{_NUM})?)\s*(?:reps?|repetitions?)\s+of\s+"
                      rf"(?P<r>{_NUM}(?:\s*(?:-|to)\s*{_NUM})?)\b"
                      rf"(?!\s*-?\s*(?:(?:{_TIME_UNIT}|{_DISTANCE}|per\s*cent|percent)\b|%))(?:\s*[a-z]+)?")
"""'Do two to four reps of 15 lifts on each knee', as a drill coach writes it: 2-4 sets of 15 (each such "rep" is a run
of 15); not '10 reps of 5 seconds' (a hold's time), '2 reps of 20 metres' (a distance) nor '5 reps of 80%' (a load)."""
_PER_SIDE_COUNT = re.compile(rf"{_RANGE}\s*,?\s+(?!{_DISTANCE}\b)(?:[a-z]+\s+)?(?:(?:in|on|to|for|with)\s+)?"
                             rf"(?:each|per|every)\s+"
                             rf"(?:side|direction|way|leg|arm|foot|hand)\b")
_HYPHEN_TIMES = re.compile(rf"{_RANGE}-times?\b(?=\s+(?:(?:on|for|with)\s+)?(?:each|per|every|a)\s+"
                           rf"(?:side|leg|arm|foot|hand)\b)")
"""'five-time per side' ("5-time" once numbers are digits): a count of reps on each side, the hyphen in."""
_TIMES_OF_SETS = re.compile(r"\b(?P<n>\d{1,2})\s+times\b"
                            r"(?=[^.;]{0,40}?\brest(?:ing)?\b[^.;]{0,25}?\bbetween (?:the )?sets\b)")
"""'hold it for 2 minutes 3 times, with a 90 second rest between sets': the times are the sets the rest is
between."""
_SIDED_X_SETS = re.compile(rf"\b(?P<r>{_NUM})\s+(?:per|each|a)\s+(?:side|leg|arm)(?P<x>\s*[x×]\s*)(?P<s>\d{{1,2}})\b"
                           rf"(?!\s*(?:{_TIME_UNIT}|reps?)\b)")
"""A count per side, then the sets: "8 per leg x 3"."""
_DIRECTION_COUNT = re.compile(rf"{_RANGE}\s+(?:(?:going|turning|circling|rolling|moving)\s+)?"
                              r"(?:forwards?|backwards?|clockwise|counter-?clockwise|anti-?clockwise|"
                              r"(?:one|1) way(?=,?\s+(?:and\s+|then\s+)*(?:\d+\s+)?the other))\b")
"""A count in one direction: "10 forwards", "10 one way and 10 the other"."""
_LABEL = re.compile(rf"\b(?P<label>reps|repetitions|sets|rounds)\s*[:=]\s*{_RANGE}\b(?!\s*[x×]\s*\d)"
                    r"(?!\s*(?:[a-z]+\s+)?(?:sets?|rounds?)\b)")
"""Reps: 12". Not "Sets and reps: 3 x 30 seconds", whose 3 is the sets of a time."""
_BARE_TIME_LABEL = re.compile(rf"\b(?P<label>hold(?: time)?|time|duration)\s*[:=]\s*{_RANGE}\b"
                              rf"(?!\s*(?:{_TIME_UNIT}|[x×%]|reps?|times|sets?)\b)(?!\s*[.,:]\d)"
                              rf"(?!\s*(?:-|to\b|or\b)\s*\d)")
"""A "Hold: 5" field with no unit: seconds, the unit such a field nearly always means."""
_BARE_HOLD_FOR = re.compile(rf"\bhold(?:ing)?\s+(?:it\s+|this\s+|that\s+)?for\s+{_RANGE}"
                            r"(?=\s*(?:,|;|\.(?!\d)|$|\s+(?:and|then|twice)\b))")
"""'hold for 20, twice': a hold with no unit, in seconds, as a class sheet's shorthand means it."""
_BREATH_COUNTS = re.compile(r"\b(?:breathe|breathing|inhale|exhale|(?:in|out)\s+for)\b")
_ANOTHER = re.compile(r"\b(?:do|perform|complete)\s+(?P<r>\d+)\b[^.;]{0,60}?(?P<again>\banother\s+(?P=r))\b")
_NOT_A_COUNT = "|".join(["s", "secs?", "seconds?", "mins?", "minutes?", "hours?", "sets?", "rounds?"])
_ANOTHER_ALONE = re.compile(r"\b(?:then\s+)?(?:do|perform|complete)\s+another\s+(?P<r>\d{1,2})\b"
                            rf"(?!\s*(?:-|to\b|or\b)?\s*\d)(?!\s*(?:{_NOT_A_COUNT})\b)"
                            r"(?=\s*(?:reps?|repetitions|times)?\s*(?:[.;!,]|$))")
"""A second set said on its own after the first: "Rest, then do another 10."."""
_MORE_SETS = re.compile(r"\b(?:do|add|complete|perform)\s+(?P<n>\d)\s+more\s+sets?\b")
"""Sets after the first: "do a couple more sets like that" is 3 sets in all."""
_MORE = re.compile(r"\b(?:(?:repeat|do|perform|complete)"
                   r"(?:\s+(?:it|this|that|the (?:exercise|stretch|hold|move(?:ment)?|sequence)))?\s+)?"
                   r"(?P<n>\d+)\s+(?:more\s+times?|times?\s+more|additional\s+times?)\b"
                   r"|\b(?:repeat|do|perform|complete)\s+(?:it\s+|this\s+)?(?P<n2>\d+)\s+more\b(?!\s+(?:reps?|sets?)\b)")
"""More of what was just done ("rest for 30 seconds and repeat twice more"): the count said, and the first time."""
_DO_IT_TWICE = re.compile(r"\b(?:do|perform|complete|go(?:es)? through)\s+"
                          r"(?:it|this|that|both (?:sides|legs|arms)"
                          r"|the (?:whole )?(?:exercise|stretch|hold|sequence|pair))"
                          r"\s+"
                          r"(?:2\s+times\b|2\s*x(?![a-z\d])|x\s*2\b|a\s+second\s+time\b)"
                          r"(?!\s*(?:a|per|each|every|in a)\s+(?:day|week))")
"""The whole exercise done twice ("Do it twice on each side", "do it 2x", "go through both legs a second time", "do
the pair twice" of a stretch each leg): two sets of it, where "repeat 3 times" after a hold is its reps."""
_DONE_IT = re.compile(r"\buntil\s+you(?:'ve|\s+have)\s+(?:done|completed|finished)\s+"
                      r"(?:it|this|that|them|the (?:hold|set))\s+(?P<n>\d{1,2})\s+times\b")
"""'hold for 20 seconds, rest, and go again until you have done it 3 times': the whole exercise 3 times, 3 sets."""
_BARE_REST = re.compile(r"\brest(?:ing)?\s+(?:for\s+)?(?P<n>\d{1,3})(?=\s*(?:[,;]|and\b|then\b|$))")
"""'hold for 20 seconds, rest 10, and go again': a rest with no unit after a time in seconds is in seconds too."""
_SECONDS_BEFORE = re.compile(r"\d\s*(?:seconds?|secs?|s)\b")
_NO_REST = re.compile(r"\b(?:no|without(?: a| any)?) (?:rest|break|pause)s?\b(?! (?:day|week)s?\b)")
"""'30 seconds each, no rest': a rest of nothing (between the exercises unless it says between sets or reps)."""
WHOLE_TWICE = ": the whole exercise twice, read as 2 sets"
"""The end of the note on a "do it twice" read as sets; without a time to repeat it is the reps, and no guess."""
_ANOTHER_COUNTED = re.compile(r"\b(?P<r>\d+)\s+(?:times|reps|repetitions|[a-z]+s)\b[^.;]{0,60}?"
                              r"(?P<again>\banother\s+(?P=r))\b")
"""The same with the count said as times: "lift your leg 10 times, then rest for 30 seconds, then another 10"."""
_COUNT_HOLD = re.compile(r"\b(?:hold(?:ing)?|stay(?:ing)?|paus(?:e|ing))\s+"
                         r"(?:it\s+|this\s+|them\s+|like\s+this\s+|there\s+|each(?:\s+of\s+them|\s+one|\s+1)?\s+)?"
                         rf"(?:for\s+)?(?:a\s+)?(?:slow\s+)?count\s+of\s+{_RANGE}\b")
"""A hold counted out ("hold for a count of three", "pause there for a count of 5"): a count is about a second."""
_COUNT_SLOWLY = re.compile(rf"(?<=,\s)(?:and\s+)?count\s+(?:slowly\s+)?to\s+{_RANGE}\b(?!\s+(?:as|while|on)\b)")
"""The same after a position, in a clause of its own: "reach for the sky, and count slowly to 10", "scrunch the
towel up, and count to 5"."""
_RETURN_AFTER = re.compile(r"\b(?:return|come back|go back|release|relax)\b[^.;]{0,40}?\bafter\s+"
                           rf"(?:about\s+)?{_RANGE}\s*(?:seconds?|secs?)\b")
"""'Return to the starting position after 10 seconds': the time the position is kept before coming out, a hold."""
_COUNT_LEAD = re.compile(rf"(?:^|(?<=[,;:()]\s)|(?<=\.\s))(?:for\s+)?(?:a\s+)?(?:slow\s+)?count\s+of\s+{_RANGE}\b"
                         r"(?!\s+(?:reps?|times|repetitions)\b)")
"""A count that opens a dose line or clause with no verb, as a class sheet writes a hold: "count of 10, three times",
"count of 20 each leg" (a count is about a second)."""
_BARE_REPEAT = re.compile(
    rf"\b(?:repeat|do|perform|complete|aim for|try)(?:\s+(?:this|it|that|the (?:exercise|stretch|move(?:ment)?|"
    rf"sequence|motion)|a\s+(?:slow|quick|steady|controlled|gentle)))?\s+{_RANGE}\b(?!\s*(?:-|to|or)\s*\d)"
    rf"(?!\s*(?:[x×]|sets?|{_TIME_UNIT}|reps?|times|repetitions?|rounds?|%|people|persons|members|participants|"
    rf"attendees)\b)"
    # "do 1 foot at a time": one limb after the other, no count
    rf"(?!\s+(?:foot|feet|legs?|arms?|hands?|sides?|knees?|hips?|ankles?|shoulders?)\s+at\s+a\s+time\b)")
"""A count after a verb of doing, with no unit: "aim for 12", "repeat 10", "do a slow 10" ("a slow ten, three times
through"); a head count ("aim for 20 people") is none, and so is the first half of a range cut off ("perform 2-3
times a day")."""
_IN_ALL = re.compile(r"(?P<that>\brepeat\s+(?:that|this|it|the lot)\s+)?"
                     r"(?P<through>\bgo\s+through\s+(?:it|this|that|the whole thing|the lot|everything)\s+"
                     r"|\b(?:totally|in total|altogether)\s+)?"
                     r"(?<![\d.-])\b(?P<n>\d{1,2})\s+times\b"
                     r"(?P<all>\s+(?:in all|in total|altogether|through)\b(?!\s+the\b))?"
                     r"|(?<![\d.-])\b(?P<held>\d{1,2})\s+holds\s+(?:in all|in total|altogether)\b")
"""The whole exercise so many times: "3 times in all"; "repeat that 4 times" after a count of its reps."""
_COUNTED_BEFORE = re.compile(r"\b(?:do|perform|complete)\s+\d+\s+[a-z-]+s\b")
"""A count of a movement before "repeat that 4 times": "do 12 swings"."""
_AT_LEAST = re.compile(r"\b(?:at least|a minimum of|minimum of|no less than)\s*$")
_UP_TO = re.compile(r"\b(?:up to|as (?:long|many) as|no more than|a maximum of)\s*$")
_FREQUENCY_AFTER = re.compile(r"\s*(?:(?:a|per|each|every|in a)\s+(?:day|week|morning|evening|night|hour)"
                              r"|every\s+(?:couple of|few|\d+)\s+(?:hours|days|weeks)|daily|weekly|a\s+day|read"
                              r"|/\s*(?:wk|week|day|d)\b"
                              r"|of\s+(?:[a-z-]+\s+){1,3}?(?:a|per|each|every)\s+week"
                              r"|time\s+(?:daily|weekly|(?:a|per|each|every)\s+(?:day|week))"
                              r"|(?:times?\s+)?(?:throughout|during|over|across|through(?:out)?)\s+(?:the|your|a|each)"
                              r"\s+(?:day|week|working day|workday))\b")
"""After a number: how often ("3 times a week", "2 or 3 times throughout your day"), or a reading time ("8 min
read"), never a dose; nor is a weekly target ("150 minutes of moderate activity a week")."""
_SETS_A_DAY = re.compile(r"\s*(?:a|per|each|every)\s+day\b|\s*daily\b")
"""After a count of sets: '2 to 3 sets per day' is still how many sets (spread over the day), unlike '3 times a day'."""
_MOVING_AFTER = re.compile(r"\s*of\s+(?:(?:light|easy|gentle|steady|steady-state|brisk|moderate|zone \d)\s+)*"
                           r"(?:cardio|jogging|walking|cycling|running|marching|skipping|rowing|jumping jacks|"
                           r"dynamic stretching|aerobic (?:exercise|activity))\b"
                           r"|\s*on\s+(?:a|an|the|your)\s+(?:exercise\s+|stationary\s+|static\s+|spin\s+)?"
                           r"(?:bike|treadmill|rower|rowing machine|cross[- ]?trainer|elliptical)\b")
"""After a time: "5-10 minutes of light cardio", "10 minutes of brisk walking", "five minutes on an exercise bike":
done moving, a duration."""
_TEMPO_BEFORE = re.compile(r"(?:^|[,;]\s*)(?:up|down)\s+(?:for\s+)?$")
"""Before a time, after a comma: the pace of a rep ("up 2 secs, down 2 secs"), no hold."""
_LONGER_AFTER = re.compile(r"\s+(?:longer|extra)\b")
"""After a time: extra time somewhere ("spend a second or two longer on the tight side"), no dose of its own."""
_ONE_REP_IS = re.compile(r"\b(?:that's|that is|this is|which is|counts as|makes|equals)\s+(?:1|one)\s+"
                         r"(?:full\s+|complete\s+)?(?:rep|repetition)\b"
                         r"|\b(?:that's|that is|this is|which is)\s+(?:1|one)\s*(?=[.:;!])")
"""'That's one repetition' (or "...: that is one."): what one rep is, no count; said after both sides, one rep takes
in both."""
_TEMPO_AFTER = re.compile(r"\s+(?:up|down|on the way (?:up|down)|to (?:lower|raise|come down|go up))\b")
"""After a time: the pace of a rep ("3 seconds up and 3 seconds down"), no hold."""
_IGNORE_BEFORE = re.compile(r"\b(?:every|over|within|(?<!you can )(?<!possible )in|"
                            r"takes?(?: about| around| roughly| approximately| only| just| under| less than)?|"
                            r"after|count(?:ing)? to|count of|"
                            r"(?:ice|heat)(?:\s+packs?|\s+(?:it|them|the \w+))?\s+(?:for\s+)?)\s*$")
"""Words before a time that make it no dose ("in 30 minutes", "takes about 15 minutes", "ice packs for 10 mins"); "as
many as you can in 45 seconds" is one."""

_HOLD_WORDS = re.compile(r"\b(?:hold|holding|held|stay|staying|remain|"
                         r"keep (?:it|this|that|the (?:position|pose|stretch))(?! up\b| going\b)|"
                         r"maintain|sustain|hang|sit in|rest in|relax in|linger|breathe in this position|"
                         r"pause|pausing)\b")
_DURATION_WORDS = re.compile(r"\b(?:repeat|repeating|continue|continuing|keep (?:going|moving|doing|alternating)|"
                             r"keep (?:it|this|that) (?:up|going)|keep at it|"
                             r"alternate|alternating|cycle|cycling|flow|flowing|go back and forth|move back and forth|"
                             r"for a total of|perform|do this|do the|march|walk|jog|rock|circle|roll|rolling|massage|"
                             r"massaging|move (?:slowly |gently |smoothly )?between|"
                             r"marching|walking|jogging|running|skipping|cycling|dancing|stepping|shuffling|moving|"
                             r"keep (?:stepping|walking|marching|jogging|running)|run|skip|jump|dance|shuffle|"
                             r"as many(?: reps)? as (?:you can|possible) in)\b")
_REST_WORDS = re.compile(r"\b(?:rest|resting|recover|recovery|break|breather|relax|relaxing)(?:\s+(?:for|of)|\s*:)?"
                         r"(?:\s+(?:about|around|roughly|approximately|up to|at least))?\s*$"
                         r"|\b(?:take|taking|with|have) an? (?:short |brief |quick )?(?:rest|break|pause|breather)"
                         r"(?: of)?\s*$"
                         r"|\b(?:rest|break|pause)\s+(?:is|should be|will be)\s+(?:only\s+|just\s+|about\s+)?$")


_BETWEEN = re.compile(r"\s*(?:off\s+)?between (?:each |the )?(?:sets?|rounds?|reps?|repetitions?|exercises?|moves|"
                      r"stretches)\b")
"""After a time: what it comes between ("a minute between sets"), which makes it a rest."""

_WINDOW = 160
"""How far before a number its context is read (a clause is shorter than this)."""


def find_mentions(text: str) -> list[Mention]:
    """Every dose the text states, in the order it states them; overlapping phrases are read once."""
    low = numerals(text)
    mentions: list[tuple[int, Mention]] = []
    vague = bool(_VAGUE.search(low))
    # "a few seconds" has no number to read: take 3-5 and say so
    low = _VAGUE.sub("3-5 ", low)
    taken = bytearray(len(low) + 1)
    """1 at each character a mention was read from: checking a span costs its length, not the mentions so far
    (a list of spans made a sentence of 10,000 doses quadratic)."""

    def free(start: int, end: int) -> bool:
        return 1 not in taken[start:end]

    def add(start: int, end: int, mention: Mention) -> None:
        taken[start:end] = b"\x01" * (end - start)
        mentions.append((start, mention))

    for m in _WEIGHT.finditer(low):
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())  # "2 x 12 kg" is a load, no sets of reps
    for m in _LADDER.finditer(low):
        # "20, 18, 16, ... 2 reps", "21-15-9 reps": a count for each round, which the format cannot hold
        first = int(m["first"])
        note = f"\"{m.group(0).strip()}\" gives a different count each round: the first, {first}, was used"
        add(m.start(), m.end(), Mention(Kind.REPS, Amount(first, first, note), m.group(0)))
    for m in _SIZE.finditer(low):
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())  # "a 2 x 4 board" is a size, no sets of reps
    for m in (*_PROGRESS.finditer(low), *_ONE_REP_IS.finditer(low)):
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in (*_ANOTHER.finditer(low), *_ANOTHER_COUNTED.finditer(low)):
        # "Do 10, have a short breather, then do another 10": two sets of 10
        if not free(m.start("r"), m.end("r")):
            continue
        add(m.start("r"), m.end("r"), Mention(Kind.REPS, _count(m.group("r")), m.group(0)))
        if side_again(m.group(0)):
            continue  # "then lead with the left leg for another 5": the other side's count, no second set
        two = Amount(2, 2, f"\"{m.group(0)}\": 2 sets")
        add(m.start("again"), m.end(), Mention(Kind.SETS, two, m.group(0)))
    for m in _ANOTHER_ALONE.finditer(low):
        # "Repeat 10 times. Rest for 1 minute, then do another 10.": the sentence after the first set gives the second
        if free(m.start("r"), m.end("r")):
            add(m.start("r"), m.end("r"), Mention(Kind.REPS, _count(m.group("r")), m.group(0)))
            two = Amount(2, 2, f"\"{m.group(0)}\": a second set, 2 sets")
            add(m.start(), m.start("r"), Mention(Kind.SETS, two, m.group(0)))
    for m in _MORE_SETS.finditer(low):
        said = int(m["n"])
        note = f"\"{m.group(0)}\": {said + 1} in all, the first and {said} more"
        add(m.start(), m.end(), Mention(Kind.SETS, Amount(said + 1, said + 1, note), m.group(0)))
    for m in _MORE.finditer(low):
        said = int(m.group("n") or m.group("n2"))
        note = f"\"{m.group(0)}\": {said + 1} in all, the first time and {said} more"
        add(m.start(), m.end(), Mention(Kind.SETS, Amount(said + 1, said + 1, note), m.group(0)))
    for m in _IN_ALL.finditer(low):
        # "hold it again, 3 times in all", "repeat that 4 times" after "do 12": the whole of it, so many times
        if m.group("held"):
            held = int(m["held"])  # "Three holds in total": the hold, so many times
            note = f"\"{m.group(0)}\": the hold {held} times, read as sets"
            add(m.start(), m.end(), Mention(Kind.SETS, Amount(held, held, note), m.group(0)))
            continue
        before = low[: m.start()]
        counted_before = m.group("all") is None and m.group("that") and (
            _BARE_REPEAT.search(before) or _REPS.search(before) or _COUNTED_BEFORE.search(before))
        if free(m.start("n"), m.end()) and (m.group("all") or m.group("through") or counted_before):
            note = f"\"{m.group(0).strip()}\": the whole exercise {m.group('n')} times, read as sets"
            add(m.start("n"), m.end(), Mention(Kind.SETS, Amount(int(m["n"]), int(m["n"]), note), m.group(0).strip()))
    for m in _DO_IT_TWICE.finditer(low):
        if free(m.start(), m.end()):
            note = f"\"{m.group(0)}\"{WHOLE_TWICE}"
            add(m.start(), m.end(), Mention(Kind.SETS, Amount(2, 2, note), m.group(0)))
    for m in _TIMES_OF_SETS.finditer(low):
        if free(m.start(), m.end()):
            note = f"\"{m.group(0)}\" with a rest between sets: its sets"
            add(m.start(), m.end(), Mention(Kind.SETS, Amount(int(m["n"]), int(m["n"]), note), m.group(0)))
    for m in [*_ONES.finditer(low), *_SLOW_COUNT.finditer(low)]:
        if free(m.start("n"), m.end()):
            add(m.start("n"), m.end(), Mention(Kind.REPS, _count(m.group("n")), m.group(0).strip()))
    for m in _TIME_THEN_X.finditer(low):
        if free(m.start("x"), m.end()) and 2 <= (n := int(m.group("n"))) <= 20:
            if m["u"].startswith(("s", "m")) and _ms(float(m["t"]), m["u"]) <= SHORT_HOLD_MS:
                # "hold 5 sec, x10": ten reps of a short hold, as "10 x 5 s hold" is
                add(m.start("x"), m.end(), Mention(Kind.REPS, Amount(n, n), m.group("x")))
                continue
            note = f"\"{m.group('x')}\" after a time: the whole exercise {n} times, read as {n} sets"
            add(m.start("x"), m.end(), Mention(Kind.SETS, Amount(n, n, note), m.group("x")))
    for m in _TIME_TIMES.finditer(low):
        n = int(m.group("n") or m.group("n2"))
        held = _ms(float(m.group("t")), m.group("u"))
        # "Hold 30 seconds, 3 times each leg" is reps of the hold, as "hold 30 s, repeat 3 times" is
        said_held = _HOLD_WORDS.search(re.split(r"[.;,!?\n]", low[max(0, m.start() - 60): m.start()])[-1])
        if free(m.start("x"), m.end()) and 2 <= n <= 20 and held > SHORT_HOLD_MS and not said_held and not (
                _FREQUENCY_AFTER.match(low, m.end())):
            note = f"\"{m.group(0).strip()}\": the time {n} times, read as {n} sets (as \"{n} x\" before a time)"
            add(m.start("x"), m.end(), Mention(Kind.SETS, Amount(n, n, note), m.group("x").strip(" ,")))
    for m in _TIMES_EACH_SIDE.finditer(low):
        if free(m.start("n"), m.end()):
            n = int(m["n"])
            note = f"\"{m.group(0).strip()}\": the whole exercise {n} times on each side, read as {n} sets"
            add(m.start("n"), m.end(), Mention(Kind.SETS, Amount(n, n, note), m.group(0).strip()))
    for m in _DONE_IT.finditer(low):
        if free(m.start(), m.end()) and 2 <= (n := int(m.group("n"))) <= 20:
            note = f"\"{m.group(0)}\": the whole exercise {n} times, read as {n} sets"
            add(m.start(), m.end(), Mention(Kind.SETS, Amount(n, n, note), m.group(0)))
    for m in _BARE_REST.finditer(low):
        if free(m.start(), m.end()) and _SECONDS_BEFORE.search(low[:m.start()]):
            note = f"\"{m.group(0)}\" gives no unit: read as seconds, as the time before it"
            ms = int(m.group("n")) * 1000
            add(m.start(), m.end(), Mention(Kind.REST, Amount(ms, ms, note), m.group(0)))
    for m in _NO_REST.finditer(low):
        after = low[m.end(): m.end() + 40]
        kind = Kind.SET_REST if re.match(r"\s*between (?:each )?(?:sets?|rounds?)", after) else (
            Kind.REP_REST if re.match(r"\s*between (?:each )?(?:reps?|repetitions?)", after) else Kind.REST)
        add(m.start(), m.end(), Mention(kind, Amount(0, 0), m.group(0)))
    for m in _RETURN_AFTER.finditer(low):
        if free(m.start("lo"), m.end()):
            seconds = _amount(m, 1000)
            note = f"\"{m.group(0)}\": the time before coming out read as a hold"
            add(m.start("lo"), m.end(), Mention(Kind.HOLD, Amount(seconds.low, seconds.high, note), m.group(0)))
    leads = [m for m in _COUNT_LEAD.finditer(low) if free(m.start(), m.end())]
    for m in (*_COUNT_HOLD.finditer(low), *_COUNT_SLOWLY.finditer(low), *leads):
        seconds = _amount(m, 1000)
        note = f"\"{m.group(0)}\": a count read as seconds"
        add(m.start(), m.end(), Mention(Kind.HOLD, Amount(seconds.low, seconds.high, note), m.group(0)))
    for m in (*_SETS_OF.finditer(low), *_REPS_OF.finditer(low)):
        add(m.start(), m.start("r"), Mention(Kind.SETS, _count(m.group("s")), m.group(0)))
        add(m.start("r"), m.end(), Mention(Kind.REPS, _count(m.group("r")), m.group(0)))
    for m in _SETS_BARE_REPS.finditer(low):
        if free(m.start(), m.end()):
            add(m.start(), m.start("r"), Mention(Kind.SETS, _count(m.group("s")), m.group(0)))
            add(m.start("r"), m.end(), Mention(Kind.REPS, _count(m.group("r")), m.group(0)))
    for m in _SETS_X_DISTANCE.finditer(low):
        # "2 x 20 metres": a distance cannot be timed or counted, so each set is one rep
        add(m.start(), m.end(), Mention(Kind.SETS, _count(m.group("s")), m.group(0)))
        one = Amount(1, 1, f"a distance ({m.group('d')}): one rep")
        add(m.start("d"), m.end(), Mention(Kind.REPS, one, m.group(0)))
    for m in _SIDED_X_SETS.finditer(low):
        # "8 per leg x 3": 8 on each side, 3 sets
        if free(m.start(), m.end()):
            add(m.start(), m.start("x"), Mention(Kind.REPS, _count(m.group("r")), m.group(0)))
            add(m.start("x"), m.end(), Mention(Kind.SETS, _count(m.group("s")), m.group(0)))
    for m in _SETS_X_REPS.finditer(low):
        if not free(m.start(), m.end()):
            continue
        add(m.start(), m.end(), Mention(Kind.SETS, _sets_first(m), m.group(0)))
        add(m.start("r"), m.end(), Mention(Kind.REPS, _count(m.group("r")), m.group(0)))
    for m in _LABEL.finditer(low):
        if free(m.start(), m.end()):
            kind = Kind.SETS if m.group("label") in ("sets", "rounds") else Kind.REPS
            add(m.start(), m.end(), Mention(kind, _amount(m, 1), m.group(0)))
    for m in _BARE_TIME_LABEL.finditer(low):
        if free(m.start(), m.end()):
            kind = Kind.HOLD if m.group("label").startswith("hold") else Kind.TIMED
            amount = _amount(m, 1000)
            note = f"\"{m.group(0)}\" gives no unit: read as seconds"
            add(m.start(), m.end(), Mention(kind, Amount(amount.low, amount.high, note), m.group(0)))
    breathing = _BREATH_COUNTS.search(low) is not None  # "in for 4, hold for 4, out for 4": a breath's counts
    for m in _BARE_HOLD_FOR.finditer(low):
        if free(m.start(), m.end()) and not breathing:
            amount = _amount(m, 1000)
            note = f"\"{m.group(0)}\" gives no unit: read as seconds"
            add(m.start(), m.end(), Mention(Kind.HOLD, Amount(amount.low, amount.high, note), m.group(0)))
    for m in _MINUTES_SECONDS.finditer(low):
        if free(m.start(), m.end()):
            # "1 min 30 s", "2 minutes and 15 seconds": one time, as the format writes it
            ms = int(m["m"]) * 60_000 + int(m["s"]) * 1000
            add(m.start(), m.end(), _time_mention(low, m.start(), m.end(), Amount(ms, ms), m.group(0)))
    for m in _MIXED_TIME.finditer(low):
        if free(m.start(), m.end()):
            lo = _ms(float(m.group("lo")), m.group("u1"))
            hi = _ms(float(m.group("hi")), m.group("u2"))
            add(m.start(), m.end(), _time_mention(low, m.start(), m.end(), Amount(lo, hi), m.group(0)))
    for m in _TIME.finditer(low):
        # only the words just before a number matter; a bounded window keeps long texts linear
        window = max(0, m.start() - _WINDOW)
        before = low[window: m.start()]
        tempo = (_TEMPO_AFTER.match(low, m.end()) or _TEMPO_BEFORE.search(before)) and not re.search(
            r"\b(?:hold|holding|stay|pause|pausing)\b[^.;,]*$", before)
        ignored = (_IGNORE_BEFORE.search(before) or _FREQUENCY_AFTER.match(low, m.end()) or tempo
                   or _LONGER_AFTER.match(low, m.end()))
        if ignored and m.group("unit").startswith("breath") and re.search(r"\btake\s*$", before):
            ignored = None  # "take 3 breaths" is a hold; "take 3 seconds to lower" is a tempo
        if ignored and re.search(r"\btake(?:\s+\w+)?\s*$", before) and _BETWEEN.match(low, m.end()):
            ignored = None  # "take about a minute between sets": a rest; "takes about 15 minutes": no dose
        if not free(m.start(), m.end()) or ignored:
            continue
        unit = m.group("unit")
        breaths = unit.startswith("breath")
        scale = 1 if breaths else _ms(1, unit)
        amount = _amount(m, scale, breaths)
        if _AT_LEAST.search(before) or m.group("plus"):
            amount = Amount(amount.low, amount.high, f"at least {m.group(0).strip()}, taken as the least", breaths)
        elif _UP_TO.search(before):
            amount = Amount(amount.low, amount.high, f"up to {m.group(0).strip()}, taken as the most", breaths)
        elif vague and m.group("lo") == "3" and m.group("hi") == "5":
            amount = Amount(amount.low, amount.high, "\"a few\" taken as 3-5", breaths)
        if sets := _SETS_X_TIME.search(before):
            # "3 x 30 s" is 3 sets of it; "10 x 5 s hold" 10 reps of a short hold, as nobody does 10 sets of 5 s
            words = sets.group(0) + m.group(0)
            counted = Kind.REPS if not breaths and amount.high <= SHORT_HOLD_MS else Kind.SETS
            add(window + sets.start(), m.start(), Mention(counted, _count(sets.group("s")), words))
        add(m.start(), m.end(), _time_mention(low, m.start(), m.end(), amount, m.group(0)))
    patterns = ((_SETS, Kind.SETS), (_REPS, Kind.REPS), (_X_REPS, Kind.REPS), (_TIMES_SIGN, Kind.REPS),
                (_BARE_REPEAT, Kind.REPS),
                (_PER_SIDE_COUNT, Kind.REPS), (_HYPHEN_TIMES, Kind.REPS), (_DIRECTION_COUNT, Kind.REPS),
                (_COUNT_LINE, Kind.REPS),
                (_OF_THOSE, Kind.REPS))
    for pattern, kind in patterns:
        for m in pattern.finditer(low):
            if not free(m.start("lo"), m.end()) or (_FREQUENCY_AFTER.match(low, m.end())
                                                     and not (kind is Kind.SETS and _SETS_A_DAY.match(low, m.end()))):
                continue
            unit = m.groupdict().get("unit") or ""
            kind_here = Kind.SETS if kind is Kind.REPS and unit.startswith(("round", "circuit")) else kind
            amount = _amount(m, 1)
            if vague and m.group("lo") == "3" and m.group("hi") == "5":
                amount = Amount(amount.low, amount.high, "\"a few\" taken as 3-5")
            add(m.start("lo"), m.end(), Mention(kind_here, amount, m.group(0).strip()))
    return [mention for _, mention in sorted(mentions, key=lambda pair: pair[0])]


def _time_mention(low: str, start: int, end: int, amount: Amount, words: str) -> Mention:
    """Decide from the words around a time whether it is a hold, a timed movement or a rest."""
    clause = re.split(r"[.;,]|\band\b|\bthen\b|\bbefore\b", low[max(0, start - _WINDOW): start])[-1]
    after = low[end: end + 40]
    pause_between = re.search(r"\bpaus(?:e|ing)(?:\s+for)?\s*$", clause) and re.match(r"[^.;]*\bbetween\b", after)
    # "10 seconds off" (after "20 seconds on") is a rest
    rest_after = re.match(r"(?:'s)?\s*(?:of\s+)?(?:rest|recovery|break|breather|breathers|off)\b", after) or (
        _BETWEEN.match(after) and not _HOLD_WORDS.search(clause) and not _DURATION_WORDS.search(clause))
    if _REST_WORDS.search(clause) or pause_between or rest_after:
        if re.search(r"between (?:each |every |the )?(?:sets?|rounds?)|after each (?:set|round)", after + clause):
            return Mention(Kind.SET_REST, amount, words)
        if re.search(r"between (?:each )?(?:reps?|repetitions?)|after each (?:rep|repetition)", after + clause):
            return Mention(Kind.REP_REST, amount, words)
        return Mention(Kind.REST, amount, words)
    if re.match(r"\s*(?:-\s*)?(?:holds?|static holds?|isometric)\b", after) or _HOLD_WORDS.search(clause):
        return Mention(Kind.HOLD, amount, words)
    if _DURATION_WORDS.search(clause) or _MOVING_AFTER.match(after):
        return Mention(Kind.DURATION, amount, words)
    return Mention(Kind.TIMED, amount, words)


_MANY_SETS = 8
_FEW_REPS = 5
MAYBE_REPS_FIRST = "; it may mean "
"""In the note of the sets of "10x3": the count may be written reps first (the import warns)."""


def _sets_first(m: re.Match[str]) -> Amount:
    """The sets of "3 x 10" (sets, then reps); "10x3" may be written the other way round (ten reps, three sets, as
    physio notes often put it): many sets of few reps keeps the reading, with a note that says so."""
    sets, reps = _count(m.group("s")), _count(m.group("r"))
    if sets.low >= _MANY_SETS and reps.high <= _FEW_REPS:
        said_sets, said_reps = m.group("s"), m.group("r")
        return Amount(sets.low, sets.high, f"\"{m.group(0).strip()}\" read as {said_sets} sets of {said_reps}"
                      f"{MAYBE_REPS_FIRST}{said_sets} reps and {said_reps} sets")
    return sets


def _count(text: str) -> Amount:
    numbers = [int(float(n)) for n in re.findall(_NUM, text)]
    return Amount(min(numbers), max(numbers))


def _amount(m: re.Match[str], scale: int, breaths: bool = False) -> Amount:
    low = float(m.group("lo"))
    high = float(m.group("hi") or m.group("lo"))
    low, high = min(low, high), max(low, high)
    return Amount(round(low * scale), round(high * scale), None, breaths)


def _ms(value: float, unit: str) -> int:
    if unit.startswith("h"):
        return round(value * 3_600_000)
    if unit.startswith("m"):
        return round(value * 60_000)
    return round(value * 1000)


@dataclass(frozen=True, slots=True)
class Sides:
    """A per-side exercise: the side names in the order the text does them."""

    names: tuple[str, str]
    note: str | None = None
    """Why the names or their order were guessed."""


_SIDE_PARTS = (r"(?:side|leg|arm|foot|feet|hand|knee|hip|shoulder|ankle|wrist|elbow|glute|hamstring|quad|calf|heel|"
               r"toe|thigh|ear|buttock|thumb|eye)s?")
_CLAUSE_END = (r"(?=\s*(?:$|[.,;:!)(|]|\band\b|\bthen\b|\bfor\b|\bbefore\b|\bwith\b|\bas well\b|\btoo\b|"
               r"\bin turn\b|\bseparately\b|\bin front\b|\bleading\b|\d|[x×]\s*\d))")
"""What may follow "each leg" when it means per side: the clause's end, "in turn", a count ("each leg 10 times"),
the limb's place when it takes its turn ("10 seconds each foot in front", "eight with each leg leading")."""
_PER_SIDE = re.compile(
    # "with the other hand" is what a hand presses with, not the other side; "repeat with the other hand" is (below)
    # "a weight under each hand" is where the weights go, as "in each hand" is, not a side each
    rf"(?<!\bin )(?<!\bunder )(?<!\bbeneath )\b(?:on |for |with (?!(?:the|your) other (?:hand|arm)s?\b))?"
    rf"(?:each|per|every|either|(?<!them to )(?<!it to )(?<!with )(?<!bend )(?<!keep )(?<!rest )(?<!place )(?<!plant )"
    rf"the other|the opposite)\s+"
    rf"{_SIDE_PARTS}\b{_CLAUSE_END}"
    rf"|\b(?:on |for )?(?:both|all) sides\b(?:\s+(?:each|every|in each|in every) (?:set|time|round))?{_CLAUSE_END}"
    # "repeat for both legs", "do this on both arms": the same again on the other limb (not "with both hands")
    rf"|\b(?:repeat|do (?:it|this|the same)|perform (?:it|this))\s+(?:(?:it|this|the \w+)\s+)?(?:on|for) both "
    rf"(?:legs|arms|knees|hips|shoulders|ankles|wrists|elbows|calves|hamstrings|quads|glutes)\b"
    rf"|\brepeat (?:it |this |that |the (?:stretch|exercise|movement|move|pose|same) )?(?:on|with) (?:the|your) "
    rf"(?:left|right)\b"
    # "30 secs a side", "10 a leg": a count or time said for one side
    rf"|\b\d+\s*(?:[a-z]+\s+)?a (?:side|leg|arm)\b{_CLAUSE_END}"
    rf"|\b(?:switch|swap|change)\s+(?:to the (?:other|opposite) |the |your )?{_SIDE_PARTS}\b"
    rf"|\bthen (?:switch|swap|change)\b|\b(?:switch|swap|change) over\b"
    rf"|\band (?:switch|swap)\b(?=\s*(?:$|[.;!,]))"  # "stay there for 30 seconds and swap": the other side next
    # "hold for 30 seconds before switching sides", "... 20 seconds before swapping": the other side next
    rf"|\b(?:before|then|and) (?:switching|swapping|changing)(?: (?:to the (?:other|opposite) |the |your )?"
    rf"{_SIDE_PARTS}\b| over\b|(?=\s*(?:$|[.;!,])))"
    rf"|\b(?:repeat|do the same|do it|same)\s+(?:\w+\s+){{0,3}}(?:on|with|for|using) (?:the|your) (?:other|opposite)\b"
    rf"|\b(?:do the same|repeat)\s+(?:with|on|for|using) (?:the|your) (?:left|right) {_SIDE_PARTS}\b"
    # "lift your right leg the same way you did with your left": the other side, done as the first was
    rf"|\bthe same way\b[^.;]{{0,30}}?\b(?:with|on|as|for) (?:the|your) (?:left|right|other|first)\b"
    # "hold for 15 seconds, repeat other leg": the other side said without "the"
    rf"|\brepeat\s+(?:(?:on|with|for|using)\s+)?(?:other|opposite)\s+{_SIDE_PARTS}\b"
    rf"|\b(?:work|works|working|use|uses|using|do|does|stretch|stretches|stretching)\s+(?:one|1) "
    rf"(?:hand|arm|leg|foot|side) at a time\b"
    rf"|\b(?:other|opposite) (?:side|leg|arm)\b.{{0,20}}\b(?:repeat|same)\b"
    # "Thirty seconds on one arm, then the other" (a position on each; "lift one foot, then the other" alternates)
    rf"|\bon (?:one|1) {_SIDE_PARTS}\b[^.;]{{0,40}}?\b(?:then|and) (?:the|your) other\b(?=\s*(?:[.;,!]|$|one\b))"
    # "move your head to the right and follow the same instructions": the steps said for one side, again on the other
    rf"|\b(?:follow|repeat|do)\s+(?:the\s+)?same\s+(?:instructions|steps|thing)\b[^.;]{{0,20}}?"
    rf"\b(?:to|on|for|with)\s+the\s+(?:left|right|other)\b"
    rf"|\bto the (?:left|right)\b[^.;]{{0,20}}?\band (?:follow|repeat|do) (?:the )?same (?:instructions|steps)\b"
    rf"|\bto the right\b.{{0,120}}?\b(?:then|before)\b[^.;]{{0,40}}\bto the left\b"
    rf"|\bto the left\b.{{0,120}}?\b(?:then|before)\b[^.;]{{0,40}}\bto the right\b"
    # "... stay there for 15 seconds. Then the left side.": a sentence that only names the side done next
    rf"|(?:^|(?<=[.;!]\s))(?:and\s+)?(?:then|now|next)\s+(?:(?:the|your)\s+)?(?:left|right|other|opposite)"
    rf"(?:\s+{_SIDE_PARTS})?\s*(?=[.;!]|$)")
_THEN = r"(?:\s*[,.]{1,2}\s*|\s+(?:then|and)\s+)(?:\w+\s+){0,3}"
"""Between one direction and the other: a comma, "then", "and", or the end of a sentence ("... 10 times. Forwards")."""
_PER_DIRECTION = re.compile(r"\b(?:each|both|either|every|opposite|other) directions?\b|\bboth ways\b|\beach way\b"
                            r"|\b(?:reverse|change|switch)"
                            r" (?:the )?(?:directions?|circles?)\b|\bin reverse\b"
                            rf"|\d[^.;]{{0,20}}\bforwards?\b[^.;]{{0,60}}{_THEN}backwards?\b"
                            rf"|\bforwards?\b[^.;]{{0,60}}\d[^.;]{{0,30}}{_THEN}backwards?\b"
                            rf"|\d[^.;]{{0,20}}\bbackwards?\b[^.;]{{0,60}}{_THEN}forwards?\b"
                            rf"|\bbackwards?\b[^.;]{{0,60}}\d[^.;]{{0,30}}{_THEN}forwards?\b")
_TWO_LIMBS = re.compile(rf"\bforwards?\b[^.;]*\b{_SIDE_PARTS}\b[^.;]*\bbackwards?\b"
                        rf"|\bbackwards?\b[^.;]*\b{_SIDE_PARTS}\b[^.;]*\bforwards?\b")
"""One limb forwards and another backwards ("an arm forwards and the opposite leg backwards"): a position of two
limbs, not one movement done in two directions."""
_CLOCKWISE = re.compile(r"(?<![-\w])clockwise\b")
_COUNTERCLOCKWISE = re.compile(r"\b(?:counter-?|anti-?)clockwise\b")


def _both_ways(low: str) -> bool:
    """ "clockwise ... counterclockwise" (or the other order) on one line: the first of one before the last of the
    other, found in one pass each (a pattern with ".*" between them read the line again at every "clockwise")."""
    for line in low.split("\n"):
        plain = [m.start() for m in _CLOCKWISE.finditer(line)]
        counter = [m.start() for m in _COUNTERCLOCKWISE.finditer(line)]
        if plain and counter and (plain[0] < counter[-1] or counter[0] < plain[-1]):
            return True
    return False
_TURNING = re.compile(r"\b(?:circles?|circling|circular|rotat\w*|roll\w*|twist\w*|turn\w*|spin(?:s|ning)?|swirl\w*)\b")
_ROUND_TURN = re.compile(r"\b(?:circles?|circling|circular|roll\w*|spin(?:s|ning)?|swirl\w*)\b")
"""Movement round a circle, whose two ways are clockwise and counterclockwise; a twist or turn goes to each side."""
_ONE_WAY_THE_OTHER = re.compile(r"\b\d+\s+(?:(?:times|reps|[a-z]+(?:\s+[a-z]+)?)\s+)?(?:one|1) way\b[^.;]{0,20}?"
                                r"\b\d+\s+"
                                r"(?:(?:times|reps)\s+)?the other(?: way)?\b")
"""A count said for each way, the ways named no more than so: "10 one way, 10 the other", "five slow circles one way,
five the other"."""
_OTHER_WAY = re.compile(r"(?<!face )(?<!facing )\b(?:the other way|the opposite way)\b(?!\s*(?:round\s*)?:)")
"""A movement done the other way too; not "turn to face the other way", which is where one stands, nor "Now the
other way: lift your toes", a paragraph's opening that turns the exercise before it round into this one."""
_PAUSE_AT_EACH = re.compile(r"\b(?:pause|pausing|stop|stopping|rest|resting)\b[^.;]{0,30}?\bat\s+each\s+"
                            r"(?:shoulder|side|end|ear|hip|knee)\b"
                            r"|\b(?:roll|rolling|swing|swinging|sweep|sweeping)\b[^.;]{0,40}?\b(?:over|across|round|around)"
                            r"\s+to\s+the\s+other\s+side\b")
"""One movement's ends and path ("roll your head forward and over to the other side. Pause for 5 seconds at each
shoulder"): no side."""
_RIGHT_FIRST = re.compile(r"\bright\b(?:(?!\bleft\b).)*\bthen\b[^.;]*\bleft\b"
                          r"|\bright\b[^.]*\.[^.]*\bthen\b[^.;]*\bleft\b")
"""The right named before "then ... the left": the article's order."""
_COUNT_ALTERNATING = re.compile(r"\b\d+\s+(?:times|reps?|repetitions?)?\s*,?\s*(?:in\s+total\s*,?\s*)?"
                                r"alternating(?:\s+(?:sides|legs|arms|feet|hands|shoulders))?\b")
"""A count said to alternate ("10 times, alternating sides"): both sides inside the count."""
_ALTERNATING = re.compile(rf"\balternat(?:e|ing)\s+(?:between\s+)?(?:{_SIDE_PARTS}|left and right|right and left)\b"
                          rf"|\balternating\b")


_SIDE_THEN_OTHER = re.compile(r"\b(?:to|towards?|on) (?:one|1) side\b(?:[^.;]{0,20}?\b(?:then|before)|\.{1,2})\s+"
                              r"(?:to\s+|on\s+)?the other\b"
                              r"|\b(?:fall|drop|lower|roll|sink)s?\b[^.;]{0,20}?\bto the (?P<first>left|right)\b"
                              r"[^.;]{0,60}?\bto the (?:left|right)\b")
"""'roll to one side and then the other' (or cut at its "then", as prose clauses are: "to one side.. The other"):
alone an alternating movement, with "10 each way" one done to each side; so is "let both knees fall to the left, ...
go to the right", in that order."""
_EACH_WAY_NAMED = re.compile(r"\b(?P<n>\d+)\s+(?:[a-z]+\s+)?(?P<first>forwards?|backwards?)\b[^.;]{0,20}?"
                             r"\b(?P=n)\s+(?:[a-z]+\s+)?(?P<second>forwards?|backwards?|back)\b")
"""The same count said for each way, in the article's words: "10 steps forward then 10 steps back"."""
_EACH_NAMED = re.compile(r"\b(?P<n>\d+)\s+(?:[a-z]+\s+)?(?:to|on|towards?|with)\s+(?:the|your)\s+"
                         r"(?P<first>right|left)\b"
                         r"[^.;]{0,40}?\b(?P=n)\s+(?:[a-z]+\s+)?(?:to|on|towards?|with)\s+(?:the|your)\s+"
                         r"(?P<second>right|left)\b"
                         r"|\b(?P<first2>right|left)\s+(?:side|leg|arm|foot|hand)\s+(?P<n2>\d+)\b[^.;]{0,30}?"
                         r"\b(?P<second2>right|left)\s+(?:side|leg|arm|foot|hand)\s+(?P=n2)\b")
"""The same count said for the right and for the left: "10 steps to the right ... 10 steps to the left", "left side
30 s, then right side 30 s"."""


_DISTANCE_SAID = re.compile(rf"(?<![\w.])(?P<d>{_NUM}\s*(?:metres?|meters?|m|km|kilometres?|kilometers?|yards?|yds?|"
                            r"miles?))(?![\w/])(?!\s*(?:x|×|by)\s*\d)")
"""A distance to cover ("20 m", "1 km"), not a size ("2 x 1 m"; "cm" and "in" are sizes, not distances)."""


def untimed_distance(text: str) -> str | None:
    """The first distance the text gives ("20 m"), None when it gives none."""
    low = text.lower()
    # "2 x 20 m" is counted already (each set one rep); "2 x 1 m" a size
    return next((m["d"] for m in _DISTANCE_SAID.finditer(low)
                 if not re.search(r"[x×]\s*$", low[max(0, m.start() - 8):m.start()])), None)


_TO_AND_FRO = re.compile(r"\bto the (?:right|left)\b.{0,120}?\b(?:then|before)\b[^.;]{0,40}\bto the (?:left|right)\b")
_GOES_ON = re.compile(r"\b(?:rhythmic\w*|continuous\w*|keep (?:it |this )?(?:going|moving)|non-?stop)\b")
"""Words that say a movement goes on for its time, to and fro, rather than being done once on each side."""


_COUNTED_IN_TOTAL = re.compile(r"\b\d+\s+(?:[a-z]+\s+)?in total\b|\bin total,?\s+(?:do\s+)?\d+\b")
"""'Do 10 switches in total', 'in total 12': a count of both sides together, no count per side."""


_SAT_ON = re.compile(r"\b(?:sit|sitting)\s+on\s+(?:your|the)\s+(?:left|right)\b")
"""A hand sat on ("sit on your right hand") to keep the shoulder down: not the side the stretch is done to (a knee
knelt on is: "kneel on your left knee" stretches the left hip)."""


def _worked_side(side: str, low: str) -> re.Match[str] | None:
    """Where the text first names `side` as the side worked ("your left ear", "to the left"), not one sat on."""
    pattern = re.compile(rf"\b{side} {_SIDE_PARTS}\b|\b(?:to|toward|towards|on) (?:the|your) {side}\b")
    return next((m for m in pattern.finditer(low) if not _SAT_ON.search(low[max(0, m.start() - 30):m.end()])), None)


def article_side_words(text: str) -> dict[str, str]:
    """The article's own spelling of a direction that an exercise's text may not give: an article that writes
    "anticlockwise" (anywhere: a note, a code block) and never "counterclockwise" has its circles go anticlockwise."""
    low = text.lower()
    if re.search(r"\banti-?clockwise\b", low) and not re.search(r"\bcounter-?clockwise\b", low):
        return {"counterclockwise": "anticlockwise"}
    return {}


def find_sides(text: str) -> tuple[Sides | None, str | None]:
    """Whether the exercise is done once per side (or per direction), and a warning when it alternates."""
    low = _PAUSE_AT_EACH.sub("", numerals(text))
    if one_side_only(low):
        return None, None  # "Perform on your right leg only": one side, whatever "the other foot" does
    if again := side_again(low):
        return Sides(again), None  # "Repeat 5 times, then lead with the left leg for another 5"
    if _ONE_WAY_THE_OTHER.search(low):
        return Sides(("one way", "the other way")), None  # "10 one way, 10 the other": the article names no more
    if (ways := _EACH_WAY_NAMED.search(low)) and ways["first"][:4] != ways["second"][:4]:
        return Sides((ways["first"], ways["second"])), None
    per_direction = _PER_DIRECTION.search(low)
    if per_direction and _TWO_LIMBS.search(per_direction.group(0)):
        per_direction = None  # "reach 1 arm forwards and the opposite leg backwards": two limbs, not two directions
    if per_direction and per_direction.group(0) in ("each way", "each direction") and (
            side := _SIDE_THEN_OTHER.search(low)):
        # knees rolled "to one side and then the other, 10 each way"; "fall to the left ... to the right": that order
        first = side["first"] or "left"
        return Sides((first, "left" if first == "right" else "right")), None
    if per_direction and per_direction.group(0) == "each way" and _PER_SIDE.search(low):
        per_direction = None  # "10 each way, then change legs": the legs are the sides
    if per_direction or _both_ways(low) or (_OTHER_WAY.search(low) and not _PER_SIDE.search(low)):
        forward = re.search(r"\bforwards?\b", low)
        backward = re.search(r"\bbackwards?\b|\bforwards? and back\b", low)
        if forward and backward:
            first_forward = forward.start() <= backward.start()
            ahead, behind = forward.group(0), backward.group(0)  # "forwards" as the article spells it
            behind = behind if behind.startswith("backward") else "backward"
            names = (ahead, behind) if first_forward else (behind, ahead)
            return Sides(names), None
        counter = re.search(r"\b(?:counter-?clockwise|anti-?clockwise)\b", low)
        clockwise = re.search(r"(?<![-\w])clockwise\b", low)
        other = "anticlockwise" if counter and "anti" in counter.group(0) else "counterclockwise"
        if counter and (not clockwise or counter.start() < clockwise.start()):
            return Sides((other, "clockwise")), None
        if re.search(r"\bhalf[- ]circles?\b", low):
            return Sides(("left", "right"), "direction names"), None  # neck half circles: side to side, no turn
        turning = _TURNING.search(low)
        twisting = turning and re.match(r"twist|turn|rotat", turning.group(0))
        if not clockwise and twisting and not _ROUND_TURN.search(low):
            if _RIGHT_FIRST.search(low):
                return Sides(("right", "left")), None  # "turn to look over your right shoulder ... then to the left"
            return Sides(("left", "right"), "direction names"), None  # "a seated twist (both ways)": to each side
        if not clockwise and not turning:
            # "20 metres each direction", "bend your wrist each way": a straight movement goes left and right
            return Sides(("left", "right"), "direction names"), None
        note = None if clockwise else "direction names"
        return Sides(("clockwise", other), note), None
    if both := _EACH_NAMED.search(low):
        # "10 steps to the right and then 10 steps to the left": the same count on each side, in the text's order
        return Sides((both["first"] or both["first2"], both["second"] or both["second2"])), None
    if (per_side := _PER_SIDE.search(low)) and _ONE_REP_IS.search(low, per_side.end()):
        # "switch to the other side. That's one repetition": a rep takes in both sides
        return None, "one rep is said to take in both sides: written as plain reps"
    if _PER_SIDE.search(low) and _COUNTED_IN_TOTAL.search(low) and not _PER_SIDE_COUNT.search(low):
        # "switch from side to side ... do 10 switches in total": the count takes in both sides
        return None, "its count is said to be in total, both sides together: written without sides"
    if _PER_SIDE.search(low) and _TO_AND_FRO.search(low) and _GOES_ON.search(low):
        # "step wide to the right, then to the left; keep it rhythmic for two minutes": one movement to and fro
        return None, "moves from side to side for its time: written without sides"
    if _COUNT_ALTERNATING.search(low) and not _PER_SIDE_COUNT.search(low):
        # "Next time look over the other shoulder. 10 times, alternating sides": the count takes in both sides
        return None, "alternates sides within each set: written as plain reps"
    if _PER_SIDE.search(low):
        left = _worked_side("left", low)
        right = _worked_side("right", low)
        if right and (not left or right.start() < left.start()):
            return Sides(("right", "left")), None
        return Sides(("left", "right")), None
    if _ALTERNATING.search(low):
        return None, "alternates sides within each set: written as plain reps"
    return None, None


_FILLER = re.compile(r"\b(?:pause|pausing|top|bottom|the|this|that|it|these|those|exercise|stretch|movement|move|"
                     r"motion|pose|position|sequence|"
                     r"steps?|above|same|for|on|with|of|to|and|then|each|per|both|other|opposite|side|sides|leg|legs|arm|"
                     r"arms|direction|directions|at|least|about|around|approximately|roughly|up|total|a|an|your|you|"
                     r"again|more|times|reps?|repetitions?|sets?|rounds?|seconds?|secs?|minutes?|mins?|breaths?|deep|slow|"
                     r"or|longer|as|long|can|comfortable|comfortably|is|in|between|x|s|gently|slowly|hold|holding|"
                     r"repeat|do|perform|complete|aim|try|stay|remain|keep|continue|rest|switch|swap|change|alternate|"
                     r"work|build|count|maintain|breathe|take|go|start|begin|until|feel|here|there|cycle|cycles|"
                     r"counts|another|additional|whole|full|entire|left|right|like|way|few|couple|several|going|"
                     r"m|metres?|meters?|yards?|yds|km|through|"
                     r"moving|doing|over|here|position|them|rounds|time|foot|feet|hands?|knees?|hips?|shoulders?|ankles?|wrists?|"
                     r"elbows?|heels?|toes?|thighs?|ears?|"
                     r"easy|easily|moderate|brisk|steady|steadily|relaxed|"
                     r"[\d.+-]+)\b")
_SETTING_ASIDE = re.compile(r"\s*\((?:[a-z]+\s+){0,3}[\d.]+(?:\s*[-/]\s*[\d.]+)?\s*"
                            r"(?:rpm|spm|bpm|kph|km/h|mph|watts?|w|%)?(?:,\s*(?:[a-z]+\s+){0,3}[\d.]+"
                            r"(?:\s*[-/]\s*[\d.]+)?(?:\s+out of\s+\d+)?)*\)")
"""A machine's setting in brackets after a time ("5 min easy (60-70 rpm)", "(level 5, rpe 5-6 out of 10)"): no
part of the dose, and no word that makes the line more than its dose."""


_COUNTED_MOVES = re.compile(
    r"^(?:and |then )*(?:do|perform|complete|make|aim for|try|repeat)\s+(?:another |about |around )?\d+(?:-\d+)?"
    r"(?:\s+[a-z-]+){0,2}?(?:\s+(?:on|per|in|to|for|with)\s+(?:(?:each|every|both|the other|your other)\s+)?[a-z]+)?$")


_CHANGE_OF_SIDES = re.compile(r"^(?:and |then )*(?:switch|swap|change)\b")
_HALFWAY = re.compile(r"\s+(?:at\s+)?(?:the\s+)?(?:halfway|half way|half-way|midway)(?:\s+(?:through|point|mark))?$")
"""When in a timed move the sides change ("swap sides halfway through"): no word of another instruction."""


def is_dose_only(clause: str, name_words: frozenset[str] = frozenset()) -> bool:
    """A clause that only states a dose ("Hold for 5 seconds", "Repeat the stretch 10 times", "Switch sides")."""
    low = numerals(clause).strip(" .!;:,")
    if not low:
        return True
    # "swap sides halfway through" in a timed move: the change of sides, when in the time aside
    low = _HALFWAY.sub("", low) if _CHANGE_OF_SIDES.match(low) else low
    if _COUNTED_MOVES.match(low):
        return True
    has_dose = bool(find_mentions(low)) or bool(find_sides(low)[0])
    if not has_dose and not re.match(r"^(?:and |then )*(?:switch|swap|change)(?: sides| legs| arms| over)?$", low):
        return False
    spaced = re.sub(r"(?<=\d)(?=[a-z])", " ", re.sub(r"(?<=\d)\s*[x×]\s*(?=\d)", " ", low))  # "3x30s" -> "3 30 s"
    spaced = re.sub(r"(?<![\w.])[x×](?=\d)", "x ", spaced)  # "x15"
    rest = _FILLER.sub(" ", _SETTING_ASIDE.sub(" ", spaced))
    return not [word for word in re.findall(r"[a-z']+", rest) if word not in name_words]


_NAMED_COUNT = re.compile(r"(?<![\w/.-])(?P<lo>\d+)(?:\s*(?:-|to)\s*(?P<hi>\d+))?\s+"
                          r"(?:(?:slow|controlled|gentle|small|big|full|deep|easy|more|quick)\s+)?(?P<words>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){0,2})\b")
_BODY_PART = re.compile(rf"^{_SIDE_PARTS}$|^(?:neck|back|chin|chest|head|finger|thumb|spine|body|core|bands?)s?$")


def is_body_part(word: str) -> bool:
    """ "hand", "knees": with a number ("one hand on your belly") a position, never a count of a movement."""
    return bool(_BODY_PART.match(word))


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _stem(word: str) -> str:
    return word.rstrip("s").rstrip("e")


_LONE_COUNT = re.compile(r"^\s*(?P<n>\d{1,3})(?:\s*(?:-|to)\s*(?P<m>\d{1,3}))?(?:\s+(?:slow|slowly|controlled))?\s*"
                         r"(?=,\s*[a-z]|\.?\s*$)")
"""A number alone where a dose goes: "12, squeeze at the top" under "Glute bridge" (not "3, 2, 1"), a range
("10-15", "ten to fifteen"), or with how to do them ("8 slow, right leg")."""
_DASHED_COUNT = re.compile(r"(?<=[a-z)*_])\s+-\s*(?P<n>\d{1,3})(?:\s*(?:-|to)\s*(?P<m>\d{1,3}))?\s*"
                           r"(?=,\s*(?:\d{1,2}\s+)?[a-z]|\.?\s*$)")
"""The same after a name and a dash: "Glute bridge – 12, squeeze at the top", "Calf raises – 15, one hand on the
wall" (its "one" a digit by now)."""


def lone_count(text: str, after_name: bool = False) -> Mention | None:
    """A number standing alone as a dose, read as reps: at the start of the line under an exercise's name, or
    (`after_name`) after the name and a dash; None when there is none. Marked inferred: no word says reps."""
    low = numerals(text)
    m = (_DASHED_COUNT.search(low) if after_name else _LONE_COUNT.match(low))
    if m is None:
        return None
    low_n = int(m["n"])
    high_n = int(m["m"]) if m["m"] else low_n
    if not 1 <= low_n <= high_n:
        return None
    words = m.group(0).strip(" -")
    note = f"\"{words}\" alone under the exercise's name, read as reps"
    return Mention(Kind.REPS, Amount(low_n, high_n, note), words)


def named_counts(text: str, name: str) -> list[Mention]:
    """ "15 squeezes" under "Shoulder blade squeezes", "do 8 slow bridges" under "Glute bridge": a count of the
    exercise's own movement, named by a word of its name, is its reps. Body parts ("2 arms") are not movements."""
    # "4 demi-pliés" under "Pliés in first and second": accents aside, any part of a hyphened word
    name, text = _unaccented(name), _unaccented(text)
    words_of_name = re.findall(r"[a-z][a-z-]{3,}", name.lower())
    stems = {_stem(part) for word in words_of_name for part in {word, *word.split("-")}
             if len(part) >= 4 and not is_body_part(part)}
    low = numerals(text)
    found: list[Mention] = []
    for m in _NAMED_COUNT.finditer(low):
        # "15 glute bridges" under "Glute bridges": any of the words that follow the count
        words = m.group("words").split()
        if re.fullmatch(rf"{_TIME_UNIT}|{_REP_UNIT}|sets?", words[0]):
            continue  # "20 sec plank": a time, not 20 planks
        if (any(_stem(part) in stems for word in words for part in {word, *word.split("-")})
                and not _FREQUENCY_AFTER.match(low, m.end())):
            found.append(Mention(Kind.REPS, _amount(m, 1), m.group(0)))
    return found
