"""The importer's entry point: article text -> routine YAML, a summary and warnings."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import PurePath

from voiceroutine.errors import ArticleError
from voiceroutine.importer.aimed import Aimed, find_aimed
from voiceroutine.importer.blocks import Block, BlockKind, Section, is_stop
from voiceroutine.importer.breath_count import defined_breath
from voiceroutine.importer.checks import (
    confidence,
    fewer_items,
    implausible,
    loadable,
    quoted,
    shorter_text,
    within_limits,
)
from voiceroutine.importer.counted import exercises_counted
from voiceroutine.importer.counted_exercises import counted_exercises_note
from voiceroutine.importer.counted_holds import bare_counts
from voiceroutine.importer.coverage import coverage, unread_note, unread_sentences, with_unread
from voiceroutine.importer.described import dropped_item
from voiceroutine.importer.dose import (
    BREATH_MS,
    MAYBE_REPS_FIRST,
    SHORT_HOLD_MS,
    WHOLE_TWICE,
    Amount,
    Kind,
    Mention,
    article_side_words,
    find_mentions,
    find_sides,
    is_dose_only,
    lone_count,
    named_counts,
    numerals,
    untimed_distance,
)
from voiceroutine.importer.doubts import with_doubts
from voiceroutine.importer.edited import without_replaced
from voiceroutine.importer.interval_parts import IntervalPart, find_interval_parts
from voiceroutine.importer.known_lines import steps_named_as_exercises
from voiceroutine.importer.labels import GroupRounds, group_rounds, rounds_as_sets
from voiceroutine.importer.lexicon import exercise_words, names_exercise, sentence_words
from voiceroutine.importer.made_names import made_name_doubt
from voiceroutine.importer.main_content import main_content
from voiceroutine.importer.merged_paragraphs import with_merged_doubt
from voiceroutine.importer.notes import with_notes
from voiceroutine.importer.options import is_option
from voiceroutine.importer.paused import is_paused, without_paused
from voiceroutine.importer.progression import is_progression
from voiceroutine.importer.prose import is_verb
from voiceroutine.importer.read import Article, InputKind, read_article
from voiceroutine.importer.round_groups import round_group_circuits, rounds_not_sets, said_in
from voiceroutine.importer.rounds import Rounds, find_intervals, find_rounds, is_about_rounds
from voiceroutine.importer.second_moves import second_move
from voiceroutine.importer.second_reading import reconcile
from voiceroutine.importer.side_doubts import with_side_order
from voiceroutine.importer.stated_length import length_note, stated_length
from voiceroutine.importer.steps import (
    SETUP_VERBS,
    VERBS,
    core,
    is_background,
    is_breath_phase,
    is_note,
    is_note_label,
    is_step,
    name_words,
    phase_text,
    sentences,
    timed_phases,
    without_dose,
)
from voiceroutine.importer.story import another_set, is_told
from voiceroutine.importer.structure import FOR_EVERY, find_sections, starts_comments
from voiceroutine.importer.ticks import unticked
from voiceroutine.importer.told import about_earlier_session, told_in_past
from voiceroutine.importer.unnamed_items import item_number
from voiceroutine.importer.writer import (
    CircuitOf,
    Field,
    ImportedExercise,
    as_circuits,
    format_count,
    format_ms,
    layout,
    write_routine,
)
from voiceroutine.routine.fields import MAX_ITEMS as MAX_EXERCISES
from voiceroutine.routine.length import rough_length_ms
from voiceroutine.routine.model import Level

PHASE_MS = 4000
"""Each breath phase of a flow ("Inhale and arch", "Exhale and round") lasts this long."""


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One line of the table `voiceroutine import` prints."""

    exercise: str
    dose: str
    sides: str
    notes: str
    """Inferred values and warnings, in short."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import produced."""

    yaml_text: str
    """The routine file."""
    exercises: tuple[ImportedExercise, ...]
    rows: tuple[SummaryRow, ...]
    warnings: tuple[str, ...]
    """Every warning: those about the whole import first, then each exercise's, prefixed with its name."""
    kind: InputKind
    """What the article was written in."""
    routine_warnings: tuple[str, ...] = ()
    """Warnings about the whole import: text that looks like an exercise but was skipped, values left out, the
    routine's length."""
    confidence: str = ""
    """One line: how far to trust the import as a whole."""


_SIDES_IN_INTERVAL = ("it changes sides inside a timed interval: each side is given the whole interval; check whether "
                      "the article means half of it on each side")


def _dosed_count(sections: list[Section]) -> int:
    """How many of the sections state a dose: readability can drop a card's list of dose boxes and keep the card."""
    return sum(1 for section in sections
               if find_mentions(section.heading) or any(find_mentions(block.text) for block in section.body))


MAX_BLOCKS = 5000
"""Headings, list items and paragraphs read at most: no exercise article has more (a long one has a few hundred),
and finding exercises costs about a tenth of a millisecond a block, so `'<li>a ' * 80000` took 24 s and a page
at the 5 MB limit four minutes. Past it the rest is left out, with a warning."""


