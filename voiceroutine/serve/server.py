"""`serve`'s HTTP server: GET and HEAD only, every URL under an unguessable token, files only from the folder.

The standard library's ThreadingHTTPServer does the HTTP; what it lacks for phones (byte ranges, an answer of
"not found" for anything outside the share, quiet broken connections) is here. A web framework would bring a
dependency for one handler with five routes.

URLs, all under http://HOST:PORT/TOKEN:
  /            a page listing the routines (for a browser)
  /feed.xml    the podcast feed
  /cover.png   the feed's cover
  /covers/NAME.png   the cover embedded in the routine NAME
  /files/PATH  a file of the folder (the audio, its captions, chapters, page; split parts)
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import secrets
import socket
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import TCPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from voiceroutine.errors import EXIT_USAGE, ServeError
from voiceroutine.serve.episodes import Shelf
from voiceroutine.serve.feed import COVER_EXTENSIONS, FEED_TYPE, Addresses, feed_xml
from voiceroutine.serve.files import Span, Unsatisfiable, byte_range, find, plain_parts
from voiceroutine.serve.index import index_html

DEFAULT_PORT = 8531
LOOPBACK = "127.0.0.1"
TOKEN_BYTES = 18
"""secrets.token_urlsafe(18): 24 characters, 144 random bits."""
PAGE_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; "
               "media-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
"""The follow-along page is self-contained: it may play the audio beside it and nothing else."""


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def lan_address() -> str:
    """This machine's address on its local network: the one it would send from towards the internet. A UDP
    socket's connect sends nothing; it only picks the route."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1 (RFC 5737): never a real host
            address = str(probe.getsockname()[0])
    except OSError:
        address = ""
    if not address or address.startswith("127.") or address == "0.0.0.0":
        raise ServeError("no local network found: connect this computer to the phone's Wi-Fi, or serve without --lan")
    return address


class _Site:
    """What the handler answers from: the folder, its episodes and the addresses."""

    def __init__(self, folder: Path, token: str, at: Addresses, log: Callable[[str], None]) -> None:
        self.folder = folder
        self.token = token
        self.at = at
        self.log = log
        self.shelf = Shelf(folder)
        self.title = f"voiceroutine: {folder.name or folder}"
        self._cover_lock = threading.Lock()
        self._covers: dict[str, bytes] = {}

    def channel_cover(self) -> bytes:
        """The feed's own cover: the folder's name, with words in the feed's language (made once per wording)."""
        from voiceroutine.export.cover import CoverText, cover_png
        from voiceroutine.serve.feed import feed_words

        words = feed_words(self.shelf.episodes())
        with self._cover_lock:
            if words.cover not in self._covers:
                self._covers[words.cover] = cover_png(CoverText(self.folder.name or "voiceroutine", words.cover))
            return self._covers[words.cover]


