"""Where a routine ends: a paragraph that says it is over ("That's it - about 10 minutes.") ends the last
exercise, and a reader's comment that names an exercise ("I do the lunges for a minute instead") changes nothing."""

from __future__ import annotations

import pytest
import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.blocks import WRAP_UP

_PAGE = """Allotment society news

The five-minute warm-up before digging
Posted by the committee on 2 March 2026 | 2 comments

Our member physio wrote this up after the spring meeting.

Shoulder rolls
Stand tall and roll both shoulders backwards slowly, as big as they will go. 12 rolls.

Side bends
Slide one hand down the side of your thigh, come back up, then slide the other. 8 to each side.

Walking lunges
Take 8 long steps along the path, sinking into a lunge on each one. Keep your chest up.

Hamstring sweep
Heel forward, toes up, hinge at the hips and sweep your hands down towards your shin. Stay for 20
seconds, then change legs.

Trunk turns
Hold the spade across your shoulders and turn slowly to the right and then to the left. 10 turns each way.

That's it - about 5 minutes. The shed is open from 08:00 and the water goes on in 20 minutes.

2 comments

Pat - 3 March 2026
My knees won't do the lunges, I just march on the spot for a minute instead.

Lou - 4 March 2026
Thanks, printed for the shed door.
"""


def _exercises(text: str) -> list[dict[str, object]]:
    return list(yaml.safe_load(import_article(text, "news.txt").yaml_text)["exercises"])


def test_a_wrap_up_paragraph_ends_the_last_exercise() -> None:
    result = import_article(_PAGE, "news.txt")
    turns = yaml.safe_load(result.yaml_text)["exercises"][-1]
    assert turns["name"] == "Trunk turns"
    assert (turns["reps"], "hold" in turns, "duration" in turns) == (10, False, False)
    assert not [w for w in result.warnings if w.startswith("Trunk turns:")]


def test_a_readers_comment_naming_an_exercise_does_not_change_its_dose() -> None:
    (lunges,) = [e for e in _exercises(_PAGE) if e["name"] == "Walking lunges"]
    assert lunges["reps"] == 8
    assert "duration" not in lunges


@pytest.mark.parametrize(("text", "ends"), [
    ("That's it.", True),
    ("That's all. It takes me about ten minutes.", True),
    ("And that's it!! You did amazing.", True),
    ("That's it - about 10 minutes.", True),
    ("That's it for the warm-up; now the main set.", False),
    ("That's it for today, see you next week.", True),
    ("That is the hardest part of the whole routine.", False),
])
def test_what_says_the_routine_is_over(text: str, ends: bool) -> None:
    assert bool(WRAP_UP.match(text)) is ends


def test_a_heading_among_the_exercises_with_nothing_read_under_it_is_said_to_be_skipped() -> None:
    text = ("# Knee programme\n\n## 1. Quad sets\n\nTighten the front of your thigh. Hold 5 seconds, 10 times.\n\n"
            "## 2. Terminal knee extension\n\n(pictured above, with the green band)\n\n"
            "## 3. Heel slides\n\nSlide the heel towards you. 10 times.\n\n"
            "## Questions?\n\nCall us on 01632 960 111.\n")
    result = import_article(text, "knee.md")
    names = [e["name"] for e in yaml.safe_load(result.yaml_text)["exercises"]]
    assert names == ["Quad sets", "Heel slides"]
    assert ('skipped the heading "2. Terminal knee extension": a heading like the exercises\' around it, with no dose '
            "or instruction read under it") in result.warnings
    assert not [w for w in result.warnings if "Questions" in w]


def test_a_line_among_exercise_lines_that_no_rule_reads_is_said_to_be_skipped() -> None:
    text = ("My physio list\n\nDo these every morning:\n\nWall push-ups - 2 x 12\nHeel raises - 15, slowly\n"
            "Band walks - the level 2 band\nBridges - 2 x 10\n")
    result = import_article(text, "list.txt")
    names = [e["name"] for e in yaml.safe_load(result.yaml_text)["exercises"]]
    assert names == ["Wall push-ups", "Heel raises", "Bridges"]
    assert ('skipped "Band walks - the level 2 band": a line among the exercise lines around it that was not read '
            "as one") in result.warnings
