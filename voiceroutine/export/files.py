"""Writing user files atomically: everything goes to hidden temp files in the target folder, renamed at the end.

A failure or Ctrl-C anywhere before `commit` leaves neither partial files nor temp files behind.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path
from types import TracebackType

from voiceroutine.errors import EXIT_USAGE, ExportError


def describe_os_error(error: OSError, path: Path) -> ExportError:
    """An OSError while writing `path`, as a one-line message with what to do."""
    if error.errno == errno.ENOSPC:
        return ExportError(f"disk full while writing {path}: free some space and try again")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(f"cannot write to {path.parent}: permission denied (choose another folder with -o)")
    if error.errno == errno.ENOENT:
        return ExportError(f"cannot write {path}: folder {path.parent} does not exist", exit_code=EXIT_USAGE)
    return ExportError(f"cannot write {path}: {error.strerror or error}")


class Staging:
    """A set of output files written as temps and renamed into place together by `commit()`."""

    def __init__(self) -> None:
        self.temps: dict[Path, Path] = {}

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.discard()

    def temp_for(self, target: Path) -> Path:
        """Reserve (create, empty) a hidden temp file beside `target`; ExportError if the folder is not writable."""
        temp = target.parent / f".{target.name[:80]}.{secrets.token_hex(4)}.part"
        try:
            temp.parent.mkdir(parents=True, exist_ok=True)
            with open(temp, "xb"):
                pass
        except OSError as e:
            raise describe_os_error(e, target) from None
        self.temps[target] = temp
        return temp

    def write_text(self, target: Path, text: str) -> None:
        """Stage a text file (UTF-8)."""
        temp = self.temp_for(target)
        try:
            with open(temp, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
        except OSError as e:
            raise describe_os_error(e, target) from None

    def write_bytes(self, target: Path, data: bytes) -> None:
        """Stage a binary file."""
        temp = self.temp_for(target)
        try:
            with open(temp, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        except OSError as e:
            raise describe_os_error(e, target) from None

    def commit(self) -> list[Path]:
        """Rename every temp to its target, in the order staged; returns the targets."""
        done: list[Path] = []
        for target, temp in list(self.temps.items()):
            try:
                os.replace(temp, target)
            except OSError as e:
                raise describe_os_error(e, target) from None
            del self.temps[target]
            done.append(target)
        return done

    def discard(self) -> None:
        """Remove every temp not yet committed."""
        for temp in self.temps.values():
            temp.unlink(missing_ok=True)
        self.temps.clear()
