"""Words broken over two lines with a hyphen, as a narrow printed column wraps them and OCR keeps them ("do fewer
repeti-" / "tions", "ISOMETRIC EXTERNAL ROTA-" / "TION"): one word again.

Left broken, a heading lost the end of its name ("Isometric external rota") and a sentence its verb ("Keep this go-
ing for 1 minute" read no movement). A line that ends in letters and a hyphen, followed by a line that starts with
letters of the same case (small after small, capitals after capitals), is joined without the hyphen; the rest of
the next line stays on it."""

from __future__ import annotations

import re

_END = re.compile(r"(?<![\w-])(?P<head>[A-Za-z]{2,})-$")
_START = re.compile(r"^(?P<indent>[ \t]*)(?P<tail>[A-Za-z]+)(?P<rest>(?:[^\w-].*)?)$")


def joined_words(text: str) -> str:
    """The text with each word broken over a line end by a hyphen written whole."""
    lines = text.split("\n")
    for at in range(len(lines) - 1):
        end, start = _END.search(lines[at]), _START.match(lines[at + 1])
        if end is None or start is None:
            continue
        head, tail = end["head"], start["tail"]
        if not ((head.islower() and tail.islower()) or (head[-2:].isupper() and tail.isupper())):
            continue
        lines[at] = lines[at][:-1] + tail
        lines[at + 1] = start["indent"] + start["rest"].lstrip()
        if not lines[at + 1].strip():
            lines[at + 1] = "\0"  # the whole line was the word's end: no blank line in its place
    return "\n".join(line for line in lines if line != "\0")
