"""Exercises told as captions of one picture, run into a paragraph: "Left: Stand as shown, one leg behind. Top
right: While sitting, pull your toes back. Bottom right: Grab a towel with your toes." (a leaflet's figure with
three drawings, copied as text).

The labels say where each drawing is, not what the exercise is called, so the paragraph read as one exercise (named
after the page) and the stretches after the first were lost with no word. Where two or more such labels start
sentences in a text that speaks of a picture ("as shown", "pictured", "figure"), each label's sentences are
written as a numbered item of their own, in the order they come; the label itself is left out (the exercises have
no names; names are made from their words and marked so)."""

from __future__ import annotations

import re

_PLACE = (r"(?:(?:Top|Bottom|Upper|Lower|Middle|Centre|Center)\s+(?:left|right|row)|Top|Bottom|Left|Right|Above|"
          r"Below|Middle|Centre|Center|Opposite|Pictured)")
_LABEL = re.compile(rf"(?:^|(?<=[.!?])\s+)(?P<label>{_PLACE}):\s+(?=[A-Z])", re.M)
_PICTURE = re.compile(r"\b(?:as shown|shown|pictured|pictures?|images?|photos?|illustrat\w*|drawings?|figures?|"
                      r"diagrams?)\b", re.I)
"""A word for the picture the labels place things in: without one, "Left: ..." and "Right: ..." may be sides."""
_MIN_LABELS = 2


def picture_labels(text: str) -> str:
    """The text with each run of picture-place labels written as numbered items (see the module's docstring)."""
    found = list(_LABEL.finditer(text))
    if len(found) < _MIN_LABELS or not _PICTURE.search(text):
        return text
    out: list[str] = []
    at = 0
    for number, m in enumerate(found, start=1):
        before = text[at:m.start()].rstrip(" ")
        out.append(_one_line(before) if number > 1 else before)
        out.append(("" if not before or before.endswith("\n") else "\n") + f"{number}. ")
        at = m.end()
    rest = text[at:]
    end = rest.find("\n\n")
    out.append(_one_line(rest) if end < 0 else _one_line(rest[:end]) + rest[end:])
    return "".join(out)


def _one_line(caption: str) -> str:
    """A caption's text on one line: a wrapped line of it is no paragraph of its own."""
    return re.sub(r"[ \t]*\n[ \t]*(?=\S)", " ", caption)
