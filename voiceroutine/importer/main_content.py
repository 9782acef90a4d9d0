"""An HTML page's main content, found by readability-lxml (the Readability algorithm, as in Firefox's reader view).

Hand rules in html.py drop page furniture marked as such (nav, footer, class="comments"); a page whose
comments, "more posts" boxes or menus are plain <div>s needs the content found the other way round: by
where the text is. `main_content` gives that part of the page as HTML, or None when it finds none; the
importer uses it only when it keeps every exercise the whole page has (see article.py).
"""

from __future__ import annotations

import logging
import re

_HEADING_TAG = re.compile(r"<h[1-6]\b[^<>]{0,500}>", re.I)


def main_content(html: str) -> str | None:
    """The page's main content as HTML (headings, lists, paragraphs and tables kept), or None."""
    try:
        from readability import Document  # lazy: lxml loads only for HTML articles
    except ImportError:  # pragma: no cover - a dependency of the package; without it the hand rules stand alone
        return None
    logging.getLogger("readability.readability").setLevel(logging.ERROR)
    try:
        summary = Document(_headings_kept(html)).summary(html_partial=True)
    except Exception:  # readability raises bare lxml and parser errors on broken pages
        return None
    return summary if summary and summary.strip() else None


def _headings_kept(html: str) -> str:
    """The page with "header" taken out of its headings' classes and ids: readability drops an element whose class
    says "header" as page furniture, and a card's headings are often classed so ("wprm-recipe-header")."""
    return _HEADING_TAG.sub(lambda m: re.sub(r"header", "heading", m.group(0), flags=re.I), html)
