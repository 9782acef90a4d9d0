"""A Jira issue's (or Confluence page's) wiki markup: headings, "||" tables, bold names, panels and the ticket's
checklist read as the page means them."""

from __future__ import annotations

from tests.importer.helpers import exercises
from voiceroutine.importer.formats.jira_markup import jira_markdown

_ISSUE = """\
[OPS-77] Stretch break for the night shift
Created: 02/Mar/26 09:00   Updated: 03/Mar/26 11:20

Description

h2. Why

Several of us sit for 10 hours a night. *Everyone* is welcome, see [the wiki|https://wiki.example/stretch].

{note:title=Before you start}
Ask the first aider on ext. 2290 if anything hurts.
{note}

h2. The break

||Move||Dose||How||
|*Hamstring reach*|hold 25 s, 2 times|Heel on a low step.|
|*Standing rows*|3 sets of 12|Band round the rail.|
|*Side lunges*|6 each side|Keep the chest up.|

{panel:title=For the shift leads}
* Call the break at 02:15 sharp.
* Aim for 20 people (we had 14 last week).
{panel}

!stretch-card.png|thumbnail!

h3. Acceptance criteria
# Card printed (A4, 3 copies)
# Break run twice

Comments

Comment by Jo Park [ 03/Mar/26 ]
[~tmills] we did 4 rows sets in the pilot, 3 is fine.
"""


def test_jira_markup_becomes_markdown() -> None:
    markdown = jira_markdown(_ISSUE)
    assert markdown is not None
    assert markdown.startswith("# Stretch break for the night shift\n")
    assert "## The break" in markdown
    assert "| **Hamstring reach** | hold 25 s, 2 times | Heel on a low step. |" in markdown
    assert "|---|---|---|" in markdown
    assert "see the wiki." in markdown and "tmills we did" in markdown
    assert "**Before you start**" in markdown and "- Call the break" not in markdown  # a panel's points: notes
    for gone in ("stretch-card.png", "Card printed", "Break run twice", "{", "[~"):
        assert gone not in markdown


def test_a_jira_issue_imports_its_table_and_not_its_panel_or_checklist() -> None:
    found = exercises(_ISSUE, "issue.txt")
    assert [(e["name"], e.get("reps"), e.get("hold"), e.get("sets", 1), e.get("sides")) for e in found] == [
        ("Hamstring reach", 2, "25 s", 1, None),
        ("Standing rows", 12, None, 3, None),
        ("Side lunges", 6, None, 1, ["left", "right"]),
    ]


def test_text_with_one_mark_or_html_is_no_jira_markup() -> None:
    assert jira_markdown("h2. Warm-up\nSquats 3 x 10, then rest.\n") is None
    assert jira_markdown("<p>h2. Warm-up</p>\n||a||b||\n") is None
    assert jira_markdown("Squats 3 x 10\nLunges 2 x 8\n") is None
