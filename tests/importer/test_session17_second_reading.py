"""Session 17: the second reading extended (recap boxes, doses stated once above a list, doses in unusual words,
warnings where an import was quietly wrong). Every article here is our own."""

from __future__ import annotations

from voiceroutine.importer import import_article

_RECAP = ("# Three easy moves for a stiff back\n\nA short floor routine for the evening.\n\n"
          "## 1. Cat-cow\n\nOn hands and knees, arch and then round your back with your breath. Go back and forth "
          "8 times.\n\n## 2. Bird dog\n\nReach one arm and the opposite leg out long. Do 10 on each side.\n\n"
          "## 3. Glute bridge\n\nLift your hips and lower them slowly, 12 times.\n\n## At a glance\n\n"
          "- Cat-cow – 8 rounds\n- Bird dog – 10 each side\n- Glute bridge – 12\n")


def _doses(text: str) -> list[tuple[str, object, object, object]]:
    result = import_article(text, "a.md")
    return [(e.name, e.value("reps"), e.value("sets"), e.value("hold")) for e in result.exercises]


def test_a_recap_line_that_says_the_same_count_again_adds_nothing() -> None:
    # "8 rounds" in the box says again what "8 times" says: 8 reps, not 8 reps and 8 sets
    assert _doses(_RECAP) == [("Cat-cow", 8, None, None), ("Bird dog", 10, None, None),
                              ("Glute bridge", 12, None, None)]


def test_a_recap_box_is_left_out_with_a_note_and_gives_no_note_on_each_exercise() -> None:
    result = import_article(_RECAP, "a.md")
    assert 'left out "At a glance": its lines name the exercises read above again, with their doses' in result.warnings
    assert all(e.warnings == () for e in result.exercises)


def test_a_recap_line_that_gives_another_count_is_warned_on() -> None:
    result = import_article(_RECAP.replace("Cat-cow – 8 rounds", "Cat-cow – 10 rounds"), "a.md")
    cat = result.exercises[0]
    assert ('a line elsewhere in the article gives "Cat-cow" another dose, "10 rounds", than its own text does: '
            "both were read; check the dose") in cat.warnings


def test_a_box_under_a_heading_of_no_recap_word_is_not_left_out_as_a_recap() -> None:
    text = _RECAP.replace("## At a glance", "## Cool-down").replace("- Glute bridge – 12\n", "")
    result = import_article(text, "a.md")
    assert not any(warning.startswith("left out") for warning in result.warnings)


def test_a_listed_name_that_says_when_to_change_sides_is_an_exercise() -> None:
    text = ("# Pool-side circuit\n\nA dry-land session for the squad.\n\n### The circuit\n\n"
            "Work 40 seconds on each move and take 20 seconds to change. Go round 2 times.\n\n"
            "1. Squat jumps\n2. Push-ups\n3. Bird dog\n4. Side plank, swap sides halfway through\n\n"
            "### Cool-down\n\n- Child's pose, 1 minute\n")
    result = import_article(text, "a.md")
    assert [e.name for e in result.exercises] == ["Squat jumps", "Push-ups", "Bird dog", "Side plank", "Child's pose"]
    assert result.exercises[3].value("sides") == ("left", "right")
    assert not any("skipped" in warning for warning in result.warnings)
