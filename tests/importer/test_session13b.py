"""Rules added while tuning on round 22 (session 13): a calendar invitation saved as .ics text, and the other
shapes of that round; each on our own words."""

from __future__ import annotations

from tests.importer.helpers import by_name
from voiceroutine.importer.calendar_file import calendar_text
from voiceroutine.importer.sheet_cells import symbol_cells

_INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Ours//Test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:abc-123@example.net\r\nDTSTART:20270104T073000Z\r\nRRULE:FREQ=DAILY;COUNT=10\r\n"
    "SUMMARY:Morning mobility\\, ten minutes\r\n"
    "DESCRIPTION:Before breakfast.\\n\\n- Shoulder rolls x12\\n- Knee hu\r\n"
    " gs x8 each side\\n- Cat stretch x6\\, then stand up slo\r\n"
    " wly\\n\\nCall 0161 555 0199 if it hurts.\r\n"
    "BEGIN:VALARM\r\nTRIGGER:-PT5M\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_an_ics_invitation_is_read_as_its_summary_over_its_unfolded_description() -> None:
    text = calendar_text(_INVITE)
    assert text is not None
    assert text.startswith("Morning mobility, ten minutes\n\nBefore breakfast.")
    assert "- Knee hugs x8 each side\n" in text  # folded mid-word, unfolded
    assert "x6, then stand up slowly" in text  # "\," and the fold after "slo"
    assert "RRULE" not in text and "Reminder" not in text  # the event's other properties and its alarm
    found = by_name(_INVITE, "invite.ics")
    assert list(found)[:3] == ["Shoulder rolls", "Knee hugs", "Cat stretch"]
    assert found["Knee hugs"]["reps"] == 8 and found["Knee hugs"]["sides"]
    # saved with Unix line ends, the same
    assert calendar_text(_INVITE.replace("\r\n", "\n")) == text
    # no calendar, or one that will not parse: the text is read as it is
    assert calendar_text("Shoulder rolls x12\n") is None
    assert calendar_text("BEGIN:VCALENDAR\nthis is not a calendar\n") is None


def test_a_tick_box_column_of_a_tab_separated_table_keeps_each_row_as_wide_as_its_header() -> None:
    sheet = ("Knee programme\n\nMove\tWhat to do\tReps\tSets\tTicked\n"
             "Straight leg raise\tLift the leg a hand's width and lower it.\t10\t3\t\u2610\n"
             "Knee bends\tSlide the heel towards you and back.\t15\t2\t\u2610\n"
             "Calf pumps\tPoint and flex the foot.\t20\t1\t\u2713\n")
    found = by_name(sheet)
    assert list(found) == ["Straight leg raise", "Knee bends", "Calf pumps"]
    assert (found["Straight leg raise"]["reps"], found["Straight leg raise"]["sets"]) == (10, 3)
    assert (found["Knee bends"]["reps"], found["Knee bends"]["sets"]) == (15, 2)
    assert symbol_cells("a\tb\t\u2610") == "a\tb\t–"
    assert symbol_cells("\u2610 Bridge") == "\u2610 Bridge"  # a box that starts a line is a checklist's, not a cell