def import_article(text: str, source_name: str) -> ImportResult:
    """Read an exercise article and write it as a routine; ArticleError when no exercise is recognisable."""
    article = read_article(text)
    cut: list[str] = []
    left_out = [f"left out, as its box is not ticked: {quoted(line)}" for line in unticked(text)]
    if len(article.blocks) > MAX_BLOCKS:
        cut.append(f"the article has {len(article.blocks):,} headings, list items and paragraphs: only the first "
                   f"{MAX_BLOCKS:,} were read (no exercise article has so many)"
                   + (", and its main content was not looked for" if article.kind is InputKind.HTML else ""))
        article = replace(article, blocks=article.blocks[:MAX_BLOCKS])
    title, sections, intro = find_sections(article)
    if article.kind is InputKind.HTML and not cut and (main := main_content(text)) is not None:
        # the main content, without comments and boxes the hand rules missed, when it keeps every exercise
        focused = replace(read_article(main), kind=InputKind.HTML, title=article.title)
        found = find_sections(focused)
        if found[1] and len(found[1]) >= len(sections) and _dosed_count(found[1]) >= _dosed_count(sections):
            article, (title, sections, intro) = focused, found
    article, (title, sections, intro), later = _first_phase(article, (title, sections, intro))
    second = reconcile(article.blocks, sections[0].start - len(intro) if sections else 0, sections,
                       lambda section: build_exercise(section, set()),
                       text if article.kind is not InputKind.HTML else "")
    sections = second.sections
    # "Breath count for the whole class: one breath = in for 4, out for 6": what a breath is, no exercise
    sections = [section for section in sections if not defined_breath(sentences(section.heading)[:1])]
    sections, paused = without_paused(sections)
    sections, replaced = without_replaced(article.blocks, sections)
    if not sections:
        raise ArticleError(f"{source_name}: no exercises found (looked for named or numbered exercises with "
                           "instructions or doses such as \"hold for 5 seconds\" or \"repeat 10 times\")"
                           + "".join(f"; {note}" for note in cut))
    # the replies below a page's comment count are the readers': their "do you do it twice?" asks for no rounds
    replies = next((at for at, block in enumerate(article.blocks) if at > sections[0].start and starts_comments(block)),
                   len(article.blocks))
    every_sentence = [sentence for block in article.blocks[:replies] for sentence in sentences(block.text)]
    rounds = find_rounds(every_sentence, [sentence for block in intro for sentence in sentences(block.text)])
    if rounds is None:
        # "Complete 4 rounds." in a box between a warm-up and the moves: outside every exercise, as an introduction is
        rounds = find_rounds(every_sentence, _outside(article.blocks[:replies], sections))
    parts = timed_parts = find_interval_parts(article.blocks)
    if round_group_circuits(article.blocks, sections, timed_parts):
        rounds = None  # a heading's rounds are those of the part it heads, whatever a sentence elsewhere says
    if len(parts) >= 2 or (parts and (rounds is None or _own_rounds(parts[0], rounds, sections))):
        # several blocks timed as intervals ("Block 1: 20 s on, 10 s off, 8 rounds", "Block 2: same timing"): each is
        # its own circuit, and the rounds said anywhere are theirs
        sections, rounds = _with_parts(article.blocks, sections, parts), None
    else:
        parts = []
    in_part = {member.start for part in parts for member in part.members}
    groups = round_group_circuits(article.blocks, sections, timed_parts)  # a part's rounds are never a group's
    label_groups: list[GroupRounds] = []
    if not parts and not groups and find_intervals(every_sentence) is None:
        # "LOWER — 12 reps each · 3 rounds" above names: a circuit of those names, not 3 sets of each (and, when
        # the rounds found for the routine are a label's, not rounds of the whole routine)
        grouped, labelled = group_rounds(sections)
        if labelled and (rounds is None or any(rounds.quote.lower() in group.quote.lower() for group in labelled)):
            sections, label_groups, rounds = grouped, labelled, None
    intervals = find_intervals(every_sentence) if rounds is not None else None
    # an interval circuit times every exercise itself: its work sentence is no exercise's dose
    circuit_words = {intervals.quote, *sentences(intervals.quote)} if intervals is not None else set()
    if rounds is not None:
        # "Circuit, 3 rounds.": the circuit's words, no exercise's dose
        circuit_words |= {s for s in every_sentence if rounds.quote.lower() in s.lower()
                          or (rounds.rest_quote and rounds.rest_quote.lower() in s.lower())}
    circuit_words |= {sentence for part in parts for sentence in (*part.said, part.timing)}
    circuit_words |= said_in(groups)
    circuit_words |= second.said_again  # a recap box left out: the exercises' doses again, no note
    aims = _aimed(article.blocks[:replies], sections)  # a reader's "I do the lunges for a minute" is theirs
    aimed_words = {aim.sentence for aim in aims}
    overrides, others = _aimed_doses(aims, sections)
    named_below: dict[int, list[str]] = {}
    below, below_sentences = _stated_below(article.blocks, sections, named_below, aimed_words)
    shared = _shared_doses(intro, circuit_words | aimed_words)
    sided = [*_shared_sides(intro), *(s for s in below_sentences if find_sides(s)[0] is not None)]
    inside = _circuit_part(article.blocks, sections, rounds.quote) if rounds is not None else range(0)
    inside = _counted_moves(inside, sections, rounds.quote) if rounds is not None else inside
    breath = next(((seconds, sentence) for sentence in every_sentence if (seconds := defined_breath([sentence]))), None)
    exercises: list[ImportedExercise] = []
    for index, section in enumerate(sections[:MAX_EXERCISES + 1]):  # one past the most names the first left out
        section = replace(section, shared=tuple(s for s in section.shared if s not in circuit_words | aimed_words))
        timed = (intervals is not None and index in inside) or section.start in in_part
        exercise = build_exercise(section, {e.name.lower() for e in exercises},
                                  [*shared, *below.get(index, ()), *others.get(index, ())], timed,
                                  below_sentences | aimed_words, sided, overrides.get(index, ()), breath)
        if doubts := (*section.doubts, *second.warnings_for(section)):
            exercise = replace(exercise, warnings=(*exercise.warnings, *doubts))
        if timed and exercise.value("sides") is not None:
            # "swap legs halfway": within one interval, or the whole interval on each side? The format does the latter
            exercise = replace(exercise, warnings=(*exercise.warnings, _SIDES_IN_INTERVAL))
        exercises.append(exercise)
    stem = PurePath(source_name).stem if source_name not in ("-", "<stdin>") else "Imported routine"
    title = shorter_text(_EMAIL_PREFIX.sub("", title or "").strip()
                         or stem.replace("-", " ").replace("_", " ").capitalize())
    circuit = None
    if rounds is not None:
        rest = (rounds.rest_ms, f'"{rounds.rest_quote}"') if rounds.rest_ms is not None and rounds.rest_quote else None
        work = (intervals.work_ms, quoted(intervals.quote)) if intervals is not None else None
        after = (intervals.rest_ms, quoted(intervals.quote)) if intervals is not None and intervals.rest_ms else None
        part = (inside.start, len(inside)) if len(inside) < len(sections) else (0, None)
        name = title if part[1] is None else _part_name(article.blocks, sections, inside) or title
        circuit = CircuitOf(name, rounds.count, f'"{rounds.quote}"', rest, work, after, *part)
    circuits_of = _part_circuits(parts, sections) if parts else circuit
    if groups:
        circuits_of = tuple(sorted((*as_circuits(circuits_of), *groups), key=lambda circuit: circuit.first))
    if label_groups:
        circuits_of = tuple(sorted((*as_circuits(circuits_of), *(
            CircuitOf(spoken_name(group.name) or title, group.rounds, quoted(group.quote),
                      (group.rest[0], quoted(group.rest[1])) if group.rest else None, None, None, group.first,
                      group.count) for group in label_groups)), key=lambda circuit: circuit.first))
    for index, said_below in named_below.items():
        if index < len(exercises):
            extra = tuple(f"a note below the list names it and was not used: {quoted(note)}" for note in said_below)
            exercises[index] = replace(exercises[index], warnings=(*exercises[index].warnings, *extra))
    exercises = rounds_not_sets(exercises, groups)
    exercises = _sides_spelled(exercises, article_side_words(text))
    exercises, noted = with_notes(article.blocks, sections, exercises, circuit_words | aimed_words)
    notes = skipped(article.blocks, sections, intro, {*noted, *circuit_words, *aimed_words})
    if rounds is None and not groups and not label_groups:
        # a rest between rounds with no number of rounds: no circuit was made, and that is said
        notes.extend(f"{quoted(sentence)} speaks of rounds, but no number of rounds of all the exercises was found: "
                     "no circuit was made" for sentence in dict.fromkeys(every_sentence)
                     if is_about_rounds(sentence) and sentence not in circuit_words)
    read_all = coverage(article.blocks, sections, exercises, {*noted, *circuit_words, *aimed_words, *below_sentences,
                        *(mention.sentence for mention in shared), *(article.title or "",),
                        *(words for circuit in as_circuits(circuits_of) for words in circuit.words())}, replies)
    exercises, read_all = with_unread(exercises, read_all)
    exercises = with_merged_doubt(with_doubts(exercises), every_sentence)  # several told, one read
    exercises = with_side_order(exercises, every_sentence)  # "Always do the right side first"
    exercises, too_many = fewer_items([within_limits(exercise) for exercise in exercises], len(sections))
    _, routine, exercises, circuits, refused = loadable(title, source_name, exercises, circuits_of)
    exercises, long_routine = implausible(routine, exercises)
    # "repeat this circuit for 7 minutes": no count of rounds, so a routine far from that length is said to be
    told = stated_length(every_sentence)
    length_ms = rough_length_ms(routine, Level.STANDARD)
    long_routine += length_note(told, length_ms, quoted(told.quote) if told else "")
    notes = [*cut, *left_out, *second.notes, *later, *paused, *replaced, *too_many, *refused, *notes, *long_routine,
             *counted_exercises_note(every_sentence, len(exercises))]  # "these 8 stretches", 9 read
    unsaid = unread_sentences(read_all, notes, length_ms, len(exercises))
    notes.extend(unread_note(unsaid))
    sure = confidence(exercises, notes, (len(unsaid), read_all.dosed))
    yaml_text = write_routine(title, source_name, exercises, circuits, tuple(notes), sure)
    works: dict[int, str] = {}
    for number, members in layout(len(exercises), circuits):
        if number is not None and (work := circuits[number].work) is not None:
            works.update((index, format_ms(Amount(work[0], work[0]))) for index in members)
    rows = tuple(_row(exercise, works.get(index)) for index, exercise in enumerate(exercises))
    warnings = (*notes, *(f"{exercise.name}: {warning}" for exercise in exercises for warning in exercise.warnings))
    return ImportResult(yaml_text, tuple(exercises), rows, warnings, article.kind, tuple(notes), sure)


def _sides_spelled(exercises: list[ImportedExercise], words: dict[str, str]) -> list[ImportedExercise]:
    """Each exercise's side names in the article's own spelling ("anticlockwise")."""
    if not words:
        return exercises
    return [replace(exercise, fields=tuple(
        replace(field, value=tuple(words.get(str(name), str(name)) for name in field.value))
        if field.key == "sides" and isinstance(field.value, tuple) else field for field in exercise.fields))
        for exercise in exercises]


_PHASE = re.compile(r"^\W*(?:weeks?|wk|phases?|stages?|months?)\s*(?:\d{1,2}|one|two|three|four|five|six)\b"
                    r"(?:\s*(?:-|to|and|&|\+)\s*\d{1,2}\b)?(?P<rest>.*)$", re.I)
"""A heading over one phase of a programme ("Week 1-2: Calm it down", "Phase 2", "Weeks 3 to 4", "Stage 3 (return
to sport)"). Days are not phases: a two-day split is one routine as often as two."""


def _first_phase(article: Article, found: tuple[str | None, list[Section], tuple[Block, ...]],
                 ) -> tuple[Article, tuple[str | None, list[Section], tuple[Block, ...]], list[str]]:
    """A programme in phases ("Week 1-2", "Week 3-4", ...) is several routines: the first phase is the one a person
    starts with, so the later phases' blocks are left out (with a warning quoting their headings) and the article is
    read again without them. The blocks before the first phase and after the last are kept."""
    blocks = article.blocks
    sections = found[1]
    heads = [index for index, block in enumerate(blocks) if _is_phase_heading(block)]
    spans: list[tuple[int, int]] = []
    for number, index in enumerate(heads):
        level = blocks[index].level if blocks[index].kind is BlockKind.HEADING else 7
        end = heads[number + 1] if number + 1 < len(heads) else next(
            (at for at in range(index + 1, len(blocks)) if is_stop(blocks[at]) or (
                blocks[at].kind is BlockKind.HEADING and blocks[at].level <= level)), len(blocks))
        spans.append((index, end))
    holding = [span for span in spans if any(span[0] < section.start < span[1] for section in sections)]
    if len(holding) < 2 or exercises_counted(found[0]) == len(sections) > sum(
            1 for section in sections if holding[0][0] < section.start < holding[0][1]):
        # "Tennis elbow: the seven exercises we give everyone" over three stages that hold seven: one routine
        return article, found, []
    later = holding[1:]
    left_out = [sum(1 for section in sections if first < section.start < end) for first, end in later]
    dropped = {at for first, end in later for at in range(first, end)}
    kept = replace(article, blocks=tuple(block for at, block in enumerate(blocks) if at not in dropped))
    again = find_sections(kept)
    if not again[1]:
        return article, found, []
    said = "; ".join(f"{quoted(blocks[first].text)} ({count} exercise{'s' if count != 1 else ''})"
                     for (first, _), count in zip(later, left_out, strict=True))
    first = blocks[holding[0][0]].text
    note = (f"the article is a programme in phases: only the first, {quoted(first)}, was imported; left out: {said} "
            "(import each phase on its own when you move on to it)")
    return kept, again, [note]


