"""The blocks an article is read into, and the text clean-up shared by the text and HTML readers."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from voiceroutine.importer.avoid_lines import is_avoid_line
from voiceroutine.importer.keyword_lines import is_keyword_line
from voiceroutine.importer.phase_columns import first_phase
from voiceroutine.importer.table_cells import name_and_how


class BlockKind(enum.Enum):
    """The role a block has in the article's layout."""

    HEADING = "heading"
    """A marked heading: Markdown `#`, HTML `<h1>`-`<h6>`, or a setext underline."""
    ITEM = "item"
    """A bulleted or numbered list item."""
    TEXT = "text"
    """A paragraph or a loose line."""


@dataclass(frozen=True, slots=True)
class Block:
    """One block of an article, its text cleaned of markup."""

    kind: BlockKind
    text: str
    """The words, without the list marker or heading hashes."""
    level: int = 0
    """Heading level 1-6 for a HEADING; 0 otherwise."""
    marker: str = ""
    """The list marker of an ITEM: "-" for any bullet, "1." or "a)" style for a numbered one."""
    bold: bool = False
    """True when the whole block is bold (a heading in disguise)."""
    lead: str = ""
    """The bold words a block starts with when the rest is not bold ("Glute bridge." in "**Glute bridge.** Lie...")."""
    table: bool = False
    """A table's row (an ITEM): an exercise read from one ends with the table, not at the next exercise."""


@dataclass(frozen=True, slots=True)
class Section:
    """The text of one exercise."""

    name: str
    """Its name as the article gives it, numbering removed; "" when the article names none."""
    heading: str
    """The whole heading line, which may carry a dose ("Plank - 30 seconds")."""
    body: tuple[Block, ...]
    start: int = 0
    """Index of the section's first block in the article."""
    shared: tuple[str, ...] = ()
    """Sentences that state a dose once for every exercise of the group this one stands in: a section heading
    ("Legs (12 reps of each)") or a line above a list ("Do 10 of each:")."""
    made_name: bool = False
    """The name was made from the article's words (a movement in running prose), not given as a name."""
    optional: tuple[str, ...] = ()
    """Sentences after it in its paragraph that add something only sometimes ("On weekends I add a 20 minute run"):
    no part of the routine, quoted in a warning on it."""
    doubts: tuple[str, ...] = ()
    """Warnings found while reading its text, for the exercise read from it."""


STOP = re.compile(
    r"^(?:conclusion|in conclusion|summary|in summary|the bottom line|bottom line|takeaways?|key takeaways?|"
    r"final (?:thoughts|words)|wrapping up|references|sources|citations|related(?: \w+)*|leave a (?:reply|comment)|"
    r"comments?|\d[\d,.]*k? comments?|discussion(?: about this (?:post|article|story))?|"
    r"(?:most relevant|top|newest|all) comments|most relevant|"
    r"view (?:all|\d+ more) comments|view all [\d,.]+k? comments|\d+ repl(?:y|ies)|"
    r"write a (?:public )?comment|about the author|about us|share(?: this)?|faqs?|frequently asked questions|"
    r"(?:community |reader )?q\s?&\s?a$|"
    # "Q&A · 23 questions", "Questions and answers: 4": the readers' questions, not the routine
    r"(?:community |reader )?(?:q\s?&\s?a|questions and answers)\s*(?:[·|:–—-]\s*)?\d+\s*(?:questions?)?$|"
    r"questions and answers$|\d+ (?:questions|answers)$|"
    r"you (?:may|might) also like|read (?:more|next)|more from|newsletter|subscribe|disclaimer|"
    r"when to (?:see|call|contact) a (?:doctor|physician|professional)|we want you|speech tips|"
    r"(?:what|exercises|things|activities|movements|moves) to avoid(?: for now)?|when to (?:move on|progress)|"
    r"general (?:advice|activity advice|tips)|"
    r"(?:notes?|comments?|advice) from your (?:physio(?:therapist)?|therapist|clinician|doctor|gp|nurse)|"
    r"post navigation|tags|categories|advertisement|sponsored|"
    r"(?:this (?:week|month|issue)'s |today's |our )?sponsors?|popular posts|recent posts|sorted by)\b"
    r"|^\[[–-]\]\s+\S+\s+(?:\d+\s+points?|\d+\s+\w+\s+ago)", re.I)
"""What ends the exercises of an article: its conclusion, references, comments and other page furniture."""


POST_FOOTER = re.compile(r"^last edited by\s+\S+.{0,80}\b\d{4}\b", re.I)
"""A forum post's footer ("Last edited by sam_k on Thu Feb 05, 2026 8:10 am, edited 2 times in total"): the opening
post, and its plan, end there; the replies below it are other people's."""


