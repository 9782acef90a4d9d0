"""A folder with real exports (MP3 with its page and split parts, Ogg Opus) beside things that must never be served."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.export.helpers import built_timeline
from voiceroutine.export.exporter import default_tags, export_routine
from voiceroutine.serve import Share, share
from voiceroutine.timeline.model import Timeline


@dataclass(frozen=True)
class Shared:
    folder: Path
    outside: Path
    timeline: Timeline
    share: Share

    @property
    def base(self) -> str:
        return self.share.feed_url.removesuffix("/feed.xml")


def export_into(folder: Path, name: str, **options: object) -> Timeline:
    timeline, clips = built_timeline()
    export_routine(timeline, clips, folder / name, tags=default_tags(timeline, "standard", 1.0), **options)  # type: ignore[arg-type]
    return timeline


@pytest.fixture(scope="session")
def exports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Timeline]:
    root = tmp_path_factory.mktemp("serve")
    folder, outside = root / "routines", root / "outside"
    folder.mkdir()
    outside.mkdir()
    timeline = export_into(folder, "tiny.mp3", page=True, split=True)
    export_into(folder, "tiny-small.ogg")
    export_into(folder, "tiny-book.m4b")
    os.utime(folder / "tiny-small.ogg", (1_700_000_000, 1_700_000_000))  # older ones: listed after
    os.utime(folder / "tiny-book.m4b", (1_600_000_000, 1_600_000_000))
    (outside / "secret.mp3").write_bytes(b"not yours")
    (outside / "secret.html").write_text("not yours")
    (folder / "linked.mp3").symlink_to(outside / "secret.mp3")
    (folder / "outside").symlink_to(outside, target_is_directory=True)
    (folder / "notes.txt").write_text("private notes")
    (folder / ".hidden.mp3").write_bytes(b"hidden")
    return folder, outside, timeline


@pytest.fixture(scope="session")
def shared(exports: tuple[Path, Path, Timeline]) -> Iterator[Shared]:
    folder, outside, timeline = exports
    with share(folder, port=0) as running:
        yield Shared(folder, outside, timeline, running)
