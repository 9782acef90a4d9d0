"""A Mastodon (or other fediverse) thread copied from the web interface -> its author's posts, a paragraph each.

Each post stands under its author's name and full handle ("Rowan Ilves @rowan@typeset.social", or the two on lines
of their own over a "Follow" button for the thread's first post) and above a line with its date, visibility and
client ("Dec 3, 2026, 14:04 · 🔓 · Web") and one of its boosts and favourites ("11 boosts · 37 favourites"). Read as
it is, the headers were the exercises' names. The thread is the posts of the handle over most posts, their
paragraphs kept; the server's menu and footer, the content warning ("CW: ..."), the date and count lines, other
people's posts and the author's answers to them (a post that opens with "@someone") are left out.
"""

from __future__ import annotations

import re
from collections import Counter

_HANDLE = r"@[\w.-]{1,40}@[\w-]+(?:\.[\w-]+)+"
_HEADER = re.compile(rf"^\s*(?:(?P<name>\S[^@\n]{{0,60}}?)\s+)?(?P<handle>{_HANDLE})\s*$")
"""A post's header: the author's name and full handle, or the handle alone under the name."""
_STAMP = re.compile(r"^\s*(?:[A-Z][a-z]{2}\s+\d{1,2},\s+\d{4},\s+\d{1,2}:\d{2}|\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4},?\s+"
                    r"\d{1,2}:\d{2})\b.*$")
"""The line under a post: "Dec 3, 2026, 14:04 · 🔓 · Web", "3 Dec 2026, 14:04"."""
_COUNTS = re.compile(r"^\s*\d[\d.,]*[KkMm]?\s+(?:boosts?|favou?rites?|replies|reblogs?|likes?)\b.*$", re.I)
_CHROME = re.compile(r"^\s*(?:follow|following|unfollow|replies|cw:.*|content warning:.*|show (?:more|less)|"
                     r"boost|favou?rite|bookmark|reply)\s*$", re.I)
_REPLY = re.compile(rf"^\s*{_HANDLE}|^\s*@[\w.-]{{1,40}}\b")
MIN_POSTS = 3
"""Fewer post headers than this are no thread."""


def mastodon_thread(text: str) -> str | None:
    """The thread author's posts as paragraphs, or None when `text` is no copied Mastodon thread."""
    lines = text.split("\n")
    headers = {at: m for at, line in enumerate(lines) if (m := _HEADER.match(line))}
    stamps = sum(1 for line in lines if _STAMP.match(line))
    if len(headers) < MIN_POSTS or stamps < MIN_POSTS - 1:
        return None
    author = Counter(m["handle"].lower() for m in headers.values()).most_common(1)[0][0]
    posts: list[list[str]] = []
    post: list[str] | None = None
    for at, line in enumerate(lines):
        if at in headers:
            post = [] if headers[at]["handle"].lower() == author else None
            if post is not None:
                posts.append(post)
            continue
        if post is None:
            continue
        if _STAMP.match(line):
            post = None  # the post ends at its date line; what follows until the next header is the page's
            continue
        if _COUNTS.match(line) or _CHROME.match(line):
            continue
        post.append(line.strip())
    out: list[str] = []
    for lines_of_post in posts:
        body = "\n".join(lines_of_post).strip()
        if not body or _REPLY.match(body):
            continue  # an answer to someone in the replies, not the thread
        out.append(re.sub(r"\n{2,}", "\n\n", body))
    return "\n\n".join(out) + "\n" if out else None
