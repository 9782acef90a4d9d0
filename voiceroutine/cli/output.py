"""How every command writes: results on stdout, messages and progress on stderr, and never a crash on a narrow
console encoding (a Windows code page, a redirected cp1252 stream, plain ASCII).

The conventions are documented in docs/cli.md.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import os
import re
import sys
import unicodedata
from typing import Any, NoReturn, TextIO

import typer

from voiceroutine.controls import visible
from voiceroutine.errors import EXIT_FAILURE, VoiceroutineError

FALLBACK_ERRORS = "voiceroutine-fallback"
"""The codec error handler for streams whose encoding lacks a character: a near ASCII spelling, else "?"."""
_FALLBACKS = {
    "→": "->", "←": "<-", "↑": "^", "↓": "v", "█": "#", "▌": "|", "━": "-", "─": "-", "│": "|", "·": ".",
    "–": "-", "—": "-", "…": "...", "‘": "'", "’": "'", "“": '"', "”": '"', "•": "*", "×": "x", "✓": "v",
}


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "".join(_near_ascii(ch) for ch in error.object[error.start : error.end]), error.end


def _near_ascii(ch: str) -> str:
    if ch in _FALLBACKS:
        return _FALLBACKS[ch]
    plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")  # "é" -> "e"
    return plain or "?"


codecs.register_error(FALLBACK_ERRORS, _fallback)


def is_unicode(stream: TextIO) -> bool:
    """Whether `stream` can write any character (a UTF encoding)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def make_streams_safe(streams: tuple[TextIO | None, ...] | None = None) -> None:
    """Let stdout and stderr write what their encoding lacks as a near ASCII spelling ("→" as "->") instead of
    raising UnicodeEncodeError; UTF streams are left alone."""
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        if stream is None or is_unicode(stream):
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=FALLBACK_ERRORS)


_C1 = re.compile(r"[\x7f-\x9f]")
"""What JSON leaves raw but a terminal may obey (CSI is ESC [); JSON itself escapes the C0 controls."""


def echo_json(data: Any) -> None:
    """`data` as indented JSON on stdout: non-ASCII escaped (\\u2192) when stdout cannot write it, so the JSON
    stays exact in any encoding; DEL and C1 controls always escaped."""
    text = json.dumps(data, indent=2, ensure_ascii=not is_unicode(sys.stdout))
    typer.echo(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


STANDARD_OUTPUT = "-"
"""What `-o` takes for standard output, as `import` and `remind` read it (and `export` refuses)."""


def is_standard_output(path: object) -> bool:
    """Whether an `-o` value means standard output rather than a file named "-"."""
    return path is not None and str(path) == STANDARD_OUTPUT


def write_bytes(data: bytes) -> None:
    """A binary document (an iCalendar file, a WAV) on stdout, exactly as given.

    A stdout with no binary buffer (an embedded console, a test's StringIO) takes UTF-8 text as text; anything
    else there is a one-line error (exit 1) rather than a UnicodeDecodeError, and nothing is written."""
    out = sys.stdout
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise VoiceroutineError("this standard output takes only text, and the output is binary: "
                                    "write it to a file with -o FILE") from None
        out.write(text)
        return
    buffer.write(data)
    buffer.flush()


def write_document(text: str) -> None:
    """A file's content (a routine's YAML) on stdout: as UTF-8 whatever the console's encoding, since that is
    what voiceroutine reads back, so `voiceroutine import a.txt > routine.yaml` keeps every character."""
    out = sys.stdout
    buffer = getattr(out, "buffer", None)
    if is_unicode(out) or buffer is None:
        out.write(text)
        return
    out.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def status(message: str, quiet: bool = False) -> None:
    """A message for the person, not a result: on stderr (control characters shown as escapes), and not at all
    with --quiet."""
    if not quiet:
        typer.echo(visible(message), err=True)


_OUTPUT_ERRORS = {errno.ENOSPC, errno.EPIPE, errno.EIO, errno.EBADF, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_output_failure(error: OSError) -> bool:
    """Whether `error` is standard output failing (`> /dev/full`, a full disk, a closed pipe): an OSError of
    that kind naming no file, since every file the library writes is named in its errors."""
    return error.errno in _OUTPUT_ERRORS and error.filename is None


def output_failed(error: OSError) -> NoReturn:
    """One line on stderr, exit 1 (a failure while running); stdout is pointed at the null device first, so the
    interpreter's last flush of what is still buffered cannot fail again with a traceback."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"voiceroutine: error: cannot write to standard output: {error.strerror or error}\n")
        sys.stderr.flush()
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    raise SystemExit(EXIT_FAILURE)
