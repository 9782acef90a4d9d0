"""Rounds of the whole routine in an article become a circuit around its exercises."""

from __future__ import annotations

import pytest

from tests.importer.helpers import imported
from voiceroutine.importer import import_article
from voiceroutine.importer.rounds import find_intervals, round_count
from voiceroutine.routine.loader import load_routine_text
from voiceroutine.routine.model import Circuit, Span


@pytest.mark.parametrize(
    ("sentence", "rounds"),
    [
        ("Do the circuit twice.", 2),
        ("Go through the whole circuit three times.", 3),
        ("Repeat these exercises 3 times.", 3),
        ("Complete 4 rounds of the circuit, resting a minute between rounds.", 4),
        ("Aim for 3 rounds of these exercises.", 3),
        ("Repeat the routine 2 more times.", 2),
        ("Go round 3 times, with 2 minutes between rounds.", 3),
        ("Go around the circuit twice.", 2),
        ("30 sec each, no rest, go straight through TWICE", 2),
        ("Go through them 3 times.", 3),
        ("Go through it twice on each leg.", None),  # one exercise's sets
        # about one exercise, or how often: not rounds of the routine
        ("Do 3 rounds.", None),
        ("Repeat 10 times.", None),
        ("Do these exercises 3 times a day.", None),
        ("Repeat the circuit 40 times.", None),
    ],
)
def test_round_count(sentence: str, rounds: int | None) -> None:
    found = round_count(sentence)
    assert (found[0] if found else None) == rounds


ARTICLE = """\
Morning legs circuit

Do the circuit twice, resting 60 seconds between rounds.

1. Squats
Stand tall and sit back as if onto a chair. Do 12 reps.

2. Lunges
Step forward and lower your back knee. Do 8 reps on each side.

3. Wall sit
Slide down a wall and hold for 30 seconds.
"""


def test_an_article_with_rounds_imports_as_a_circuit_that_validates() -> None:
    result = import_article(ARTICLE, "legs.txt")
    routine = load_routine_text(result.yaml_text, "legs.yaml")
    (circuit,) = routine.items
    assert isinstance(circuit, Circuit)
    assert circuit.rounds == Span.exactly(2) and circuit.round_rest_ms == Span.exactly(60_000)
    assert [ex.name for ex in circuit.exercises] == ["Squats", "Lunges", "Wall sit"]
    assert '# inferred: "Do the circuit twice"' in result.yaml_text
    # the rounds are the circuit's, not a dose of the exercise whose paragraph holds them
    assert circuit.exercises[0].sets == Span.exactly(1)


STATIONS = """\
# Hall circuit

### The circuit

We work 45 seconds on each station and get 15 seconds to move to the next one. Go round 3 times, with 2 minutes
between rounds for water.

1. Squat jumps
2. Push-ups
3. Dead bugs
"""


def test_stations_timed_and_gone_round_in_prose_are_a_circuit_with_its_rest_between_rounds() -> None:
    routine = load_routine_text(import_article(STATIONS, "hall.md").yaml_text, "hall.yaml")
    (circuit,) = routine.items
    assert isinstance(circuit, Circuit)
    assert [e.name for e in circuit.exercises] == ["Squat jumps", "Push-ups", "Dead bugs"]
    assert (circuit.rounds, circuit.work_ms, circuit.rest_ms, circuit.round_rest_ms) == (
        Span.exactly(3), Span.exactly(45_000), Span.exactly(15_000), Span.exactly(120_000))


CAPTION = """\
Ten-minute abs with me

⏱ 40 sec each, no rest, go straight through twice
1️⃣ dead bugs
2️⃣ toe taps
3️⃣ scissor kicks
4️⃣ heel touches
rest 1 min after round 1 then repeat 💪

#abs #homeworkout
"""


def test_a_caption_line_of_timing_over_keycap_numbered_names_is_an_interval_circuit() -> None:
    routine = load_routine_text(import_article(CAPTION, "caption.txt").yaml_text, "caption.yaml")
    (circuit,) = routine.items
    assert isinstance(circuit, Circuit)
    assert [e.name for e in circuit.exercises] == ["Dead bugs", "Toe taps", "Scissor kicks", "Heel touches"]
    # "no rest": no rest between intervals, which the format writes as none
    assert (circuit.rounds, circuit.work_ms, circuit.rest_ms, circuit.round_rest_ms) == (
        Span.exactly(2), Span.exactly(40_000), None, Span.exactly(60_000))


def test_the_time_on_each_then_the_time_to_get_to_the_next_is_interval_timing() -> None:
    # "40 seconds on each, 20 seconds to swap to the next one", "30 seconds working at each station, then 15
    # seconds to move on": the work at each move, then the rest
    for sentence, work, rest in (
        ("The moves are a circuit: 40 seconds on each, 20 seconds to swap to the next one, and go round twice.",
         40_000, 20_000),
        ("30 seconds working at each station, then 15 seconds to move on to the next.", 30_000, 15_000),
    ):
        found = find_intervals([sentence])
        assert found is not None and (found.work_ms, found.rest_ms) == (work, rest), sentence


def test_a_headed_part_whose_prose_gives_its_timing_and_rounds_is_only_that_part() -> None:
    text = ("# Club night\n\n## Warm-up\n\n- Jog on the spot - 2 mins\n- Star jumps - 20 reps\n\n## Circuit\n\n"
            "40 seconds working at each station, then 20 seconds to move on. We go round twice.\n\n"
            "- Squats\n- Press-ups\n- Plank\n- Skipping\n\n"
            "## Cool-down\n\n- Calf stretch - 20 secs a leg\n")
    found, yaml_text = imported(text)
    names = [e["name"] for e in found]
    assert names == ["Jog on the spot", "Star jumps", "Squats", "Press-ups", "Plank", "Skipping", "Calf stretch"]
    assert "circuit: Circuit" in yaml_text and "rounds: 2" in yaml_text and "work: 40 s" in yaml_text
    by = {e["name"]: e for e in found}
    assert by["Star jumps"]["reps"] == 20 and by["Calf stretch"]["hold"] == "20 s"
