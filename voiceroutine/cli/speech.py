"""Commands about speech: `voices`, `say`, `cache info`, `cache clear`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from voiceroutine.cli.common import user_errors
from voiceroutine.cli.options import (
    CacheDirOption,
    EngineOption,
    JsonSummaryOption,
    LanguageOption,
    QuietOption,
    SpeedOption,
    VoiceOption,
    language_tag,
)
from voiceroutine.cli.output import echo_json, is_standard_output, status, write_bytes
from voiceroutine.errors import EXIT_USAGE, OptionError, SpeechError
from voiceroutine.routine.limits import SPEED_RANGE

if TYPE_CHECKING:
    from voiceroutine.config import UserConfig
    from voiceroutine.speech.engine import VoiceInfo

DEFAULT_SAY_FILE = Path("say.wav")
SHOWN_VOICES = 12


def _config() -> UserConfig:
    from voiceroutine.config import load_user_config  # not at start-up: every command loads this module

    return load_user_config()


def voices(
    engine: Annotated[
        str | None,
        typer.Argument(metavar="[ENGINE|add|remove]", help="Only this engine (piper, system or espeak); or add or "
                       "remove a Piper voice."),
    ] = None,
    target: Annotated[
        str | None,
        typer.Argument(metavar="[NAME|URL|FILE]", help="With add: a name from Piper's catalogue (such as "
                       "de_DE-thorsten-medium), the URL of an .onnx or a local .onnx file; with remove: the name."),
    ] = None,
    all_languages: Annotated[bool, typer.Option("--all", help="List voices of every language.")] = False,
    language: LanguageOption = None,
    quiet: QuietOption = False,
) -> None:
    """List speech engines, whether each works here (and the command that fixes it), and their voices with the
    language each speaks (and a Piper voice's licence); or install (`voices add`) or remove a natural voice.

    Without --all only the voices of --language are listed (else the config's language, else English).
    """
    with user_errors():
        from voiceroutine.language import primary
        from voiceroutine.speech.select import ENGINES, engine_statuses

        if engine in ("add", "remove"):
            _add_or_remove(engine, target, quiet)
            return
        if target is not None:
            raise OptionError(f"unexpected {target!r}: only `voices add` and `voices remove` take a name")
        if engine is not None and engine.lower() not in ENGINES:
            raise SpeechError(f"unknown engine {engine!r}: choose piper, system or espeak",
                              exit_code=EXIT_USAGE)
        wanted = primary(language_tag(language) or _config().language or "en")
        for found in engine_statuses((engine.lower(),) if engine else ENGINES):
            state = "available" if found.available else "not available"
            typer.echo(f"{found.name}: {state}: {found.description}")
            if not found.available:
                if found.hint:
                    typer.echo(f"  {found.problem or 'to use it, run'}: {found.hint}")
                continue
            shown = [v for v in found.voices if all_languages or _speaks(v, wanted)]
            shown = shown if all_languages else shown[:SHOWN_VOICES]
            for voice in shown:
                spoken = f"[{voice.language}] " if voice.language and found.name == "system" else ""
                typer.echo(f"  {voice.name:<28} {spoken}{voice.description}")
            hidden = len(found.voices) - len(shown)
            if hidden:
                typer.echo(f"  ... and {hidden} more (voiceroutine voices {found.name} --all)")
            if found.name == "piper" and not any(_speaks(v, wanted) for v in found.voices):
                from voiceroutine.voices.installed import suggestion

                typer.echo(f"  no natural voice for {wanted} yet: {suggestion(wanted)}")


def _add_or_remove(action: str, target: str | None, quiet: bool) -> None:
    from voiceroutine.cli.progress import progress_bar
    from voiceroutine.paths import voices_dir
    from voiceroutine.voices.install import add_voice, remove_voice

    if not target:
        what = "a name, a URL or an .onnx file" if action == "add" else "the name of an installed voice"
        raise OptionError(f"voices {action}: give {what}, e.g. voiceroutine voices {action} de_DE-thorsten-medium")
    folder = voices_dir().path
    if action == "remove":
        gone = remove_voice(target, folder)
        status(f"removed {gone.name} from {folder}", quiet)
        return
    folder.mkdir(parents=True, exist_ok=True)
    with progress_bar(quiet) as progress:
        voice = add_voice(target, folder, _config().voices_url, progress)
    status(f"installed {voice.name}: {voice.describe()}, in {folder}", quiet)


def _speaks(voice: VoiceInfo, language: str) -> bool:
    if voice.language:
        return voice.language.split("-")[0].lower() == language
    return language == "en" and _is_english(voice.name, voice.description)


def say(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="What to say.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="WAV file to write (- for standard output).", dir_okay=False)
    ] = DEFAULT_SAY_FILE,
    engine: EngineOption = None,
    voice: VoiceOption = None,
    speed: SpeedOption = None,
    cache_dir: CacheDirOption = None,
    language: LanguageOption = None,
    quiet: QuietOption = False,
    as_json: JsonSummaryOption = False,
) -> None:
    """Say one phrase into a WAV file (./say.wav unless -o), to try a voice and speed before a routine.

    The phrase is in --language (else the config's language, else English): numbers and units are said that
    way, and the voice must speak it."""
    with user_errors():
        from voiceroutine.audio.format import SAMPLE_RATE, samples_to_ms
        from voiceroutine.cache import Cache, write_atomic
        from voiceroutine.speech.render import Renderer
        from voiceroutine.speech.select import choose
        from voiceroutine.speech.wavio import wav_bytes

        config = _config()
        rate = speed if speed is not None else (config.pace.speed if config.pace.speed is not None else 1.0)
        lo, hi = SPEED_RANGE
        if not lo <= rate <= hi:
            raise OptionError(f"speed {rate:g} is out of range: use {lo:g} to {hi:g}")
        if not text.strip():
            raise OptionError('nothing to say: give a phrase, e.g. voiceroutine say "Hold for 5 seconds"')
        to_stdout = is_standard_output(output)
        if to_stdout and as_json:
            raise OptionError("-o - and --json would both write to standard output: choose one")
        tag = language_tag(language) or config.language or "en"
        choice = choose(engine or config.engine, voice or config.voice, tag)
        chosen = choice.engine
        if choice.note:  # a warning, so --quiet keeps it
            typer.echo(f"voiceroutine: note: {choice.note}", err=True)
        renderer = Renderer(chosen, rate, Cache.default(cache_dir, config.cache_dir), tag)
        clip = renderer.clip(text)
        if to_stdout:
            write_bytes(wav_bytes(clip, SAMPLE_RATE))
            status(f"wrote the WAV to standard output ({len(clip) / SAMPLE_RATE:.2f} s, {chosen.name}, "
                   f"speed {rate:g})", quiet)
            return
        try:
            write_atomic(output, wav_bytes(clip, SAMPLE_RATE))
        except OSError as e:
            raise SpeechError(f"cannot write {output}: {e.strerror or e}") from None
        if as_json:
            echo_json({"audio": str(output), "duration_ms": samples_to_ms(len(clip)), "engine": chosen.name,
                       "speed": rate})
        status(f"wrote {output} ({len(clip) / SAMPLE_RATE:.2f} s, {chosen.name}, speed {rate:g})", quiet)


cache_app = typer.Typer(help="The audio cache of rendered phrases.", no_args_is_help=True)


@cache_app.command("info")
def cache_info(cache_dir: CacheDirOption = None) -> None:
    """Show where the cache is, its entries and size, the kept finished tracks, and the hit rate of the last run."""
    with user_errors():
        from voiceroutine.cache import TRACKS_CAP_BYTES, Cache

        info = Cache.default(cache_dir, _config().cache_dir).info()
        typer.echo(f"folder: {info.folder}")
        typer.echo(f"entries: {info.entries} ({_size(info.size_bytes)})")
        typer.echo(f"tracks: {info.tracks} ({_size(info.tracks_bytes)}, at most {_size(TRACKS_CAP_BYTES)} kept)")
        if info.temps:
            files = f"{info.temps} temp file{'s' if info.temps != 1 else ''}"
            typer.echo(f"left by stopped runs: {files} ({_size(info.temps_bytes)}), "
                       "removed by `voiceroutine cache clear`")
        if info.hit_rate is None:
            typer.echo("last run: none recorded")
        else:
            typer.echo(
                f"last run: {info.hits} hits, {info.misses} misses ({info.hit_rate:.0%} hit rate), "
                f"{info.damaged} damaged entries rendered again, finished {info.when}"
            )


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDirOption = None, quiet: QuietOption = False) -> None:
    """Delete every cached phrase (they are rendered again when needed)."""
    with user_errors():
        from voiceroutine.cache import Cache

        cache = Cache.default(cache_dir, _config().cache_dir)
        removed = cache.clear()
        status(f"removed {removed} entries from {cache.folder}", quiet)


def register(app: typer.Typer) -> None:
    """Add this group's commands to `app`."""
    app.command("voices")(voices)
    app.command("say")(say)
    app.add_typer(cache_app, name="cache")


def _is_english(name: str, description: str) -> bool:
    return name.lower().split("/")[-1].startswith("en") or description.lower().startswith(("english", "us english"))


def _size(size: int) -> str:
    """`size` bytes for people: whole bytes below 1 KB, else KB or MB with one decimal (1 KB = 1024 bytes)."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
