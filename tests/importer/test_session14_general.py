"""Rules of session 14, layout-free: lines under a lead-in that name known exercises are a list whatever their case,
and an item of that list whose name the lexicon does not know is an exercise beside them, not a step; each on our
own words."""

from __future__ import annotations

from tests.importer.helpers import by_name, by_name_and_text
from voiceroutine.importer.blocks import Block, BlockKind
from voiceroutine.importer.known_lines import named_lines
from voiceroutine.importer.led_lines import led_known_lines

_COACH = """Tuesday at home

Coach said:
bird dog 8 each side
sky reach 3 x 20s
then dead bugs 10 reps

That was it.
"""


def test_a_lead_in_over_lowercase_dosed_lines_gives_their_exercises() -> None:
    # joined as one paragraph, "Coach said" was one exercise holding every dose, with no warning
    found, text = by_name_and_text(_COACH)
    assert list(found) == ["Bird dog", "Sky reach", "Dead bugs"]
    assert found["Bird dog"]["reps"] == 8 and found["Bird dog"]["sides"] == ["left", "right"]
    assert found["Sky reach"]["sets"] == 3
    assert found["Dead bugs"]["reps"] == 10
    assert "Coach said" not in text


def test_a_lead_in_that_reads_like_a_sentence_names_none_of_them() -> None:
    found = by_name(_COACH.replace("Coach said:", "I felt fine after work, so:"))
    assert list(found) == ["Bird dog", "Sky reach", "Dead bugs"]


def test_the_lines_become_items_only_with_known_names_among_them() -> None:
    assert led_known_lines("Finisher:\nplank 3 x 45s\nthen glute bridges x15\nzorb rolls 20s") == (
        "Finisher:\n- Plank 3 x 45s\n- Glute bridges x15\n- Zorb rolls 20s")
    # one known name is not enough evidence: a note that goes on under its colon stays as written
    note = "My week:\nwork ran 10 hours\nplank 30s at lunch\nslept 6 hours"
    assert led_known_lines(note) == note
    # a line that is no dose ends the run before the blank line: no list
    loose = "Finisher:\nplank 3 x 45s\nglute bridges x15\nzorb rolls 20s\nthen home for tea"
    assert led_known_lines(loose) == loose


def test_an_unknown_name_beside_known_ones_is_an_exercise_not_a_step() -> None:
    body = tuple(Block(BlockKind.ITEM, text, marker="-")
                 for text in ("Plank 3 x 45s", "Sky reach 3 x 20s", "Glute bridges x15", "slowly, hands flat"))
    assert named_lines(body) == [0, 1, 2]
    # beside a single known name it is not: the lexicon's evidence is too thin
    assert named_lines(body[:2]) == [0]
