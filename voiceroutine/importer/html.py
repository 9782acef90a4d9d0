"""HTML -> blocks with the standard library's parser: headings, list items, paragraphs and table rows;
scripts, navigation and page furniture are skipped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from voiceroutine.importer.accordions import accordion_part
from voiceroutine.importer.blocks import Block, BlockKind, clean_inline, table_row, with_dittos, with_dose_line
from voiceroutine.importer.item_cells import CELL_TAGS, cell_break
from voiceroutine.importer.table_cells import named_cell


def html_blocks(text: str) -> tuple[list[Block], str | None]:
    """The blocks of an HTML page and its <title> (without the site's name)."""
    parser = _HtmlBlocks(text)
    parser.feed(bounded_markup(text))
    parser.close()
    return parser.blocks, parser.title


# unrolled (each repeat starts with a quote) instead of a possessive *+, which Python 3.10 cannot compile
_TAG = re.compile(r"""</?[A-Za-z][^<>"']*(?:(?:"[^"<]*"|'[^'<]*')[^<>"']*)*>|<![^<>]*>|<\?[^<>]*>""")
"""A tag (its quoted values may hold ">" but no "<"), a declaration or a processing instruction: a match can never
run past the next "<", so trying one at every "<" reads the text about once."""


def bounded_markup(text: str) -> str:
    """`text` with every "<" that starts no complete tag or comment written as "&lt;" (text, to the parser).

    The standard library's parser reads an unfinished tag again from each "<" inside it, so `'<a ' * 300000`
    took hours; after this pass every "<" it sees starts a tag that ends before the next "<" (or a comment that
    ends), and it reads the text in one pass. Time is linear in the length of `text`."""
    out: list[str] = []
    done = 0
    comments_end = True
    """False once a comment was found that never ends: no later one ends either."""
    at = text.find("<")
    while at >= 0:
        if text.startswith("<!--", at):
            close = text.find("-->", at + 4) if comments_end else -1
            if close >= 0:
                at = text.find("<", close + 3)
                continue
            comments_end = False
        elif (m := _TAG.match(text, at)) is not None:
            at = text.find("<", m.end())
            continue
        out.append(text[done:at])
        out.append("&lt;")
        done = at + 1
        at = text.find("<", done)
    out.append(text[done:])
    return "".join(out)


_MAX_DEPTH = 64
"""Open lists, items and headings kept at once; deeper nesting (never in a real page) forgets the outermost, so
each tag costs the same however many were left open before it."""


_SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "iframe", "button",
         "select", "template", "figure", "figcaption", "head", "menu", "dialog", "canvas", "video", "audio"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_CELL_BLOCKS = ("p", "div")
"""Blocks a page's editor wraps a table cell's words in (Confluence, Google Docs): inside a row they end no block."""
_BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "pre", "dt", "dd", "table",
           "ul", "ol", "body", "center", "details", "summary"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}


_BOLD_OPEN, _BOLD_CLOSE = "\x02", "\x03"
"""Where bold text starts and ends in a paragraph's text (control characters no page's text keeps: `normalize`
made them spaces), so a paragraph of several bold-led exercises can be cut at its names."""
_BOLD_LED = re.compile(rf"(?:^|(?<=[.!?] ))\s*{_BOLD_OPEN}(?P<name>[^{_BOLD_OPEN}{_BOLD_CLOSE}]{{2,60}}){_BOLD_CLOSE}"
                       r"(?=\s*[-–—:])")


def _unmarked(text: str) -> str:
    return text.replace(_BOLD_OPEN, "").replace(_BOLD_CLOSE, "")


def _bold_led(marked: str) -> list[tuple[str, str]]:
    """(name, what follows) for each bold name that starts a sentence, when there are two or more and the first
    starts the paragraph; else []."""
    plain = re.sub(r"\s+", " ", marked).strip()
    found = list(_BOLD_LED.finditer(plain))
    if len(found) < 2 or found[0].start() != 0:
        return []
    ends = [m.start() for m in found[1:]] + [len(plain)]
    return [(m.group("name"), _unmarked(plain[m.end(): end]).strip())
            for m, end in zip(found, ends, strict=True)]


