"""Choosing an engine by name (explicitly: no silent fallbacks after the choice) and listing what is available."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from voiceroutine.errors import EXIT_USAGE, SpeechError
from voiceroutine.language import name as language_name
from voiceroutine.language import parse_tag, primary
from voiceroutine.routine.limits import ENGINES as ENGINES
from voiceroutine.speech.engine import SpeechEngine, VoiceInfo
from voiceroutine.speech.espeak import EspeakEngine
from voiceroutine.speech.piper import BUNDLED_VOICE, PiperEngine
from voiceroutine.speech.system import SystemEngine
from voiceroutine.voices.installed import find_voice, suggestion, voice_for

DESCRIPTIONS = {
    "piper": "natural offline voice (Piper neural TTS)",
    "system": "the platform's voices through pyttsx3 (espeak-ng on Linux, SAPI5 on Windows, macOS voices)",
    "espeak": "espeak-ng called directly: fast, robotic, always offline",
}


def choose_engine(name: str | None, voice: str | None, language: str = "en") -> SpeechEngine:
    """The engine called `name` ("auto"/None: a natural voice that speaks `language` when one is installed, else
    the fallbacks), checked usable and checked to speak `language`: a voice of another language is an error that
    names the fix, never a German routine read as English."""
    return choose(name, voice, language).engine


@dataclass(frozen=True, slots=True)
class Choice:
    """The engine for a routine, and a line to tell the person when it is a fallback."""

    engine: SpeechEngine
    note: str = ""
    """ "no natural voice speaks German here: espeak-ng's de voice is the fallback..."; empty when not one."""


def choose(name: str | None, voice: str | None, language: str = "en") -> Choice:
    """As choose_engine, with the note that a fallback was taken."""
    choice = (name or "auto").strip().lower()
    if choice == "auto":
        return _auto(voice, language)
    if choice == "piper":
        return Choice(_piper(voice, language))
    if choice == "system":
        return Choice(_system(voice, language))
    if choice == "espeak":
        return Choice(_espeak(voice, language))
    raise SpeechError(f"unknown engine {name!r}: choose piper, system, espeak or auto", exit_code=EXIT_USAGE)


def _speaks(voice_language: str, language: str) -> bool:
    return not voice_language or primary(voice_language) == primary(language)


def _language_words(language: str) -> str:
    named = language_name(primary(language))
    return f"{named} ({language})" if named != primary(language) else language


def _piper(voice: str | None, language: str) -> PiperEngine:
    if voice is None:
        found = voice_for(language)
        if found is None and primary(language) != "en":
            raise SpeechError(
                f"piper: no installed Piper voice speaks {_language_words(language)}; install one with: "
                f"{suggestion(language)} (or use --engine espeak, robotic but it speaks it)", exit_code=EXIT_USAGE)
        voice = found.name if found is not None else None
    piper = PiperEngine(voice)
    piper.model_path()  # a bad voice path fails here, before any rendering
    if not piper.is_available():
        raise SpeechError(f"piper: piper-tts is not installed; install it with: {piper.availability_hint()}")
    spoken = piper.language()
    if not _speaks(spoken, language):
        shown = voice or BUNDLED_VOICE
        raise SpeechError(
            f"piper: the voice {shown} speaks {_language_words(spoken)}, not {_language_words(language)}; install "
            f"a voice that does with: {suggestion(language)} (or use --engine espeak, robotic but it speaks it)",
            exit_code=EXIT_USAGE)
    return piper


def espeak_voice_for(language: str, voices: list[VoiceInfo]) -> str | None:
    """espeak-ng's voice for a BCP 47 tag: the tag itself ("es-419"), else its language ("de", "fr-fr")."""
    names = [v.name.lower() for v in voices]
    for wanted in (language.lower(), primary(language), f"{primary(language)}-{primary(language)}"):  # fr-fr
        if wanted in names:
            return wanted
    return next((n for n in names if n.startswith(primary(language) + "-")), None)


def _espeak(voice: str | None, language: str) -> EspeakEngine:
    espeak = EspeakEngine(voice)
    if not espeak.is_available():
        raise espeak.missing()
    if voice is not None:
        espeak.check_voice()
        spoken = parse_tag(espeak.voice.split("+")[0]) or ""
        if not _speaks(spoken, language):
            raise SpeechError(f"espeak: the voice {voice} speaks {_language_words(spoken)}, not "
                              f"{_language_words(language)}; leave out --voice, or pick one from "
                              "`voiceroutine voices espeak --all`", exit_code=EXIT_USAGE)
        return espeak
    if primary(language) == "en" and language.lower() in ("en", "en-us"):
        return espeak
    chosen = espeak_voice_for(language, espeak.voices())
    if chosen is None:
        raise SpeechError(f"espeak: espeak-ng has no voice for {_language_words(language)}; install a natural one "
                          f"with: {suggestion(language)}", exit_code=EXIT_USAGE)
    return EspeakEngine(chosen)


