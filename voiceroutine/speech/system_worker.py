"""The pyttsx3 worker process: reads one JSON request per line on stdin, answers one JSON line per request.

Run by `system.py` as `python -m voiceroutine.speech.system_worker`. pyttsx3 lives only here because it
fails in ways a caller cannot recover from in-process: it hangs, prints on stdout, writes nothing for long
text, and loses files when one engine queues several. So each request gets a fresh engine, one
`save_to_file` per `runAndWait`, and the library's stdout goes to /dev/null while answers use a private fd.

Requests: {"op": "voices"} and {"op": "save", "text": ..., "path": ..., "rate": wpm, "voice": id or null}.
Answers: {"ok": true, ...} or {"ok": false, "error": "..."}. The first line is a hello: ok + voices, or an error.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from typing import Any, TextIO


def _answers() -> TextIO:
    """A private copy of stdout for answers; fd 1 itself goes to /dev/null so library prints vanish."""
    private = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (lives as long as the process)
    return private


def _voices(pyttsx3: Any) -> list[dict[str, str]]:
    engine = pyttsx3.init()
    try:
        return [{"id": str(v.id), "name": str(v.name)} for v in engine.getProperty("voices")]
    finally:
        engine.stop()
        del engine
        gc.collect()


def _save(pyttsx3: Any, request: dict[str, Any]) -> None:
    engine = pyttsx3.init()
    try:
        engine.setProperty("rate", int(request["rate"]))
        if request.get("voice"):
            engine.setProperty("voice", request["voice"])
        engine.save_to_file(request["text"], request["path"])
        espeak = sys.modules.get("pyttsx3.drivers._espeak")
        if espeak is not None:
            espeak.Synchronize()  # nothing of the previous request may still be in libespeak-ng's queue
            espeak.SetParameter(espeak.RATE, int(request["rate"]), 0)
        engine.runAndWait()
        _wait_for_espeak()
    finally:
        engine.stop()
        del engine
        gc.collect()  # the next init() must build a fresh engine, not reuse this one's callbacks


def _wait_for_espeak() -> None:
    """pyttsx3's espeak driver returns from runAndWait while libespeak-ng is still synthesizing in its own
    thread; the file then appears late, and the next request's rate can be lost. Wait until it is done."""
    espeak = sys.modules.get("pyttsx3.drivers._espeak")
    synchronize = getattr(espeak, "Synchronize", None)
    if synchronize is not None:
        synchronize()


def main() -> None:
    out = _answers()

    def answer(**fields: Any) -> None:
        out.write(json.dumps(fields) + "\n")

    try:
        import pyttsx3
    except ImportError:
        answer(ok=False, error="pyttsx3 is not installed")
        return
    try:
        voices = _voices(pyttsx3)
    except Exception as e:  # a missing libespeak-ng surfaces as OSError, RuntimeError or KeyError by platform
        answer(ok=False, error=f"pyttsx3 cannot start its driver: {type(e).__name__}: {e}")
        return
    answer(ok=True, voices=voices)
    for line in sys.stdin:
        try:
            request = json.loads(line)
            if request.get("op") == "voices":
                answer(ok=True, voices=_voices(pyttsx3))
            else:
                _save(pyttsx3, request)
                answer(ok=True)
        except Exception as e:
            answer(ok=False, error=f"{type(e).__name__}: {e}")


if __name__ == "__main__":
    main()
