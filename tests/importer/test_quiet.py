"""An import that differs from the article says so (issue 16): the article's sentences with a dose that nothing
read are quoted (importer/coverage.py), and an exercise whose reading is doubtful carries a warning
(importer/doubts.py). Every snippet here is our own words."""

from __future__ import annotations

import pytest

from voiceroutine.importer import import_article
from voiceroutine.importer.coverage import QUOTED, is_dose_for_today, not_for_today
from voiceroutine.importer.doubts import count_doubts, name_doubt, source_doubts, unbalanced, with_doubts
from voiceroutine.importer.writer import Field, ImportedExercise

_PLAIN = ("# Porch stretches\n\n## Calf lean\n\nLean into the post and hold for 30 seconds.\n\n"
          "## Heel drops\n\nStand on the step and lower your heels, 12 times.\n")


def _warnings(text: str, name: str = "a.md") -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    result = import_article(text, name)
    return result.routine_warnings, {exercise.name: exercise.warnings for exercise in result.exercises}


def test_a_plainly_read_article_gets_no_doubt() -> None:
    notes, warned = _warnings(_PLAIN)
    assert notes == () and warned == {"Calf lean": (), "Heel drops": ()}
    assert import_article(_PLAIN, "a.md").confidence.startswith("Confidence: high")


def test_a_dose_sentence_outside_every_exercise_that_nothing_read_is_quoted() -> None:
    notes, warned = _warnings(_PLAIN.replace("\n\n## Calf", "\n\nShake out your hands, 20 times.\n\n## Calf", 1))
    assert notes == ('skipped 1 sentence with a dose that no exercise was read from: "Shake out your hands, 20 '
                     'times."',)
    assert not any(warned.values())


def test_the_coverage_warning_quotes_a_few_and_counts_the_rest() -> None:
    moves = " ".join(f"{move}, {count} of them." for move, count in (
        ("Toe taps", 11), ("Knee rolls", 13), ("Hip circles", 14), ("Arm swings", 16), ("Neck turns", 17)))
    result = import_article(_PLAIN + f"\n---\n\nAnd the bus ride? {moves}\n", "a.md")
    note = next(note for note in result.routine_warnings if "no exercise was read from" in note)
    assert note.startswith("skipped 5 sentences") and note.count('"') == 2 * QUOTED and note.endswith("2 more"), note
    assert "5 of the article's 7 sentences with a dose not read" in result.confidence


def test_a_dose_in_an_exercise_s_text_that_none_of_its_values_came_from_is_warned_on_it() -> None:
    text = ("## Wall push\n\nPush against the wall, 10 times. After that, jog on the spot, 15 times.\n\n"
            "## Calf lean\n\nLean into the post and hold for 30 seconds.\n")
    notes, warned = _warnings(text)
    assert any("none of its values came from" in warning and "jog on the spot" in warning
               for warning in warned["Wall push"]), warned
    assert any("no exercise was read from" in note for note in notes)  # it may be an exercise that was missed
    assert warned["Calf lean"] == ()


def test_a_dose_said_again_in_other_words_or_for_the_other_side_is_read() -> None:
    text = ("## Wall push\n\nPush against the wall, 10 times.\n\n"
            "## Side reach\n\nReach over to the left 8 times. Then to the right, 8 times.\n\n"
            "## Calf lean\n\nLean into the post and hold for 30 seconds. Half a minute is enough.\n")
    notes, warned = _warnings(text)
    assert notes == () and not any(warned.values()), (notes, warned)


def test_a_time_about_as_long_as_the_whole_routine_is_its_length() -> None:
    text = ("# A 3-minute porch break\n\nThis takes about three minutes, no mat needed.\n\n"
            "## March\n\nMarch on the spot for 1 minute.\n\n## Calf lean\n\nLean into the post and hold for 60 "
            "seconds.\n\n## Arm circles\n\nCircle your arms for 1 minute.\n")
    notes, _ = _warnings(text)
    assert not any("no exercise was read from" in note for note in notes), notes


@pytest.mark.parametrize("sentence", [
    "If your knee grumbles, hold for 10 seconds instead.",  # a condition
    "Tomorrow we add 3 sets of 12 squats.",  # a later stage
    "Build up to 2 minutes as it gets easier.",  # a later stage
    "My physio handed me 3 x 10 of everything.",  # a story of the past
    "My neighbour sat on the step for 20 minutes yesterday.",  # the past
    "I sit at the desk for 3 hours.",  # an hour is no exercise's time
    "Once a day is enough, twice if you have time.",  # how often
    "The page has been read 12,345 times.",  # no exercise's count
    "That's one round.",  # a count of 1 says what a round is
    "~~Toe raises, 3 x 20~~ dropped.",  # struck out
])
def test_words_that_give_no_dose_for_today_are_no_dose_text(sentence: str) -> None:
    assert not is_dose_for_today(sentence)


