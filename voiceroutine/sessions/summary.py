"""Pure sums over the log: streaks, a calendar of the last weeks, how many sessions in a week."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from voiceroutine.sessions.model import Session


def practice_days(sessions: Iterable[Session]) -> Counter[date]:
    """Sessions per local day, counting only sessions where at least one exercise was done."""
    return Counter(s.started.date() for s in sessions if s.practised)


def current_streak(days: Iterable[date], today: date) -> int:
    """Days in a row with practice, ending today, or yesterday when today has none yet (the streak still holds)."""
    practised = set(days)
    day = today if today in practised else today - timedelta(days=1)
    streak = 0
    while day in practised:
        streak += 1
        day -= timedelta(days=1)
    return streak


def longest_streak(days: Iterable[date]) -> int:
    """The most days in a row ever practised."""
    longest = run = 0
    previous: date | None = None
    for day in sorted(set(days)):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    return longest


@dataclass(frozen=True, slots=True)
class Calendar:
    """The last weeks, Monday first: `weeks[i][d]` is the number of sessions on that day (None after today)."""

    first_monday: date
    weeks: tuple[tuple[int | None, ...], ...]

    def day(self, week: int, weekday: int) -> date:
        return self.first_monday + timedelta(days=7 * week + weekday)


def calendar(days: Counter[date], today: date, weeks: int) -> Calendar:
    """`weeks` weeks ending with the one holding `today`."""
    monday = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    rows = []
    for w in range(weeks):
        row: list[int | None] = []
        for d in range(7):
            day = monday + timedelta(days=7 * w + d)
            row.append(None if day > today else days.get(day, 0))
        rows.append(tuple(row))
    return Calendar(monday, tuple(rows))


def sessions_since(days: Counter[date], first: date) -> int:
    return sum(n for day, n in days.items() if day >= first)


@dataclass(frozen=True, slots=True)
class Totals:
    """The line under the table: streaks and counts."""

    streak: int
    longest: int
    this_week: int
    last_four_weeks: int


def totals(sessions: Sequence[Session], today: date) -> Totals:
    days = practice_days(sessions)
    monday = today - timedelta(days=today.weekday())
    return Totals(
        streak=current_streak(days, today),
        longest=longest_streak(days),
        this_week=sessions_since(days, monday),
        last_four_weeks=sessions_since(days, monday - timedelta(weeks=3)),
    )
