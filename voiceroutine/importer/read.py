"""Article text (plain, Markdown or HTML) -> a flat list of blocks: headings, list items, paragraphs."""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, replace

from voiceroutine.importer.aligned import aligned_doses
from voiceroutine.importer.as_many import as_many_lines
from voiceroutine.importer.blocks import (
    MAX_BLOCK_CHARS,
    Block,
    BlockKind,
    clean_inline,
    starts_with_dose,
    table_row,
    with_dittos,
    with_dose_line,
    without_comments,
)
from voiceroutine.importer.board import board_outline
from voiceroutine.importer.boxes import dose_boxes
from voiceroutine.importer.caps_lines import caps_headings
from voiceroutine.importer.card_lines import card_lines
from voiceroutine.importer.carousel_captions import carousel_captions
from voiceroutine.importer.chapters import chapter_lists
from voiceroutine.importer.circled_numbers import circled_number
from voiceroutine.importer.clock_doses import clock_doses
from voiceroutine.importer.coded_lines import coded_lines
from voiceroutine.importer.columns import two_columns
from voiceroutine.importer.doc_comments import without_doc_comments
from voiceroutine.importer.dosed_lines import dosed_lines
from voiceroutine.importer.edits import with_edits
from voiceroutine.importer.equipment import without_equipment
from voiceroutine.importer.footnotes import without_footnotes
from voiceroutine.importer.formats import copied_page_text, saved_file_text
from voiceroutine.importer.framed import framed_headings
from voiceroutine.importer.glued_numbers import unglued_names, unglued_numbers
from voiceroutine.importer.group_doses import with_group_doses
from voiceroutine.importer.html import html_blocks
from voiceroutine.importer.hyphens import joined_words
from voiceroutine.importer.labels import label_items
from voiceroutine.importer.lead_ins import lead_in_blocks
from voiceroutine.importer.led_lines import led_known_lines
from voiceroutine.importer.lexicon import named_exercise
from voiceroutine.importer.loads import without_loads
from voiceroutine.importer.menus import without_menu, without_post_counts
from voiceroutine.importer.named_lists import named_lists
from voiceroutine.importer.note_lists import without_note_lists
from voiceroutine.importer.numbered_column import numbered_column
from voiceroutine.importer.order_words import named_after_order_words
from voiceroutine.importer.ordinal_marks import ordinal_marks
from voiceroutine.importer.outline import outlines
from voiceroutine.importer.paired_items import paired_items
from voiceroutine.importer.picture_labels import picture_labels
from voiceroutine.importer.position_labels import split_position_labels
from voiceroutine.importer.ratings import without_rating_stars
from voiceroutine.importer.reblogs import with_reblogs
from voiceroutine.importer.recap_lists import without_recaps
from voiceroutine.importer.related_links import without_related_links
from voiceroutine.importer.rest_items import rest_items
from voiceroutine.importer.round_lines import round_headings
from voiceroutine.importer.ruled_tables import ruled_tables
from voiceroutine.importer.same_again import with_doses_said_again
from voiceroutine.importer.set_lines import set_lines
from voiceroutine.importer.set_words import defined_set_word
from voiceroutine.importer.sheet_cells import filled_tab_cells, symbol_cells
from voiceroutine.importer.shop_lines import without_shop_lines
from voiceroutine.importer.shortcodes import emoji_shortcodes
from voiceroutine.importer.slide_decks import slide_decks
from voiceroutine.importer.slot_times import without_slot_times
from voiceroutine.importer.stamps import without_stamps
from voiceroutine.importer.station_lines import station_lines
from voiceroutine.importer.step_lines import step_lines
from voiceroutine.importer.step_lists import steps_under_names
from voiceroutine.importer.step_numbers import bare_step_numbers
from voiceroutine.importer.stretch_labels import stretch_label_names
from voiceroutine.importer.sub_lists import sub_list_headings
from voiceroutine.importer.supersets import superset_blocks
from voiceroutine.importer.ticks import ticked_items
from voiceroutine.importer.timed_moves import timed_move_lines
from voiceroutine.importer.word_numbers import word_numbered_lines
from voiceroutine.importer.woven_columns import unwoven_columns


