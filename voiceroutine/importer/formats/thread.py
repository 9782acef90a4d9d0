"""A social-media thread copied as text: each post under a "Name @handle · Nov 28" line, numbered "2/", "3/" by its
author, with counts of replies and likes as bare number rows and other people's replies between the posts.

The thread is its author's posts (the handle over most posts), each on its own line, numbered as the author
numbered it ("2/ Glute bridges. ..." -> "2. Glute bridges. ..."); the header lines, the count rows, "Replying to"
lines and everybody else's posts are left out, and so is what follows the last post ("Relevant people")."""

from __future__ import annotations

import re
from collections import Counter

from voiceroutine.importer.dose import find_mentions

_HEADER = re.compile(r"^\s*(?P<name>[^@\n]{1,60}?)\s*(?P<handle>@[\w.]{2,40})\s*·\s*\S.{0,30}$")
"""A post's header: the name, the handle and, after a middle dot, the date ("Priya H @priya.example · Nov 28")."""
_COUNTS = re.compile(r"^\s*(?:\d[\d.,]*[KkMm]?\s+){1,6}\d[\d.,]*[KkMm]?\s*$")
"""A row of replies, reposts, likes and views: "82   611   2.9K   1.1K"."""
_CHROME = re.compile(r"^\s*(?:replying to\s+@\S+.*|show (?:more )?replies|show more|@[\w.]{2,40}|post|"
                     r"see new posts|conversation|\d{1,2}:\d{2}\s*[AP]M\s*·.*)\s*$", re.I)
_POST_NUMBER = re.compile(r"^\s*(?P<n>\d{1,2})/(?:\d{1,2}\b)?\s+(?=\S)")
"""The author's numbering at the start of a post: "2/ ", "3/8 "."""
MIN_POSTS = 3


def thread_text(text: str) -> str | None:
    """The author's posts, one a line, or None when the text is no thread (fewer than MIN_POSTS post headers)."""
    lines = text.split("\n")
    headers = [m for line in lines if (m := _HEADER.match(line))]
    if len(headers) < MIN_POSTS:
        return None
    author = Counter(m["handle"].lower() for m in headers).most_common(1)[0][0]
    out: list[str] = []
    post: list[str] = []
    keep = True  # the lines before the first header: the thread's first post, or its title

    def flush() -> None:
        if post and keep:
            out.extend([_numbered(" ".join(post)), ""])
        post.clear()

    last = max(index for index, line in enumerate(lines) if (m := _HEADER.match(line)) and m["handle"].lower()
               == author)
    for index, line in enumerate(lines):
        if m := _HEADER.match(line):
            flush()
            keep = m["handle"].lower() == author and not line[:1].isspace()
            continue
        if not line.strip():
            if index > last:
                flush()
                break
            continue
        if _COUNTS.match(line) or _CHROME.match(line):
            continue
        post.append(line.strip())
    flush()
    return "\n".join(out)


_LEAD_IN = re.compile(r"^(?:(?:start|begin|finish|end)\s+(?:with|in|on)|then|next(?:\s+up)?(?:\s+is)?)\s+"
                      r"(?:(?:a|an|the)\s+)?", re.I)
"""'Start with marching on the spot.', 'Finish in a deep squat hold.': the words before the exercise's name."""
_NO_NAME = re.compile(r"^(?:that|this|it|its|it's|here|there|i|we|you|so|and|ok|okay|now|done)\b", re.I)
MAX_NAME_WORDS = 6


def _numbered(post: str) -> str:
    """The post with the author's number as a list number, and a first sentence that only names the exercise
    ("Glute bridges.", "Start with marching on the spot.") in bold, as a name leading its instructions."""
    m = _POST_NUMBER.match(post)
    if m is None:
        return post
    body = post[m.end():]
    first, dot, rest = body.partition(". ")
    name = _LEAD_IN.sub("", first.strip())
    if (dot and rest and name and len(name.split()) <= MAX_NAME_WORDS and not _NO_NAME.match(name)
            and not find_mentions(name) and not re.search(r"[,;:!?]", name)):
        body = f"**{name[:1].upper() + name[1:]}.** {rest}"
    return f"{m['n']}. {body}"
