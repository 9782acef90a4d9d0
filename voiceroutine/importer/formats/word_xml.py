"""A Word document's `word/document.xml` (WordprocessingML) pasted as text, turned into Markdown.

Inside a .docx the words sit in runs (`<w:r><w:t>Pendu</w:t></w:r><w:r><w:t>lum</w:t></w:r>`), split wherever the
formatting, the spell checker (`<w:proofErr>`) or the editing session changed, so read as tags' text a name came
apart and the paragraphs ran together. The page read is its Markdown: a paragraph a line, its runs joined; a
`Title` paragraph `# `, `HeadingN` one `#` deeper per level; a list paragraph (`<w:numPr>` outside a heading) an
item; a paragraph all in bold runs `**bold**`; `<w:tab/>` a space, `<w:br/>` a new line (a space after a
sentence's end); a `<w:tbl>` a pipe table, one row a line, a cell's paragraphs joined. Deleted text (`<w:del>`),
field codes and header or footer paragraphs are left out.

Read with the standard library's XML parser. A document.xml declares no entities, so a text with a document type or
entity declaration is no Word document here (it is read as it is, and its entities are never expanded). A paste
that is not well formed (cut short, say) is read by a simpler pass: a paragraph a line, the tags left out.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORD = re.compile(r"<w:(?:document|body)\b[^>]*>")
_NAMESPACE = re.compile(r"xmlns:w=\"http://schemas\.openxmlformats\.org/wordprocessingml/2006/main\"")
_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)\b", re.I)
_PARAGRAPH_END = re.compile(r"</w:p>|<w:br\b[^>]*/>|</w:tr>")
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
_LEFT_OUT = {_W + "del", _W + "instrText", _W + "delText", _W + "rPr", _W + "pPr", _W + "fldChar"}
_CHROME_STYLES = {"header", "footer"}


def word_xml_text(text: str) -> str | None:
    """The Markdown of a pasted document.xml; None when `text` is none."""
    head = text[:6000]
    if not _WORD.search(head) or not (_NAMESPACE.search(head) or head.count("<w:p") >= 3):
        return None
    if _DECLARATION.search(text):
        return None
    try:
        root = ET.fromstring(text.strip())
    except (ET.ParseError, expat.ExpatError, ValueError):
        return _plain(text)
    body = root.find(_W + "body")
    lines: list[str] = []
    _write_children(body if body is not None else root, lines)
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return out + "\n" if out else None


def _write_children(parent: ET.Element, lines: list[str]) -> None:
    for child in parent:
        if child.tag == _W + "p":
            lines += [_paragraph(child), ""]
        elif child.tag == _W + "tbl":
            lines += [*_table(child), ""]
        elif child.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            _write_children(child, lines)


def _paragraph(p: ET.Element) -> str:
    style = p.find(f"{_W}pPr/{_W}pStyle")
    name = (style.get(_W + "val") or "") if style is not None else ""
    if name.lower() in _CHROME_STYLES:
        return ""
    pieces: list[tuple[str, bool]] = []
    _runs(p, pieces)
    words = "".join(piece for piece, _ in pieces)
    words = re.sub(r"(?<=[.!?])[ \t]*\n", " ", words)  # a break after a sentence only goes on with the paragraph
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in words.split("\n")]
    text = "\n".join(line for line in lines if line)
    if not text:
        return ""
    if name.lower() == "title":
        return f"# {text}"
    if m := _HEADING_STYLE.match(name):
        return "#" * min(int(m[1]) + 1, 6) + " " + text
    if p.find(f"{_W}pPr/{_W}numPr") is not None:
        return f"- {text}"
    if all(bold for piece, bold in pieces if piece.strip()) and "\n" not in text:
        return f"**{text}**"
    return text


def _runs(element: ET.Element, pieces: list[tuple[str, bool]]) -> None:
    """The paragraph's text as (words, bold) pieces in order: runs, and the runs inside hyperlinks, insertions,
    smart tags and fields."""
    for child in element:
        if child.tag in _LEFT_OUT:
            continue
        if child.tag == _W + "r":
            bold = child.find(f"{_W}rPr/{_W}b")
            is_bold = bold is not None and bold.get(_W + "val", "true") not in ("0", "false")
            for part in child:
                if part.tag == _W + "t":
                    pieces.append((part.text or "", is_bold))
                elif part.tag in (_W + "tab", _W + "ptab"):
                    pieces.append((" ", is_bold))
                elif part.tag in (_W + "br", _W + "cr"):
                    pieces.append(("\n", is_bold))
                elif part.tag in (_W + "noBreakHyphen", _W + "softHyphen"):
                    pieces.append(("-" if part.tag == _W + "noBreakHyphen" else "", is_bold))
        else:
            _runs(child, pieces)


def _table(tbl: ET.Element) -> list[str]:
    """A table as a pipe table: its first row the header, a rule under it, then a line a row."""
    rows: list[list[str]] = []
    for tr in tbl.iter(_W + "tr"):
        cells = []
        for tc in tr.findall(_W + "tc"):
            texts = [_paragraph(p).lstrip("#- ").strip("*") for p in tc.iter(_W + "p")]
            cells.append(" ".join(t for t in texts if t).replace("|", "/").replace("\n", " "))
        if any(cells):
            rows.append(cells)
    if not rows:
        return []
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return lines


def _plain(text: str) -> str | None:
    """A document.xml that is not well formed: a paragraph (or break, or table row) a line, the tags left out."""
    text = re.sub(r"<w:tab\b[^>]*/>|</w:tc>", " ", text)
    text = _PARAGRAPH_END.sub("\n", text)
    text = re.sub(r"<[^<>]{0,2000}>", "", text)
    lines = [re.sub(r"[ \t]+", " ", html.unescape(line)).strip() for line in text.split("\n")]
    out = "\n\n".join(line for line in lines if line)
    return out + "\n" if out else None
