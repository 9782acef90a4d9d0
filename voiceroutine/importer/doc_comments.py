"""An editor's comments on an exported page: Google Docs' "Download as HTML" marks each comment in the text with a
link ("[a]", "[b]": `<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>`) and puts the comments' words at the end,
each in a `<div>` that opens with the link back (`<a href="#cmnt_ref1" id="cmnt1">[a]</a>`). The marks glued to a
name ("Balestra jumps[b]") and cut a paragraph short, and the comments ("seniors asked for 45 s") are a discussion
of the page, not the routine: both are left out, as a page's reader comments are.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"<sup>\s*<a\b[^>]*\bhref=\"#cmnt\d+\"[^>]*>[^<]{0,8}</a>\s*</sup>", re.I)
_COMMENT = re.compile(r"<div\b[^>]*>(?:(?!</?div\b).){0,400}?\bhref=\"#cmnt_ref\d+\"(?:(?!<div\b).)*?</div>",
                      re.I | re.S)


def without_doc_comments(text: str) -> str:
    """`text`, a page's HTML, without its editor's comment marks and comments."""
    if "#cmnt" not in text:
        return text
    return _COMMENT.sub("", _MARK.sub("", text))
