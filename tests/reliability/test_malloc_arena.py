"""voiceroutine/memory.py: after `one_malloc_arena()` every thread allocates from glibc's one arena (the export's
threads no longer each keep their own freed memory). Counted with glibc's own `malloc_stats()`, which lists each
arena on stderr, in a child process with threads that allocate at the same time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHILD = """
import ctypes, sys, threading
from voiceroutine.memory import one_malloc_arena
if sys.argv[1] == "one":
    assert one_malloc_arena()
barrier = threading.Barrier(5)
held = []
def allocate():
    held.append(bytearray(1 << 20))
    barrier.wait()
threads = [threading.Thread(target=allocate) for _ in range(4)]
for t in threads:
    t.start()
barrier.wait()
sys.stderr.flush()
ctypes.CDLL("libc.so.6").malloc_stats()
for t in threads:
    t.join()
"""


def _arenas(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    return sum(1 for line in done.stderr.splitlines() if line.startswith("Arena "))


@pytest.mark.skipif(not sys.platform.startswith("linux") or os.confstr("CS_GNU_LIBC_VERSION") is None,
                    reason="glibc only")
def test_threads_share_one_arena_after_one_malloc_arena() -> None:
    assert _arenas("many") > 1  # threads that allocate at once get arenas of their own by default
    assert _arenas("one") == 1
