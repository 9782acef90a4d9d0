"""A page whose routine is only in its schema.org `HowTo` data (JSON-LD), read with the standard `json` module.

A page saved from an app that draws everything with JavaScript has an empty body (`<div id="__next"></div>`, a
`<noscript>` line); what it says of the routine is left in the `<script type="application/ld+json">` that search
engines read: a `HowTo` whose `step` holds `HowToStep`s (a `name` and a `text` with the dose), or `HowToSection`s
of them (a `name` and an `itemListElement`), or plain strings. JSON-LD is JSON, so `json.loads` reads it; no
library is needed to walk three documented keys, and a JSON-LD processor (`pyld`) would expand the terms to IRIs
we would then have to shorten again.

The HowTo is read only when the page shows next to nothing itself: where the body has the routine, the body is
what its author laid out (the data is often a shortened copy of it). It is turned into a small HTML page, its
sections as headings and each step as a list item "Name: text", for the ordinary HTML reading."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

from voiceroutine.importer.html import html_blocks

_SCRIPT = re.compile(r"<script\b[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.I | re.S)
EMPTY_BODY_CHARS = 200
"""A page whose blocks hold fewer characters than this shows no routine of its own."""


def howto_page(text: str) -> str | None:
    """The HowTo in a page's JSON-LD as a small HTML page, when the page itself shows next to nothing; else None."""
    if "ld+json" not in text:
        return None
    howtos = [item for script in _SCRIPT.findall(text) for item in _nodes(_loaded(script))
              if _is_type(item, "HowTo") and item.get("step")]
    if not howtos:
        return None
    blocks, _ = html_blocks(text)
    if sum(len(block.text) for block in blocks) >= EMPTY_BODY_CHARS:
        return None
    parts: list[str] = []
    for howto in howtos:
        name = _text(howto.get("name"))
        if name:
            parts.append(f"<h1>{html.escape(name)}</h1>")
        description = _text(howto.get("description"))
        if description:
            parts.append(f"<p>{html.escape(description)}</p>")
        parts.extend(_steps(howto.get("step")))
    title = _text(howtos[0].get("name"))
    head = f"<head><title>{html.escape(title)}</title></head>" if title else ""
    return f"<html>{head}<body>{''.join(parts)}</body></html>"


def _loaded(script: str) -> object:
    try:
        return json.loads(html.unescape(script) if "&quot;" in script else script)
    except ValueError:
        return None


def _nodes(data: object) -> Iterator[dict[str, object]]:
    """Every object at the top of a JSON-LD script: the script itself, a list of them, or an `@graph`."""
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        yield from _nodes(data.get("@graph"))


def _is_type(item: dict[str, object], name: str) -> bool:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == name for k in kinds)


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _steps(value: object) -> list[str]:
    """A HowTo's `step` (or a section's `itemListElement`) as HTML: sections as headings over lists of steps."""
    values = value if isinstance(value, list) else [value]
    parts: list[str] = []
    items: list[str] = []
    for step in values:
        if isinstance(step, dict) and _is_type(step, "HowToSection"):
            if items:
                parts.append(f"<ul>{''.join(items)}</ul>")
                items = []
            name = _text(step.get("name"))
            if name:
                parts.append(f"<h2>{html.escape(name)}</h2>")
            parts.extend(_steps(step.get("itemListElement")))
            continue
        line = _step_line(step)
        if line:
            items.append(f"<li>{line}</li>")
    if items:
        parts.append(f"<ul>{''.join(items)}</ul>")
    return parts


def _step_line(step: object) -> str:
    """One step as an HTML list item's content: "<b>Name</b>: text", or its text alone."""
    if isinstance(step, str):
        return html.escape(_text(step))
    if not isinstance(step, dict):
        return ""
    name = _text(step.get("name"))
    text = _text(step.get("text"))
    if name and text and not text.lower().startswith(name.lower()):
        return f"<b>{html.escape(name)}</b>: {html.escape(text)}"
    return html.escape(text or name)
