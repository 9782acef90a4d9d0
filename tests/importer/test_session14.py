"""Rules added while tuning on round 24: a count offered \"instead of\" another, a workout card's keywords line,
and a list item laid out as cells; each on our own words."""

from __future__ import annotations

from tests.importer.helpers import by_name, by_name_and_text
from voiceroutine.importer.keyword_lines import is_keyword_line

_CARD = """<html><body><h1>Lunch Break Burner</h1>
<h3>Instructions</h3>
<h4>Warm up</h4><ol><li>Jog in place for 3 minutes.</li></ol>
<h4>The circuit</h4>
<p>Set a timer for 40 seconds of work and 20 seconds of rest. Go through all four moves, then take two minutes off
before you start the next round. Do 4 rounds.</p>
<ol><li>High knees</li><li>Burpees</li><li>Sit-ups</li><li>Jumping jacks</li></ol>
<h4>Cool down</h4>
<ol><li>Child's pose: hold for 30 seconds.</li></ol>
<h3>Notes</h3>
<p>Busy day? Do 2 rounds instead of 4 and you will be done sooner.</p>
</body></html>"""


def test_rounds_offered_instead_of_others_are_not_the_routines() -> None:
    found, text = by_name_and_text(_CARD, "card.html")
    assert list(found) == ["Jog in place", "High knees", "Burpees", "Sit-ups", "Jumping jacks", "Child's pose"]
    assert "circuit: The circuit" in text
    assert "rounds: 4" in text
    assert "work: 40 s" in text
    assert all("reps" not in exercise for exercise in found.values())


def test_a_keywords_line_is_terms_after_the_label() -> None:
    assert is_keyword_line("Keywords: hiit, nap time, no equipment")
    assert is_keyword_line("Key words: core, 10 minute workout")
    assert not is_keyword_line("Keywords: squat")  # one term could be a sentence's start
    assert not is_keyword_line("Keywords: breathe slowly. Then hold, and relax")


def test_a_cards_keywords_line_is_no_exercise() -> None:
    card = _CARD.replace("</body>", "<p><span>Keywords:</span> cardio, lunch workout, no equipment, 15 minute workout"
                                    "</p>\n</body>")
    found, text = by_name_and_text(card, "card.html")
    assert list(found) == ["Jog in place", "High knees", "Burpees", "Sit-ups", "Jumping jacks", "Child's pose"]
    assert "Keywords" not in text


_CELLS = """<html><body><h1>Arms and legs</h1><ol>
<li><span class="move">Hammer curl</span> <span class="dose">3 sets · 12 reps each arm</span> <span>Rest 60s</span></li>
<li><span class="move">Side plank</span> <span class="dose">2 sets · 20 secs</span> <span>Rest 30s</span></li>
</ol></body></html>"""


def test_a_list_items_cells_are_read_apart() -> None:
    found = by_name(_CELLS, "cells.html")
    assert found["Hammer curl"]["sides"] == ["left", "right"]
    assert found["Hammer curl"]["reps"] == 12
    assert found["Side plank"]["hold"] == "20 s"
    assert found["Side plank"]["sets"] == 2
    assert found["Side plank"]["set_rest"] == "30 s"
