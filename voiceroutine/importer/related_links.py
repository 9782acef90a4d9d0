"""A news or magazine page's links to its other stories, pasted among the exercises: "Also read: New study on
sleep", "Read more: Ten tips for ...", "Related: ...", "See also: ...".

Such a line has no full stop, so the line under it was joined to it as one wrapped paragraph: an exercise's
name line right after the link ("One-leg balance") was lost into the link's words, and the exercise with it,
without a warning. The link lines are left out before the text is read."""

from __future__ import annotations

import re

_RELATED = re.compile(r"^\s*(?:also read|read also|read more|read next|see also|related(?: (?:story|stories|"
                      r"article|articles|reading|post|posts))?|recommended(?: reading)?|more from [\w ]{1,30}|"
                      r"don'?t miss|you (?:may|might) also like)\s*[:|»>–—-]\s*\S.*$", re.I)


def without_related_links(text: str) -> str:
    """The text without its lines that link to the site's other stories."""
    return "\n".join(line for line in text.split("\n") if not _RELATED.match(line))
