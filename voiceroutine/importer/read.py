"""Article text (plain, Markdown or HTML) -> a flat list of blocks: headings, list items, paragraphs."""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser


class InputKind(enum.Enum):
    """What an article was written in."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


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
class Article:
    """An article as blocks, with what it was written in and its own title if it has one."""

    kind: InputKind
    blocks: tuple[Block, ...]
    title: str | None
    """The HTML <title>, when there is one (text articles take their first line later)."""


_HTML_HINT = re.compile(r"<(!doctype\s+html|html|body|head|div|p|h[1-6]|ul|ol|li|article|section|br|span)\b", re.I)
_MD_HINT = re.compile(r"^(#{1,6}\s+\S|\s*[*+-]\s+\S.*$|.*\*\*\S.*\*\*)", re.M)


def detect_kind(text: str) -> InputKind:
    """HTML when it has a few HTML tags, Markdown when it has Markdown headings or bold, else plain text."""
    if len(_HTML_HINT.findall(text[:20000])) >= 2:
        return InputKind.HTML
    if re.search(r"^#{1,6}\s+\S", text, re.M) or re.search(r"\*\*\S[^*\n]*\*\*|\[[^\]\n]+\]\([^)\s]+\)", text):
        return InputKind.MARKDOWN
    return InputKind.TEXT


def read_article(text: str) -> Article:
    """Split an article into blocks, whatever it was written in."""
    text = normalize(text)
    kind = detect_kind(text)
    if kind is InputKind.HTML:
        parser = _HtmlBlocks()
        parser.feed(text)
        parser.close()
        return Article(kind, tuple(parser.blocks), parser.title)
    return Article(kind, tuple(_text_blocks(text)), None)


_CHARS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2009": " ",
                        "\u202f": " ", "\u200b": "", "\ufeff": "", "\u2212": "-", "\u2011": "-", "\u00ad": ""})


def normalize(text: str) -> str:
    """Straight quotes, plain spaces, Unix newlines: one spelling of each character for the rules that follow."""
    text = unicodedata.normalize("NFC", text).translate(_CHARS)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", " ", text)


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


_BULLET = re.compile(r"^\s*(?:[-*+•·–—▪●○◦‣►✓✔]|\u2023)\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\(?(\d{1,2}|[a-zA-Z])[.)]\s+(.*)$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+)\1\s*:?\s*$")
_BOLD_LEAD = re.compile(r"^\s*(\*\*|__)(.+?)\1(?=\s*\S)")


def _lead(raw: str) -> str:
    """The bold lead-in of a Markdown line, unless the whole line is bold."""
    m = _BOLD_LEAD.match(raw)
    return clean_inline(m.group(2)) if m and not _BOLD_LINE.match(raw) else ""


def table_row(header: list[str], cells: list[str]) -> str:
    """A table row as a "Name: 3 sets, 10 reps" line, the units taken from the column headings."""
    parts: list[str] = []
    for heading, cell in zip(header[1:], cells[1:], strict=False):
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
    name = cells[0].strip() if cells else ""
    return f"{name}: {', '.join(parts)}" if parts else name


def _tables(text: str) -> str:
    """Markdown tables -> one "- Name: cells" list line per row, so rows read like "Name: description" items."""
    out: list[str] = []
    header: list[str] | None = None
    for line in text.split("\n"):
        if not re.match(r"^\s*\|.*\|\s*$", line):
            header = None
            out.append(line)
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells if cell):
            continue
        if header is None:
            header = cells
            continue
        out.append("- " + table_row(header, cells))
    return "\n".join(out)


def _text_blocks(text: str) -> list[Block]:
    """Plain text and Markdown, line by line: markers make items and headings, loose lines make paragraphs."""
    text = _tables(re.sub(r"<!--.*?-->", "", text, flags=re.S))
    text = re.sub(r"^\s*(```|~~~).*?^\s*\1\s*$", "", text, flags=re.S | re.M)
    blocks: list[Block] = []
    lines: list[str] = []
    item: Block | None = None

    def flush() -> None:
        nonlocal item
        if item is not None:
            blocks.append(item)
            item = None
        if lines:
            joined = clean_inline(" ".join(lines))
            bold = bool(_BOLD_LINE.match(" ".join(lines)))
            if joined:
                blocks.append(Block(BlockKind.TEXT, joined, bold=bold, lead=_lead(" ".join(lines))))
            lines.clear()

    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if _RULE.match(line):
            if re.match(r"^\s*[=-]+\s*$", line) and len(lines) == 1 and item is None:
                heading = clean_inline(lines[0])
                lines.clear()
                blocks.append(Block(BlockKind.HEADING, heading, level=1 if "=" in line else 2))
            else:
                flush()
            continue
        line = re.sub(r"^\s*>\s?", "", line)
        if m := _MD_HEADING.match(line):
            flush()
            blocks.append(Block(BlockKind.HEADING, clean_inline(m.group(2)), level=len(m.group(1))))
            continue
        m_bullet, m_number = _BULLET.match(line), _NUMBERED.match(line)
        if m_bullet or m_number:
            flush()
            if m_bullet:
                item = Block(BlockKind.ITEM, clean_inline(m_bullet.group(1)), marker="-",
                             bold=bool(_BOLD_LINE.match(m_bullet.group(1))), lead=_lead(m_bullet.group(1)))
            elif m_number:
                marker = m_number.group(1) + ("." if "." in line.split(m_number.group(1), 1)[1][:1] else ")")
                item = Block(BlockKind.ITEM, clean_inline(m_number.group(2)), marker=marker,
                             bold=bool(_BOLD_LINE.match(m_number.group(2))), lead=_lead(m_number.group(2)))
            continue
        if item is not None:
            # an indented or lower-case line continues the list item above it
            if raw[:1].isspace() or line.strip()[:1].islower():
                item = Block(item.kind, clean_inline(item.text + " " + line), item.level, item.marker, item.bold,
                             item.lead)
                continue
            flush()
        if lines and not _continues(lines[-1], line):
            flush()
        lines.append(line.strip())
    flush()
    return blocks


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the paragraph of `previous` (a hard-wrapped line) rather than starting a block."""
    if line.strip()[:1].islower():
        return True
    return len(previous) >= 50 and not re.search(r"[.!?:]\"?$", previous)


_SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "iframe", "button",
         "select", "template", "figure", "figcaption", "head", "menu", "dialog", "canvas", "video", "audio"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "pre", "dt", "dd", "table",
           "ul", "ol", "body", "center", "details", "summary"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}


class _HtmlBlocks(HTMLParser):
    """Collect headings, list items and paragraphs from HTML; skip scripts, navigation and page chrome."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title: str | None = None
        self._skip_depth = 0
        self._skip_stack: list[str] = []
        self._in_title = False
        self._title_parts: list[str] = []
        self._parts: list[str] = []
        self._bold_chars = 0
        self._bold_depth = 0
        self._lead_parts: list[str] = []
        self._lead_state = 0
        """0: no words yet in this block; 1: reading its bold lead-in; 2: past it."""
        self._context: list[tuple[str, int]] = []
        """Open heading / list item / list tags, with the list counter for an <ol>."""
        self._row: list[str] | None = None
        """Cells of the table row being read."""
        self._header: list[str] | None = None
        """The current table's column headings."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "title":
            self._in_title = True
            return
        if self._skip_depth:
            if tag == self._skip_stack[-1] and tag not in _VOID:
                self._skip_depth += 1
            return
        if tag in _SKIP or _is_chrome(attributes):
            if tag not in _VOID:
                self._skip_stack.append(tag)
                self._skip_depth = 1
            return
        if tag in ("b", "strong"):
            self._bold_depth += 1
        if tag == "table":
            self._header = None
        if tag == "tr":
            self._flush()
            self._row = []
        if tag in ("td", "th") and self._row is not None:
            self._parts, self._bold_chars, self._lead_parts, self._lead_state = [], 0, [], 0
        if tag == "br":
            self._parts.append("\n")
        if tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self._flush()
        if tag in ("ol", "ul"):
            start = attributes.get("start") or "1"
            self._context.append((tag, int(start) - 1 if start.isdigit() else 0))
        elif tag == "li":
            self._context.append(("li", 0))
        elif tag in _HEADINGS:
            self._context.append((tag, 0))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            # "Desk Stretches | Example Health": the site's name is not the article's title
            title = re.split(r"\s+[|–—-]\s+", clean_inline("".join(self._title_parts)))[0]
            self.title = title or None
            return
        if self._skip_depth:
            if tag == self._skip_stack[-1]:
                self._skip_depth -= 1
                if not self._skip_depth:
                    self._skip_stack.pop()
            return
        if tag in ("b", "strong"):
            self._bold_depth = max(0, self._bold_depth - 1)
        if tag in ("td", "th") and self._row is not None:
            self._row.append(clean_inline("".join(self._parts)))
            self._parts, self._bold_chars, self._lead_parts, self._lead_state = [], 0, [], 0
            return
        if tag == "tr" and self._row is not None:
            row, self._row = self._row, None
            if self._header is None:
                self._header = row
            elif row and row[0]:
                self.blocks.append(Block(BlockKind.ITEM, table_row(self._header, row), marker="-"))
            return
        if tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self._flush()
        if tag in ("ol", "ul", "li", *_HEADINGS):
            while self._context:
                if self._context.pop()[0] == tag:
                    break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
        elif not self._skip_depth:
            self._parts.append(data)
            if self._bold_depth:
                self._bold_chars += len(data.strip())
            if self._lead_state < 2 and (self._bold_depth or not data.strip()):
                self._lead_state = 1 if self._bold_depth and data.strip() else self._lead_state
                self._lead_parts.append(data)
            elif data.strip():
                self._lead_state = 2

    def _flush(self) -> None:
        text = "".join(self._parts)
        bold = self._bold_chars
        lead = clean_inline("".join(self._lead_parts)) if self._lead_state == 2 else ""
        self._parts, self._bold_chars, self._lead_parts, self._lead_state = [], 0, [], 0
        pieces = [clean_inline(piece) for piece in text.split("\n")]
        pieces = [piece for piece in pieces if piece]
        if not pieces:
            return
        whole = " ".join(pieces)
        is_bold = bold >= len(re.sub(r"\s", "", whole)) * 0.9
        current = self._current()
        if current and current[0] in _HEADINGS:
            self.blocks.append(Block(BlockKind.HEADING, whole, level=_HEADINGS[current[0]]))
        elif current and current[0] == "li":
            self.blocks.append(Block(BlockKind.ITEM, whole, marker=self._item_marker(), bold=is_bold, lead=lead))
        else:
            first, *others = pieces
            self.blocks.append(Block(BlockKind.TEXT, first, bold=is_bold, lead=lead if len(pieces) == 1 else ""))
            self.blocks.extend(Block(BlockKind.TEXT, piece, bold=is_bold) for piece in others)

    def _current(self) -> tuple[str, int] | None:
        for entry in reversed(self._context):
            if entry[0] in _HEADINGS or entry[0] == "li":
                return entry
        return None

    def _item_marker(self) -> str:
        """ "1." style for an <ol> item (counting items of that list), "-" for an <ul> one."""
        for index in range(len(self._context) - 1, -1, -1):
            tag, count = self._context[index]
            if tag in ("ol", "ul"):
                if tag == "ul":
                    return "-"
                if self._context[-1][0] != "li" or self._context[-1][1] == 0:
                    count += 1
                    self._context[index] = (tag, count)
                    self._context[-1] = ("li", count)
                return f"{self._context[-1][1]}."
        return "-"


_CHROME = re.compile(r"\b(nav|navbar|menu|sidebar|footer|header|breadcrumbs?|comments?|share|social|related|"
                     r"newsletter|subscribe|cookie|advert|ads|banner|author-bio|widget|popup|modal)\b", re.I)


def _is_chrome(attributes: dict[str, str | None]) -> bool:
    """Page furniture marked by role, class or id (menus, share bars, comment sections)."""
    if attributes.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    names = " ".join(value for key in ("class", "id") if (value := attributes.get(key)))
    return bool(names and _CHROME.search(names.replace("_", "-").replace("-", " ")))
