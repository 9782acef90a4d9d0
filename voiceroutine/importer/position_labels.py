"""A numbered exercise's name run into its first field label: "4. Clam Position – Lie on your left side", as a
hospital's exercise sheet prints each exercise as a name over "Position – ..." and "Action – ..." lines, pasted
without the line break after the name. The name, then the label's line under it ("4. Clam" over
"Position – Lie on your left side"), as the sheet's other exercises are laid out; the item then names the exercise
instead of reading "Clam Position" and its instructions as one.

Only a numbered line, a capitalised label of its own ("Position", "Starting position", "Action", "Method") and a dash
or colon after it, and a short name before it."""

from __future__ import annotations

import re

_RUN_IN = re.compile(r"^(?P<number>\s*\(?\d{1,2}[.)]\s+)(?P<name>[A-Z][^.!?:–—]{1,48}?)\s+"
                     r"(?P<label>(?:Starting |Start )?Position|Action|Method)\s*(?P<mark>[–—:-])\s*(?P<rest>\S.*)$")
_MOST_WORDS = 6


def split_position_labels(text: str) -> str:
    """`text` with each numbered name run into a field label split into the name's line and the label's."""
    if "osition" not in text and "Action" not in text:
        return text
    lines = text.split("\n")
    for at, line in enumerate(lines):
        m = _RUN_IN.match(line)
        if m is None or len(m["name"].split()) > _MOST_WORDS:
            continue
        lines[at] = f"{m['number']}{m['name'].strip()}\n{m['label']} {m['mark']} {m['rest']}"
    return "\n".join(lines)
