"""Reading what engines write (WAV, AIFF) into the program's one format, and resampling to SAMPLE_RATE."""

from __future__ import annotations

import struct

import numpy as np
import numpy.typing as npt

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.errors import SpeechError


def wav_bytes(samples: Samples, rate: int = SAMPLE_RATE, extra_chunks: bytes = b"") -> bytes:
    """A complete mono 16-bit PCM WAV file; `extra_chunks` (already framed) go after the data chunk."""
    data = np.asarray(samples, dtype="<i2").tobytes()
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data)) + data
    if len(data) % 2:
        body += b"\0"
    body += extra_chunks
    return b"RIFF" + struct.pack("<I", len(body)) + body


def riff_chunks(blob: bytes) -> dict[bytes, memoryview]:
    """The chunks of a RIFF/WAVE file by id (views into `blob`, not copies); ValueError if broken or truncated."""
    if len(blob) < 12 or blob[:4] != b"RIFF" or blob[8:12] != b"WAVE":
        raise ValueError("not a RIFF/WAVE file")
    view = memoryview(blob)
    chunks: dict[bytes, memoryview] = {}
    pos = 12
    while pos + 8 <= len(blob):
        cid, size = blob[pos : pos + 4], struct.unpack("<I", blob[pos + 4 : pos + 8])[0]
        start = pos + 8
        if start + size > len(blob):
            raise ValueError(f"chunk {cid!r} is truncated")
        chunks.setdefault(cid, view[start : start + size])
        pos = start + size + (size % 2)
    return chunks


def read_wav(blob: bytes) -> tuple[Samples, int]:
    """Mono int16 samples and the sample rate of a 16-bit PCM WAV file (stereo is averaged to mono)."""
    chunks = riff_chunks(blob)
    if b"fmt " not in chunks or b"data" not in chunks:
        raise ValueError("WAV file without fmt or data chunk")
    tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", chunks[b"fmt "][:16])
    if tag not in (1, 0xFFFE) or bits != 16 or channels < 1:
        raise ValueError(f"unsupported WAV format (tag {tag}, {bits} bits, {channels} channels)")
    data = chunks[b"data"]
    frames = np.frombuffer(data[: len(data) // (2 * channels) * 2 * channels], dtype="<i2")
    return _to_mono(frames.reshape(-1, channels)), rate


def read_aiff(blob: bytes) -> tuple[Samples, int]:
    """Mono int16 samples and the rate of a 16-bit AIFF/AIFF-C (uncompressed) file, as macOS voices write."""
    if len(blob) < 12 or blob[:4] != b"FORM" or blob[8:12] not in (b"AIFF", b"AIFC"):
        raise ValueError("not an AIFF file")
    comm = ssnd = None
    pos = 12
    while pos + 8 <= len(blob):
        cid, size = blob[pos : pos + 4], struct.unpack(">I", blob[pos + 4 : pos + 8])[0]
        body = blob[pos + 8 : pos + 8 + size]
        if cid == b"COMM":
            comm = body
        elif cid == b"SSND":
            ssnd = body
        pos += 8 + size + (size % 2)
    if comm is None or ssnd is None:
        raise ValueError("AIFF file without COMM or SSND chunk")
    channels, _, bits = struct.unpack(">hIh", comm[:8])
    if blob[8:12] == b"AIFC" and comm[18:22] not in (b"NONE", b"twos"):
        raise ValueError(f"compressed AIFF-C ({comm[18:22]!r}) is not supported")
    if bits != 16 or channels < 1:
        raise ValueError(f"unsupported AIFF format ({bits} bits, {channels} channels)")
    rate = _extended_to_int(comm[8:18])
    offset = struct.unpack(">I", ssnd[:4])[0]
    data = ssnd[8 + offset :]
    frames = np.frombuffer(data[: len(data) // (2 * channels) * 2 * channels], dtype=">i2").astype(np.int16)
    return _to_mono(frames.reshape(-1, channels)), rate


def read_audio(blob: bytes, engine: str) -> Samples:
    """WAV or AIFF bytes from an engine, as mono int16 at SAMPLE_RATE; SpeechError naming `engine` if unreadable."""
    try:
        samples, rate = read_aiff(blob) if blob[:4] == b"FORM" else read_wav(blob)
    except ValueError as e:
        raise SpeechError(f"{engine}: the engine wrote an unreadable audio file ({e})") from None
    return resample(samples, rate, SAMPLE_RATE)


def resample(samples: Samples, rate: int, target: int = SAMPLE_RATE) -> Samples:
    """`samples` at `rate` converted to `target` Hz: low-pass first when downsampling, then linear interpolation."""
    if rate == target or len(samples) == 0:
        return samples
    x = samples.astype(np.float64)
    if target < rate:
        x = np.convolve(x, _lowpass(0.5 * target / rate), mode="same")
    count = len(samples) * target // rate
    positions = np.arange(count) * (rate / target)
    y = np.interp(positions, np.arange(len(x)), x)
    out: Samples = np.clip(np.round(y), -32768, 32767).astype(np.int16)
    return out


def _lowpass(cutoff: float, taps: int = 63) -> npt.NDArray[np.float64]:
    """Windowed-sinc FIR with `cutoff` as a fraction of the input rate (0.5 = Nyquist)."""
    n = np.arange(taps) - (taps - 1) / 2
    h = 2 * cutoff * np.sinc(2 * cutoff * n) * np.hamming(taps)
    return h / h.sum()  # type: ignore[no-any-return]


def _to_mono(frames: npt.NDArray[np.int16]) -> Samples:
    if frames.shape[1] == 1:
        return frames[:, 0].astype(np.int16)
    return frames.mean(axis=1).round().astype(np.int16)  # type: ignore[no-any-return]


def _extended_to_int(ten: bytes) -> int:
    """The sample rate stored as an 80-bit IEEE extended float in AIFF's COMM chunk."""
    exponent, mantissa = struct.unpack(">HQ", ten)
    sign = -1 if exponent & 0x8000 else 1
    exponent &= 0x7FFF
    if exponent == 0 and mantissa == 0:
        return 0
    rate: float = sign * mantissa * 2.0 ** (exponent - 16383 - 63)
    return round(rate)
