"""Streaks and the calendar, from days with practice."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from tests.sessions.helpers import PARIS, session
from voiceroutine.sessions.model import Status
from voiceroutine.sessions.summary import calendar, current_streak, longest_streak, practice_days, totals

WED = date(2026, 12, 2)


def days(*offsets: int) -> list[date]:
    return [WED - timedelta(days=n) for n in offsets]


def test_the_streak_counts_days_in_a_row_up_to_today_or_yesterday() -> None:
    assert current_streak(days(0, 1, 2, 4), WED) == 3
    assert current_streak(days(1, 2, 4), WED) == 2  # today not yet: the streak still holds
    assert current_streak(days(2, 3), WED) == 0
    assert current_streak([], WED) == 0
    assert longest_streak(days(0, 1, 5, 6, 7, 8, 10)) == 4


def test_only_sessions_with_an_exercise_done_count_as_practice() -> None:
    practised = session(started=datetime(2026, 12, 1, 8, tzinfo=PARIS))
    quit_early = session(started=datetime(2026, 12, 2, 8, tzinfo=PARIS), exercises=(("Chin tuck", Status.QUIT),))
    assert practice_days([practised, quit_early]) == Counter({date(2026, 12, 1): 1})
    assert totals([practised, quit_early], WED).streak == 1


def test_the_calendar_runs_monday_to_sunday_and_stops_today() -> None:
    cal = calendar(Counter({WED: 2, date(2026, 11, 23): 1}), WED, weeks=2)
    assert cal.first_monday == date(2026, 11, 23)
    assert cal.weeks == ((1, 0, 0, 0, 0, 0, 0), (0, 0, 2, None, None, None, None))


def test_totals_count_this_week_and_the_last_four() -> None:
    sessions = [session(started=datetime(2026, 12, d, 8, tzinfo=PARIS)) for d in (1, 2)]
    sessions += [session(started=datetime(2026, 11, d, 8, tzinfo=PARIS)) for d in (2, 10, 20)]
    t = totals(sessions, WED)
    assert (t.streak, t.longest, t.this_week, t.last_four_weeks) == (2, 2, 2, 4)
