"""Reading an article from a file or standard input, and writing the routine file atomically."""

from __future__ import annotations

import codecs
import io
import os
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

from voiceroutine.errors import EXIT_FAILURE, ArticleError
from voiceroutine.regular import NotRegularError, TooLargeError, read_regular, read_stream

MAX_ARTICLE_BYTES = 5_000_000
"""Far above any article (a long web page is ~300 KB); a bigger input is a mistake, not an article. The limit
applies to the bytes read, before decoding: more than this is never read into memory."""

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_CONTROLS = frozenset(chr(c) for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F, 0xFFFD))


def decode(data: bytes, source: str = "<stdin>") -> str:
    """The article's text: the encoding its byte-order mark names (UTF-8, UTF-16, UTF-32), else UTF-16 when every
    other byte is zero, else UTF-8, else Windows-1252 (which every byte decodes in). Binary data is refused."""
    encoding = _encoding(data)
    if encoding is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    else:
        bom = next((len(mark) for mark, name in _BOMS if name == encoding and data.startswith(mark)), 0)
        text = data[bom:].decode(encoding, errors="replace")
    if _is_binary(text):
        raise ArticleError(f"{source}: looks like binary data, not an article (give a text, Markdown or HTML file)")
    return text


def _encoding(data: bytes) -> str | None:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        # text in UTF-16 without a mark: one byte of each pair is zero for Latin text
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > 0.7 * len(sample[1::2]) and even < 0.3 * len(sample[0::2]):
            return "utf-16-le"
        if even > 0.7 * len(sample[0::2]) and odd < 0.3 * len(sample[1::2]):
            return "utf-16-be"
    return None


def _is_binary(text: str) -> bool:
    """A NUL, or more than 1 % control characters (not tab, newline, carriage return or form feed) or
    undecodable bytes: no article has those."""
    if "\x00" in text:
        return True
    sample = text[:100_000]
    return sum(1 for ch in sample if ch in _CONTROLS) * 100 > len(sample)


def read_text(source: str) -> str:
    """The article at path `source`, or standard input for "-": only a regular file (or a pipe on standard
    input), at most MAX_ARTICLE_BYTES of it, decoded."""
    if source == "-":
        return decode(_read_stdin(), "<stdin>")
    try:
        return decode(read_regular(source, MAX_ARTICLE_BYTES), source)
    except FileNotFoundError:
        raise ArticleError(f"{source}: no such file (give an article file, or - to read standard input)") from None
    except NotRegularError as e:
        if e.kind == "a folder":
            raise ArticleError(f"{source}: is a folder, not an article file") from None
        raise ArticleError(f"{source}: is {e.kind}, not an article file (give a regular file, or - to read "
                           "standard input)") from None
    except TooLargeError as e:
        raise ArticleError(f"{source}: {e.size // 1_000_000} MB is too big for an article "
                           f"(the limit is {MAX_ARTICLE_BYTES // 1_000_000} MB)") from None
    except OSError as e:
        raise ArticleError(f"{source}: cannot read it ({e.strerror or e})") from None


def _read_stdin() -> bytes:
    try:
        if sys.stdin is None:  # Python's view of a closed fd 0 (`import - <&-`)
            raise OSError("closed")
        stream: BinaryIO | None = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream with no bytes underneath
            return read_stream(io.BytesIO(sys.stdin.read(MAX_ARTICLE_BYTES + 1).encode("utf-8")), MAX_ARTICLE_BYTES)
        return read_stream(stream, MAX_ARTICLE_BYTES)
    except TooLargeError:  # not read to its end: its size is unknown
        raise ArticleError(f"<stdin>: more than {MAX_ARTICLE_BYTES // 1_000_000} MB is too big for an article "
                           f"(the limit is {MAX_ARTICLE_BYTES // 1_000_000} MB)") from None
    except (OSError, ValueError):  # a closed or unreadable fd 0
        raise ArticleError("<stdin>: standard input is closed (give an article file, or pipe one in)") from None


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
