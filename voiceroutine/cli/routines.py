"""Commands about routines and their timelines: show, validate, routines, schema (filled in by the foundation issue)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