class _Handler(BaseHTTPRequestHandler):
    server_version = "voiceroutine"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 60  # an idle phone connection is dropped after a minute
    server: _Server

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._answer(body=True)

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):  # every other method: POST, PUT, DELETE, PROPFIND...
            return self._not_allowed
        raise AttributeError(name)

    def _not_allowed(self) -> None:
        self.close_connection = True  # its body, if any, is not read
        self._plain(405, "method not allowed: this share is read-only", {"Allow": "GET, HEAD"})

    # routes

    def _answer(self, body: bool) -> None:
        site = self.server.site
        path = urlsplit(self.path).path
        token, slash, rest = path.removeprefix("/").partition("/")
        if not path.startswith("/") or not hmac.compare_digest(token.encode("utf-8", "surrogatepass"),
                                                               site.token.encode("ascii")):
            return self._not_found()
        if not slash:
            return self._plain(301, "moved", {"Location": f"/{site.token}/"})
        if rest == "":
            episodes = site.shelf.episodes()
            page = index_html(site.title, episodes, site.at).encode("utf-8")
            return self._bytes(page, "text/html; charset=utf-8", body)
        if rest == "feed.xml":
            return self._bytes(feed_xml(site.title, site.shelf.episodes(), site.at), FEED_TYPE, body)
        if rest == "cover.png":
            return self._bytes(site.channel_cover(), "image/png", body)
        kind, _, below = rest.partition("/")
        names = plain_parts(below) if below else None
        if names is None:
            return self._not_found()
        if kind == "covers" and len(names) == 1:
            return self._cover(names[0], body)
        if kind == "files":
            return self._file(names, body)
        return self._not_found()

    def _cover(self, name: str, body: bool) -> None:
        shelf = self.server.site.shelf
        for extension_type, extension in COVER_EXTENSIONS.items():
            if name.endswith(extension):
                episode = name.removesuffix(extension)
                if any(e.name == episode and e.cover_type == extension_type for e in shelf.episodes()):
                    cover = shelf.cover(episode)
                    if cover is not None:
                        return self._bytes(cover, extension_type, body)
        return self._not_found()

    def _file(self, names: tuple[str, ...], body: bool) -> None:
        found = find(self.server.site.folder, names)
        if found is None:
            return self._not_found()
        modified = datetime.fromtimestamp(found.mtime_ns / 1e9, timezone.utc)
        etag = f'"{found.size:x}-{found.mtime_ns:x}"'
        try:
            with open(found.path, "rb") as f:
                self._send(f, found.size, found.content_type, etag, modified, body)
        except OSError:
            self._not_found()

    # responses

    def _bytes(self, data: bytes, content_type: str, body: bool) -> None:
        import io

        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        self._send(io.BytesIO(data), len(data), content_type, etag, None, body)

    def _send(self, source: Any, size: int, content_type: str, etag: str, modified: datetime | None,
              body: bool) -> None:
        headers = {"ETag": etag, "Accept-Ranges": "bytes"}
        if modified is not None:
            headers["Last-Modified"] = format_datetime(modified.replace(microsecond=0), usegmt=True)
        if content_type.startswith("text/html"):
            headers["Content-Security-Policy"] = PAGE_POLICY
        if etag in (self.headers.get("If-None-Match") or "").replace(" ", "").split(","):
            return self._head(304, None, 0, headers)
        span: Span | None
        try:
            span = byte_range(self.headers.get("Range"), size) if self._range_applies(etag, modified) else None
        except Unsatisfiable:
            return self._plain(416, "range not satisfiable", {"Content-Range": f"bytes */{size}"})
        if span is None:
            span = Span(0, size - 1, size)
            self._head(200, content_type, size, headers)
        else:
            headers["Content-Range"] = f"bytes {span.start}-{span.end}/{size}"
            self._head(206, content_type, span.length, headers)
        if body and span.length > 0:
            self._copy(source, span)

    def _range_applies(self, etag: str, modified: datetime | None) -> bool:
        """If-Range: the range only if the client's copy is still this one."""
        condition = self.headers.get("If-Range")
        if condition is None:
            return True
        if condition.startswith(('"', "W/")):
            return condition == etag
        try:
            return modified is not None and parsedate_to_datetime(condition) >= modified.replace(microsecond=0)
        except (TypeError, ValueError):
            return False

    def _copy(self, source: Any, span: Span) -> None:
        if hasattr(source, "fileno") and not hasattr(source, "getvalue"):
            self.connection.sendfile(source, span.start, span.length)
        else:
            source.seek(span.start)
            self.wfile.write(source.read(span.length))

    def _head(self, code: int, content_type: str | None, length: int, headers: dict[str, str]) -> None:
        self.send_response(code)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()

    def _plain(self, code: int, text: str, headers: dict[str, str] | None = None) -> None:
        data = (text + "\n").encode("utf-8")
        self._head(code, "text/plain; charset=utf-8", len(data), headers or {})
        if self.command != "HEAD":
            self.wfile.write(data)

    def _not_found(self) -> None:
        self._plain(404, "not found")

    # the access log: one line a request, the token left out

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        site = self.server.site
        path = urlsplit(self.path).path.replace(site.token, "…", 1) if isinstance(self.path, str) else "?"
        status = int(code) if str(code).isdigit() else code
        site.log(f"{datetime.now():%H:%M:%S} {self.client_address[0]} {self.command} {path} {status}")

    def log_message(self, format: str, *args: Any) -> None:
        pass  # errors are answered in the status line above; nothing else is said


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    site: _Site

    def server_bind(self) -> None:
        TCPServer.server_bind(self)  # HTTPServer's would look up the host's name: slow with no DNS
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return  # a phone that stops a download or seeks elsewhere: normal
        self.site.log(f"voiceroutine: error answering {client_address[0]}: {type(error).__name__}: {error}")


class Share:
    """A folder being shared: the server runs on its own thread until `close()` (or the `with` block's end)."""

    def __init__(self, server: _Server, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread

    @property
    def feed_url(self) -> str:
        return self._server.site.at.feed

    @property
    def index_url(self) -> str:
        return self._server.site.at.index

    @property
    def folder(self) -> Path:
        return self._server.site.folder

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def episode_count(self) -> int:
        return len(self._server.site.shelf.episodes())

    def close(self) -> None:
        """Stop answering, close every connection and the socket; returns when the server has stopped."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> Share:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def shared_folder(folder: Path) -> Path:
    """`folder` as the real, absolute path of a folder; ServeError (bad usage) if it is none."""
    root = Path(folder).expanduser()
    if not root.exists():
        raise ServeError(f"folder not found: {folder}", exit_code=EXIT_USAGE)
    if not root.is_dir():
        raise ServeError(f"not a folder: {folder} (give the folder the routines were exported to)",
                         exit_code=EXIT_USAGE)
    return root.resolve()


def share(folder: Path, *, lan: bool = False, port: int = DEFAULT_PORT, token: str | None = None,
          log: Callable[[str], None] = lambda line: None,
          find_lan_address: Callable[[], str] = lan_address) -> Share:
    """Start sharing `folder` read-only over HTTP: on 127.0.0.1, or with `lan` on this machine's address on its
    local network; `port` 0 picks a free one. Every URL carries `token` (a new random one by default). `log`
    hears one line per request. Raises ServeError if the folder is missing or the port cannot be had."""
    root = shared_folder(folder)
    host = find_lan_address() if lan else LOOPBACK
    try:
        server = _Server((host, port), _Handler)
        bound = int(server.server_address[1])
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} is in use: choose another with --port (0 picks a free one)") from None
        if e.errno == errno.EACCES:
            raise ServeError(f"cannot listen on port {port}: permission denied (use a port above 1023)") from None
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    token = token or new_token()
    server.site = _Site(root, token, Addresses(f"http://{host}:{bound}/{token}"), log)
    thread = threading.Thread(target=server.serve_forever, name="voiceroutine-serve", daemon=True)
    thread.start()
    return Share(server, thread)
