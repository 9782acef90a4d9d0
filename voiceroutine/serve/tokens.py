"""The secret in a share's addresses, kept per folder so the feed's address stays the same from one `serve` to
the next and a podcast app stays subscribed. A new one (`--new-token`) makes every old address stop working.

Kept in serve-tokens.json in the data folder (paths.py), readable by its owner only. A damaged file is replaced
(the addresses change once); one that cannot be written leaves this run's token working, with a warning.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from pathlib import Path

from voiceroutine.serve.server import new_token, shared_folder

_TOKEN = re.compile(r"[A-Za-z0-9_-]{24,}")
log = logging.getLogger("voiceroutine.serve")


def _read(store: Path) -> dict[str, str]:
    try:
        data = json.loads(store.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str) and _TOKEN.fullmatch(v)}


def _write(store: Path, tokens: dict[str, str]) -> None:
    store.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=store.parent, prefix=f".{store.name}.", suffix=".part")  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(tokens, f, indent=1, sort_keys=True)
            f.write("\n")
        os.replace(temp, store)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def folder_token(folder: Path, new: bool = False, store: Path | None = None) -> str:
    """The token of `folder`'s addresses: the one kept for it, else (or with `new`) a new one, kept. ServeError
    if `folder` is no folder."""
    from voiceroutine.paths import serve_tokens

    where = store or serve_tokens().path
    key = str(shared_folder(folder))
    tokens = _read(where)
    if not new and key in tokens:
        return tokens[key]
    tokens[key] = new_token()
    try:
        _write(where, tokens)
    except OSError as e:
        log.warning(f"cannot keep the address for next time in {where}: {e.strerror or e}")
    return tokens[key]
