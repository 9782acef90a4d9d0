"""The finished track that the player plays and the exporter encodes: mixed, levelled, peaks limited.

Speech is levelled early (`clipgain.py`): each clip has its own gain, kept in the cache by its samples, so the
track needs no whole-routine measurement and any stretch can be made as soon as its clips exist. A track with
music is levelled as a whole (`master.master`, after the bed is set under the levelled speech); that result
(one gain and a ceiling) is remembered per routine and clips. The finished track itself is kept too, so
neither the player nor the exporter limits the peaks again; tracks are large (~28 MB for 11 minutes), so only
the most recently used ones are kept, up to TRACKS_CAP_BYTES in all.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Generator, Mapping
from pathlib import Path

import numpy as np

from voiceroutine.audio.clipgain import ClipGains
from voiceroutine.audio.format import Samples
from voiceroutine.audio.master import CEILING_DBTP, TARGET_LUFS, Mastering, Programme, early_mastering, master, render
from voiceroutine.cache import keep_levels, keeping, kept_track, read_levels
from voiceroutine.progress import MIXING, NO_PROGRESS, Progress, counted
from voiceroutine.timeline.model import CueKind, Timeline

MEMO_VERSION = 4
"""Bump when levelling or the files keeping it change, so remembered results are measured again."""
_LEVEL_FIELDS = ("gain", "ceiling", "loudness_lufs", "peak_dbtp")


def memo_key(timeline: Timeline, clips: Mapping[str, Samples], target_lufs: float,
             ceiling_dbtp: float = CEILING_DBTP) -> str:
    """A hash of everything that changes the levelling: the loudness target and peak ceiling, where each cue
    sits and the samples it plays."""
    h = hashlib.sha256(f"{MEMO_VERSION}|{target_lufs:.3f}|{ceiling_dbtp}|{timeline.total_ms}".encode())
    digests: dict[str, bytes] = {}
    for cue in timeline.cues:
        h.update(f"|{cue.start_ms}|{cue.kind.value}|{cue.text}".encode())
        if cue.kind is CueKind.SPEECH:
            if cue.text not in digests:
                digests[cue.text] = hashlib.sha256(clips[cue.text].tobytes()).digest()
            h.update(digests[cue.text])
    return h.hexdigest()


def _levelled(programme: Programme, target_lufs: float, ceiling_dbtp: float, memo_folder: Path, key: str,
              progress: Progress) -> Mastering:
    remembered = read_levels(memo_folder, key, _LEVEL_FIELDS, _insane)
    if remembered is not None:
        return Mastering(*(remembered[name] for name in _LEVEL_FIELDS))
    result = master(programme, target_lufs, ceiling_dbtp, progress)
    keep_levels(memo_folder, key, {name: getattr(result, name) for name in _LEVEL_FIELDS})
    return result


def _insane(values: Mapping[str, float]) -> str | None:
    if not (0 < values["gain"] <= 1000 and 0 < values["ceiling"] <= 1):
        return "its values are out of range"
    return None


def levelled_programme(timeline: Timeline, clips: Mapping[str, Samples], target_lufs: float = TARGET_LUFS,
                       ceiling_dbtp: float = CEILING_DBTP, memo_folder: Path | None = None) -> Programme:
    """The programme with every clip at its own gain for `target_lufs` (early gain), gains kept in `memo_folder`."""
    return Programme(timeline, clips, gains=ClipGains(target_lufs, ceiling_dbtp, memo_folder).of)


def finished_track(timeline: Timeline, clips: Mapping[str, Samples], memo_folder: Path | None = None,
                   progress: Progress = NO_PROGRESS, target_lufs: float = TARGET_LUFS,
                   ceiling_dbtp: float = CEILING_DBTP) -> Samples:
    """The whole levelled track, as a WAV export at `target_lufs` holds it; kept in `memo_folder` so a second play
    starts at once (the least recently used tracks are deleted once they pass TRACKS_CAP_BYTES). `progress` hears
    MIXING."""
    programme = levelled_programme(timeline, clips, target_lufs, ceiling_dbtp, memo_folder)
    _, chunks = finishing(programme, timeline, clips, target_lufs, memo_folder, ceiling_dbtp, progress)
    progress.step(MIXING, programme.length)
    with contextlib.closing(chunks):
        return np.concatenate([*counted(chunks, progress), np.zeros(0, dtype=np.int16)])


def finishing(
    programme: Programme,
    timeline: Timeline,
    clips: Mapping[str, Samples],
    target_lufs: float = TARGET_LUFS,
    memo_folder: Path | None = None,
    ceiling_dbtp: float = CEILING_DBTP,
    progress: Progress = NO_PROGRESS,
) -> tuple[Mastering, Generator[Samples, None, None]]:
    """The levelling and the finished track in chunks, for the player and the exporter alike; close the chunks
    when stopping early, so a track being kept is removed at once.

    With `memo_folder`, both are remembered: a kept track is read back instead of limited again, and a new one
    is kept as it streams past (atomically, once whole). A track with music is always made afresh. Levelling is
    told to `progress`; the chunks are the caller's to count.
    """
    early = programme.early and programme.music is None
    if memo_folder is None or programme.music is not None:
        mastering = early_mastering(ceiling_dbtp, target_lufs) if early else master(programme, target_lufs,
                                                                                     ceiling_dbtp, progress)
        return mastering, render(programme, mastering)
    key = memo_key(timeline, clips, target_lufs, ceiling_dbtp)
    if early:
        mastering = early_mastering(ceiling_dbtp, target_lufs)
    else:
        mastering = _levelled(programme, target_lufs, ceiling_dbtp, memo_folder, key, progress)
    kept = kept_track(memo_folder, key, programme.length)
    if kept is not None:
        return mastering, kept
    return mastering, keeping(render(programme, mastering), memo_folder, key, programme.length)
