"""The second reading (`second_reading.py`): known names with doses read line by line and clause by clause, whatever
the markup, and where it wins over the layout reading or warns."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.article import build_exercise
from voiceroutine.importer.blocks import Block, BlockKind, Section
from voiceroutine.importer.second_reading import reconcile

from .helpers import by_name_and_text

_GARAGE = ("My garage routine\n\nI do this on Mondays and Thursdays before work.\n\n"
           "Warm-up\nRowing machine, 4 min easy\nBand pull-aparts 2x15\n\n"
           "Strength\nGoblet squats 3x10 (when all three sets feel easy I move up to the heavier kettlebell)\n"
           "Calf raises 2x15, slow on the way down\nDead bugs 3x8 each side\n\n"
           "Core\nSide plank 2 x 25 secs each side\n\nAny thoughts welcome.\n")


def _alone(section: Section) -> object:
    return build_exercise(section, set())


def test_lines_a_reader_joined_into_one_paragraph_are_read_one_exercise_a_line() -> None:
    # the long first line makes the text reader join the lines under "Strength" into one paragraph, which no layout
    # rule reads; the article's own lines each name a known exercise and give it a dose
    got, yaml_text = by_name_and_text(_GARAGE)
    assert list(got) == ["Rowing machine", "Band pull-aparts", "Goblet squats", "Calf raises", "Dead bugs",
                         "Side plank"]
    assert got["Goblet squats"]["sets"] == 3 and got["Goblet squats"]["reps"] == 10
    assert got["Calf raises"]["sets"] == 2 and got["Calf raises"]["reps"] == 15
    assert "hold" not in got["Calf raises"] and "sides" not in got["Calf raises"]
    assert 'read as an exercise from "Calf raises 2x15, slow on the way down", which no layout rule read as one' \
        in yaml_text


def test_a_section_that_glues_dosed_known_lines_is_read_as_them() -> None:
    glued = Block(BlockKind.TEXT, "Step-ups 3x10 each leg Wall sit 3 x 40 seconds Hip thrusts 2x12")
    blocks = (Block(BlockKind.HEADING, "Leg day", 1), Block(BlockKind.TEXT, "Main part"), glued)
    layout = [Section("Main part", "Main part", (glued,), 1)]
    raw = "Leg day\n\nMain part\nStep-ups 3x10 each leg\nWall sit 3 x 40 seconds\nHip thrusts 2x12\n"
    read = reconcile(blocks, 1, layout, _alone, raw)
    assert [(s.name, s.heading) for s in read.sections] == [
        ("Step-ups", "Step-ups 3x10 each leg"), ("Wall sit", "Wall sit 3 x 40 seconds"),
        ("Hip thrusts", "Hip thrusts 2x12")]
    built = [build_exercise(section, set()) for section in read.sections]
    assert [(e.value("sets"), e.value("reps"), e.value("hold"), e.value("sides")) for e in built] == [
        (3, 10, None, ("left", "right")), (3, None, "40 s", None), (2, 12, None, None)]
    assert read.warnings_for(read.sections[1]) == [
        'read as an exercise of its own from "Wall sit 3 x 40 seconds", which the layout read as part of '
        '"Main part": check it']


def test_a_section_of_one_known_line_and_its_steps_stays_as_the_layout_read_it() -> None:
    steps = Block(BlockKind.TEXT, "Lie on your back, feet flat. Lift your hips and lower them slowly.")
    blocks = (Block(BlockKind.HEADING, "Floor work", 1), Block(BlockKind.TEXT, "Glute bridges 2x12"), steps)
    layout = [Section("Glute bridges", "Glute bridges 2x12", (steps,), 1)]
    read = reconcile(blocks, 1, layout, _alone)
    assert read.sections == layout and read.warnings == {}


def test_a_known_line_with_its_dose_under_a_known_heading_is_an_exercise_of_its_own() -> None:
    text = ("# Stretch break\n\n## Cat cow\n\nKneel on all fours and move slowly with your breath, 8 times.\n\n"
            "Calf raises 2x15\n\n## Chest opener\n\nClasp your hands behind your back and lift them. "
            "Hold for 20 seconds.\n")
    result = import_article(text, "a.md")
    assert [(e.name, e.value("sets"), e.value("reps"), e.value("hold")) for e in result.exercises] == [
        ("Cat cow", None, 8, None), ("Calf raises", 2, 15, None), ("Chest opener", None, None, "20 s")]
    warned = {e.name: e.warnings for e in result.exercises}
    assert warned == {"Cat cow": (), "Chest opener": (), "Calf raises": (
        'read as an exercise of its own from "Calf raises 2x15", which the layout read as part of "Cat cow": '
        'check it',)}


def test_a_known_line_with_its_dose_under_a_name_the_lexicon_does_not_know_is_warned_on() -> None:
    text = ("# Stretch break\n\n## The zipper\n\nReach one arm over your shoulder and the other up your back, "
            "8 times.\n\nCalf raises 2x15\n\n## Chest opener\n\nClasp your hands behind your back and lift "
            "them. Hold for 20 seconds.\n")
    result = import_article(text, "a.md")
    warned = {e.name: e.warnings for e in result.exercises}
    assert list(warned) == ["The zipper", "Chest opener"]
    assert ('its text names another exercise with a dose of its own, "Calf raises 2x15", which was read as part '
            'of it: check it') in warned["The zipper"]
    assert warned["Chest opener"] == ()


def test_a_name_the_lexicon_does_not_know_over_a_dose_line_is_read_as_a_name() -> None:
    # "Wobbly flamingo" is no known name, but it stands over a line that only gives a dose, as "Glute bridge" does
    lines = ["Glute bridge", "2 sets of 12", "Lie on your back and lift your hips.", "Wobbly flamingo",
             "30 seconds each leg", "Stand on one foot with your arms out."]
    blocks = (Block(BlockKind.HEADING, "Hips", 1), *(Block(BlockKind.TEXT, line) for line in lines))
    layout = [Section("Glute bridge", "Glute bridge", blocks[2:], 1)]
    read = reconcile(blocks, 1, layout, _alone)
    assert [(s.name, s.start) for s in read.sections] == [("Glute bridge", 1), ("Wobbly flamingo", 4)]
    built = [build_exercise(section, set()) for section in read.sections]
    assert [(e.value("sets"), e.value("reps"), e.value("hold"), e.value("sides")) for e in built] == [
        (2, 12, None, None), (None, None, "30 s", ("left", "right"))]
    assert read.warnings_for(read.sections[0]) == []


def test_a_dose_the_layout_reading_does_not_give_is_warned_with_the_article_s_words() -> None:
    # the layout reading took its name and dose from the first line; the line naming the exercise gives another
    first = Block(BlockKind.TEXT, "Kneel tall, 2 rounds.")
    named = Block(BlockKind.TEXT, "Side plank 3 x 20 seconds each side")
    blocks = (Block(BlockKind.HEADING, "Core", 1), first, named)
    layout = [Section("Side plank", "Kneel tall, 2 rounds.", (named,), 1)]
    read = reconcile(blocks, 1, layout, _alone)
    assert read.sections == layout
    warning, = read.warnings_for(layout[0])
    assert warning.startswith("read on its own, the article's text gives it sets 3 (the import has 2)")
    assert warning.endswith(': "Side plank 3 x 20 seconds each side"; check the dose')


def test_an_article_both_readings_agree_on_has_no_second_reading_warning() -> None:
    text = ("# Thursday legs\n\n## Warm-up\n\nSkipping, 3 minutes easy.\n\n## Main set\n\nStep-ups 3x10 each leg\n"
            "Wall sit 3 x 40 seconds\nGlute bridges 2x15, squeeze at the top\n\n## Cool-down\n\n"
            "Walk around the block for 5 minutes.\n")
    result = import_article(text, "a.md")
    assert [e.name for e in result.exercises] == ["Skipping", "Step-ups", "Wall sit", "Glute bridges",
                                                  "Walk around the block"]
    assert result.warnings == ()


def test_a_later_or_swapped_exercise_in_a_line_of_its_own_does_not_join() -> None:
    text = _GARAGE.replace("Calf raises 2x15, slow on the way down\n", "Calf raises 2x15, slow on the way down\n"
                           "Swap the calf raises for bird dogs 3x8 if your calves are sore\n"
                           "Next month we move on to Bulgarian split squats 3x8\n")
    got, _ = by_name_and_text(text)
    assert list(got) == ["Rowing machine", "Band pull-aparts", "Goblet squats", "Calf raises", "Dead bugs",
                         "Side plank"]


def test_a_label_over_a_dose_line_is_no_name() -> None:
    lines = ["Bird dog", "Kneel on all fours and reach one arm forward.", "Pause for 2 seconds at the top.",
             "Reps and sets", "8 each side"]
    blocks = (Block(BlockKind.HEADING, "Back care", 1), *(Block(BlockKind.TEXT, line) for line in lines))
    layout = [Section("Bird dog", "Bird dog", blocks[2:], 1)]
    read = reconcile(blocks, 1, layout, _alone)
    assert read.sections == layout and read.warnings == {}


def test_a_dosed_line_beside_an_exercise_s_line_joins_though_the_lexicon_does_not_know_its_name() -> None:
    text = ("My garage routine\n\nI do this on Mondays and Thursdays before work.\n\n"
            "Warm-up\nRowing machine, 4 min easy\nBand pull-aparts 2x15\n\n"
            "Core\nDish hold 3 x 20s\nSide plank 2 x 25 secs each side\n\nAny thoughts welcome.\n")
    got, yaml_text = by_name_and_text(text)
    assert list(got) == ["Rowing machine", "Band pull-aparts", "Dish hold", "Side plank"]
    assert got["Dish hold"]["sets"] == 3 and got["Dish hold"]["hold"] == "20 s" and "reps" not in got["Dish hold"]
    assert 'read as an exercise from "Dish hold 3 x 20s", which no layout rule read as one' in yaml_text
    assert "skipped" not in yaml_text


def test_a_dosed_clause_past_page_furniture_joins_and_a_habit_told_does_not() -> None:
    texts = ["Step-ups", "Step up onto a bench and down again, 12 on each leg.", "Advertisement",
             "Finish with a standing hamstring stretch, holding it for 30 seconds on each leg.",
             "I also do 50 push-ups a day on top of this."]
    blocks = (Block(BlockKind.HEADING, "Hill legs", 1), *(Block(BlockKind.TEXT, text) for text in texts))
    layout = [Section("Step-ups", "Step-ups", blocks[2:3], 1)]
    read = reconcile(blocks, 1, layout, _alone)
    assert [(s.name, s.start) for s in read.sections] == [("Step-ups", 1), ("standing hamstring stretch", 4)]
    stretch = build_exercise(read.sections[1], set())
    assert (stretch.value("hold"), stretch.value("sides")) == ("30 s", ("left", "right"))
    assert read.warnings_for(read.sections[1]) == [
        'read as an exercise from "Finish with a standing hamstring stretch, holding it for 30 seconds on each leg.", '
        'which no layout rule read as one: check it']


def test_a_recap_of_exercises_read_above_is_not_read_again() -> None:
    texts = ["Glute bridges", "Lift your hips, 2 sets of 12.", "Side plank", "Hold 20 seconds each side.",
             "In short", "Glute bridges 2x12", "Side plank 20 s each side"]
    blocks = (Block(BlockKind.HEADING, "Core", 1), *(Block(BlockKind.TEXT, text) for text in texts))
    layout = [Section("Glute bridges", "Glute bridges", blocks[2:3], 1),
              Section("Side plank", "Side plank", blocks[4:5], 3), Section("In short", "In short", blocks[6:8], 5)]
    read = reconcile(blocks, 1, layout, _alone)
    # the recap box is neither split into copies nor kept as an exercise of its own (session 17)
    assert read.sections == layout[:2]
    assert read.notes == ('left out "In short": its lines name the exercises read above again, with their doses',)
