"""Blocks -> the article's title and one section per exercise (its name and the blocks that describe it).

Articles mark exercises in many ways: Markdown or HTML headings, numbered lines ("1. Chin Tuck",
"1 BACK ROTATION"), "Exercise 2", bold lines, Title Case lines, "Name: description" items, or numbered
prose paragraphs with no name. Every way is tried; the one whose sections read most like exercises
(a dose or an instruction in their body) wins, so a heading style used for "Benefits" or "Tips" loses
to the one used for the exercises.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from voiceroutine.importer.addresses import is_address_line
from voiceroutine.importer.blocks import (
    POST_FOOTER,
    STOP,
    WRAP_UP,
    Block,
    BlockKind,
    Section,
    is_stop,
    starts_with_dose,
)
from voiceroutine.importer.described import described_item, dropped_item
from voiceroutine.importer.dose import Kind, find_mentions, is_dose_only, lone_count, named_counts, numerals
from voiceroutine.importer.dose_above import shared_dose_above
from voiceroutine.importer.glossary import is_glossary
from voiceroutine.importer.known_lines import is_label, known_lines, named_lines
from voiceroutine.importer.lead_ins import cut_at_lead_ins, lead_in_name
from voiceroutine.importer.led_paragraphs import led_paragraphs
from voiceroutine.importer.lexicon import named_exercise
from voiceroutine.importer.name_sentences import name_sentence
from voiceroutine.importer.numbered_doses import dosed_list_items, item_name
from voiceroutine.importer.part_leads import part_lead
from voiceroutine.importer.prose import prose_sections
from voiceroutine.importer.read import Article
from voiceroutine.importer.restated import differs, restates
from voiceroutine.importer.rounds import find_intervals
from voiceroutine.importer.sibling_names import sibling_name_sentences
from voiceroutine.importer.step_fragments import few_dosed_steps, is_step_fragment, only_dose_steps
from voiceroutine.importer.steps import VERBS, is_step, sentences
from voiceroutine.importer.title_counts import counts_exercises
from voiceroutine.importer.undosed_moves import reads_like_a_move
from voiceroutine.importer.unnamed_items import item_number, unnamed_items
from voiceroutine.routine.fields import MAX_ITEMS as MAX_EXERCISES


@dataclass(frozen=True, slots=True)
class _Candidate:
    index: int
    style: tuple[str, int]
    name: str
    inline: str = ""
    """Text after the name on the same line ("Chin tuck: sit tall and ..."), part of the body."""
    alone: bool = False
    """The block is the whole exercise ("chin tucks, 10 reps with a 5 sec hold. Pull your head back."): what
    follows it is not its body."""


_GENERIC = re.compile(
    r"^(?:how to(?: do it| perform it)?|how it works|instructions|directions|steps|the steps|method|technique|form|"
    r"reps|sets|dose|dosage|duration|benefits?|why it (?:works|helps)|muscles worked|tips?|form tips|"
    r"precautions|safety|warnings?|introduction|intro|overview|the exercises|exercises|the routine|routine|"
    r"the stretches|stretches|the workout|workout|getting started|before you (?:start|begin)|warm[- ]up tips|"
    r"what you need|what you(?:'ll| will) (?:need|do)|equipment(?: needed)?|"
    r"table of contents|contents|causes|symptoms|treatment|prevention|"
    r"modifications?|variations?|common mistakes)\s*$", re.I)
_ADVICE_HEADING = re.compile(
    r"^(?:choose|pick|select|repeat|do|perform|try|progress|increase|build up|start|keep)\b[^.!?]{0,40}\bexercises?\b"
    r"[^.!?]{0,30}$|^exercise\s+(?:every|each|daily|twice|once|\d+\s+times|regularly|little and often)\b[^.!?]{0,30}$"
    r"|^(?:rest|rest between sets|recovery)\s*$", re.I)
"""A heading line of advice on the routine as a whole ("Choose 3 or 4 exercises", "Repeat the exercise", "Exercise
every other day"), as health services' pages put above their exercises."""
_PART_HEADING = re.compile(
    r"^(?:the\s+|your\s+|a\s+)?(?:warm[- ]?ups?|cool[- ]?downs?|main (?:set|bit|part|workout|circuit|event)|circuit|"
    r"intervals?|finisher|finish|the workout|block\s+[a-z0-9]{1,2}|supersets?|strength|conditioning)"
    r"(?:\s*[(:\-–—].*)?$", re.I)
"""A heading over a part of a routine ("Warm-Up (30 seconds each)", "The circuit", "Cool down"): the exercises are
in it, it is none of them."""
_UNIT_FIRST = re.compile(r"(?:minutes?|mins?|seconds?|secs?|reps?|times|breaths?)\b", re.I)
_LIMB_FIRST = re.compile(r"(?:foot|feet|legs?|arms?|hands?|knees?|heels?|toes?)\b", re.I)
"""After "step one": "Step one foot forward" is a movement, not a step's number ("Exercise 2 - Heel slides" is)."""
_SMALL = frozenset(re.findall(r"\w+", "a an the and or of to in on for with at by your from into vs via"))
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_WORD_NUMBERED = re.compile(
    rf"^(?P<word>exercise|stretch|move|movement|pose|position|step|drill|block|station|no\.?|number|#)\s*#?\s*"
    rf"(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\b\s*[:.)\-–—]*\s*(?P<rest>.*)$", re.I)
_TOPIC = re.compile(r"^(?:[A-Z][\w'&-]*\s+){1,3}(?=(?:exercise|stretch|move|movement|pose|position|step|drill)\s*#?\s*"
                    rf"(?:\d{{1,2}}|{_NUMBER_WORDS})\b)", re.I)
"""A topic before the numbering ("Sciatica Exercise 1", "Core Move 2", "Hip Stretch #3")."""
_NUMBER_SPACE = re.compile(r"^(?P<n>\d{1,2})\s*(?:[.):\-–—]\s*|\s+)(?P<rest>[A-Za-z(].*)$")
_LABELLED_NAME = re.compile(r"^(?:(?:today'?s|this week'?s|the|your|our)\s+)?(?:exercise|stretch|move|movement|pose|"
                            r"drill|name)(?:\s+of\s+the\s+(?:day|week))?\s*:\s*(?P<name>[^.!?]{2,60})$", re.I)
"""A label, then the exercise's name: "Exercise: Wall sit", "TODAY'S EXERCISE: WALL SIT"."""
_NAME_IN_SENTENCE = re.compile(
    r"^(?:(?:the|my|our|your)\s+)?(?:first|second|third|fourth|fifth|sixth|next|last|final|another|other)\s+"
    r"(?:one|exercise|stretch|move|pose|favou?rite)?\s*(?:is|comes|up is|:)\s+(?:called\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?P<name>[^.,:;!?]{2,40})[.:!]\s+(?P<rest>\S.*)$"
    r"|^(?:next|then|finally|lastly|after that),?\s+(?:comes|is|we have|try|do)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<name2>[^.,:;!?]{2,40})[.:!]\s+(?P<rest2>\S.*)$", re.I)
_NAME_PAREN_DOSE = re.compile(r"^(?P<name>[^()]{2,50}?)\s*\((?P<rest>[^()]{2,60})\)\s*\.?$")
_NAME_DOSE_TAIL = re.compile(
    r"^(?P<name>[^,:;.!?()]{2,50}?(?:\s*\([^()]{1,40}\))?)(?:,\s*|\s+(?=(?:for|hold(?!\s*[,;:])|holding|x)\b|[x×]\s*\d|\d))"
    r"(?P<rest>\S.*)$")
_DOSE_THEN_NAME = re.compile(
    r"^(?P<dose>\d+(?:\s*[-–]\s*\d+)?(?:\s*[x×]\s*\d+)?\s*(?:-(?=(?:seconds?|secs?|minutes?|mins?)\s))?"
    r"(?:[x×]|reps?|times|seconds?|secs?|s|minutes?|mins?|m|metres?|meters?|yards?|yds?)?)\s+(?:of\s+|(?:(?:easy|slow|gentle|brisk|steady|light)\s+)?on\s+the\s+)?"
    r"(?P<name>[A-Za-z][A-Za-z'’ -]{1,50}?)"
    r"(?P<tail>,?\s+(?:per|each|on each|on the)\s+(?:side|leg|arm|foot|hand)s?)?\s*(?:\([^()]*\))?\s*\.?$")
"""A list item that gives its dose before its name ("10 x squats", "20 sec plank", "45-second plank", "12 lunges per
leg")."""
_PART_LEAD = re.compile(r"^(?:warm[- ]?up|cool[- ]?down|to finish|finish(?: with)?|then)\s*[:,-]?\s+(?=\d)", re.I)
"""A part's word before a dose-first line: "warm up 5 min brisk walk"."""
_MANNER = re.compile(r"(?<=\d)\s+(?:slow|slowly|easy|gentle|controlled|steady|careful|quick|fast)(?=\s+[a-z])", re.I)
"""How a counted movement is done, between its count and its name: "10 slow bodyweight squats"."""
_DOSE_LABEL_WORDS = frozenset(re.findall(
    r"\w+", "sets set reps rep repetitions time rest tempo hold duration dose dosage x and or per of side each rounds"))
_NAME_COLON = re.compile(r"^(?P<name>[^:.!?()]{2,50}?(?:\s*\([^():.!?]{1,40}\))?|[^:.!?]{2,50}?)"
                         r"(?:\s*[:–—→]|\s+-|-(?=\s+[A-Z])|\s+[-=]>)\s+(?P<rest>\S.*)$")
"""'Bridge: lie on your back', 'Bridge - lie ...', and 'Knee Hug- Lie on your back' (the dash against the name)."""
_LABEL = re.compile(
    r"^(?:reps?|repetitions|sets?|rounds|hold|duration|dose|dosage|how many|how long|"
    r"time|rest|frequency|tempo|tip|tips|note|notes|pro tip|how to|"
    r"how|why|why it works|why it helps|benefits?|muscles(?: worked)?|targets?|equipment|level|difficulty|caution|"
    r"warning|safety|modifications?|variations?|make it easier|make it harder|focus|cue|goal|good for|works|"
    r"start(?:ing position)?|position|step \d+|breathing|avoid|common mistakes?|photo|image|source|via|by|"
    r"updated|last updated|reading time|published|posted|medically reviewed by|written by|author|share|edit|update|"
    r"ps|p\.s|name|date|q|a|question|answer|reply|subject|from|to|for|"
    r"member|member no\.?|client|patient|instructor|trainer|therapist|physio|coach|goal|review(?: due)?)\s*$", re.I)


def find_sections(article: Article) -> tuple[str | None, list[Section], tuple[Block, ...]]:
    """The article's title, its exercises' sections in order, and the blocks before the first exercise."""
    blocks = list(article.blocks)
    title, start = _title(article)
    candidates: dict[tuple[str, int], list[_Candidate]] = {}
    stops: set[int] = set()
    for index in range(start, len(blocks)):
        block = blocks[index]
        if is_stop(block):
            stops.add(index)
            continue
        candidate = _candidate(blocks, index)
        if candidate is not None:
            candidates.setdefault(candidate.style, []).append(candidate)
    if ("num", 2) in candidates:
        _counts_not_numbers(blocks, candidates)
    for style in (("colon", 0), ("colon", 1)):
        if style in candidates:
            candidates[style] = _counted_names(blocks, candidates[style])
    if ("num", 1) in candidates:
        # "3. Shift your weight from one foot to the other." between "2. Bridge" and "4. Single leg stand": a name lost
        numbers = {at: n for at in range(start, len(blocks)) if blocks[at].kind is BlockKind.ITEM
                   and (n := item_number(blocks[at].marker)) is not None}
        named = {candidate.index for candidate in candidates[("num", 1)]}
        said = {at for at in numbers if at not in stops and re.search(r"[.!]$", blocks[at].text.strip())}
        lost = [_Candidate(at, ("num", 1), "", blocks[at].text) for at in unnamed_items(numbers, named, said)]
        candidates[("num", 1)] = sorted([*candidates[("num", 1)], *lost], key=lambda candidate: candidate.index)
    if siblings := sibling_name_sentences(blocks, [c.index for c in candidates.get(("lead", 0), [])]):
        # "Side-lying hip abduction. ..." beside "Clamshells. ...": a name sentence no list knows
        leads = candidates[("lead", 0)] + [_Candidate(at, ("lead", 0), name, rest) for at, name, rest in siblings]
        candidates[("lead", 0)] = sorted(leads, key=lambda candidate: candidate.index)
    if listed := [(at, name) for at, name in dosed_list_items(blocks, start) if at not in stops]:
        # a numbered list that gives doses: one exercise an item, whichever way each is worded
        candidates[("dosed", 1)] = [_Candidate(at, ("dosed", 1), name) for at, name in listed]
    best: list[Section] = []
    best_rank: tuple[int, int] = (0, 0)
    by_style = {style: _sections(blocks, group, stops, style) for style, group in candidates.items()}
    by_style[("list", 0)] = _list_sections(blocks, start, stops)
    if ("dosed", 1) in by_style:
        by_style[("dosed", 1)] = [replace(s, body=_for_the_list(s.body)) for s in by_style[("dosed", 1)]]
    for style, sections in by_style.items():
        rank = (len(sections), -_PRIORITY.index(style[0]))
        if sections and rank > best_rank:
            best, best_rank = sections, rank
    best = _dosed_namesakes(best, by_style)
    if (listed_sections := by_style.get(("dosed", 1))) and best is not listed_sections:
        best = by_style[("dosed", 1)] = _with_listed(blocks, best, listed_sections)
    # only those a routine can hold (and one more, named in a warning) are built: only they are merged
    others = [s for sections in by_style.values() if sections is not best for s in sections]
    best = _merge_namesakes(best[:MAX_EXERCISES + 1], others) + best[MAX_EXERCISES + 1:]
    best = _with_group_doses(blocks, best, start)
    prose = _prose_sections(blocks, start)
    if len(prose) >= 2 and len(prose) > len(best):
        # numbered paragraphs, and a part beside them that leads in with one more ("First, loosen up: ...")
        best = _with_other_parts(blocks, prose, [], start, stops)
    elif len(best) == 1 and len(told := prose_sections(blocks, best[0].start, least=_TOLD)) >= _TOLD:
        # one "exercise" whose running prose tells several (an answer under its writer's name): the prose's, from
        # the article's start when that tells more
        running = prose_sections(blocks, start)
        best = running if len(running) > len(told) else told
    elif best:
        chosen = next(style for style, sections in by_style.items() if sections and sections[0].start == best[0].start
                      and len(sections) == len(best))
        best = _with_other_parts(blocks, best, _others(by_style, chosen), start, stops)
    if best and len(best) <= 2 and len(running := prose_sections(blocks, start)) >= 2 * len(best) + 2:
        # two short lines over paragraphs ("5-6 minutes" under a byline) against a story that tells six exercises:
        # the story is the routine
        best = running
    if not best:
        best = prose_sections(blocks, start) or _single_exercise(blocks, start, title)
    known = [(at, name) for at, name in known_lines(blocks, start) if at not in stops]
    if len(known) >= len(best) and len(known) > len({at for at, _ in known} & {section.start for section in best}):
        # as many lines as the layout rules read exercises name a known exercise and give a dose, and the layout
        # rules read fewer of them as exercises: one exercise a line
        best = [Section(name, blocks[at].text, (), at) for at, name in known]
    at = {id(block): index for index, block in enumerate(blocks)}
    best = [split for section in best for split in _under_label(section, at)]
    best = [_cut_at_wrap_up(section) for section in cut_at_lead_ins(blocks, best)]
    thread = next((index for index in sorted(stops) if best and best[0].start < index
                   and (_COMMENTS.match(blocks[index].text.strip()) or POST_FOOTER.match(blocks[index].text.strip()))),
                  None)
    if thread is not None:
        best = [section for section in best if section.start < thread]  # the readers' own plans, below
    led = [section for section in led_paragraphs(blocks, start) if thread is None or section.start < thread]
    if len(led) > len(best):
        best = led  # "First, the world's greatest stretch. ..." / "Then open books. ...": a paragraph each
    best = _without_contents(best)
    if len(best) >= 3 and _ROUNDS_ITEM.match(best[0].heading) and blocks[best[0].start].kind is BlockKind.ITEM:
        # "• 3 rounds" atop "• 15 swings", "• 10 goblet squats": how often the list is done, no exercise; left in the
        # introduction, where the rounds of the routine are read
        best = best[1:]
    # "Reps: this means how many times ..." over "Example: if you ... 10 times": the page's words, no exercise
    best = [section for section in best if not is_glossary(section.name, [
        section.heading, *(block.text for block in section.body)])] or best
    intro = tuple(blocks[start: best[0].start]) if best else ()
    return title, best, intro


def _cut_at_wrap_up(section: Section) -> Section:
    """The section without what follows a sentence that ends the routine ("Finisher: plank for 1 min. That's it,
    then food." over "When I can do 3x8 full pull-ups ..."): the writer's plans after it are no dose of it."""
    texts = [section.heading, *(block.text for block in section.body)]
    ended = next((at for at, text in enumerate(texts)
                  if any(WRAP_UP.match(said) for said in re.split(r"(?<=[.!?])\s+", text.strip())[1:])), None)
    return section if ended is None else replace(section, body=section.body[:ended])


def _under_label(section: Section, at: dict[int, int]) -> list[Section]:
    """A label read as an exercise's name ("Warm-up:", "Circuit A") over lines that name known exercises: each such
    line is an exercise, with the lines after it up to the next; the label names none of them."""
    labelled = re.match(r"^[^:]{1,30}:\s*(?P<rest>\S.*)$", section.heading)
    if (is_label(section.name) and labelled and (known := named_exercise(labelled["rest"])) is not None
            and known.start == 0 and find_mentions(labelled["rest"])):
        # "Finisher: side plank for 30 sec.": the label's exercise is the one named after its colon
        rest = labelled["rest"]
        return [Section(item_name(rest), rest, section.body, section.start, shared=section.shared)]
    if not is_label(section.name) or not (lines := named_lines(section.body)):
        return [section]
    ends = [*lines[1:], len(section.body)]
    return [Section(item_name(section.body[line].text), section.body[line].text, section.body[line + 1:end],
                    at.get(id(section.body[line]), section.start), shared=section.shared)
            for line, end in zip(lines, ends, strict=True)]


def starts_comments(block: Block) -> bool:
    """Whether the block starts a page's comments or a thread's replies ("14 comments", "5 replies"): what follows is
    the readers', not the article's."""
    return is_stop(block) and bool(_COMMENTS.match(block.text.strip()))


_COMMENTS = re.compile(r"^(?:\d+\s+comments?\b|comments?\b|discussion about this (?:post|article|story)\b|"
                       r"sorted by\b|\[[–-]\]\s|\d+\s+repl(?:y|ies)\b|"
                       r"view all [\d,.]+k? comments|"
                       r"(?:q\s?&\s?a|questions and answers)\s*(?:[·|:–—-]\s*)?\d+\s*(?:questions?)?$|"
                       r"\d+ questions$)", re.I)
"""Where a page's comments begin ("14 comments", "Q&A · 23 questions"): the exercises end there, whatever the
comments list."""
_TOLD = 3
"""Exercises told in the running prose of an article's only section that make them the article's exercises."""
_PART_STYLES = frozenset(("num", "labelled", "bold", "lead", "sentence", "colon", "list"))
"""Styles that may add the exercises of a part of the article the best style does not cover: each marks one
exercise per block. Headings and short lines over paragraphs are not among them: in a part they are its
heading ("Warm up", "Cool down"), not an exercise's."""


def _for_the_list(body: tuple[Block, ...]) -> tuple[Block, ...]:
    """Of what follows a numbered list's item, the paragraphs whose doses speak of the whole list ("90s rest between
    sets", "Do each one twice"), which the exercises read as stated once for the list; the item itself is its
    exercise, so a paragraph with another dose ("He may drop back to (a) if it aches for 30 minutes") ends it."""
    kept: list[Block] = []
    for block in body:
        dosed = [(sentence, mentions) for sentence in sentences(block.text) if (mentions := find_mentions(sentence))]
        if block.kind is not BlockKind.TEXT or not dosed or not all(FOR_EVERY.search(sentence) or all(
                m.kind in (Kind.REST, Kind.SET_REST, Kind.REP_REST) for m in mentions) for sentence, mentions in dosed):
            break
        kept.append(block)
    return tuple(kept)


def _with_listed(blocks: list[Block], best: list[Section], listed: list[Section]) -> list[Section]:
    """The best style's sections with the items of a numbered list of dosed items that it skipped, each one
    exercise; the best style's as they are when one of its sections holds the list in its body (numbered steps under
    an exercise's heading)."""
    first, last = listed[0].start, listed[-1].start
    if any(section.start < first and max(_covered(blocks, [section])) >= first for section in best):
        return best
    if not any(first <= section.start <= last for section in best):
        return best
    starts = {section.start for section in best}
    later = {id(block) for block in blocks[first + 1:]}
    names = {section.start: section.name for section in listed}
    # an item the best style read keeps its name (unless the name holds the dose: "Nordic curl 2 x 5, slowly"), but
    # is the whole exercise as the list's items are (the paragraph after the last one is none of its own); those it
    # skipped are added
    kept = [section if not first <= section.start <= last else replace(
        section, body=tuple(block for block in section.body if id(block) not in later) + _for_the_list(
            tuple(block for block in section.body if id(block) in later)),
        name=names.get(section.start, section.name) if find_mentions(section.name) else section.name)
        for section in best]
    return sorted([*kept, *(section for section in listed if section.start not in starts)],
                  key=lambda section: section.start)


def _others(by_style: dict[tuple[str, int], list[Section]], chosen: tuple[str, int]) -> list[list[Section]]:
    """The sections of the styles that may fill the parts `chosen` leaves, in order of priority."""
    return [by_style[style] for style in _by_priority(by_style) if style[0] in _PART_STYLES and style != chosen]


def _by_priority(by_style: dict[tuple[str, int], list[Section]]) -> list[tuple[str, int]]:
    return sorted(by_style, key=lambda style: _PRIORITY.index(style[0]))


def _covered(blocks: list[Block], sections: list[Section]) -> set[int]:
    at = {id(block): index for index, block in enumerate(blocks)}
    covered: set[int] = set()
    for section in sections:
        covered.add(section.start)
        covered.update(at[id(block)] for block in section.body if id(block) in at)
    return covered


def _dosed(section: Section) -> bool:
    return bool(section.shared) or bool(find_mentions(section.heading)) or any(
        find_mentions(sentence) for block in section.body for sentence in sentences(block.text))


def _with_other_parts(blocks: list[Block], best: list[Section], others: list[list[Section]], start: int,
                      stops: set[int]) -> list[Section]:
    """The best style's sections, and those of the parts of the article it does not cover: a warm-up told in
    prose above a list, a cool-down as "Child's pose for 1 minute" items under bold-named exercises. In each
    such part (a run of blocks no section of the best style holds, up to a stop), the first other style with
    sections wholly inside it that state a dose adds them, else the part's running prose does."""
    covered = _covered(blocks, best)
    last = max(covered)
    end = next((index for index in sorted(stops) if index > last), len(blocks))
    parts: list[tuple[int, int]] = []
    index = start
    while index < end:
        if index in covered or index in stops:
            index += 1
            continue
        first = index
        index += 1  # a part ends at the next heading, which starts a part of its own
        while (index < end and index not in covered and index not in stops
               and blocks[index].kind is not BlockKind.HEADING and not _caps_line(blocks[index])):
            index += 1
        parts.append((first, index))
    names = {_name_key(section.name) for section in best}
    added: list[Section] = []
    for first, stop in parts:
        inside = range(first, stop)
        found: list[Section] = _led_in(blocks, inside, names)  # "Warm up first with pendulums: ..." names its own
        # "Warm up first: 5 min on the bike" right above the list, "Finish with side plank, 30s each side" right below
        # (below the list, a note about it may come first: "Tri-sets: do 1, 2 and 3 back to back. Finish: ...")
        beside = first if first - 1 in covered else stop - 1 if stop in covered else None
        if beside == first:
            beside = next((at for at in inside if blocks[at].kind is BlockKind.TEXT and part_lead(blocks[at].text)),
                          beside)
        elif beside is None and stop < len(blocks) and blocks[stop].kind is BlockKind.HEADING and stop <= min(covered):
            # "Start by warming up with ..." at the end of the introduction, over the routine's first heading
            beside = next((at for at in reversed(inside) if blocks[at].kind is BlockKind.TEXT
                           and part_lead(blocks[at].text)), None)
        if (not found and beside is not None and blocks[beside].kind is BlockKind.TEXT
                and (rest := part_lead(blocks[beside].text)) is not None):
            found = _lead_section(blocks, beside, rest)
        for sections in [] if found else others:
            found = [section for section in sections if section.start in inside and _dosed(section)
                     and _covered(blocks, [section]) <= set(inside) and _name_key(section.name) not in names]
            if found:
                break
        heading = blocks[first]
        labelled = _LABELLED_NAME.match(heading.text) if heading.kind is BlockKind.HEADING else None
        body = tuple(blocks[first + 1: stop])
        if not found and labelled and _looks_like_exercise(labelled["name"], heading.text, list(body)):
            # "TODAY'S EXERCISE: WALL SIT" over its paragraph: the heading names the part's one exercise
            found = [Section(labelled["name"].strip(), heading.text, body, first)]
        if (heading.kind is BlockKind.HEADING or _caps_line(heading)) and "?" not in heading.text:
            # "### Warm up" over "Jog gently in place for 2 minutes, then do 10 slow squats."; its prose also when
            # that tells more than another style's lines in it ("Jog ... Keep it going for 1 minute." over "Then
            # make big arm circles: 10 going forwards ...")
            told = prose_sections(blocks, first, stop, least=1)
            found = told if len(told) > len(found) else found
        names |= {_name_key(section.name) for section in found}
        added.extend(found)
    if not added:
        return best
    return sorted([*best, *added], key=lambda section: section.start)


_FOLLOWED = re.compile(r"\bfollowed by\b", re.I)


def _lead_section(blocks: list[Block], at: int, rest: str) -> list[Section]:
    """The exercise a paragraph that opens or closes the routine names after its lead: told in prose ("side plank,
    30s each side"), or a dose before what it is done on ("5 min on the bike, easy")."""
    told = prose_sections([Block(BlockKind.TEXT, rest)], 0, 1, least=1)
    if len(told) == 1 and told[0].name:
        return [replace(told[0], start=at, heading=rest if not told[0].heading else told[0].heading)]
    if len(told) == 2 and all(section.name for section in told) and _FOLLOWED.search(rest):
        # "3 minutes of skipping followed by 10 slow bodyweight squats": the part's two exercises, in order
        return [replace(section, start=at) for section in told]
    candidate = _candidate([Block(BlockKind.ITEM, rest, marker="-")], 0)
    if candidate is None or not candidate.name:
        return []
    body = (Block(BlockKind.ITEM, candidate.inline, marker="-"),) if candidate.inline else ()
    return [Section(candidate.name, rest, body, at)]


def _led_in(blocks: list[Block], inside: range, names: set[str]) -> list[Section]:
    """ "Warm the shoulder up first with pendulums: ... for about a minute" in a paragraph above a list: the one
    exercise of that part, its paragraph its only text."""
    for index in inside:
        block = blocks[index]
        led_in = lead_in_name(block.text) if block.kind is BlockKind.TEXT else None
        if led_in is not None and _name_key(led_in[0]) not in names:
            return [Section(led_in[0], block.text, (), index)]
    return []


def _caps_line(block: Block) -> bool:
    """ "WARM UP" alone on a line of plain text: a part's heading, as "### Warm up" is in Markdown."""
    text = block.text
    return (block.kind is BlockKind.TEXT and text.isupper() and len(text.split()) <= 4 and not find_mentions(text)
            and not text.startswith("("))  # "(JUST ONCE!)" is an aside in brackets, no heading


def _single_exercise(blocks: list[Block], start: int, title: str | None) -> list[Section]:
    """An article about one exercise ("Exercise of the week: the wall push-up"), named after its title."""
    body = [block for block in blocks[start:] if not is_stop(block)]
    doses = any(find_mentions(sentence) for block in body for sentence in sentences(block.text))
    steps = any(is_step(sentence, block.kind is BlockKind.ITEM) for block in body for sentence in sentences(block.text))
    if not (doses and steps):
        return []
    name = _strip_numbering((title or "").split(":")[-1].strip())[0]
    return [Section(name if _heading_like(name) else "", title or "", tuple(body), start)]


_PRIORITY = ["word", "num", "h", "labelled", "bold", "lead", "sentence", "colon", "line", "dosed", "list"]


_FOR_EACH = re.compile(r"\b(?:each|every|all|per)\b|\bof (?:these|them)\b|^[^()]*\([^()]*\d[^()]*\)", re.I)
"""How a heading says its dose is for each exercise under it: "(hold each one for 20 s)", "12 reps of each"."""


_NAMED_RUN = 3
"""List items that are only names (one or more with a dose of its own) that make a list of exercises."""


def _list_sections(blocks: list[Block], start: int, stops: set[int]) -> list[Section]:
    """A list of bare names under a dose stated once ("Do 12 reps of each:", "## Legs (12 reps of each)"): one
    exercise per name, the dose shared."""
    sections: list[Section] = []
    index = start
    while index < len(blocks):
        end = index
        while end < len(blocks) and end not in stops and name_item(blocks[end]) is not None:
            end += 1
        if end - index >= 2:
            shared = _dose_above(blocks, index, start) or _dose_below(blocks, end, stops)
            # "- March on the spot (1 min)" over "- Squats", "- Lunges": names, some with their own dose
            dosed = end - index >= _NAMED_RUN and any(find_mentions(blocks[at].text) for at in range(index, end))
            if shared or dosed:
                for at in range(index, end):
                    name, rest = name_item(blocks[at]) or ("", "")
                    body = (Block(BlockKind.ITEM, rest, marker="-"),) if rest else ()
                    sections.append(Section(name, blocks[at].text, body, at, shared))
        index = max(end, index + 1)
    return sections


FOR_EVERY = re.compile(
    r"\b(?:each|every|all (?:the|these|of the)?|all)\s+(?:exercise|stretch|move|movement|pose|one)s?\b"
    r"|\bbetween (?:the |all )?(?:exercises|moves|movements|stretches|poses)\b|\beverything\b"
    r"|\b(?:each|all|every one) of (?:them|these|those|the (?:exercises|moves|stretches))\b"
    r"|\b(?:of|for) (?:the following|these|those|the above)(?: \d{1,2})? "
    r"(?:exercises|moves|movements|stretches|poses)\b",
    re.I)
"""A sentence about every exercise ("Do each one 10 times", "Rest 30 seconds between exercises", "2 sets of
everything", "8 reps of the following exercises"), not about the one it stands beside ("for everyone who ..." is
about people, not exercises)."""


def _for_all(block: Block) -> bool:
    return any(find_mentions(sentence) and FOR_EVERY.search(sentence) for sentence in sentences(block.text))


def _dose_below(blocks: list[Block], end: int, stops: set[int]) -> tuple[str, ...]:
    """The sentences just below a list of names that give every one of them a dose ("Do each one 10 times.")."""
    said: list[str] = []
    for index in range(end, min(end + 2, len(blocks))):
        block = blocks[index]
        if index in stops or block.kind is not BlockKind.TEXT:
            break
        said += [sentence for sentence in sentences(block.text)
                 if find_mentions(sentence) and FOR_EVERY.search(sentence)]
    return tuple(said)


def name_item(block: Block) -> tuple[str, str] | None:
    """ "Calf raise" or "Ear to shoulder, each side": a list item that is only a name (with its sides)."""
    if block.kind is not BlockKind.ITEM or dropped_item(block.text):
        return None
    # "Chair squats (touch the seat, stand back up)": the comma in the brackets parts no name from its sides
    bracket = re.search(r"\s*\([^()]*\)\s*$", block.text)
    unbracketed = block.text[: bracket.start()] if bracket else block.text
    name, _, rest = unbracketed.partition(", ")
    if bracket and not rest:
        name = block.text
    dashed = None if rest else re.match(r"^(?P<name>[^–—]{2,60}?)\s+[-–—]\s+(?P<rest>\S.*)$", block.text)
    if dashed:
        # "Forward fold (Uttanasana) – 1 minute": the name, then its own dose; "– as long as you like": a word on it
        name, rest = dashed.group("name"), dashed.group("rest")
    if rest and not is_dose_only(rest) and not (dashed and not find_mentions(rest) and len(rest.split()) <= 6):
        return None
    aside = re.search(r"\s*\((?P<said>[^()]*)\)\s*$", name)
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name).strip()  # "Push-ups (on your knees is fine)"
    # a dose in brackets makes a short instruction a name too ("March on the spot (1 min)"), as for a candidate
    dosed = aside is not None and bool(find_mentions(aside["said"])) and not re.search(r"[.!?]$", name)
    if not (_heading_like(name) or dosed) or find_mentions(name) or len(name.split()) > 6:
        return None
    return name, rest


