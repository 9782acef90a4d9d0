"""An accordion's parts in HTML: the toggle that names a section and the panel that is collapsed until clicked.

Pages that fold their exercises into an accordion put each name in a `<button>` inside a heading
("<h3><button aria-controls="panel-2">Bridge</button></h3>") and each exercise's text in a panel the markup
hides until the button opens it ("<div id="panel-2" hidden>"). A button elsewhere is page furniture (a menu
toggle, "Share"), and hidden text is most often no part of the page, so both are skipped in general; but a button
inside a heading is the heading's words, and a hidden element that some button on the page says it controls
(its `id` in an `aria-controls`) is text the reader sees on a click: both are read."""

from __future__ import annotations

import re
from functools import lru_cache

_CONTROLS = re.compile(r"""\baria-controls\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def accordion_part(tag: str, attributes: dict[str, str | None], in_heading: bool,
                   page: str) -> dict[str, str | None] | None:
    """The attributes to read an element with when it is an accordion's toggle (a button inside a heading) or a
    collapsed panel (hidden, but controlled by a button of the `page`; its hiding then dropped); None when it is
    neither."""
    if tag == "button":
        return attributes if in_heading else None
    hidden = "hidden" in attributes or attributes.get("aria-hidden") == "true"
    if not hidden or not attributes.get("id"):
        return None
    if attributes["id"] not in _controlled_ids(page):
        return None
    return {key: value for key, value in attributes.items() if key != "hidden" and key != "aria-hidden"}


@lru_cache(maxsize=4)
def _controlled_ids(page: str) -> frozenset[str]:
    """Every id that an `aria-controls` of the page names (a value may name several, space-separated)."""
    return frozenset(name for m in _CONTROLS.finditer(page) for name in "".join(g or "" for g in m.groups()).split())
