"""A second reading of an article that does not depend on how its page marks exercises, and where it wins.

The layout rules (`structure.find_sections`) read exercises by their markup: headings, numbers, bold, a name and a
colon, a list. This reading ignores the markup. Over the blocks after the title, up to the page's comments (page
furniture such as "Advertisement" ends the exercise before it), it splits text into lines (the article's own lines,
where a reader joined them into one paragraph), and longer text into sentences and clauses (`prose.clauses`). An
exercise is a line or clause that names a known exercise (`lexicon.named_exercise`) and gives a dose of its own
(`dose.find_mentions`); or a short line that names a known exercise and gives none, followed by lines or sentences
that give a dose and name no other known exercise (a name over its paragraph, whatever the markup); or a short line
the lexicon does not know right above a line that only gives a dose ("Fire hydrant" over "10 each side"). Its text
runs to the next such exercise.

Section by section, it is compared with the layout reading (`reconcile`):
- a layout section whose text holds two or more such exercises, each a line naming a different exercise with a dose,
  is read as those exercises instead (the layout glued them together), unless they mostly name other sections'
  exercises (a recap);
- such an exercise in blocks no layout section covers joins the routine in its place (a line; a clause only with a
  known name of two or more words; never a habit told, "50 push-ups a day"), and so does a line that leads with a
  short name and gives a dose beside an exercise's line;
- elsewhere the layout reading stands (it knows names the lexicon does not); where the two readings of the same text
  give the same exercise a different dose, or a section holds another known exercise's dosed line, a warning quotes
  the article.
Every exercise split out or joined carries a warning too. The routine never has fewer exercises than the layout
reading gives, but for a recap box: a section under a heading such as "Quick recap" or "At a glance" whose dosed
lines all name other sections' exercises is the routine said again, and is left out with a note."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from voiceroutine.importer.blocks import Block, BlockKind, Section, is_stop
from voiceroutine.importer.checks import quoted
from voiceroutine.importer.described import dropped_item
from voiceroutine.importer.dose import Kind, find_mentions, is_dose_only
from voiceroutine.importer.known_lines import dosed_lead, is_label
from voiceroutine.importer.lexicon import Named, named_exercise
from voiceroutine.importer.numbered_doses import item_name
from voiceroutine.importer.progression import is_progression
from voiceroutine.importer.prose import clauses, exercise_name
from voiceroutine.importer.rounds import find_intervals, is_about_rounds
from voiceroutine.importer.steps import VERBS, is_background, is_note, sentences
from voiceroutine.importer.story import is_told
from voiceroutine.importer.structure import starts_comments
from voiceroutine.importer.told import told_in_past
from voiceroutine.importer.writer import ImportedExercise

_DOSES = frozenset((Kind.REPS, Kind.SETS, Kind.HOLD, Kind.TIMED, Kind.DURATION))
"""A dose of the exercise itself; a rest or sides alone is none."""
_RECAP = re.compile(r"\b(?:recap|summary|at a glance|in short|cheat ?sheet|overview|tl;?dr|quick version|"
                    r"the routine in brief|in brief)\b", re.I)
"""Words of a heading over a box that says the routine again ("Quick recap", "At a glance", "Summary")."""
_PART_LENGTH = re.compile(r"^(?:the\s+)?(?:warm[- ]?up|cool[- ]?down|circuit|main\s+(?:set|part|bit)|finisher|"
                          r"stretches|stretching)\s*\([^()]*\)\s*:?$", re.I)
"""A part of the routine's heading with its length in brackets ("COOL-DOWN (10 minutes)"): no exercise."""
_LINE_WORDS = 14
"""A block of at most this many words, with no sentence end inside it, is read as one line."""
_NAME_WORDS = 6
"""A line that only names an exercise, over the text that gives its dose, is at most this many words."""
_COMPARED = ("reps", "hold", "duration", "sets", "sides")


@dataclass(frozen=True, slots=True)
class _Unit:
    """A line or a clause of the article."""

    block: int
    """The index of its block."""
    text: str
    whole: bool
    """The unit is a line: its block's whole text, or one of the article's own lines in it."""
    named: Named | None
    dosed: bool
    barrier: bool = False
    """A block that ends the exercises before it ("Advertisement", "Related posts"): no read runs over it."""


