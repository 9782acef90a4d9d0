"""An HTML page's main content, found by readability-lxml (the Readability algorithm, as in Firefox's reader view).

Hand rules in html.py drop page furniture marked as such (nav, footer, class="comments"); a page whose
comments, "more posts" boxes or menus are plain <div>s needs the content found the other way round: by
where the text is. `main_content` gives that part of the page as HTML, or None when it finds none; the
importer uses it only when it keeps every exercise the whole page has (see article.py).
"""

from __future__ import annotations

import logging


def main_content(html: str) -> str | None:
    """The page's main content as HTML (headings, lists, paragraphs and tables kept), or None."""
    try:
        from readability import Document  # lazy: lxml loads only for HTML articles
    except ImportError:  # pragma: no cover - a dependency of the package; without it the hand rules stand alone
        return None
    logging.getLogger("readability.readability").setLevel(logging.ERROR)
    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises bare lxml and parser errors on broken pages
        return None
    return summary if summary and summary.strip() else None
