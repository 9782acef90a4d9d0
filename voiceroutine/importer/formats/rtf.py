"""An RTF document (WordPad's or Word's "Rich Text", opened as text): its words, with paragraphs (\\par) as lines,
bold (\\b ... \\b0) as Markdown bold, list numbers ({\\pntext 1.\\tab}) kept, dashes and escaped characters as
themselves; font and colour tables, other destinations and every other control word left out."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"\\(?P<word>[a-zA-Z]+)(?P<arg>-?\d+)? ?|\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<symbol>[^a-zA-Z])")
_SKIPPED = frozenset({"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer",
                      "listtable", "listoverridetable", "generator", "themedata", "datastore", "latentstyles"})
_WORDS = {"par": "\n", "line": "\n", "tab": " ", "endash": "–", "emdash": "—", "bullet": "•", "lquote": "‘",
          "rquote": "’", "ldblquote": "“", "rdblquote": "”", "enspace": " ", "emspace": " ", "qmspace": " "}
MAX_CHARS = 2_000_000


def rtf_text(text: str) -> str | None:
    """The text of an RTF document, one paragraph a line; None when `text` is no RTF."""
    if not text.lstrip().startswith("{\\rtf"):
        return None
    out: list[str] = []
    skip_depth: list[bool] = [False]
    bold = [False]
    at = 0
    text = text[:MAX_CHARS]
    while at < len(text):
        char = text[at]
        if char == "{":
            skip_depth.append(skip_depth[-1])
            bold.append(bold[-1])
            following = text[at + 1: at + 40]
            if re.match(r"\\\*", following) or (
                    (m := re.match(r"\\([a-z]+)", following)) and m[1] in _SKIPPED):
                skip_depth[-1] = True
            at += 1
            continue
        if char == "}":
            if len(skip_depth) > 1:
                skip_depth.pop()
                was = bold.pop()
                if bold[-1] != was and not skip_depth[-1]:
                    out.append("**")
            at += 1
            continue
        if char == "\\":
            m = _CONTROL.match(text, at)
            if m is None:
                at += 1
                continue
            at = m.end()
            if skip_depth[-1]:
                continue
            if m["hex"]:
                out.append(bytes([int(m["hex"], 16)]).decode("cp1252", errors="replace"))
            elif m["symbol"]:
                out.append(m["symbol"] if m["symbol"] in "\\{}" else (" " if m["symbol"] == "~" else ""))
            elif m["word"] == "u" and m["arg"]:
                out.append(chr(int(m["arg"]) % 65536))
                if at < len(text) and text[at] == "?":
                    at += 1
            elif m["word"] == "b":
                on = m["arg"] != "0"
                if on != bold[-1]:
                    out.append("**")
                    bold[-1] = on
            elif m["word"] in ("pard", "plain") and bold[-1]:
                out.append("**")
                bold[-1] = False
            elif m["word"] in _WORDS:
                out.append(_WORDS[m["word"]])
            continue
        if char in "\r\n":
            at += 1
            continue
        if not skip_depth[-1]:
            out.append(char)
        at += 1
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    lines = [re.sub(r"\*\*\s*\*\*", "", line).replace("** ", "** ").strip() for line in lines]
    lines = [re.sub(r"\*\*(\S[^*]*?)\s+\*\*", r"**\1** ", line) for line in lines]
    return "\n\n".join(line for line in lines if line.strip("* ")) + "\n"
