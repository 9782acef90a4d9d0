"""An easier or harder dose offered to some people ("If that's too much, 3 rounds of 20 seconds") is said in a
warning on the exercise, and the dose for everyone is the one used."""

from __future__ import annotations

import pytest
import yaml

from voiceroutine.importer import import_article
from voiceroutine.importer.options import is_option


@pytest.mark.parametrize(("sentence", "option"), [
    ("If that's too much, 3 rounds of 20 seconds with a rest between is fine.", True),
    ("If it feels too hard, do 5.", True),
    ("To make it harder, hold for 60 seconds.", True),
    ("Too easy? Add a second set.", True),
    ("Beginners can start with 5 reps.", True),
    ("For an easier version, hold for 10 seconds.", True),
    ("Repeat twice if you are a beginner, three times if not.", True),
    ("If you are able, hold for 10 seconds.", False),
    ("Hold for 30 seconds.", False),
    ("If you feel pain, stop.", False),
    ("Do 10 reps, then rest.", False),
])
def test_what_offers_another_dose(sentence: str, option: bool) -> None:
    assert is_option(sentence) is option


def test_the_dose_for_everyone_is_used_and_the_option_is_said() -> None:
    text = ("# Core\n\n## 1. Plank\n\nForearms down, body long. Sixty seconds. If that's too much, 3 rounds of 20 "
            "seconds is a fine start.\n\n## 2. Dead bug\n\nOpposite arm and leg, slowly. 10 each side. "
            "Beginners can keep both feet down and do 6.\n")
    result = import_article(text, "core.md")
    plank, bug = yaml.safe_load(result.yaml_text)["exercises"]
    assert (plank["hold"], plank.get("sets"), plank.get("reps")) == ("1 minute", None, None)
    assert (bug["reps"], bug["sides"]) == (10, ["left", "right"])
    assert ("Plank: a note in it gives a dose that was not used: \"If that's too much, 3 rounds of 20 seconds is a "
            "fine start.\"") in result.warnings
