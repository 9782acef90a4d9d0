"""How to install what is missing, said with the package manager of the platform voiceroutine runs on.

Every "install it with: ..." in a message comes from here: apt-get, dnf or pacman on Linux, Homebrew on macOS,
winget or Chocolatey on Windows, and pip or pipx for Python packages. The platform is looked at once and can
be handed in, so each platform's wording is tested on any machine.
"""

from __future__ import annotations

import enum
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


class System(enum.Enum):
    LINUX = "linux"
    MACOS = "macos"
    WINDOWS = "windows"


class Tool(enum.Enum):
    """Something outside Python that voiceroutine needs."""

    FFMPEG = "ffmpeg"
    """Encoding exports, reading music (ffprobe comes with it)."""
    ESPEAK = "espeak-ng"
    """The espeak engine's program."""
    ESPEAK_LIBRARY = "libespeak-ng"
    """What pyttsx3 speaks through on Linux."""
    COMPILER = "compiler"
    """A C compiler and the ALSA headers, to build simpleaudio from source."""


MANAGERS: dict[System, tuple[str, ...]] = {
    System.LINUX: ("apt-get", "dnf", "pacman"),
    System.MACOS: ("brew",),
    System.WINDOWS: ("winget", "choco"),
}
"""The package managers hints use, in the order they are preferred; the first is named when none is found."""

_INSTALL = {
    "apt-get": "sudo apt-get install {}",
    "dnf": "sudo dnf install {}",
    "pacman": "sudo pacman -S {}",
    "brew": "brew install {}",
    "winget": "winget install --exact --id {}",
    "choco": "choco install {}",
}
_PACKAGES: dict[Tool, dict[str, str]] = {
    Tool.FFMPEG: {"apt-get": "ffmpeg", "dnf": "ffmpeg-free", "pacman": "ffmpeg", "brew": "ffmpeg",
                  "winget": "Gyan.FFmpeg", "choco": "ffmpeg"},
    Tool.ESPEAK: {"apt-get": "espeak-ng", "dnf": "espeak-ng", "pacman": "espeak-ng", "brew": "espeak-ng",
                  "winget": "eSpeak-NG.eSpeak-NG", "choco": "espeak-ng"},
    Tool.ESPEAK_LIBRARY: {"apt-get": "libespeak-ng1", "dnf": "espeak-ng", "pacman": "espeak-ng"},
    Tool.COMPILER: {"apt-get": "gcc libasound2-dev", "dnf": "gcc alsa-lib-devel", "pacman": "gcc alsa-lib"},
}


@dataclass(frozen=True, slots=True)
class Platform:
    """What the hints need to know about the computer they are for."""

    system: System
    managers: tuple[str, ...] = ()
    """The package managers found on it, preferred first."""
    pipx: bool = False
    """voiceroutine runs from a pipx environment, so Python packages go in through pipx."""

    @property
    def manager(self) -> str:
        """The package manager to name: the first found, else the platform's usual one."""
        return self.managers[0] if self.managers else MANAGERS[self.system][0]


def detect(platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which,
           prefix: str = sys.prefix) -> Platform:
    """This computer (or the one `platform`, `which` and `prefix` describe)."""
    system = System.WINDOWS if platform.startswith(("win", "cygwin")) else \
        System.MACOS if platform == "darwin" else System.LINUX
    found = tuple(name for name in MANAGERS[system] if which(name) is not None)
    parts = Path(prefix).parts
    return Platform(system, found, pipx="pipx" in parts and "venvs" in parts)


_current: Platform | None = None


def current() -> Platform:
    """This computer, looked at once per run."""
    global _current
    if _current is None:
        _current = detect()
    return _current


def install_command(tool: Tool, platform: Platform | None = None) -> str:
    """The one command that installs `tool` here, e.g. "sudo apt-get install ffmpeg" or "brew install ffmpeg"."""
    platform = platform or current()
    packages = _PACKAGES[tool]
    manager = platform.manager
    if manager not in packages:
        if tool is Tool.ESPEAK_LIBRARY:  # macOS and Windows voices come with the system
            return "pip install --force-reinstall pyttsx3"
        if tool is Tool.COMPILER:
            if platform.system is System.MACOS:
                return "xcode-select --install"
            return "winget install --exact --id Microsoft.VisualStudio.2022.BuildTools"
        manager = MANAGERS[platform.system][0]
    return _INSTALL[manager].format(packages[manager])


def pip_command(requirement: str, platform: Platform | None = None) -> str:
    """How to add a Python package (or an extra such as `voiceroutine[natural]`) to this installation."""
    platform = platform or current()
    quoted = f'"{requirement}"' if any(ch in requirement for ch in "[]<>=;") else requirement  # safe in any shell
    if platform.pipx:
        if requirement.startswith("voiceroutine["):
            return f"pipx install --force {quoted}"
        return f"pipx inject voiceroutine {quoted}"
    return f"pip install {quoted}"
