"""Exact cue times for small routines, and how phrases that do not fit are shortened."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from voiceroutine.errors import PhraseError
from voiceroutine.routine.model import Exercise, Flow, Hold, Level, ManualStep, Phase, Reps, Routine, Span
from voiceroutine.timeline.builder import build_timeline
from voiceroutine.timeline.model import CueKind, SpanKind, Timeline
from voiceroutine.timeline.options import PaceOptions

S = Span.exactly


def constant(ms: int) -> Callable[[str], int]:
    return lambda text: ms


def cues(t: Timeline) -> list[tuple[int, int, str, str]]:
    return [(c.start_ms, c.end_ms, c.kind.value, c.text) for c in t.cues]


def one(exercise: Exercise, **routine: object) -> Routine:
    return Routine("T", (exercise,), **routine)  # type: ignore[arg-type]


def test_reps_with_hold_exact_times() -> None:
    routine = one(Exercise("Chin tuck", Reps(S(2), hold_ms=S(3000)), steps=("Sit tall.",)))
    t = build_timeline(routine, PaceOptions(), constant(400))
    assert cues(t) == [
        (0, 400, "speech", "T."),
        (900, 1300, "speech", "First up: Chin tuck."),
        (1800, 2200, "speech", "3."),
        (2800, 3200, "speech", "2."),
        (3800, 4200, "speech", "And 1."),
        (4800, 5200, "speech", "Exercise 1 of 1: Chin tuck. 2 reps, hold 3 seconds each."),
        (6400, 6800, "speech", "Sit tall."),
        (8000, 8400, "speech", "Begin."),
        (8900, 9300, "speech", "Hold it."),
        (9900, 10300, "speech", "2."),
        (10900, 11300, "speech", "And 1."),
        (11900, 12300, "speech", "And release."),
        (14800, 15200, "speech", "Last one."),
        (15700, 16100, "speech", "Hold it."),
        (16700, 17100, "speech", "2."),
        (17700, 18100, "speech", "And 1."),
        (18700, 19100, "speech", "And release."),
        (19600, 20000, "speech", "That is the end of the routine. Well done."),
        (20500, 21040, "tone", "finish"),
    ]
    assert t.total_ms == 22240  # a second of quiet after the finishing tone
    holds = [(s.start_ms, s.end_ms) for s in t.spans if s.kind is SpanKind.HOLD]
    assert holds == [(8900, 11900), (15700, 18700)]
    assert [(s.start_ms, s.end_ms) for s in t.spans if s.kind is SpanKind.LEAD_IN] == [(1800, 4800)]
    rests = [(s.start_ms, s.end_ms, s.place.rep) for s in t.spans if s.kind is SpanKind.REST]
    assert rests == [(12300 + 500, 14800, 1)]
    chapters = [(c.title, c.start_ms, c.end_ms) for c in t.chapters]
    assert chapters == [("Introduction", 0, 4800), ("Chin tuck", 4800, 22240)]


def test_slower_voice_moves_talk_but_not_holds() -> None:
    routine = one(Exercise("Chin tuck", Reps(S(3), hold_ms=S(5000))))
    fast = build_timeline(routine, PaceOptions(), constant(300))
    slow = build_timeline(routine, PaceOptions(), constant(900))
    hold = lambda t: [s.duration_ms for s in t.spans if s.kind is SpanKind.HOLD]  # noqa: E731
    assert hold(fast) == hold(slow) == [5000, 5000, 5000]
    assert slow.total_ms > fast.total_ms


def test_counted_numbers_that_do_not_fit_become_ticks() -> None:
    routine = one(Exercise("Plank", Reps(S(1), hold_ms=S(3000))))
    t = build_timeline(routine, PaceOptions(countdown=0), lambda text: 950 if text in {"2.", "1.", "And 1."} else 300)
    hold = next(s for s in t.spans if s.kind is SpanKind.HOLD)
    inside = [
        (c.start_ms - hold.start_ms, c.kind.value, c.text) for c in t.cues if hold.start_ms <= c.start_ms < hold.end_ms
    ]
    assert inside == [(0, "speech", "Hold it."), (1000, "tone", "tick"), (2000, "tone", "tick")]


def test_rest_wording_shortens_to_fit_and_countdown_keeps_an_unbroken_tail() -> None:
    routine = Routine("T", (Exercise("A", Hold(S(5000))), Exercise("Wall angels", Hold(S(5000)))))
    lengths = {"Rest 6 seconds. Next up: Wall angels.": 5700, "Rest. Next up: Wall angels.": 2300}
    t = build_timeline(routine, PaceOptions(rest_ms=6000), lambda text: lengths.get(text, 400))
    rest = next(s for s in t.spans if s.kind is SpanKind.REST and s.label == "Rest")
    inside = [(c.start_ms - rest.start_ms, c.text) for c in t.cues if rest.start_ms <= c.start_ms < rest.end_ms]
    # tone, a second of quiet, the shorter wording (the full one would not fit), then the countdown without "3",
    # which falls inside the spoken rest
    assert inside == [(0, "rest"), (1500, "Rest. Next up: Wall angels."), (4000, "2."), (5000, "And 1.")]


def test_flow_runs_whole_cycles_and_later_cycles_are_short() -> None:
    phases = (Phase("Breathe in, arch your back", S(4000)), Phase("Breathe out, round your spine", S(4000)))
    # 20 s asks for 2.5 cycles of 8 s: the flow runs the 2 whole cycles that fit and ends after the breath out
    t = build_timeline(one(Exercise("Cat-cow", Flow(phases, S(20_000)))), PaceOptions(countdown=3), constant(1000))
    spans = [(s.start_ms, s.end_ms, s.label) for s in t.spans if s.kind is SpanKind.PHASE]
    start = spans[0][0]
    assert [(a - start, b - start, label) for a, b, label in spans] == [
        (0, 4000, "Breathe in, arch your back"),
        (4000, 8000, "Breathe out, round your spine"),
        (8000, 12000, "Breathe in, arch your back"),
        (12000, 16000, "Breathe out, round your spine"),
    ]
    inside = [(c.start_ms - start, c.text) for c in t.cues if start <= c.start_ms < spans[-1][1]]
    # nothing but the phases' own words, the last cycle marked: no countdown, no time-left call
    assert inside == [
        (0, "Breathe in, arch your back"),
        (4000, "Breathe out, round your spine"),
        (8000, "Last breath. Breathe in."),
        (12000, "Breathe out."),
    ]
    assert t.exercises[0].cycles == 2 and t.exercises[0].duration_s == 16


def test_flow_by_cycles_and_the_last_breath_falls_back_to_the_phase_words() -> None:
    flow = Flow((Phase("In", S(2000)), Phase("Hold", S(2000)), Phase("Out", S(2000))), cycles=Span(3, 5))
    for level, n in [(Level.EASY, 3), (Level.STANDARD, 4), (Level.HARD, 5)]:
        t = build_timeline(one(Exercise("Breath", flow)), PaceOptions(level=level), constant(1500))
        phases = [s for s in t.spans if s.kind is SpanKind.PHASE]
        assert len(phases) == 3 * n and all(p.duration_ms == 2000 for p in phases)
        # "Last breath. In." takes 1500 ms like any phrase here, so it fits its 2 s phase
        assert [c.text for c in t.cues if c.role == "phase"][3 * (n - 1)] == "Last breath. In."
    lengths = {"Last breath. In.": 2500}
    t = build_timeline(one(Exercise("Breath", flow)), PaceOptions(), lambda text: lengths.get(text, 800))
    assert [c.text for c in t.cues if c.role == "phase"][9:12] == ["In.", "Hold.", "Out."]


def test_sets_sides_and_levels() -> None:
    ex = Exercise(
        "Side stretch", Hold(Span(20_000, 40_000)), sides=("left", "right"), sets=Span(1, 3), set_rest_ms=S(10_000)
    )
    for level, hold_ms, sets in [(Level.EASY, 20_000, 1), (Level.STANDARD, 30_000, 2), (Level.HARD, 40_000, 3)]:
        t = build_timeline(one(ex), PaceOptions(level=level), constant(300))
        holds = [s for s in t.spans if s.kind is SpanKind.HOLD]
        assert [h.duration_ms for h in holds] == [hold_ms] * 2 * sets
        assert [(h.place.set, h.place.side) for h in holds][:2] == [
            (1 if sets > 1 else None, "left"),
            (1 if sets > 1 else None, "right"),
        ]
        texts = [c.text for c in t.cues]
        assert texts.count("Switch sides.") == sets
        assert texts.count("Left side.") == sets
        assert t.exercises[0].sets == sets and t.exercises[0].hold_s == hold_ms / 1000


def test_rep_numbers_halfway_and_last_one() -> None:
    t = build_timeline(one(Exercise("Squat", Reps(S(10)), cue="Sit back.")), PaceOptions(), constant(300))
    said = [c.text for c in t.cues if c.role in ("cue", "rep", "halfway", "last_rep")]
    assert said == [
        "Sit back.",
        "2 of 10.",
        "3 of 10.",
        "4 of 10.",
        "5 of 10.",
        "Halfway.",
        "6 of 10.",
        "7 of 10.",
        "8 of 10.",
        "9 of 10.",
        "Last one.",
    ]


def test_manual_step_waits_and_leads_into_the_next_exercise() -> None:
    routine = Routine(
        "T", (Exercise("A", Hold(S(2000))), ManualStep("Fetch a towel.", 7000), Exercise("B", Hold(S(2000))))
    )
    t = build_timeline(routine, PaceOptions(), constant(300))
    wait = next(c for c in t.cues if c.kind is CueKind.WAIT)
    assert (wait.text, wait.duration_ms) == ("Fetch a towel.", 7000)
    after = [c.text for c in t.cues if c.start_ms >= wait.end_ms][:2]
    assert after == ["First up: B.", "3."]
    assert [c.title for c in t.chapters] == ["Introduction", "A", "B"]


def test_long_hold_gets_time_left_calls_and_final_countdown() -> None:
    t = build_timeline(one(Exercise("Child's pose", Hold(S(90_000)))), PaceOptions(), constant(700))
    hold = next(s for s in t.spans if s.kind is SpanKind.HOLD)
    inside = [(c.start_ms - hold.start_ms, c.text) for c in t.cues if hold.start_ms <= c.start_ms < hold.end_ms]
    assert inside == [
        (0, "Hold it."),
        (30_000, "1 minute left."),
        (60_000, "30 seconds left."),
        (80_000, "10 seconds left."),
        (87_000, "3."),
        (88_000, "2."),
        (89_000, "And 1."),
    ]


def test_routine_phrase_overrides_change_the_words() -> None:
    routine = one(Exercise("A", Reps(S(1), hold_ms=S(2000))), phrases=(("release", "Loslassen."), ("hold", "Halten.")))
    texts = [c.text for c in build_timeline(routine, PaceOptions(), constant(300)).cues]
    assert "Loslassen." in texts and "Halten." in texts and "And release." not in texts


@pytest.mark.parametrize(
    ("phrases", "message"),
    [
        (
            (("relase", "x"),),
            "r.yaml: phrases: unknown phrase key 'relase' (did you mean 'release'?); see docs/phrasebook.md",
        ),
        (
            (("rest", "Rest {seconds}."),),
            "r.yaml: phrases.rest: unknown placeholder {seconds}; this phrase may use {next}, {time}",
        ),
        ((("rep", "{rep"),), "r.yaml: phrases.rep: broken braces in '{rep' (expected '}' before end of string)"),
        ((("hold", "  "),), "r.yaml: phrases.hold: expected a non-empty wording or a list of them"),
    ],
)
def test_bad_phrase_overrides_are_clear_errors(phrases: tuple[tuple[str, str], ...], message: str) -> None:
    routine = one(Exercise("A", Hold(S(2000))), phrases=phrases, source="r.yaml")
    with pytest.raises(PhraseError) as e:
        build_timeline(routine, PaceOptions(), constant(300))
    assert str(e.value) == message


def test_a_single_cycle_flow_has_no_last_breath() -> None:
    flow = Flow((Phase("In", S(4000)), Phase("Out", S(4000))), S(10_000))
    t = build_timeline(one(Exercise("Breath", flow)), PaceOptions(countdown=3), constant(500))
    assert [c.text for c in t.cues if c.role == "phase"] == ["In", "Out"]
    assert [s.duration_ms for s in t.spans if s.kind is SpanKind.PHASE] == [4000, 4000]
