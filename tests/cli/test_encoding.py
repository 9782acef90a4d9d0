"""Output on a narrow console encoding (a Windows code page, plain ASCII) never crashes and keeps data exact.

Each case runs the real program in a subprocess with PYTHONIOENCODING set and its output redirected to a file,
as `PYTHONIOENCODING=cp1252 voiceroutine play --help > f` would on Windows.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from voiceroutine.cli.output import FALLBACK_ERRORS, make_streams_safe, write_bytes
from voiceroutine.errors import VoiceroutineError

ROOT = Path(__file__).resolve().parents[2]


def run(encoding: str, *args: str, stdin: bytes = b"") -> tuple[int, bytes, bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0", "COLUMNS": "100"}
    done = subprocess.run([sys.executable, "-m", "voiceroutine", *args], env=env, cwd=ROOT, input=stdin,
                          capture_output=True, timeout=60, check=False)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_help_with_arrows_in_a_narrow_code_page(encoding: str) -> None:
    code, out, err = run(encoding, "play", "--help")
    assert (code, err) == (0, b"")
    text = out.decode(encoding)
    assert "n or -> skips to the next exercise" in text and "p or <- restarts" in text


@pytest.mark.parametrize("args", [["show", "desk-neck"], ["routines"], ["paths"], ["--help"], ["export", "--help"]])
def test_tables_and_help_in_cp1252(args: list[str]) -> None:
    code, out, err = run("cp1252", *args)
    assert (code, err) == (0, b"")
    assert out.decode("cp1252").strip()


def test_json_stays_exact_in_ascii(tmp_path: Path) -> None:
    routine = tmp_path / "r.yaml"
    routine.write_text("title: Arms → up ✓ 上\nexercises:\n  - name: Reach → sky\n    hold: 5 s\n", encoding="utf-8")
    code, out, err = run("ascii", "show", str(routine), "--json")
    assert (code, err) == (0, b"")
    timeline = json.loads(out.decode("ascii"))
    assert timeline["title"] == "Arms → up ✓ 上"
    assert {cue["exercise"] for cue in timeline["cues"] if cue["exercise"]} == {"Reach → sky"}


def test_an_imported_routine_on_stdout_is_utf8_whatever_the_console(tmp_path: Path) -> None:
    article = ("Elbow work\n\nTwo moves.\n\n1. Café Bend\n\nThis loosens the elbow.\n\n"
               "- Bend the elbow → slowly, 上.\n- Repeat 10 times.\n\n"
               "2. Shoulder Roll\n\nThis frees the shoulder.\n\n- Roll back.\n- Hold for 5 seconds.\n")
    code, out, err = run("cp1252", "import", "-", "--quiet", stdin=article.encode("utf-8"))
    assert (code, err) == (0, b"")
    yaml_text = out.decode("utf-8")
    assert "  - name: Café bend\n    steps:\n      - Bend the elbow → slowly, 上.\n" in yaml_text


def test_an_error_message_with_unencodable_characters_is_one_clean_line() -> None:
    code, out, err = run("cp1252", "show", "stretch→")
    assert code == 2 and out == b""
    lines = err.decode("cp1252").splitlines()
    assert len(lines) == 1 and lines[0].startswith("voiceroutine: error: ") and "stretch->" in lines[0]


def test_the_fallback_spells_what_a_code_page_lacks() -> None:
    assert "→ █ é ✓ 上".encode("ascii", FALLBACK_ERRORS) == b"-> # e v ?"
    assert "café → ok".encode("cp1252", FALLBACK_ERRORS) == "café -> ok".encode("cp1252")


def test_utf8_streams_are_left_alone(tmp_path: Path) -> None:
    with open(tmp_path / "u", "w", encoding="utf-8") as utf8, open(tmp_path / "c", "w", encoding="cp1252") as narrow:
        make_streams_safe((utf8, narrow, None))  # type: ignore[arg-type]
        assert (utf8.errors, narrow.errors) == ("strict", FALLBACK_ERRORS)


class _TextOnly(io.StringIO):
    """A stdout with no binary buffer, as some embedded consoles give."""


def test_binary_output_on_a_text_only_stdout_is_one_error_and_nothing_written(monkeypatch: pytest.MonkeyPatch
                                                                              ) -> None:
    out = _TextOnly()
    monkeypatch.setattr(sys, "stdout", out)
    write_bytes("BEGIN:VCALENDAR\r\nSUMMARY:Hals → Schulter\r\n".encode())
    assert out.getvalue() == "BEGIN:VCALENDAR\r\nSUMMARY:Hals → Schulter\r\n"  # UTF-8 text goes through as text
    out.seek(0)
    out.truncate()
    with pytest.raises(VoiceroutineError) as raised:
        write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x22\x56\xff\xfe")
    assert str(raised.value) == ("this standard output takes only text, and the output is binary: write it to a "
                                 "file with -o FILE")
    assert raised.value.exit_code == 1 and out.getvalue() == ""