def _dose_above(blocks: list[Block], first: int, start: int) -> tuple[str, ...]:
    """The sentences stating a dose just above a list: the lines before it, up to its heading."""
    said: list[str] = []
    for index in range(first - 1, max(start, first - 4) - 1, -1):
        block = blocks[index]
        # "⏱ 30 sec each, no rest" (an emoji's bullet) above "1️⃣ hundred pumps": a line of its own over the list
        other_list = (block.kind is BlockKind.ITEM
                      and (item_number(block.marker) is None) != (item_number(blocks[first].marker) is None)
                      and index == first - 1 and re.search(r"\b(?:each|every|all)\b", block.text, re.I) is not None)
        if block.kind is BlockKind.ITEM and not other_list:
            break
        dosed = [sentence for sentence in sentences(block.text) if find_mentions(sentence)]
        said[:0] = dosed
        if block.kind is BlockKind.HEADING or (dosed and block.kind is BlockKind.TEXT) or other_list:
            # the nearest paragraph's doses: one above it ("Start with a minute of shoulder rolls") is its own
            break
    return tuple(said)


def _with_group_doses(blocks: list[Block], sections: list[Section], start: int) -> list[Section]:
    """Sections under a heading that states a dose for each exercise in it ("## Neck (hold each for 20 s)").

    One pass: the heading that counts is the nearest one above a section that is not itself an exercise's."""
    starts = {section.start for section in sections}
    heading_above: dict[int, int | None] = {}
    latest: int | None = None
    for index in range(start, len(blocks)):
        if index in starts:
            heading_above[index] = latest
        elif blocks[index].kind is BlockKind.HEADING:
            latest = index
    out: list[Section] = []
    for section in sections:
        at = heading_above.get(section.start)
        text = blocks[at].text if at is not None else ""
        if not section.shared and at is not None and find_mentions(text) and _FOR_EACH.search(text):
            section = Section(section.name, section.heading, section.body, section.start, (text,))
        out.append(section)
    return out


