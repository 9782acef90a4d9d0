"""How much of the article's dose text the import accounts for: the sentences that state a dose ("10 reps",
"hold 30 seconds", "3 x 12", "each side") and that no imported exercise, circuit or warning reads.

A layout the rules do not know is most often read quietly wrong: several exercises merged into one, or a list
read as no exercise at all. Their doses are still in the text, and a sentence with a dose that nothing read is
the one sign of it that does not depend on the layout.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from voiceroutine.importer.blocks import Block, Section, is_stop
from voiceroutine.importer.checks import quoted
from voiceroutine.importer.dose import BREATH_MS, Kind, Mention, find_mentions
from voiceroutine.importer.options import is_option
from voiceroutine.importer.progression import is_progression
from voiceroutine.importer.steps import is_background, sentences
from voiceroutine.importer.story import is_told
from voiceroutine.importer.told import about_earlier_session, told_in_past
from voiceroutine.importer.writer import ImportedExercise
from voiceroutine.routine.units import UnitError, parse_duration

DOSE_KINDS = frozenset({Kind.REPS, Kind.SETS, Kind.HOLD, Kind.DURATION, Kind.TIMED})
"""What an exercise's dose is made of; rests alone are no exercise."""
QUOTED = 3
"""Sentences a coverage warning quotes; the rest are counted."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """The article's dose sentences, and which of them the import did not read."""

    dosed: int
    """Sentences of the main text that state a dose."""
    unread: tuple[str, ...]
    """Those outside every exercise that nothing read or quoted, in the article's order."""
    unread_in: tuple[tuple[str, ...], ...]
    """Per exercise (in section order): dose sentences of its own text that none of its values came from."""


def _plain(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .!;:,\"'")


def _within(sentence: str, quotes: Collection[str]) -> bool:
    plain = _plain(sentence)
    return any(plain in quote or (len(quote) > 8 and quote in plain) for quote in quotes)


def coverage(blocks: Sequence[Block], sections: Sequence[Section], exercises: Sequence[ImportedExercise],
             used: Collection[str], end: int) -> Coverage:
    """The dose sentences of `blocks[:end]` (the main text, before any comments) and which were not read.

    `exercises[i]` was built from `sections[i]`; `used` are sentences read for the whole routine (rounds, shared
    doses, notes, the title). The main text ends at the first heading that ends the exercises ("FAQ")."""
    quotes = {_plain(field.quote) for exercise in exercises for field in exercise.fields if field.quote}
    quotes |= {_plain(sentence) for sentence in used}
    owned: set[int] = set()
    dosed = 0
    unread_in: list[tuple[str, ...]] = []
    for index, section in enumerate(sections):
        own = range(section.start, section.start + 1 + len(section.body))
        owned.update(own)
        if index >= len(exercises):
            continue
        mine = {_plain(field.quote) for field in exercises[index].fields if field.quote} | {
            _plain(sentence) for sentence in section.shared}
        texts = [section.heading, *(block.text for block in section.body)]
        found = [sentence for text in texts for sentence in sentences(text) if is_dose_for_today(sentence)]
        dosed += len(found)
        values = _values(exercises[index])
        unread_in.append(tuple(sentence for sentence in dict.fromkeys(found)
                               if not _within(sentence, mine | quotes) and not _amounts_in(sentence, values)))
    unread: list[str] = []
    first = min((section.start for section in sections), default=0)
    end = next((at for at in range(first, end) if is_stop(blocks[at])), end)  # "FAQ", "Comments": no routine
    for at, block in enumerate(blocks[:end]):
        if at in owned:
            continue
        for sentence in sentences(block.text):
            if not is_dose_for_today(sentence):
                continue
            dosed += 1
            if not _within(sentence, quotes):
                unread.append(sentence)
    return Coverage(dosed, tuple(dict.fromkeys(unread)), tuple(unread_in))


