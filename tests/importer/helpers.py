"""What the importer's shape tests share: an article imported, checked by the real loader, and its exercises."""

from __future__ import annotations

import yaml

from voiceroutine.importer import import_article
from voiceroutine.routine.loader import load_routine_text


def exercises(text: str, name: str = "a.txt") -> list[dict[str, object]]:
    """The exercises `import` writes for `text`, circuits flattened, after the loader has accepted the file."""
    result = import_article(text, name)
    load_routine_text(result.yaml_text, name)
    data = yaml.safe_load(result.yaml_text)
    return [member for item in data["exercises"] for member in (item["exercises"] if "circuit" in item else [item])]


def by_name(text: str, name: str = "a.txt") -> dict[str, dict[str, object]]:
    """The same exercises by name."""
    return {str(exercise["name"]): exercise for exercise in exercises(text, name)}