_MAX_NAMESAKES = 3
"""The most other descriptions merged into one exercise (an article describes one twice: a table and a paragraph)."""


def _dosed_namesakes(best: list[Section], by_style: dict[tuple[str, int], list[Section]]) -> list[Section]:
    """Of two styles that name the same exercises in the same order, the one whose every section gives a dose (a
    workout box's table) over one that gives none (the moves explained under headings below it): the doses are
    where the routine is, and the explanations merge into them as namesakes. (One explanation may seem dosed by a
    pull quote under it: fewer than half dosed is none.)"""
    if not best or 2 * sum(_dosed(section) for section in best) >= len(best):
        return best
    names = [_name_key(section.name) for section in best]
    for sections in by_style.values():
        if (sections is not best and [_name_key(section.name) for section in sections] == names
                and all(_dosed(section) for section in sections)):
            return sections
    return best


def _merge_namesakes(best: list[Section], others: list[Section]) -> list[Section]:
    """An exercise described twice (a table row with its dose, a paragraph with its steps) becomes one section."""
    by_name: dict[str, list[Section]] = {}
    for other in others:
        namesakes = by_name.setdefault(_name_key(other.name), [])
        if len(namesakes) <= _MAX_NAMESAKES:  # one more than kept, in case one is the section itself
            namesakes.append(other)
    merged: list[Section] = []
    for section in best:
        key = _name_key(section.name)
        extra = [other for other in by_name.get(key, []) if key and other.start != section.start][:_MAX_NAMESAKES]
        if extra:
            own = " ".join((section.heading, *(block.text for block in section.body)))
            # a recap's "Cat-cow – 8 rounds" under an exercise whose own text says "8 times": said again, left out
            added = tuple(block for other in extra for block in other.body)
            body = section.body + tuple(block for block in added if not restates(own, block.text))
            doubts = tuple(doubt for doubt in dict.fromkeys(differs(section.name, own, block.text) for block in added)
                           if doubt)
            section = replace(section, body=body, doubts=section.doubts + doubts)
        merged.append(section)
    return merged


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.lower()))


