"""An Emacs org-mode file: "* Heading" lines as Markdown headings without their TODO / DONE keyword, priority,
statistics cookie ("[3/7]") and tags (":someday:"); "#+TITLE:" as the title; "#+" keywords, planning lines
(SCHEDULED:, DEADLINE:, CLOSED:), property drawers and "# " comments left out; org tables are Markdown tables
already, and "[[link][text]]" is its text."""

from __future__ import annotations

import re

_HEADLINE = re.compile(r"^(?P<stars>\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)\s+)?"
                       r"(?:\[#[A-Z]\]\s+)?(?P<text>.*?)(?:\s+\[\d*(?:/\d*|%)\])?(?:\s+:[\w@#%:]+:)?\s*$")
_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
_PLANNING = re.compile(r"^(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+$")
_LINK = re.compile(r"\[\[(?:[^\]]*)\]\[(?P<text>[^\]]*)\]\]|\[\[(?P<bare>[^\]]*)\]\]")


def org_text(text: str) -> str | None:
    """The file in `text` as Markdown when it is org-mode, else None: it needs "#+" keywords and "* " headlines."""
    lines = text.splitlines()
    keywords = sum(1 for line in lines[:400] if _KEYWORD.match(line.strip()))
    headlines = sum(1 for line in lines[:4000] if re.match(r"^\*+\s+\S", line))
    if keywords < 1 or headlines < 2:
        return None
    out: list[str] = []
    drawer = False
    for raw in lines:
        line = raw.strip()
        if drawer:
            drawer = line.upper() != ":END:"
            continue
        if re.match(r"^:[A-Z_]+:$", line):
            drawer = True
            continue
        if m := _KEYWORD.match(line):
            if m["key"].upper() == "TITLE":
                out.append(f"# {m['value'].strip()}")
            continue
        if _PLANNING.match(line) or (line.startswith("# ") and not raw.startswith("#+")) or line == "#":
            continue
        if m := re.match(r"^(?P<stars>\*+)\s+\S", raw):
            headline = _HEADLINE.match(raw.rstrip())
            words = headline["text"] if headline else raw.lstrip("* ")
            out.extend(["", "#" * (len(m["stars"]) + 1) + " " + _LINK.sub(_linked, words).strip(), ""])
            continue
        if re.match(r"^\|[-+]+\|?$", line):
            out.append(line.replace("+", "|"))  # "|----+----|": a Markdown table's rule
            continue
        out.append(_LINK.sub(_linked, raw.rstrip()))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def _linked(m: re.Match[str]) -> str:
    return m["text"] if m["text"] is not None else m["bare"]
