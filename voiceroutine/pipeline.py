"""The whole one-way flow the commands share: routine -> timeline -> rendered speech.

`plan_timeline` builds with estimated speech lengths (no audio); `prepare` renders every phrase and
rebuilds the timeline from the real lengths, so holds and rests stay exact and nothing overlaps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from voiceroutine.audio.format import Samples
from voiceroutine.config import UserConfig, config_path, load_user_config
from voiceroutine.progress import NO_PROGRESS, Progress
from voiceroutine.routine.loader import load_routine
from voiceroutine.routine.model import Routine
from voiceroutine.timeline.builder import build_timeline
from voiceroutine.timeline.estimate import estimated_durations
from voiceroutine.timeline.model import Timeline
from voiceroutine.timeline.options import PaceOptions, PaceOverrides, resolve_pace
from voiceroutine.timeline.phrasebook import Phrasebook, PlayerWords, phrasebook_for


@dataclass(frozen=True, slots=True)
class Planned:
    """A routine's timeline with estimated speech lengths."""

    routine: Routine
    options: PaceOptions
    phrases: Phrasebook
    timeline: Timeline
    config: UserConfig
    """The user config the options came from (engine, voice and cache folder are read from it too)."""
    language: str = "en"
    """The BCP 47 tag the routine is spoken in."""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A routine ready to play or export: its timeline from real speech lengths, and every clip."""

    routine: Routine
    options: PaceOptions
    timeline: Timeline
    clips: dict[str, Samples]
    """Trimmed speech for every SPEECH cue's text (and any extra phrases asked for)."""
    engine_name: str
    """The speech engine that rendered the clips."""
    cache_folder: Path | None = None
    """Where rendered speech (and levelling results) are kept."""
    language: str = "en"
    """The BCP 47 tag the routine is spoken in."""
    words: PlayerWords = field(default_factory=PlayerWords)
    """The live player's own words, in that language (rendered when `prepare` was asked `for_player`)."""


def _settle(
    routine_arg: str | None, pace: PaceOverrides | None, language: str | None = None
) -> tuple[Routine, PaceOptions, Phrasebook, UserConfig]:
    """The routine, its pace (command line > routine > user config), its phrasebook (in the language the command
    line, the routine or the user config says, with the user's phrasebook files and the config's and the routine's
    rewordings) and the user config."""
    from voiceroutine.language import resolve
    from voiceroutine.paths import phrases_dir

    routine = load_routine(routine_arg)
    config = load_user_config()
    options = resolve_pace(pace, routine, config.pace)
    tag = resolve(language, routine.language, config.language)
    phrases = phrasebook_for(tag, phrases_dir().path).with_overrides(config.phrases, str(config_path()))
    return routine, options, phrases.with_overrides(routine.phrases, routine.source), config


def plan_timeline(routine_arg: str | None, pace: PaceOverrides | None = None, language: str | None = None) -> Planned:
    """Load a routine (file or built-in) and build its timeline with estimated speech lengths."""
    routine, options, phrases, config = _settle(routine_arg, pace, language)
    timeline = build_timeline(routine, options, estimated_durations(options.speed), phrases)
    return Planned(routine, options, phrases, timeline, config, phrases.language)


def prepare(
    routine_arg: str | None,
    pace: PaceOverrides | None = None,
    engine: str | None = None,
    voice: str | None = None,
    cache_dir: Path | None = None,
    progress: Progress = NO_PROGRESS,
    extra_phrases: Iterable[str] = (),
    language: str | None = None,
    for_player: bool = False,
) -> Prepared:
    """Load, build, render every phrase (cached), and rebuild the timeline from the real lengths; `for_player`
    renders the live player's own words too."""
    from voiceroutine.cache import Cache
    from voiceroutine.speech.render import Renderer
    from voiceroutine.speech.select import choose_engine

    routine, options, phrases, config = _settle(routine_arg, pace, language)
    chosen = choose_engine(engine or routine.engine or config.engine, voice or routine.voice or config.voice)
    cache = Cache.default(cache_dir, config.cache_dir)
    renderer = Renderer(chosen, options.speed, cache, phrases.language)
    words = phrases.player_words()

    # Every wording the builder may pick (short forms too), rendered in one parallel batch.
    asked: dict[str, None] = {}
    estimate = estimated_durations(options.speed)

    def recording(text: str) -> int:
        asked.setdefault(text, None)
        return estimate(text)

    build_timeline(routine, options, recording, phrases)
    extra = (*extra_phrases, *(words.all() if for_player else ()))
    renderer.clips([*asked, *extra], progress=progress)
    timeline = build_timeline(routine, options, renderer.duration_ms, phrases)
    clips = renderer.clips([*timeline.spoken_phrases(), *extra])
    renderer.release()  # every clip is here: the voice's memory goes back before levelling and encoding
    return Prepared(routine, options, timeline, clips, chosen.name, cache.folder, phrases.language, words)