def _title(article: Article) -> tuple[str | None, int]:
    """The title and the index of the first block after it."""
    blocks = article.blocks
    for index, block in enumerate(blocks[:3]):
        if block.kind is BlockKind.HEADING and block.level == 1:
            return block.text, index + 1
    if blocks and blocks[0].kind is BlockKind.HEADING:
        # "## Monday - Push" over a table: the top heading is the title when no other heading is as high
        level = blocks[0].level
        numbered = _strip_numbering(blocks[0].text)[0] != blocks[0].text.strip().rstrip(":")
        if not numbered and not any(b.kind is BlockKind.HEADING and b.level <= level for b in blocks[1:]):
            return blocks[0].text, 1
    if blocks and blocks[0].kind is BlockKind.TEXT:
        first = blocks[0].text
        numbered_first = re.match(r"^(?:1\b|exercise 1\b|step 1\b)", first, re.I)
        if len(first.split()) <= 16 and not re.search(r"[.!?,;:]$", first) and not numbered_first:
            return first, 1
    return article.title, 0


def _candidate(blocks: list[Block], index: int) -> _Candidate | None:
    """How `blocks[index]` could be an exercise heading, if it could."""
    block = blocks[index]
    text = block.text.strip()
    if block.kind is BlockKind.ITEM and dropped_item(text):
        return None  # "Wall slides – dropped for now": no exercise of this routine
    if block.kind is BlockKind.TEXT and is_address_line(text):
        return None  # "2 Station Road" in a letter's heading: no count of anything
    if block.kind is BlockKind.TEXT and counts_exercises(text):
        return None  # "8 Office Stretches to Do Before Lunch": a title counting the exercises, no 8 reps of one
    if block.kind is not BlockKind.ITEM and _ADVICE_HEADING.match(text) and named_exercise(text) is None:
        return None  # "Choose 3 or 4 exercises", "Repeat the exercise": advice on the routine, whose doses are all's
    if block.kind is BlockKind.ITEM and (described := described_item(text)) is not None:
        # "Band rows, elbows by your sides: 3 x 12": a name, how to hold it, then the dose
        return _Candidate(index, ("colon", 1), *described)
    if block.kind is BlockKind.HEADING:
        name, rest = _strip_numbering(text)
        if _GENERIC.match(name.rstrip(":")) or _PART_HEADING.match(name) or text.endswith("?"):
            return None  # a question ("Q: Is heat or ice better?") heads its answer, not an exercise
        return _Candidate(index, ("h", block.level), name, rest)
    if ((m := _WORD_NUMBERED.match(_without_topic(text))) and not _UNIT_FIRST.match(m.group("rest"))
            and not (m.group("word").lower() == "step" and not m.group("n").isdigit()
                     and _LIMB_FIRST.match(m.group("rest")))):
        # ("Rest position 1 minute": the number is a time, not the position's number)
        rest = m.group("rest").strip()
        if _heading_like(rest) or not rest:
            return _Candidate(index, ("word", 0), rest.rstrip(":"))
        if block.kind is BlockKind.TEXT or m.group("word").lower() != "step":
            return _Candidate(index, ("word", 0), "", rest)
    if (m := _LABELLED_NAME.match(text)) and _heading_like(m.group("name")):
        return _Candidate(index, ("labelled", 0), m.group("name").strip())
    if block.kind is BlockKind.TEXT and (m := _NAME_IN_SENTENCE.match(text)):
        name, rest = m.group("name") or m.group("name2"), m.group("rest") or m.group("rest2")
        if _heading_like(name) and not find_mentions(name):
            return _Candidate(index, ("sentence", 0), name.strip(), rest)
    if block.kind is BlockKind.TEXT and (sentence_named := name_sentence(text)) is not None:
        return _Candidate(index, ("lead", 0), *sentence_named)
    if block.lead and not block.bold and text.startswith(block.lead):
        name = _strip_numbering(block.lead.strip(" .:-–—"))[0]
        rest = text[len(block.lead):].lstrip(" .:-–—")
        if _heading_like(name, colon=True) and not _is_label(name) and not is_dose_only(name):
            # an item's bold lead is read as its siblings' "Name: dose" are, so "**Thoracic opener** (side-lying): 6
            # each side" among "**Leg swings**: 10 each leg" items is one of them
            return _Candidate(index, ("lead", 0) if block.kind is BlockKind.TEXT else ("colon", 1), name, rest)
    numbered_item = block.kind is BlockKind.ITEM and block.marker[:1].isalnum()
    if numbered_item and text.endswith(":") and _heading_like(text) and not _is_label(text.rstrip(":")) and not (
            _PART_HEADING.match(text.rstrip(":")) or _GENERIC.match(text.rstrip(":"))):
        # "3. Cobra Pose:" with nothing after its colon, among "4. Tree Pose: Stand on one leg ...": a name as theirs
        return _Candidate(index, ("colon", 1), text.rstrip(":").strip(), "")
    dashed = re.match(r"^(?P<name>[^–—]{2,60}?)\s+[–—]\s+(?P<rest>\S.*)$", text)
    if numbered_item and _heading_like(text) and not (dashed and starts_with_dose(dashed["rest"])):
        # not "Bird dog – 10 each side, slowly": a name and its dose line (the next rule reads it)
        return _Candidate(index, ("num", 1), text.rstrip(":"))
    if (block.kind is BlockKind.TEXT and (m := _NUMBER_SPACE.match(text)) and _heading_like(m.group("rest"))
            and not is_dose_only(text)):
        return _Candidate(index, ("num", 2), m.group("rest").rstrip(":"))
    if block.bold and _heading_like(text) and not _is_label(_strip_numbering(text)[0].rstrip(":")):
        # not "**Coach notes:**", "**Tips from Dana:**": a note's label over its note
        return _Candidate(index, ("bold", 0), _strip_numbering(text)[0].rstrip(":"))
    if m := _NAME_COLON.match(text):
        name = _strip_numbering(m.group("name"))[0]
        # "Jog on the spot - 2 minutes": an instruction is a name too when only a dose follows it
        named = _heading_like(name, colon=True) or (
            is_dose_only(m.group("rest")) and len(name.split()) <= 6 and not re.search(r"[.!?,;]$", name)) or (
            _noun_name_then_how(name, m.group("rest")))
        if named and not _is_label(name) and not find_mentions(name):
            return _Candidate(index, ("colon", 0 if block.kind is BlockKind.TEXT else 1), name, m.group("rest"))
    if (long_named := _instruction_and_dose(block)) is not None:
        return _Candidate(index, ("colon", 1), *long_named)
    if block.kind is BlockKind.ITEM and (m := _NAME_PAREN_DOSE.match(text)) and find_mentions(m.group("rest")):
        name = _strip_numbering(m.group("name"))[0]
        # a dose in brackets makes any short phrase a name ("Walk it out (1 min)")
        if len(name.split()) <= 6 and not re.search(r"[.!?]$", name) and not find_mentions(name):
            return _Candidate(index, ("colon", 1), name, m.group("rest"))
    # "warm up 5 min brisk walk or march on the spot": a part's word, then a dose-first line
    original = text
    led = _PART_LEAD.sub("", text) if block.kind is BlockKind.TEXT else text
    short_line = block.kind is BlockKind.TEXT and len(led.split()) <= (7 if led == text else 9)
    text = led
    # "10 slow bodyweight squats, only as low as feels good": the item's dose-first part, then how
    head, _, manner = text.partition(", ")
    first_part = _MANNER.sub("", head) if block.kind is BlockKind.ITEM and manner and not _is_label(
        re.sub(r"^[\d\s.x×-]+", "", head)) else text
    if (block.kind is BlockKind.ITEM or short_line) and (m := _DOSE_THEN_NAME.match(first_part)):
        # "10 x squats", "20 sec plank", "12 lunges per leg": the dose first, then the name
        name = m.group("name").strip()
        rest = _dose_first(m)
        unit = re.fullmatch(r"(?:minutes?|mins?|seconds?|secs?|hours?|reps?|sets?|times)", name, re.I) or re.match(
            r"(?:rest|break|recovery|pause)\b", name, re.I)  # "90s rest between sets" is a rest, not an exercise
        if (_heading_like(name) and not find_mentions(name) and find_mentions(rest) and is_dose_only(rest)
                and not _PEOPLE.match(name) and not unit):  # "5-6 minutes" under a byline: a reading time
            inline = f"{rest}, {manner}" if first_part != text else rest
            # a part's line ("warm up 5 min brisk walk") is the whole exercise, not a heading over what follows
            return _Candidate(index, ("colon", 1 if block.kind is BlockKind.ITEM else 0), name, inline,
                              alone=led != original)
    if block.kind is BlockKind.ITEM and (m := _NAME_DOSE_TAIL.match(text)):
        # "Child's pose for 1 minute", "Seated forward fold, hold for 45 seconds": a name, then only its dose;
        # "chin tucks, 10 reps with a 5 sec hold. Pull your head back.": its dose, then how, in one item
        name, rest = m.group("name").strip(), m.group("rest")
        # "Push-ups × 10 (knees are fine)": an aside in brackets after the dose is no part of it
        said = [re.sub(r"\s*\([^()]{1,60}\)\s*$", "", sentence) or sentence for sentence in sentences(rest)]
        # "march on the spot for 2 minutes": an instruction is a name too when only its dose follows it
        named = _heading_like(name) or (len(said) == 1 and len(name.split()) <= 6 and name.split()[0].lower() in VERBS)
        # "Bodyweight squats x12, nice and slow": the dose, then how, after a comma
        dosed = bool(said) and (is_dose_only(said[0]) or (is_dose_only(said[0].split(",")[0]) and len(said) == 1))
        # not "Repeat 8 times.", "Keep going for 1 minute.": the steps under a heading, no exercise's name
        if dosed and named and not find_mentions(name) and not _is_label(name) and not is_step_fragment(name):
            return _Candidate(index, ("colon", 1), name, rest, alone=len(said) > 1)
    # not "Target: legs" under "Chair squats": a field's label and its words name no exercise
    label_line = (m := _NAME_COLON.match(text)) is not None and _is_label(_strip_numbering(m.group("name"))[0])
    short = _heading_like(text) and len(text.split()) <= 6 and not find_mentions(text) and not label_line
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    paren = _NAME_PAREN_DOSE.match(text) if block.kind is BlockKind.TEXT else None
    if (paren and following is not None and following.kind is BlockKind.TEXT and find_mentions(paren["rest"])
            and is_dose_only(paren["rest"]) and paren["name"][:1].isalpha() and _heading_like(paren["name"])
            and len(paren["name"].split()) <= 6):
        # "Centring (2 minutes)" over its paragraph: a name and its dose in brackets, as items have them
        return _Candidate(index, ("line", 0), paren["name"].strip(), paren["rest"])
    if block.kind is BlockKind.TEXT and short and following is not None and not _another_heading(following):
        # a short line over a paragraph: Title Case or not ("Chest stretch"), it names what follows
        return _Candidate(index, ("line", 0), text.rstrip(":"))
    if (block.kind is BlockKind.ITEM and block.marker == "-" and short and following is not None
            and following.kind is BlockKind.TEXT and not _another_heading(following)):
        # "👉 Chin tuck" over its paragraph: a bullet (an emoji, often) used as a heading
        return _Candidate(index, ("line", 1), text.rstrip(":"))
    return None


