"""Parts of an article timed as intervals, each its own circuit: "## Block 1" over "20 s on, 10 s off, 8 rounds"
and a list of moves, then "## Block 2" with "Same timing as block 1" and its own moves.

A part starts at a heading whose own text gives interval timing (or refers to an earlier part's), or at a short
line that does ("Block 2: same timing as block 1") right above a list. Its moves are the list items in it; its
rounds are the ones it states ("8 rounds", "four rounds of each"), else those of the part it refers to.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from voiceroutine.importer.blocks import Block, BlockKind, Section, is_stop
from voiceroutine.importer.checks import quoted
from voiceroutine.importer.dose import find_mentions
from voiceroutine.importer.headed_moves import headed_moves
from voiceroutine.importer.rounds import MAX_ROUNDS, find_intervals, is_about_rounds, round_count, round_rest
from voiceroutine.importer.steps import sentences
from voiceroutine.importer.structure import name_item

_NUMBERS = dict(zip(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], range(1, 11)))
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")"
_EACH = re.compile(rf"\b{_COUNT}\s+(?:rounds?\s+|intervals?\s+|times\s+)?of\s+each\b", re.I)
"""'four rounds of each': the rounds of the part's circuit, however many intervals it says in all."""
_ROUNDS = re.compile(rf"\b{_COUNT}\s+(?:rounds|intervals|cycles|times through)\b(?!\s+of\s+(?:breath|breathing))"
                     rf"|\brounds\s*[:=]\s*{_COUNT.replace('?P<n>', '?P<m>')}\b", re.I)
_REPEAT = re.compile(rf"\brepeat\s+(?:the\s+(?:whole\s+)?(?:sequence|circuit|set|list)|this(?:\s+circuit)?|it|them)\s+"
                     rf"{_COUNT}\s+times\b", re.I)
"""'repeat the sequence 4 times': the rounds of the part's circuit."""
_PART_ID = rf"(?P<n>\d{{1,2}}|{'|'.join(_NUMBERS)}|[a-d]\b)"
_SAME = re.compile(r"\bsame\s+(?:timings?|intervals?|times|format|protocol|structure|set-?up|as)\b"
                   r"(?:\s+as)?(?:\s+(?:in\s+)?(?:the\s+)?(?:block|part|round|circuit|set|section)\s*"
                   rf"{_PART_ID})?", re.I)
"""'Same timing as block 1', 'same intervals as before': the timing of an earlier part."""
_ALTERNATE = re.compile(r"\balternat(?:e|ing)\b", re.I)
_PART_NUMBER = re.compile(rf"\b(?:block|part|round|circuit|set|section)\s*{_PART_ID}", re.I)
_NAME_THEN = re.compile(r"^(?P<name>[^:,.;–—]{2,50}?)(?:\s*[:,.;]|\s+[-–—])\s*(?P<rest>\S.*)$")
"""An item that names its move, then says how ("Squat jumps: land softly")."""
_TIMING_FIRST = re.compile(r"\s*(?:\d|(?:rest|work|recover)\b)", re.I)
"""An item that starts with its timing, no move's name."""
MAX_PART_BLOCKS = 60
"""The most blocks one part spans: a block of intervals is a heading, a line or two and a short list."""
MAX_HEADER_WORDS = 16
"""A line longer than this is a paragraph, not a part's header."""


@dataclass(frozen=True, slots=True)
class IntervalPart:
    """One part of the article done as a circuit of timed intervals."""

    name: str
    """The circuit's name: the part's heading ("Block 1: squat jumps / push-ups")."""
    header: int
    """The index of the part's heading or header line."""
    end: int
    """The index after its last block."""
    work_ms: int
    rest_ms: int
    timing: str
    """The sentence that gives its timing (an earlier part's, when it refers to one)."""
    rounds: int
    rounds_note: str
    """The article's words for the rounds, and how they were read."""
    said: tuple[str, ...]
    """The part's sentences about its timing and rounds: no move's dose."""
    members: tuple[Section, ...]
    """Its moves, one section each."""
    reference: str | None = None
    """The sentence that gives it an earlier part's timing ("Same timing as block 1."), when one does."""
    round_rest: tuple[int, str] | None = None
    """The rest between its rounds in ms and the words that give it ("Rest 1 min after each round"), when any do."""
    led: bool = False
    """Its timing and rounds are stated in the prose above its list ("Spend 1 minute at each station ... Go round
    twice."), which the routine's rounds are read from too: they are this part's."""


