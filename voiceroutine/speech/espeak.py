"""espeak-ng called directly: fast (~10 ms a phrase), deterministic, always offline, robotic."""

from __future__ import annotations

import functools
import subprocess

from voiceroutine.audio.format import Samples
from voiceroutine.errors import EXIT_USAGE, SpeechError
from voiceroutine.install_hints import Tool, install_command
from voiceroutine.language import parse_tag
from voiceroutine.paths import Source
from voiceroutine.programs import ESPEAK, find_program
from voiceroutine.speech.engine import VoiceInfo
from voiceroutine.speech.wavio import read_audio

BASE_WPM = 175
"""espeak-ng's own default rate: speed 1.0."""
DEFAULT_VOICE = "en-us"
TIMEOUT_S = 30


class EspeakEngine:
    """Renders with the `espeak-ng` program; `voice` is an espeak-ng voice name such as en-us or en-gb."""

    name = "espeak"
    parallel = 2
    """Each phrase is its own process, so two can render at once on two cores."""

    def __init__(self, voice: str | None = None, program: str | None = None) -> None:
        """`program`: the espeak-ng to run; None for the one $VOICEROUTINE_ESPEAK, the config's `espeak`, PATH
        or (on Windows) "%ProgramFiles%\\eSpeak NG" lead to (`voiceroutine/programs.py`)."""
        self.voice = voice or DEFAULT_VOICE
        self._choice = find_program(ESPEAK, program)

    @property
    def program(self) -> str:
        return self._choice.program or self._choice.asked

    def is_available(self) -> bool:
        return self._choice.program is not None

    def availability_hint(self) -> str:
        return install_command(Tool.ESPEAK)

    def missing(self) -> SpeechError:
        """Why there is no espeak-ng: not installed (exit 1, with the command that installs it here), or a
        setting that names no program (exit 2)."""
        missing = self._choice.missing()
        if self._choice.source in (Source.ENVIRONMENT, Source.CONFIG):
            return SpeechError(f"espeak: {missing}", exit_code=missing.exit_code)
        return SpeechError(f"espeak: espeak-ng is not installed; install it with: {install_command(Tool.ESPEAK)}")

    def identity(self) -> str:
        return f"espeak/{_version(self.program)}/{self.voice}"

    def check_voice(self) -> None:
        """Raise SpeechError unless espeak-ng is installed and knows this voice."""
        names = {v.name.lower() for v in self.voices()}
        if self.voice.split("+")[0].lower() not in names:  # "en-us+f3" is en-us with espeak's f3 variant
            raise SpeechError(
                f"espeak: unknown voice {self.voice!r}; `voiceroutine voices espeak` lists them (e.g. en-us, en-gb)",
                exit_code=EXIT_USAGE,
            )

    def voices(self) -> list[VoiceInfo]:
        out = self._run(["--voices"], timeout=TIMEOUT_S).decode(errors="replace")
        voices = []
        for line in out.splitlines()[1:]:
            cols = line.split()
            if len(cols) >= 5:
                voices.append(VoiceInfo(cols[1], cols[3].replace("_", " "), parse_tag(cols[1]) or ""))
        return voices

    def synthesize(self, text: str, speed: float) -> Samples:
        wpm = str(round(BASE_WPM * speed))
        wav = self._run(["-v", self.voice, "-s", wpm, "--stdout", "--", text], timeout=TIMEOUT_S)
        if len(wav) <= 44:
            raise SpeechError(f"espeak: espeak-ng returned no audio for {text!r}")
        return read_audio(_fix_stream_sizes(wav), self.name)

    def _run(self, args: list[str], timeout: float) -> bytes:
        if not self.is_available():
            raise self.missing()
        try:
            done = subprocess.run([self.program, *args], capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise SpeechError(f"espeak: espeak-ng did not finish within {timeout:g} s") from None
        if done.returncode != 0:
            message = done.stderr.decode(errors="replace").strip().splitlines()
            reason = message[-1] if message else f"exit code {done.returncode}"
            if "voice does not exist" in reason:
                raise SpeechError(
                    f"espeak: unknown voice {self.voice!r}; `voiceroutine voices espeak` lists them (e.g. en-us, en-gb)"
                )
            raise SpeechError(f"espeak: espeak-ng failed: {reason}")
        return done.stdout


@functools.cache
def _version(program: str) -> str:
    try:
        out = subprocess.run([program, "--version"], capture_output=True, timeout=10, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    words = out.decode(errors="replace").split()
    return next((w for w in words if w[:1].isdigit()), "unknown")


def _fix_stream_sizes(wav: bytes) -> bytes:
    """espeak-ng --stdout cannot seek back, so its RIFF and data sizes are placeholders: set them from the length."""
    if wav[:4] != b"RIFF" or wav[36:40] != b"data":
        return wav
    size = len(wav) - 44
    return b"RIFF" + (len(wav) - 8).to_bytes(4, "little") + wav[8:40] + size.to_bytes(4, "little") + wav[44:]
