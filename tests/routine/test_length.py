"""The rough length behind the 4-hour limit: exact sums of holds, reps, sets, sides and rests."""

from __future__ import annotations

from voiceroutine.routine.length import PLAIN_REP_MS, rough_length_ms
from voiceroutine.routine.model import Level

from .conftest import load


def test_reps_sets_sides_and_rests_add_up() -> None:
    routine = load(
        """
        title: T
        defaults:
          rest: 20 s
          set_rest: 30 s
          rep_rest: 2 s
        exercises:
          - name: Squeeze
            reps: 10
            hold: 5 s
            sets: 2
            sides: true
          - wait: Stand up.
            pause: 7 s
          - name: Plank
            hold: 1-2 min
        """
    )
    one_set = 10 * 5_000 + 9 * 2_000  # holds, and the pauses between reps
    squeeze = 2 * 2 * one_set + 30_000 + 2 * 5_000  # two sets of two sides, a set rest, a switch in each set
    assert rough_length_ms(routine, Level.EASY) == squeeze + 20_000 + 7_000 + 60_000
    assert rough_length_ms(routine, Level.STANDARD) == squeeze + 20_000 + 7_000 + 90_000
    assert rough_length_ms(routine, Level.HARD) == squeeze + 20_000 + 7_000 + 120_000


def test_tempo_plain_reps_flows_and_usual_rests() -> None:
    routine = load(
        """
        title: T
        exercises:
          - name: Squat
            reps: 8-12
            tempo:
              - Down: 3 s
              - Up: 2 s
          - name: Rolls
            reps: 5
            rep_rest: 0
          - name: Breathe
            flow:
              - In: 4 s
              - Out: 4 s
            duration: 1 min
        """
    )
    usual_rest, usual_rep_rest = 20_000, 2_000  # PaceOptions defaults
    squat = 12 * 5_000 + 11 * usual_rep_rest
    rolls = 5 * PLAIN_REP_MS
    breathe = 7 * 8_000  # the whole cycles that fit in a minute
    assert rough_length_ms(routine, Level.HARD) == squat + usual_rest + rolls + usual_rest + breathe