@dataclass(frozen=True, slots=True)
class _Header:
    """A heading or line that may start a part: where it is, where its part ends, and the part's sentences (its own
    and its paragraphs', not its list's)."""

    index: int
    end: int
    text: str
    said: list[str]
    led: bool = False
    """Its timing is in the paragraphs above its line, not in the line."""


def find_interval_parts(blocks: tuple[Block, ...]) -> list[IntervalPart]:
    """The article's parts timed as intervals, in order; [] when it has none."""
    parts: list[IntervalPart] = []
    for header in _headers(blocks):
        timing = find_intervals(header.said)
        reference = next((s for s in header.said if _SAME.search(s)), None)
        earlier = _referred(parts, reference) if timing is None else None
        if timing is None and earlier is None:
            continue
        members = tuple(_members(blocks, header))
        if not members:
            continue
        rounds = _rounds(header.said, len(members))
        if rounds is None and earlier is not None and reference is not None:
            rounds = (earlier.rounds, f"{earlier.rounds_note}, as {quoted(reference)} says")
        if rounds is None:
            continue
        said = tuple(s for s in header.said if (timing is not None and s == timing.quote) or s == reference
                     or _ROUNDS.search(s) or _EACH.search(s) or round_count(s) is not None)
        if timing is not None:
            work, rest, quote = timing.work_ms, timing.rest_ms, timing.quote
        else:
            assert earlier is not None
            work, rest, quote = earlier.work_ms, earlier.rest_ms, earlier.timing
        between = round_rest(header.said)
        said += (between[1],) if between and between[1] not in said else ()
        parts.append(IntervalPart(_name(blocks[header.index]), header.index, header.end, work, rest, quote,
                                  rounds[0], rounds[1], said, members, reference if timing is None else None,
                                  between, header.led))
    return parts


def _headers(blocks: tuple[Block, ...]) -> list[_Header]:
    """Headings and header lines that may start a part, in order: a heading over other timed headings ("## The
    main set" over "### Block 1" and "### Block 2") is none of them, and a line under a kept heading is no header.
    A part spans at most MAX_PART_BLOCKS blocks, so a page of thousands of headings stays linear."""
    headings: list[_Header] = []
    lines: list[_Header] = []
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            last = min(len(blocks), index + 1 + MAX_PART_BLOCKS)
            end = next((at for at in range(index + 1, last) if is_stop(blocks[at]) or (
                blocks[at].kind is BlockKind.HEADING and blocks[at].level <= block.level)), last)
            said = [s for at in range(index, end)
                    if (blocks[at].kind is not BlockKind.ITEM or _about_timing(blocks[at]))
                    and not (blocks[at].kind is BlockKind.HEADING and at > index) for s in sentences(blocks[at].text)]
            headings.append(_Header(index, end, block.text, said))
        elif (block.kind is BlockKind.TEXT and len(block.text.split()) <= MAX_HEADER_WORDS
              and index + 1 < len(blocks) and blocks[index + 1].kind is BlockKind.ITEM):
            end = index + 1
            while end < min(len(blocks), index + 1 + MAX_PART_BLOCKS) and blocks[end].kind is BlockKind.ITEM:
                end += 1
            lines.append(_led_header(blocks, index, end))
        elif (block.kind is BlockKind.ITEM and _NUMBERED.match(block.marker) and index + 1 < len(blocks)
              and len(block.text.split()) <= MAX_HEADER_WORDS + 8 and _is_bullet(blocks[index + 1])):
            # "2. Circuit 1 - 30 seconds of each with a 10 second break, repeat 4 times" over bullets: its moves are
            # the bullets up to the next numbered item, or a bullet naming a numbered item again (a recap)
            labels = {_label(b.text) for b in blocks[:index + 1]
                      if b.kind is BlockKind.ITEM and _NUMBERED.match(b.marker)}
            end = index + 1
            while (end < min(len(blocks), index + 1 + MAX_PART_BLOCKS) and _is_bullet(blocks[end])
                   and _label(blocks[end].text) not in labels):
                end += 1
            lines.append(_Header(index, end, block.text, list(sentences(block.text))))
    timed_headings = [h for h in headings if _timed(h)]
    timed_lines = [h for h in lines if _timed(h)]
    heading_at = [h.index for h in timed_headings]
    line_at = [h.index for h in timed_lines]

    def within(indices: list[int], outer: _Header) -> int:
        return bisect.bisect_left(indices, outer.end) - bisect.bisect_right(indices, outer.index)

    kept = [h for h in timed_headings if within(heading_at, h) == 0 and within(line_at, h) < 2]
    starts = [h.index for h in kept]
    ends = [h.end for h in kept]

    def under_kept(line: _Header) -> bool:
        at = bisect.bisect_left(starts, line.index) - 1
        return at >= 0 and line.index < ends[at]

    kept += [line for line in timed_lines if not under_kept(line)]
    return sorted(kept, key=lambda h: h.index)


