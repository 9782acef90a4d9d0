"""The ffmpeg adapter: raw samples piped to its stdin, tags and chapters from an FFMETADATA file, no shell."""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import queue
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import numpy as np
import numpy.typing as npt

from voiceroutine.audio.format import SAMPLE_RATE, Samples
from voiceroutine.errors import EXIT_USAGE, ExportError
from voiceroutine.export import watchdog
from voiceroutine.export.chapters import Tags, ffmetadata, metadata_args
from voiceroutine.export.files import describe_os_error
from voiceroutine.export.id3 import id3_tag
from voiceroutine.export.watchdog import Watchdog
from voiceroutine.ffmpeg import ffmpeg_program, find_ffmpeg
from voiceroutine.timeline.model import Chapter

Floats = npt.NDArray[np.float32]
Labels = Callable[[], tuple[Tags | None, Sequence[Chapter]]]
"""The tags and chapters of a file, asked for when they are written (after the audio, for MP3)."""


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
            raise ExportError(f"unknown format {key!r}: choose one of {choices}", exit_code=EXIT_USAGE) from None

    @property
    def level_offset_db(self) -> float:
        """Level lost in this format's encode-decode round trip, made up before encoding.

        libmp3lame at 22.05 kHz comes back 0.45 dB quieter (measured on sine and speech alike;
        tests/export checks the file itself measures -16 LUFS).
        """
        return 0.45 if self is Format.MP3 else 0.0

    @property
    def labels_after_audio(self) -> bool:
        """Whether its tags and chapters are written after ffmpeg has encoded the audio (MP3: an ID3 tag of our own
        in front; Ogg: with mutagen), so the audio can be encoded before they are known."""
        return self in (Format.MP3, Format.OGG)

    @property
    def has_chapters(self) -> bool:
        return self in (Format.MP3, Format.M4B, Format.OGG)

    @property
    def ceiling_dbtp(self) -> float:
        """The limiter's true-peak ceiling before encoding: low enough that the file itself stays under -1 dBTP.

        Lossy codecs add overshoot; measured on the built-in routines (Piper and espeak-ng voices, decoded
        files): MP3 0.2 to 0.7 dB, AAC 0.8 to 0.9 dB, Opus 2.2 to 2.3 dB. The export measures the decoded
        file anyway and corrects what still goes over; these only make that rare.
        """
        return {Format.M4B: -3.0, Format.OGG: -4.0}.get(self, -2.5)

    @property
    def decoded_rate(self) -> int:
        """The sample rate its decoder gives back (Opus always decodes at 48 kHz)."""
        return 48_000 if self is Format.OGG else SAMPLE_RATE


def output_format(out: Path, fmt: str | None) -> tuple[Path, Format]:
    """The format asked for (or implied by the extension, mp3 by default) and the output path with its extension.
    Here beside `Format`, not in the exporter, so the export command checks its output before it imports the
    exporter (it imports the rest of the export beside the voice loading)."""
    if fmt is None:
        chosen = Format.parse(out.suffix) if out.suffix else Format.MP3
        return (out if out.suffix else out.with_name(out.name + ".mp3")), chosen
    chosen = Format.parse(fmt)
    if not out.suffix:
        return out.with_name(f"{out.name}.{chosen.value}"), chosen
    if Format.parse(out.suffix) is not chosen:
        raise ExportError(f"output {out.name} does not match --format {fmt}: use a .{chosen.value} name",
                          exit_code=EXIT_USAGE)
    return out, chosen


MP3_QUALITY = 7
"""LAME's quality (`-q`, ffmpeg's `-compression_level`; 0 best, 9 fastest) for every MP3, where LAME's default is
3. Quality 7 leaves out LAME's noise shaping, which at 64 kbps for 22.05 kHz mono buys nothing measurable on
speech: the noise left in every band from 0 to 11 kHz is as low or lower at 7, and the recogniser's word error
rate, the onsets and the loudness do not move (docs/exports.md, "MP3 settings"). It costs LAME about two thirds
of the CPU of quality 3 on speech, and half on a track with a music bed, which is never silent."""


WHOLE_BLOCKS = ["-flush_packets", "0"]
"""ffmpeg writes its output in blocks of 32 KB, not a write for every packet: an MP3 frame is 26 ms of audio, so
the stream of the built-in routine was 24,500 writes, and its decoding to check it as many again into a pipe
(1,700 each with this; the file and the samples are the same)."""


