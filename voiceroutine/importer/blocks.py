"""The blocks an article is read into, and the text clean-up shared by the text and HTML readers."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


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


STOP = re.compile(
    r"^(?:conclusion|in conclusion|summary|in summary|the bottom line|bottom line|takeaways?|key takeaways?|"
    r"final (?:thoughts|words)|wrapping up|references|sources|citations|related(?: \w+)*|leave a (?:reply|comment)|"
    r"comments?|\d+ comments?|about the author|about us|share(?: this)?|faqs?|frequently asked questions|"
    r"you (?:may|might) also like|read (?:more|next)|more from|newsletter|subscribe|disclaimer|"
    r"when to (?:see|call|contact) a (?:doctor|physician|professional)|we want you|speech tips|"
    r"post navigation|tags|categories|advertisement|sponsored|popular posts|recent posts)\b", re.I)
"""What ends the exercises of an article: its conclusion, references, comments and other page furniture."""


def is_stop(block: Block) -> bool:
    """A heading or line that ends the exercises ("Conclusion", "Leave a reply", "Related posts")."""
    text = block.text.strip().rstrip(":").strip()
    return len(text.split()) <= 8 and bool(STOP.match(text)) and block.kind is not BlockKind.ITEM


def clean_inline(text: str) -> str:
    """Drop Markdown inline markup and squeeze whitespace."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<!--.*?-->|</?[a-zA-Z][^>]*>", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(\S(?:[^*]*\S)?)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(\S(?:[^_]*\S)?)_(?![\w_])", r"\1", text)
    text = text.replace("`", "")
    return re.sub(r"\s+", " ", text).strip()


def table_row(header: list[str], cells: list[str]) -> str:
    """A table row as a "Name: 3 sets, 10 reps" line, the units taken from the column headings."""
    parts: list[str] = []
    # the name column is the one headed "Exercise" (or "Name", "Move"), else the first that is not a number
    named = [i for i, heading in enumerate(header) if re.search(r"exercise|name|move|stretch|pose", heading, re.I)]
    plain = [i for i, cell in enumerate(cells) if cell.strip() and not re.fullmatch(r"[#\d.]+", cell.strip())]
    column = (named or plain or [0])[0]
    for index, (heading, cell) in enumerate(zip(header, cells, strict=False)):
        if index == column or (index < column and re.fullmatch(r"[#\d.]*", cell.strip())):
            continue
        heading, cell = heading.lower(), cell.strip()
        if not cell or cell in ("-", "–", "—"):
            continue
        bare = re.fullmatch(r"\d+(?:\s*[-–]\s*\d+)?", cell)
        if bare and "set" in heading:
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
    return f"{name}: {', '.join(parts)}" if parts else name