@dataclass(frozen=True, slots=True)
class _Read:
    """One exercise of the second reading."""

    first: int
    """The index of its first unit."""
    stop: int
    """The index of the unit after its last."""
    named: Named
    own: bool
    """It gives its dose in its own line or clause (not only in the text under its name)."""


def _units(blocks: tuple[Block, ...] | list[Block], start: int, raw: str = "") -> list[_Unit]:
    units: list[_Unit] = []
    pos = 0
    for index in range(start, len(blocks)):
        block = blocks[index]
        if starts_comments(block):
            break
        text = block.text.strip()
        if is_stop(block):
            units.append(_Unit(index, text, True, None, False, True))
            continue
        if not text:
            continue
        lines, pos = _lines(text, raw, pos)
        for line in lines:
            inner = sentences(line)
            first = named_exercise(line) if len(inner) == 1 else None
            # a line of one sentence that leads with its known name ("Push-ups 3x8-12 (when I hit 12 on all three
            # sets I raise my feet)") is a line, however long
            whole = len(inner) == 1 and (len(line.split()) <= _LINE_WORDS or (
                first is not None and first.start == 0 and _strong(line, first, True)))
            pieces = [line] if whole else [clause for sentence in inner if _counts(sentence)
                                           for clause in clauses(sentence)]
            for piece in pieces:
                if not _counts(piece) or _LATER.search(piece) or dropped_item(piece) or "~~" in piece:
                    units.append(_Unit(index, piece, whole, None, False))
                    continue
                named = named_exercise(piece)
                dosed = any(m.kind in _DOSES for m in find_mentions(piece))
                units.append(_Unit(index, piece, whole, named if named and _strong(piece, named, whole) else None,
                                   dosed))
    return _bare_names(units)


_BARE = re.compile(r"^[A-Z][A-Za-z'’/&() -]{1,40}$")
_BARE_WORDS = 5
_NOT_NAME = re.compile(r"\b(?:reps?|sets?|dose|dosage|rounds?|times?|how|hold|rest|duration|tempo|frequency|"
                       r"equipment|tips?|notes?|benefits?|muscles?|level|week|day|today|target|goal|progression)\b",
                       re.I)
"""Words of a label over a dose ("Reps and sets", "How often"), not of an exercise's name."""


def _bare_names(units: list[_Unit]) -> list[_Unit]:
    """Short lines that only name something ("Fire hydrant"), each right above a line that only gives a dose ("10
    each side"): a name the lexicon may not know, over its dose, read as a named exercise's line."""
    out = list(units)
    for at, unit in enumerate(units[:-1]):
        below = units[at + 1]
        text = unit.text.strip()
        if (unit.named is None and unit.whole and below.whole and below.block == unit.block + 1 and below.dosed
                and below.named is None and _BARE.match(text) and len(text.split()) <= _BARE_WORDS
                and text.split()[0].lower() not in VERBS and not is_label(text)
                and not _NOT_NAME.search(text) and is_dose_only(below.text)):
            out[at] = _Unit(unit.block, unit.text, True, Named(text, 0, len(text), text.lower(), True), False)
    return out


_MAX_FOUND = 120
"""A block of more words than this is not looked for in the article's own text (its lines)."""
_MARKUP = re.compile(r"^[\s>*+#|-]*(?:\d{1,2}[.)]\s+)?|[*_`|]+")
_LATER = re.compile(r"^(?:tomorrow|next (?:week|time|session|month)|once you(?:'ve| have)? (?:can|got)|when you can|"
                    r"soon|eventually|that's when)\b|\b(?:move on to|swap|instead|substitute|replace)\b", re.I)
"""A clause about what comes later or in place of something ("Tomorrow we move on to step-ups, 10 on each leg",
"swap the plank for 10 dead bugs"): no exercise of today's routine."""


_LABEL_LINE = re.compile(r"\beach\s*\)?\s*[.!:]?$|\bof each\b", re.I)
"""A dose for each exercise under a label ("Stretch (20 seconds each)"), not the label's own."""


_HABIT = re.compile(r"\b(?:a|per|each|every|most|twice a|once a)\s+(?:day|days|week|weeks|morning|mornings|evening|"
                    r"evenings|night)\b", re.I)
