"""Routine files of every shape load into the model: circuits, interval timing, breath cycles, switch, lead_in."""

from __future__ import annotations

from voiceroutine.routine.model import Circuit, Exercise, Flow, Hold, ManualStep, Phase, Reps, Span, Work

from .conftest import load


def test_a_circuit_of_ordinary_exercises_with_rounds_and_a_round_rest() -> None:
    routine = load(
        """
        title: T
        exercises:
          - circuit: Legs
            rounds: 2-3
            round_rest: 1 min
            rest: 15 s
            exercises:
              - name: Squat
                reps: 10
              - wait: Get a chair.
              - name: Step-up
                reps: 8
                sides: true
                switch: 3 s
        """
    )
    (circuit,) = routine.items
    assert circuit == Circuit(
        name="Legs",
        rounds=Span(2, 3),
        items=(
            Exercise("Squat", Reps(Span.exactly(10))),
            ManualStep("Get a chair."),
            Exercise("Step-up", Reps(Span.exactly(8)), sides=("left", "right"), switch_ms=Span.exactly(3000)),
        ),
        round_rest_ms=Span.exactly(60_000),
        rest_ms=Span.exactly(15_000),
    )
    assert not circuit.intervals
    assert [ex.name for ex in routine.exercises] == ["Squat", "Step-up"]


def test_interval_timing_makes_every_exercise_a_work_interval() -> None:
    routine = load(
        """
        title: Tabata
        exercises:
          - circuit: Tabata
            rounds: 8
            work: 20 s
            rest: 10 s
            exercises:
              - name: Squat
                steps: Sit back.
              - name: Plank
                duration: 30 s
              - name: Side plank
                hold: 15 s
                sides: true
        """
    )
    (circuit,) = routine.items
    assert isinstance(circuit, Circuit) and circuit.intervals
    assert (circuit.rounds, circuit.work_ms, circuit.rest_ms) == (
        Span.exactly(8),
        Span.exactly(20_000),
        Span.exactly(10_000),
    )
    assert [ex.dose for ex in circuit.exercises] == [
        Work(),
        Work(Span.exactly(30_000)),
        Work(Span.exactly(15_000)),
    ]
    assert circuit.exercises[0].steps == ("Sit back.",)


def test_breath_cycles_switch_and_lead_in() -> None:
    routine = load(
        """
        title: T
        lead_in: 20 s
        defaults:
          switch: 8 s
        exercises:
          - name: Box breathing
            flow:
              - In: 4 s
              - Hold: 4 s
            cycles: 6-8
          - name: Lunge
            hold: 20 s
            sides: true
        """
    )
    assert routine.lead_in_ms == 20_000
    assert routine.defaults.switch_ms == Span.exactly(8000)
    breathing, lunge = routine.exercises
    assert breathing.dose == Flow(
        (Phase("In", Span.exactly(4000)), Phase("Hold", Span.exactly(4000))), cycles=Span(6, 8)
    )
    assert lunge.dose == Hold(Span.exactly(20_000)) and lunge.switch_ms is None


def test_rounds_and_cycles_take_words_like_other_counts() -> None:
    routine = load(
        """
        title: T
        exercises:
          - circuit: C
            rounds: 3 rounds
            exercises:
              - name: Breath
                flow:
                  - In: 4 s
                cycles: 5 breaths
        """
    )
    (circuit,) = routine.items
    assert isinstance(circuit, Circuit)
    assert circuit.rounds == Span.exactly(3)
    assert circuit.exercises[0].dose == Flow((Phase("In", Span.exactly(4000)),), cycles=Span.exactly(5))
