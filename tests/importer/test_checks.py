"""Whatever `import` writes passes the loader, and every implausible or out-of-limit value is said out loud."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.checks import loadable
from voiceroutine.importer.writer import Field, ImportedExercise
from voiceroutine.routine.loader import load_routine_text

HEADER = ("# Imported from {name} by `voiceroutine import`.\n"
          "# Check the values marked \"inferred\" and the warnings before you rely on them.\n")


def _imported(text: str, name: str = "a.md") -> str:
    yaml_text = import_article(text, name).yaml_text
    load_routine_text(yaml_text, name)  # what import writes, validate accepts
    return yaml_text


def test_more_steps_than_a_routine_allows_keeps_the_first_twenty_with_a_warning() -> None:
    steps = "\n".join(f"- Keep the elbow soft and lift the arm {n} centimetres higher." for n in range(1, 23))
    text = _imported(f"# Arm care\n\n## Arm raise\n\n{steps}\n\nRepeat 10 times.\n")
    kept = "".join(f"      - Keep the elbow soft and lift the arm {n} centimetres higher.\n" for n in range(1, 21))
    assert text == HEADER.format(name="a.md") + (
        "# Confidence: low: 1 of 1 exercises with warnings; check them against the article.\n"
        "title: Arm care\n"
        "exercises:\n"
        "  - name: Arm raise\n"
        "    # warning: the article gives 22 steps; the first 20 are kept (the most a routine allows), left out from"
        " \"Keep the elbow soft and lift the arm 21 centimetres higher.\"\n"
        "    steps:\n" + kept +
        "    reps: 10\n")


def test_a_time_read_in_the_wrong_unit_is_clamped_and_called_implausible() -> None:
    # "60" under a heading in minutes: an hour's plank, over the 30-minute limit of a hold
    text = _imported("Core plan\n\n| Exercise | Sets | Time (min) |\n|---|---|---|\n| Plank | 3 | 60 |\n"
                     "| Dead bug | 2 | 1 |\n")
    quote = '(the article: "Plank: 3 sets, hold 60 minutes")'
    assert text == HEADER.format(name="a.md") + (
        "# Confidence: low: 1 warning about the whole article, 1 of 2 exercises with warnings; check them against "
        "the article.\n"
        "# warning: the routine takes about 94 minutes without speech, more than 45 minutes: check the doses "
        "against the article\n"
        "title: Core plan\n"
        "exercises:\n"
        "  - name: Plank\n"
        f"    # warning: hold 60 minutes clamped to 30 minutes, the most a routine allows {quote}\n"
        "    # warning: takes about 91 minutes on its own, more than an exercise usually does: check its dose "
        f"{quote}\n"
        "    hold: 30 minutes\n"
        "    sets: 3\n"
        "\n"
        "  - name: Dead bug\n"
        "    hold: 1 minute\n"
        "    sets: 2\n")


def test_counts_over_the_limits_are_clamped() -> None:
    text = _imported("## Calf raise\n\nRise onto your toes. Repeat 600 times.\n\n## Squat\n\nSit back. Do 10 reps. "
                     "Do 25 sets.\n")
    assert text == HEADER.format(name="a.md") + (
        "# Confidence: low: 1 warning about the whole article, 2 of 2 exercises with warnings; check them against "
        "the article.\n"
        "# warning: the routine takes about 67 minutes without speech, more than 45 minutes: check the doses "
        "against the article\n"
        "title: A\n"
        "exercises:\n"
        "  - name: Calf raise\n"
        "    # warning: reps 600 clamped to 500, the most a routine allows (the article: \"Repeat 600 times.\")\n"
        "    # warning: takes about 42 minutes on its own, more than an exercise usually does: check its dose (the "
        "article: \"Repeat 600 times.\")\n"
        "    # warning: 500 reps in a set is more than 100: check it (the article: \"Repeat 600 times.\")\n"
        "    steps:\n"
        "      - Rise onto your toes.\n"
        "    reps: 500\n"
        "\n"
        "  - name: Squat\n"
        "    # warning: sets 25 clamped to 20, the most a routine allows (the article: \"Do 25 sets.\")\n"
        "    # warning: takes about 26 minutes on its own, more than an exercise usually does: check its dose (the "
        "article: \"Do 10 reps.\")\n"
        "    steps:\n"
        "      - Sit back.\n"
        "    reps: 10\n"
        "    sets: 20\n")


def test_many_reps_and_breath_products_are_warned_about() -> None:
    result = import_article("## Squats\n\nStand tall and sit back. Do 150 reps.\n\n## Child's pose\n\n"
                            "Kneel and fold forward. Stay for 6 breaths.\n", "x.md")
    assert result.warnings == (
        'Squats: takes about 12 minutes on its own, more than an exercise usually does: check its dose (the '
        'article: "Do 150 reps.")',
        'Squats: 150 reps in a set is more than 100: check it (the article: "Do 150 reps.")',
        'Child\'s pose: hold 30 s is a product (6 breaths x 5 s), not a number the article gives (the article: '
        '"Stay for 6 breaths.")',
    )
    assert result.confidence == "Confidence: low: 2 of 2 exercises with warnings, 1 value inferred; check them " \
                                "against the article."


def test_text_that_reads_like_an_exercise_but_is_skipped_is_quoted() -> None:
    result = import_article("Desk moves\n\nI also do 20 squats every morning before work.\n\n## Neck turn\n\n"
                            "Turn your head to the left. Repeat 5 times.\n", "x.md")
    note = 'skipped "I also do 20 squats every morning before work.": it reads like an exercise but is not under one'
    assert result.routine_warnings == (note,)
    assert f"# warning: {note}\ntitle: Desk moves\n" in result.yaml_text


def test_a_plain_import_is_high_confidence() -> None:
    result = import_article("## Neck turn\n\nTurn your head to the left. Repeat 5 times.\n", "x.md")
    assert result.warnings == ()
    assert result.confidence == "Confidence: high: every dose of the 1 exercise was read from the article as written."


def test_what_the_loader_still_refuses_is_left_out_with_a_warning() -> None:
    good = ImportedExercise("Squat", (), (Field("reps", 10),))
    bad = ImportedExercise("Plank", (), (Field("hold", "ten-ish"),))
    text, routine, kept, circuit, notes = loadable("Legs", "legs.md", [good, bad], None)
    assert [e.name for e in routine.exercises] == ["Squat"] and kept == [good] and circuit == ()
    assert len(notes) == 1 and notes[0].startswith('"Plank" was left out: the routine format refused it '
                                                   '(exercises[1].hold: found "ten-ish"')
    assert "Plank" not in text


def test_a_hold_field_without_a_unit_is_seconds_and_says_so() -> None:
    text = _imported("Knee plan\n\nQuad set\nTighten the front of your thigh.\nReps: 10\nHold: 5\n", "k.txt")
    assert text[text.index("title:"):] == (
        "title: Knee plan\n"
        "exercises:\n"
        "  - name: Quad set\n"
        "    steps:\n"
        "      - Tighten the front of your thigh.\n"
        "    reps: 10\n"
        "    hold: 5 s  # inferred: \"hold: 5\" gives no unit: read as seconds\n")


def test_the_summary_ends_with_the_warnings_about_the_article_and_the_confidence() -> None:
    from typer.testing import CliRunner

    from voiceroutine.cli import app

    article = ("Desk moves\n\nI also do 20 squats every morning before work.\n\n## Neck turn\n\n"
               "Turn your head to the left. Repeat 5 times.\n")
    result = CliRunner().invoke(app, ["import", "-"], input=article)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-3:] == [
        'warning: skipped "I also do 20 squats every morning before work.": it reads like an exercise but is not '
        "under one",
        "1 exercise from a Markdown article; 1 warning.",
        "Confidence: low: 1 warning about the whole article; check them against the article.",
    ]
