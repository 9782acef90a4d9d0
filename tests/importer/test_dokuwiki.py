"""A DokuWiki page's source: its headings, `^ ... ^` tables, indented items, notes, footnotes and macros read as the
Markdown the importer knows; a section's interval circuit stated in its prose is that section's only."""

from __future__ import annotations

from tests.importer.helpers import imported
from voiceroutine.importer.formats.dokuwiki import dokuwiki_markdown

_PAGE = """\
====== Lunch mobility ======
~~NOTOC~~

//Owner: [[user:kit|Kit]] · tags: {{tag>health}}//

<note tip>Bring water. Room 4 is free from 12:30.</note>

===== 1. Warm up =====

Done as a circuit: **30 seconds on each, 15 seconds to swap to the next one, and go round three times.**

^ Move            ^ Notes             ^
| Marching        | knees high        |
| Side steps      | stay low          |
| Shoulder shrugs | slow              |

===== 2. Stretches =====

  * **Calf stretch** – hands on the wall. 20 seconds each leg.
  * **Neck turns** – look over each shoulder. Six each way.

  - **Cat cow**: 8, slowly((It used to be 12.))

<code bash>
# every 2 hours
0 */2 * * 1-5 notify-send "Stretch"
</code>

~~DISCUSSION~~

> **Sam** 2026/11/02: we did it 5 times round, 9 of us!
"""


def test_the_source_becomes_markdown_without_its_furniture() -> None:
    markdown = dokuwiki_markdown(_PAGE)
    assert markdown is not None
    assert markdown.startswith("# Lunch mobility\n")
    assert "## 1. Warm up" in markdown and "## 2. Stretches" in markdown
    assert "| Move | Notes |\n|---|---|\n| Marching | knees high |" in markdown
    assert "- **Calf stretch** – hands on the wall." in markdown and "1. **Cat cow**: 8, slowly" in markdown
    assert "Note: Bring water." in markdown and "Owner: Kit" in markdown
    for gone in ("NOTOC", "tag>", "used to be 12", "notify-send", "Sam", "//"):
        assert gone not in markdown


def test_the_section_circuit_and_the_stretches_after_it() -> None:
    # numbered section headings: the circuit's rounds and timing are said in its own section over names alone, so
    # they are that section's, not the whole page's
    found, yaml_text = imported(_PAGE)
    assert [e["name"] for e in found] == ["Marching", "Side steps", "Shoulder shrugs", "Calf stretch", "Neck turns",
                                          "Cat cow"]
    assert "circuit: Warm up" in yaml_text and "rounds: 3" in yaml_text
    assert "work: 30 s" in yaml_text and "rest: 15 s" in yaml_text
    by = {e["name"]: e for e in found}
    assert by["Calf stretch"]["hold"] == "20 s" and by["Calf stretch"]["sides"] == ["left", "right"]
    assert by["Neck turns"]["reps"] == 6
    assert by["Cat cow"]["reps"] == 8  # the footnote's old 12 is left out


def test_mediawiki_and_plain_framed_headings_are_no_dokuwiki() -> None:
    assert dokuwiki_markdown("== Warm-up ==\n* '''Squats''' 10\n== Stretch ==\n* [[Calf]] 20 s\n") is None
    assert dokuwiki_markdown("=== WARM UP ===\nSquats x 10\nLunges x 8\n") is None
