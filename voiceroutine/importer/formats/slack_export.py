"""A Slack export's day file (`channel/2026-12-04.json`: a JSON list of messages) -> the Markdown its poster's
messages make.

Each message is an object whose "text" is Slack's mrkdwn: *bold*, _italic_, "<@U0123>" mentions,
"<https://...|words>" links, "&amp;"-escaped characters and ":emoji:" codes, with its lines in "\\n" escapes. Read as
it is, the importer saw the JSON's keys ("type", "ts", "user") as names. The routine is the top-level messages of
the member whose messages state the most doses; joins, bots and other subtypes, and the replies in a message's
thread (other members' questions, the poster's answers to them), are left out, as a page's comments are. Each
message is a paragraph of Markdown; a bold label opening a line ("*Warm-up*", "*Circuit* 45s work, 3 rounds") is a
heading, the rest of its line a paragraph under it.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from voiceroutine.importer.dose import find_mentions

MIN_MESSAGES = 2
"""Fewer messages than this are no export worth reading as one."""
_MENTION = re.compile(r"<[@!][^<>\n]*>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+\|(?P<name>[^<>\n]+)>")
_LINK = re.compile(r"<(?:https?://|mailto:)[^<>|\n]*\|(?P<shown>[^<>\n]+)>")
_BARE_LINK = re.compile(r"<(?:https?://|mailto:)[^<>\n]*>")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)(?P<words>[^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)(?P<words>[^_\n]+?)(?<=\S)_(?![\w_])")
_LABEL = re.compile(r"^\*\*(?P<words>[^*\n]{1,60}?)\s*:?\*\*\s*(?::(?![\w+-]+:))?\s*(?P<rest>.*)$")
"""A line that opens with a bold label: "*Warm-up*", "*Circuit* 45s work / 15s rest, 3 rounds"."""


def slack_export(text: str) -> str | None:
    """The poster's messages in a Slack export's day file as Markdown, or None when `text` is no such file."""
    if not text.lstrip().startswith("[") or '"ts"' not in text[:20_000]:
        return None
    try:
        data: Any = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, list):
        return None
    messages = [m for m in data if isinstance(m, dict) and m.get("type") == "message" and "ts" in m
                and isinstance(m.get("text"), str)]
    if len(messages) < MIN_MESSAGES or len(messages) * 2 < len(data):
        return None
    posts = [m for m in messages if not m.get("subtype") and not _is_reply(m) and m["text"].strip()]
    doses: dict[str, int] = {}
    for post in posts:
        user = str(post.get("user", ""))
        doses[user] = doses.get(user, 0) + len(find_mentions(post["text"]))
    if not doses:
        return None
    author = max(doses, key=lambda user: doses[user])
    kept = [_markdown(post["text"]) for post in posts if str(post.get("user", "")) == author]
    return "\n\n".join(kept).strip() + "\n"


def _is_reply(message: dict[str, Any]) -> bool:
    """A reply in a thread: its thread's "thread_ts" is another message's "ts"."""
    return ("thread_ts" in message and message["thread_ts"] != message["ts"]) or "parent_user_id" in message


def _markdown(text: str) -> str:
    text = _MENTION.sub("", _CHANNEL.sub(lambda m: "#" + m["name"], text))
    text = _BARE_LINK.sub("", _LINK.sub(lambda m: m["shown"], text))
    text = html.unescape(text)
    text = _ITALIC.sub(lambda m: f"*{m['words']}*", _BOLD.sub(lambda m: f"**{m['words']}**", text))
    lines: list[str] = []
    for line in text.split("\n"):
        if label := _LABEL.match(line.strip()):
            lines.extend(["", f"## {label['words'].strip()}", ""])
            line = label["rest"]  # what follows the label is said of what is under it: a paragraph of its own
            if not line.strip():
                continue
        lines.append(line)
    return "\n".join(lines)