class InputKind(enum.Enum):
    """What an article was written in."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Article:
    """An article as blocks, with what it was written in and its own title if it has one."""

    kind: InputKind
    blocks: tuple[Block, ...]
    title: str | None
    """The HTML <title>, when there is one (text articles take their first line later)."""


_HTML_HINT = re.compile(r"<(!doctype\s+html|html|body|head|div|p|h[1-6]|ul|ol|li|article|section|br|span|table|tr|td|"
                        r"th|dl|dt|dd|strong|em|a)\b", re.I)
_MD_HINT = re.compile(r"^(#{1,6}\s+\S|\s*[*+-]\s+\S.*$|.*\*\*\S.*\*\*)", re.M)


def detect_kind(text: str) -> InputKind:
    """HTML when it has a few HTML tags, Markdown when it has Markdown headings or bold, else plain text."""
    if len(_HTML_HINT.findall(text[:20000])) >= 2:
        return InputKind.HTML
    if re.search(r"^#{1,6}\s+\S", text, re.M) or re.search(r"\*\*\S[^*\n]*\*\*|\[[^\[\]\n]+\]\([^()\s]+\)", text):
        return InputKind.MARKDOWN
    return InputKind.TEXT


def read_article(text: str) -> Article:
    """Split an article into blocks, whatever it was written in."""
    # a saved e-mail, an app's CSV export, an .ics file, a JSON-LD HowTo, LaTeX, RTF, AsciiDoc, org-mode: as text
    text = slide_decks(carousel_captions(defined_set_word(normalize(saved_file_text(text)))))
    # a chat, a thread, an assistant's answer, a forum or Q&A page, wikitext, a watch's steps, a notebook: as text
    text = ordinal_marks(copied_page_text(text))  # "#1 Bird dog", "#2 Superman": numbered items
    text = picture_labels(coded_lines(text))  # "B1 – Lunge – 45 s"; "Left: ... Top right: ..." captions
    kind = detect_kind(text)
    if kind is InputKind.HTML:
        blocks, title = html_blocks(without_doc_comments(text))  # a Google Docs export's [a] comments left out
        html = dose_boxes(without_note_lists(without_equipment(_inline_lists(_bounded(blocks)))))
        return Article(kind, tuple(with_doses_said_again(with_group_doses(rest_items(paired_items(html))))), title)
    if kind is InputKind.TEXT:
        text = unwoven_columns(without_shop_lines(without_post_counts(without_menu(text))))
        # a sheet's numbered column first: a board would read its indented numbers as a margin
        text = step_lines(ruled_tables(text))  # "Step 1: Sit back." lines: a numbered list
        text = superset_blocks(board_outline(without_footnotes(numbered_column(bare_step_numbers(text)))))
    text = station_lines(word_numbered_lines(without_related_links(text)))  # "Also read: ..." lines left out
    blocks = _inline_lists(lead_in_blocks(_bounded(without_slot_times(_text_blocks(text)))))
    # "Calf stretch" over "1. Stand ... 2. Hold ..."; "Stretch: your calves" as "Calf stretch"
    blocks = named_lists(label_items(steps_under_names(stretch_label_names(blocks))))
    blocks = with_edits(without_note_lists(without_equipment(without_recaps(rest_items(paired_items(blocks))))))
    blocks = with_reblogs(named_after_order_words(blocks))  # "First, prayer stretch: ..." beside "Finger fans: ..."
    return Article(kind, tuple(sub_list_headings(with_doses_said_again(with_group_doses(blocks)))), None)


def _bounded(blocks: list[Block]) -> list[Block]:
    """Each block at most MAX_BLOCK_CHARS long: a longer one is cut after a sentence (else between words) into a
    block of its kind and paragraphs that follow it."""
    out: list[Block] = []
    for block in blocks:
        rest = block.text
        first = True
        while rest:
            cut = len(rest)
            if cut > MAX_BLOCK_CHARS:
                cut = rest.rfind(". ", MAX_BLOCK_CHARS // 2, MAX_BLOCK_CHARS) + 1
                if cut <= 0:
                    cut = rest.rfind(" ", MAX_BLOCK_CHARS // 2, MAX_BLOCK_CHARS)
                if cut <= 0:
                    cut = MAX_BLOCK_CHARS
            piece, rest = rest[:cut].strip(), rest[cut:].strip()
            out.append(replace(block, text=piece) if first else Block(BlockKind.TEXT, piece))
            first = False
    return out


_NAME_THEN_DOSE = re.compile(
    r"^(?P<name>[A-Z][A-Za-z'/-]*(?: [A-Za-z'/-]+){0,3}?)\s*[:-]?\s+"
    r"(?P<dose>\d+(?:\s*[-–x×]\s*\d+)?\s*[a-z]*(?:\s+(?:each|per)\s+[a-z]+)?)$")


def _inline_lists(blocks: list[Block]) -> list[Block]:
    """ "Squats 3x10, Lunges 3x8 each leg, Plank 3x30s": a list written as one sentence becomes items."""
    out: list[Block] = []
    for block in blocks:
        parts = [part.strip() for part in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+(?=[A-Z])", block.text.rstrip("."))]
        matches = [_NAME_THEN_DOSE.match(part) for part in parts]
        if block.kind is BlockKind.TEXT and len(parts) >= 2 and all(matches) and ". " not in block.text:
            out.extend(Block(BlockKind.ITEM, f"{m.group('name')}: {m.group('dose')}", marker="-")
                       for m in matches if m)
        else:
            out.append(block)
    return out


_CHARS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2009": " ",
                        "\u202f": " ", "\u200b": "", "\ufeff": "", "\u2212": "-", "\u2011": "-", "\u00ad": ""})


def normalize(text: str) -> str:
    """Straight quotes, plain spaces, Unix newlines: one spelling of each character for the rules that follow."""
    text = without_rating_stars(unicodedata.normalize("NFC", text).translate(_CHARS))  # "★★★★★ 1,284 ratings"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", " ", text)
    return "\n".join(_symbols(circled_number(symbol_cells(emoji_shortcodes(line))))
                     for line in ticked_items(_box_tables(framed_headings(text))).split("\n"))


def _symbols(line: str) -> str:
    """Emoji and pictographs: one that starts a line is its bullet ("🔹 Plank"); the rest are decoration. A keycap
    digit that starts a line ("1️⃣ Pike push-ups", "🔟 Plank") is its number, as "1. "."""
    line = re.sub(r"[\u200d\ufe0e\ufe0f]", "", line)
    line = re.sub(r"^(\s*)(?:(\d{1,2})\u20e3|\U0001f51f)\s*", lambda m: f"{m.group(1)}{m.group(2) or '10'}. ", line)
    line = line.replace("\u20e3", "")
    chars = list(line)
    is_symbol = [unicodedata.category(ch) == "So" for ch in chars]
    if not any(is_symbol):
        return line
    stripped = line.strip()
    starts = bool(stripped) and unicodedata.category(stripped[0]) == "So"
    ends = bool(stripped) and stripped[-1] == stripped[0]  # "✨ Title ✨" is framed, not a list item
    plain = "".join(" " if flag else ch for ch, flag in zip(chars, is_symbol, strict=True))
    plain = re.sub(r"[ \t]{2,}", " ", plain).strip()
    return f"• {plain}" if starts and not ends and plain else plain


_BULLET = re.compile(r"^\s*(?:[-*+•·–—▪●○◦‣►✓✔→⇒⟶➔➜➝➞➤▸▹]|\u2023|->|=>)\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\(?(\d{1,2}|[a-zA-Z])[.)]\s+(.*)$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+)\1\s*:?\s*$")
_BOLD_LEAD = re.compile(r"^\s*(\*\*|__)(.+?)\1(?=\s*\S)")


def _lead(raw: str) -> str:
    """The bold lead-in of a Markdown line, unless the whole line is bold."""
    m = _BOLD_LEAD.match(raw)
    return clean_inline(m.group(2)) if m and not _BOLD_LINE.match(raw) else ""


_TABLE_ROW = "\x1e"
"""Starts a line made from a table row (a control character, so no article's own line can: `normalize` made them
spaces)."""


def _tables(text: str) -> str:
    """Markdown tables -> one "- Name: cells" list line per row, so rows read like "Name: description" items."""
    out: list[str] = []
    header: list[str] | None = None
    previous: list[str] | None = None
    for line in text.split("\n"):
        if not re.match(r"^\s*\|.*\|\s*$", line):
            header = previous = None
            out.append(line)
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-+:?", cell) for cell in cells if cell):
            continue
        if header is None:
            header = cells
            continue
        previous = with_dittos(cells, previous)
        out.append(_TABLE_ROW + table_row(header, previous))
    return "\n".join(out)


def _tab_tables(text: str) -> str:
    """A table pasted as text, its cells apart by tabs (or runs of 3+ spaces): Markdown table rows, so that
    `_tables` reads them. Only runs of two or more lines with the same number of cells (at least 3) count."""
    lines = text.split("\n")
    cells = [re.split(r"\t+|\s{3,}", line.strip()) if "\t" in line or re.search(r"\S\s{3,}\S", line) else []
             for line in lines]
    out: list[str] = []
    index = 0
    while index < len(lines):
        width = len(cells[index])
        end = index
        while end < len(lines) and width >= 3 and len(cells[end]) == width:
            end += 1
        if end - index >= 2:
            out.extend("| " + " | ".join(row) + " |" for row in cells[index:end])
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)


_FENCE = re.compile(r"^[ \t]*(```|~~~)")


def _without_fences(text: str) -> str:
    """Fenced code blocks removed (from a ``` or ~~~ line to the next line that is only the same fence); a fence
    that never closes is left as text. One pass over the lines."""
    lines = text.split("\n")
    closers: dict[str, list[int]] = {"```": [], "~~~": []}
    for index, line in enumerate(lines):
        if line.strip() in closers:
            closers[line.strip()].append(index)
    out: list[str] = []
    skip_to = -1
    seen = {"```": 0, "~~~": 0}
    for index, line in enumerate(lines):
        if index <= skip_to:
            continue
        if m := _FENCE.match(line):
            fence = m.group(1)
            ends = closers[fence]
            while seen[fence] < len(ends) and ends[seen[fence]] <= index:
                seen[fence] += 1
            if seen[fence] < len(ends):
                skip_to = ends[seen[fence]]
                out.append("")
                continue
        out.append(line)
    return "\n".join(out)


_BOX_RULE = re.compile(r"^[\s\u2500-\u257f]*[\u2500-\u257f][\s\u2500-\u257f]*$")
_BOX_SIDE = "\u2502\u2503\u2551"
"""The vertical strokes of a box-drawn table: │ ┃ ║."""


def _box_tables(text: str) -> str:
    """A table drawn with box characters (┌─┬─┐ over │ cells │): its rules go, its rows become Markdown rows for
    `_tables`; a framed line with one cell ("║ OAKFIELD LEISURE CENTRE ║") is plain text."""
    out: list[str] = []
    top = False
    """The line before was a box's top rule (╔═══╗): a box's first line, short, is its title."""
    for line in text.split("\n"):
        if _BOX_RULE.match(line):
            # a rule between rows keeps the table together; any other ends what stood above it
            if not (out and out[-1].startswith("| ")):
                out.append("")
            top = bool(re.match(r"^\s*[\u250c\u250f\u2552\u2553\u2554\u256d]", line))
            continue
        stripped = line.strip()
        if len(stripped) > 2 and stripped[0] in _BOX_SIDE and stripped[-1] in _BOX_SIDE:
            cells = [cell.strip() for cell in re.split(f"[{_BOX_SIDE}]", stripped[1:-1])]
            titled = top and len(cells) == 1 and 0 < len(cells[0].split()) <= 8 and not re.search(r"[.!?,;]$", cells[0])
            out.append("| " + " | ".join(cells) + " |" if len(cells) > 1 else f"## {cells[0]}" if titled else cells[0])
        else:
            out.append(line)
        top = False
    return "\n".join(out)


_LEADER = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z &/'-]{1,30}?)\s*(?:\.\s?){4,}\s*(?P<rest>\S.*)$")
_DOSE_NUMBER = re.compile(r"\d\s*(?:x\b|reps?\b|times\b|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b)", re.I)
_BARE_DOSE = re.compile(r"^(?:(?:hold|for|about|repeat|do|x|hold for)\s+)?\d", re.I)
"""What follows the dots when the label is an exercise's name and this its dose ("Heel digs ...... 10 each leg"),
not a card's section over the names after it."""


def _card_label(line: str) -> re.Match[str] | None:
    """A card's section label before dots and the items after them; None when what follows is a bare dose."""
    m = _LEADER.match(line)
    return None if m is None or _BARE_DOSE.match(m["rest"].strip()) else m


def _leaders(text: str) -> str:
    """A card's "WARM-UP ........ Cross trainer  8 min  ·  level 5" line: the label a heading over its items, one
    for each piece apart by "·" (or "|") that starts with a name and gives a dose; the other pieces ("level 5") are
    a setting of the item before them, in brackets."""
    out: list[str] = []
    for line in text.split("\n"):
        m = _card_label(line)
        if m is None:
            out.append(line)
            continue
        items: list[list[str]] = []
        for piece in re.split(r"\s+[·•|]\s+", m["rest"].strip()):
            piece = re.sub(r"\s{2,}", " ", piece.strip())
            if not items or (piece[:1].isalpha() and _DOSE_NUMBER.search(piece)):
                items.append([piece])
            else:
                items[-1].append(piece)
        lines = [f"- {item[0]}" + (f" ({', '.join(item[1:])})" if item[1:] else "") for item in items]
        out.extend(["", f"### {m['label'].strip()}", "", *lines, ""])
    return "\n".join(out)


_DOT_RUN = re.compile(r"\s*(?:[\u00b7\u2022.]\s?){4,}\s*")
_CLOCK = re.compile(r"(?<![\d:])(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?![\d:])")


def _clock_time(m: re.Match[str]) -> str:
    minutes, seconds = int(m["m"]), int(m["s"])
    if minutes and seconds:
        return f"{minutes * 60 + seconds} s"  # "1 min 30 s" would be read as 1 min
    return f"{minutes} min" if minutes else f"{seconds} s"


def _dot_leaders(text: str) -> str:
    """An app's "Jumping jacks ········ 01:00" line: the name, then its dose after the run of dots; a clock time
    there ("00:30 / side") is minutes and seconds."""
    out: list[str] = []
    for line in text.split("\n"):
        m = _DOT_RUN.search(line)  # found first: a pattern with the name before it backtracks on long lines
        name, rest = (line[:m.start()].rstrip(), line[m.end():].strip()) if m else ("", "")
        if not (re.search(r"\w", name) and rest) or _card_label(line):
            out.append(line)
            continue
        # "Shoulder circles ........ 8": a bare count after the dots is how many times
        rest = f"{rest} times" if re.fullmatch(r"\d{1,3}", rest) else _CLOCK.sub(_clock_time, rest)
        out.append(f"{name} – {rest}")
    return "\n".join(out)


def _text_blocks(text: str) -> list[Block]:
    """Plain text and Markdown, line by line: markers make items and headings, loose lines make paragraphs."""
    text = round_headings(without_comments(chapter_lists(outlines(without_stamps(split_position_labels(text))))))
    text = joined_words(two_columns(aligned_doses(without_page_furniture(unglued_names(unglued_numbers(text))))))
    text = caps_headings(numbered_column(dosed_lines(led_known_lines(card_lines(as_many_lines(text))))))
    text = filled_tab_cells(timed_move_lines(set_lines(without_loads(clock_doses(_dot_leaders(_leaders(text)))))))
    text = _without_fences(_tables(_tab_tables(text)))
    blocks: list[Block] = []
    lines: list[str] = []
    item: Block | None = None
    more: list[str] = []
    """Lines that continue `item`, cleaned once when it ends (cleaning it again at each line was quadratic)."""
    item_chars = 0
    item_end = ""

    def flush() -> None:
        nonlocal item
        if item is not None:
            if more:
                item = replace(item, text=clean_inline(" ".join([item.text, *more])))
                more.clear()
            blocks.append(item)
            item = None
        if lines:
            raw_text = " ".join(lines)
            for piece in _bold_led(raw_text):
                joined = clean_inline(piece)
                bold = bool(_BOLD_LINE.match(piece))
                if joined:
                    blocks.append(Block(BlockKind.TEXT, joined, bold=bold, lead=_lead(piece)))
            lines.clear()

    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if _RULE.match(line):
            # "Title" over "=====" is a heading; a sentence over a rule (a box's last line) is not
            if re.match(r"^\s*[=-]+\s*$", line) and len(lines) == 1 and item is None and len(
                    lines[0].split()) <= _SETEXT_WORDS and not re.search(r"[.!?]\s+\S.*[.!?]$", lines[0]):
                heading = clean_inline(lines[0])
                lines.clear()
                blocks.append(Block(BlockKind.HEADING, heading, level=1 if "=" in line else 2))
            else:
                flush()
            continue
        if line.startswith(_TABLE_ROW):
            flush()
            blocks.append(Block(BlockKind.ITEM, clean_inline(line[1:]), marker="-", table=True))
            continue
        line = re.sub(r"^\s*>\s?", "", line)
        if m := _MD_HEADING.match(line):
            flush()
            blocks.append(Block(BlockKind.HEADING, clean_inline(m.group(2)), level=len(m.group(1))))
            continue
        m_bullet, m_number = _BULLET.match(line), _NUMBERED.match(line)
        if m_bullet and (m_inner := re.match(r"\s*\(?\d{1,2}[.)]\s+\S", m_bullet.group(1))) is not None:
            # "• 1. PENDULUM" (a handout's bullet before its numbers): the number is the item's marker
            line = m_inner.string
            m_bullet, m_number = None, _NUMBERED.match(line)
        if m_bullet or m_number:
            flush()
            if m_bullet:
                item = Block(BlockKind.ITEM, clean_inline(m_bullet.group(1)), marker="-",
                             bold=bool(_BOLD_LINE.match(m_bullet.group(1))), lead=_lead(m_bullet.group(1)))
            elif m_number:
                marker = m_number.group(1) + ("." if "." in line.split(m_number.group(1), 1)[1][:1] else ")")
                item = Block(BlockKind.ITEM, clean_inline(m_number.group(2)), marker=marker,
                             bold=bool(_BOLD_LINE.match(m_number.group(2))), lead=_lead(m_number.group(2)))
            assert item is not None
            item_chars, item_end = len(item.text), item.text
            continue
        if item is not None and not more and raw[:1].isspace() and (dosed := with_dose_line(item.text, line)):
            # "1. Bird dog" over "   10 each side, slowly": the name's dose, not more of its name
            item = replace(item, text=dosed)
            item_chars, item_end = len(dosed), dosed
            continue
        if item is not None and not more and raw[:1].isspace() and _name_line(item.text):
            # "1.  PENDULUM" over indented lines (a handout pasted from a PDF): the item is the name, the lines
            # under it a paragraph
            flush()
            lines.append(line.strip())
            continue
        if item is not None:
            # an indented line, or a lower-case one after a wrapped line, continues the list item above it
            wrapped = item_chars >= 50 and not re.search(r"[.!?:]\"?$", item_end)
            if raw[:1].isspace() or (line.strip()[:1].islower() and wrapped):
                more.append(line)
                cleaned = clean_inline(line)
                item_chars += len(cleaned) + 1
                item_end = cleaned or item_end
                continue
            flush()
        if lines and not _continues(lines[-1], line):
            flush()
        lines.append(line.strip())
    flush()
    return blocks


_SETEXT_WORDS = 14
"""The most words a heading underlined with "===" or "---" has."""
_BOLD_START = re.compile(r"(?:^|(?<=[.!?] ))\*\*[^*]{2,60}\*\*(?=\s*[-–—:])")


def _bold_led(raw: str) -> list[str]:
    """ "**Squats** — 3 sets of 10. Keep your heels down. **Plank** — hold for 30 seconds.": a paragraph of
    several bold-led sentences (a newsletter's exercises run together) is one paragraph per bold name."""
    starts = [m.start() for m in _BOLD_START.finditer(raw)]
    if len(starts) < 2 or starts[0] != 0:
        return [raw]
    return [raw[start:end].strip() for start, end in zip(starts, [*starts[1:], len(raw)], strict=True)]


def _name_line(text: str) -> bool:
    """ "PENDULUM", "Wall Walk": a short line in capitals or Title Case with no sentence end, a name."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if not words or len(text.split()) > 6 or re.search(r"[.!?,;]$", text.strip()):
        return False
    small = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at"}
    return text.isupper() or all(word[0].isupper() for word in words if word.lower() not in small)


_PAGE = re.compile(r"\s*(?:\bpage\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|^\s*-\s*\d{1,3}\s*-)\s*$", re.I)
"""A page number a PDF's text keeps at the end of a header or footer line ("SHOULDER EXERCISES   Page 1 of 2")."""


def without_page_furniture(text: str) -> str:
    """Text pasted from a PDF without its page numbers and the running header repeated on every page: a line that
    ends in "Page N of M" loses the number, and later copies of it are left out."""
    seen: set[str] = set()
    out: list[str] = []
    for line in text.split("\n"):
        tail = line[-40:]  # only a line's end is looked at: a pattern run at every space of a long line is quadratic
        if page := _PAGE.search(tail):
            plain = (line[: max(0, len(line) - 40)] + tail[: page.start()]).strip()
            if plain.lower() in seen:
                continue
            seen.add(plain.lower())
            line = plain
        out.append(line)
    return "\n".join(out)


_DASH_DOSE = re.compile(r"^\s*(?P<name>[A-Z][^–—:.!?]{1,50}?)\s+[-–—]\s+(?P<dose>\S.*)$")


def _dash_dose_line(line: str) -> bool:
    """ "Side plank - 3 x 30 sec each side": a name, a dash, then its dose."""
    m = _DASH_DOSE.match(line)
    return bool(m and (starts_with_dose(m["dose"]) or re.match(r"\d{1,3}\s+[a-z]", m["dose"])))


_POST_META = re.compile(r"^\s*(?:posted|published|updated|written)\s+(?:on|by)\s+\S", re.I)


def _continues(previous: str, line: str, wrapped_only: bool = False) -> bool:
    """Whether `line` carries on the paragraph of `previous` (a hard-wrapped line) rather than starting a block."""
    if line.strip()[:1].islower() and not wrapped_only:
        return True
    if _POST_META.match(line):
        return False  # a post's title over "Posted on 21 May 2026 by ...": a line of its own, however long the title
    if previous.rstrip().endswith(":") and starts_with_dose(line) and not wrapped_only:
        return True  # "... and do calf raises:" over "2 x 15, slow on the way down.": the dose the colon announces
    if _dash_dose_line(previous) and _dash_dose_line(line):
        return False  # "Clamshells - 3 sets of 20 per side" over "Side plank - 3 x 30 sec each side": a list
    if _name_alone(line) and previous.rstrip().split()[-1].lower() not in _LEADS_ON:
        return False  # "... arching your back" (no full stop) over "Bird Dog": the next exercise's name
    return len(previous) >= 50 and not re.search(r"[.!?:]\"?$", previous)


_LEADS_ON = frozenset(re.findall(r"\S+", "the a an and or of to with into onto your then do"))
"""Last words of a line that carry on into the next one ("... then do the" over "Bird Dog")."""


def _name_alone(line: str) -> bool:
    """Whether `line` is a known exercise's name and nothing else ("Bird Dog", "Side Plank"), capitalised, with no
    full stop: a heading line, even under a line that has lost its own full stop."""
    text = line.strip()
    if not text[:1].isupper() or len(text.split()) > 5 or re.search(r"[.!?,;:]$", text):
        return False
    named = named_exercise(text)
    return named is not None and named.start == 0 and named.end == len(text)
