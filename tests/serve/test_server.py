"""`serve` for real: a server on 127.0.0.1 (a free port), read by feedparser, http.client and Pillow."""

from __future__ import annotations

import http.client
import io
import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.export.helpers import needs_ffmpeg
from tests.serve.conftest import Shared, export_into
from voiceroutine.errors import ServeError
from voiceroutine.serve import share
from voiceroutine.serve.feed import ITUNES, PODCAST

pytestmark = [pytest.mark.e2e, needs_ffmpeg]


def get(url_or_path: str, share_: Shared | None = None, method: str = "GET",
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request with the path sent exactly as given (no client-side normalising of ../ or %2e)."""
    parts = urlsplit(url_or_path if "://" in url_or_path else f"http://127.0.0.1:{share_.share.port}{url_or_path}")  # type: ignore[union-attr]
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.putrequest(method, target, skip_accept_encoding=True)
        for key, value in (headers or {}).items():
            connection.putheader(key, value)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_the_feed_reads_in_a_podcast_parser(shared: Shared) -> None:
    import feedparser

    status, headers, body = get(shared.share.feed_url)
    assert status == 200 and headers["content-type"] == "application/rss+xml; charset=utf-8"
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "voiceroutine: routines"
    assert feed.feed.image.href == f"{shared.base}/cover.png"
    assert feed.feed.itunes_block == 1 and feed.feed.podcast_block == "yes"  # a private feed: in no directory
    assert [t["term"] for t in feed.feed.tags] == ["Health & Fitness", "Fitness"]
    assert [e.title for e in feed.entries] == ['Tiny </script> & "friends"'] * 3  # escaped right, newest first
    mp3, ogg, m4b = feed.entries
    for entry, name, kind in ((mp3, "tiny.mp3", "audio/mpeg"), (ogg, "tiny-small.ogg", "audio/ogg"),
                              (m4b, "tiny-book.m4b", "audio/x-m4a")):
        (enclosure,) = entry.enclosures
        assert enclosure.href == f"{shared.base}/files/{name}"
        assert enclosure.type == kind
        assert int(enclosure.length) == (shared.folder / name).stat().st_size
        assert entry.itunes_duration == str(-(-shared.timeline.total_ms // 1000))
        assert entry.summary.startswith("2 exercises: Neck roll, Shrug; length 0:")
        assert entry.image.href == f"{shared.base}/covers/{name}.png"
        assert entry.guidislink is False and entry.id.startswith("voiceroutine-")
    assert mp3.published_parsed > ogg.published_parsed > m4b.published_parsed
    assert time.strftime("%Y-%m-%d", ogg.published_parsed) == "2023-11-14"
    assert mp3.link == f"{shared.base}/files/tiny.html"  # the follow-along page is the episode's web page
    assert "link" not in ogg  # exported without --page
    assert len({mp3.id, ogg.id, m4b.id}) == 3


def test_the_feed_points_at_chapters_transcript_and_covers_that_are_served(shared: Shared) -> None:
    import jsonschema
    from PIL import Image

    from tests.export.test_tags import CHAPTERS_SCHEMA

    _, _, body = get(shared.share.feed_url)
    channel = ET.fromstring(body).find("channel")
    assert channel is not None
    assert channel.findtext(f"{{{ITUNES}}}explicit") == "false"  # Apple's spelling; feedparser knows only yes/clean
    item = channel.find("item")
    assert item is not None and item.findtext(f"{{{ITUNES}}}explicit") == "false"
    chapters = item.find(f"{{{PODCAST}}}chapters")
    transcript = item.find(f"{{{PODCAST}}}transcript")
    assert chapters is not None and chapters.get("type") == "application/json+chapters"
    assert transcript is not None and transcript.attrib == {
        "url": f"{shared.base}/files/tiny.vtt", "type": "text/vtt", "language": "en", "rel": "captions"}

    status, headers, data = get(chapters.get("url", ""))
    assert status == 200 and headers["content-type"] == "application/json+chapters"
    document = json.loads(data)
    jsonschema.validate(document, CHAPTERS_SCHEMA)
    assert [c["startTime"] for c in document["chapters"]] == [c.start_ms / 1000 for c in shared.timeline.chapters]

    status, headers, data = get(transcript.get("url", ""))
    assert status == 200 and headers["content-type"] == "text/vtt; charset=utf-8"
    assert data == (shared.folder / "tiny.vtt").read_bytes()

    from mutagen.id3 import ID3

    embedded = ID3(shared.folder / "tiny.mp3").getall("APIC")[0].data
    image = item.find(f"{{{ITUNES}}}image")
    assert image is not None
    status, headers, data = get(image.get("href", ""))
    assert (status, headers["content-type"], data) == (200, "image/png", embedded)
    for name in ("tiny-small.ogg", "tiny-book.m4b"):  # from METADATA_BLOCK_PICTURE and covr
        status, headers, data = get(f"{shared.base}/covers/{name}.png")
        assert status == 200 and data == embedded
    status, headers, data = get(f"{shared.base}/files/tiny-book.m4b", headers={"Range": "bytes=4-11"})
    assert (status, headers["content-type"], data) == (206, "audio/mp4", b"ftypM4B ")
    status, headers, data = get(f"{shared.base}/cover.png")
    assert status == 200 and Image.open(io.BytesIO(data)).size == (1400, 1400)  # what podcast directories ask
    assert get(f"{shared.base}/covers/tiny.mp3.jpg")[0] == 404
    assert get(f"{shared.base}/covers/notes.txt.png")[0] == 404


def test_files_whole_and_in_ranges(shared: Shared) -> None:
    audio = (shared.folder / "tiny.mp3").read_bytes()
    url = f"{shared.base}/files/tiny.mp3"
    status, headers, body = get(url)
    assert (status, headers["content-type"], int(headers["content-length"])) == (200, "audio/mpeg", len(audio))
    assert body == audio and headers["accept-ranges"] == "bytes"

    status, headers, body = get(url, headers={"Range": "bytes=100-1099"})
    assert (status, headers["content-range"], body) == (206, f"bytes 100-1099/{len(audio)}", audio[100:1100])
    status, headers, body = get(url, headers={"Range": "bytes=-500"})
    assert (status, int(headers["content-length"]), body) == (206, 500, audio[-500:])
    status, headers, body = get(url, headers={"Range": f"bytes={len(audio) - 10}-"})
    assert (status, body) == (206, audio[-10:])
    status, headers, _ = get(url, headers={"Range": f"bytes={len(audio)}-"})
    assert (status, headers["content-range"]) == (416, f"bytes */{len(audio)}")
    status, _, body = get(url, headers={"Range": "bytes=0-1,5-9"})
    assert (status, body) == (200, audio)

    # a range only for the same file (If-Range), and a copy still current needs no body
    status, _, body = get(url, headers={"Range": "bytes=0-9", "If-Range": headers_etag(shared, url)})
    assert (status, body) == (206, audio[:10])
    status, _, body = get(url, headers={"Range": "bytes=0-9", "If-Range": '"stale"'})
    assert (status, body) == (200, audio)
    status, _, body = get(url, headers={"If-None-Match": headers_etag(shared, url)})
    assert (status, body) == (304, b"")

    status, headers, body = get(url, method="HEAD")
    assert (status, int(headers["content-length"]), body) == (200, len(audio), b"")
    status, headers, body = get(f"{shared.base}/files/tiny/tiny.m3u8")  # the split export's playlist
    assert status == 200 and headers["content-type"] == "audio/x-mpegurl; charset=utf-8"
    assert body == (shared.folder / "tiny" / "tiny.m3u8").read_bytes()
    part = sorted((shared.folder / "tiny").glob("02 - *.mp3"))[0]
    assert get(f"{shared.base}/files/tiny/{part.name.replace(' ', '%20')}")[2] == part.read_bytes()


def headers_etag(shared: Shared, url: str) -> str:
    return get(url, method="HEAD")[1]["etag"]


def test_the_page_is_served_with_a_policy_that_lets_it_fetch_nothing_else(shared: Shared) -> None:
    status, headers, body = get(f"{shared.base}/files/tiny.html")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert body == (shared.folder / "tiny.html").read_bytes()
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "media-src 'self'" in headers["content-security-policy"]
    assert headers["referrer-policy"] == "no-referrer" and headers["x-content-type-options"] == "nosniff"
    status, _, body = get(f"{shared.base}/")
    assert status == 200 and b"tiny.html" in body and shared.share.feed_url.encode() in body
    assert b"Tiny &lt;/script&gt; &amp; &quot;friends&quot;" in body


@pytest.mark.parametrize("path", [
    "/feed.xml", "/", "/files/tiny.mp3", "/{bad}/feed.xml", "/{bad}/files/tiny.mp3", "/{short}/feed.xml",
    "/{token}x/feed.xml", "/x{token}/feed.xml", "/{upper}/feed.xml",
])
def test_a_wrong_or_missing_token_is_not_found(shared: Shared, path: str) -> None:
    token = shared.base.rsplit("/", 1)[1]
    assert len(token) >= 24
    path = path.format(token=token, bad="A" * len(token), short=token[:-1], upper=token.upper())
    status, _, body = get(path, shared)
    assert (status, body) == (404, b"not found\n")


@pytest.mark.parametrize("below", [
    "../outside/secret.mp3", "files/../../outside/secret.mp3", "files/../feed.xml",
    "files/%2e%2e/%2e%2e/outside/secret.mp3",
    "files/%2E%2E%2F%2E%2E%2Foutside%2Fsecret.mp3", "files/..%2f..%2foutside%2fsecret.mp3",
    "files/..%5c..%5coutside%5csecret.mp3", "files//etc/passwd", "files/%2fetc%2fpasswd",
    "files/linked.mp3", "files/outside/secret.mp3", "files/outside/secret.html", "files/notes.txt",
    "files/.hidden.mp3", "files/%2ehidden.mp3", "files/tiny", "files/", "files/tiny.mp3%00.txt",
    "covers/../../outside/secret.mp3", "covers/linked.mp3.png", "other/tiny.mp3",
])
def test_nothing_outside_the_folder_nor_unshared_in_it(shared: Shared, below: str) -> None:
    token = shared.base.rsplit("/", 1)[1]
    status, _, body = get(f"/{token}/{below}", shared)
    assert (status, body) == (404, b"not found\n")
    assert b"not yours" not in body


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "MKCOL"])
def test_it_is_read_only(shared: Shared, method: str) -> None:
    status, headers, _ = get(f"{shared.base}/files/tiny.mp3", method=method)
    assert (status, headers["allow"]) == (405, "GET, HEAD")
    assert (shared.folder / "tiny.mp3").exists()


def test_a_routine_exported_while_serving_shows_up(shared: Shared) -> None:
    import feedparser

    export_into(shared.folder, "later.mp3")
    try:
        feed = feedparser.parse(get(shared.share.feed_url)[2])
        names = [e.enclosures[0].href.rsplit("/", 1)[1] for e in feed.entries]
        assert names == ["later.mp3", "tiny.mp3", "tiny-small.ogg", "tiny-book.m4b"]
    finally:
        for name in ("later.mp3", "later.vtt", "later.lrc", "later.chapters.json"):
            (shared.folder / name).unlink()


def test_each_share_has_its_own_token_and_loopback_unless_lan(tmp_path: Path) -> None:
    with share(tmp_path, port=0) as one, share(tmp_path, port=0) as two:
        assert urlsplit(one.feed_url).hostname == "127.0.0.1"
        assert one.feed_url.rsplit("/", 2)[1] != two.feed_url.rsplit("/", 2)[1]
        assert one.episode_count() == 0
    with share(tmp_path, port=0, lan=True, find_lan_address=lambda: "127.0.0.1") as lan:
        assert get(lan.feed_url)[0] == 200


def test_one_line_for_a_missing_folder_or_a_taken_port(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match=r"^folder not found: .*nowhere$") as missing:
        share(tmp_path / "nowhere", port=0)
    assert missing.value.exit_code == 2
    (tmp_path / "file.mp3").write_bytes(b"")
    with pytest.raises(ServeError, match=r"^not a folder: ") as not_folder:
        share(tmp_path / "file.mp3", port=0)
    assert not_folder.value.exit_code == 2
    with share(tmp_path, port=0) as first:
        with pytest.raises(ServeError, match=rf"^port {first.port} is in use: choose another with --port") as taken:
            share(tmp_path, port=first.port)
        assert taken.value.exit_code == 1
