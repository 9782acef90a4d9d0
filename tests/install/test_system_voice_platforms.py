"""The system voice's platform branches: on Linux pyttsx3 speaks through libespeak-ng, which must be found; on
macOS and Windows through the system's own speech, so pyttsx3 alone is enough, and its fix is reinstalling
it into the environment voiceroutine runs in. The platform is handed in through sys.platform."""

from __future__ import annotations

import ctypes.util
import importlib.util
import sys

import pytest

from voiceroutine import install_hints
from voiceroutine.install_hints import Environment, Platform, System
from voiceroutine.speech import system
from voiceroutine.speech.system import SystemEngine


@pytest.fixture
def pyttsx3_without_espeak(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: real("json") if name == "pyttsx3" else real(name, *a))
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)


def test_on_linux_the_espeak_library_is_needed(pyttsx3_without_espeak: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(install_hints, "_current", Platform(System.LINUX, ("dnf",)))
    assert not SystemEngine().is_available()
    assert system.install_hint() == "sudo dnf install espeak-ng"


@pytest.mark.parametrize(("platform", "system_", "environment", "hint"), [
    ("darwin", System.MACOS, Environment.PIP, "python -m pip install --force-reinstall pyttsx3"),
    ("win32", System.WINDOWS, Environment.PIPX, "pipx runpip voiceroutine install --force-reinstall pyttsx3"),
])
def test_on_macos_and_windows_pyttsx3_is_enough(pyttsx3_without_espeak: None, monkeypatch: pytest.MonkeyPatch,
                                                platform: str, system_: System, environment: Environment,
                                                hint: str) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(install_hints, "_current", Platform(system_, (), environment))
    assert SystemEngine().is_available()
    assert system.install_hint() == hint