_INSTRUCTION_DOSE = re.compile(r"^(?P<how>[A-Z][^:]{20,200}?):\s+(?P<rest>\S.*)$")
_NAME_END = re.compile(r"\s*(?:\(|,|;|\s(?:in|with|on|using|holding|from|at)\s)")


def _instruction_and_dose(block: Block) -> tuple[str, str] | None:
    """(name, dose) of a list item that tells how to do a move, at length, then gives its dose after a colon ("Raise
    your arm to shoulder height in the scaption line (thumb up) with a tin of beans: 2 x 10"): the words before its
    first aside or "in ...", "with ..." are the name. None for any other block."""
    m = _INSTRUCTION_DOSE.match(block.text.strip())
    if block.kind is not BlockKind.ITEM or m is None or not starts_with_dose(m["rest"]) or find_mentions(m["how"]):
        return None
    if not is_dose_only(m["rest"].split(",")[0]):
        return None
    name = _NAME_END.split(m["how"], maxsplit=1)[0].strip()
    return (name, m["rest"]) if 2 <= len(name.split()) <= 6 else None


_PEOPLE = re.compile(r"^(?:people|persons|users|readers|members|others|votes|likes|comments|replies|views|upvotes|"
                     r"shares|reviews|ratings)\b", re.I)
"""What a count before it makes no dose: "87 people found this helpful", "14 comments"."""