MAX_LEAD_BLOCKS = 3
"""Paragraphs above a list's header line that may carry the part's timing."""


def _led_header(blocks: tuple[Block, ...], index: int, end: int) -> _Header:
    """A header line over a list; when it does not time the part, the paragraphs just above it that do, with it
    ("CIRCUIT" / "Spend 1 minute at each station. Take 15 seconds to walk to the next one. Go round twice." /
    "Beginners go round once." over the stations): a part's timing stated in its prose, the list under it."""
    header = _Header(index, end, blocks[index].text, list(sentences(blocks[index].text)))
    if _timed(header) or _title_line(blocks[index]):
        return header  # a title over the list ("CHAPTERS") starts a part of its own: what stands above is not its
    first = index
    while (first > 0 and index - first < MAX_LEAD_BLOCKS and blocks[first - 1].kind is BlockKind.TEXT
           and len(blocks[first - 1].text.split()) <= MAX_HEADER_WORDS * 3):
        first -= 1
        said = [s for at in range(first, index + 1) for s in sentences(blocks[at].text)]
        if find_intervals(said) is not None:
            if first > 0 and blocks[first - 1].kind is BlockKind.HEADING:
                return header  # a heading over the prose and the list: the heading's part holds them
            if first > 0 and _title_line(blocks[first - 1]):
                first -= 1  # "CIRCUIT" over its prose: the part's name
            return _Header(first, end, blocks[first].text, said, led=True)
    return header


def _title_line(block: Block) -> bool:
    """A short line of text that names what follows: a few words with no sentence's end and no dose."""
    words = block.text.split()
    return (block.kind is BlockKind.TEXT and 0 < len(words) <= 4
                                               and not re.search(r"[.!?]$", block.text.strip())
                                               and not find_mentions(block.text))


_NUMBERED = re.compile(r"^\d{1,2}[.)]$")
_LABEL_END = re.compile(r"\s+[–—-]\s+|:\s")


def _is_bullet(block: Block) -> bool:
    return block.kind is BlockKind.ITEM and not _NUMBERED.match(block.marker)


def _label(text: str) -> str:
    """An item's words before its dash or colon, in lower case: "Circuit 1" in "Circuit 1 – 8 minutes"."""
    return _LABEL_END.split(text, maxsplit=1)[0].strip().lower()


def _about_timing(block: Block) -> bool:
    """ "⏱ 40 s work · 20 s rest", "⏸ Rest 1 min after each round": an item that times the part, no move of it (one
    that names its move first, "Squat jumps: 8 rounds of 20 s on, 10 s off", is a move)."""
    return (block.kind is BlockKind.ITEM and _TIMING_FIRST.match(block.text) is not None
            and (find_intervals([block.text]) is not None or is_about_rounds(block.text)))


def _timed(header: _Header) -> bool:
    return find_intervals(header.said) is not None or any(_SAME.search(s) for s in header.said)


def _referred(parts: list[IntervalPart], reference: str | None) -> IntervalPart | None:
    """The earlier part a "same timing as block 1" means: the one its number names, else the one just before."""
    if not parts or reference is None:
        return None
    m = _SAME.search(reference)
    number = m["n"].lower() if m and m["n"] else None
    if number is not None:
        for part in parts:
            own = _PART_NUMBER.search(part.name)
            if own and own["n"].lower() == number:
                return part
    return parts[-1]


def _count(word: str) -> int:
    word = word.lower()
    return _NUMBERS[word] if word in _NUMBERS else int(word)


