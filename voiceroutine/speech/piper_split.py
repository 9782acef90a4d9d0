"""A Piper voice cut in two, so a long sentence is decoded into audio a stretch at a time.

A Piper voice (VITS) first turns phonemes into `z`, one 192-number frame per 256 samples of audio: the text
encoder, the durations, the noise draw and the flow all happen there, so the prosody is fixed. Its decoder
(HiFi-GAN: convolutions and upsampling) then turns `z` into samples, and it is what costs memory: about 115 MB for
a 5.6 s sentence, all of it tensors as long as the sentence. Each sample depends only on the frames within the
decoder's reach (10 frames either side for the joe voice), so decoding overlapping windows of `z` and keeping each
window's middle gives the same samples as decoding it whole, with tensors a window long.

`split_session` cuts the voice file once (onnx_cut.py), measures the decoder's reach, checks that windows give the
whole decode's samples, and keeps the two parts in the cache's `voices/` folder under the voice file's SHA-256
(`HASH-FORMAT.front.onnx`, `.decoder.onnx` and `.json`, the description written last, each atomically).
Whenever any of that fails (a voice of another shape, a read-only cache, a damaged part), the voice runs whole, as
before, with no error. docs/speech.md ("Memory") has the figures.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import itertools
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from voiceroutine.cache.files import VOICES_FOLDER, discard, report_damage, temp_beside, write_atomic
from voiceroutine.speech.onnx_cut import FLOAT, CutError, Graph, Part, float_tensor_info, needed, read_graph, write_part

FORMAT = 1
"""Part of every cut voice's name: a new way of cutting makes new files."""
WINDOW_FRAMES = 64
"""The most frames of `z` a window keeps (1.5 s of audio at 22 050 Hz); a shorter sentence is decoded whole."""
MARGIN_FRAMES = 6
"""Frames of context beyond the decoder's measured reach, on each side of a window."""
PROBE_FRAMES = 96
"""The length of the random `z` the reach is measured on (the reach must be well under half of it)."""
TOLERANCE = 1e-5
"""How far a windowed decode may be from the whole one, at cut time, in samples of full scale 1.0 (it is 0)."""
DECODER_PREFIX = "/dec/"
"""Piper's exported VITS graphs name the decoder's nodes /dec/... (piper's export_onnx of the VITS model)."""
LOCAL_OPS = frozenset({"Conv", "ConvTranspose", "LeakyRelu", "Relu", "Add", "Sub", "Mul", "Div", "Tanh", "Sigmoid",
                       "Unsqueeze", "Squeeze", "Identity", "Constant"})
"""Operators whose every output sample depends on a bounded stretch of input: a decoder made only of these can be
decoded in windows (anything else, a normalisation or a reshape, makes the voice run whole)."""
log = logging.getLogger("voiceroutine")
_WRITING: set[str] = set()
"""Temp files of parts being written: removed at exit if the cut is stopped half-way (it runs on the thread that
loads the voice in the background, which does not outlive the process)."""


@dataclass(frozen=True, slots=True)
class Window:
    """One decode: frames [start, stop) of `z` go in, the samples of frames [keep_from, keep_to) are kept."""

    start: int
    stop: int
    keep_from: int
    keep_to: int


@dataclass(frozen=True, slots=True)
class Cut:
    """How a cut voice runs (its `HASH.json`)."""

    z: str
    """The tensor between the two parts: the decoder's input, (1, channels, frames)."""
    channels: int
    hop: int
    """Samples of audio per frame of `z`."""
    reach: int
    """Frames either side of a sample's own frame that change it (measured)."""
    outputs: tuple[str, ...]
    """The voice's outputs in their order; the first is the decoder's audio, the others come from the front part."""
    parts: tuple[tuple[str, str], ...] = ()
    """(file name, SHA-256) of the two parts, checked before each load."""

    @property
    def context(self) -> int:
        return self.reach + MARGIN_FRAMES