def _dose_first(m: re.Match[str]) -> str:
    """The dose of a dose-first line: "10 x", "5 min each side"; a bare count before a name ("10 walking lunges")
    is its reps."""
    dose = m.group("dose").strip()
    if re.fullmatch(r"\d+(?:\s*[-–]\s*\d+)?", dose):
        dose += " reps"
    return f"{dose} {m.group('tail') or ''}".strip()


def _counts_not_numbers(blocks: list[Block], candidates: dict[tuple[str, int], list[_Candidate]]) -> None:
    """Lines such as "10 leg swings each side", "10 walking lunges" are counts, not a numbered list, when their
    numbers do not run 1, 2, 3...: they become dose-first exercises ("Leg swings", 10 reps each side)."""
    group = candidates[("num", 2)]
    numbers = [int(m.group("n")) for c in group if (m := _NUMBER_SPACE.match(blocks[c.index].text.strip()))]
    if numbers[:1] in ([1], [0]) and all(b > a for a, b in itertools.pairwise(numbers)):
        return
    kept: list[_Candidate] = []
    for candidate in group:
        m = _DOSE_THEN_NAME.match(blocks[candidate.index].text.strip())
        name = m.group("name").strip() if m else ""
        if m and _PEOPLE.match(name):
            continue  # "87 people found this helpful": no exercise at all
        if m and _heading_like(name) and not find_mentions(name):
            rest = _dose_first(m)
            candidates.setdefault(("colon", 0), []).append(_Candidate(candidate.index, ("colon", 0), name, rest))
        else:
            kept.append(candidate)
    if ("colon", 0) in candidates:
        candidates[("colon", 0)].sort(key=lambda c: c.index)
    if kept:
        candidates[("num", 2)] = kept
    else:
        del candidates[("num", 2)]