def _own_rounds(part: IntervalPart, rounds: Rounds, sections: list[Section]) -> bool:
    """Rounds found as the routine's that are one part's: its own words, in the prose above its list (or under its
    heading, over moves that are names alone), and the part holds only some of the exercises (a warm-up and a
    cool-down around a class's circuit are done once)."""
    bare = not any(find_mentions(" ".join([member.heading, *(block.text for block in member.body)]))
                   for member in part.members)
    return ((part.led or bare) and rounds.quote.lower() in part.rounds_note.lower()
            and len(part.members) < len(sections))


def _is_phase_heading(block: Block) -> bool:
    text = block.text.strip()
    heading = block.kind is BlockKind.HEADING or block.bold or (
        block.kind is BlockKind.TEXT and len(text.split()) <= 10 and not re.search(r"[.!?]$", text))
    return heading and bool(_PHASE.match(text)) and not find_mentions(text.split(":")[0])


_EMAIL_PREFIX = re.compile(r"^(?:(?:subject|re|fwd?|aw|tr)\s*:\s*)+", re.I)
"""An email's subject line as the title: "Subject: Re: Fwd: Exercise of the week" -> "Exercise of the week"."""


def _with_parts(blocks: tuple[Block, ...], sections: list[Section], parts: list[IntervalPart]) -> list[Section]:
    """The sections, with each interval part's moves in place of whatever the layout rules found in it (its
    heading read as an exercise, its moves as a step list); a section before a part keeps none of the part."""
    spans = [range(part.header, part.end) for part in parts]
    inside = {id(blocks[at]) for span in spans for at in span}
    kept = [replace(section, body=tuple(block for block in section.body if id(block) not in inside))
            for section in sections if not any(section.start in span for span in spans)]
    return sorted([*kept, *(member for part in parts for member in part.members)], key=lambda section: section.start)


def _part_circuits(parts: list[IntervalPart], sections: list[Section]) -> tuple[CircuitOf, ...]:
    """One interval circuit for each part, around its moves."""
    index_of = {section.start: index for index, section in enumerate(sections)}
    circuits: list[CircuitOf] = []
    for part in parts:
        first = index_of[part.members[0].start]
        timing = quoted(part.timing) + (f", as {quoted(part.reference)} says" if part.reference else "")
        between = (part.round_rest[0], quoted(part.round_rest[1])) if part.round_rest else None
        circuits.append(CircuitOf(part.name, part.rounds, part.rounds_note, between, (part.work_ms, timing),
                                  (part.rest_ms, timing) if part.rest_ms else None, first, len(part.members)))
    return tuple(circuits)


_AFTER_ROUNDS = re.compile(r"^(?:(?:and )?then|finally|afterwards|after that|to (?:finish|end|cool down))\b"
                           r"[^.!?]{0,40}:$|^[^.!?]{0,40}\bonce\b[^.!?]{0,30}:$", re.I)
"""A line above the list done after the rounds ("Then, once, to finish:"): the circuit ends before it."""


def _after_rounds(block: Block) -> bool:
    return block.kind is BlockKind.TEXT and bool(_AFTER_ROUNDS.match(block.text))


_MOVES_COUNTED = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                            r"(?:[a-z-]+\s+)?(?:moves|exercises|stations)\b", re.I)
_ALL_COUNTED = re.compile(r"\ball\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
                          re.I)
"""The moves counted in "go through all six twice"."""
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def _counted_moves(inside: range, sections: list[Section], quote: str) -> range:
    """The circuit's sections when its rounds sentence counts its moves ("go through 7 standing moves twice") and
    there are more: those left when the first and last ones that give their own time (a warm-up march, a cool-down
    stretch) are taken off, if that leaves that count."""
    m = _MOVES_COUNTED.search(quote) or _ALL_COUNTED.search(quote)
    if m is None:
        return inside
    count = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS.index(m["n"].lower()) + 2
    first, stop = inside.start, inside.stop
    if count < 2 or stop - first <= count:
        return inside

    def timed(index: int) -> bool:
        text = " ".join([sections[index].heading, *(block.text for block in sections[index].body)])
        return any(m.kind in (Kind.HOLD, Kind.TIMED, Kind.DURATION) for m in find_mentions(text))

    # an end is taken off only where the move next to it has no time of its own, as the circuit's moves do not
    while stop - first > count and timed(first) and not timed(first + 1):
        first += 1
    while stop - first > count and timed(stop - 1) and not timed(stop - 2):
        stop -= 1
    if stop - first == count:
        return range(first, stop)
    # else the one run of that many moves with no time of their own, between timed ones (a warm-up march and a
    # cool-down stretch, with a chapter list's "Hello" and "Bye" beyond them)
    runs = [at for at in range(inside.start, inside.stop - count + 1)
            if not any(timed(i) for i in range(at, at + count))
            and (at == inside.start or timed(at - 1)) and (at + count == inside.stop or timed(at + count))]
    return range(runs[0], runs[0] + count) if len(runs) == 1 else inside


_ABOUT_THE_LIST = re.compile(r"\b(?:below|the following|these (?:\w+ )?(?:moves|exercises|stretches))\b", re.I)
"""Words of a paragraph above a list that point at the list ("the five moves below")."""


def _outside(blocks: tuple[Block, ...], sections: list[Section]) -> list[str]:
    """The sentences of the paragraphs that are no exercise's: neither a section's first block nor in its text."""
    inside = {id(block) for section in sections for block in section.body} | {section.start for section in sections}
    return [sentence for at, block in enumerate(blocks) if block.kind is BlockKind.TEXT and at not in inside
            and id(block) not in inside for sentence in sentences(block.text)]


def _circuit_part(blocks: tuple[Block, ...], sections: list[Section], quote: str) -> range:
    """Which sections the rounds are of: those under the heading above the rounds sentence ("### The circuit"
    between "### Warm up" and "### Cool down"), else every section."""
    said = next((index for index, block in enumerate(blocks) if quote.lower() in block.text.lower()), None)
    whole = range(len(sections))
    if said is None:
        return whole
    end = next((index for index in range(said + 1, len(blocks)) if blocks[index].kind is not BlockKind.ITEM),
               len(blocks))
    if said + 1 < len(blocks) and blocks[said + 1].kind is BlockKind.ITEM and (
            blocks[said].text.rstrip().endswith(":") or _ABOUT_THE_LIST.search(blocks[said].text)
            or exercises_counted(blocks[said].text) == end - said - 1):
        # "then 3 rounds of:" over a list, "Do each of the five moves below for 40 seconds ... two rounds": the
        # rounds are of the list's items
        listed = [index for index, section in enumerate(sections) if said < section.start < end]
        if listed and len(listed) < len(sections):
            return range(listed[0], listed[-1] + 1)
    above = next((index for index in range(said, -1, -1) if blocks[index].kind is BlockKind.HEADING), None)
    if above is None:
        return whole
    level = blocks[above].level
    below = next((index for index in range(above + 1, len(blocks))
                  if (blocks[index].kind is BlockKind.HEADING and blocks[index].level <= level)
                  or (index > said and _after_rounds(blocks[index]))), len(blocks))
    members = [index for index, section in enumerate(sections) if above <= section.start < below]
    if not members or len(members) == len(sections) or members != list(range(members[0], members[-1] + 1)):
        return whole
    if any(sections[index].start == above for index in members):
        return whole  # the heading is an exercise's own: its rounds are its sets
    return range(members[0], members[-1] + 1)


def _part_name(blocks: tuple[Block, ...], sections: list[Section], inside: range) -> str | None:
    """The heading of the part a circuit is ("The circuit")."""
    start = sections[inside.start].start
    if start < len(blocks) and blocks[start].kind is BlockKind.HEADING:
        start -= 1  # the first exercise's own heading ("### Star jumps") is no name of the part
    heading = next((blocks[index].text for index in range(start, -1, -1) if blocks[index].kind is BlockKind.HEADING),
                   None)
    return shorter_text(heading) if heading else None


_EXERCISE_WORDS = re.compile(r"\b(?:hold|repeat|reps?|sets?|do|perform|complete|stretch|squats?|lunges?|raises?|"
                             r"bridges?|planks?|push-?ups?|curls?|rows?|presses|circles|lifts?|swings?|kicks?|"
                             r"marching|march|walk|jog)\b", re.I)


