"""An e-mail saved whole (an .eml file: headers, then a MIME body), read with the standard `email` package.

A programme sent by e-mail and saved raw keeps its text behind the transport headers (Received, DKIM-Signature,
...) and, most often, in quoted-printable or base64: lines end in "=" where the mail cut them, and every
non-ASCII character is "=E2=80=93" and the like. Every mail reader decodes these; `email` does it by the RFCs,
so the article read is the message's subject as a heading over its text part (the plain-text alternative when
there is one, else the HTML one, left for the HTML reader). Attachments are no part of it. A text that does not
open with mail headers (a "From:" or "Subject:" among them, and a MIME-Version or Content-Type) is no message."""

from __future__ import annotations

import email
import email.policy
import re

_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
_NEEDED = re.compile(r"^(mime-version|content-type):", re.I | re.M)
_SENDER = re.compile(r"^(from|subject):", re.I | re.M)


def message_text(text: str) -> str | None:
    """The subject and text of a whole e-mail message; None when the text is no message."""
    head = text.lstrip().split("\n\n", 1)[0]
    if not head or not _HEADER.match(head) or not _NEEDED.search(head) or not _SENDER.search(head):
        return None
    message = email.message_from_string(text.lstrip(), policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return None
    try:
        content = body.get_content()
    except (LookupError, KeyError, ValueError):
        return None
    if not isinstance(content, str) or not content.strip():
        return None
    subject = str(message.get("Subject", "") or "").strip()
    if body.get_content_subtype() == "html" or not subject:
        return content
    return f"{subject}\n\n{content.strip()}\n"