"""How often someone does something ("50 push-ups a day", "swims twice a week"): a habit told, no exercise of the
routine."""


def _lines(text: str, raw: str, pos: int) -> tuple[list[str], int]:
    """A block's text as the lines the article wrote it in, and where in `raw` the search for the next block starts:
    a reader joins a paragraph's lines ("Push-ups 3x8", "Table rows 3x10" under each other) into one block. The
    blocks are looked for in order, from where the one before was found, so a long article is read once."""
    words = re.findall(r"\w+", text)
    if len(words) <= 3 or len(words) > _MAX_FOUND or not raw or len(raw) > _MAX_RAW:
        return [text], pos
    found = re.compile(r"\b" + r"\W+".join(re.escape(word) for word in words) + r"\b").search(raw, pos)
    if found is None:
        return [text], pos
    if "\n" not in found.group():
        return [text], found.end()
    lines = [_MARKUP.sub("", line).strip() for line in found.group().split("\n")]
    return [line for line in lines if line] or [text], found.end()


_MAX_RAW = 500_000
"""An article's own text longer than this is not looked in for lines (no exercise article is so long)."""


def _strong(piece: str, named: Named, whole: bool) -> bool:
    """Whether the piece's known name is what it is about: a known name of two or more words; in a line, a movement
    word that leads it as its name ("Table rows 3x8-12", "Jump rope, 5 min easy"); in a clause, the movement the prose
    reading gives the dose to ("then hold a plank for 45 seconds")."""
    if whole:
        if _LABEL_LINE.search(piece) or (piece.upper() == piece and len(piece.split()) > 1):
            return False  # "STRETCH — 30s each", "LEGS: 12 of each": a label over exercises, with their dose
        if named.whole_name:
            return True
        name = item_name(piece)
        return named.start == 0 and name != piece.strip(" .") and name.lower().startswith(named.words.lower()) and (
            len(name.split()) - len(named.words.split()) <= 1)
    told = exercise_name(piece)
    return told is not None and named.words.lower() in told.lower()


def _counts(sentence: str) -> bool:
    """A sentence whose doses may be an exercise's: not rationale, a later stage, a note, a story or the circuit's
    rounds and timing."""
    return not (is_background(sentence) or is_progression(sentence) or is_note(sentence) or told_in_past(sentence)
                or is_told(sentence) or is_about_rounds(sentence) or find_intervals([sentence]) is not None)


def _reads(units: list[_Unit]) -> list[_Read]:
    """The exercises among the units: a named, dosed unit; or a short named line with no dose whose following
    units give a dose and name no other known exercise."""
    starts: list[tuple[int, Named, bool]] = []
    for at, unit in enumerate(units):
        if unit.named is None:
            continue
        if unit.dosed:
            starts.append((at, unit.named, True))
        elif unit.whole and len(unit.text.split()) <= _NAME_WORDS:
            after = []
            for later in units[at + 1:]:
                if later.barrier or (later.named is not None and later.named.known != unit.named.known):
                    break
                after.append(later)
            if any(later.dosed for later in after):
                starts.append((at, unit.named, False))
    barriers = [at for at, unit in enumerate(units) if unit.barrier]
    return [_Read(at, min([starts[number + 1][0] if number + 1 < len(starts) else len(units),
                           *(barrier for barrier in barriers if barrier > at)]), named, own)
            for number, (at, named, own) in enumerate(starts)]


def _section(blocks: tuple[Block, ...] | list[Block], units: list[_Unit], read: _Read,
             within: Collection[int] | None = None) -> Section:
    """The read exercise as a section: its naming line or clause as the heading, the rest of its text as the body
    (the article's own blocks where it has them whole); only the text in the blocks `within`, when given."""
    head = units[read.first]
    body: list[Block] = []
    for unit in units[read.first + 1:read.stop]:
        if within is not None and unit.block not in within:
            break
        own = unit.text == blocks[unit.block].text.strip() and unit.block != head.block
        block = blocks[unit.block] if own else Block(BlockKind.TEXT, unit.text)
        if not any(block is seen for seen in body):
            body.append(block)
    words = head.named.words if head.named else head.text
    name = item_name(head.text) if head.whole else exercise_name(head.text) or words
    if words.lower() not in name.lower():
        name = words
    name = re.sub(r"(?:\s+(?:for|x|of|about|hold|holding|do))+\s*$", "", name, flags=re.I).strip(" •·*–—-:")
    return Section(name, head.text, tuple(body), head.block, made_name=not head.whole)


