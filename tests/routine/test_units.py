"""Durations and counts as people write them, and the exact messages for ones we cannot read."""

from __future__ import annotations

import pytest

from voiceroutine.routine.model import Span
from voiceroutine.routine.units import (
    UnitError,
    clock,
    format_ms,
    format_span,
    parse_count,
    parse_duration,
    position_clock,
    quote,
    rounded_clock,
)

HOUR = 3_600_000


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("5", 5000, 5000),
        (5, 5000, 5000),
        (2.5, 2500, 2500),
        ("5 s", 5000, 5000),
        ("5s", 5000, 5000),
        ("5 sec", 5000, 5000),
        ("5 secs", 5000, 5000),
        ("1 second", 1000, 1000),
        ("5 seconds", 5000, 5000),
        ("5 Seconds", 5000, 5000),
        ("  5 S  ", 5000, 5000),
        ("90s", 90_000, 90_000),
        ("1 min", 60_000, 60_000),
        ("1 minute", 60_000, 60_000),
        ("2 mins", 120_000, 120_000),
        ("1m", 60_000, 60_000),
        ("1.5 min", 90_000, 90_000),
        (".5 min", 30_000, 30_000),
        ("0.25 s", 250, 250),
        ("1.0005 s", 1000, 1000),  # rounded to whole ms (half to even)
        ("1 min 30 s", 90_000, 90_000),
        ("1min30s", 90_000, 90_000),
        ("1 min, 30 s", 90_000, 90_000),
        ("1 minute and 30 seconds", 90_000, 90_000),
        ("1 h", HOUR, HOUR),
        ("1 hour", HOUR, HOUR),
        ("1:30", 90_000, 90_000),
        ("0:05", 5000, 5000),
        ("10:00", 600_000, 600_000),
        ("1:00:00", HOUR, HOUR),
        ("1-2 minutes", 60_000, 120_000),
        ("1 - 2 min", 60_000, 120_000),
        ("1–2 min", 60_000, 120_000),
        ("1—2 min", 60_000, 120_000),
        ("1 to 2 minutes", 60_000, 120_000),
        ("45 s - 1 min", 45_000, 60_000),
        ("45 seconds to 1 minute", 45_000, 60_000),
        ("45 SECONDS TO 1 MINUTE", 45_000, 60_000),
        ("20-30s", 20_000, 30_000),
        ("20-30", 20_000, 30_000),
        ("1 min - 90", 60_000, 90 * 60_000),  # a bare end takes the other end's unit
        ("30 s - 1 min 30 s", 30_000, 90_000),
        ("1:00-1:30", 60_000, 90_000),
        ("5-5 s", 5000, 5000),
    ],
)
def test_durations_people_write(text: str | int | float, low: int, high: int) -> None:
    assert parse_duration(text, max_ms=2 * HOUR) == Span(low, high)


@pytest.mark.parametrize("text", ["0", "0 s", "0-10 s", "0:00"])
def test_zero_is_read_when_allowed(text: str) -> None:
    assert parse_duration(text, max_ms=HOUR, zero_ok=True).low == 0


DURATION_SYNTAX = "expected a duration like 5, 5 s, 90 seconds, 1.5 min, 1 min 30 s, 1:30, or a range like 1-2 minutes"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", f"found nothing, {DURATION_SYNTAX}"),
        ("   ", f"found nothing, {DURATION_SYNTAX}"),
        ("abc", f'found "abc", {DURATION_SYNTAX}'),
        ("five seconds", f'found "five seconds", {DURATION_SYNTAX}'),
        ("5 s.", f'found "5 s.", {DURATION_SYNTAX}'),
        ("1-2-3 min", f'found "1-2-3 min", {DURATION_SYNTAX}'),
        ("5 -", f'found "5 -", {DURATION_SYNTAX}'),
        ("1:75", f'found "1:75", {DURATION_SYNTAX}'),
        (
            "5 parsecs",
            'found unknown unit "parsecs" in "5 parsecs", allowed units: s, sec, seconds, min, minutes, h, hours',
        ),
        ("5 ms", 'found unknown unit "ms" in "5 ms", allowed units: s, sec, seconds, min, minutes, h, hours'),
        ("1 min 30", 'found "1 min 30", expected a unit after every number, as in 1 min 30 s'),
        ("30 1 min", 'found "30 1 min", expected a unit after every number, as in 1 min 30 s'),
        ("30 s 1 min", 'found "30 s 1 min", expected the larger unit first, as in 1 min 30 s'),
        ("1 min 1 min", 'found "1 min 1 min", expected the larger unit first, as in 1 min 30 s'),
        ("-5", 'found "-5", allowed: more than 0 s, up to 30 min'),
        ("-5 s", 'found "-5 s", allowed: more than 0 s, up to 30 min'),
        ("+5 s", 'found "+5 s", allowed: more than 0 s, up to 30 min'),
        ("0", 'found "0", allowed: more than 0 s, up to 30 min'),
        ("0.0001 s", 'found "0.0001 s", allowed: more than 0 s, up to 30 min'),
        ("0-5 s", 'found "0-5 s", allowed: more than 0 s, up to 30 min'),
        ("31 min", 'found "31 min", allowed: more than 0 s, up to 30 min'),
        ("10 hours", 'found "10 hours", allowed: more than 0 s, up to 30 min'),
        ("20-45 min", 'found "20-45 min", allowed: more than 0 s, up to 30 min'),
        ("2-1 min", 'found "2-1 min", the low end is above the high end; write the smaller value first'),
        ("1 min - 30 s", 'found "1 min - 30 s", the low end is above the high end; write the smaller value first'),
    ],
)
def test_duration_messages(text: str, message: str) -> None:
    with pytest.raises(UnitError) as caught:
        parse_duration(text, max_ms=30 * 60_000)
    assert str(caught.value) == message


