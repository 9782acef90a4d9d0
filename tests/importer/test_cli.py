"""`voiceroutine import` through the real CLI: stdin, -o, --force, and what it says when nothing is found."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from voiceroutine.cli import app
from voiceroutine.routine.loader import load_routine

from .conftest import ARTICLES

runner = CliRunner()
ARTICLE = ARTICLES / "plain-numbered.txt"


def test_stdin_to_stdout_with_summary_on_stderr() -> None:
    result = runner.invoke(app, ["import", "-"], input=ARTICLE.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Imported from <stdin> by `voiceroutine import`.")
    assert "  - name: Neck tilt\n" in result.stdout
    summary = result.stderr.splitlines()
    assert summary[0].split() == ["#", "Exercise", "Dose", "Sides", "Notes"]
    assert summary[1].split()[:6] == ["1", "Neck", "tilt", "hold", "20", "s"]
    assert summary[-2] == "4 exercises from a plain-text article; 0 warnings."
    assert summary[-1] == "Confidence: high: every dose of the 4 exercises was read from the article as written."


def test_output_file_is_a_routine_the_loader_accepts(tmp_path: Path) -> None:
    out = tmp_path / "neck.yaml"
    result = runner.invoke(app, ["import", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"Wrote {out}" in result.stderr
    routine = load_routine(out)
    assert [e.name for e in routine.exercises] == ["Neck tilt", "Shoulder shrug", "Upper trap stretch", "Neck rotation"]
    assert [p.name for p in tmp_path.iterdir()] == ["neck.yaml"]


def test_existing_file_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "routine.yaml"
    out.write_text("mine\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr == f"voiceroutine: error: {out}: already exists (add --force to replace it)\n"
    assert out.read_text(encoding="utf-8") == "mine\n"
    result = runner.invoke(app, ["import", str(ARTICLE), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Imported from")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["routine.yaml"]


def test_nothing_recognisable_is_one_line_and_exit_2(tmp_path: Path) -> None:
    essay = tmp_path / "essay.txt"
    essay.write_text("Backs hurt for many reasons. Posture is one of them.\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    result = runner.invoke(app, ["import", str(essay), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"voiceroutine: error: {essay}: no exercises found")
    assert len(result.stderr.splitlines()) == 1
    assert not out.exists()


def test_missing_article_and_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["import", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr and "Traceback" not in result.output
    result = runner.invoke(app, ["import", str(ARTICLE), "-o", str(tmp_path / "no" / "dir" / "r.yaml")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_html_from_a_file_in_another_encoding(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes("<html><body><h2>1. Caf\xe9 Stretch</h2><p>Reach up and hold for 10 seconds.</p></body></html>"
                     .encode("cp1252"))
    result = runner.invoke(app, ["import", str(page)])
    assert result.exit_code == 0, result.output
    assert "  - name: Café stretch\n" in result.stdout
    assert "from an HTML article" in result.stderr


def test_huge_input_is_refused(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"x" * 5_000_001)
    result = runner.invoke(app, ["import", str(huge)])
    assert result.exit_code == 2
    assert result.stderr == f"voiceroutine: error: {huge}: 5 MB is too big for an article (the limit is 5 MB)\n"


def test_quiet_keeps_only_the_warnings() -> None:
    article = ARTICLES / "numbered-prose.txt"
    loud = runner.invoke(app, ["import", str(article)])
    quiet = runner.invoke(app, ["import", str(article), "--quiet"])
    assert quiet.exit_code == loud.exit_code == 0
    assert quiet.stdout == loud.stdout and quiet.stdout.startswith("# Imported from")
    assert "1 warning." in loud.stderr
    assert quiet.stderr == ("voiceroutine: warning: Balance: the text gives several timed values "
                            "(30 seconds, 1 minute): used the first\n")


def test_output_dash_is_standard_output_not_a_file_named_dash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["import", str(ARTICLE), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Imported from ")
    assert "  - name: Neck tilt\n" in result.stdout
    assert "Wrote" not in result.stderr
    assert list(tmp_path.iterdir()) == []
