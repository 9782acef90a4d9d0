"""Two columns lined up with spaces, as a clinic's letter or a typed handout sets an exercise list:

     1. PPT (pelvic tilt, crook lying)           10 x 5s hold
     2. KTC                                      3 x 20s e/s

and a key to the abbreviations it uses ("PPT = posterior pelvic tilt   KTC = knee to chest").

Joined with single spaces, the name ran into its dose ("PPT (pelvic tilt, crook lying) 10 x 5s hold") and no name
was found. A line with one wide gap (three spaces or more) whose right side starts with a dose is "name – dose",
where every line of its paragraph that has a wide gap is such a line (else the page may be printed in two columns
of text, which `columns.py` reads).
A name that is an abbreviation in the article's key is written out, as the voice should say it."""

from __future__ import annotations

import re

from voiceroutine.importer.blocks import starts_with_dose

_GAP = re.compile(r"(?<=\S)\s{3,}(?=\S)")
_KEY = re.compile(r"(?:^|\s{2,}|,\s+)(?P<short>[A-Z][A-Z0-9]{1,5})\s*=\s*(?P<long>[a-z][a-z' -]{2,40}?[a-z])"
                  r"(?=\s*(?:\(|$|\s{2,}|,))")
"""'PPT = posterior pelvic tilt': a capital abbreviation and its words, in a key of such pairs."""
MIN_KEYS = 3
"""Fewer pairs are no key: 'WOD = workout of the day' alone may be a joke."""


def aligned_doses(text: str) -> str:
    """Each line of a name and a dose apart by one wide gap as "name – dose"; the abbreviations of a key written
    out where they start an item's or a line's name."""
    lines = text.split("\n")
    # band by band (between blank lines): only where every line with a wide gap is a name and a dose, so that a
    # page printed in two columns of text (`columns.py`) is left to be read column by column
    start = 0
    for end in [*(index for index, line in enumerate(lines) if not line.strip()), len(lines)]:
        band = lines[start:end]
        gapped = [line for line in band if _GAP.search(line.strip())]
        if gapped and all(_aligned(line) != line for line in gapped):
            lines[start:end] = [_aligned(line) for line in band]
        start = end + 1
    keys = {m["short"]: m["long"] for line in lines for m in _KEY.finditer(line)}
    if len(keys) < MIN_KEYS:
        return "\n".join(lines)
    name = re.compile(r"^(?P<lead>\s*(?:\(?\d{1,2}[.)]\s+|[-*•]\s+)?)(?P<short>" + "|".join(map(re.escape, keys))
                      + r")\b(?!\s*=)")
    return "\n".join(name.sub(lambda m: m["lead"] + keys[m["short"]].capitalize(), line) for line in lines)


def _aligned(line: str) -> str:
    gaps = list(_GAP.finditer(line.strip()))
    if len(gaps) != 1:
        return line
    stripped = line.strip()
    left, right = stripped[:gaps[0].start()], stripped[gaps[0].end():]
    if not re.search(r"[A-Za-z]{2}", left) or not starts_with_dose(right):
        return line
    return f"{line[:len(line) - len(line.lstrip())]}{left} – {right}"