def _system_voice_language(info: VoiceInfo) -> str:
    return parse_tag(info.name.split("/")[-1]) or ""  # espeak-ng's ids on Linux: "gmw/de", "roa/fr"


def _system(voice: str | None, language: str) -> SystemEngine:
    system = SystemEngine(voice)
    if not system.is_available():
        raise SpeechError(f"system: pyttsx3 cannot run here; fix it with: {system.availability_hint()}")
    if voice is not None:
        system.check_voice()
        return system
    if primary(language) == "en":
        return system
    speaking = [v for v in system.voices() if _system_voice_language(v) and _speaks(_system_voice_language(v),
                                                                                   language)]
    system.close()
    if not speaking:
        raise SpeechError(f"system: no system voice speaks {_language_words(language)}; install a natural one "
                          f"with: {suggestion(language)}", exit_code=EXIT_USAGE)
    exact = [v for v in speaking if _system_voice_language(v).lower() == language.lower()]
    return SystemEngine((exact or speaking)[0].name)


def _auto(voice: str | None, language: str) -> Choice:
    if voice is not None and (voice.endswith(".onnx") or voice == BUNDLED_VOICE or Path(voice).expanduser().is_file()
                              or find_voice(voice) is not None):
        return Choice(_piper(voice, language))
    if voice is None and PiperEngine().is_available():
        natural = voice_for(language)
        if natural is not None:
            return Choice(_piper(natural.name, language))
        if primary(language) == "en":
            return Choice(_piper(None, language))
    if primary(language) == "en":  # as before: the platform's voices, then espeak-ng
        if SystemEngine().is_available():
            return Choice(_system(voice, language))
        if voice is None and EspeakEngine().is_available():
            return Choice(EspeakEngine())
        raise SpeechError(f"auto: no speech engine is available; install one with: {PiperEngine().availability_hint()}")
    words = _language_words(language)
    fix = suggestion(language)
    if voice is None and EspeakEngine().is_available():
        chosen = espeak_voice_for(language, EspeakEngine().voices())
        if chosen is not None:
            return Choice(EspeakEngine(chosen), f"no natural voice speaks {words} here: espeak-ng's {chosen} voice is "
                                                f"the fallback (robotic); for a natural one: {fix}")
    if SystemEngine().is_available():
        try:
            system = _system(voice, language)
        except SpeechError:
            pass
        else:
            return Choice(system, f"no natural voice speaks {words} here: a system voice is the fallback; for a "
                                  f"natural one: {fix}")
    raise SpeechError(f"no voice here speaks {words}: install a natural one with: {fix}", exit_code=EXIT_USAGE)


def voice_speaks(voice: str, language: str) -> bool | None:
    """Whether a voice named by a user (a Piper voice name or file, an espeak-ng voice) speaks `language`;
    None when that cannot be told without starting an engine."""
    from voiceroutine.voices.installed import config_language, voice_config

    path = Path(voice).expanduser()
    found = find_voice(voice)
    model = found.model if found is not None else path if path.suffix == ".onnx" and path.is_file() else None
    if voice == BUNDLED_VOICE and model is None:
        model = PiperEngine().model_path() if PiperEngine().is_available() else None
    spoken = config_language(voice_config(model)) if model is not None else parse_tag(voice.split("+")[0]) or ""
    return _speaks(spoken, language) if spoken else None


def fallback_note(name: str | None, voice: str | None, language: str, engine: SpeechEngine) -> str:
    """The note `choose` gave for this choice (empty when the engine was not a fallback, or was replaced)."""
    if (name or "auto").strip().lower() != "auto" or primary(language) == "en":
        return ""
    if isinstance(engine, EspeakEngine | SystemEngine):
        words, fix = _language_words(language), suggestion(language)
        if isinstance(engine, EspeakEngine):
            return (f"no natural voice speaks {words} here: espeak-ng's {engine.voice} voice is the fallback "
                    f"(robotic); for a natural one: {fix}")
        return f"no natural voice speaks {words} here: a system voice is the fallback; for a natural one: {fix}"
    return ""


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
