"""A Telegram Desktop chat export in HTML: the coach's messages (a joined message is the same sender's) read as a
text chat; forwarded texts, reply markers and polls left out."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.formats.telegram_html import telegram_chat


def _message(number: int, time: str, text: str, sender: str | None = None, forwarded: str | None = None) -> str:
    joined = "" if sender else " joined"
    head = f'<div class="from_name">{sender}</div>' if sender else ""
    inner = (f'<div class="forwarded body"><div class="from_name">Other group</div>'
             f'<div class="text">{forwarded}</div></div>') if forwarded else f'<div class="text">{text}</div>'
    return (f'<div class="message default clearfix{joined}" id="message{number}"><div class="body">'
            f'<div class="pull_right date details" title="04.05.2026 {time}:00 UTC+00:00">{time}</div>'
            f"{head}{inner}</div></div>")


_EXPORT = ("<html><head><title>Exported Data</title></head><body><div class=\"history\">"
           '<div class="message service" id="message-1"><div class="body details">4 May 2026</div></div>'
           + _message(1, "06:50", "", "Sam Reyes", forwarded="Track night: 6 x 400 m hard, 90 s jog between.")
           + _message(2, "07:00", "<strong>LEGS TODAY</strong><br>Main bit, 3 rounds, 1 min rest between rounds:<br>"
                      "• Split squats x10 each leg<br>• Glute bridges x15<br>• Wall sit 40s", "Coach Mo")
           + _message(3, "07:02", "Then after the 3 rounds, on their own:<br>• Side plank 20s each side, 2 sets")
           + _message(4, "07:30", "is the wall sit 40 or 45??", "Priya")
           + "</div></body></html>")


def test_the_export_reads_as_a_text_chat_of_its_senders() -> None:
    chat = telegram_chat(_EXPORT)
    assert chat is not None
    lines = chat.splitlines()
    assert lines[0] == "[04.05.2026, 07:00] Coach Mo: LEGS TODAY"
    assert "[04.05.2026, 07:02] Coach Mo: Then after the 3 rounds, on their own:" in lines
    assert "[04.05.2026, 07:30] Priya: is the wall sit 40 or 45??" in lines
    assert "Track night" not in chat  # a forwarded message is another chat's


def test_the_coachs_messages_import_as_a_circuit_and_one_more() -> None:
    routine = yaml.safe_load(import_article(_EXPORT, "messages.html").yaml_text)
    circuit, plank = routine["exercises"]
    assert (circuit["rounds"], circuit["round_rest"]) == (3, "60 s")
    assert [e["name"] for e in circuit["exercises"]] == ["Split squats", "Glute bridges", "Wall sit"]
    assert "sets" not in circuit["exercises"][-1]  # "after the 3 rounds" is the circuit's, no sets of the wall sit
    assert (plank["name"], plank["hold"], plank["sets"]) == ("Side plank", "20 s", 2)


def test_an_ordinary_page_is_no_telegram_export() -> None:
    assert telegram_chat("<html><body><div class='message'>Squats x10</div></body></html>") is None