def is_stop(block: Block) -> bool:
    """A heading or line that ends the exercises ("Conclusion", "Leave a reply", "Related posts")."""
    text = block.text.strip().rstrip(":").strip()
    if block.kind is not BlockKind.ITEM and POST_FOOTER.match(text):
        return True
    if block.kind is not BlockKind.ITEM and _LINKS_LABEL.match(text):
        return True  # "You might also like: [5 Glute Exercises] · [The 10-Minute Desk Workout]": other posts
    if block.kind is not BlockKind.ITEM and is_keyword_line(text):
        return True  # "Keywords: hiit, no equipment, 20 minute workout": a card's search tags end its exercises
    if block.kind is not BlockKind.ITEM and is_avoid_line(block.text):
        return True  # "Avoid the following stretches while ...:" over a list of them
    if block.kind is not BlockKind.ITEM and WRAP_UP.match(text):
        return True  # "That's it - about 10 minutes. Tee times on Saturday ...": the routine ended above
    return len(text.split()) <= 8 and bool(STOP.match(text)) and block.kind is not BlockKind.ITEM


WRAP_UP = re.compile(r"^(?:and\s+|so\s+)?(?:that's|that is|that’s)\s+(?:it|all|the lot)(?:\s+for\s+today)?"
                     r"\s*(?:[.!:;,]|[-–—]\s|$)", re.I)
"""A paragraph that says the routine is over ("That's it.", "That's all. It takes me about ten minutes", "And
that's it!!"): what follows it (how long it took, tee times, a reply) is no exercise's. "That's it for the warm-up"
goes on, so it is none."""


_LINKS_LABEL = re.compile(r"^(?:you (?:may|might) also (?:like|enjoy)|popular posts|recent posts)\s*:\s*\S", re.I)
"""A line that lists other posts after its label, however long the list; not "Read more: ..." or "Related: ...",
which news pages put in the middle of the article too."""


_DOSE_START = re.compile(
    r"^(?:[x×]\s*\d{1,3}\b|\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:[x×]\s*\d{1,3}\b\s*)?(?:[,.;]|$|(?:reps?|repetitions|times|"
    r"each|per|on each|a side|seconds?|secs?|s|minutes?|mins?|breaths?|brs?|slow|slowly|sets?|x|×)\b))", re.I)
"""A line that starts with its dose: "10 each side, slowly", "x8", "2 x 12, squeeze at the top", "12, slowly"."""
_BARE_NAME = re.compile(r"^[A-Za-z][A-Za-z'’()/& -]{0,58}[A-Za-z)]$")
"""A list item that is only a name: words, no number, no sentence end."""


def without_lists_under(blocks: list[Block], heading: re.Pattern[str]) -> list[Block]:
    """The blocks without the list items that follow a heading `heading` matches (a heading, a bold line, or a line of
    text ending in a colon), up to the first block that is no item; the heading stays, so that it still ends what
    stood before it. Equipment lists and notes lists are left out so (`equipment.py`, `note_lists.py`)."""
    out: list[Block] = []
    dropping = False
    for block in blocks:
        if block.kind is BlockKind.ITEM and dropping:
            continue
        text = block.text.strip()
        heads = block.kind is BlockKind.HEADING or block.bold or (block.kind is BlockKind.TEXT and text.endswith(":"))
        dropping = heads and bool(heading.match(text))
        out.append(block)
    return out


def starts_with_dose(text: str) -> bool:
    """ "10 each side, slowly", "x8", "12, squeeze at the top": a line that starts with its dose."""
    return bool(_DOSE_START.match(text.strip()))


def with_dose_line(name: str, line: str) -> str | None:
    """ "Bird dog" over "10 each side, slowly": the item as the name, a dash and its dose ("Bird dog – 10 each side,
    slowly"), the layout read as a name and its own dose; None when `line` is no dose line under a bare name."""
    name, line = name.strip(), line.strip()
    if not _BARE_NAME.match(name) or len(name.split()) > 6 or not _DOSE_START.match(line):
        return None
    return f"{name} – {line}"


MAX_BLOCK_CHARS = 2000
"""A paragraph or list item longer than this is read as several (cut after a sentence, else between words): no
exercise's paragraph is this long, and it bounds the work any rule does on one block, so reading an article takes
time linear in its length whatever it holds."""

_URL = r"\([^()]*(?:\([^()]*\)[^()]*)*\)"
"""A link's target in brackets, with one level of brackets inside (Wikipedia's "Plank_(exercise)"). Unrolled
(each repeat starts with "(") instead of a possessive `*+`, which Python 3.10 cannot compile: giving anything
back leaves a character that is no ")", so it fails at once, as the possessive form would."""
_IMAGE = re.compile(rf"!\[[^\[\]]*\]{_URL}")
_LINK = re.compile(rf"\[([^\[\]]+)\]{_URL}")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
# none of these can run past the next "[", "(" or "<", where the next try starts: each reads the text once


