"""Where the importer's test articles live, and the reference article shared by the project."""

from __future__ import annotations

from pathlib import Path

ARTICLES = Path(__file__).parent / "articles"
REPO = Path(__file__).resolve().parents[2]
_CANDIDATES = [folder / "shared" / "reference" / "upper-back-pain-article.txt" for folder in REPO.parents[:2]]
REFERENCE = next((path for path in _CANDIDATES if path.exists()), _CANDIDATES[0])
"""../shared/reference relative to the repository root (one level further up from a worktree in wt/);
absent outside the project's workspace."""


def article_paths() -> list[Path]:
    """Every test article that has an expected routine beside it."""
    return sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md", ".html") and expected_path(p).exists())


def expected_path(article: Path) -> Path:
    return article.with_name(article.stem + ".expected.yaml")
