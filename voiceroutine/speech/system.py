"""The platform's own voices through pyttsx3, made dependable by a worker process and checks on every file.

pyttsx3 2.99 on Linux writes no file for text over ~250 characters, only the last of several queued files,
applies rate changes only sometimes and prints on stdout; elsewhere it can hang. So: a persistent worker
(`system_worker.py`) with a timeout per request, restarted after a hang; text split at sentence ends into
pieces under MAX_PIECE_CHARS; every file read back and checked for a plausible length before it is used.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import functools
import importlib.util
import json
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import weakref
from pathlib import Path
from typing import IO, Any

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.errors import EXIT_USAGE, SpeechError
from voiceroutine.install_hints import Tool, install_command, pip_command
from voiceroutine.speech.engine import VoiceInfo, package_version
from voiceroutine.speech.wavio import read_audio

BASE_WPM = 175
"""pyttsx3's default rate: speed 1.0."""
MAX_PIECE_CHARS = 200
"""Longest text sent in one request (pyttsx3 on Linux silently writes nothing above ~250)."""
START_TIMEOUT_S = 20.0
PIECE_TIMEOUT_S = 10.0
ATTEMPTS = 2
WORKER = [sys.executable, "-m", "voiceroutine.speech.system_worker"]


def install_hint() -> str:
    if importlib.util.find_spec("pyttsx3") is None:
        return pip_command("pyttsx3")
    return install_command(Tool.ESPEAK_LIBRARY)  # on macOS and Windows: reinstall pyttsx3, the voices are there


class SystemEngine:
    """Renders with pyttsx3 (espeak-ng on Linux, SAPI5 on Windows, NSSpeechSynthesizer on macOS)."""

    name = "system"
    parallel = 1
    """One worker; pyttsx3 keeps global driver state, so requests in one process are strictly sequential."""

    def __init__(self, voice: str | None = None, worker: list[str] | None = None, timeout_s: float = PIECE_TIMEOUT_S):
        self.voice = voice
        self.command = worker or WORKER
        self.timeout_s = timeout_s
        self._worker: _Worker | None = None
        self._voices: list[VoiceInfo] | None = None
        self._lock = threading.Lock()
        self._folder: Path | None = None

    def is_available(self) -> bool:
        if importlib.util.find_spec("pyttsx3") is None:
            return False
        if sys.platform.startswith("linux"):
            return ctypes.util.find_library("espeak-ng") is not None or ctypes.util.find_library("espeak") is not None
        return True

    def availability_hint(self) -> str:
        return install_hint()

    def identity(self) -> str:
        backend = f"espeak-ng {_espeak_version()}" if sys.platform.startswith("linux") else sys.platform
        return f"system/pyttsx3 {package_version('pyttsx3')}/{backend}/{self.voice or 'default'}"

    def voices(self) -> list[VoiceInfo]:
        with self._lock:
            self._ensure_worker()
        return list(self._voices or [])

    def check_voice(self) -> None:
        """Raise SpeechError unless pyttsx3 works here and knows the chosen voice."""
        self._resolve_voice()

    def synthesize(self, text: str, speed: float) -> Samples:
        rate = round(BASE_WPM * speed)
        pieces = [self._render_piece(piece, rate) for piece in split_text(text)]
        if not pieces:
            raise SpeechError(f"system: nothing to say in {text!r}")
        return np.concatenate(pieces).astype(np.int16)

    def close(self) -> None:
        with self._lock:
            if self._worker is not None:
                self._worker.stop()
                self._worker = None

    def _resolve_voice(self) -> str | None:
        if self.voice is None:
            return None
        wanted = self.voice.lower()
        for v in self.voices():
            if wanted in (v.name.lower(), v.description.lower(), v.name.lower().split("/")[-1]):
                return v.name
        raise SpeechError(f"system: unknown voice {self.voice!r}; `voiceroutine voices system` lists them",
                          exit_code=EXIT_USAGE)

    def _render_piece(self, piece: str, rate: int) -> Samples:
        voice = self._resolve_voice()
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="voiceroutine-system-"))
            weakref.finalize(self, shutil.rmtree, self._folder, True)
        path = self._folder / "piece.wav"
        problem = ""
        for _ in range(ATTEMPTS):
            path.unlink(missing_ok=True)
            with self._lock:
                worker = self._ensure_worker()
                try:
                    reply = worker.ask(
                        {"op": "save", "text": piece, "path": str(path), "rate": rate, "voice": voice},
                        self.timeout_s + len(piece) * 0.05,
                    )
                except SpeechError as e:  # hung or died: start a fresh worker for the next attempt
                    worker.stop(kill=True)
                    self._worker = None
                    problem = str(e).removeprefix("system: ")
                    continue
            if not reply.get("ok"):
                problem = f"pyttsx3 failed: {reply.get('error')}"
                continue
            samples, problem = _checked(path, piece, rate)
            if samples is not None:
                return samples
            with self._lock:  # a silent failure may leave the driver in a bad state: restart it too
                if self._worker is not None:
                    self._worker.stop()
                    self._worker = None
        raise SpeechError(f"system: {problem} (text {piece[:40]!r}); try --engine espeak or --engine piper")

    def _ensure_worker(self) -> _Worker:
        if self._worker is None:
            if not self.is_available() and self.command is WORKER:
                raise SpeechError(f"system: pyttsx3 cannot run here; fix it with: {install_hint()}")
            worker = _Worker(self.command)
            hello = worker.ask(None, START_TIMEOUT_S)
            if not hello.get("ok"):
                worker.stop()
                raise SpeechError(f"system: {hello.get('error')}; fix it with: {install_hint()}")
            self._voices = [VoiceInfo(v["id"], v["name"]) for v in hello.get("voices", [])]
            self._worker = worker
            weakref.finalize(self, worker.stop, True)  # an engine dropped without close() takes its worker along
        return self._worker


