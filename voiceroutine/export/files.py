"""Writing user files atomically: everything goes to hidden temp files in the target folder, renamed at the end.

A failure or Ctrl-C anywhere before `commit` leaves neither partial files nor temp files behind.
"""

from __future__ import annotations

import contextlib
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


MAX_NAME_BYTES = 255
"""The longest file or folder name (one path component) Linux, macOS and Windows file systems take, in bytes:
62 emoji are 248 bytes of UTF-8."""


def clipped(text: str, limit: int) -> str:
    """`text` cut to at most `limit` bytes of UTF-8, never inside a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def _temp_name(target: Path, kind: str) -> str:
    # room for the dot, the random part and the suffix within MAX_NAME_BYTES
    return f".{clipped(target.name, MAX_NAME_BYTES - 24)}.{secrets.token_hex(4)}{kind}"


def check_name(target: Path) -> None:
    """ExportError (bad usage) when a part of `target` is longer than a file system allows."""
    for part in target.parts:
        size = len(part.encode("utf-8", "surrogateescape"))
        if size > MAX_NAME_BYTES:
            raise ExportError(f"cannot write {target}: the name {part[:40]}... is {size} bytes, more than the "
                              f"{MAX_NAME_BYTES} a file system allows (choose a shorter one with -o)",
                              exit_code=EXIT_USAGE)


class Staging:
    """A set of output files written as temps and renamed into place together by `commit()`."""

    def __init__(self) -> None:
        self.temps: dict[Path, Path] = {}
        self.made: list[Path] = []
        """Folders made for the outputs (the --split folder), removed again if the export fails."""

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.discard()

    def temp_for(self, target: Path) -> Path:
        """Reserve (create, empty) a hidden temp file beside `target`; ExportError if the folder is not writable."""
        check_name(target)
        temp = target.parent / _temp_name(target, ".part")
        try:
            missing = [folder for folder in (temp.parent, *temp.parent.parents) if not folder.exists()]
            temp.parent.mkdir(parents=True, exist_ok=True)
            self.made.extend(reversed(missing))
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
        """Rename every temp to its target, in the order staged; returns the targets. All or nothing: a target
        that is a folder is refused before any rename, and a rename that fails puts back every file already
        replaced (moved aside first, under a hidden name) before the error is raised."""
        for target in self.temps:
            if target.is_dir():
                raise ExportError(f"cannot write {target}: it is a folder (move it away, or choose another name "
                                  "with -o)", exit_code=EXIT_USAGE)
        placed: list[tuple[Path, Path | None]] = []
        """(target, the file it replaced, moved aside) for each target renamed into place so far."""
        try:
            for target, temp in self.temps.items():
                aside = None
                if os.path.lexists(target):
                    aside = target.parent / _temp_name(target, ".old.part")
                placed.append((target, aside))
                if aside is not None:
                    os.replace(target, aside)
                os.replace(temp, target)
        except BaseException as e:
            self._put_back(placed)
            if isinstance(e, OSError):
                raise describe_os_error(e, placed[-1][0]) from None
            raise
        for _, aside in placed:
            if aside is not None:
                aside.unlink(missing_ok=True)
        done = list(self.temps)
        self.temps.clear()
        self.made.clear()  # they hold the outputs now
        return done

    @staticmethod
    def _put_back(placed: list[tuple[Path, Path | None]]) -> None:
        """Undo a commit that failed part way: each new file removed and the old one it replaced put back."""
        for target, aside in reversed(placed):
            if aside is None:
                target.unlink(missing_ok=True)
                continue
            if aside.exists():
                with contextlib.suppress(OSError):  # else it stays under its hidden name rather than being lost
                    os.replace(aside, target)

    def discard(self) -> None:
        """Remove every temp not yet committed."""
        for temp in self.temps.values():
            temp.unlink(missing_ok=True)
        self.temps.clear()
        for folder in reversed(self.made):  # deepest first; one holding anything else stays
            with contextlib.suppress(OSError):
                folder.rmdir()
        self.made.clear()
