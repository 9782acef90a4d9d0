"""A chat exported from Telegram Desktop as HTML (its "Export chat history", messages.html): each message's sender,
time and text, written as the lines of a text chat export ("[11.03.2026, 07:30] Coach Ines: ..."), which the chat
reader (`chat.py`) then reads like any other: the sender of the doses is the author.

A message "joined" to the one above it has no sender of its own: it is the same sender's. A forwarded message's
text is another chat's, a reply's "In reply to this message" line and a poll are the page's, and a service line
(a date) is no one's: all left out. Read with the standard library's HTML parser; the export's markup is regular.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

MIN_MESSAGES = 3
"""Fewer messages than this are no chat worth reading as one."""
_VOID = frozenset(("br", "img", "hr", "meta", "link", "input", "wbr"))


class _Export(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[set[str]] = []
        self.messages: list[tuple[str, str, str]] = []
        """(sender, time, text) of each message, in order."""
        self.sender = ""
        self.time = ""
        self.text: list[str] = []
        self.field: str | None = None
        self.in_message = False

    def _inside(self, name: str) -> bool:
        return any(name in classes for classes in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            if self.field == "text":
                self.text.append("\n")
            return
        if tag in _VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "div" and "message" in classes and "default" in classes:
            self._close()
            self.in_message = True
            self.text = []
            if "joined" not in classes:
                self.sender = ""
        elif self.in_message and not self._inside("forwarded") and "forwarded" not in classes:
            title = dict(attrs).get("title") or ""
            if "date" in classes and (m := re.match(r"(\d{2}\.\d{2}\.\d{4}) (\d{2}:\d{2})", title)):
                self.time = f"{m[1]}, {m[2]}"
            elif "from_name" in classes:
                self.field, self.sender = "from", ""
            elif "text" in classes and not self._inside("media_wrap"):
                self.field = "text"
        self.stack.append(classes)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.stack:
            return
        classes = self.stack.pop()
        if "from_name" in classes or "text" in classes:
            self.field = None

    def handle_data(self, data: str) -> None:
        if self.field == "from":
            self.sender += data
        elif self.field == "text":
            self.text.append(data)

    def _close(self) -> None:
        said = re.sub(r"[ \t]+", " ", "".join(self.text)).strip()
        if self.in_message and said and self.sender.strip():
            self.messages.append((self.sender.strip(), self.time, said))
        self.text = []

    def close(self) -> None:
        super().close()
        self._close()


def telegram_chat(text: str) -> str | None:
    """The chat in `text` as a text chat export when it is a Telegram Desktop HTML export, else None."""
    if "message default" not in text[:200_000] or not re.search(r'class="[^"]*\bfrom_name\b', text[:200_000]):
        return None
    export = _Export()
    export.feed(text)
    export.close()
    if len(export.messages) < MIN_MESSAGES:
        return None
    lines = []
    for sender, time, said in export.messages:
        name = re.sub(r"[:\n]", " ", sender).strip()
        first, *rest = said.split("\n")
        lines.append(f"[{time or '01.01.2000, 00:00'}] {name}: {first}")
        lines.extend(line for line in rest if line.strip())
    return "\n".join(lines) + "\n"
