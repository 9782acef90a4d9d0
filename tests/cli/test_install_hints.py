"""Every "install it with" names the package manager of the platform it runs on."""

from __future__ import annotations

import pytest

from voiceroutine import install_hints
from voiceroutine.install_hints import Platform, System, Tool, detect, install_command, pip_command

LINUX_APT = Platform(System.LINUX, ("apt-get",))
FEDORA = Platform(System.LINUX, ("dnf",))
ARCH = Platform(System.LINUX, ("pacman",))
MAC = Platform(System.MACOS, ("brew",))
WINDOWS = Platform(System.WINDOWS, ("winget", "choco"))
CHOCO_ONLY = Platform(System.WINDOWS, ("choco",))


@pytest.mark.parametrize(
    ("platform", "ffmpeg", "espeak"),
    [
        (LINUX_APT, "sudo apt-get install ffmpeg", "sudo apt-get install espeak-ng"),
        (FEDORA, "sudo dnf install ffmpeg-free", "sudo dnf install espeak-ng"),
        (ARCH, "sudo pacman -S ffmpeg", "sudo pacman -S espeak-ng"),
        (MAC, "brew install ffmpeg", "brew install espeak-ng"),
        (WINDOWS, "winget install --exact --id Gyan.FFmpeg", "winget install --exact --id eSpeak-NG.eSpeak-NG"),
        (CHOCO_ONLY, "choco install ffmpeg", "choco install espeak-ng"),
    ],
    ids=["apt", "dnf", "pacman", "brew", "winget", "choco"],
)
def test_each_package_manager_says_it_its_own_way(platform: Platform, ffmpeg: str, espeak: str) -> None:
    assert install_command(Tool.FFMPEG, platform) == ffmpeg
    assert install_command(Tool.ESPEAK, platform) == espeak


def test_the_speech_library_and_the_compiler() -> None:
    assert install_command(Tool.ESPEAK_LIBRARY, LINUX_APT) == "sudo apt-get install libespeak-ng1"
    assert install_command(Tool.ESPEAK_LIBRARY, FEDORA) == "sudo dnf install espeak-ng"
    assert install_command(Tool.ESPEAK_LIBRARY, MAC) == "pip install --force-reinstall pyttsx3"  # voices built in
    assert install_command(Tool.COMPILER, LINUX_APT) == "sudo apt-get install gcc libasound2-dev"
    assert install_command(Tool.COMPILER, MAC) == "xcode-select --install"
    assert install_command(Tool.COMPILER, WINDOWS).startswith("winget install --exact --id Microsoft.VisualStudio")


def test_without_a_package_manager_the_platforms_usual_one_is_named() -> None:
    assert install_command(Tool.FFMPEG, Platform(System.LINUX)) == "sudo apt-get install ffmpeg"
    assert install_command(Tool.FFMPEG, Platform(System.MACOS)) == "brew install ffmpeg"
    assert install_command(Tool.FFMPEG, Platform(System.WINDOWS)) == "winget install --exact --id Gyan.FFmpeg"


def test_detect_reads_the_platform_and_the_managers_on_path() -> None:
    def on_path(*names: str):  # type: ignore[no-untyped-def]
        return lambda name: f"/usr/bin/{name}" if name in names else None

    assert detect("linux", on_path("pacman", "dnf"), "/usr") == Platform(System.LINUX, ("dnf", "pacman"))
    assert detect("darwin", on_path(), "/usr") == Platform(System.MACOS, ())
    assert detect("win32", on_path("choco"), r"C:\Python312") == Platform(System.WINDOWS, ("choco",))
    pipx = detect("linux", on_path("apt-get"), "/home/ana/.local/share/pipx/venvs/voiceroutine")
    assert pipx.pipx and pipx.managers == ("apt-get",)


def test_python_packages_go_in_through_pip_or_pipx() -> None:
    assert pip_command("voiceroutine[natural]", LINUX_APT) == 'pip install "voiceroutine[natural]"'
    pipx = Platform(System.WINDOWS, ("winget",), pipx=True)
    assert pip_command("voiceroutine[natural]", pipx) == 'pipx install --force "voiceroutine[natural]"'
    assert pip_command("pyttsx3", pipx) == "pipx inject voiceroutine pyttsx3"
    assert pip_command("pyttsx3", LINUX_APT) == "pip install pyttsx3"


def test_messages_use_the_running_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    from typer.testing import CliRunner

    from voiceroutine.cli import app

    monkeypatch.setattr(install_hints, "_current", MAC)
    monkeypatch.setenv("PATH", "")
    result = CliRunner().invoke(app, ["say", "hi", "--engine", "espeak"])
    assert result.exit_code == 1
    assert result.stderr == "voiceroutine: error: espeak: espeak-ng is not installed; install it with: brew install " \
                            "espeak-ng\n"
    result = CliRunner().invoke(app, ["export", "desk-neck"])
    assert (result.exit_code, result.stderr) == (1, "voiceroutine: error: ffmpeg not found: install it with: brew "
                                                    "install ffmpeg\n")
