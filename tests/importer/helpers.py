"""What the importer's shape tests share: an article imported, checked by the real loader, and its exercises."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.routine.loader import load_routine_text


def imported(text: str, name: str = "a.txt") -> tuple[list[dict[str, object]], str]:
    """The exercises `import` writes for `text`, circuits flattened, and the file itself (its comments hold the
    warnings), after the loader has accepted the file."""
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    data = yaml.safe_load(result.yaml_text)
    found = [member for item in data["exercises"] for member in (item["exercises"] if "circuit" in item else [item])]
    return found, result.yaml_text


def exercises(text: str, name: str = "a.txt") -> list[dict[str, object]]:
    """The exercises alone."""
    return imported(text, name)[0]


def by_name(text: str, name: str = "a.txt") -> dict[str, dict[str, object]]:
    """The exercises by name."""
    return {str(exercise["name"]): exercise for exercise in exercises(text, name)}


def by_name_and_text(text: str, name: str = "a.txt") -> tuple[dict[str, dict[str, object]], str]:
    """The exercises by name, and the file."""
    found, yaml_text = imported(text, name)
    return {str(exercise["name"]): exercise for exercise in found}, yaml_text


def fields_and_warnings(text: str, name: str = "a.md") -> dict[str, tuple[dict[str, object], tuple[str, ...]]]:
    """Each exercise's fields (as the importer holds them, before the file is written) and its warnings, by name."""
    result = import_article(text, name)
    return {exercise.name: ({field.key: field.value for field in exercise.fields}, exercise.warnings)
            for exercise in result.exercises}