@pytest.mark.parametrize("sentence", ["Shake out your hands, 20 times.", "Hold for 20 seconds, as far as feels "
                                      "comfortable.", "Stay there for a minute.", "3 x 12 each side"])
def test_a_dose_for_today_is_dose_text(sentence: str) -> None:
    assert is_dose_for_today(sentence)


def test_the_main_text_ends_at_a_heading_that_ends_the_exercises() -> None:
    notes, _ = _warnings(_PLAIN + "\n## FAQ\n\nShake out your hands, 20 times.\n")
    assert notes == (), notes


@pytest.mark.parametrize(("name", "why"), [
    ("3", "no word"),
    ("2.1.0", "no word"),
    ("0:45", "no word"),
    ("Pat K · 3h ·", "byline"),
    ("Tue 14:05", "time stamp"),
    ("Ten squats, 3 sets", "states a dose"),
    ("Try this quick set after lunch", "sentence"),
    ("Pull my knee in", "sentence"),
])
def test_a_name_that_does_not_read_as_an_exercise_s_name_is_doubted(name: str, why: str) -> None:
    assert why in (name_doubt(name) or ""), name


@pytest.mark.parametrize("name", ["Calf lean", "Up on your toes", "90/90 hip switch", "Y-T-W raise",
                                  "Child's pose (balasana)", "Bird dog"])
def test_an_exercise_s_name_is_not_doubted(name: str) -> None:
    assert name_doubt(name) is None and not unbalanced(name)


def test_a_cut_off_bracket_is_doubted() -> None:
    assert unbalanced("Easy spin (no hills") and unbalanced("Side step]") and not unbalanced("Step (low)")


def _exercise(name: str, *fields: Field) -> ImportedExercise:
    return ImportedExercise(name, (), fields)


def test_a_count_read_from_a_number_given_as_a_time_is_doubted() -> None:
    said = "Side lean: 2 x 20-30 s each side"
    assert count_doubts(_exercise("Side lean", Field("reps", 20, quote=said), Field("sets", 2, quote=said)))
    plain = "Side lean: 2 x 20 each side, hold 30 s"
    assert not count_doubts(_exercise("Side lean", Field("reps", 20, quote=plain), Field("sets", 2, quote=plain)))


def test_a_value_from_a_clause_that_is_no_dose_for_today_is_doubted() -> None:
    told = "Years ago my coach gave me 4 sets of everything, which I hated"
    assert source_doubts(_exercise("Curl", Field("sets", 4, quote=told)))
    mended = "oh and the lunges are 10 each leg, I copied the 8 from last month's plan"
    assert not source_doubts(_exercise("Lunge", Field("reps", 10, quote=mended)))
    assert not_for_today("Hold for 20 seconds, as far as feels comfortable.") is None


def test_a_heading_that_heads_three_exercises_or_more_is_doubted_as_a_label() -> None:
    moves = [_exercise(name, Field("reps", 10, quote="10 reps")) for name in ("Move", "Move 2", "Move 3", "Plank")]
    warned = {exercise.name: exercise.warnings for exercise in with_doubts(moves)}
    assert all(any("label" in warning for warning in warned[name]) for name in ("Move", "Move 2", "Move 3"))
    assert warned["Plank"] == ()
    twice = [_exercise(name, Field("reps", 10, quote="10 reps")) for name in ("Squat", "Plank", "Squat 2", "Plank 2")]
    assert not any(exercise.warnings for exercise in with_doubts(twice))  # a routine written out for two weeks


def test_the_words_a_circuit_was_read_from_are_read() -> None:
    text = ("Park chat\n\n🔥 LEGS — 30 s each · 4 rounds · 45s break after each round\n🦵 Squat hold\n🐸 Frog hold\n\n"
            "🧘 EASE — 40 s each\n🌿 Forward fold\n👶 Child's pose\n")
    notes, _ = _warnings(text, "a.txt")
    assert not any("no exercise was read from" in note for note in notes), notes


def test_a_count_of_the_exercises_is_no_dose() -> None:
    notes, _ = _warnings(_PLAIN.replace("\n\n## Calf", "\n\nTwo moves.\n\n## Calf", 1))
    assert notes == (), notes
