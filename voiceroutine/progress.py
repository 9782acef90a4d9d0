"""How far a long step has got, told to whoever shows it: the library calls a `Progress` it is handed and never
draws anything itself.

The CLI hands in a bar on stderr (voiceroutine/cli/progress.py), tests a recorder (voiceroutine/testing.py), and
everything else gets `NO_PROGRESS`. Steps come one after another; a new step replaces the one before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
from typing import Protocol, TypeVar

Chunk = TypeVar("Chunk", bound=Sized)

RENDERING = "rendering speech"
"""Counted in phrases."""
LEVELLING = "levelling"
"""Measuring loudness, then limiting the peaks (once or a few times); counted in samples measured."""
ENCODING = "mixing and encoding"
"""The finished track made and handed to ffmpeg; counted in samples. Each part of `export --split` is a step of
its own ("encoding part 2 of 6")."""
RENDERING_AND_ENCODING = "rendering speech and encoding"
"""A first export encoding its track while the speech is rendered; counted in samples of the track encoded, out of
its estimated length (extended when it turns out longer)."""
CHECKING_PEAK = "checking the true peak"
"""The encoded file decoded and measured; counted in decoded frames."""
MIXING = "mixing the track"
"""The player's track, made before it starts; counted in samples."""


class Progress(Protocol):
    """Told how far the current step has got. Calls may come from a worker thread."""

    def step(self, label: str, total: int) -> None:
        """A new step, `total` units long, begins."""

    def extend(self, more: int) -> None:
        """The current step turned out `more` units longer (levelling needs another pass)."""

    def advance(self, done: int = 1) -> None:
        """`done` more units of the current step are done (0: none, but time has passed)."""

    def finish(self) -> None:
        """The long steps are over: whatever shows them goes away."""


class _NoProgress:
    def step(self, label: str, total: int) -> None:
        pass

    def extend(self, more: int) -> None:
        pass

    def advance(self, done: int = 1) -> None:
        pass

    def finish(self) -> None:
        pass


NO_PROGRESS: Progress = _NoProgress()


def counted(chunks: Iterable[Chunk], progress: Progress) -> Iterator[Chunk]:
    """`chunks` passed through, each told to `progress` as done once the consumer asks for the next one."""
    for chunk in chunks:
        yield chunk
        progress.advance(len(chunk))
