"""An outline pasted from a document editor: numbered items with a tab after each marker, one tab deeper per level
("1.\tWarm up", "\ta.\tCalf stretch", "\t\ti.\tStraight knee: 30 secs"). Read line by line, the roman numerals
were no markers and every level ran into one list.

The top level is a part of the routine (a heading); the next level the exercises. Under an exercise, lines that
each name a variant and give its dose ("Straight knee: 30 secs", "Eversion – 2 x 15") are exercises of their own,
named after both, and the other lines under it are said for each of them ("Both of them on each leg"); lines that
name nothing ("3 x 15", "30 secs, 3 times each leg") are the exercise's own dose and instructions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from voiceroutine.importer.dose import find_mentions

_ITEM = re.compile(r"^(?P<tabs>\t*)(?P<marker>\d{1,2}|[a-z]|[ivx]{1,4})\.\t(?P<text>\S.*)$")
_NAMED = re.compile(r"^(?P<name>[A-Za-z][^:–—]{1,40}?)\s*(?::|\s[-–—])\s+(?P<dose>\S.*)$")
_MIN_LINES = 5


@dataclass
class _Node:
    text: str
    level: int
    children: list[_Node] = field(default_factory=list)


def _variant(text: str) -> tuple[str, str] | None:
    """ "Straight knee: 30 secs" -> ("Straight knee", "30 secs"): a name without a dose, then a dose."""
    m = _NAMED.match(text)
    if m is None or find_mentions(m["name"]) or not find_mentions(m["dose"]):
        return None
    return m["name"].strip(), m["dose"].strip()


def _written(node: _Node) -> list[str]:
    """An exercise of the outline, and what is under it, as Markdown lines."""
    variants = [(child, _variant(child.text)) for child in node.children]
    named = [(child, pair) for child, pair in variants if pair is not None]
    if len(named) >= 2:
        said = " ".join(child.text.rstrip(".") + "." for child, pair in variants if pair is None)
        parent = re.split(r"\s[-–—]\s|\s\(", node.text)[0].strip()
        note = node.text[len(parent):].strip(" –—-") if len(node.text) > len(parent) else ""
        return [f"- {parent}, {pair[0].lower()} – {pair[1]}" + (f". {note}" if note else "")
                + (f". {said}" if said else "") for _, pair in named if pair is not None]
    under = " ".join(child.text.rstrip(".") + "." for child in node.children)
    head = node.text
    if under:
        head = f"{head} – {under}" if not re.search(r"\s[-–—]\s", head) else f"{head}. {under}"
    return [f"- {head}"]


def outlines(text: str) -> str:
    """The text with an outline of tab-indented numbered items written as headings and list items."""
    lines = text.split("\n")
    matches = [_ITEM.match(line) for line in lines]
    if sum(1 for m in matches if m) < _MIN_LINES or len({len(m["tabs"]) for m in matches if m}) < 2:
        return text
    out: list[str] = []
    top: list[_Node] = []
    index = 0
    while index < len(lines):
        m = matches[index]
        if m is None:
            out.extend(_flush(top))
            top = []
            out.append(lines[index])
            index += 1
            continue
        node = _Node(m["text"].strip(), len(m["tabs"]))
        parent = next((earlier for earlier in reversed(_walk(top)) if earlier.level < node.level), None)
        if parent is None:
            top.append(node)
        else:
            parent.children.append(node)
        index += 1
    out.extend(_flush(top))
    return "\n".join(out)


def _walk(nodes: list[_Node]) -> list[_Node]:
    out: list[_Node] = []
    for node in nodes:
        out.append(node)
        out.extend(_walk(node.children))
    return out


def _flush(top: list[_Node]) -> list[str]:
    out: list[str] = []
    for node in top:
        if node.children and all(child.level == node.level + 1 for child in node.children) and any(
                child.children or _variant(child.text) or find_mentions(child.text) for child in node.children):
            out.extend(["", f"## {node.text}", ""])
            for child in node.children:
                out.extend(_written(child))
        else:
            out.extend(_written(node))
    return out
