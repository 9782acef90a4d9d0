"""Every command and command group has useful --help."""

from __future__ import annotations

import pytest
import typer.main
from typer.testing import CliRunner

from voiceroutine.cli import app


def all_commands() -> list[tuple[str, ...]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, ...]] = []

    def walk(cmd: object, path: tuple[str, ...]) -> None:
        found.append(path)
        for name, sub in getattr(cmd, "commands", {}).items():  # a group's subcommands
            walk(sub, (*path, name))

    walk(root, ())
    return found


def test_the_commands_a_user_expects_exist() -> None:
    names = {path[0] for path in all_commands() if path}
    assert {"show", "validate", "routines", "schema"} <= names


@pytest.mark.parametrize("path", all_commands(), ids=lambda p: " ".join(p) or "voiceroutine")
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    # a sentence of help, not just the option list
    after_usage = result.output.split("Usage:", 1)[1].splitlines()[1:]
    summary = next((line.strip(" │") for line in after_usage if line.strip(" │")), "")
    assert len(summary) > 20, f"{' '.join(path)} has no help text"
