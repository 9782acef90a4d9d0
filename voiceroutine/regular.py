"""Opening only regular files, with a size limit: a FIFO, a device or a symlink to one never hangs a read or fills
memory (`/dev/zero` named as an article, a FIFO left in the cache).

A FIFO is opened without blocking and refused; on systems that have O_NOFOLLOW a symlink is refused too when
`follow` is False (the cache never makes links, so one there is damage).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class NotRegularError(OSError):
    """The path is a FIFO, a device, a socket, a folder or (unfollowed) a symlink; `kind` says which."""

    def __init__(self, path: Path | str, kind: str) -> None:
        super().__init__(errno.EINVAL, f"is {kind}, not a regular file", str(path))
        self.kind = kind


class TooLargeError(OSError):
    """The file holds more than the limit; `size` is what it holds (at least limit + 1)."""

    def __init__(self, path: Path | str, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"holds {size} bytes, more than {limit}", str(path))
        self.size = size
        self.limit = limit


def kind_of(mode: int) -> str:
    """What a file of this mode is, in words: "a folder", "a FIFO (named pipe)", "a device"..."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "a regular file" if stat.S_ISREG(mode) else "a special file"


def open_regular(path: Path | str, follow: bool = True) -> BinaryIO:
    """`path` opened for binary reading if it is a regular file; NotRegularError (an OSError) if not."""
    flags = os.O_RDONLY | _NONBLOCK | _BINARY | (0 if follow else _NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if e.errno == errno.ELOOP and not follow:
            raise NotRegularError(path, "a symbolic link") from None
        if e.errno == errno.EISDIR:
            raise NotRegularError(path, "a folder") from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularError(path, kind_of(mode))
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path | str, limit: int, follow: bool = True) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them (TooLargeError past it), read without
    ever holding more than `limit` + 1 bytes."""
    with open_regular(path, follow) as f:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            raise TooLargeError(path, size, limit)
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while being read
        raise TooLargeError(path, len(data), limit)
    return data


def read_stream(stream: BinaryIO, limit: int, name: str = "<stdin>") -> bytes:
    """At most `limit` bytes of an open stream (standard input); TooLargeError when it holds more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(name, len(data), limit)
    return data
