"""Article text (plain, Markdown or HTML) -> a routine file: `import_article` is the one entry point."""

from voiceroutine.importer.article import ImportResult, SummaryRow, import_article

__all__ = ["ImportResult", "SummaryRow", "import_article"]