@dataclass(frozen=True, slots=True)
class Reconciled:
    """The sections after the second reading, and what it says about them."""

    sections: list[Section]
    warnings: dict[tuple[int, str], list[str]]
    """Warnings for the exercise of a section, by its `key`."""
    notes: tuple[str, ...] = ()
    """What it says about the whole import: a recap box left out."""
    said_again: frozenset[str] = frozenset()
    """The sentences of the recap boxes left out: no exercise's, and no note."""

    def warnings_for(self, section: Section) -> list[str]:
        """The warnings for the exercise read from `section`."""
        return self.warnings.get(_key(section), [])


def reconcile(blocks: tuple[Block, ...] | list[Block], start: int, sections: list[Section],
              build: Callable[[Section], ImportedExercise], raw: str = "") -> Reconciled:
    """The layout reading's `sections`, with the second reading's exercises in place of a section that glues two
    or more of them together and beside them where no section covers one; warnings where the two readings of the
    same text give an exercise different doses. `build` makes an exercise of a section, alone."""
    units = _units(blocks, start, raw) if sections else []
    reads = _reads(units)
    if not reads:
        return Reconciled(sections, {})
    at = {id(block): index for index, block in enumerate(blocks)}
    spans = [{section.start, *(at[id(block)] for block in section.body if id(block) in at)} for section in sections]
    # a block two sections share is read in clauses by the layout reading already: no section there is replaced
    claims = Counter(index for span in spans for index in span)
    shared = {index for index, count in claims.items() if count > 1}
    out: list[Section] = []
    warnings: dict[tuple[int, str], list[str]] = {}
    used: set[int] = set()
    recaps: list[Section] = []
    known_names = [{named.known} if (named := named_exercise(section.name or section.heading)) else set()
                   for section in sections]
    # for each section, the known names of the others
    names = {_key(section): set().union(*(known_names[:number] + known_names[number + 1:]))
             for number, section in enumerate(sections)}
    for section, span in zip(sections, spans, strict=True):
        inside = [number for number, read in enumerate(reads) if units[read.first].block in span]
        own = [reads[number] for number in inside if reads[number].own]
        found = [reads[number] for number in inside]
        lines = all(units[read.first].whole for read in found)
        # a recap of the routine ("Quick recap: Child's pose - 1 min, Cat-cow - 8 rounds ...") names exercises other
        # sections are: no new exercises
        again = [read for read in found if read.named.known in names.get(_key(section), set())]
        if (lines and len(found) >= 2 and len(again) * 2 <= len(found) and not span & shared
                and len({read.named.known for read in found}) == len(found)):
            parts = [_section(blocks, units, read, span) for read in found]
            if units[found[0].first].block == section.start:
                # the section's own line starts the first: it keeps the layout's name and heading
                parts[0] = replace(section, body=parts[0].body)
            out.extend(parts)
            for part in parts[1:] if parts[0].start == section.start else parts:
                warnings.setdefault(_key(part), []).append(
                    f"read as an exercise of its own from {quoted(part.heading)}, which the layout read as part of "
                    f"{quoted(section.name or section.heading)}: check it")
            used.update(inside)
            continue
        if (len(found) >= 2 and len(again) == len(found) and _RECAP.search(section.name or section.heading)
                and named_exercise(section.name or section.heading) is None):
            # "Quick recap" over "Cat-cow – 8 rounds", "Bridge – 10": the exercises above again, no exercise
            used.update(inside)
            recaps.append(section)
            continue
        out.append(section)
        used.update(inside)
        if span & shared:
            continue  # the layout reading cut this block into clauses itself
        known = named_exercise(section.name or section.heading)
        same = [reads[number] for number in inside if known is not None and reads[number].named.known == known.known]
        if len(same) == 1:
            alone = _section(blocks, units, same[0], span)
            said = _differences(build(section), build(alone))
            if said:
                quote = quoted(" ".join((alone.heading, *(block.text for block in alone.body))))
                warnings.setdefault(_key(section), []).append(
                    f"read on its own, the article's text gives it {said}: {quote}; check the dose")
        mine = set(re.findall(r"[a-z]+", (section.name or section.heading).lower()))
        others = [read for read in own if units[read.first].whole and read.named.whole_name
                  and not {word.rstrip("s") for word in read.named.known.split()} & {w.rstrip("s") for w in mine}]
        others = [read for read in others if units[read.first].block != section.start]
        if others:
            warnings.setdefault(_key(section), []).extend(
                f"its text names another exercise with a dose of its own, {quoted(units[read.first].text)}, which "
                "was read as part of it: check it" for read in others)
    joined = _joined(blocks, units, [read for number, read in enumerate(reads) if number not in used], sections,
                     set().union(*spans))
    for part in joined:
        warnings.setdefault(_key(part), []).append(
            f"read as an exercise from {quoted(part.heading)}, which no layout rule read as one: check it")
    if joined:
        out = sorted([*out, *joined], key=lambda section: section.start)
    if not out:
        return Reconciled(sections, {})
    notes = tuple(f"left out {quoted(section.name or section.heading)}: its lines name the exercises read above "
                  "again, with their doses" for section in recaps)
    again_said = frozenset(sentence for section in recaps for block in (blocks[section.start], *section.body)
                           for sentence in sentences(block.text))
    return Reconciled(out, warnings, notes, again_said)


