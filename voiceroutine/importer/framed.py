"""Section names framed by rules, as app share text and plain-text cards draw them:

    ━━━━━━━━━━━━━━━
    🔥 WARM-UP
    ━━━━━━━━━━━━━━━

A short line with a rule of box-drawing strokes (or "=") right above and right below it is a heading: read alone
it was a list item (its emoji a bullet), and so an exercise with no dose."""

from __future__ import annotations

import re

_RULE = re.compile(r"^\s*(?:[\u2500-\u2501\u2504-\u2505\u2508-\u2509\u254c-\u254d\u2550]{3,}|={3,})\s*$")
"""A rule line: ─ ━ ┄ ┅ ┈ ┉ ╌ ╍ ═ or "=", three or more and nothing else."""
MAX_WORDS = 8
"""A framed line longer than this is a paragraph in a box, not a section's name."""


_INLINE = re.compile(r"^\s*(?P<c>[\u2500-\u2501\u2504-\u2505\u2508-\u2509\u254c-\u254d\u2550=])(?P=c){2,}\s+"
                     r"(?P<name>[^\u2500-\u257f=\s][^\u2500-\u257f=]*?)\s+(?P=c){3,}\s*$")
"""A name between two runs of the same rule on one line: "━━━ READERS' MAIL ━━━"."""


def framed_headings(text: str) -> str:
    """Each short line between two rule lines, or between two runs of a rule on its own line ("━━━ NEWS ━━━"), as
    a Markdown heading ("## 🔥 WARM-UP"); the rules stay, for the readers after this one to drop."""
    lines = text.split("\n")
    out = list(lines)
    for index, line in enumerate(lines):
        m = _INLINE.match(line)
        if m and len(m["name"].split()) <= MAX_WORDS and not re.search(r"[.!?]$", m["name"]):
            out[index] = f"## {m['name'].strip()}"
    for index in range(1, len(lines) - 1):
        line = lines[index].strip()
        if (_RULE.match(lines[index - 1]) and _RULE.match(lines[index + 1]) and line and not _RULE.match(line)
                and len(line.split()) <= MAX_WORDS and not re.search(r"[.!?]$", line)):
            out[index] = f"## {line.lstrip('#').strip()}"
    return "\n".join(out)
