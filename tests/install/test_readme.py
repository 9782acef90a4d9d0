"""The install commands in the README and docs/install.md are the ones the program's own hints give
(install_hints.py), for every package manager they show."""

from __future__ import annotations

from pathlib import Path

import pytest

from voiceroutine.install_hints import _INSTALL, _PACKAGES, Platform, System, Tool, install_command

ROOT = Path(__file__).resolve().parents[2]
DOCS = {name: (ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "docs/install.md")}
MANAGERS = {"apt-get": System.LINUX, "dnf": System.LINUX, "pacman": System.LINUX, "brew": System.MACOS,
            "winget": System.WINDOWS}


def packages_in(text: str, manager: str) -> set[str]:
    """Everything the documents install with `manager`, from every line that uses it."""
    prefix = _INSTALL[manager].format("")
    found: set[str] = set()
    for line in text.splitlines():
        for part in line.replace("`", ";").split(";"):
            part = part.strip()
            if part.startswith(prefix):
                found.update(part.removeprefix(prefix).split())
    return found


@pytest.mark.parametrize("document", DOCS)
@pytest.mark.parametrize("manager", MANAGERS)
def test_the_documented_commands_install_what_the_hints_name(document: str, manager: str) -> None:
    documented = packages_in(DOCS[document], manager)
    platform = Platform(MANAGERS[manager], (manager,))
    tools = [Tool.FFMPEG, Tool.ESPEAK] + ([Tool.COMPILER] if manager in _PACKAGES[Tool.COMPILER] else [])
    for tool in tools:
        wanted = install_command(tool, platform).removeprefix(_INSTALL[manager].format(""))
        assert set(wanted.split()) <= documented, (document, manager, tool)


def test_chocolatey_is_documented_with_the_hints_packages() -> None:
    """ffmpeg only: no Chocolatey package of eSpeak NG was confirmed, so the hints and documents name winget's."""
    assert "choco" not in _PACKAGES[Tool.ESPEAK]
    for text in DOCS.values():
        assert f"choco install {_PACKAGES[Tool.FFMPEG]['choco']}`" in text
        assert "choco install espeak" not in text