_COUNT_FIRST = re.compile(r"^(?P<n>\d{1,3})\s+(?=[A-Za-z])")


def _counted_names(blocks: list[Block], group: list[_Candidate]) -> list[_Candidate]:
    """ "12 Close Grip Push Ups - keep your elbows in ...", "1 Minute High Knees - run on the spot ...": a count (or a
    time) before the name of a "Name - how" line is its dose, not the line's number, when the lines' numbers do not
    run 1, 2, 3 ... (the name lost its number as numbering, and the exercise its count)."""
    counted = [(at, c) for at, c in enumerate(group) if _COUNT_FIRST.match(blocks[c.index].text.strip())]
    numbers = [int(_COUNT_FIRST.match(blocks[c.index].text.strip())["n"]) for _, c in counted]  # type: ignore[index]
    if len(counted) < 2 or (numbers[:1] in ([1], [0]) and all(b == a + 1 for a, b in itertools.pairwise(numbers))):
        return group
    out = list(group)
    for at, candidate in counted:
        line = _NAME_COLON.match(blocks[candidate.index].text.strip())
        # "1 Minute High Knees": a unit in capitals is a unit still
        said = re.sub(r"^(\d+\s+)(minutes?|mins?|seconds?|secs?)\b", lambda unit: unit[1] + unit[2].lower(),
                      line["name"].strip(), flags=re.I) if line else ""
        m = _DOSE_THEN_NAME.match(said) if line else None
        if m is None or not _heading_like(m["name"]) or find_mentions(m["name"]):
            continue
        aside = re.search(r"\(([^()]{1,40})\)\s*$", line["name"]) if line else None
        dose = f"{_dose_first(m)} {aside[1] if aside else ''}".strip()
        # the dose said after the instructions, as a sentence of its own: cut out of the steps whole
        inline = candidate.inline.strip()
        out[at] = replace(candidate, name=m["name"].strip(),
                          inline=f"{inline}{'' if re.search(r'[.!?]$', inline) or not inline else '.'} {dose}.".strip())
    return out


def _is_label(name: str) -> bool:
    """ "Reps", "Sets x Time", "Coach's notes": a field label, not an exercise's name."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    return bool(_LABEL.match(name) or find_mentions(name) or words <= _DOSE_LABEL_WORDS
                or name.lower().endswith(("notes", "note", "tip", "tips"))
                or bool(re.match(r"(?:notes?|tips?|comments?)\s+(?:from|by)\b", name, re.I)))


def _another_heading(block: Block) -> bool:
    """A short line that is itself a heading, not a dose line ("Time: 30 secs each leg") under one."""
    text = block.text
    return (block.kind is BlockKind.TEXT and _heading_like(text) and not find_mentions(text)
            and not _NAME_COLON.match(text))


def _strip_numbering(text: str) -> tuple[str, str]:
    """ "2. Cat-Cow Stretch" -> "Cat-Cow Stretch"; "Exercise 3: Bird dog" -> "Bird dog"; "Step 1" -> ""."""
    text = re.sub(r"^(?:#\s*)?[A-Z]\d{1,2}[.):]?\s*[-–—:]?\s+", "", text.strip())  # "A1 - Split squat" in a program
    if (labelled := _LABELLED_NAME.match(text)) and _heading_like(labelled.group("name")):
        return labelled.group("name").strip(), ""
    if m := _WORD_NUMBERED.match(_without_topic(text)):
        rest = m.group("rest").strip()
        return (rest.rstrip(":"), "") if _heading_like(rest) or not rest else ("", rest)
    if m := _NUMBER_SPACE.match(text) or re.match(r"^\d{1,2}\s*[.)]\s+(?P<rest>\S.*)$", text):
        return m.group("rest").strip().rstrip(":"), ""
    return text.rstrip(":").strip(), ""


def _without_topic(text: str) -> str:
    """ "Sciatica Exercise 1" -> "Exercise 1": the topic words are not the exercise's name."""
    m = _TOPIC.match(text)
    return text[m.end():] if m and all(word[:1].isupper() for word in m.group(0).split()) else text


def _heading_like(text: str, colon: bool = False) -> bool:
    """Short, no sentence punctuation at the end, and not an instruction ("Lie on your back")."""
    text = text.strip().rstrip(":").strip()
    # an aside in brackets is no part of its length
    text = re.sub(r"^(?=.*[A-Za-z].*\()(.*?\S)\s*\([^()]*\)$", r"\1", text)
    words = text.split()
    if not words or len(words) > 8 or len(text) > 70 or "?" in text:
        return False
    if re.search(r"[.!,;]$", text) and not text.endswith("etc."):
        return False
    if re.search(r"\b[A-Za-z]*[a-z]{2}[.!]\s+[A-Z]", text):
        return False  # "That's it. Two questions": two sentences ("St. Mary's" is one)
    if not re.match(r"[A-Za-z0-9(\"']", text):
        return False
    low = numerals(text)
    if is_dose_only(text):
        return False
    first = re.sub(r"[^a-z']", "", words[0].lower())
    instruction = first in VERBS and re.search(r"\b(?:your|the|a|an|both|one|each|it|this|you)\b", low)
    if (instruction and not re.search(r"\d", text) and (known := named_exercise(text)) is not None
            and known.whole_name and known.start == 0):
        return True  # "Sit to stand with a head turn": a known exercise's name that starts with its verb
    return not (instruction and not _title_case(text))


def _noun_name_then_how(name: str, rest: str) -> bool:
    """ "Arch massage with a ball (tennis ball) - roll it under the arch": a name whose first word is also a verb
    ("arch") but whose second is no word an instruction goes on with, then an instruction after the dash."""
    words = re.sub(r"\s*\([^()]*\)\s*$", "", name).split()
    follow = rest.split()[0].lower() if rest.split() else ""
    return (2 <= len(words) <= 6 and follow in VERBS and words[1].lower() not in VERBS and not re.match(
        r"(?:your|the|a|an|both|one|each|it|this|you|on|onto|to|into|up|down|out|over|back|in|with|at|from|off|"
        r"through|around|across|forward|forwards|slowly|gently|tall|straight)$", words[1], re.I))


def _title_case(text: str) -> bool:
    words = [word for word in re.findall(r"[A-Za-z][A-Za-z']*", text) if word.lower() not in _SMALL]
    return bool(words) and (text.isupper() or all(word[0].isupper() for word in words))


def _sections(blocks: list[Block], group: list[_Candidate], stops: set[int], style: tuple[str, int]) -> list[Section]:
    """Sections for one heading style; only those whose body reads like an exercise are kept."""
    starts = {candidate.index for candidate in group}
    sections: list[Section] = []
    unsure: list[Section] = []
    for candidate in group:
        end = candidate.index + 1
        row = blocks[candidate.index].table
        while (end < len(blocks) and end not in starts and end not in stops and not _ends(blocks[end], style)
               and not (row and not blocks[end].table)  # a note after a table is no part of its last row
               and not (blocks[end].kind is BlockKind.ITEM and dropped_item(blocks[end].text))  # an item taken out
               and not _labels_another_list(blocks, candidate.index, end)
               and not (blocks[candidate.index].kind is BlockKind.ITEM and blocks[end].kind is BlockKind.TEXT
                        and _PART_LABEL.match(blocks[end].text))
               and not candidate.alone):
            end += 1
        body = list(blocks[candidate.index + 1: end])
        if candidate.inline:
            kind = BlockKind.ITEM if blocks[candidate.index].kind is BlockKind.ITEM else BlockKind.TEXT
            body.insert(0, Block(kind, candidate.inline, marker="-" if kind is BlockKind.ITEM else ""))
        heading = blocks[candidate.index].text
        if _looks_like_exercise(candidate.name, heading, body):
            sections.append(Section(candidate.name, heading, tuple(body), candidate.index))
        elif style == ("num", 1) and _told_move(candidate.name, body):
            unsure.append(Section(candidate.name, heading, tuple(body), candidate.index))
    if len(sections) >= 2 and unsure:
        # "7. Run with high knees" over "Similar to the A skips, but ...": a numbered move of the list told in words
        # no rule reads as an instruction; kept (its dose assumed, with a warning), not dropped unsaid
        first = sections[0].start
        sections = sorted([*sections, *(s for s in unsure if s.start > first)], key=lambda s: s.start)
    return sections


def _told_move(name: str, body: list[Block]) -> bool:
    """A numbered name over a paragraph of its own (five words or more), no label or closing heading."""
    return (bool(name) and not STOP.match(name) and not _GENERIC.match(name) and not _BYLINE.match(name)
            and not find_mentions(name) and _heading_like(name)
            and any(block.kind is BlockKind.TEXT and len(block.text.split()) >= 5 for block in body))


