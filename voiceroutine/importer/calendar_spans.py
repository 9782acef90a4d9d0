"""Spans of the calendar: "23 days", "6 weeks", "3 months". A count of days is how long a habit or a programme has
gone on ("Streak: 23 days", "Week 2 of 6 weeks"), never a count of movements, so it is no dose at all."""

from __future__ import annotations

CALENDAR_UNIT = r"(?:days?|nights?|weeks?|fortnights?|months?|years?|mornings?|evenings?|sessions?|workouts?)"
"""The words after a number that make it a span of the calendar or a number of sessions, not of reps."""