class _Worker:
    """One running worker process; answers are read by a thread so every wait can time out."""

    def __init__(self, command: list[str]) -> None:
        try:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
            )
        except OSError as e:
            raise SpeechError(f"system: cannot start the pyttsx3 worker: {e}") from None
        self.lines: queue.Queue[str | None] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(target=_pump, args=(self.process.stdout, self.lines), daemon=True).start()

    def ask(self, request: dict[str, Any] | None, timeout: float) -> dict[str, Any]:
        """Send `request` (None: just read the hello) and wait at most `timeout` s for the answer."""
        if request is not None:
            try:
                assert self.process.stdin is not None
                self.process.stdin.write(json.dumps(request) + "\n")
                self.process.stdin.flush()
            except OSError:
                raise SpeechError("system: the pyttsx3 worker stopped unexpectedly") from None
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise SpeechError(f"system: pyttsx3 did not answer within {timeout:g} s") from None
        if line is None:
            raise SpeechError("system: the pyttsx3 worker stopped unexpectedly")
        try:
            answer = json.loads(line)
        except ValueError:
            raise SpeechError("system: the pyttsx3 worker answered garbage") from None
        return answer if isinstance(answer, dict) else {"ok": False, "error": "bad answer"}

    def stop(self, kill: bool = False) -> None:
        """End the worker: politely (close its input) unless it is hung (`kill`)."""
        if kill:
            self.process.kill()
        with contextlib.suppress(OSError):
            if self.process.stdin is not None:
                self.process.stdin.close()
        try:
            self.process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    with stream:  # closed here, at end of output, so no other thread races this reader
        for line in stream:
            lines.put(line)
    lines.put(None)


def _checked(path: Path, text: str, rate: int) -> tuple[Samples | None, str]:
    """The samples of a rendered piece, or None and why it is not usable."""
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        return None, "pyttsx3 returned without writing a file"
    try:
        samples = read_audio(blob, "system")
    except SpeechError as e:
        return None, str(e).removeprefix("system: ")
    seconds = len(samples) / SAMPLE_RATE
    low, high = plausible_seconds(text, rate)
    if not low <= seconds <= high:
        return None, f"pyttsx3 wrote {seconds:.2f} s of audio, expected {low:.2f} to {high:.2f} s for this text"
    return samples, ""


def plausible_seconds(text: str, rate_wpm: int) -> tuple[float, float]:
    """Shortest and longest believable duration of `text` spoken at `rate_wpm` (about 6 characters a word)."""
    expected = max(1.0, len(text) / 6) * 60 / rate_wpm
    return max(0.05, 0.25 * expected), 3 * expected + 1.0


_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def split_text(text: str, limit: int = MAX_PIECE_CHARS) -> list[str]:
    """`text` in pieces under `limit` characters: at sentence ends, else at commas, else between words."""
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text.strip()):
        pieces.extend(_split_long(sentence, limit))
    return [p for p in (p.strip() for p in pieces) if p]


def _split_long(sentence: str, limit: int) -> list[str]:
    if len(sentence) < limit:
        return [sentence]
    for separator in (", ", " "):
        parts = sentence.split(separator)
        if len(parts) > 1:
            out, current = [], ""
            for part in parts:
                candidate = f"{current}{separator}{part}" if current else part
                if len(candidate) < limit:
                    current = candidate
                else:
                    if current:
                        out.append(current + separator.strip())
                    current = part
            out.append(current)
            return [p for chunk in out for p in _split_long(chunk, limit)]
    return [sentence[i : i + limit - 1] for i in range(0, len(sentence), limit - 1)]




@functools.cache
def _espeak_version() -> str:
    from voiceroutine.speech.espeak import _version as espeak_version

    return espeak_version("espeak-ng")
