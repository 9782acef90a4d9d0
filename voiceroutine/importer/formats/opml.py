"""An outliner's OPML export (Workflowy, Dynalist, OmniOutliner, Logseq): nested `<outline>`s whose `text` attribute
holds an item's words and whose `_note` holds its note. An outline with outlines inside is a heading (one `#` deeper
a level); one without is a list item, its note after a colon ("- Wall sit: 3 x 30 s"), which is how the importer
reads a name with its dose. Markup the outliner escaped into an attribute (`&lt;b&gt;`) is left out as markup; the
`head`'s title is the page's title when the body has no single top outline; the other `head` fields (dates, owner,
expansion state) and the attributes outliners add (`_complete`, `created`) are no part of the text.

Read with the standard library's XML parser. An OPML file declares no entities, so one that has a document type
declaration, or any entity declaration, is refused (ArticleError) before it is parsed: no entity is ever expanded,
so a "billion laughs" file or one naming an external file does nothing. A file that starts as OPML but is not well
formed is refused too, rather than read as the tags' text.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

from voiceroutine.errors import ArticleError

_OPML = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE\b.*?(?:\]\s*)?>\s*)*<opml\b", re.S | re.I)
"""An XML declaration, comments and maybe a document type declaration, then the <opml> element."""
_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)\b", re.I)
MAX_DEPTH = 12
"""Outline levels read; an outline nested deeper is read as a list item of the deepest level."""


def opml_text(text: str) -> str | None:
    """The outline in `text` as Markdown when it is an OPML file, else None; ArticleError when it is an OPML file
    that declares entities or is not well formed."""
    if not _OPML.match(text[:4000]):
        return None
    if _DECLARATION.search(text):
        raise ArticleError("the OPML file declares entities or a document type, which an outline never needs: "
                           "not read (export the outline again, or paste its text)")
    try:
        # no DOCTYPE, so no entity but XML's five and character references can be named, let alone expanded
        root = ET.fromstring(text.strip())
    except (ET.ParseError, expat.ExpatError, ValueError) as e:
        raise ArticleError(f"the OPML file is not well formed ({e}): export the outline again, "
                           "or paste its text") from None
    if root.tag != "opml":
        return None
    body = root.find("body")
    tops = [] if body is None else body.findall("outline")
    lines: list[str] = []
    title = _words(root.findtext("head/title") or "")
    level = 1
    if title and len(tops) != 1:
        lines += [f"# {title}", ""]
        level = 2
    for outline in tops:
        _write(outline, level, lines)
    return "\n".join(lines).strip() + "\n" if lines else None


def _write(outline: ET.Element, level: int, lines: list[str]) -> None:
    text = _words(outline.get("text") or outline.get("title") or "")
    note = _words(outline.get("_note") or "")
    children = outline.findall("outline")
    if children and level <= MAX_DEPTH:
        if text:
            lines += ["", f"{'#' * min(level, 6)} {text}", ""]
        if note:
            lines += [note, ""]
        for child in children:
            _write(child, level + 1, lines)
        lines.append("")
        return
    if text or note:
        lines.append(f"- {text}: {note}" if text and note else f"- {text or note}")
    for child in children:  # deeper than MAX_DEPTH: its items as items of this level
        _write(child, level, lines)


def _words(value: str) -> str:
    """An attribute's words: escaped markup left out, entities as their characters, runs of space as one."""
    value = re.sub(r"<[^<>]{0,200}>", "", value)
    return re.sub(r"\s+", " ", html.unescape(value)).strip()