def skipped(blocks: tuple[Block, ...], sections: list[Section], intro: tuple[Block, ...],
            noted: Collection[str] = ()) -> list[str]:
    """Sentences outside every exercise that state a dose and read like an exercise: quoted, so none is lost
    without a word. Doses for every exercise, rounds of the whole routine and `noted` sentences (a note that
    names exercises, which says so on them) are used, not skipped."""
    used = {id(block) for section in sections for block in section.body}
    used |= {id(blocks[section.start]) for section in sections if section.start < len(blocks)}
    stated = {sentence for section in sections for sentence in section.shared} | set(noted)
    stated |= {sentence for block in intro for sentence in sentences(block.text) if _rest_only(sentence)}
    notes: list[str] = []
    starts = {section.start for section in sections}
    for at, block in enumerate(blocks):
        if block.kind is BlockKind.ITEM and dropped_item(block.text):
            notes.append(f"left out {quoted(block.text)}: the article takes it out of the routine")
            continue
        if id(block) in used:
            continue
        if _lone_heading(blocks, at, sections):
            # "6. Calf raises" between "5. Back bend" and "7. Box breathing" with nothing read under it: said so
            notes.append(f"skipped the heading {quoted(block.text)}: a heading like the exercises' around it, with no "
                         "dose or instruction read under it")
            continue
        if _lone_line(blocks, at, starts):
            # "Step downs - 8 slow, R leg" between two lines read as exercises, itself read as none
            notes.append(f"skipped {quoted(block.text)}: a line among the exercise lines around it that was not read "
                         "as one")
            continue
        if _next_numbered(blocks, at, starts):
            # "5. Cobra pose" after "4. Supine twist", the page cut before its instructions: said so
            notes.append(f"skipped {quoted(block.text)}: numbered next after the exercises above it, with no dose or "
                         "instruction read under it")
            continue
        if _lone_item(blocks, at, starts):
            # "Mountain pose" between items that are exercises: a name no rule read, said so; a circuit's timing
            # ("40 s work · 20 s rest", "Rest 1 min after each round") was read, as the circuit's
            if not any(sentence in stated or is_about_rounds(sentence) for sentence in sentences(block.text)):
                notes.append(f"skipped {quoted(block.text)}: an item of a list of exercises that was not read as one")
            continue
        for sentence in sentences(block.text):
            if (sentence in stated or is_background(sentence) or is_about_rounds(sentence)
                    or _EVERY_EXERCISE.search(sentence) or not find_mentions(sentence)
                    or not (_EXERCISE_WORDS.search(sentence) or names_exercise(sentence))):
                continue
            notes.append(f"skipped {quoted(sentence)}: it reads like an exercise but is not under one")
    notes.extend(f"read {quoted(block.text)} as a step of {quoted(section.name)}, but it names an exercise of its "
                 f"own: check it" for section in sections for block in steps_named_as_exercises(blocks, section))
    return notes


def _lone_heading(blocks: tuple[Block, ...], at: int, sections: list[Section]) -> bool:
    """A heading left out between two exercises whose headings are of its level, numbered as they are or not."""
    block = blocks[at]
    if block.kind is not BlockKind.HEADING or is_stop(block) or starts_comments(block) or is_paused(block.text):
        return False
    levels = [section.start for section in sections if section.start < len(blocks)
              and blocks[section.start].kind is BlockKind.HEADING and blocks[section.start].level == block.level]
    numbered = bool(re.match(r"^\s*\d{1,2}[.):]?\s", block.text))
    alike = [start for start in levels if bool(re.match(r"^\s*\d{1,2}[.):]?\s", blocks[start].text)) == numbered]
    return len(alike) >= 2 and alike[0] < at < alike[-1]


_NAME_THEN = re.compile(r"^[A-Za-z][\w'’()/&, -]{1,60}?\s(?:[-–—]|:)\s+\S")
"""A line that opens with a name and a dash or a colon ("Step downs - 8 slow"), as exercise lines are written."""


def _lone_line(blocks: tuple[Block, ...], at: int, starts: set[int]) -> bool:
    """A line of text left out between two lines of text that were read as exercises, written as they are."""
    if not (at - 1 in starts and at + 1 in starts and 0 < at < len(blocks) - 1):
        return False
    lines = [blocks[at - 1], blocks[at], blocks[at + 1]]
    return (all(line.kind is BlockKind.TEXT and _NAME_THEN.match(line.text) for line in lines)
            and re.search(r"\d", blocks[at].text) is not None)  # a count the rules did not read ("Wed - off" is none)


def _lone_item(blocks: tuple[Block, ...], at: int, starts: set[int]) -> bool:
    """A list item that only names something ("Mountain pose (Tadasana)"), left out, next to an item of the same
    list that is an exercise."""
    block = blocks[at]
    if block.kind is not BlockKind.ITEM or block.table or len(block.text.split()) > 8 or re.search(r"[.!?]$",
                                                                                                    block.text):
        return False
    for near in (at - 1, at + 1):
        if near in starts and 0 <= near < len(blocks) and blocks[near].kind is BlockKind.ITEM:
            return blocks[near].marker[:1].isdigit() == block.marker[:1].isdigit()
    return False


def _next_numbered(blocks: tuple[Block, ...], at: int, starts: set[int]) -> bool:
    """A list item that only names something, numbered one more than the last exercise's item above it."""
    block = blocks[at]
    number = item_number(block.marker) if block.kind is BlockKind.ITEM else None
    if number is None or block.table or len(block.text.split()) > 8 or re.search(r"[.!?]$", block.text):
        return False
    above = [start for start in starts if start < at and blocks[start].kind is BlockKind.ITEM]
    return len(above) >= 2 and item_number(blocks[max(above)].marker) == number - 1


_EVERY_EXERCISE = FOR_EVERY


def _shared_doses(intro: tuple[Block, ...], skip: set[str]) -> list[Mention]:
    """Doses the introduction gives for every exercise ("Do each exercise for 40 seconds"), but for `skip`."""
    return [mention for block in intro for sentence in sentences(block.text)
            if (_EVERY_EXERCISE.search(sentence) or _rest_only(sentence)) and sentence not in skip
            and not told_in_past(sentence)  # "a physio gave me 3 x 30 of everything" is a story, no dose
            and not is_told(sentence)  # "For years I thought arm day meant four sets of everything"
            for mention in said(sentence)]


def _rest_only(sentence: str) -> bool:
    """ "Rest for 60 seconds between sets.": a rest and nothing else, which in an introduction is for every set."""
    mentions = find_mentions(sentence)
    return bool(mentions) and all(m.kind in _REST_KINDS for m in mentions) and not is_about_rounds(sentence)


def _shared_sides(intro: tuple[Block, ...]) -> list[str]:
    """Sentences of the introduction that give every exercise its sides ("Each pose: 5 breaths, then repeat on
    the other side")."""
    return [sentence for block in intro for sentence in sentences(block.text)
            if _EVERY_EXERCISE.search(sentence) and find_sides(sentence)[0] is not None]


_REST_KINDS = frozenset((Kind.REST, Kind.SET_REST, Kind.REP_REST))
_FILL_KINDS = _REST_KINDS | {Kind.SETS}
"""What a dose stated once for every exercise fills in even where an exercise gives its own reps or time."""


def _names_it(sentence: str, name: str) -> bool:
    """Whether a sentence names an exercise: its name's last word, as a word or a plural ("each bridge" names
    "Bridges", "the clams" names "Clams")."""
    words = re.findall(r"[a-z]+", name.lower())
    if not words:
        return False
    stem = words[-1][:-1] if words[-1].endswith("s") and len(words[-1]) > 3 else words[-1]
    return re.search(rf"\b{re.escape(stem)}(?:s|es)?\b", sentence.lower()) is not None


def _stated_below(blocks: tuple[Block, ...], sections: list[Section],
                  named_below: dict[int, list[str]] | None = None,
                  aimed: Collection[str] = ()) -> tuple[dict[int, list[Mention]], set[str]]:
    """Doses stated once below exercises, for all of them, by section index, and the sentences they are in.

    In a paragraph after an exercise's own text: below a list, a sentence about every exercise or a rest ("Take
    about a minute between sets if you need it") is for the list's items (a paragraph below a list is no item's);
    after the last exercise, a sentence about every exercise ("Rest 30 seconds between exercises", "Do 2 sets of
    everything") is for all of them."""
    found: dict[int, list[Mention]] = {}
    used: set[str] = set()
    runs = _list_runs(blocks, sections)
    notes_for = named_below if named_below is not None else {}
    for index, section in enumerate(sections):
        if section.start >= len(blocks):
            continue
        # a list item that holds its exercise ("Squats - 3 sets of 15", "3) plank 3x30s"): a paragraph after it
        # is below the list; after an item that only names it ("1. Plank"), the paragraph is the exercise's own
        listed = blocks[section.start].kind is BlockKind.ITEM and bool(
            (section.body and section.body[0].kind is BlockKind.ITEM) or find_mentions(section.heading))
        last = index == len(sections) - 1
        if not (listed or last):
            continue
        for block in section.body if listed else section.body[1:]:
            if block.kind is not BlockKind.TEXT:
                continue
            for sentence in sentences(block.text):
                mentions = said(sentence) if sentence not in aimed else []  # `aimed` at some: theirs (_aimed)
                if not mentions or is_about_rounds(sentence) or is_background(sentence) or is_note(sentence):
                    continue
                every = bool(FOR_EVERY.search(sentence))
                if listed and not every and (others := [member for member in range(runs[index], index)
                                                        if _names_it(sentence, sections[member].name)]):
                    # "Hold each bridge for 2 seconds at the top." below the list names another item: not the
                    # last item's dose; a warning on the one it names (which number goes where is a guess)
                    for member in others:
                        notes_for.setdefault(member, []).append(sentence)
                    used.add(sentence)
                    continue
                if not (every and (listed or last)) and not (listed and all(m.kind in _REST_KINDS for m in mentions)):
                    continue
                members = range(runs[index], index + 1) if listed else range(len(sections))
                note = f"stated once for every exercise: {quoted(sentence)}"
                for member in members:
                    found.setdefault(member, []).extend(
                        replace(m, amount=replace(m.amount, note=m.amount.note or note)) for m in mentions)
                used.add(sentence)
    return found, used


