"""The phrasebook: every key documented, durations in words, wordings longest first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from voiceroutine.errors import PhraseError
from voiceroutine.timeline.phrasebook import PLACEHOLDERS, english, phrasebook_for

DOC = Path(__file__).parents[2] / "docs" / "phrasebook.md"


def test_every_key_is_documented_with_its_placeholders() -> None:
    doc = DOC.read_text(encoding="utf-8")
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `([a-z_0-9]+)`[^|]*\|[^|]*\| ([^|]*) \|", doc, re.M)}
    for key, allowed in PLACEHOLDERS.items():
        assert key in rows or f"`{key}`" in doc, f"{key} missing from docs/phrasebook.md"
        if key in rows:
            assert set(re.findall(r"\{(\w+)\}", rows[key])) == set(allowed), key


@pytest.mark.parametrize(
    ("ms", "words"),
    [
        (1000, "1 second"),
        (5000, "5 seconds"),
        (45_000, "45 seconds"),
        (60_000, "1 minute"),
        (75_000, "75 seconds"),
        (90_000, "1 minute 30 seconds"),
        (120_000, "2 minutes"),
        (150_000, "2 minutes 30 seconds"),
        (5400, "5 seconds"),
        (5500, "6 seconds"),
    ],
)
def test_durations_in_words(ms: int, words: str) -> None:
    assert english().duration(ms) == words


def test_forms_are_filled_and_deduplicated() -> None:
    book = english()
    assert book.forms("rest", time="20 seconds", next="Plank") == (
        "Rest 20 seconds. Next up: Plank.",
        "Rest. Next up: Plank.",
        "Rest.",
    )
    assert book.forms("hold") == ("Hold it.", "Hold.")
    assert book.text("rep", rep=3, reps=10) == "3 of 10."


@pytest.mark.parametrize(("text", "at"), [
    ("phrases:\n  title: [unclosed\n", ":3:1"),
    # a safe loader: a Python tag is refused, never run
    ("phrases:\n  title: !!python/object/apply:os.system ['echo hi']\n", ":2:10"),
])
def test_a_user_phrasebook_that_is_not_valid_yaml_is_named_with_its_line_and_column(
        tmp_path: Path, text: str, at: str) -> None:
    (tmp_path / "en.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PhraseError) as e:
        phrasebook_for("en", tmp_path)
    assert str(e.value) == f"{tmp_path / 'en.yaml'}{at}: not valid YAML"


def test_the_built_in_phrasebooks_are_read_with_pyyaml_s_c_loader_when_it_has_one() -> None:
    import yaml

    from voiceroutine.timeline import phrasebook

    assert phrasebook._SAFE_LOADER is (yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)
    assert issubclass(phrasebook._SAFE_LOADER, yaml.constructor.SafeConstructor)
