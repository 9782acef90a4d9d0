"""Routine files that load: each dose shape, sides, ranges, defaults, manual steps, phrases, sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from voiceroutine.errors import RoutineError, RoutineSourceError
from voiceroutine.routine.builtin import DEFAULT_BUILTIN, builtin_names, builtin_path
from voiceroutine.routine.loader import load_routine, load_routine_bytes
from voiceroutine.routine.model import Defaults, Exercise, Flow, Hold, Level, ManualStep, Phase, Reps, Span

from .conftest import load


def only_exercise(text: str) -> Exercise:
    routine = load(text)
    (exercise,) = routine.exercises
    return exercise


def test_smallest_routine() -> None:
    routine = load(
        """
        title: Stretch
        exercises:
          - name: Reach
            hold: 10
        """
    )
    assert routine.title == "Stretch"
    assert routine.items == (Exercise(name="Reach", dose=Hold(Span.exactly(10_000))),)
    assert routine.defaults == Defaults()
    assert (routine.intro, routine.closing, routine.description, routine.engine, routine.voice) == (None,) * 5
    assert routine.phrases == ()
    assert routine.source == "r.yaml"


def test_reps_with_hold() -> None:
    exercise = only_exercise(
        """
        title: T
        exercises:
          - name: Chin tuck
            steps: [Sit tall., Glide your chin back.]
            cue: Chin back.
            reps: 10
            hold: 5 s
        """
    )
    assert exercise == Exercise(
        name="Chin tuck",
        dose=Reps(count=Span.exactly(10), hold_ms=Span.exactly(5000)),
        steps=("Sit tall.", "Glide your chin back."),
        cue="Chin back.",
    )


def test_plain_reps_and_a_single_step_string() -> None:
    exercise = only_exercise(
        """
        title: T
        exercises:
          - name: Shoulder rolls
            steps: Roll your shoulders.
            reps: 8-12 reps
        """
    )
    assert exercise.dose == Reps(count=Span(8, 12))
    assert exercise.steps == ("Roll your shoulders.",)


def test_tempo_reps_in_both_phase_forms() -> None:
    exercise = only_exercise(
        """
        title: T
        exercises:
          - name: Squat
            reps: "8 to 12"
            tempo:
              - Down: 3 s
              - {say: "Hold it: still", duration: 1-2 s}
              - say: Up
                duration: 2
        """
    )
    assert exercise.dose == Reps(
        count=Span(8, 12),
        tempo=(
            Phase("Down", Span.exactly(3000)),
            Phase("Hold it: still", Span(1000, 2000)),
            Phase("Up", Span.exactly(2000)),
        ),
    )


def test_flow_with_duration() -> None:
    exercise = only_exercise(
        """
        title: T
        exercises:
          - name: Cat-cow
            flow:
              - Breathe in: 4 s
              - Breathe out: 4 s
            duration: 1-2 minutes
        """
    )
    assert exercise.dose == Flow(
        phases=(Phase("Breathe in", Span.exactly(4000)), Phase("Breathe out", Span.exactly(4000))),
        duration_ms=Span(60_000, 120_000),
    )


@pytest.mark.parametrize(
    ("key", "value", "span"),
    [("hold", "1:30", Span.exactly(90_000)), ("duration", "45 s - 1 min", Span(45_000, 60_000))],
)
def test_a_hold_or_a_duration_alone_is_a_timed_hold(key: str, value: str, span: Span) -> None:
    exercise = only_exercise(f"title: T\nexercises:\n  - name: Plank\n    {key}: {value}\n")
    assert exercise.dose == Hold(span)


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        ("true", ("left", "right")),
        ("yes", ("left", "right")),
        ("false", ()),
        ("[right, left]", ("right", "left")),
        ("[front, back, left, right]", ("front", "back", "left", "right")),
    ],
)
def test_sides(sides: str, expected: tuple[str, ...]) -> None:
    exercise = only_exercise(f"title: T\nexercises:\n  - name: Lunge\n    reps: 8\n    sides: {sides}\n")
    assert exercise.sides == expected
    assert exercise.per_side == bool(expected)


def test_sets_and_per_exercise_rests() -> None:
    exercise = only_exercise(
        """
        title: T
        exercises:
          - name: Plank
            hold: 20-40 s
            sets: 2-3 sets
            set_rest: 30 s
            rest: 0
            rep_rest: 1.5 s
        """
    )
    assert exercise.sets == Span(2, 3)
    assert (exercise.set_rest_ms, exercise.rest_ms, exercise.rep_rest_ms) == (
        Span.exactly(30_000),
        Span.exactly(0),
        Span.exactly(1500),
    )


def test_defaults_every_key() -> None:
    routine = load(
        """
        title: T
        defaults:
          rest: 20-30 s
          set_rest: 1 min
          rep_rest: 2
          countdown: 5
          speed: 1.25
          pauses: 0
          level: Hard
          manual_pause: 15 s
        exercises:
          - name: A
            hold: 5
        """
    )
    assert routine.defaults == Defaults(
        rest_ms=Span(20_000, 30_000),
        set_rest_ms=Span.exactly(60_000),
        rep_rest_ms=Span.exactly(2000),
        countdown=5,
        speed=1.25,
        pauses=0.0,
        level=Level.HARD,
        manual_pause_ms=15_000,
    )


def test_top_level_text_manual_steps_and_phrases() -> None:
    routine = load(
        """
        title: Morning
        description: Wake up gently.
        intro: |
          Good morning.
          Let's start.
        closing: Done.
        engine: piper
        voice: en_US-joe-medium
        phrases:
          rest: "Rest {time}. Then {next}."
          halfway: Half way there
        exercises:
          - wait: Lie down on your mat.
          - name: Bridge
            reps: 10
          - wait: Stand up.
            pause: 0
        """
    )
    assert routine.description == "Wake up gently."
    assert routine.intro == "Good morning. Let's start."  # whitespace folded for speech
    assert (routine.closing, routine.engine, routine.voice) == ("Done.", "piper", "en_US-joe-medium")
    assert routine.phrases == (("rest", "Rest {time}. Then {next}."), ("halfway", "Half way there"))
    assert routine.items[0] == ManualStep("Lie down on your mat.")
    assert routine.items[2] == ManualStep("Stand up.", pause_ms=0)
    assert [e.name for e in routine.exercises] == ["Bridge"]


def test_yaml_numbers_and_booleans_used_as_names_keep_their_words() -> None:
    exercise = only_exercise("title: 90/90\nexercises:\n  - name: Yes\n    cue: 010\n    hold: 1:30\n")
    assert (exercise.name, exercise.cue, exercise.dose) == ("Yes", "010", Hold(Span.exactly(90_000)))


def test_anchors_and_aliases_are_followed() -> None:
    routine = load(
        """
        title: T
        exercises:
          - name: Left lunge
            steps: &steps [Step forward., Bend both knees.]
            reps: 8
          - name: Right lunge
            steps: *steps
            reps: 8
        """
    )
    assert routine.exercises[0].steps == routine.exercises[1].steps == ("Step forward.", "Bend both knees.")


def test_bytes_with_a_bom_and_crlf_line_ends() -> None:
    routine = load_routine_bytes(
        "\ufefftitle: Café\r\nexercises:\r\n  - name: Reach\r\n    hold: 5\r\n".encode(), "r.yaml"
    )
    assert routine.title == "Café"


@pytest.mark.parametrize("name", builtin_names())
def test_every_builtin_loads_with_a_description(name: str) -> None:
    routine = load_routine(name)
    assert routine.source == f"builtin:{name}"
    assert routine.description
    assert routine.exercises


def test_the_default_and_the_builtins() -> None:
    assert builtin_names()[0] == DEFAULT_BUILTIN == "upper-back"
    assert set(builtin_names()) == {"upper-back", "circuit", "desk-neck", "desk-neck-de", "tabata", "tempo-strength"}
    assert load_routine(None) == load_routine("upper-back")
    assert builtin_path("nope") is None


def test_upper_back_follows_the_article() -> None:
    routine = load_routine(None)
    doses = {e.name: e.dose for e in routine.exercises}
    assert doses["Chin tuck"] == Reps(Span.exactly(10), hold_ms=Span.exactly(5000))
    assert doses["Shoulder blade squeeze"] == Reps(Span.exactly(10), hold_ms=Span.exactly(5000))
    assert isinstance(doses["Wall angels"], Reps) and doses["Wall angels"].count == Span.exactly(10)
    assert isinstance(doses["Cat-cow"], Flow) and doses["Cat-cow"].duration_ms == Span(60_000, 120_000)
    assert doses["Child's pose"] == Hold(Span(60_000, 120_000))


def test_a_file_path_wins_over_a_builtin_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("upper-back").write_text("title: Mine\nexercises:\n  - name: A\n    hold: 5\n")
    assert load_routine("upper-back").title == "Mine"
    assert load_routine(tmp_path / "upper-back").source == str(tmp_path / "upper-back")


def test_missing_file_or_name_is_one_line_listing_the_builtins(tmp_path: Path) -> None:
    with pytest.raises(RoutineSourceError) as caught:
        load_routine("upper-bak")
    assert str(caught.value) == (
        "found no routine file or built-in named 'upper-bak'; "
        "built-ins: upper-back (the default), circuit, desk-neck, desk-neck-de, tabata, tempo-strength"
    )
    with pytest.raises(RoutineError) as caught_dir:
        load_routine(tmp_path)
    assert str(caught_dir.value) == f"{tmp_path} is a folder, expected a routine file (.yaml) or a built-in name"