_CODEC: dict[Format, list[str]] = {
    Format.MP3: ["-c:a", "libmp3lame", "-b:a", "64k", "-ar", str(SAMPLE_RATE), "-id3v2_version", "0", "-f", "mp3",
                 "-compression_level", str(MP3_QUALITY)],
    Format.M4B: ["-c:a", "aac", "-b:a", "64k", "-ar", str(SAMPLE_RATE), "-movflags", "+faststart", "-f", "ipod"],
    Format.WAV: ["-c:a", "pcm_s16le", "-f", "wav"],
    Format.OGG: ["-c:a", "libopus", "-b:a", "32k", "-ar", "24000", "-application", "voip", "-f", "ogg"],
}


class Ffmpeg:
    """Encodes int16 mono samples into a file with ffmpeg: `binary` if given, else the one voiceroutine/ffmpeg.py
    finds ($VOICEROUTINE_FFMPEG, the config's `ffmpeg`, PATH)."""

    def __init__(self, binary: str | None = None, stall_s: float | None = None) -> None:
        self.binary = binary
        self.stall_s = stall_s if stall_s is not None else watchdog.stall_seconds()
        """How long ffmpeg may go without progress before it is killed (watchdog.py)."""

    def is_available(self) -> bool:
        return find_ffmpeg(self.binary).program is not None

    def program(self) -> str:
        """The ffmpeg to run; MissingProgramError saying what to do when there is none."""
        return ffmpeg_program(self.binary)

    def command(self, fmt: Format, metadata: Path | None, out: Path, texts: Sequence[str] = (),
                channels: int = 1) -> list[str]:
        """The ffmpeg argument list; chapter times come from `metadata` (an FFMETADATA file) when given, tags and
        chapter titles from `texts` (`metadata_args`)."""
        binary = self.program()
        source = ["-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "pipe:0"]
        if metadata is None:
            tagging = ["-map", "0:a", "-map_metadata", "-1"]
        else:  # a second input makes ffmpeg read in threads; a longer queue saves it CPU (measured)
            source[-2:-2] = ["-thread_queue_size", "1024"]
            tagging = ["-i", str(metadata), "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1"]
        return [binary, "-nostdin", "-hide_banner", "-loglevel", "error", *source, *tagging, *texts,
                *_channels(channels), *_CODEC[fmt], *WHOLE_BLOCKS, "-y", str(out)]

    def encode(self, chunks: Iterable[Samples], fmt: Format, tags: Tags | Labels | None,
               chapters: Sequence[Chapter],
               out: Path, shown_as: Path, channels: int = 1, stopped: threading.Event | None = None,
               written: threading.Event | None = None) -> None:
        """Write `chunks` with `tags` and `chapters` to `out`, a temp the caller renames (`shown_as` in messages).

        MP3 gets an ID3 tag of our own in front of ffmpeg's stream (one ffmpeg input is also much cheaper);
        other formats get chapter times through an FFMETADATA file and every text on ffmpeg's command line, no
        tags or chapters at all when `tags` is None. `tags` may be `Labels`, giving both (its `chapters` unused):
        it is called once the audio is encoded for MP3 (`Format.labels_after_audio`), so a track still being
        made can be encoded before its timeline is whole; before ffmpeg starts for the others.
        `channels` 2 writes the mono track to both channels. On any failure or Ctrl-C ffmpeg is killed and
        intermediate files removed before the error propagates; `stopped` is set as soon as the encode stops
        taking chunks, early or not, so a source that waits for its samples stops waiting. For MP3, `written` is
        set once ffmpeg has stopped writing its stream (`stream_of(out)`, which `decoded_as_written` follows), and
        the stream is then left for the one following it to remove.
        """
        labels: Labels = tags if callable(tags) else (lambda: (tags, chapters))  # type: ignore[assignment,return-value]
        if fmt is Format.MP3:
            stream = stream_of(out)
            try:
                try:
                    self._run(chunks, fmt, None, stream, shown_as, channels, stopped=stopped)
                finally:
                    if written is not None:
                        written.set()
                final, marks = labels()
                tag = id3_tag(final, marks) if final is not None else b""
                try:
                    with open(out, "wb") as target, open(stream, "rb") as source:
                        target.write(tag)
                        shutil.copyfileobj(source, target, 1 << 20)
                except OSError as e:
                    raise describe_os_error(e, shown_as) from None
            finally:
                if written is None:  # a followed stream is removed by its reader, once it has closed it (Windows
                    stream.unlink(missing_ok=True)  # removes no open file)
            return
        final, marks = labels()
        if final is None:
            self._run(chunks, fmt, None, out, shown_as, channels, stopped=stopped)
            return
        with tempfile.TemporaryDirectory(prefix="voiceroutine-") as folder:
            meta = Path(folder) / "metadata.txt"
            meta.write_text(ffmetadata(marks), encoding="utf-8")
            self._run(chunks, fmt, meta, out, shown_as, channels, metadata_args(final, marks), stopped)

    def decoded(self, path: Path, rate: int, channels: int, frames: int = 1 << 18,
                shown_as: Path | None = None) -> Iterator[Floats]:
        """The file at `path` decoded to float samples (full scale 1.0, not clipped), `frames` x `channels` at a time.

        Used to measure what the listener gets; ExportError if ffmpeg cannot decode it (named `shown_as`, the
        file it will become, when `path` is a temp) or stops making progress.
        """
        yield from self._decoded(path, None, rate, channels, frames, shown_as)

    def decoded_as_written(self, source: BinaryIO, written: threading.Event, abandoned: threading.Event, rate: int,
                           channels: int, frames: int = 1 << 16, shown_as: Path | None = None) -> Iterator[Floats]:
        """`decoded` of an MP3 stream another ffmpeg is still writing (`encode`'s `stream_of(out)`, opened as
        `source` before the encode starts, so a short one cannot be written and gone before it is read), read as
        it grows until `written` is set: the check of a file runs beside its encode, not after it. Setting
        `abandoned` stops the decoder at once (the encode failed).

        The samples are the finished file's, each the same float, shifted later by a few hundred (ffmpeg writes the
        stream's first frame, its LAME header, again at the end: read before that, the encoder's delay is not
        taken off) and followed by the encoder's padding; so the true peak is the file's, its places are not.
        In pieces of a quarter of `decoded`'s: this check runs beside the voice, whose memory is the export's peak."""
        following = (source, written, abandoned)
        yield from self._decoded(Path(source.name), following, rate, channels, frames, shown_as)

    def _decoded(self, path: Path, following: tuple[BinaryIO, threading.Event, threading.Event] | None, rate: int,
                 channels: int, frames: int, shown_as: Path | None) -> Iterator[Floats]:
        name = (shown_as or path).name
        binary = self.program()
        source = str(path) if following is None else "pipe:0"
        command = [binary, "-nostdin", "-hide_banner", "-loglevel", "error", "-i", source, "-map", "0:a:0",
                   "-f", "f32le", "-acodec", "pcm_f32le", "-ar", str(rate), "-ac", str(channels), *WHOLE_BLOCKS,
                   "pipe:1"]
        with tempfile.TemporaryFile() as errors:
            try:
                process = subprocess.Popen(command, stdin=subprocess.DEVNULL if following is None else subprocess.PIPE,
                                           stdout=subprocess.PIPE, stderr=errors)
            except OSError as e:
                raise ExportError(f"cannot run ffmpeg: {e.strerror}") from None
            stdout = process.stdout
            assert stdout is not None
            feeder: threading.Thread | None = None
            try:
                with Watchdog(process, self.stall_s) as dog:
                    if following is not None:
                        feeder = threading.Thread(target=_follow, args=(*following, process, dog),
                                                  name="voiceroutine-follow", daemon=True)
                        feeder.start()
                    size = 4 * channels * frames
                    while data := stdout.read(size):
                        dog.progress()
                        whole = len(data) - len(data) % (4 * channels)
                        yield np.frombuffer(data[:whole], dtype="<f4").reshape(-1, channels)
                    code = process.wait()  # the watchdog kills a stalled ffmpeg
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait()
                stdout.close()
                if feeder is not None:
                    feeder.join()
            if dog.stalled:
                raise ExportError(f"ffmpeg stopped making progress decoding {name} to check it (nothing for "
                                  f"{self.stall_s:g} s): it was stopped")
            if code != 0:
                errors.seek(0)
                reason = errors.read().decode("utf-8", "replace").strip().splitlines() or [f"exit code {code}"]
                raise ExportError(f"ffmpeg cannot decode {name} to check it: {reason[-1].replace(str(path), name)}")

    def _run(self, chunks: Iterable[Samples], fmt: Format, metadata: Path | None, out: Path, shown_as: Path,
             channels: int = 1, texts: Sequence[str] = (), stopped: threading.Event | None = None) -> None:
        command = self.command(fmt, metadata, out, texts, channels)
        with tempfile.TemporaryFile() as errors:
            try:
                process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors)
            except OSError as e:
                raise ExportError(f"cannot run ffmpeg: {e.strerror}") from None
            try:
                with Watchdog(process, self.stall_s, out) as dog:
                    self._feed(process, chunks, dog, stopped)
                    code = process.wait()  # the watchdog kills a stalled ffmpeg
            except BaseException:
                process.kill()
                process.wait()
                raise
            if dog.stalled:
                raise ExportError(f"ffmpeg stopped making progress writing {shown_as} (nothing for "
                                  f"{self.stall_s:g} s): it was stopped")
            if code != 0:
                errors.seek(0)
                raise _failure(errors.read().decode("utf-8", "replace"), code, shown_as)
            try:
                written = os.stat(out).st_size
            except OSError:
                written = 0
            if not written:
                raise ExportError(f"ffmpeg wrote nothing for {shown_as} though it reported success: check the "
                                  f"ffmpeg it runs ({command[0]}; `voiceroutine paths` shows which)")

    @staticmethod
    def _feed(process: subprocess.Popen[bytes], chunks: Iterable[Samples], dog: Watchdog,
              stopped: threading.Event | None = None) -> None:
        """Write the chunks to ffmpeg while the next ones are computed in a thread (numpy lets go of the GIL);
        `stop` (the caller's `stopped`, when given) is set once no more are taken."""
        stdin = process.stdin
        assert stdin is not None
        ready: queue.Queue[memoryview | BaseException | None] = queue.Queue(maxsize=3)
        stop = stopped if stopped is not None else threading.Event()

        def produce() -> None:
            try:
                for chunk in chunks:
                    data = np.ascontiguousarray(chunk, dtype="<i2").data  # no copy into bytes
                    while not stop.is_set():
                        try:
                            ready.put(data, timeout=0.1)
                            break
                        except queue.Full:
                            continue
                    if stop.is_set():
                        return
                ready.put(None)
            except BaseException as e:  # handed to the writing thread, which raises it
                ready.put(e)

        producer = threading.Thread(target=produce, name="voiceroutine-mix", daemon=True)
        producer.start()
        try:
            while (item := ready.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                stdin.write(item)
                dog.progress()
        except BrokenPipeError:
            pass  # ffmpeg stopped reading: its exit code and message tell why
        finally:
            stop.set()
            with contextlib.suppress(queue.Empty):
                while True:
                    ready.get_nowait()
            producer.join()
            with contextlib.suppress(BrokenPipeError):
                stdin.close()


def stream_of(out: Path) -> Path:
    """Where `Ffmpeg.encode` has ffmpeg write an MP3's stream, before its ID3 tag goes in front (beside `out`)."""
    return out.with_name(out.name + ".stream")


FOLLOW_S = 0.02
"""How often a file being written is looked at for more bytes (`decoded_as_written`)."""


def _follow(source: BinaryIO, written: threading.Event, abandoned: threading.Event, process: subprocess.Popen[bytes],
            dog: Watchdog) -> None:
    """Feed the bytes of `source` to `process`'s stdin as another process writes them, until `written` is set and
    all are fed, or kill it once `abandoned` is; waiting for the writer counts as progress (the writer has a
    watchdog of its own)."""
    stdin = process.stdin
    assert stdin is not None
    try:
        while True:
            if abandoned.is_set():
                process.kill()
                break
            done = written.is_set()  # before the read: what the writer wrote before it was set is read below
            data = source.read(1 << 16)
            if data:
                stdin.write(data)
                continue
            if done:
                break
            dog.progress()
            written.wait(FOLLOW_S)
    except OSError:
        pass  # the decoder stopped, or the stream was never written: its exit code and length tell
    finally:
        with contextlib.suppress(BrokenPipeError, OSError):
            stdin.close()


def _channels(count: int) -> list[str]:
    """Output channels: stereo is the mono track on both sides at full level (ffmpeg's own upmix would lower
    each side by 3 dB, as for a centre speaker)."""
    return ["-ac", "1"] if count == 1 else ["-af", "pan=stereo|c0=c0|c1=c0", "-ac", "2"]


def _failure(stderr: str, code: int, shown_as: Path) -> ExportError:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    text = " ".join(lines)
    if "No space left" in text:
        return describe_os_error(OSError(errno.ENOSPC, "No space left on device"), shown_as)
    if "Permission denied" in text:
        return describe_os_error(OSError(errno.EACCES, "Permission denied"), shown_as)
    reason = lines[-1] if lines else f"exit code {code}"
    return ExportError(f"ffmpeg failed writing {shown_as}: {reason}")
