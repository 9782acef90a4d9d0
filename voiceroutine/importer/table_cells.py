"""A table cell that holds an exercise's name in bold and, after a line break, how to do it ("<strong>Heel
slides</strong><br>Lying down, slide your heel ..."): the name, a dash, the description, as a list item writes it.
Run together, the description was read as more of the name."""

from __future__ import annotations

import re

_PART_LEAD = re.compile(r"^\s*(?:warm[- ]?up|cool[- ]?down|finisher)\s*:\s*(?=[A-Za-z])", re.I)


_ASIDE = re.compile(r"^(?P<name>[^()]{3,}?)\s*\((?P<how>[a-z][^()]*\s[^()]*)\)\s*$")


def named_cell(text: str, bold_open: str, bold_close: str) -> str:
    """The cell's text with its bold first line and the lines under it apart by " – ", when it is written so."""
    first, brk, rest = text.strip().partition("\n")
    if not brk or not rest.strip():
        return text
    head = first.strip()
    if not (head.startswith(bold_open) and head.endswith(bold_close)) or bold_open in head[1:]:
        return text
    return f"{head} – {rest.strip()}"


def name_and_how(cell: str) -> tuple[str, str]:
    """A name cell written by `named_cell` as its name and its description, any other as the name alone; the
    name without its number ("1. Heel slides"), which a name with a colon after it cannot hold."""
    # "Warm-up: marching on the spot": a part's word before the name says where the row stands, not what it is
    cell = _PART_LEAD.sub("", cell)
    name, dash, how = cell.partition(" – ")
    if not dash or len(name.split()) > 8:
        name, how = cell, ""
    if not how and (aside := _ASIDE.match(name)):
        # "Marching on the spot (hold the chair)": the words in brackets say how, and written before the row's
        # dose ("... chair): 2 minutes") they read as "hold: 2 minutes"
        name, how = aside["name"], aside["how"]
    return re.sub(r"^\s*\d{1,2}[.)]\s+(?=[A-Za-z])", "", name).strip(), how.strip()
