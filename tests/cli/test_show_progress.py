"""`show --engine` renders every phrase: the progress bar follows it (on a terminal), and --quiet turns it off."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.play.scenario import short_prepared
from voiceroutine.cli import app
from voiceroutine.cli import progress as cli_progress
from voiceroutine.testing import RecordingProgress


@pytest.mark.parametrize(("flags", "quiet"), [([], False), (["--quiet"], True), (["-q"], True)])
def test_show_renders_with_the_progress_bar_unless_quiet(
    monkeypatch: pytest.MonkeyPatch, flags: list[str], quiet: bool
) -> None:
    bars: list[tuple[bool, RecordingProgress]] = []
    given: list[Any] = []

    @contextmanager
    def fake_bar(quiet: bool = False) -> Iterator[RecordingProgress]:
        bar = RecordingProgress()
        bars.append((quiet, bar))
        yield bar

    def fake_prepare(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        given.append(progress)
        return short_prepared()

    monkeypatch.setattr(cli_progress, "progress_bar", fake_bar)
    monkeypatch.setattr("voiceroutine.pipeline.prepare", fake_prepare)
    result = CliRunner().invoke(app, ["show", "--engine", "espeak", "--json", *flags])
    assert result.exit_code == 0, result.output
    assert [q for q, _ in bars] == [quiet] and given == [bars[0][1]]
    assert '"lengths": "rendered"' in result.stdout


def test_show_without_an_engine_estimates_and_shows_no_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_progress, "progress_bar", lambda quiet=False: pytest.fail("no bar while estimating"))
    result = CliRunner().invoke(app, ["show", "--json", "--quiet"])
    assert result.exit_code == 0 and '"lengths": "estimated"' in result.stdout
