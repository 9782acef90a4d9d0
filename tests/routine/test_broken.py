"""Broken routine files: every problem reported at once, each exactly as FILE:LINE:COLUMN: path: message.

Each file in broken/ ends with `# expect:` comment lines: the whole message, FILE standing for its path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from voiceroutine.errors import RoutineError
from voiceroutine.routine.loader import MAX_FILE_BYTES, load_routine, load_routine_bytes, load_routine_text

from .conftest import problems

BROKEN = sorted((Path(__file__).parent / "broken").glob("*.yaml"))


def expected_message(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = [line.removeprefix("# expect: ") for line in lines if line.startswith("# expect: ")]
    assert expected, f"{path.name} has no '# expect:' lines"
    return "\n".join(line.replace("FILE", str(path), 1) for line in expected)


def test_there_are_plenty_of_broken_files() -> None:
    assert len(BROKEN) >= 25


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_file_message(path: Path) -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine(str(path))
    assert str(caught.value) == expected_message(path)
    assert len(caught.value.problems) == len(expected_message(path).splitlines())


def test_every_problem_at_once() -> None:
    message = problems(
        """\
        title: All wrong
        defaults:
          level: extreme
        exercises:
          - name: Squat
            reps: lots
            hodl: 5 s
          - name: Plank
          - name: Breathing
            flow:
              - In: 4 s
          - wait: Ready?
            pause: soon
        """
    )
    assert message == "\n".join(
        [
            'r.yaml:3:10: defaults.level: found "extreme", allowed: easy, standard, hard',
            'r.yaml:6:11: exercises[0].reps: found "lots", expected a whole number like 10 or a range like 8-12',
            'r.yaml:7:5: exercises[0].hodl: found unknown key "hodl"; did you mean "hold"?',
            "r.yaml:8:5: exercises[1]: needs a dose: reps, hold, or flow with duration",
            "r.yaml:10:5: exercises[2].flow: found a flow without a duration, "
            "expected duration: for how long it repeats, like 1-2 minutes, or cycles: how many times, like 6",
            'r.yaml:13:12: exercises[3].pause: found "soon", expected a duration like 5, 5 s, 90 seconds, '
            "1.5 min, 1 min 30 s, 1:30, or a range like 1-2 minutes",
        ]
    )


def test_not_utf8_names_the_line_and_column_of_the_bad_byte() -> None:
    data = "title: Café\nexercises:\n  - name: Ré".encode() + b"\xff\xfe" + b"\n    hold: 5\n"
    with pytest.raises(RoutineError) as caught:
        load_routine_bytes(data, "latin.yaml")
    assert str(caught.value) == "latin.yaml:3:13: found the byte 0xff, which is not UTF-8 text; save the file as UTF-8"


def test_a_latin1_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_bytes("title: Étirements\nexercises:\n  - name: A\n    hold: 5\n".encode("latin-1"))
    with pytest.raises(RoutineError) as caught:
        load_routine(str(path))
    assert str(caught.value) == f"{path}:1:8: found the byte 0xc9, which is not UTF-8 text; save the file as UTF-8"


def test_a_50_mb_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(50_000_000)
    with pytest.raises(RoutineError) as caught:
        load_routine(str(path))
    assert str(caught.value) == f"{path}:1:1: found a file of 50.0 MB, allowed: at most 1 MB"


def test_a_huge_text_is_refused() -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine_text("#" * (MAX_FILE_BYTES + 1), "big.yaml")
    assert str(caught.value) == "big.yaml:1:1: found a file of 1,000,001 bytes, allowed: at most 1 MB"


def test_more_than_200_items() -> None:
    text = "title: T\nexercises:\n" + "  - name: A\n    hold: 5\n" * 201
    assert problems(text) == "r.yaml:3:3: exercises: found 201 items, allowed: at most 200"


def test_a_control_character() -> None:
    assert (
        problems("title: T\x00\n")
        == "r.yaml:1:9: found the character U+0000, which YAML does not allow in a file; remove it"
    )


def test_an_empty_file() -> None:
    message = "r.yaml:1:1: found an empty file, expected a routine with a title and a list of exercises"
    assert problems("") == message
    assert problems("# only a comment\n") == message


@pytest.mark.parametrize("depth", [21, 100_000])
def test_deep_nesting_is_a_problem_not_a_crash(depth: int) -> None:
    message = problems("title: T\nexercises: " + "[" * depth + "]" * depth + "\n")
    # the 21st level (root mapping, then 20 lists) is the first one too deep
    assert message == "r.yaml:2:31: found lists or mappings nested more than 20 deep, expected a routine"


def test_twenty_levels_are_still_read() -> None:
    assert problems("title: T\nexercises: " + "[" * 19 + "]" * 19 + "\n") == (
        "r.yaml:2:13: exercises[0]: found a list, expected an exercise (a mapping with name and a dose) "
        "or a manual step (wait: ...)"
    )


def test_recursive_alias_does_not_hang() -> None:
    assert problems("title: T\nexercises: &e\n  - *e\n") == (
        "r.yaml:2:12: exercises[0]: found a list, expected an exercise (a mapping with name and a dose) "
        "or a manual step (wait: ...)"
    )


def test_problems_stop_after_100() -> None:
    text = "title: T\nexercises:\n  - name: A\n    hold: 5\n" + "".join(f"x{i}: 1\n" for i in range(150))
    lines = problems(text).splitlines()
    assert len(lines) == 101
    assert lines[-1] == "r.yaml:105:1: and 50 more problems"
