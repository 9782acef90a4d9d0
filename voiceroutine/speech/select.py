"""Choosing an engine by name (explicitly: no silent fallbacks after the choice) and listing what is available."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from voiceroutine.errors import EXIT_USAGE, SpeechError
from voiceroutine.speech.engine import SpeechEngine, VoiceInfo
from voiceroutine.speech.espeak import EspeakEngine
from voiceroutine.speech.piper import BUNDLED_VOICE, PiperEngine
from voiceroutine.speech.system import SystemEngine

ENGINES = ("piper", "system", "espeak")
"""Engine names a user can choose, besides "auto"."""
DESCRIPTIONS = {
    "piper": "natural offline voice (Piper neural TTS)",
    "system": "the platform's voices through pyttsx3 (espeak-ng on Linux, SAPI5 on Windows, macOS voices)",
    "espeak": "espeak-ng called directly: fast, robotic, always offline",
}


def choose_engine(name: str | None, voice: str | None) -> SpeechEngine:
    """The engine called `name` ("auto"/None: piper when a Piper voice is available, else system), checked usable."""
    choice = (name or "auto").strip().lower()
    if choice == "auto":
        choice = _auto(voice)
    if choice == "piper":
        piper = PiperEngine(voice)
        piper.model_path()  # a bad voice path fails here, before any rendering
        if not piper.is_available():
            raise SpeechError(f"piper: piper-tts is not installed; install it with: {piper.availability_hint()}")
        return piper
    if choice == "system":
        system = SystemEngine(voice)
        if not system.is_available():
            raise SpeechError(f"system: pyttsx3 cannot run here; fix it with: {system.availability_hint()}")
        if voice is not None:
            system.check_voice()
        return system
    if choice == "espeak":
        espeak = EspeakEngine(voice)
        if not espeak.is_available():
            raise SpeechError(f"espeak: espeak-ng is not installed; install it with: {espeak.availability_hint()}")
        if voice is not None:
            espeak.check_voice()
        return espeak
    raise SpeechError(f"unknown engine {name!r}: choose piper, system, espeak or auto", exit_code=EXIT_USAGE)


def _auto(voice: str | None) -> str:
    if voice is not None and (voice.endswith(".onnx") or voice == BUNDLED_VOICE or Path(voice).expanduser().is_file()):
        return "piper"
    if voice is None and PiperEngine().is_available():
        return "piper"
    if SystemEngine().is_available():
        return "system"
    if voice is None and EspeakEngine().is_available():
        return "espeak"
    raise SpeechError(f"auto: no speech engine is available; install one with: {PiperEngine().availability_hint()}")


@dataclass(frozen=True, slots=True)
class EngineStatus:
    """One line of `voiceroutine voices`."""

    name: str
    description: str
    available: bool
    hint: str
    """The one command that makes it available (empty when it is)."""
    voices: tuple[VoiceInfo, ...]
    problem: str = ""
    """Why listing voices failed, if it did."""


def engine_statuses(names: tuple[str, ...] = ENGINES) -> list[EngineStatus]:
    """Every engine in `names`: available or not, the fix, its voices."""
    statuses = []
    for name in names:
        engine: PiperEngine | SystemEngine | EspeakEngine = (
            PiperEngine() if name == "piper" else SystemEngine() if name == "system" else EspeakEngine()
        )
        available = engine.is_available()
        voices: tuple[VoiceInfo, ...] = ()
        problem = ""
        if available:
            try:
                voices = tuple(engine.voices())
            except SpeechError as e:
                available, problem = False, str(e)
        if isinstance(engine, SystemEngine):
            engine.close()
        statuses.append(
            EngineStatus(
                name, DESCRIPTIONS[name], available, "" if available else engine.availability_hint(), voices, problem
            )
        )
    return statuses
