"""`voiceroutine import`: an exercise article -> a routine file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from voiceroutine.cli.common import user_errors
from voiceroutine.cli.options import QuietOption
from voiceroutine.cli.output import is_standard_output, status, write_document

if TYPE_CHECKING:  # the importer loads only when `import` runs: other commands start faster
    from voiceroutine.importer import ImportResult


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""

    @app.command("import")
    def import_command(
        article: str = typer.Argument(
            ..., metavar="ARTICLE", help="The article: a text, Markdown or HTML file, or - for standard input."),
        output: Path | None = typer.Option(
            None, "--output", "-o", metavar="FILE",
            help="Write the routine here; - or no -o prints it to standard output."),
        force: bool = typer.Option(False, "--force", help="Replace the output file if it exists."),
        quiet: QuietOption = False,
    ) -> None:
        """Turn an exercise article into a routine file; the summary goes to standard error."""
        with user_errors():
            source = "<stdin>" if article == "-" else article
            from voiceroutine.importer import import_article
            from voiceroutine.importer.files import read_text, write_file

            result = import_article(read_text(article), source)
            if is_standard_output(output):
                output = None
            if output is None:
                write_document(result.yaml_text)
            else:
                write_file(output, result.yaml_text, force)
            if quiet:  # no table, but never a silent warning
                for warning in result.warnings:
                    status(f"voiceroutine: warning: {warning}")
                return
            status(summary_table(result))
            if output is not None:
                status(f"Wrote {output}: check it with `voiceroutine show {output}`.")


def summary_table(result: ImportResult) -> str:
    """One row per exercise: name, dose, sides, notes (inferred values and warnings)."""
    header = ("#", "Exercise", "Dose", "Sides", "Notes")
    rows = [header] + [(str(n), r.exercise, r.dose, r.sides, r.notes) for n, r in enumerate(result.rows, 1)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
             for row in rows]
    count = len(result.rows)
    kind = {"text": "a plain-text", "markdown": "a Markdown", "html": "an HTML"}[result.kind.value]
    lines.extend(f"warning: {note}" for note in result.routine_warnings)
    lines.append(f"{count} exercise{'s' if count != 1 else ''} from {kind} article; "
                 f"{len(result.warnings)} warning{'s' if len(result.warnings) != 1 else ''}.")
    lines.append(result.confidence)
    return "\n".join(lines)