def _rounds(said: list[str], moves: int) -> tuple[int, str] | None:
    """The rounds a part states, and how they were read: "four rounds of each" as they are; "8 rounds" alternating
    two moves is 8 intervals, 4 rounds of the circuit."""
    for sentence in said:
        if (m := _EACH.search(sentence)) and 1 <= (n := _count(m["n"])) <= MAX_ROUNDS:
            return n, quoted(m.group(0))
    for sentence in said:
        if (m := _REPEAT.search(sentence)) and 2 <= (n := _count(m["n"])) <= MAX_ROUNDS:
            return n, quoted(m.group(0))
    for sentence in said:
        m = _ROUNDS.search(sentence)
        if m is None:
            continue
        n = _count(m["n"] or m["m"])
        if moves > 1 and n % moves == 0 and any(_ALTERNATE.search(s) for s in said):
            return n // moves, (f"{quoted(m.group(0))} alternating {moves} moves: {n // moves} rounds of "
                                "the circuit")
        if 1 <= n <= MAX_ROUNDS * 2:
            return n, quoted(m.group(0))
    # "Go round the whole circuit twice.": rounds said of the whole group, as the routine's rounds are
    return next(((n, quoted(words)) for sentence in said if (hit := round_count(sentence)) for n, words in [hit]),
                None)


def _members(blocks: tuple[Block, ...], header: _Header) -> list[Section]:
    """The moves of a part: its list items, each a section (its name, and the rest of the item as its text)."""
    members: list[Section] = []
    for at in range(header.index + 1, header.end):
        block = blocks[at]
        if block.kind is not BlockKind.ITEM or _about_timing(block):
            continue
        named = name_item(block)
        if named is None:
            # "Squat jumps: land softly", "Push-ups - on your knees is fine": the name, then how
            m = _NAME_THEN.match(block.text)
            named = (m["name"].strip(), m["rest"].strip()) if m else (block.text.strip(), "")
        name, rest = named
        body = (Block(BlockKind.ITEM, rest, marker="-"),) if rest else ()
        members.append(Section(name, block.text, body, at))
    if not members and blocks[header.index].kind is BlockKind.HEADING:
        members = headed_moves(blocks, header.index, header.end)  # "### Squat jumps" under "## The circuit"
    return members or _named_in_prose(blocks, header)


_AFTER_COLON = re.compile(r":\s*(?:just\s+|only\s+)?(?P<name>[A-Za-z][A-Za-z'’ -]{2,40}?)\s*(?:[,.;!]|$)")
"""A move named after a colon in a part with no list ("one move only: mountain climbers, all 8 rounds")."""


def _named_in_prose(blocks: tuple[Block, ...], header: _Header) -> list[Section]:
    """The one move of a part whose text names it after a colon, its other sentences its instructions."""
    for at in range(header.index, header.end):
        block = blocks[at]
        if block.kind is BlockKind.ITEM:
            continue
        for sentence in sentences(block.text):
            m = _AFTER_COLON.search(sentence)
            if m is None or find_mentions(m["name"]) or len(m["name"].split()) > 5:
                continue
            name = m["name"].strip()
            rest = [s for index in range(at, header.end) if blocks[index].kind is BlockKind.TEXT
                    for s in sentences(blocks[index].text) if s != sentence and s not in header.said[:1]
                    and not find_intervals([s]) and not _SAME.search(s) and not _ROUNDS.search(s)]
            body = tuple(Block(BlockKind.TEXT, text) for text in rest)
            return [Section(name[:1].upper() + name[1:], name, body, at)]
    return []


def _name(block: Block) -> str:
    """The circuit's name: a heading as it is; a header line's words before its colon ("Block 2")."""
    text = " ".join(block.text.split())
    if block.kind is BlockKind.HEADING:
        text = re.sub(r"^\d{1,2}[.)]\s+(?=\S)", "", text)  # "1. Get the blood moving": the page's numbering
        # "FINISHER · 3 rounds": the rounds are the circuit's, no part of its name
        before, dot, after = text.partition(" · ")
        return before.strip() if dot and before.strip() and _ROUNDS.search(after) else text
    before, colon, _ = text.partition(":")
    if block.kind is BlockKind.ITEM and not colon:
        # "Circuit 1 – 30 seconds of each ...": the words before its dash
        before = text[:len(_label(text).strip())].strip()
        return before or text
    return before.strip() if colon and before.strip() else text
