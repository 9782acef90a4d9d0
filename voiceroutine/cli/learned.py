"""How the session log shaped a routine this time (instructions that fade, the progression step), for show."""

from __future__ import annotations

from typing import Any

from voiceroutine.pipeline import Learned
from voiceroutine.progression import Standing


def standing_to_dict(standing: Standing | None) -> dict[str, Any] | None:
    if standing is None:
        return None
    return {
        "week": standing.week,
        "from": "option" if standing.asked else "log",
        "top": standing.top,
        "every": standing.every,
        "first": None if standing.first is None else standing.first.isoformat(),
        "next_on": None if standing.next_on is None else standing.next_on.isoformat(),
        "sessions_to_next": standing.sessions_to_next,
    }


def learned_to_dict(learned: Learned | None) -> dict[str, Any]:
    """`instructions` and `progress`, as `show --json` gives them."""
    if learned is None:
        return {}
    fading = learned.fading
    return {
        "instructions": {
            "mode": fading.mode.value,
            "fade_after": fading.fade_after,
            "heard": fading.heard,
            "exercises": [{"name": e.name, "done": e.done, "steps": e.steps} for e in fading.exercises],
        },
        "progress": standing_to_dict(learned.standing),
    }


def standing_line(standing: Standing) -> str:
    """ "week 2 of 6 (every 1 week), next step on 2026-12-09" style."""
    where = f"week {standing.week}" + (" (asked with --week)" if standing.asked else "")
    if standing.at_top:
        return f"{where}: at the top, nothing grows after week {standing.top}"
    words = f"{where} of {standing.top} (a step every {standing.every})"
    if standing.next_on is not None:
        words += f", next step on {standing.next_on.isoformat()}"
    elif standing.sessions_to_next is not None:
        more = standing.sessions_to_next
        words += f", next step after {more} more session{'s' if more != 1 else ''}"
    elif standing.first is None and not standing.asked:
        words += ", counted from your first session"
    return words


def learned_lines(learned: Learned | None) -> list[str]:
    """Lines for show's table: what is read in full, and the progression step."""
    if learned is None:
        return []
    fading = learned.fading
    lines = []
    short = [e.name for e in fading.exercises if e.steps == "short"]
    if fading.mode.value == "auto":
        rule = f"auto, short after {fading.fade_after} sessions done"
        lines.append(f"Instructions: {rule}; short for {', '.join(short)}" if short else
                     f"Instructions: {rule}; every exercise in full this time")
    else:
        lines.append(f"Instructions: {fading.mode.value}")
    if learned.standing is not None:
        lines.append(f"Progression: {standing_line(learned.standing)}")
    return lines