def windows(frames: int, keep: int, context: int) -> tuple[Window, ...]:
    """Windows covering `frames` frames: the fewest of at most `keep` kept frames each, of equal length (within one
    frame), each with `context` frames more either side where the sentence has them."""
    if frames <= 0:
        return ()
    count = -(-frames // max(1, keep))
    edges = [i * frames // count for i in range(count + 1)]
    return tuple(Window(max(0, a - context), min(frames, b + context), a, b) for a, b in itertools.pairwise(edges))


def decode_in_windows(decode: Callable[[np.ndarray], np.ndarray], z: np.ndarray, hop: int, keep: int,
                      context: int) -> np.ndarray:
    """What `decode(z)` gives (samples along the last axis, `hop` a frame of `z`'s last axis), decoded a window
    at a time (`windows`); a `z` of at most `keep` frames is decoded whole."""
    frames = z.shape[-1]
    if frames <= keep:
        return decode(z)
    pieces = []
    for window in windows(frames, keep, context):
        audio = decode(np.ascontiguousarray(z[..., window.start : window.stop]))
        lo, hi = (window.keep_from - window.start) * hop, (window.keep_to - window.start) * hop
        if audio.shape[-1] != (window.stop - window.start) * hop:
            raise ValueError(f"the decoder gave {audio.shape[-1]} samples for {window.stop - window.start} frames")
        pieces.append(audio[..., lo:hi])
    return np.concatenate(pieces, axis=-1)


class SplitSession:
    """Runs like the voice's whole onnxruntime session (`run`, `get_inputs`), through its two parts."""

    def __init__(self, front: Any, decoder: Any, cut: Cut, keep: int = WINDOW_FRAMES) -> None:
        self.front = front
        self.decoder = decoder
        self.cut = cut
        self.keep = keep

    def decode(self, z: np.ndarray) -> np.ndarray:
        """The audio of `z`, decoded whole."""
        return np.asarray(self.decoder.run(None, {self.cut.z: z})[0])

    def run(self, output_names: Sequence[str] | None, feed: dict[str, Any]) -> list[np.ndarray]:
        z, *passed = self.front.run(None, feed)
        audio = decode_in_windows(self.decode, z, self.cut.hop, self.keep, self.cut.context)
        found = dict(zip(self.cut.outputs, [audio, *passed]))
        return [found[name] for name in (output_names or self.cut.outputs)]

    def get_inputs(self) -> Any:
        return self.front.get_inputs()

    def get_session_options(self) -> Any:
        return self.decoder.get_session_options()


def split_session(model: Path, cache_folder: Path, options: Callable[[], Any]) -> SplitSession | None:
    """The voice at `model` as a SplitSession (its sessions made with `options()`), cut into `cache_folder`'s
    voices/ folder the first time; None when it runs whole (never an error)."""
    try:
        import onnxruntime
    except ImportError:
        return None
    try:
        folder = cache_folder / VOICES_FOLDER
        name = _name(model)
        kept = _kept(folder, name, options, onnxruntime)
        if kept is not None:
            return kept if isinstance(kept, SplitSession) else None
        return _cut(model, folder, name, options, onnxruntime)
    except Exception as e:  # any failure only costs the memory saving: the voice runs whole
        log.debug("piper: %s runs whole (%s: %s)", model, type(e).__name__, e)
        return None


def plan(graph: Graph) -> tuple[Part, Part, str, int]:
    """The front and decoder parts of a Piper graph, the tensor between them and its channels; CutError when the
    graph is not the shape this expects."""
    first = next((node for node in graph.nodes if node.name.startswith(DECODER_PREFIX)), None)
    if first is None or not first.inputs:
        raise CutError(f"no {DECODER_PREFIX} nodes")
    z = first.inputs[0]
    weights = {w.name: w for w in graph.weights}
    outputs = [o.name for o in graph.outputs]
    decoder = needed(graph.nodes, {outputs[0]} if outputs else set(), {z, *weights})
    decoder_ids = {id(node) for node in decoder}
    front = tuple(node for node in graph.nodes if id(node) not in decoder_ids)
    made_after = {out for node in decoder for out in node.outputs}
    made_before = {out for node in front for out in node.outputs}
    if first not in decoder or z not in made_before:
        raise CutError("the decoder's input is not made before it")
    strange = sorted({node.op_type for node in decoder if node.op_type not in LOCAL_OPS or node.domain})
    if strange:
        raise CutError(f"the decoder has {', '.join(strange)}")
    for node in decoder:
        extra = [i for i in node.inputs if i and i != z and i not in weights and i not in made_after]
        if extra:
            raise CutError(f"the decoder also needs {extra[0]}")
    if any(i in made_after for node in front for i in node.inputs) or any(o in made_after for o in outputs[1:]):
        raise CutError("the front part needs the decoder")
    weight = weights.get(first.inputs[1]) if len(first.inputs) > 1 else None
    if weight is None or weight.data_type != FLOAT or len(weight.dims) != 3:
        raise CutError("the decoder's first layer is not a float 1-D convolution")
    channels = weight.dims[1]
    front_used = {i for node in front for i in node.inputs}
    decoder_used = {i for node in decoder for i in node.inputs}
    zinfo = float_tensor_info(z, (1, channels, "frames"))
    front_part = Part(front, tuple(w for w in graph.weights if w.name in front_used), graph.inputs,
                      tuple(o for o in graph.outputs[1:]), tuple(v for v in graph.value_info if v.name in made_before),
                      new_outputs=(zinfo,))
    decoder_part = Part(decoder, tuple(w for w in graph.weights if w.name in decoder_used), (), graph.outputs[:1],
                        tuple(v for v in graph.value_info if v.name in made_after), new_inputs=(zinfo,))
    return front_part, decoder_part, z, channels


def _cut(model: Path, folder: Path, name: str, options: Callable[[], Any], onnxruntime: Any) -> SplitSession | None:
    """Cut the voice, check its decoder, keep both parts and their description: the SplitSession, or None when
    the voice must run whole."""
    graph = read_graph(model)
    try:
        front_part, decoder_part, z, channels = plan(graph)
    except CutError as e:
        _remember(folder / f"{name}.json", {"whole": str(e)})  # not cut again on every load
        return None
    folder.mkdir(parents=True, exist_ok=True)
    temps: list[str] = []  # not yet renamed into place
    made: list[str] = []
    try:
        parts = []
        for suffix, part in (("front.onnx", front_part), ("decoder.onnx", decoder_part)):
            out, temp = temp_beside(folder / f"{name}.{suffix}")
            temps.append(temp)
            made.append(temp)
            _WRITING.add(temp)
            with out:
                write_part(model, graph, part, out)
            parts.append((f"{name}.{suffix}", _sha256(Path(temp))))
        decoder = _session(temps[1], options, onnxruntime)
        cut = Cut(z, channels, 0, 0, tuple(o.name for o in graph.outputs), tuple(parts))
        try:
            cut = measured(cut, lambda x: np.asarray(decoder.run(None, {z: x})[0]))
        except CutError as e:
            _remember(folder / f"{name}.json", {"whole": str(e)})
            return None
        front = _session(temps[0], options, onnxruntime)
        for temp, (file, _) in zip(temps, parts):
            os.replace(temp, folder / file)
        temps = []
        write_atomic(folder / f"{name}.json", json.dumps(_describe(cut)).encode())
        return SplitSession(front, decoder, cut)
    finally:
        for temp in temps:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        _WRITING.difference_update(made)


def measured(cut: Cut, decode: Callable[[np.ndarray], np.ndarray]) -> Cut:
    """`cut` with the decoder's hop and reach measured by `decode`, after checking that windows give the whole
    decode's samples; CutError if the decoder is not one to decode in windows."""
    frames = PROBE_FRAMES
    z = np.random.default_rng(0).standard_normal((1, cut.channels, frames), dtype=np.float32)
    whole = decode(z)
    if whole.shape[-1] % frames or whole.size != whole.shape[-1]:
        raise CutError(f"the decoder gave {whole.shape} for {frames} frames")
    hop = whole.shape[-1] // frames
    nudged = z.copy()
    nudged[..., frames // 2] += 1.0
    changed = np.flatnonzero(decode(nudged).reshape(-1) != whole.reshape(-1))
    if not changed.size:
        raise CutError("the decoder's output does not follow its input")
    reach = int(max(frames // 2 - changed[0] // hop, changed[-1] // hop - frames // 2))
    if reach + MARGIN_FRAMES >= frames // 4:
        raise CutError(f"the decoder reaches {reach} frames")
    cut = Cut(cut.z, cut.channels, hop, reach, cut.outputs, cut.parts)
    keep = frames // 3  # three windows, each with its context on the inside
    if float(np.abs(decode_in_windows(decode, z, hop, keep, cut.context) - whole).max()) > TOLERANCE:
        raise CutError("windows do not give the whole decode's samples")
    return cut


def _kept(folder: Path, name: str, options: Callable[[], Any], onnxruntime: Any) -> SplitSession | bool | None:
    """The kept cut voice `name`: a SplitSession, False if it was found to run whole, None if there is none (a
    damaged one is reported and removed)."""
    meta = folder / f"{name}.json"
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError):
        _dropped(folder, name, "not JSON")
        return None
    if isinstance(data, dict) and isinstance(data.get("whole"), str):
        return False
    try:
        cut = _parsed(data)
    except (KeyError, TypeError, ValueError):
        _dropped(folder, name, "not a cut voice's description")
        return None
    for file, digest in cut.parts:
        path = folder / file
        if not path.is_file() or path.is_symlink() or _sha256(path) != digest:
            _dropped(folder, name, f"{file} does not match its checksum")
            return None
    front = _session(str(folder / cut.parts[0][0]), options, onnxruntime)
    decoder = _session(str(folder / cut.parts[1][0]), options, onnxruntime)
    return SplitSession(front, decoder, cut)


def _dropped(folder: Path, name: str, reason: str) -> None:
    report_damage(folder / f"{name}.json", reason)
    for suffix in ("json", "front.onnx", "decoder.onnx"):
        discard(folder / f"{name}.{suffix}")


def _describe(cut: Cut) -> dict[str, Any]:
    return {"z": cut.z, "channels": cut.channels, "hop": cut.hop, "reach": cut.reach, "outputs": list(cut.outputs),
            "parts": [list(part) for part in cut.parts]}


def _parsed(data: Any) -> Cut:
    parts = tuple((str(file), str(digest)) for file, digest in data["parts"])
    if len(parts) != 2 or any("/" in file or "\\" in file or file.startswith(".") for file, _ in parts):
        raise ValueError("parts")
    channels, hop, reach = (int(data[key]) for key in ("channels", "hop", "reach"))
    if channels < 1 or hop < 1 or reach < 0:
        raise ValueError("numbers")
    return Cut(str(data["z"]), channels, hop, reach, tuple(str(o) for o in data["outputs"]), parts)


def _remember(path: Path, data: dict[str, Any]) -> None:
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data).encode())


def _session(path: str, options: Callable[[], Any], onnxruntime: Any) -> Any:
    return onnxruntime.InferenceSession(path, sess_options=options(), providers=["CPUExecutionProvider"])


@atexit.register
def _remove_half_written() -> None:
    for temp in list(_WRITING):
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _name(model: Path) -> str:
    """What the cut parts of the voice at `model` are called: its SHA-256 (40 digits) and the FORMAT."""
    return f"{_sha256(model)[:40]}-{FORMAT}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
