"""A Slack export's day file: the poster's top-level messages as Markdown, its joins, bots and thread replies left
out."""

from __future__ import annotations

import json

from tests.importer.helpers import exercises
from voiceroutine.importer.formats.slack_export import slack_export

_DAY = json.dumps([
    {"type": "message", "subtype": "channel_join", "ts": "1700000000.000100", "user": "U01",
     "text": "<@U01> has joined the channel"},
    {"type": "message", "ts": "1700000100.000200", "user": "U02", "thread_ts": "1700000100.000200",
     "text": "Hi team :wave: tea-break moves, see <https://wiki.example/moves|the wiki> &amp; shout:\n\n"
             "*Warm-up*\nArm circles, 1 min\n\n*Main* :timer_clock: 40s work / 20s rest, 2 rounds\n"
             "• Sit to stand\n• Wall press\n• Step-ups\n\n*Cool-down*\nQuad stretch, 20s each side"},
    {"type": "message", "ts": "1700000200.000300", "user": "U03", "thread_ts": "1700000100.000200",
     "parent_user_id": "U02", "text": "can I do 5 rounds of 10 burpees instead?"},
    {"type": "message", "ts": "1700000250.000350", "user": "U02", "thread_ts": "1700000100.000200",
     "parent_user_id": "U02", "text": "<@U03> sure, or 3 rounds of 8 star jumps"},
    {"type": "message", "subtype": "bot_message", "ts": "1700000300.000400", "bot_id": "B01",
     "text": "Reminder: tea break at 3:00 PM."},
], indent=2)


def test_a_slack_day_file_is_its_posters_messages_as_markdown() -> None:
    markdown = slack_export(_DAY)
    assert markdown is not None
    assert "## Warm-up\n\nArm circles, 1 min" in markdown
    assert "## Main\n\n:timer_clock: 40s work / 20s rest, 2 rounds" in markdown
    assert "see the wiki & shout" in markdown
    for gone in ("burpees", "star jumps", "Reminder", "joined", '"ts"', "<@"):
        assert gone not in markdown


def test_a_slack_day_file_imports_its_circuit_and_not_the_replies() -> None:
    found = exercises(_DAY, "2026-03-02.json")
    assert [(e["name"], e.get("duration"), e.get("hold"), e.get("sides")) for e in found] == [
        ("Arm circles", "1 minute", None, None),
        ("Sit to stand", None, None, None),
        ("Wall press", None, None, None),
        ("Step-ups", None, None, None),
        ("Quad stretch", None, "20 s", ["left", "right"]),
    ]


def test_other_json_is_no_slack_export() -> None:
    assert slack_export('[{"ts": "1", "name": "squats", "reps": 10}, {"ts": "2", "name": "lunges"}]') is None
    assert slack_export('{"type": "message", "ts": "1", "text": "Squats 3x10"}') is None
    assert slack_export("[Squats] 3 x 10, \"ts\" of it\n") is None
