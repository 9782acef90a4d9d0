"""The interface every speech engine implements."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import metadata
from typing import Protocol

from voiceroutine.audio.format import Samples


class SpeechEngine(Protocol):
    """Turns one phrase into audio. Implementations: piper, system (pyttsx3), espeak; tests use a fake.

    An engine may also set `parallel` (int, default 1): how many phrases the renderer may synthesize at once
    from different threads; its `synthesize` must then be thread-safe. With `long_sentence_chars` (int) as well,
    a phrase with a sentence longer than that never renders beside another such phrase (memory grows with it).
    """

    name: str
    """Engine name as the user types it ("piper", "system", "espeak")."""

    def is_available(self) -> bool:
        """Whether this engine can render on this machine right now (no exception)."""
        ...

    def identity(self) -> str:
        """Everything about engine and voice that changes the audio (name, versions, voice), for cache keys."""
        ...

    def synthesize(self, text: str, speed: float) -> Samples:
        """Render `text` (already normalised for speaking) at `speed`; mono int16 at SAMPLE_RATE, untrimmed."""
        ...


@dataclass(frozen=True, slots=True)
class VoiceInfo:
    """One voice an engine offers, for `voiceroutine voices`."""

    name: str
    """What to pass as --voice."""
    description: str
    """Language or a human name, as the engine describes it."""
    language: str = ""
    """The BCP 47 tag it speaks, where the engine says ("" when it does not)."""
    licence: str = ""
    """What its model card says it may be used for (Piper voices)."""


@functools.cache
def package_version(package: str) -> str:
    """An installed package's version for cache keys ("missing" when it is not installed)."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "missing"
