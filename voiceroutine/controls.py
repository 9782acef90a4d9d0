"""Control characters in text we did not write: found and named for a located message, escaped for the terminal,
stripped for files.

They reach us only through YAML escapes ("\\e", "\\0", "\\x9b"), articles, config files and voice names: the YAML
reader already refuses them raw. Tab and line feed are text; every other C0 character, DEL, C1 and a lone
surrogate (which no encoding can write) is a control here.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL",
          0x85: "NEL", 0x9B: "CSI"}


def first_control(text: str) -> int | None:
    """Index of the first control character in `text`, or None."""
    found = _CONTROL.search(text)
    return None if found is None else found.start()


def describe(ch: str) -> str:
    """"U+001B (ESC)": a control character named in a message without being printed."""
    code = ord(ch)
    name = _NAMES.get(code)
    if 0xD800 <= code <= 0xDFFF:
        name = "a lone surrogate"
    return f"U+{code:04X}" + (f" ({name})" if name else "")


def visible(text: str) -> str:
    """`text` safe to print on a terminal: each control character shown as an escape (`\\x1b`), so a name cannot
    clear the screen, retitle the window or ring the bell; tabs and line breaks stay."""
    return _CONTROL.sub(lambda m: _escape(m.group()), text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def stripped(text: str) -> str:
    """`text` without control characters, tabs and line breaks as spaces: for tags, chapters and captions."""
    return _CONTROL.sub("", text.replace("\n", " ").replace("\t", " "))
