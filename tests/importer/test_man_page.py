"""A man page's troff source: its sections and .TP items as Markdown, the command's reference sections left out."""

from __future__ import annotations

from tests.importer.helpers import exercises
from voiceroutine.importer.formats.man_page import man_page_text

_PAGE = r""".\" Page for standbreak, kept by hand.
.TH STANDBREAK 1 "March 2027" "standbreak 2.1" "User Commands"
.SH NAME
standbreak \- reminds you to stand
.SH OPTIONS
.TP
.BR \-w ", " \-\-wait =\fIMINUTES\fR
Wait this long between breaks; 30 by default.
.SH THE BREAK
.TP
.B Neck tilts
Drop the ear towards the shoulder and hold for 10 seconds.
Do 4 of them.
.TP
.B Standing \fBhamstring\fR reach
.BR 3 " sets of " 6 ,
with a short pause.
.SH EXIT STATUS
.TP
.B 1
Five errors in 2 minutes.
"""


def test_a_man_page_is_its_sections_and_items_as_markdown() -> None:
    markdown = man_page_text(_PAGE)
    assert markdown is not None
    assert markdown.startswith("# standbreak\n\n## NAME\n\nstandbreak - reminds you to stand\n\n## THE BREAK\n")
    assert ("- **Neck tilts**: Drop the ear towards the shoulder and hold for 10 seconds. Do 4 of them."
            in markdown)
    assert "- **Standing hamstring reach**: 3 sets of 6, with a short pause." in markdown
    for gone in ("OPTIONS", "30 by default", "EXIT STATUS", "Five errors", ".TP", "\\f", "kept by hand"):
        assert gone not in markdown


def test_a_man_page_imports_its_routine_and_not_its_options() -> None:
    found = exercises(_PAGE, "standbreak.1")
    assert [(e["name"], e.get("reps"), e.get("hold"), e.get("sets")) for e in found] == [
        ("Neck tilts", 4, "10 s", None),
        ("Standing hamstring reach", 6, None, 3),
    ]


def test_other_text_is_no_man_page() -> None:
    assert man_page_text(".TH is how a man page starts\n") is None
    assert man_page_text("Squats: 3 x 10\n.SH\n") is None
