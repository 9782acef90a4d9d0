"""A heading over a group of exercises taken for one exercise's name: "Arm Stretches:" over a paragraph with no
name of its own, then "Triceps Stretch" over the next.

The heading names the paragraph below it as any heading line does, so the stretch was called "Arm stretches" with no
word. A name that ends in a word for several exercises ("stretches", "stretching", "exercises", "moves", "poses",
"drills") is warned: it may be the group's heading, not the exercise's name. "Calf raises" and "Squats" name one
exercise and are not warned."""

from __future__ import annotations

import re

_GROUP = re.compile(r"\b(?:stretches|stretching|exercises|moves|movements|poses|drills)\s*:?\s*$", re.I)


def group_name_doubt(name: str) -> str | None:
    """Why `name` may be a group's heading rather than one exercise's name, or None."""
    if not _GROUP.search(name):
        return None
    return (f"its name \"{name}\" reads as a heading over several exercises: it may be the group's name, not "
            "this exercise's")