def without_comments(text: str) -> str:
    """HTML comments removed; one that never ends is left as it is. Each "<!--" looks for its end once."""
    out: list[str] = []
    done = 0
    while (start := text.find("<!--", done)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[done:start])
        done = end + 3
    out.append(text[done:])
    return "".join(out)


def _unbold(text: str) -> str:
    """ "**word**" and "__word__" -> "word", pairing each mark with the next same mark at least a character
    later (what the pattern `(**|__)(.+?)\1` did, without reading the rest of the text again at every mark that
    has no pair)."""
    out: list[str] = []
    done = 0
    alive = ["**", "__"]
    while alive:
        found = [(at, mark) for mark in alive if (at := text.find(mark, done)) >= 0]
        alive = [mark for at, mark in found]
        if not found:
            break
        at, mark = min(found)
        end = text.find(mark, at + 3)
        if end < 0:
            alive.remove(mark)  # no pair for this mark here, so none for a later one either
            continue
        out.append(text[done:at])
        out.append(text[at + 2:end])
        done = end + 2
    out.append(text[done:])
    return "".join(out)


def clean_inline(text: str) -> str:
    """Drop Markdown inline markup and squeeze whitespace; time linear in the length of `text`."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", without_comments(text))
    text = _unbold(text)
    text = re.sub(r"(?<![\w*])\*(\S(?:[^*]*\S)?)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(\S(?:[^_]*\S)?)_(?![\w_])", r"\1", text)
    text = text.replace("`", "")
    return re.sub(r"\s+", " ", text).strip()


_DITTO = re.compile(r'^(?:"|\'\'|〃|”|“|ditto|do\.?|same|as above|-"-)$', re.I)
"""A cell that repeats the one above it: a ditto mark ("), "ditto", "as above"."""


def with_dittos(cells: list[str], previous: list[str] | None) -> list[str]:
    """A table row with each ditto cell replaced by the cell above it (itself written out already)."""
    if previous is None:
        return cells
    return [previous[index] if _DITTO.match(cell.strip()) and index < len(previous) else cell
            for index, cell in enumerate(cells)]


def table_row(header: list[str], cells: list[str]) -> str:
    """A table row as a "Name: 3 sets, 10 reps" line, the units taken from the column headings."""
    parts: list[str] = []
    header, cells = first_phase(header, cells)
    # the name column is the one headed "Exercise" (or "Name", "Move"), else the first that is not a number
    named = [i for i, heading in enumerate(header) if re.search(r"exercise|name|move|stretch|pose", heading, re.I)]
    plain = [i for i, cell in enumerate(cells) if cell.strip() and not re.fullmatch(r"[#\d.]+", cell.strip())]
    column = (named or plain or [0])[0]
    for index, (heading, cell) in enumerate(zip(header, cells, strict=False)):
        if index == column or (index < column and re.fullmatch(r"[#\d.]*", cell.strip())):
            continue
        heading, cell = heading.lower(), cell.strip()
        if not cell or cell in ("-", "–", "—") or re.search(r"\b(?:kgs?|lbs?|weights?|loads?)\b", heading):
            continue  # a column of weights lifted ("Wk 1 kg": "60/70/80") is a log, not a dose
        bare = re.fullmatch(r"\d+(?:\s*[-–]\s*\d+)?", cell)
        pyramid = re.fullmatch(r"\d{1,3}(?:\s*/\s*\d{1,3}){1,5}", cell)
        if pyramid and "rep" in heading:
            # "12/10/8" under "Reps": a set of 12, one of 10, one of 8; one count for every set is 8-12
            counts = [int(count) for count in cell.split("/")]
            cell = f"{len(counts)} sets of {min(counts)}-{max(counts)} reps"
        elif bare and "set" in heading:
            cell = f"{cell} sets"
        elif bare and ("rep" in heading or "times" in heading):
            cell = f"{cell} reps"
        elif bare and re.search(r"\bmin", heading):
            cell = f"hold {cell} minutes"
        elif bare and re.search(r"hold|time|duration|sec|\(s\)", heading):
            cell = f"hold {cell} seconds"
        elif bare and "rest" in heading:
            cell = f"rest {cell} seconds"
        elif "rest" in heading and "rest" not in cell.lower():
            cell = f"rest {cell}"
        parts.append(cell)
    name = cells[column].strip() if column < len(cells) else ""
    name, how = name_and_how(name)
    return (f"{name}: {', '.join(parts)}" + (f". {how}" if how else "")) if parts else name
