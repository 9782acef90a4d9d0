"""Issue 17, items 5, 8 and 9: phrase overrides take only plain {placeholders} and stay within limits once filled
in; control characters in names and texts are refused at load with a located message; nothing a routine says can
drive the terminal (ESC, BEL, CSI) or crash rich's markup."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.controls import visible
from voiceroutine.errors import PhraseError
from voiceroutine.pipeline import plan_timeline
from voiceroutine.timeline.phrasebook import MAX_FILLED, PLACEHOLDERS, english

RAW_CONTROL = [chr(c) for c in (*range(0, 9), *range(11, 32), *range(0x7F, 0xA0))]


def routine(tmp_path: Path, body: str, name: str = "r.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    done = CliRunner().invoke(app, list(args))
    assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
    return done.exit_code, done.output


def assert_terminal_safe(output: str) -> None:
    assert not any(ch in output for ch in RAW_CONTROL if ch != "\n"), repr(output)


ONE = "title: T\nexercises:\n  - name: Chin tuck\n    reps: 3\n"


@pytest.mark.parametrize(
    ("key", "wording"),
    [("title", "{title:.0}"), ("count", "{n:0>5000}"), ("title", "{title!r}"), ("count", "{n.real}"),
     ("count", "{n[0]}"), ("title", "{}"), ("title", "{0}"), ("rep", "{rep:{reps}}")],
)
def test_a_format_spec_or_conversion_is_refused_at_load(tmp_path: Path, key: str, wording: str) -> None:
    path = routine(tmp_path, ONE + f'phrases:\n  {key}: "{wording}"\n')
    started = time.monotonic()
    code, output = run("validate", str(path))
    assert time.monotonic() - started < 5
    assert code == 2, output
    (line,) = output.splitlines()
    assert line.startswith(f"{path}:6:") and f"phrases.{key}: found the placeholder" in line


def test_a_format_spec_in_the_user_config_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.yaml"
    config.write_text('phrases:\n  count: "{n:0>5000}"\n', encoding="utf-8")
    monkeypatch.setenv("VOICEROUTINE_CONFIG", str(config))
    code, output = run("show", str(routine(tmp_path, ONE)))
    assert code == 2
    assert output == (f"voiceroutine: error: {config}: phrases.count: found '{{n:0>5000}}'; only plain placeholders "
                      "are allowed ({n}), without : or !\n")


def test_repeating_a_placeholder_cannot_get_round_the_text_limit(tmp_path: Path) -> None:
    name = "Chin tuck " * 49  # 490 characters, within the 500 a name may have
    path = routine(tmp_path, f'title: T\nexercises:\n  - name: "{name}"\n    reps: 3\n'
                             f'phrases:\n  lead_in: "{"{name} " * 40}"\n')
    started = time.monotonic()
    code, output = run("validate", str(path))
    assert time.monotonic() - started < 5
    assert code == 2
    (line,) = output.splitlines()
    assert line.startswith("voiceroutine: error: ") is False and "phrases.lead_in: filled in, the wording makes" in line
    assert f"allowed: at most {MAX_FILLED}" in line


def test_every_built_in_wording_fits_with_the_longest_values() -> None:
    book = english()
    names = {name: "x" * 500 for name in ("title", "name", "next", "side")}  # what a routine may write
    words = {name: book.duration(3_599_000) for name in ("time", "hold", "duration", "rep_time", "minutes",
                                                         "seconds")}
    numbers = {name: 999 for name in ("number", "total", "reps", "rep", "sets", "set", "n")}
    dose = book.text("dose_reps_hold", reps=999, hold=words["hold"]) + " " + book.text("dose_sets", sets=20)
    known: dict[str, object] = {**names, **words, **numbers, "dose": dose}
    for key in book.forms_by_key:
        values = {name: known.get(name, 999) for name in PLACEHOLDERS[key]}  # keys added later: a short value
        assert all(len(form) <= MAX_FILLED for form in book.forms(key, **values))


@pytest.mark.parametrize("char", ["\\0", "\\e", "\\a", "\\x7f", "\\x9b", "\\r", "\\x85", "\\b", "\\ud800"])
@pytest.mark.parametrize("field", ["name", "cue", "steps"])
def test_a_control_character_in_a_text_is_refused_with_its_place(tmp_path: Path, char: str, field: str) -> None:
    text = f'"Chin{char}tuck"'
    body = (f"title: T\nexercises:\n  - name: {text}\n    reps: 3\n" if field == "name" else
            f"title: T\nexercises:\n  - name: Chin tuck\n    reps: 3\n    {field}: {text}\n")
    path = routine(tmp_path, body)
    for command in ("validate", "show", "export"):
        code, output = run(command, str(path))
        assert code == 2, output
        assert_terminal_safe(output)
        line = next(line for line in output.splitlines() if "control character" in line)
        assert f"{path}:" in line and "found the control character U+" in line


def test_nul_in_a_name_never_reaches_an_export(tmp_path: Path) -> None:
    path = routine(tmp_path, 'title: T\nexercises:\n  - name: "Chin\\0tuck"\n    reps: 3\n')
    code, output = run("export", str(path), "-o", str(tmp_path / "out.mp3"))
    assert code == 2
    assert output.splitlines() == [
        f"voiceroutine: error: {path}:3:11: exercises[0].name: found the control character U+0000 (NUL) in "
        '"Chin\\x00tuck", allowed: text without control characters (tabs and line breaks are fine)'
    ]
    assert list(tmp_path.iterdir()) == [path]


def test_the_audit_title_escape_is_shown_not_obeyed(tmp_path: Path) -> None:
    path = routine(tmp_path, 'title: T\nexercises:\n  - name: "\\e]0;PWNED\\a\\e[2J"\n    reps: 3\n')
    code, output = run("validate", str(path))
    assert code == 2
    assert_terminal_safe(output)
    assert '"\\x1b]0;PWNED\\x07\\x1b[2J"' in output


def test_a_key_or_file_name_with_escapes_is_shown_not_obeyed(tmp_path: Path) -> None:
    path = routine(tmp_path, 'title: T\n"\\e[2Jweird": 1\nexercises:\n  - name: A\n    reps: 3\n')
    code, output = run("validate", str(path))
    assert code == 2 and "\\x1b[2Jweird" in output
    assert_terminal_safe(output)
    code, output = run("show", str(tmp_path / "no\x1b[2Jsuch.yaml"))
    assert code == 2 and "no\\x1b[2Jsuch.yaml" in output
    assert_terminal_safe(output)


def test_rich_markup_in_names_is_shown_as_written(tmp_path: Path) -> None:
    path = routine(tmp_path, 'title: "[bold]T[/bold]"\nexercises:\n  - name: "[/red] Chin [link=x]"\n    reps: 3\n')
    code, output = run("show", str(path))
    assert code == 0, output
    assert "[/red] Chin [link=x]" in output


def test_the_player_screen_shows_escapes_never_sends_them() -> None:
    import dataclasses

    from voiceroutine.play.display import PlainDisplay
    from voiceroutine.play.player import PlayerEvent

    timeline = plan_timeline("desk-neck").timeline
    cue = dataclasses.replace(timeline.cues[0], text="Hi\x1b[2J\x07")
    out = io.StringIO()
    display = PlainDisplay(timeline, out)
    display._line(0, "Chin\x1b]0;X\x07", cue.text)
    assert_terminal_safe(out.getvalue())
    assert out.getvalue().endswith("Chin\\x1b]0;X\\x07  Hi\\x1b[2J\\x07\n")
    assert PlayerEvent  # the display's own events use the same _line


def test_visible_escapes_every_control_but_tab_and_newline() -> None:
    assert visible("a\tb\nc") == "a\tb\nc"
    assert all("\\" in visible(ch) for ch in RAW_CONTROL if ch not in "\t\n")


def test_phrase_errors_need_the_phrase_error_type() -> None:
    with pytest.raises(PhraseError):
        english().with_overrides([("title", "{title:>9999}")], "config.yaml")
