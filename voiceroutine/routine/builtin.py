"""The routines that ship with voiceroutine, as YAML files next to this module."""

from __future__ import annotations

from pathlib import Path

DEFAULT_BUILTIN = "upper-back"
"""The routine every command uses when none is named."""

BUILTIN_DIR = Path(__file__).parent / "builtin"


def builtin_names() -> list[str]:
    """Names of the built-in routines, the default first, then alphabetical."""
    names = sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))
    return sorted(names, key=lambda n: n != DEFAULT_BUILTIN)


def builtin_path(name: str) -> Path | None:
    """The YAML file of built-in `name`, or None when there is no such built-in."""
    if name not in builtin_names():
        return None
    return BUILTIN_DIR / f"{name}.yaml"


def builtin_list() -> str:
    """The built-in names for a message: "upper-back (the default), desk-neck, tempo-strength"."""
    return ", ".join(f"{n} (the default)" if n == DEFAULT_BUILTIN else n for n in builtin_names())