def _aimed(blocks: tuple[Block, ...], sections: list[Section]) -> list[Aimed]:
    """The sentences that aim a dose at some exercises by number or name ("For number 3, hold for 10 seconds
    instead"), wherever they stand but in an exercise's own heading."""
    names = [spoken_name(section.name) if section.name else section.heading for section in sections]
    headings = {section.start for section in sections}
    found = (aim for at, block in enumerate(blocks) if at not in headings for sentence in sentences(block.text)
             if (aim := find_aimed(sentence, names)) is not None)
    return list(itertools.islice(found, MAX_AIMED))


MAX_AIMED = 30
"""Notes aimed at exercises read at most: an article has a few; a page of thousands would each add to one
exercise's warnings."""


def _aimed_doses(aims: list[Aimed], sections: list[Section]) -> tuple[dict[int, list[Mention]],
                                                                        dict[int, list[Mention]]]:
    """What the aimed sentences give the exercises they name (in place of their own dose), and what the part of
    an "except" sentence before it gives the others (those it was stated for: the group whose dose it is, else
    all)."""
    overrides: dict[int, list[Mention]] = {}
    others: dict[int, list[Mention]] = {}
    for aim in aims:
        way = "by number" if aim.by_number else "by name"
        note = f"a note names it {way}: {quoted(aim.sentence)}"
        for target in aim.targets:
            overrides.setdefault(target, []).extend(
                replace(m, sentence=aim.sentence, amount=replace(m.amount, note=m.amount.note or note))
                for m in find_mentions(aim.text))
        if aim.general is None:
            continue
        group = [index for index, section in enumerate(sections) if aim.sentence in section.shared]
        general = f"stated once for every exercise but the one it names: {quoted(aim.sentence)}"
        for index in group or range(len(sections)):
            if index not in aim.targets:
                others.setdefault(index, []).extend(
                    replace(m, sentence=aim.sentence, amount=replace(m.amount, note=m.amount.note or general))
                    for m in find_mentions(aim.general))
    return overrides, others


def _list_runs(blocks: tuple[Block, ...], sections: list[Section]) -> list[int]:
    """For each section, the first section of the list it stands in: list items follow one another back to a
    heading or a section that is no item (one pass, so a page of thousands of items stays linear)."""
    starts: list[int] = []
    for index, section in enumerate(sections):
        previous = sections[index - 1] if index else None
        joined = (previous is not None and section.start < len(blocks) and blocks[previous.start].kind is BlockKind.ITEM
                  and blocks[section.start].kind is BlockKind.ITEM
                  and not any(block.kind is BlockKind.HEADING for block in blocks[previous.start: section.start]))
        starts.append(starts[-1] if joined else index)
    return starts


_DOSE_KINDS = frozenset((Kind.REPS, Kind.HOLD, Kind.TIMED, Kind.DURATION))
_CLOCK_NAME = re.compile(r"^\+?(?:\d{1,2}:)?\d{1,2}:\d{2}\b")
"""A name that starts with a clock time ("6:07", "1:02:15"): a line of a transcript or a timetable, not a name."""


def build_exercise(section: Section, taken: set[str], shared: list[Mention] | None = None,
                   interval: bool = False, elsewhere: Collection[str] = (),
                   sided: Collection[str] = (), override: Collection[Mention] = (),
                   breath: tuple[tuple[int, int], str] | None = None) -> ImportedExercise:
    """One section's name, steps and dose; `shared` doses from the introduction fill in when it has none.
    An `interval` exercise is timed by its circuit: only its own time, rest and sides are kept. `override`: what a
    note that names it says ("For number 3, hold for 10 seconds instead"), in place of its own of the same kind
    (of any dose kind, when it gives a dose). `breath`: ((seconds in, seconds out), the sentence) of a breath the
    article defines once, which makes a pose held for a count of breaths a flow of that many cycles."""
    name = spoken_name(section.name) if section.name else ""
    words = name_words(name or section.name)
    steps: list[str] = []
    phases: list[tuple[str, int | None]] = []
    """(text, length in ms, None when the article gives none) of each breath phase."""
    later = [sentence for sentence in sentences(section.heading) if is_progression(sentence)]
    mentions: list[Mention] = said(section.heading) if not later else [
        mention for sentence in sentences(section.heading) if sentence not in later for mention in said(sentence)]
    texts: list[str] = [section.heading]
    asides: list[str] = [sentence for sentence in later if find_mentions(sentence)]
    """Sentences of a labelled note ("Pro tip: ...") or about what comes later that state a dose."""
    labelled = False
    """Whether the block before was a note's label alone ("Coach notes:"), which makes this block the note."""
    for block in section.body:
        if block.kind is BlockKind.HEADING:
            mentions.extend(said(block.text))
            continue
        in_list = block.kind is BlockKind.ITEM
        under_label, labelled = labelled, is_note_label(block.text)
        if labelled:
            continue
        note_block = False
        for index_in_block, sentence in enumerate(sentences(block.text)):
            note_block = note_block or (index_in_block == 0 and is_note(sentence))
            if is_background(sentence) or is_about_rounds(sentence) or sentence in elsewhere:
                continue  # rounds of the whole routine belong to a circuit, not to this exercise
            if about_earlier_session(sentence):
                continue  # "Previous: Push day on 24 Nov · 44min": what was done before, no dose of this one
            if (is_note(sentence) or (note_block and index_in_block) or under_label or is_progression(sentence)
                    or is_option(sentence)):
                # "If that's too much, 3 rounds of 20 seconds": another dose for some, said, not used
                # "Pro tip: Warm up with 5 minutes of easy cycling": an aside; a dose in it is said, not used
                if find_mentions(sentence):
                    asides.append(sentence)
                elif is_note(sentence) and find_sides(sentence)[0] is not None:
                    texts.append(sentence)  # "Notes: single arm, do both sides each set": how it is done, sides
                continue
            texts.append(sentence)
            if timed := timed_phases(sentence):
                # "Breathe in for 4 seconds, hold for 4 seconds, ...": the times are the phases', not holds
                phases.extend(timed)
                if sentence not in steps:
                    steps.append(sentence)
                continue
            mentions.extend(said(sentence))
            step = without_dose(sentence, words)
            if step is None or not is_step(step, in_list):
                continue
            step = step[:1].upper() + step[1:]
            if step in steps:
                continue
            steps.append(step)
            if is_breath_phase(step):
                phases.append((phase_text(step), None))
    warnings: list[str] = [f"a note in it gives a dose that was not used: {quoted(aside)}" for aside in asides]
    if any(m.kind is Kind.HOLD and "a count read as seconds" in (m.amount.note or "") for m in mentions):
        warnings.extend(f"its hold was read from a count with no word for holding ({quoted(count)}): a count taken "
                        "as seconds; check it" for count in bare_counts(" ".join(texts).lower()))
    if (other := second_move(section.heading, section.body)) is not None:
        warnings.append(f"a later paragraph tells a movement with its own dose ({quoted(other)}): it may be another "
                        "exercise, and its dose another's; check it")
    warnings.extend(f"left out, as an extra for some days only: {quoted(extra)}" for extra in section.optional)
    if not any(mention.kind is Kind.REPS for mention in mentions):
        # "15 squeezes, hold each for 2 seconds" under "Shoulder blade squeezes": its own movement, counted
        # (the heading without its list number: "2 Thread the needle" is no 2 threads)
        counted = [re.sub(r"^\s*\d{1,2}\s*[.):\-–—]?\s+(?=[A-Za-z])", "", texts[0]), *texts[1:]]
        mentions.extend(replace(m, sentence=text) for text in counted for m in named_counts(text, name or section.name))
    doses = {mention.kind for mention in mentions} & _DOSE_KINDS
    if not doses or doses == {Kind.HOLD}:
        # "Glute bridge – 12, squeeze at the top", or "12, slowly" on the line under it: a count alone is its reps;
        # "a dozen, pinch and hold for two seconds each time": reps, each with its hold
        first = next((block.text for block in section.body if block.kind is not BlockKind.HEADING), "")
        # "Up on your toes, down slowly. 15.": the count alone may close the instructions
        lone = lone_count(section.heading, after_name=True) or next(
            (count for sentence in sentences(first) or [""] if (count := lone_count(sentence)) is not None), None)
        held = not doses or (lone is not None and _held_each(lone.words, first, mentions))
        if lone is not None and held:
            mentions.append(replace(lone, sentence=section.heading if lone.words in section.heading else first))
    own = {mention.kind for mention in mentions}
    group = [replace(m, amount=replace(m.amount, note=m.amount.note or f"stated once for the group: {quoted(s)}"))
             for s in section.shared if not (is_background(s) or is_about_rounds(s)) for m in said(s)]
    if group and not own & _DOSE_KINDS:
        mentions.extend(m for m in group if m.kind not in own)
        own = {mention.kind for mention in mentions}
        warnings.extend(rounds_as_sets([m for m in mentions if m in group]))
    if shared:
        # a dose for every exercise fills what this one lacks: all of it when it has none, else its sets and rests
        dosed = bool(own & _DOSE_KINDS)
        # "Hold for 3 seconds, then lower" under "10 reps of the following exercises": a rep's hold, so the reps too
        fills = _FILL_KINDS | ({Kind.REPS} if own & _DOSE_KINDS == {Kind.HOLD} and all(
            m.amount.high <= SHORT_HOLD_MS for m in mentions if m.kind is Kind.HOLD) else set())
        mentions.extend(replace(m, amount=replace(m.amount, note=m.amount.note or (
                            f"from the introduction, for every exercise: {quoted(m.sentence)}" if m.sentence
                            else "from the introduction, for every exercise")))
                        for m in shared if m.kind not in own and (not dosed or m.kind in fills))
        if Kind.SETS not in {mention.kind for mention in mentions}:
            # "a minute between sets" is for the exercises that have sets
            mentions = [m for m in mentions if not (m.kind is Kind.SET_REST and m.kind not in own)]
    if override:
        kinds = {mention.kind for mention in override}
        replaced = kinds | (_DOSE_KINDS if kinds & _DOSE_KINDS else set())
        mentions = [*override, *(mention for mention in mentions if mention.kind not in replaced)]
        said_by = dict.fromkeys(mention.sentence for mention in override if mention.sentence)
        warnings.extend(f"a note outside it names it, and its dose is used in place of the exercise's own: "
                        f"{quoted(sentence)}" for sentence in said_by)
    name_note = "named after the movement the article's sentence gives a dose to" if section.made_name else None
    if name and (longhand := _longhand(name)) != name:
        name, name_note = longhand, f"the article's shorthand {quoted(section.name)}, written out"
    name = _DANGLING.sub("", name) or name  # "plank for" (before "1 min"): a name never ends with a preposition
    if not name:
        name = made_up_name(steps) or "Exercise"
        name_note = "the article gives no name; made from its instructions"
    if (known := exercise_words(name) if name_note else sentence_words(name)) is not None:
        # a name made from a sentence ("finish with the doorway stretch"): the words that name a known exercise
        name = spoken_name(known)
    elif section.made_name and (doubt := made_name_doubt(name)) is not None:
        warnings.append(doubt)
    if (name.lower() in taken and (second := _SECOND_NAME.match(section.name or "")) is not None
            and _QUALIFIER.match(second["second"]) and f"{name}, {second['second'].lower()}".lower() not in taken):
        # "Arm stretch (standing)" then "Arm stretch (lying)": the second is told by its own words, not a number
        name = f"{name}, {second['second'].strip().lower()}"
    if name.lower() in taken:
        number = 2
        while f"{name} {number}".lower() in taken:
            number += 1
        name = f"{name} {number}"
        warnings.append("an earlier exercise has the same name: numbered")
    if clock := _CLOCK_NAME.match(name):
        # "2:33" over a line of speech: a video transcript's time, which names nothing; its doses are guesses too
        warnings.append(f"its name starts with a time ({quoted(clock.group(0))}), as a transcript's lines do: the "
                        "name and the dose may be another line's; check them")
    if interval:
        return ImportedExercise(name, tuple(steps), tuple(_interval_fields(mentions, ". ".join(texts), warnings)),
                                tuple(warnings), name_note)
    fields = _dose_fields(another_set(mentions), phases, ". ".join(texts), warnings, name, sided, breath)
    return ImportedExercise(name, tuple(steps), tuple(fields), tuple(warnings), name_note)