def _values(exercise: ImportedExercise) -> tuple[set[int], set[int]]:
    """The counts and the times (ms, each end of a range, each phase) the exercise holds."""
    counts: set[int] = set()
    times: set[int] = set()
    for field in exercise.fields:
        values = field.value if isinstance(field.value, tuple) else (field.value,)
        for value in values:
            text = value[1] if isinstance(value, tuple) else str(value)
            if field.key in ("reps", "sets"):
                counts.update(int(number) for number in re.findall(r"\d+", text))
            elif (span := _time_span(text)) is not None:
                times.update(span)
    return counts, times


def _amounts_in(sentence: str, values: tuple[set[int], set[int]]) -> bool:
    """Whether every dose the sentence states is a value of the exercise (said again in other words, or the
    same count for the other side)."""
    counts, times = values
    mentions = [mention for mention in find_mentions(sentence) if mention.kind in DOSE_KINDS]
    for mention in mentions:
        amount = mention.amount
        if mention.kind in (Kind.REPS, Kind.SETS) and not amount.breaths:
            if not {amount.low, amount.high} <= counts:
                return False
        elif amount.breaths:
            if not ({amount.low, amount.high} <= counts or {amount.low * BREATH_MS, amount.high * BREATH_MS} <= times):
                return False
        elif not {amount.low, amount.high} <= times:
            return False
    return bool(mentions)


def _time_span(text: str) -> tuple[int, int] | None:
    try:
        span = parse_duration(text, max_ms=10**12, zero_ok=True)
    except UnitError:
        return None
    return span.low, span.high


_LATER_ON = re.compile(r"\b(?:as|when|once|if)\s+(?!far\b)(?:[\w']+\s+){1,4}?(?:gets?|feels?|becomes?|grows?)\s+"
                       r"(?:\w+\s+)?(?:easier|easy|stronger|comfortable|fitter)\b"
                       r"|\btomorrow\b|\bnext (?:week|time|session|month)\b", re.I)
"""A clause that puts the sentence's dose at a later stage ("Build up to a minute as it gets easier", "Tomorrow we
do 10 of each")."""
_EARLIER_ON = re.compile(r"\b(?:yesterday|ago|last (?:week|night|time|month|year))\b", re.I)
"""A word that puts the sentence in the past ("I sat for 11 hours yesterday")."""
_HOW_OFTEN = re.compile(r"\b(?:once|twice|\d+(?:\s*-\s*\d+)?\s+times)\s+(?:a|per|each|every|in (?:a|one))\s+"
                        r"(?:day|week|wk|morning|evening|night)\b|/\s*(?:wk|week|day)\b", re.I)
"""How often the whole routine is done ("twice a day", "2-3 times in one week"), no exercise's dose."""
_IF = re.compile(r"^\W*if\b", re.I)
"""A condition ("If you only have two minutes, ..."): an alternative, not the dose."""
_STRUCK = re.compile(r"~~.*?~~")
"""Struck-out text ("~~3 x 20~~"): taken out by the writer."""
MOST_COUNT = 100
"""A count above this ("viewed 412,870 times") is no exercise's dose; one of 1 ("that's one round") tells what a
round is."""
MOST_TIME_MS = 60 * 60_000
"""A time of an hour or more ("sit for 8 hours") is no exercise's dose."""


def not_for_today(sentence: str) -> str | None:
    """What makes the sentence's numbers no dose for today, in a few words, or None: a rationale, a condition, a
    later stage, how often, or a story of the past."""
    if is_background(sentence) or is_progression(sentence) or is_option(sentence) or _LATER_ON.search(sentence):
        return "advice or a later stage"
    if _EARLIER_ON.search(sentence) or told_in_past(sentence) or is_told(sentence) or about_earlier_session(sentence):
        return "a story of the past"
    if _HOW_OFTEN.search(sentence):
        return "how often the routine is done"
    if _IF.match(sentence):
        return "a condition"
    return None