class _HtmlBlocks(HTMLParser):
    """Collect headings, list items and paragraphs from HTML; skip scripts, navigation and page chrome."""

    def __init__(self, page: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self._page = page
        """The whole page, for the ids its accordions' buttons control."""
        self.blocks: list[Block] = []
        self.title: str | None = None
        self._skip_depth = 0
        self._skip_stack: list[str] = []
        self._content_depth = 0
        """How many <main>, <article> and <section> elements are open: a <header> inside one is content."""
        self._pre_depth = 0
        """How many <pre> elements are open: their line breaks are the text's."""
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
        self._previous_row: list[str] | None = None
        self._cell_end: int | None = None
        self._headed_items: set[int] = set()
        """Depths in `_context` of open <li> items that hold a heading: "<li><h3>Name</h3><p>How</p></li>" is a
        card whose heading names it, so its paragraphs are text under that heading, not items of their own."""
        """Where in the item's parts its last <span> or <div> cell ended, while only space follows it."""
        """The row above, for the ditto marks of the next."""
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
        # a <header> inside <article> is the article's; so is an <aside> there (a boxed workout, not a sidebar)
        in_content_header = tag in ("header", "aside") and self._content_depth > 0
        # an accordion's button in a heading names its section; its collapsed panel is the section's text
        in_heading = any(open_tag in _HEADINGS for open_tag, _ in self._context)
        if (accordion := accordion_part(tag, attributes, in_heading, self._page)) is not None:
            attributes, in_content_header = accordion, True
        if (tag in _SKIP and not in_content_header) or _is_chrome(attributes, tag in _HEADINGS):
            if tag not in _VOID:
                self._skip_stack.append(tag)
                self._skip_depth = 1
            return
        if tag in ("main", "article", "section"):
            self._content_depth += 1
        if tag == "pre":
            self._pre_depth += 1
        if tag in ("b", "strong"):
            if not self._bold_depth:
                self._parts.append(_BOLD_OPEN)
            self._bold_depth += 1
        if tag == "table":
            self._header = self._previous_row = None
        if tag == "tr":
            self._flush()
            self._row = []
        if tag in ("td", "th") and self._row is not None:
            self._parts, self._bold_chars, self._lead_parts, self._lead_state = [], 0, [], 0
        if tag == "br":
            self._parts.append("\n")
        current = self._current()
        if tag in CELL_TAGS and current and current[0] == "li" and (mark := cell_break(self._parts, self._cell_end)):
            self._parts.append(mark)  # "<li><span>Row</span> <span>3 sets · 10 reps each arm</span>": cells apart
        self._cell_end = None
        if tag in _CELL_BLOCKS and self._row is not None:
            self._parts.append(" ")  # "<td><p>Hose drag</p></td>": an editor's paragraph in a cell is the cell's words
        elif tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self._flush()
        if len(self._context) >= _MAX_DEPTH:
            del self._context[0]
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
        if tag in ("main", "article", "section"):
            self._content_depth = max(0, self._content_depth - 1)
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag in ("b", "strong"):
            self._bold_depth = max(0, self._bold_depth - 1)
            if not self._bold_depth:
                self._parts.append(_BOLD_CLOSE)
        if tag in ("td", "th") and self._row is not None:
            self._row.append(clean_inline(_unmarked(named_cell("".join(self._parts), _BOLD_OPEN, _BOLD_CLOSE))))
            self._parts, self._bold_chars, self._lead_parts, self._lead_state = [], 0, [], 0
            return
        if tag == "tr" and self._row is not None:
            row, self._row = self._row, None
            if self._header is None:
                self._header = row
            elif row and row[0]:
                row = self._previous_row = with_dittos(row, self._previous_row)
                self.blocks.append(Block(BlockKind.ITEM, table_row(self._header, row), marker="-", table=True))
            return
        if tag in _CELL_BLOCKS and self._row is not None:
            self._parts.append(" ")
        elif tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self._flush()
        current = self._current()
        self._cell_end = len(self._parts) if tag in CELL_TAGS and current and current[0] == "li" else None
        if tag in ("ol", "ul", "li", *_HEADINGS):
            while self._context:
                if self._context.pop()[0] == tag:
                    break
            self._headed_items = {depth for depth in self._headed_items if depth < len(self._context)}

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
        elif not self._skip_depth:
            # a line break in a page's source is a space ("at the end\nof each round"); <br> and <pre> keep theirs
            self._parts.append(data if self._pre_depth else re.sub(r"[ \t]*\n[ \t]*", " ", data))
            if self._bold_depth:
                self._bold_chars += len(data.strip())
            if self._lead_state < 2 and (self._bold_depth or not data.strip()):
                self._lead_state = 1 if self._bold_depth and data.strip() else self._lead_state
                self._lead_parts.append(data)
            elif data.strip():
                self._lead_state = 2

    def _flush(self) -> None:
        marked = "".join(self._parts)
        bold = self._bold_chars
        lead = clean_inline("".join(self._lead_parts)) if self._lead_state == 2 else ""
        self._parts, self._bold_chars, self._lead_parts, self._lead_state = [], 0, [], 0
        current = self._current()
        if not (current and (current[0] in _HEADINGS or current[0] == "li")):
            led = _bold_led(marked)
            if len(led) > 1:
                # "<p><strong>Squats</strong> - 3 sets of 10. <strong>Plank</strong> - hold 30 s.</p>": one each
                for name, rest in led:
                    self.blocks.append(Block(BlockKind.TEXT, clean_inline(f"{name} {rest}"), lead=clean_inline(name)))
                return
        text = _unmarked(marked)
        pieces = [clean_inline(piece) for piece in text.split("\n")]
        pieces = [piece for piece in pieces if piece]
        if not pieces:
            return
        if len(pieces) >= 2 and (dosed := with_dose_line(pieces[0], pieces[1])) is not None:
            pieces[:2] = [dosed]  # "<li>Bird dog<br>10 each side</li>": the name, then its dose
        whole = " ".join(pieces)
        is_bold = bold >= len(re.sub(r"\s", "", whole)) * 0.9
        current = self._current()
        if current and current[0] in _HEADINGS:
            self.blocks.append(Block(BlockKind.HEADING, whole, level=_HEADINGS[current[0]]))
            if (item := self._item_depth()) is not None:
                self._headed_items.add(item)
        elif current and current[0] == "li" and self._item_depth() not in self._headed_items:
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

    def _item_depth(self) -> int | None:
        """Where in `_context` the innermost open <li> is."""
        for index in range(len(self._context) - 1, -1, -1):
            if self._context[index][0] == "li":
                return index
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


def _is_chrome(attributes: dict[str, str | None], heading: bool = False) -> bool:
    """Page furniture marked by role, class or id (menus, share bars, comment sections). A heading's class
    "recipe-header" or "card-header" says it heads something: no page header."""
    if attributes.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    names = " ".join(value for key in ("class", "id") if (value := attributes.get(key)))
    names = names.replace("_", "-").replace("-", " ")
    if heading:
        names = re.sub(r"\bheader\b", " ", names, flags=re.I)
    return bool(names and _CHROME.search(names))
