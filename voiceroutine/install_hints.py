"""How to install what is missing, said with the package manager of the platform voiceroutine runs on.

Every "install it with: ..." in a message comes from here: apt-get, dnf or pacman on Linux, Homebrew on macOS,
winget or Chocolatey on Windows; Python packages go into the environment voiceroutine runs in, by their own
names (pipx inject, uv pip, or `python -m pip` with the running interpreter), never as `voiceroutine[extra]`,
which would need voiceroutine on PyPI. The platform is looked at once and can be handed in, so each
platform's wording is tested on any machine.
"""

from __future__ import annotations

import enum
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath


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
                  "winget": "eSpeak-NG.eSpeak-NG"},  # no Chocolatey package of eSpeak NG confirmed: winget's
    Tool.ESPEAK_LIBRARY: {"apt-get": "libespeak-ng1", "dnf": "espeak-ng", "pacman": "espeak-ng"},
    Tool.COMPILER: {"apt-get": "gcc libasound2-dev", "dnf": "gcc alsa-lib-devel", "pacman": "gcc alsa-lib"},
}


class Environment(enum.Enum):
    """What voiceroutine was installed into, which decides how a Python package is added to it."""

    PIP = "pip"
    """A virtual environment or a Python of its own: `python -m pip install` with the interpreter running now."""
    PIPX = "pipx"
    """A pipx environment: `pipx inject`."""
    UV_TOOL = "uv tool"
    """A `uv tool install` environment, which has no pip: `uv pip install --python`."""


@dataclass(frozen=True, slots=True)
class Platform:
    """What the hints need to know about the computer they are for."""

    system: System
    managers: tuple[str, ...] = ()
    """The package managers found on it, preferred first."""
    environment: Environment = Environment.PIP
    python: str = "python"
    """The running interpreter, as a command line names it: `python` when that is what PATH finds, else its path."""
    name: str = "voiceroutine"
    """The pipx environment's name (the folder's name: pipx names it after the package unless told otherwise)."""

    @property
    def manager(self) -> str:
        """The package manager to name: the first found, else the platform's usual one."""
        return self.managers[0] if self.managers else MANAGERS[self.system][0]


def detect(platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which,
           prefix: str = sys.prefix, executable: str = sys.executable) -> Platform:
    """This computer (or the one `platform`, `which`, `prefix` and `executable` describe)."""
    system = System.WINDOWS if platform.startswith(("win", "cygwin")) else \
        System.MACOS if platform == "darwin" else System.LINUX
    found = tuple(name for name in MANAGERS[system] if which(name) is not None)
    folder = PureWindowsPath(prefix) if system is System.WINDOWS else PurePath(prefix)  # tested on any machine
    parts = [part.lower() for part in folder.parts]
    if Path(prefix, "pipx_metadata.json").is_file() or ("pipx" in parts and "venvs" in parts[-2:]):
        environment = Environment.PIPX
    elif Path(prefix, "uv-receipt.toml").is_file() or ("uv" in parts and "tools" in parts[-2:]):
        environment = Environment.UV_TOOL
    else:
        environment = Environment.PIP
    return Platform(system, found, environment, _interpreter(executable, which, system), folder.name)


def _interpreter(executable: str, which: Callable[[str], str | None], system: System) -> str:
    """`executable` as a command names it: `python` (or `python3`) when PATH finds that very file, else its
    path, quoted when it holds a space (with PowerShell's `&` on Windows, where the hints are for PowerShell)."""
    if not executable:
        return "python"
    for name in ("python", "python3"):
        found = which(name)
        if found is not None and _same_file(found, executable):
            return name
    if " " not in executable:
        return executable
    return f'& "{executable}"' if system is System.WINDOWS else f'"{executable}"'


def _same_file(a: str, b: str) -> bool:
    """The same path, symlinks not followed: a virtual environment's python links to the base one, and is not it."""
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


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
            return pip_command("pyttsx3", platform=platform, reinstall=True)
        if tool is Tool.COMPILER:
            if platform.system is System.MACOS:
                return "xcode-select --install"
            return "winget install --exact --id Microsoft.VisualStudio.2022.BuildTools"
        manager = MANAGERS[platform.system][0]
    return _INSTALL[manager].format(packages[manager])


def pip_command(*packages: str, platform: Platform | None = None, reinstall: bool = False) -> str:
    """How to add Python packages (by their names on PyPI, e.g. "miniaudio") to the environment voiceroutine runs
    in, whatever it was installed from (a checkout, a wheel, an index): `pipx inject voiceroutine miniaudio` in a
    pipx environment, `uv pip install --python ... miniaudio` in a uv tool's, else `python -m pip install
    miniaudio` with the interpreter running now. Never `voiceroutine[extra]`, which would fetch voiceroutine
    itself from PyPI, where it is not."""
    platform = platform or current()
    names = " ".join(f'"{p}"' if any(ch in p for ch in "[]<>=;") else p for p in packages)  # safe in any shell
    if platform.environment is Environment.PIPX:
        if reinstall:
            return f"pipx runpip {platform.name} install --force-reinstall {names}"
        return f"pipx inject {platform.name} {names}"
    if platform.environment is Environment.UV_TOOL:
        python = platform.python.removeprefix("& ")
        return f"uv pip install{' --reinstall' if reinstall else ''} --python {python} {names}"
    return f"{platform.python} -m pip install{' --force-reinstall' if reinstall else ''} {names}"
