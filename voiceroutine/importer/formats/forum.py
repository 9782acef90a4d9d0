"""A forum thread copied as text (vBulletin, phpBB): numbered posts ("#41   04-12-2026, 08:17 AM"), each under its
member's name and details ("Junior Member   Join Date: Mar 2025", "Posts: 37"), quoting other posts ("Quote:" /
"Originally Posted by Kate" / her words), signed under a rule of underscores, with "Reply With Quote" below.

The routine is one member's: the posts of the member whose own words state the most doses (a reply of theirs may
add to it). Everyone else's posts, the words they quote, the member details, the signatures and the page's bars are
left out; read as they were, a quoted plan gave its doses, and "Posts: 37" was an exercise of 37 reps."""

from __future__ import annotations

import re

from voiceroutine.importer.dose import find_mentions

_POST = re.compile(
    r"^\s*#\d{1,6}\s+\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s*(?P<who>\S*)\s*$")
"""A post's header: its number, date and time, maybe its member's name after them."""
_DETAILS = re.compile(r"^\s*(?:(?:junior|senior|new|full|active|veteran)\s+)?(?:member|moderator|administrator|admin)\b"
                      r"|\b(?:join date|posts|location|reputation|thanks|likes received)\s*:", re.I)
_QUOTE = re.compile(r"^\s*quote:?\s*$", re.I)
_QUOTED_BY = re.compile(r"^\s*originally posted by\b", re.I)
_CHROME = re.compile(r"^\s*(?:reply with quote\b|last edited by\b|quick reply\b|\|?\s*report post\b)", re.I)
_SIGNATURE = re.compile(r"^\s*_{5,}\s*$")
_MIN_POSTS = 2


def forum_posts(text: str) -> str | None:
    """The thread as its routine's author wrote it, or None when `text` is no forum thread (two or more post
    headers)."""
    lines = text.split("\n")
    starts = [at for at, line in enumerate(lines) if _POST.match(line)]
    if len(starts) < _MIN_POSTS:
        return None
    posts: list[tuple[str, list[str]]] = []
    for first, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        m = _POST.match(lines[first])
        assert m is not None
        body = lines[first + 1:end]
        who = m["who"]
        if not who and body and body[0].strip() and len(body[0].split()) == 1:
            who, body = body[0].strip(), body[1:]
        posts.append((who, _own_words(body)))
    doses: dict[str, int] = {}
    for who, body in posts:
        doses[who] = doses.get(who, 0) + sum(len(find_mentions(line)) for line in body)
    author = max(doses, key=lambda who: doses[who])
    kept = [line for who, body in posts if who == author for line in [*body, ""]]
    return "\n".join([*lines[:starts[0]], *kept])


def _own_words(body: list[str]) -> list[str]:
    """A post's lines without its member details, the words it quotes, its signature and the buttons below it."""
    out: list[str] = []
    at = 0
    while at < len(body):
        line = body[at]
        if _QUOTE.match(line) or _QUOTED_BY.match(line) or _SIGNATURE.match(line):
            at += 1
            while at < len(body) and (_QUOTED_BY.match(body[at]) or body[at].strip()):
                at += 1  # the quoted words (or the signature), up to the next blank line
            continue
        if not (_DETAILS.search(line) and len(line.split()) <= 8) and not _CHROME.match(line):
            out.append(line)
        at += 1
    return out
