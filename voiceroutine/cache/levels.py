"""Levels entries: a few numbers worked out from a routine's clips (`levels/KEY.json`), with their key and a
SHA-256 of the values, so a damaged or swapped entry is measured again instead of used."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from voiceroutine.cache.files import LEVELS_FOLDER, dropped_entry, remember
from voiceroutine.regular import NotRegularError, TooLargeError, read_regular

MAX_LEVELS_BYTES = 4096
"""A levels entry is about 200 bytes; anything larger is not one."""

Sane = Callable[[Mapping[str, float]], str | None]
"""What is wrong with a set of values read back (None: nothing)."""


def levels_path(folder: Path, key: str) -> Path:
    return folder / LEVELS_FOLDER / f"{key}.json"


def _check(fields: Mapping[str, object], names: Sequence[str]) -> str:
    """SHA-256 of an entry's key and values, as written (floats in full by repr)."""
    values = "|".join(repr(fields[name]) for name in ("key", *names))
    return hashlib.sha256(values.encode()).hexdigest()


def read_levels(folder: Path, key: str, names: Sequence[str], sane: Sane | None = None) -> dict[str, float] | None:
    """The values kept for `key`; None when missing, and None (reported, removed) when damaged."""
    path = levels_path(folder, key)
    try:
        data = json.loads(read_regular(path, MAX_LEVELS_BYTES, follow=False))
    except (NotRegularError, TooLargeError) as e:
        dropped_entry(path, e.strerror or str(e))
        return None
    except OSError:
        return None  # not measured yet
    except ValueError:
        data = None
    reason = _damage(data, key, names, sane)
    if reason is not None:
        dropped_entry(path, reason)
        return None
    return {name: data[name] for name in names}


def _damage(data: object, key: str, names: Sequence[str], sane: Sane | None) -> str | None:
    if not isinstance(data, dict) or not all(isinstance(data.get(name), float) for name in names):
        return "it holds no levels"
    if data.get("key") != key or data.get("check") != _check(data, names):
        return "its checksum or key does not match"
    return sane({name: data[name] for name in names}) if sane is not None else None


def keep_levels(folder: Path, key: str, values: Mapping[str, float]) -> None:
    """Remember `values` for `key` (best effort: a read-only cache keeps nothing)."""
    fields: dict[str, object] = {"key": key, **{name: float(value) for name, value in values.items()}}
    fields["check"] = _check(fields, list(values))
    remember(levels_path(folder, key), json.dumps(fields).encode())