def _interval_fields(mentions: list[Mention], text: str, warnings: list[str]) -> list[Field]:
    """An exercise of an interval circuit: its own work time if it states one, its rest, its sides."""
    fields: list[Field] = []
    own = _first(mentions, Kind.DURATION, warnings) or _first(mentions, Kind.TIMED, warnings) or _first(
        mentions, Kind.HOLD, warnings)
    if own is not None:
        fields.append(_time_field("duration", own, BREATH_MS))
    counted = [m for m in mentions if m.kind in (Kind.REPS, Kind.SETS)]
    if counted:
        warnings.append(f"the circuit times every exercise, so \"{counted[0].words}\" was not used")
    if (rest := _first(mentions, Kind.REST, warnings)) is not None:
        fields.append(_time_field("rest", rest, BREATH_MS))
    sides, _ = find_sides(text)
    if sides is not None:
        fields.append(Field("sides", sides.names, sides.note))
    return fields


def _held_each(count: str, first: str, mentions: list[Mention]) -> bool:
    """Whether a count alone opens the same sentence as the exercise's only hold, a hold of each rep: "12, pinch and
    hold for two seconds each time" (not a count above a hold of its own: "3. Hold for 30 seconds")."""
    sentence = (sentences(first) or [""])[0]
    return (numerals(sentence).lstrip().startswith(count)
            and any(m.kind is Kind.HOLD and m.words and m.words in numerals(sentence) for m in mentions)
            and bool(re.search(r"\beach(?:\s+(?:time|one|rep|squeeze))?\b|\bevery\s+(?:time|rep)\b",
                               sentence, re.I)))


def said(sentence: str) -> list[Mention]:
    """The doses a sentence states, each knowing its sentence (warnings quote it)."""
    return [replace(mention, sentence=sentence) for mention in find_mentions(sentence)]


def _first(mentions: list[Mention], kind: Kind, warnings: list[str]) -> Mention | None:
    """The first mention of a kind; a warning when the text gives different values for it."""
    found = [mention for mention in mentions if mention.kind is kind]
    values = {(mention.amount.low, mention.amount.high, mention.amount.breaths) for mention in found}
    if len(values) > 1:
        said = ", ".join(dict.fromkeys(mention.words for mention in found))
        warnings.append(f"the text gives several {kind.value.replace('_', ' ')} values ({said}): used the first")
    return found[0] if found else None


