"""Which request paths reach which files, content types and byte ranges: pure parts of `serve`, on real folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from voiceroutine.serve.files import Span, Unsatisfiable, byte_range, content_type, find, plain_parts


@pytest.mark.parametrize(("path", "names"), [
    ("back.mp3", ("back.mp3",)),
    ("back%20day.mp3", ("back day.mp3",)),
    ("back/01%20-%20Introduction.mp3", ("back", "01 - Introduction.mp3")),
    ("caf%C3%A9.mp3", ("café.mp3",)),
])
def test_plain_names_are_decoded(path: str, names: tuple[str, ...]) -> None:
    assert plain_parts(path) == names


@pytest.mark.parametrize("path", [
    "../secret.mp3", "a/../../secret.mp3", "..", ".", "a//b.mp3", "a/", "",
    "%2e%2e/secret.mp3", "%2E%2E/secret.mp3", ".%2e/secret.mp3", "a/%2e%2e/%2e%2e/secret.mp3",
    "..%2fsecret.mp3", "%2e%2e%2fsecret.mp3", "a%2f..%2f..%2fsecret.mp3", "..%5csecret.mp3", "a%5cb.mp3",
    "%00.mp3", "a%00/b.mp3", ".hidden.mp3", "%2ehidden.mp3", ".back.mp3.1234.part", "%ff.mp3",
])
def test_anything_but_plain_names_is_refused(path: str) -> None:
    assert plain_parts(path) is None


@pytest.mark.parametrize(("name", "expected"), [
    ("r.mp3", "audio/mpeg"), ("r.m4b", "audio/mp4"), ("r.ogg", "audio/ogg"), ("r.WAV", "audio/wav"),
    ("r.vtt", "text/vtt; charset=utf-8"), ("r.chapters.json", "application/json+chapters"),
    ("r.html", "text/html; charset=utf-8"), ("r.m3u8", "audio/x-mpegurl; charset=utf-8"), ("cover.png", "image/png"),
    ("r.json", None), ("notes.txt", None), ("r.py", None), ("r.mp3.bak", None), ("Makefile", None),
])
def test_only_what_an_export_writes_has_a_type(name: str, expected: str | None) -> None:
    assert content_type(name) == expected


def test_find_keeps_to_the_folder_and_to_regular_files(tmp_path: Path) -> None:
    shared, outside = tmp_path / "shared", tmp_path / "outside"
    (shared / "r").mkdir(parents=True)
    outside.mkdir()
    (shared / "r.mp3").write_bytes(b"ID3 audio")
    (shared / "r" / "01 - Intro.mp3").write_bytes(b"part")
    (outside / "secret.mp3").write_bytes(b"secret")
    (shared / "out.mp3").symlink_to(outside / "secret.mp3")
    (shared / "linked-out").symlink_to(outside, target_is_directory=True)
    (shared / "same.mp3").symlink_to(shared / "r.mp3")
    (shared / "notes.txt").write_text("private")
    os.mkfifo(shared / "pipe.mp3")
    (shared / "folder.mp3").mkdir()

    found = find(shared, ("r.mp3",))
    assert found is not None and found.size == 9 and found.content_type == "audio/mpeg"
    assert find(shared, ("r", "01 - Intro.mp3")) is not None
    assert find(shared, ("same.mp3",)) is not None  # a link that stays inside is the file it points at
    for names in [("out.mp3",), ("linked-out", "secret.mp3"), ("notes.txt",), ("pipe.mp3",), ("folder.mp3",),
                  ("missing.mp3",), ("r.mp3", "x.mp3")]:
        assert find(shared, names) is None, names


@pytest.mark.parametrize(("header", "span"), [
    (None, None),
    ("bytes=0-", Span(0, 999, 1000)),
    ("bytes=100-199", Span(100, 199, 1000)),
    ("bytes=900-5000", Span(900, 999, 1000)),
    ("bytes=-100", Span(900, 999, 1000)),
    ("bytes=-5000", Span(0, 999, 1000)),
    ("bytes=999-999", Span(999, 999, 1000)),
    (" bytes = 5 - 6 ", Span(5, 6, 1000)),
    ("bytes=0-1,5-6", None),  # several ranges: the whole file
    ("bytes=200-100", None),  # malformed: ignored
    ("bytes=-", None), ("items=0-5", None), ("bytes=a-b", None),
])
def test_byte_ranges(header: str | None, span: Span | None) -> None:
    assert byte_range(header, 1000) == span


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5000-6000", "bytes=-0"])
def test_a_range_past_the_end_is_unsatisfiable(header: str) -> None:
    with pytest.raises(Unsatisfiable):
        byte_range(header, 1000)
