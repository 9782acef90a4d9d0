"""When a first export encodes while rendering and when it renders everything first (`rendered_first`): one named
decision, so each reason is tested here without ffmpeg or a voice."""

from __future__ import annotations

from pathlib import Path

import pytest

from voiceroutine.export.encode import Format
from voiceroutine.export.while_rendering import LONGEST_WHILE_RENDERING_MS, rendered_first

TEN_MINUTES = 10 * 60_000


def never_asked() -> bool:
    raise AssertionError("the speech cache was read although something else decided")


def test_a_first_mp3_or_ogg_export_of_an_uncached_routine_encodes_while_rendering() -> None:
    for chosen in (Format.MP3, Format.OGG):
        assert rendered_first(chosen, None, 0, TEN_MINUTES, lambda: False) is None


@pytest.mark.parametrize(("chosen", "music", "lead_in_ms", "estimated_ms", "reason"), [
    (Format.MP3, Path("bed.mp3"), 0, TEN_MINUTES, "music: the bed is levelled against the whole routine"),
    (Format.MP3, None, 5000, TEN_MINUTES, "a lead-in: the track is not the one play makes"),
    (Format.M4B, None, 0, TEN_MINUTES, "M4B: its tags and chapters go on ffmpeg's command line, before the audio"),
    (Format.WAV, None, 0, TEN_MINUTES, "WAV: its tags and chapters go on ffmpeg's command line, before the audio"),
    (Format.OGG, None, 0, LONGEST_WHILE_RENDERING_MS + 1,
     "longer than 30 minutes: not yet measured encoding while rendering (the limit dates from when the growing "
     "track was held in memory)"),
])
def test_each_reason_to_render_first_is_given_without_reading_the_cache(
        chosen: Format, music: Path | None, lead_in_ms: int, estimated_ms: int, reason: str) -> None:
    assert rendered_first(chosen, music, lead_in_ms, estimated_ms, never_asked) == reason


def test_a_routine_of_exactly_the_longest_length_still_encodes_while_rendering() -> None:
    assert rendered_first(Format.MP3, None, 0, LONGEST_WHILE_RENDERING_MS, lambda: False) is None


def test_a_warm_export_renders_first_because_nothing_needs_rendering() -> None:
    asked: list[bool] = []

    def cached() -> bool:
        asked.append(True)
        return True

    assert rendered_first(Format.MP3, None, 0, TEN_MINUTES, cached) == (
        "every phrase is in the speech cache: nothing to render")
    assert asked == [True]
