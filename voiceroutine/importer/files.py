"""Reading an article from a file or standard input, and writing the routine file atomically."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from voiceroutine.errors import EXIT_FAILURE, ArticleError


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else Windows-1252, which every byte decodes in."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


MAX_ARTICLE_BYTES = 5_000_000
"""Far above any article (a long web page is ~300 KB); a bigger input is a mistake, not an article."""


def read_text(source: str) -> str:
    """The article at path `source`, or standard input for "-"."""
    if source == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
        return decode(_not_too_big(data, "<stdin>"))
    path = Path(source)
    try:
        return decode(_not_too_big(path.read_bytes(), source))
    except FileNotFoundError:
        raise ArticleError(f"{source}: no such file (give an article file, or - to read standard input)") from None
    except IsADirectoryError:
        raise ArticleError(f"{source}: is a folder, not an article file") from None
    except OSError as e:
        raise ArticleError(f"{source}: cannot read it ({e.strerror or e})") from None


def _not_too_big(data: bytes, source: str) -> bytes:
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{source}: {len(data) // 1_000_000} MB is too big for an article "
                           f"(the limit is {MAX_ARTICLE_BYTES // 1_000_000} MB)")
    return data


def write_file(path: Path, text: str, force: bool) -> None:
    """Write `text` to `path` through a temp file in the same folder, so no half-written file is ever left."""
    if path.exists() and not force:
        raise ArticleError(f"{path}: already exists (add --force to replace it)")
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder; give a file name such as routine.yaml")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ArticleError(f"{path}: the folder {folder} does not exist")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise ArticleError(f"{path}: cannot write in {folder} ({e.strerror or e})", exit_code=EXIT_FAILURE) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temp, path)
    except OSError as e:
        Path(temp).unlink(missing_ok=True)
        raise ArticleError(f"{path}: cannot write it ({e.strerror or e})", exit_code=EXIT_FAILURE) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
