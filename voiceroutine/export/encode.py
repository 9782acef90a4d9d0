"""The ffmpeg adapter: raw samples piped to its stdin, tags and chapters from an FFMETADATA file, no shell."""

from __future__ import annotations

import contextlib
import enum
import errno
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.errors import ExportError
from voiceroutine.export.files import describe_os_error

MISSING = "ffmpeg not found: install it with: sudo apt-get install ffmpeg"


class Format(enum.Enum):
    """Output formats; the value is the usual file extension."""

    MP3 = "mp3"
    M4B = "m4b"
    WAV = "wav"
    OGG = "ogg"

    @classmethod
    def parse(cls, name: str) -> Format:
        """A format from its name or an extension (".opus" is Ogg Opus); ExportError listing the choices."""
        key = name.lower().lstrip(".")
        aliases = {"opus": "ogg", "m4a": "m4b", "mp4": "m4b"}
        try:
            return cls(aliases.get(key, key))
        except ValueError:
            choices = ", ".join(f.value for f in cls)
            raise ExportError(f"unknown format {key!r}: choose one of {choices}") from None

    @property
    def level_offset_db(self) -> float:
        """Level lost in this format's encode-decode round trip, made up before encoding.

        libmp3lame at 22.05 kHz comes back 0.45 dB quieter (measured on sine and speech alike;
        tests/export checks the file itself measures -16 LUFS).
        """
        return 0.45 if self is Format.MP3 else 0.0

    @property
    def has_chapters(self) -> bool:
        return self in (Format.MP3, Format.M4B, Format.OGG)


_CODEC: dict[Format, list[str]] = {
    Format.MP3: ["-c:a", "libmp3lame", "-b:a", "64k", "-ar", str(SAMPLE_RATE), "-id3v2_version", "3", "-f", "mp3"],
    Format.M4B: ["-c:a", "aac", "-b:a", "64k", "-ar", str(SAMPLE_RATE), "-movflags", "+faststart", "-f", "ipod"],
    Format.WAV: ["-c:a", "pcm_s16le", "-f", "wav"],
    Format.OGG: ["-c:a", "libopus", "-b:a", "32k", "-ar", "24000", "-application", "voip", "-f", "ogg"],
}


class Ffmpeg:
    """Encodes int16 mono samples into a file with ffmpeg."""

    def __init__(self, binary: str = "ffmpeg") -> None:
        self.binary = binary

    def is_available(self) -> bool:
        return shutil.which(self.binary) is not None

    def command(self, fmt: Format, metadata: Path, out: Path) -> list[str]:
        binary = shutil.which(self.binary)
        if binary is None:
            raise ExportError(MISSING)
        return [binary, "-nostdin", "-hide_banner", "-loglevel", "error",
                "-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "pipe:0",
                "-i", str(metadata), "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1",
                "-ac", "1", *_CODEC[fmt], "-y", str(out)]

    def encode(self, chunks: Iterable[Samples], fmt: Format, metadata: str, out: Path, shown_as: Path) -> None:
        """Write `chunks` to `out` (a temp the caller renames); `shown_as` is the name used in messages.

        On any failure or Ctrl-C ffmpeg is killed before the error propagates.
        """
        with tempfile.TemporaryDirectory(prefix="voiceroutine-") as folder:
            meta = Path(folder) / "metadata.txt"
            meta.write_text(metadata, encoding="utf-8")
            command = self.command(fmt, meta, out)
            with tempfile.TemporaryFile() as errors:
                try:
                    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors)
                except OSError as e:
                    raise ExportError(f"cannot run ffmpeg: {e.strerror}") from None
                try:
                    self._feed(process, chunks)
                    code = process.wait()
                except BaseException:
                    process.kill()
                    process.wait()
                    raise
                if code != 0:
                    errors.seek(0)
                    raise _failure(errors.read().decode("utf-8", "replace"), code, shown_as)

    @staticmethod
    def _feed(process: subprocess.Popen[bytes], chunks: Iterable[Samples]) -> None:
        stdin = process.stdin
        assert stdin is not None
        try:
            for chunk in chunks:
                stdin.write(chunk.astype("<i2", copy=False).tobytes())
        except BrokenPipeError:
            pass  # ffmpeg stopped reading: its exit code and message tell why
        finally:
            with contextlib.suppress(BrokenPipeError):
                stdin.close()


def _failure(stderr: str, code: int, shown_as: Path) -> ExportError:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    text = " ".join(lines)
    if "No space left" in text:
        return describe_os_error(OSError(errno.ENOSPC, "No space left on device"), shown_as)
    if "Permission denied" in text:
        return describe_os_error(OSError(errno.EACCES, "Permission denied"), shown_as)
    reason = lines[-1] if lines else f"exit code {code}"
    return ExportError(f"ffmpeg failed writing {shown_as}: {reason}")