def _dose_fields(mentions: list[Mention], phases: list[tuple[str, int | None]], text: str,
                 warnings: list[str], name: str = "", sided: Collection[str] = (),
                 breath: tuple[tuple[int, int], str] | None = None) -> list[Field]:
    """`sided`: sentences stated once for every exercise that give sides, for an exercise that gives none."""
    reps = _first(mentions, Kind.REPS, warnings)
    sets = _first(mentions, Kind.SETS, warnings)
    timed_kinds = {Kind.HOLD, Kind.TIMED, Kind.DURATION}
    if reps is None and sets is not None and (open_count := _OPEN_COUNT.search(text)):
        # "2 sets to failure", "3 sets of as many as you can": the sets are sets; the count is the person's
        reps = Mention(Kind.REPS, Amount(10, 10, "no count in the article"), open_count.group(0), sets.sentence)
        warnings.append(f"\"{open_count.group(0)}\" gives no count: 10 reps were assumed (change them to yours)")
    if reps is None and sets is not None and not any(m.kind in timed_kinds for m in mentions):
        reps, sets = sets, None  # "Repeat 5 rounds" of a movement: the rounds are its reps
        if re.search(r"\bsets?\b", reps.words, re.I):
            # "Complete 2 sets" and no count: sets of what? Read as reps, said so
            warnings.append(f"{quoted(reps.words)} gives sets and no count in each: read as {reps.amount.low} reps; "
                            "check whether each set is more than one")
        if (reps.amount.note or "").endswith(WHOLE_TWICE):
            reps = replace(reps, amount=replace(reps.amount, note=None))  # "Do this twice": its reps, as said
    hold = _first(mentions, Kind.HOLD, warnings)
    timed = _first(mentions, Kind.TIMED, warnings)
    duration = _first(mentions, Kind.DURATION, warnings)
    if reps is not None and (reps.amount.low, reps.amount.high) == (1, 1) and (hold or timed or duration):
        reps = None  # one rep of a time ("Easy jog: 800 m, 1, about 5 min"): the time, once
    if not (hold or timed or duration) and (distance := untimed_distance(text)) and not (
            reps is not None and (reps.amount.note or "").startswith("a distance")):
        warnings.append(f"gives a distance ({quoted(distance)}) and no time: the voice cannot time or count a "
                        "distance, so the dose was read from the other numbers; check it")
    fields: list[Field] = []
    has_flow = _is_flow([text for text, _ in phases])
    cycle_ms = sum(ms or PHASE_MS for _, ms in phases)
    timed_phases = tuple((text, format_ms(Amount(ms or PHASE_MS, ms or PHASE_MS))) for text, ms in phases)
    phase_note = f"{PHASE_MS // 1000} s per breath phase" if any(ms is None for _, ms in phases) else None
    # "Inhale deeply while leaning back. Hold for 20 seconds. Exhale and relax.": a stretch held between two breaths
    held = hold is not None and not (duration or timed) and not hold.amount.breaths and bool(_HELD_FOR.search(text))
    if has_flow and reps is None and (duration or timed or hold) and not held:
        chosen = duration or timed or hold
        assert chosen is not None
        fields.append(Field("flow", timed_phases, phase_note))
        fields.append(_time_field("duration", chosen, cycle_ms))
    elif breath is not None and reps is None and (counted := hold or timed or duration) and counted.amount.breaths:
        # "10 br", where the sheet says what one breath is: that many cycles of its in-breath and out-breath
        fields.extend(_breath_flow(counted, *breath))
    elif (breath is not None and reps is not None and re.search(r"\brounds?\b", reps.words, re.I)
          and (has_flow or _IN_AND_OUT.search(text))):
        # "Move with your breath for 6 rounds", the breath defined: 6 cycles of the breath, its phases the exercise's
        fields.extend(_breath_flow(reps, *breath, [text for text, _ in phases] if has_flow else []))
    elif reps is not None:
        fields.append(Field("reps", format_count(reps.amount), reps.amount.note, reps.sentence))
        per_rep = hold or timed
        if per_rep is not None:
            fields.append(_time_field("hold", per_rep, BREATH_MS))
        elif has_flow:
            fields.append(Field("tempo", timed_phases, phase_note))
        if duration is not None:
            warnings.append(f"also says \"{duration.words}\", which was not used")
    elif hold or timed or duration:
        chosen = hold or timed or duration
        assert chosen is not None
        # a time of continuous movement ("keep moving side to side for 2 minutes") is a duration, else a hold
        key = "duration" if chosen is duration else "hold"
        if chosen is timed:
            key, guess = _timed_key(timed, duration, name)
            if guess:
                warnings.append(guess)
        fields.append(_time_field(key, chosen, BREATH_MS))
    elif re.search(r"\b(?:hold|stretch|pose|position)\b", text, re.I):
        fields.append(Field("hold", "30 s", "no dose in the article"))
        warnings.append("no dose found: a 30 s hold was assumed")
    else:
        fields.append(Field("reps", 10, "no dose in the article"))
        warnings.append("no dose found: 10 reps were assumed")
    if sets is not None:
        fields.append(Field("sets", format_count(sets.amount), sets.amount.note, sets.sentence))
        if MAYBE_REPS_FIRST in (sets.amount.note or ""):
            warnings.append(f"{sets.amount.note}: check which comes first")  # "10x3": ten sets, or ten reps?
    rests = {kind: _first(mentions, kind, warnings) for kind in (Kind.SET_REST, Kind.REP_REST, Kind.REST)}
    rest = rests[Kind.REST]
    if rest is not None and not _NEXT_EXERCISE.search(text) and not _NEXT_EXERCISE.search(rest.sentence):
        # a rest that does not say where goes between sets, else between reps ("3 sets ... Rest: 60 seconds")
        if sets is not None and rests[Kind.SET_REST] is None:
            rests[Kind.SET_REST], rests[Kind.REST] = rest, None
        elif sets is None and reps is not None and reps.amount.high > 1 and rests[Kind.REP_REST] is None:
            rests[Kind.REP_REST], rests[Kind.REST] = rest, None
    for kind, key in ((Kind.SET_REST, "set_rest"), (Kind.REP_REST, "rep_rest"), (Kind.REST, "rest")):
        if (found := rests[kind]) is not None:
            fields.append(_time_field(key, found, BREATH_MS))
    sides, alternating = find_sides(text)
    if sides is not None:
        fields.append(Field("sides", sides.names, sides.note))
    elif alternating:
        warnings.append(alternating)
    elif (bare := _BARE_EACH.search(text)) and _ONE_LIMB.search(name):
        # "Quad stretch: 45 s each": one exercise's own time "each" can only be each side of the limb it stretches
        fields.append(Field("sides", ("left", "right"), f"{quoted(bare.group(0))}: read as each side"))
    elif every := next(((s, named) for s in sided if (named := find_sides(s)[0]) is not None), None):
        note = f"stated once for every exercise: {quoted(every[0])}"
        fields.append(Field("sides", every[1].names, note if every[1].note is None else f"{every[1].note}; {note}"))
    return fields


_BARE_EACH = re.compile(r"\b\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?)\s+each(?=\s*(?:[.;,)]|$))", re.I)
"""A time "each" with nothing after it: 'Quad stretch - 45 s each'."""
_ONE_LIMB = re.compile(r"\b(?:quad(?:ricep)?s?|calf|calves|hamstrings?|hip flexors?|glutes?|piriformis|groin|"
                       r"adductors?|it band|achilles|triceps?|biceps?|pec|chest|shoulder|wrist|forearm|ankle|"
                       r"side|lat|lats)\b.*\bstretch\b", re.I)
"""A stretch of one limb or one side's muscle, done once on each side."""

_OPEN_COUNT = re.compile(r"\b(?:to (?:muscle )?failure|as many(?: reps)? as (?:you can|possible)|amrap|"
                         r"max(?:imum)? reps|until (?:you can(?:no|')t|fatigue))\b", re.I)
"""A count left to the person: "2 sets to failure", "as many as you can"."""
_MOVING_NOUN = re.compile(r"\b(?:jacks|high knees|butt kicks|in place|on the spot|marching|jogging|jogs?|walking|"
                          r"running|skipping|circles|punches|climbers|burpees|swings|shadow ?boxing|jump(?:ing)? rope|"
                          r"taps|breathing|ball rolls?|rolling|massag\w*|cross[- ]?trainer|elliptical|treadmill|"
                          r"(?:exercise |stationary |upright |recumbent |spin |air )?bikes?|rowing machine|rower|"
                          r"stair ?climber|stepper|ski ?erg)\b",
                          re.I)
"""Movement that goes on, whatever else the name says ("Plank jacks", "Plank shoulder taps", "Golf ball roll",
"Jaw massage"; not "Pec stretch on a roll", lying still on a foam roll); a cardio machine ("Cross trainer  8 min",
"Upright bike  5 min")."""
_MOVING_NAME = re.compile(
    r"^(?:(?:easy|slow|brisk|gentle|light|fast|quick|steady|relaxed)\s+)?"
    r"(?:march|walk|jog|run|skip|jump|hop|danc|shuffl|step|cycl|bik|pedal|rock|bounc|breath|swing|sway|paddl|row)\w*\b",
    re.I)
"""A name for movement that goes on ("March in place", "Arm circles", "Breathe slowly"): its time is a duration."""
_DANGLING = re.compile(r"\s+(?:for|to|with|at|of|from|into|onto)$", re.I)
_TO_AND_FRO = re.compile(r"\b(?:side to side|up and down|back and forth|to and fro)\b", re.I)
_MOVING_SAID = re.compile(r"^(?:(?:gently|slowly|easily|now)\s+)?(?:swing|circl|march|walk|jog|run|skip|jump|hop|"
                          r"pedal|rock|bounc|sway|shuffl|cycl|danc)\w*\b", re.I)
"""A sentence that opens with a movement that goes on ("Swing it gently in small circles ... for about a minute");
not breathing, which a held pose does too."""
_STILL_NAME = re.compile(r"\b(?:holds?|planks?|stretch|stretches|poses?|sit|sits|balance|stand|hangs?|bridge|position|"
                         r"lean|squeeze|isometric|hollow|static|lie|lying|rest|child's|fold|hug|tuck|raise|lift|press|"
                         r"positions|supports?)\b", re.I)
"""A name for a position held still ("Plank", "Hamstring stretches", "Wall sit"): its time is a hold."""


def _timed_key(timed: Mention, duration: Mention | None, name: str) -> tuple[str, str | None]:
    """Whether a time no verb qualifies ("March in place - 1 minute", "Plank: 30 seconds") is a hold or a duration,
    and a warning when that is a guess. The same time said with a verb elsewhere ("march for 1 minute") decides;
    else the exercise's name: one for movement that goes on is a duration, a still one a hold; else a hold."""
    if duration is not None and (duration.amount.low, duration.amount.high) == (timed.amount.low, timed.amount.high):
        return "duration", None
    if _MOVING_NOUN.search(name) and not timed.amount.breaths:
        return "duration", None
    if timed.amount.breaths or _STILL_NAME.search(name) or not name:
        return "hold", None  # breaths are counted in a held pose
    if _TO_AND_FRO.search(name):
        return "duration", None  # "Eyes on target, head side to side": a movement one way and back, for a time
    after = timed.sentence.lower().partition(timed.words.lower())[2]
    if _MOVE_AFTER.match(after):
        return "duration", None  # "Cat-cow: 45 seconds, move with your breath": moving for the time
    said = timed.sentence.strip()
    if _MOVING_SAID.match(said) and not _STILL_NAME.search(said):
        return "duration", None  # "Swing it gently in small circles ... for about a minute": the sentence moves
    words = name.lower().split()
    # a plural object of a verb ("Stretching your hamstrings") says nothing; a plural name ("Hip hinges") does
    object_of_verb = is_verb(words[0]) and len(words) > 1 and words[1] in ("your", "the", "both", "a", "each", "one")
    plural = words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is")) and not object_of_verb
    if _MOVING_NAME.search(name) or plural:
        return "duration", None  # "Hip hinges - 40 seconds": a movement repeated for a time
    return "hold", (f"no word says whether \"{timed.words}\" is held still or done moving: written as a hold "
                    "(make it duration if it is done moving)")


_MOVE_AFTER = re.compile(r"^[,;:\s–—-]{1,4}(?:and\s+)?(?:keep\s+)?(?:move|moving|flow|flowing|walk|walking|jog|jogging|"
                         r"march|marching)\b"
                         r"(?!\s+(?:on|to|onto|into|over|back|across)\b)")