def is_dose_for_today(sentence: str) -> bool:
    """Whether the sentence states an exercise-like dose for today."""
    return not_for_today(sentence) is None and any(
        _exercise_like(mention) for mention in find_mentions(_STRUCK.sub(" ", sentence)))


def _exercise_like(mention: Mention) -> bool:
    if mention.kind not in DOSE_KINDS:
        return False
    if mention.kind in (Kind.REPS, Kind.SETS) or mention.amount.breaths:
        return 1 < mention.amount.high <= MOST_COUNT
    return mention.amount.high < MOST_TIME_MS


def with_unread(exercises: list[ImportedExercise], read: Coverage) -> tuple[list[ImportedExercise], Coverage]:
    """Each exercise with a warning quoting the dose sentences of its own text that none of its values came from,
    and the coverage without those its warnings quote already (a note's dose, said as one)."""
    warned: list[ImportedExercise] = []
    left: list[tuple[str, ...]] = []
    for index, exercise in enumerate(exercises):
        said = _plain(" ".join(exercise.warnings))
        unread = tuple(sentence for sentence in (read.unread_in[index] if index < len(read.unread_in) else ())
                       if _plain(sentence)[:60] not in said)
        left.append(unread)
        if unread:
            more = f" (and {len(unread) - 1} more)" if len(unread) > 1 else ""
            warning = (f"its text states a dose that none of its values came from: {quoted(unread[0])}{more}; "
                       "check its dose, or whether it holds another exercise")
            exercise = replace(exercise, warnings=(*exercise.warnings, warning))
        warned.append(exercise)
    return warned, replace(read, unread_in=tuple(left))


def unread_sentences(read: Coverage, notes: Sequence[str], routine_ms: int, count: int) -> list[str]:
    """The dose sentences nothing read: those outside every exercise first, then those inside one that none of its
    values came from (another exercise may be merged into it). One already quoted in `notes` is left out, and so is
    one outside every exercise whose only dose is a time about as long as the whole routine (`routine_ms`: "a
    15-minute routine") or a count of its `count` exercises ("Two moves.")."""
    said = _plain(" ".join(notes))
    unsaid = [sentence for sentence in read.unread
              if _plain(sentence)[:60] not in said and not _routine_length(sentence, routine_ms)
              and not _routine_count(sentence, count)]
    return unsaid + [sentence for inside in read.unread_in for sentence in inside]


def unread_note(unsaid: Sequence[str]) -> list[str]:
    """A warning about the whole import quoting (a few of) the dose sentences nothing read, or []."""
    if not unsaid:
        return []
    shown = "; ".join(quoted(sentence) for sentence in unsaid[:QUOTED])
    more = f", and {len(unsaid) - QUOTED} more" if len(unsaid) > QUOTED else ""
    return [f"skipped {len(unsaid)} sentence{'s' if len(unsaid) != 1 else ''} with a dose that no exercise was read "
            f"from: {shown}{more}"]


LENGTH_RATIO = 2.5
"""A time within this factor of the whole routine's length (either way) is read as that length."""
LENGTH_MS = 3 * 60_000
"""...when it is at least this long: a routine's length is said in minutes."""


def _routine_count(sentence: str, count: int) -> bool:
    mentions = [mention for mention in find_mentions(sentence) if mention.kind in DOSE_KINDS]
    return bool(mentions) and all(mention.kind in (Kind.REPS, Kind.SETS) and not mention.amount.breaths
                                  and mention.amount.low == mention.amount.high == count for mention in mentions)


def _routine_length(sentence: str, routine_ms: int) -> bool:
    mentions = [mention for mention in find_mentions(sentence) if mention.kind in DOSE_KINDS]
    return bool(mentions) and all(
        mention.kind not in (Kind.REPS, Kind.SETS) and not mention.amount.breaths
        and mention.amount.high >= LENGTH_MS and routine_ms / LENGTH_RATIO <= mention.amount.high
        <= routine_ms * LENGTH_RATIO for mention in mentions)
