"""Every routine shape to the millisecond: interval circuits, circuits in rounds, tempo sets, breath cycles, lead-in."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from voiceroutine.routine.model import (
    Circuit,
    Exercise,
    Flow,
    Hold,
    Level,
    ManualStep,
    Phase,
    Reps,
    Routine,
    Span,
    Work,
)
from voiceroutine.timeline.builder import build_timeline
from voiceroutine.timeline.model import SpanKind, Timeline
from voiceroutine.timeline.options import PaceOptions
from voiceroutine.timeline.serialize import timeline_to_dict

S = Span.exactly


def constant(ms: int) -> Callable[[str], int]:
    return lambda text: ms


def spans(t: Timeline) -> list[tuple[str, int, int, str | None, int | None]]:
    return [(s.kind.value, s.start_ms, s.end_ms, s.place.exercise, s.place.round) for s in t.spans]


def said(t: Timeline, start: int, end: int) -> list[tuple[int, str]]:
    return [(c.start_ms, c.text) for c in t.cues if start <= c.start_ms < end]


TABATA = Circuit(
    "Tabata",
    S(2),
    (Exercise("Squat", Work(), steps=("Sit back.",)), Exercise("Push-up", Work(), cue="Chest down.")),
    work_ms=S(20_000),
    rest_ms=S(10_000),
)


def test_interval_circuit_keeps_every_interval_and_rest_exact() -> None:
    t = build_timeline(Routine("T", (TABATA,)), PaceOptions(), constant(400))
    assert spans(t) == [
        ("lead_in", 9300, 12300, "Squat", 1),
        ("work", 12300, 32300, "Squat", 1),
        ("rest", 32300, 42300, "Squat", 1),
        ("work", 42300, 62300, "Push-up", 1),
        ("rest", 62300, 72300, "Push-up", 1),
        ("work", 72300, 92300, "Squat", 2),
        ("rest", 92300, 102300, "Squat", 2),
        ("work", 102300, 122300, "Push-up", 2),
    ]
    # everything about the circuit is said before it starts; the countdown ends as work starts
    assert said(t, 0, 12300) == [
        (0, "T."),
        (900, "Circuit: Tabata. 2 rounds."),
        (1800, "Each exercise: 20 seconds of work, then 10 seconds of rest."),
        (2700, "Squat."),
        (4300, "Sit back."),
        (5900, "Push-up."),
        (7500, "Round 1 of 2."),
        (8400, "First up: Squat."),
        (9300, "3."),
        (10300, "2."),
        (11300, "And 1."),
    ]
    # the next interval is announced inside the rest, after its tone and before its countdown
    assert said(t, 32300, 42300) == [
        (32300, "rest"),
        (33800, "Next up: Push-up."),
        (34700, "Chest down."),
        (39300, "3."),
        (40300, "2."),
        (41300, "And 1."),
    ]
    assert said(t, 62300, 72300) == [
        (62300, "rest"),
        (63800, "Round 2 of 2."),
        (64700, "Last round."),
        (65600, "Next up: Squat."),
        (69300, "3."),
        (70300, "2."),
        (71300, "And 1."),
    ]
    # work intervals: a tone, then silence but for the countdown to their end
    assert said(t, 72300, 92300) == [(72300, "go"), (89300, "3."), (90300, "2."), (91300, "And 1.")]
    assert [(c.title, c.start_ms) for c in t.chapters] == [
        ("Introduction", 0),
        ("Tabata", 900),
        ("Squat (round 1 of 2)", 7500),
        ("Push-up (round 1 of 2)", 32300),
        ("Squat (round 2 of 2)", 62300),
        ("Push-up (round 2 of 2)", 92300),
    ]
    # 2 x (20 + 10 + 20 + 10) - the dropped last rest
    assert t.spans[-1].end_ms - t.spans[1].start_ms == 110_000


def test_interval_words_shorten_and_give_way_but_never_lengthen_a_rest() -> None:
    short = Circuit("Tabata", S(3), TABATA.items, work_ms=S(20_000), rest_ms=S(4000))
    t = build_timeline(Routine("T", (short,)), PaceOptions(), constant(700))
    for s in t.spans[1:]:
        assert s.duration_ms == (20_000 if s.kind is SpanKind.WORK else 4000)
    rest = t.spans[4]  # after the first round's push-ups: round words, last round, next up, countdown
    words = said(t, rest.start_ms, rest.end_ms)
    # a 4 s rest cannot hold the tone, three phrases and a countdown: the name of what comes next stays
    assert [text for _, text in words if text.startswith("Next") or text == "Squat."]
    assert all(c.end_ms <= rest.end_ms for c in t.cues if rest.start_ms <= c.start_ms < rest.end_ms)


def test_interval_circuit_with_no_rest_names_the_next_exercise_inside_its_work() -> None:
    c = Circuit("Flow", S(1), (Exercise("A", Work()), Exercise("B", Work(S(10_000)))), work_ms=S(15_000))
    t = build_timeline(Routine("T", (c,)), PaceOptions(countdown=0), constant(400))
    works = [(s.kind.value, s.duration_ms) for s in t.spans]
    assert works == [("work", 15_000), ("work", 10_000)]
    b = t.spans[1]
    assert said(t, b.start_ms, b.end_ms) == [(b.start_ms, "go"), (b.start_ms + 1400, "Next up: B.")]


def test_per_side_interval_has_a_timed_switch() -> None:
    c = Circuit(
        "C", S(1), (Exercise("Side plank", Work(), sides=("left", "right"), switch_ms=S(6000)),), work_ms=S(20_000)
    )
    t = build_timeline(Routine("T", (c,)), PaceOptions(), constant(400))
    assert [(s.kind.value, s.duration_ms, s.place.side) for s in t.spans] == [
        ("lead_in", 3000, "left"),
        ("work", 20_000, "left"),
        ("switch", 6000, "right"),
        ("work", 20_000, "right"),
    ]
    switch = t.spans[2]
    assert said(t, switch.start_ms, switch.end_ms)[:2] == [
        (switch.start_ms, "Switch sides."),
        (switch.start_ms + 900, "Right side."),
    ]


def test_circuit_of_ordinary_exercises_in_rounds() -> None:
    c = Circuit(
        "Legs",
        Span(2, 3),
        (Exercise("Squat", Reps(S(2)), steps=("Stand tall.",), rep_rest_ms=S(0)), Exercise("Lunge", Hold(S(5000)))),
        round_rest_ms=S(30_000),
        rest_ms=S(10_000),
    )
    t = build_timeline(Routine("T", (c,)), PaceOptions(level=Level.HARD), constant(400))
    texts = [c.text for c in t.cues]
    assert texts.count("Stand tall.") == 1, "steps are read the first time only"
    assert [x for x in texts if x.startswith(("Round", "Last round"))] == [
        "Round 1 of 3.",
        "Round 2 of 3.",
        "Round 3 of 3.",
        "Last round.",
    ]
    kinds = [(s.kind.value, s.duration_ms) for s in t.spans if s.kind is not SpanKind.REP]
    # each exercise is followed by its rest, and between rounds the round rest too; the very last rest is dropped
    assert kinds == [("lead_in", 3000)] + [
        ("rest", 10_000),
        ("hold", 5000),
        ("rest", 10_000),
        ("round_rest", 30_000),
    ] * 2 + [
        ("rest", 10_000),
        ("hold", 5000),
    ]
    # the rest before a round rest says the whole rest and the round to come
    assert "Rest 40 seconds. Then round 2 of 3." in texts
    assert [ch.title for ch in t.chapters] == ["Introduction", "Legs"] + [
        f"{n} (round {r} of 3)" for r in (1, 2, 3) for n in ("Squat", "Lunge")
    ]
    assert t.circuits[0].rounds == 3


def test_tempo_set_without_rep_rest_lasts_exactly_its_phases() -> None:
    tempo = (Phase("Down", S(3000)), Phase("Pause", S(1000)), Phase("Up", S(2000)))
    ex = Exercise("Tempo squat", Reps(S(4), tempo=tempo), rep_rest_ms=S(0), sets=S(2), set_rest_ms=S(20_000))
    t = build_timeline(Routine("T", (ex,)), PaceOptions(countdown=0), constant(400))
    first_set = [s for s in t.spans if s.kind is SpanKind.PHASE and s.place.set == 1]
    assert first_set[0].start_ms == 5200 and first_set[-1].end_ms == 5200 + 4 * 6000
    for a, b in itertools.pairwise(first_set):
        assert a.end_ms == b.start_ms, "nothing is said between reps"
    assert [(s.place.rep, s.place.phase) for s in first_set[:4]] == [(1, "Down"), (1, "Pause"), (1, "Up"), (2, "Down")]
    # the rep number comes with the first phase's words
    assert said(t, 11_200, 29_200) == [
        (11_200, "2 of 4. Down."),
        (14_200, "Pause."),
        (15_200, "Up."),
        (17_200, "3 of 4. Down."),
        (20_200, "Pause."),
        (21_200, "Up."),
        (23_200, "Last one. Down."),
        (26_200, "Pause."),
        (27_200, "Up."),
    ]
    assert "Last set." in [c.text for c in t.cues]


def test_tempo_with_a_rep_rest_keeps_todays_counting_between_reps() -> None:
    ex = Exercise("Squat", Reps(S(3), tempo=(Phase("Down", S(2000)), Phase("Up", S(2000)))), rep_rest_ms=S(1000))
    t = build_timeline(Routine("T", (ex,)), PaceOptions(countdown=0), constant(300))
    assert [c.text for c in t.cues if c.role in ("rep", "last_rep")] == ["2 of 3.", "Last one."]
    assert [c.text for c in t.cues if c.role == "phase"][2:4] == ["Down.", "Up."]


def test_box_breathing_for_a_duration_runs_whole_cycles_inside_a_lead_in() -> None:
    box = Flow(tuple(Phase(w, S(4000)) for w in ("In", "Hold", "Out", "Wait")), S(120_000))
    r = Routine("T", (Exercise("Box", box, steps=("Sit tall.",)),), intro="Find a quiet spot.", lead_in_ms=12_000)
    t = build_timeline(r, PaceOptions(), lambda text: 400 + 40 * len(text))
    assert (t.spans[0].kind, t.spans[0].start_ms, t.spans[0].end_ms) == (SpanKind.LEAD_IN, 0, 12_000)
    phases = t.spans[1:]
    assert len(phases) == 7 * 4, "2 minutes hold 7.5 cycles of 16 s: 7 whole ones"
    assert phases[0].start_ms == 12_000 and phases[-1].end_ms == 12_000 + 7 * 16_000
    assert phases[-1].place.phase == "Wait", "a flow ends at the end of its last phase"
    assert said(t, 0, 12_000) == [
        (0, "T."),
        (980, "Find a quiet spot."),
        (2600, "First up: Box."),
        (4060, "Exercise 1 of 1: Box. Keep the movement flowing for 2 minutes."),
        (8140, "Sit tall."),
        (9000, "3."),
        (10_000, "2."),
        (11_000, "And 1."),
    ]
    inside = [c for c in t.cues if 12_000 <= c.start_ms < phases[-1].end_ms]
    assert all(c.role == "phase" for c in inside), "nothing but the phases' words over a flow"
    assert [c.text for c in inside][24] == "Last breath. In."


def test_a_short_lead_in_shortens_and_drops_talk_but_starts_work_on_time() -> None:
    r = Routine(
        "Morning",
        (Exercise("Plank", Hold(S(20_000)), steps=("Forearms down.", "Body long.")),),
        intro="Hi.",
        lead_in_ms=6000,
    )
    t = build_timeline(r, PaceOptions(), constant(800))
    assert t.spans[0].end_ms == 6000 and t.spans[1].start_ms == 6000
    # the announcement is kept (in its shortest wording if need be); steps, intro and "First up" give way first
    spoken = [c.text for c in t.cues if c.start_ms < 6000]
    assert spoken[-3:] == ["3.", "2.", "And 1."]
    assert any(text.startswith(("Exercise 1 of 1: Plank.", "Plank.")) for text in spoken)
    assert "Body long." not in spoken


def test_switch_time_comes_from_the_exercise_then_the_defaults() -> None:
    ex = Exercise("Stretch", Hold(S(10_000)), sides=("left", "right"))
    t = build_timeline(Routine("T", (ex,)), PaceOptions(switch_ms=8000), constant(300))
    assert [s.duration_ms for s in t.spans if s.kind is SpanKind.SWITCH] == [8000]
    own = Exercise("Stretch", Hold(S(10_000)), sides=("left", "right"), switch_ms=S(2000))
    t = build_timeline(Routine("T", (own,)), PaceOptions(switch_ms=8000), constant(300))
    assert [s.duration_ms for s in t.spans if s.kind is SpanKind.SWITCH] == [2000]


def test_steps_are_read_the_first_time_a_name_comes_up() -> None:
    chin = Exercise("Chin tuck", Reps(S(2)), steps=("Glide your chin back.",), cue="Chin back.")
    again = Exercise("chin tuck", Hold(S(5000)), steps=("Glide your chin back.",), cue="Chin back.")
    t = build_timeline(Routine("T", (chin, ManualStep("Stand up."), again)), PaceOptions(), constant(300))
    texts = [c.text for c in t.cues]
    assert texts.count("Glide your chin back.") == 1
    # the second time, the cue stands in for the steps
    assert texts.count("Chin back.") == 2


def test_spans_in_json_carry_kind_times_and_place() -> None:
    t = build_timeline(Routine("T", (TABATA,)), PaceOptions(), constant(400))
    data = timeline_to_dict(t)
    assert data["spans"][1] == {
        "kind": "work",
        "start_ms": 12300,
        "end_ms": 32300,
        "exercise": "Squat",
        "round": 1,
        "set": None,
        "side": None,
        "rep": None,
        "phase": None,
    }
    assert data["circuits"] == [
        {
            "name": "Tabata",
            "rounds": 2,
            "exercises": ["Squat", "Push-up"],
            "work_s": 20,
            "rest_s": 10,
            "round_rest_s": None,
        }
    ]
