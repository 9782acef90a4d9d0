"""An e-reader's notebook export ("Your Kindle Notes For:"): the passages a reader highlighted in a book, each under
a header that names its colour and place, with the reader's own notes among them:

    Chapter 3: Getting going
    Yellow highlight | Location: 812
    2. Wall sit. Back flat on the wall, slide down ... Hold for twenty seconds.
    Note | Location: 812
    try before work

The highlights are the book's words, in the book's order, so they are the article: each is a paragraph (a chapter
line a heading over them). The headers are no text at all, and a note is the reader's own reminder about the
passage, not the book's routine, so a note and its text are left out, as are the export's book, author and
"Last accessed" lines and its highlight counts."""

from __future__ import annotations

import re

_COLOURS = r"(?:yellow|blue|pink|orange|purple|red|green)"
_PLACE = r"(?:(?:page|location|loc\.?)\s*:?\s*[\d,]+(?:\s*-\s*[\d,]+)?)"
_HEADER = re.compile(rf"^\s*(?P<what>{_COLOURS}\s+highlight|highlight\s*\(\s*{_COLOURS}\s*\)|highlight|note|bookmark)"
                     rf"\s*(?:[|·\-–]\s*)?{_PLACE}(?:\s*[|·\-–]\s*{_PLACE})*\s*$", re.I)
_EXPORT = re.compile(r"^\s*your kindle notes for\s*:?\s*$", re.I | re.M)
_CHAPTER = re.compile(r"^\s*(?:chapter|part|section)\s+\w+\b.*$", re.I)
_COUNTS = re.compile(r"^\s*\d+\s+highlights?(?:\(s\))?\s*(?:[|·]\s*\d+\s+notes?(?:\(s\))?)?\s*$", re.I)
MIN_HEADERS = 3


def kindle_notes(text: str) -> str | None:
    """The highlights of an e-reader's notebook export as paragraphs under their chapters' headings; None when the
    text is no such export (fewer than three highlight or note headers)."""
    lines = text.split("\n")
    if sum(bool(_HEADER.match(line)) for line in lines) < MIN_HEADERS:
        return None
    start = 0
    if _EXPORT.match(lines[0] if lines else ""):
        # "Your Kindle Notes For:", then the book's title, its author and the export's own lines before the first
        # chapter or highlight: the title is kept as the title
        start = next((index for index, line in enumerate(lines)
                      if _HEADER.match(line) or _CHAPTER.match(line)), len(lines))
        title = next((line.strip() for line in lines[1:start] if line.strip()), "")
        out = [title, ""] if title else []
    else:
        out = []
    in_note = False
    for line in lines[start:]:
        if m := _HEADER.match(line):
            in_note = m["what"].lower() in ("note", "bookmark")
            out.append("")
            continue
        if not line.strip():
            in_note = False
            out.append("")
            continue
        if in_note or _COUNTS.match(line):
            continue
        if _CHAPTER.match(line):
            out.extend(["", line.strip(), ""])
            continue
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"
