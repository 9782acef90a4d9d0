"""Ending the process as soon as a command has written everything, without tearing the interpreter down.

After its last file was written, a first export spent 0.1 to 0.25 s tearing the interpreter down: every module
freed, the clips and onnxruntime's libraries let go, a garbage collection over all of it (measured from outside,
docs/benchmarks/firstrun.md). Nothing of that is the person's: the files are written and closed, the cache is
committed. A command whose work is all written calls `leave_at_once()`; the program's entry point (`cli.main`,
never a test's CliRunner, which calls the app itself) then ends the process once the command has returned with
exit code 0: the exit handlers run as at any exit (`atexit`: logging's flush, temp files left behind), stdout and
stderr are flushed, and the process ends (`os._exit`). It exits the usual way instead when the command failed, or
while a thread that is not a daemon still runs (the usual exit waits for it).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading

_asked = False


def leave_at_once() -> None:
    """Let the entry point end the process at once when the command returns successfully."""
    global _asked
    _asked = True


def forget() -> None:
    """Nothing asked yet (the entry point's start)."""
    global _asked
    _asked = False


def leave_if_asked(code: object) -> None:
    """End the process now with exit code 0 when `leave_at_once` was asked and `code` (a SystemExit's) is success;
    returns (for the usual exit) otherwise, or when a stream cannot be flushed (the usual exit reports it)."""
    if not _asked or code not in (None, 0):
        return
    main = threading.main_thread()
    if any(thread.is_alive() and not thread.daemon for thread in threading.enumerate() if thread is not main):
        return
    atexit._run_exitfuncs()  # the handlers run once: the usual exit after a failed flush finds none left
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            try:
                stream.flush()
            except (OSError, ValueError):
                return
    os._exit(0)
