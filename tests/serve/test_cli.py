"""`voiceroutine serve` as a user runs it: a real process, its address and QR code, a fetch, Ctrl-C or SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.serve.qr_reader import read_qr
from voiceroutine.serve import share

pytestmark = pytest.mark.e2e


def start(*args: str, nohup: bool = False, encoding: str = "utf-8") -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    ignore_hangup = (lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN)) if nohup else None
    return subprocess.Popen([sys.executable, "-m", "voiceroutine", "serve", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env,
                            preexec_fn=ignore_hangup)


def _until_told_how_to_stop(process: subprocess.Popen[str]) -> str:
    lines = []
    while not lines or lines[-1] not in ("Stop with Ctrl-C.\n", ""):
        lines.append(process.stderr.readline())  # type: ignore[union-attr]
    return "".join(lines)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_it_prints_the_address_then_its_qr_code_and_stops_cleanly(tmp_path: Path, stop: signal.Signals) -> None:
    (tmp_path / "damaged.mp3").write_bytes(b"not really audio")  # listed all the same, by its name
    process = start(str(tmp_path), "--port", "0")
    try:
        first = process.stdout.readline().rstrip("\n")  # type: ignore[union-attr]
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]{24}/feed\.xml", first), first
        with urllib.request.urlopen(first, timeout=10) as response:
            assert b"<title>damaged</title>" in response.read()
        heading = _until_told_how_to_stop(process)  # the code is printed by then
        started = time.monotonic()
        process.send_signal(stop)
        process.wait(timeout=10)  # little output: no pipe fills; read() keeps what readline() buffered
        out, err = process.stdout.read(), heading + process.stderr.read()  # type: ignore[union-attr]
        took = time.monotonic() - started
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, err
    assert took < 5
    assert read_qr(out) == [first]
    lines = err.splitlines()
    assert lines[0] == f"Sharing 1 routine from {tmp_path.resolve()}, read-only, on this computer only (add --lan " \
                       "for the phone)."
    assert lines[1] == f"Subscribe to the address above in a podcast app, or open {first.removesuffix('feed.xml')} " \
                       "in a browser."
    assert lines[2] == "Stop with Ctrl-C."
    assert re.fullmatch(r"\d\d:\d\d:\d\d 127\.0\.0\.1 GET /…/feed\.xml 200", lines[3])  # the token never shown
    assert lines[-1] == "Stopped sharing."
    assert "Traceback" not in err


def test_redirected_in_a_narrow_encoding_the_address_is_the_whole_output(tmp_path: Path) -> None:
    """Windows writes a redirected stdout in its code page: no half blocks there, and the colours that draw
    the code instead are dropped off a terminal, which left 41 lines of spaces after the address."""
    process = start(str(tmp_path), "--port", "0", encoding="cp1252")
    try:
        heading = _until_told_how_to_stop(process)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
        out, err = process.stdout.read(), heading + process.stderr.read()  # type: ignore[union-attr]
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, err
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]{24}/feed\.xml\n", out), out
    assert err.splitlines()[2] == "Stop with Ctrl-C." and "Traceback" not in err


def test_bad_folder_and_taken_port_are_one_line_each(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "voiceroutine", "serve", str(tmp_path / "nowhere")],
                          capture_output=True, text=True, timeout=30)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"voiceroutine: error: folder not found: {tmp_path / 'nowhere'}\n"
    with share(tmp_path, port=0) as taken:
        done = subprocess.run([sys.executable, "-m", "voiceroutine", "serve", str(tmp_path), "--port",
                               str(taken.port)], capture_output=True, text=True, timeout=30)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (f"voiceroutine: error: port {taken.port} is in use: choose another with --port "
                           "(0 picks a free one)\n")
    done = subprocess.run([sys.executable, "-m", "voiceroutine", "serve", str(tmp_path), "--port", "70000"],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 2 and "70000" in done.stderr and "Traceback" not in done.stderr


def _address(folder: Path, *options: str) -> str:
    process = start(str(folder), "--port", "0", *options)
    try:
        address = process.stdout.readline().rstrip("\n")  # type: ignore[union-attr]
        _until_told_how_to_stop(process)
        return address
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)


def test_the_address_stays_the_same_from_run_to_run_until_new_token(tmp_path: Path) -> None:
    token = lambda url: url.rsplit("/", 2)[1]  # noqa: E731 (the port is a free one each time here)
    first = _address(tmp_path)
    assert token(_address(tmp_path)) == token(first)
    renewed = _address(tmp_path, "--new-token")
    assert token(renewed) != token(first)
    assert token(_address(tmp_path)) == token(renewed)


def test_under_nohup_a_closed_terminal_does_not_stop_it(tmp_path: Path) -> None:
    process = start(str(tmp_path), "--port", "0", nohup=True)
    try:
        address = process.stdout.readline().rstrip("\n")  # type: ignore[union-attr]
        _until_told_how_to_stop(process)
        process.send_signal(signal.SIGHUP)
        time.sleep(0.3)
        with urllib.request.urlopen(address, timeout=10) as response:
            assert response.status == 200
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
        err = process.stderr.read()  # type: ignore[union-attr]
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0 and err.endswith("Stopped sharing.\n")