def _joined(blocks: tuple[Block, ...] | list[Block], units: list[_Unit], reads: list[_Read],
            sections: list[Section], covered: set[int]) -> list[Section]:
    """The reads that join the routine: a line that names a known exercise and gives it a dose, in a block no section
    covers, whose words no section has and whose exercise no section names; and a whole block beside an exercise's
    line that leads with a name and then gives a dose ("Hollow body hold 3 x 20-30s" under "Core", beside "Side
    plank 2 x 20 secs"), though the lexicon does not know the name."""
    said = _plain(" ".join(text for section in sections for text in (
        section.heading, *(block.text for block in section.body))))
    names = {named.known for section in sections if (named := named_exercise(section.name or section.heading))}
    joined: list[Section] = []
    for read in reads:
        head = units[read.first]
        if (read.own and (head.whole or read.named.whole_name) and not _HABIT.search(head.text)
                and head.block not in covered
                and blocks[head.block].kind is not BlockKind.HEADING and read.named.known not in names
                and _plain(head.text) not in said):
            joined.append(_section(blocks, units, read, {head.block}))
    lines = {section.start for section in [*sections, *joined]
             if section.start < len(blocks) and blocks[section.start].kind is not BlockKind.HEADING
             and find_mentions(blocks[section.start].text)}
    taken = {section.start for section in joined} | covered
    for unit in units:
        block = blocks[unit.block]
        if (unit.whole and unit.named is None and unit.dosed and unit.text == block.text.strip()
                and unit.block not in taken and block.kind is not BlockKind.HEADING
                and {unit.block - 1, unit.block + 1} & lines and dosed_lead(unit.text)
                and not _PART_LENGTH.match(unit.text.strip())
                and _plain(unit.text) not in said):
            joined.append(Section(item_name(unit.text), unit.text, (), unit.block))
            taken.add(unit.block)
    return joined


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _key(section: Section) -> tuple[int, str]:
    return section.start, section.name


def _differences(layout: ImportedExercise, second: ImportedExercise) -> str:
    """The dose fields the second reading reads from the article's words (not inferred) with a value the layout
    reading does not give, said in words (sides in any order)."""
    said = []
    for key in _COMPARED:
        mine = next((f for f in second.fields if f.key == key and f.note is None), None)
        if mine is None:
            continue
        theirs = layout.value(key)
        if _same(theirs) != _same(mine.value):
            said.append(f"{key} {_shown(mine.value)} (the import has {_shown(theirs)})")
    return ", ".join(said)


def _same(value: object) -> object:
    return frozenset(value) if isinstance(value, tuple) else value


def _shown(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, tuple):
        return " and ".join(str(part) for part in value)
    return str(value)