"""Right after a time, the words that say it is spent moving: "45 seconds, move with your breath"."""
_NEXT_EXERCISE = re.compile(r"\b(?:next exercise|between (?:the |each )?(?:exercises?|moves|stretches)|"
                            r"before (?:the next|moving on)|next move)\b", re.I)


_IN_AND_OUT = re.compile(r"(?=.*\b(?:inhale|in-breath|breathe in)\b)(?=.*\b(?:exhale|out-breath|breathe out)\b)",
                         re.I | re.S)
"""An exercise's text says both what to do on the in-breath and on the out-breath."""


def _breath_flow(counted: Mention, seconds: tuple[int, int], definition: str,
                 own: list[str] | None = None) -> list[Field]:
    """A pose held for a count of breaths (or moved for rounds of them), the article's breath being `seconds` in and
    out: a flow of that breath, its cycles the count; `own`: the exercise's in-breath and out-breath phases, when it
    gives them."""
    note = f"the article's breath: {quoted(definition)}"
    texts = own if own and len(own) == 2 else ["Breathe in", "Breathe out"]
    phases = ((texts[0], f"{seconds[0]} s"), (texts[1], f"{seconds[1]} s"))
    return [Field("flow", phases, note), Field("cycles", format_count(counted.amount), None, counted.sentence)]


_HELD_FOR = re.compile(r"(?:^|[.!?]\s+)hold\s+(?:it\s+|this\s+|the (?:stretch|position|pose)\s+)?(?:for\s+)?\d", re.I)
"""A sentence of its own that holds a position for a time: the time is a hold, not the length of a breathing flow."""


def _is_flow(phases: list[str]) -> bool:
    """A breathing flow needs both an in-breath phase and an out-breath phase."""
    low = " ".join(phases).lower()
    return len(phases) >= 2 and bool(re.search(r"inhale|breathe in|in-breath", low)) and bool(
        re.search(r"exhale|breathe out|out-breath", low))


def _time_field(key: str, mention: Mention | Amount, breath_ms: int) -> Field:
    amount, quote = (mention.amount, mention.sentence) if isinstance(mention, Mention) else (mention, None)
    if amount.breaths:
        ms = Amount(amount.low * breath_ms, amount.high * breath_ms)
        count = format_count(amount)
        note = f"{count} breaths at about {breath_ms // 1000} s each"
        product = f"{count} breaths x {breath_ms / 1000:g} s"
        return Field(key, format_ms(ms), note if amount.note is None else f"{amount.note}; {note}", quote, product)
    return Field(key, format_ms(amount), amount.note, quote)


def spoken_name(name: str) -> str:
    """The article's name in sentence case, as it will be spoken: "Cat-Cow Stretch" -> "Cat-cow stretch".

    A dose in the heading ("Plank (30 seconds)", "Plank - 30 seconds") is dropped."""
    name = re.sub(r"\s*\([^)]*\d[^)]*\)\s*", " ", name)
    name = re.split(r"\s+[-–—|]\s+|:\s+", _common_name(name))[0]
    name = _without_dose_tail(name)
    name = name.strip(" .:-*")
    words = name.split()
    shaped = []
    for index, word in enumerate(words):
        acronym = word.isupper() and len(word) <= 4 and not name.isupper() and word.isalpha() and len(word) > 1
        if acronym:
            shaped.append(word)
        elif index == 0:
            shaped.append(word[:1].upper() + word[1:].lower())
        else:
            shaped.append(word.lower())
    return " ".join(shaped)


_SECOND_NAME = re.compile(r"^(?P<first>[^()]*?\S)\s*[(\[](?P<second>[^()\[\]]{2,40})[)\]]\s*(?P<rest>.*)$")
_QUALIFIER = re.compile(r"^\s*[A-Za-z][A-Za-z' -]{1,30}\s*$")
"""Words in brackets after a name that tell two exercises of one name apart ("standing", "lying", "on a chair")."""
_SANSKRIT = re.compile(r"asana\b|\b(?:mudra|pranayama|namaskar)\b", re.I)


def _without_dose_tail(name: str) -> str:
    """ "Goblet sq 3x10" -> "Goblet sq", "Plank 3 x 30s" -> "Plank": a dose at a name's end is no part of it."""
    words = name.split()
    for index in range(1, len(words)):
        tail = " ".join(words[index:])
        plain = re.sub(r"\b(?:forwards?|backwards?|(?:anti-?|counter-?)?clockwise|inwards?|outwards?)\b", "", tail)
        if re.match(r"[\dx×]", tail, re.I) and find_mentions(tail) and is_dose_only(plain):
            return " ".join(words[:index])
    return name


def _common_name(name: str) -> str:
    """ "Cobra (Bhujangasana)" -> "Cobra", "Balasana (Child's pose)" -> "Child's pose", "Child's pose / Balasana" ->
    "Child's pose": one name is spoken, the common one; a second name in brackets (a Sanskrit name, an aside such as
    "(modified)") is dropped, and so is a Sanskrit name beside an English one."""
    if m := _SECOND_NAME.match(name):
        first, second = m.group("first"), m.group("second")
        if _SANSKRIT.search(first) and not _SANSKRIT.search(second):
            first = second
        return f"{first} {m.group('rest')}".strip()
    parts = [part.strip() for part in re.split(r"\s+/\s+|\s+[-–—|]\s+", name) if part.strip()]
    if len(parts) == 2 and bool(_SANSKRIT.search(parts[0])) != bool(_SANSKRIT.search(parts[1])):
        return parts[1] if _SANSKRIT.search(parts[0]) else parts[0]
    return name


_SHORTHAND = {"sq": "squats", "sqs": "squats", "pu": "push-ups", "pus": "push-ups", "dl": "deadlifts",
              "dls": "deadlifts", "rdl": "Romanian deadlifts", "rdls": "Romanian deadlifts", "ohp": "overhead press",
              "bp": "bench press", "kb": "kettlebell", "db": "dumbbell", "bw": "bodyweight", "ssq": "split squats",
              "mtn": "mountain", "jj": "jumping jacks", "jjs": "jumping jacks"}
"""Gym shorthand in chats and notes ("sq x15", "kb swings"): the voice says the words, not the letters."""


def _longhand(name: str) -> str:
    """ "Sq" -> "Squats", "Kb swings" -> "Kettlebell swings": each shorthand word of a name written out."""
    words = [_SHORTHAND.get(word.lower().strip("."), word) for word in name.split()]
    return spoken_name(" ".join(words)) if [w.lower() for w in words] != [w.lower() for w in name.split()] else name


_SETUP = SETUP_VERBS
_PLACES = frozenset(re.findall(r"\w+", "around in on at into onto over under behind toward towards from off against"))
_CUT = re.compile(r",|;|:|\s(?:and|with|until|while|as|so|then|for|keeping|making|without|before|if)\s")


def made_up_name(steps: list[str]) -> str | None:
    """A name from the first movement instruction ("Lift your hips off the floor")."""
    steps = [step for step in steps if core(step).split()]  # a step of quote marks alone ('"') names nothing
    if not steps:
        return None
    actions = [step for step in steps if core(step).split()[0].lower().strip(",") not in _SETUP
               and not is_breath_phase(step)]
    step = core((actions or steps)[0])
    parts = [part.strip() for part in _CUT.split(step.rstrip(".")) if part.strip()]
    # "Lie on your back and pull one knee to your chest": the set-up is not the movement
    moving = [part for part in parts[1:] if part.split()[0].lower() in VERBS and part.split()[0].lower() not in _SETUP]
    phrase = moving[0] if parts and parts[0].split()[0].lower() in _SETUP and moving else parts[0] if parts else step
    words = phrase.split()[:6]
    for index in range(3, len(words)):
        # "Lift your hips off the floor" -> "Lift your hips": the place is not part of the name
        if words[index].lower() in _PLACES:
            words = words[:index]
            break
    while len(words) > 2 and words[-1].lower() in ("your", "the", "a", "an", "to", "toward", "towards", "up", "of"):
        words.pop()
    return spoken_name(" ".join(words)) if words else None


def _row(exercise: ImportedExercise, work: str | None = None) -> SummaryRow:
    """`work`: the interval of the circuit the exercise is in, which times it unless it has its own."""
    parts: list[str] = []
    if (sets := exercise.value("sets")) is not None:
        parts.append(f"{sets} sets")
    if (reps := exercise.value("reps")) is not None:
        parts.append(f"{reps} reps")
    if (hold := exercise.value("hold")) is not None:
        parts.append(f"hold {hold}")
    if exercise.value("tempo") is not None:
        parts.append("tempo")
    if (cycles := exercise.value("cycles")) is not None:
        parts.append(f"flow {cycles} cycles")
    if (duration := exercise.value("duration")) is not None:
        parts.append(f"flow {duration}" if exercise.value("flow") is not None else f"for {duration}")
    elif work is not None and not parts:
        parts.append(f"work {work}")
    sides = exercise.value("sides")
    notes = [f"inferred {field.key}" for field in exercise.fields if field.note]
    if exercise.name_note:
        notes.insert(0, "inferred name")
    notes.extend(exercise.warnings)
    side_text = ", ".join(str(side) for side in sides) if isinstance(sides, tuple) else "-"
    return SummaryRow(exercise.name, ", ".join(parts), side_text, "; ".join(notes) or "-")