def test_zero_ok_changes_the_allowed_range_in_the_message() -> None:
    with pytest.raises(UnitError) as caught:
        parse_duration("-1 s", max_ms=60_000, zero_ok=True)
    assert str(caught.value) == 'found "-1 s", allowed: 0 s to 1 min'


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("10", 10, 10),
        (10, 10, 10),
        ("010", 10, 10),
        ("8-12", 8, 12),
        ("8 - 12", 8, 12),
        ("8–12", 8, 12),
        ("8 to 12", 8, 12),
        ("10 reps", 10, 10),
        ("1 rep", 1, 1),
        ("8-12 reps", 8, 12),
        ("10 times", 10, 10),
        ("10x", 10, 10),
        ("10 X", 10, 10),
        ("500", 500, 500),
    ],
)
def test_counts_people_write(text: str | int, low: int, high: int) -> None:
    assert parse_count(text, max_count=500, words=("rep", "reps", "times", "x")) == Span(low, high)


COUNT_SYNTAX = "expected a whole number like 10 or a range like 8-12"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", f"found nothing, {COUNT_SYNTAX}"),
        ("lots", f'found "lots", {COUNT_SYNTAX}'),
        ("8.5", f'found "8.5", {COUNT_SYNTAX}'),
        ("1e3", f'found "1e3", {COUNT_SYNTAX}'),
        ("10 sets", f'found "10 sets", {COUNT_SYNTAX}'),
        ("8 reps - 12 reps", f'found "8 reps - 12 reps", {COUNT_SYNTAX}'),
        ("8-10-12", f'found "8-10-12", {COUNT_SYNTAX}'),
        ("-3", 'found "-3", allowed: 1 to 500'),
        ("0", 'found "0", allowed: 1 to 500'),
        ("0-5", 'found "0-5", allowed: 1 to 500'),
        ("501", 'found "501", allowed: 1 to 500'),
        ("10000", 'found "10000", allowed: 1 to 500'),
        ("12-8", 'found "12-8", the low end is above the high end; write the smaller number first'),
    ],
)
def test_count_messages(text: str, message: str) -> None:
    with pytest.raises(UnitError) as caught:
        parse_count(text, max_count=500, words=("rep", "reps", "times", "x"))
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("ms", "text"),
    [
        (0, "0 s"),
        (250, "250 ms"),
        (1000, "1 s"),
        (1500, "1.5 s"),
        (45_000, "45 s"),
        (60_000, "1 min"),
        (61_500, "61.5 s"),
        (90_000, "1 min 30 s"),
        (30 * 60_000, "30 min"),
        (HOUR, "1 h"),
        (4 * HOUR + 90_000, "4 h 1 min 30 s"),
    ],
)
def test_format_ms(ms: int, text: str) -> None:
    assert format_ms(ms) == text


def test_format_ms_reads_back_as_the_same_duration() -> None:
    for ms in (1000, 1500, 45_000, 90_000, 30 * 60_000, 4 * HOUR + 90_000):
        assert parse_duration(format_ms(ms), max_ms=5 * HOUR) == Span.exactly(ms)


def test_format_span_and_quote() -> None:
    assert format_span(Span(60_000, 120_000)) == "1 min to 2 min"
    assert format_span(Span.exactly(5000)) == "5 s"
    assert quote("a\n  b") == '"a b"'
    assert quote("x" * 50) == '"' + "x" * 39 + '…"'


@pytest.mark.parametrize(("ms", "text"), [(0, "0:00"), (59_999, "0:59"), (725_000, "12:05"), (3_725_999, "1:02:05")])
def test_clock_drops_part_seconds_and_shows_hours(ms: int, text: str) -> None:
    assert clock(ms) == text


@pytest.mark.parametrize(("ms", "text"), [(0, "0:00"), (59_500, "1:00"), (725_400, "12:05"), (4_500_000, "75:00")])
def test_rounded_clock_rounds_to_the_second_without_hours(ms: int, text: str) -> None:
    assert rounded_clock(ms) == text


@pytest.mark.parametrize(("ms", "text"), [(0, "00:00.000"), (125_250, "02:05.250"), (6_000_001, "100:00.001")])
def test_position_clock_keeps_the_millisecond(ms: int, text: str) -> None:
    assert position_clock(ms) == text