_PART_LABEL = re.compile(r"^(?:finisher|burnout|bonus|cool[- ]?down|warm[- ]?up|to finish)\s*:\s*\S", re.I)
"""A paragraph that opens with the label of another part of the routine ("Finisher: plank for 1 min."): no part of
the list item above it."""


def _labels_another_list(blocks: list[Block], item: int, at: int) -> bool:
    """Whether the block at `at`, below a list item that states its dose (at `item`), is a short label over more
    list items ("Other stuff" over "- walking 20 min a day"): another list, no part of the item's exercise."""
    label, after = blocks[at], blocks[at + 1] if at + 1 < len(blocks) else None
    return (blocks[item].kind is BlockKind.ITEM and bool(find_mentions(blocks[item].text))
            and find_intervals([blocks[item].text]) is None  # "Format: 30 s work, 15 s rest": the routine's timing
            and label.kind is BlockKind.TEXT and len(label.text.split()) <= 4
            and not re.search(r"[\d.!?:]", label.text) and after is not None and after.kind is BlockKind.ITEM)


def _ends(block: Block, style: tuple[str, int]) -> bool:
    """A heading of the same or a higher rank ends an exercise's section; a sub-heading does not. Below a list
    item, a part's heading in capitals ("READER QUESTION" in a newsletter) ends the item's section too."""
    if block.kind is not BlockKind.HEADING:
        return style[1] == 1 and style[0] in ("colon", "num", "lead", "bold") and _caps_line(block)
    if style[0] == "h":
        return block.level <= style[1]
    return not _GENERIC.match(block.text.rstrip(":"))


_BYLINE = re.compile(r"^(?:(?:answered|asked|posted|written|reviewed|shared|sent)\s+by|follow-?up\s+from|reply\s+from|"
                     r"(?:expert|best|top|accepted)\s+answer)\b", re.I)
"""Who wrote what on a question-and-answer page ("Answered by Helen", "Expert answer"): no exercise's name."""


_HOW_LABEL = re.compile(r"^\s*(?:how to(?: do it| perform it)?|instructions|directions|technique|method|form|"
                        r"start|starting position|position|set-?up|action|movement|modification|easier|harder)\s*:\s+",
                        re.I)
"""A label before an exercise's instructions ("How to do it: Stand tall."), after its name."""


def _looks_like_exercise(name: str, heading: str, body: list[Block]) -> bool:
    if STOP.match(name) or _GENERIC.match(name) or _BYLINE.match(name):
        return False
    if find_mentions(heading) or named_counts(heading, name):
        return True
    for block in body:
        for sentence in sentences(block.text):
            # "Plank shoulder taps – 20 taps, alternating": a count of its own movement is a dose too
            item = block.kind is BlockKind.ITEM
            # "How to do it: Leap sideways ...": the instruction after a label is an instruction still
            sentence = _HOW_LABEL.sub("", sentence)
            # "15." alone after "Up on your toes, down slowly.": a count alone is a dose (read as its reps)
            if (is_step(sentence, item) or find_mentions(sentence) or named_counts(sentence, name)
                    or lone_count(sentence) is not None):
                return True
    return False


def _lead_sentence_name(body: list[Block]) -> tuple[str, list[Block]]:
    """ "Prayer stretch. Press your palms together ...": a numbered paragraph whose first sentence is a short name
    (no instruction, no dose) is named by it; the rest is its body."""
    said = sentences(body[0].text) if body else []
    if len(said) < 2:
        return "", body
    first = said[0].strip().rstrip(".")
    words = first.split()
    if (len(words) > 5 or not said[0].strip().endswith(".") or not _heading_like(first) or find_mentions(first)
            or words[0].lower() in VERBS):
        return "", body
    rest = body[0].text.strip()[len(said[0].strip()):].strip()
    return first, [Block(body[0].kind, rest), *body[1:]]


_SAME_AS = re.compile(r"^\s*(?:the\s+)?(?:same\s+as|as\s+(?:in|for)?)\s*(?:\(?\d{1,2}\)?|above|before|"
                      r"(?:the\s+)?(?:one|last|previous)(?:\s+(?:one|exercise))?(?:\s+above)?|exercise\s+\d{1,2})\b"
                      r"[^.]{0,80}?\bbut\b", re.I)
"""A numbered paragraph told by another: "Same as (3) but with the other heel down", "As above, but on one leg"."""


_ROUNDS_ITEM = re.compile(r"^\s*(?:\d{1,2}|two|three|four|five|six)\s+(?:rounds?|circuits?)\s*[.:]?\s*$", re.I)
"""A list item that only says how many rounds ("3 rounds"), first in its list."""


def _prose_sections(blocks: list[Block], start: int) -> list[Section]:
    """Numbered paragraphs that each carry their own dose: one unnamed exercise each.

    Numbering that starts again at 1 means lists of steps under exercises named some other way: none then."""
    sections: list[Section] = []
    undosed: list[Section] = []
    """Numbered paragraphs without a dose: exercises when a paragraph below them gives every one its dose."""
    after = start
    first: int | None = None
    numbers: list[int] = []
    for index in range(start, len(blocks)):
        block = blocks[index]
        numbered = block.kind is BlockKind.ITEM and block.marker[:1].isdigit()
        m = _NUMBER_SPACE.match(block.text) if block.kind is BlockKind.TEXT else None
        if not (numbered or m):
            continue
        first = index if first is None else first
        number = int(m.group("n")) if m else int(re.sub(r"\D", "", block.marker) or 0)
        if numbers and number <= numbers[-1]:
            return []
        numbers.append(number)
        text = m.group("rest") if m else block.text
        body = [Block(BlockKind.TEXT, text)]
        for following in itertools.islice(blocks, index + 1, None):  # not a copy of the rest at every number
            if following.kind is not BlockKind.TEXT or _NUMBER_SPACE.match(following.text) or is_stop(following):
                break
            if following.kind is BlockKind.TEXT and block.kind is BlockKind.ITEM and _for_all(following):
                break  # "Do each one 10 times." below a numbered list: the list's, not its last item's
            body.append(following)
        name, body = _lead_sentence_name(body)
        if any(find_mentions(part.text) for part in body):
            sections.append(Section(name, "", tuple(body), index))
        elif any(is_step(sentence, True) for part in body for sentence in sentences(part.text)):
            undosed.append(Section(name, "", tuple(body), index))
        after = index + len(body)
    if few_dosed_steps(len(numbers), len(sections)) or only_dose_steps(
            [section.body[0].text for section in sections], len(numbers)):
        return []  # "1. Sit back. 2. Lift your knee. ... 5. Hold for 10 seconds. 6. Relax.": one exercise's steps
    if not sections and len(undosed) >= 2 and (shared := _dose_below(blocks, after, set())
                                               or shared_dose_above(blocks, first)):
        # "1. Spread your fingers ... 2. Circle your wrists ...", then "Do each one 10 times."
        return [replace(section, body=section.body[:1], shared=shared) for section in undosed]
    if sections and undosed:
        # "4. Same as (3) but with the other heel on the mat." between dosed paragraphs: an exercise of the list
        # too (its dose assumed, with a warning), not left out without one
        first, last = sections[0].start, sections[-1].start
        named = all(section.name for section in sections)
        # "3. Bicep curls. Stand on the band ..." after "2. Chest press. ... Repeat 10 times.": a named move of the
        # list whose dose the page forgot, kept (its dose assumed, with a warning) rather than dropped unsaid;
        # "5) On your hands and knees, arch your back. Repeat multiple times." after a dosed one: an exercise too
        between = [section for section in undosed if (first < section.start < last
                   and _SAME_AS.match(section.body[0].text if section.body else ""))
                   or (named and section.name and first < section.start
                       and not WRAP_UP.match(section.name) and not STOP.match(section.name))
                   or (first < section.start and reads_like_a_move(" ".join(part.text for part in section.body)))]
        sections = sorted([*sections, *between], key=lambda section: section.start)
    return sections


def _without_contents(best: list[Section]) -> list[Section]:
    """The sections without one that is only a list of the others' names ("Stretches for sciatica:" over "Pigeon
    pose", "Seated pigeon", ... each of them a heading further down): the page's contents, no exercise."""
    names = {_name_key(section.name) for section in best}

    def contents(section: Section) -> bool:
        items = [block for block in section.body if block.kind is BlockKind.ITEM]
        if len(items) < 2 or len(items) != len(section.body) or find_mentions(section.heading):
            return False
        listed = [_name_key(_strip_numbering(block.text)[0]) for block in items]
        return sum(key in names and key != _name_key(section.name) for key in listed) * 3 >= 2 * len(listed)

    kept = [section for section in best if not contents(section)]
    return kept if kept else best
