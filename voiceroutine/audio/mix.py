"""Timeline + rendered clips -> one track of samples, every cue placed by sample index."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from voiceroutine.audio.format import Samples, ms_to_samples
from voiceroutine.audio.tones import tone_samples
from voiceroutine.timeline.model import CueKind, Timeline, Tone


def mix_timeline(timeline: Timeline, clips: Mapping[str, Samples]) -> Samples:
    """The whole routine as int16 samples: speech clips and tones written at their cue's start.

    Speech never overlaps speech (the builder guarantees it); tones are added on top with clipping.
    """
    out = np.zeros(ms_to_samples(timeline.total_ms), dtype=np.int32)
    for cue in timeline.cues:
        if cue.kind is CueKind.SPEECH:
            clip = clips[cue.text]
        elif cue.kind is CueKind.TONE:
            clip = tone_samples(Tone(cue.text))
        else:
            continue
        start = ms_to_samples(cue.start_ms)
        end = min(len(out), start + len(clip))
        out[start:end] += clip[: end - start]
    return np.clip(out, -32768, 32767).astype(np.int16)
