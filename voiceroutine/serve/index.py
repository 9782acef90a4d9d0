"""The page a browser gets at the share's address: the routines with their follow-along pages and files, and the
feed's address to paste into a podcast app. Plain HTML, nothing fetched from elsewhere."""

from __future__ import annotations

import html
from collections.abc import Sequence

from voiceroutine.export.chapters import plain_text
from voiceroutine.routine.units import clock
from voiceroutine.serve.episodes import Episode
from voiceroutine.serve.feed import Addresses, feed_words

_STYLE = """body{font:18px/1.45 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem 1.2rem}
li{margin:.8rem 0}a{color:#0f766e}code{word-break:break-all;font-size:.85rem}small{color:#5c5c5c}"""


def index_html(title: str, episodes: Sequence[Episode], at: Addresses) -> str:
    def text(value: str) -> str:
        return html.escape(plain_text(value))

    words = feed_words(episodes)
    items = []
    for episode in episodes:
        links = []
        if episode.page:
            links.append(f'<a href="{html.escape(at.file(episode.page))}">{text(words.follow_along)}</a>')
        links.append(f'<a href="{html.escape(at.file(episode.name))}">{text(words.audio)}</a>')
        length = f" · {clock(episode.duration_ms)}" if episode.duration_ms is not None else ""
        own = f' lang="{html.escape(episode.language)}"' if episode.language and episode.language != words.language \
            else ""  # its title and summary are in its own language
        items.append(f"<li><strong{own}>{text(episode.title)}</strong>{length}<br>{' · '.join(links)}"
                     f"<br><small{own}>{text(episode.summary)}</small></li>")
    body = "\n".join(items) or f"<li>{text(words.empty)}</li>"
    return f"""<!doctype html>
<html lang="{html.escape(words.language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>{text(title)}</title><style>{_STYLE}</style></head>
<body><h1>{text(title)}</h1>
<p>{text(words.subscribe)}<br>
<code>{html.escape(at.feed)}</code></p>
<ul>
{body}
</ul></body></html>
"""
