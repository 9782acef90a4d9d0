"""The whole one-way flow the commands share: routine -> timeline -> rendered speech.

`plan_timeline` builds with estimated speech lengths (no audio); `prepare` renders every phrase and
rebuilds the timeline from the real lengths, so holds and rests stay exact and nothing overlaps. `preparing`
stops before rendering, for the player that renders while it plays (`play/stream.py`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from voiceroutine.audio.format import Samples
from voiceroutine.config import UserConfig, config_path, load_user_config
from voiceroutine.errors import SessionLogError
from voiceroutine.fading import Fading, fade
from voiceroutine.progress import NO_PROGRESS, Progress
from voiceroutine.progression import Standing, progressed
from voiceroutine.routine.loader import load_routine
from voiceroutine.routine.model import Instructions, Routine
from voiceroutine.sessions.model import Session
from voiceroutine.timeline.builder import Segmented, build_timeline, segmented
from voiceroutine.timeline.estimate import estimated_durations
from voiceroutine.timeline.model import Timeline
from voiceroutine.timeline.options import PaceOptions, PaceOverrides, resolve_pace
from voiceroutine.timeline.phrasebook import Phrasebook, PlayerWords, ScreenWords, phrasebook_for

if TYPE_CHECKING:
    from voiceroutine.speech.render import Renderer


@dataclass(frozen=True, slots=True)
class Personal:
    """The command line's say over what the session log shapes: how much is read, and the progression step."""

    instructions: Instructions | None = None
    """full, short or auto (--instructions); None: the routine's, else the config's, else auto."""
    week: int | None = None
    """The progression step to use (--week); None: the one the log says the person has reached."""
    read_log: bool = True
    """False leaves the log unread (play found it unusable and said so): steps in full, progression at step 1."""


@dataclass(frozen=True, slots=True)
class Learned:
    """What the person's log made of the routine this time."""

    fading: Fading
    """Which exercises read their steps."""
    standing: Standing | None
    """Where the routine's progression stands; None without progression."""


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
    learned: Learned | None = None
    """How the log shaped it (None only when built by hand)."""


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
    learned: Learned | None = None
    """How the log shaped it (None only when built by hand)."""
    screen: ScreenWords = field(default_factory=ScreenWords)
    """The live screen's words, in that language."""
    voice_note: str = ""
    """One line to tell the person when the voice is a fallback (no natural voice speaks the language)."""
    voice_licence: str = ""
    """ "voice en_US-joe-medium, licence CC0" from the voice's model card, or "" (engines without one)."""
    phrases: Phrasebook | None = None
    """The routine's phrasebook, its rewordings included (the export's cover and comment use it)."""


@dataclass(frozen=True, slots=True)
class Preparing:
    """A routine settled and its voice chosen, nothing rendered yet: what `prepare` knows before rendering."""

    routine: Routine
    options: PaceOptions
    phrases: Phrasebook
    renderer: Renderer
    asked: tuple[str, ...]
    """Every wording the builder may pick (short forms too), in the order it asks for them."""
    estimated: Timeline
    """The timeline with estimated speech lengths."""
    segments: Segmented
    """The routine's segments: laid out again with every new set of lengths, planned only once."""
    engine_name: str
    cache_folder: Path | None
    words: PlayerWords
    learned: Learned | None
    voice_note: str = ""
    voice_licence: str = ""

    def prefix(self, durations: Callable[[str], int]) -> tuple[Timeline, str | None]:
        """The final part of the timeline with these lengths (`durations` raises NotYet for a phrase not rendered
        yet), and the first phrase it still needs (None: the whole timeline)."""
        return self.segments.prefix(durations)

    def cached(self) -> bool:
        """Whether every phrase the builder may ask for, and the player's own words, is in the speech cache (so
        nothing needs the voice). Stops at the first one missing, which on a first run is the first phrase. The
        look is not counted in the cache's hits and misses (`cache info`): the rendering counts them."""
        cache = self.renderer.cache
        counted = (cache.hits, cache.misses) if cache is not None else (0, 0)
        try:
            return all(self.renderer.cached(text) for text in (*self.asked, *self.words.all()))
        finally:
            if cache is not None:
                cache.hits, cache.misses = counted

    def prepared(self, timeline: Timeline, clips: dict[str, Samples]) -> Prepared:
        return Prepared(self.routine, self.options, timeline, clips, self.engine_name, self.cache_folder,
                        self.phrases.language, self.words, self.learned, self.phrases.screen_words(),
                        self.voice_note, self.voice_licence, self.phrases)


def _settle(
    routine_arg: str | None, pace: PaceOverrides | None, language: str | None = None, personal: Personal | None = None
) -> tuple[Routine, PaceOptions, Phrasebook, UserConfig, Learned]:
    """The routine (at its progression step), its pace (command line > routine > user config, and which exercises
    the person knows by now), its phrasebook (in the language the command line, the routine or the user config
    says, with the user's phrasebook files and the config's and the routine's rewordings), the user config and
    what the session log made of it."""
    from voiceroutine.language import resolve
    from voiceroutine.paths import phrases_dir

    personal = personal or Personal()
    written = load_routine(routine_arg)
    config = load_user_config()
    options = resolve_pace(pace, written, config.pace)
    mode = personal.instructions or written.instructions or config.instructions or Instructions.AUTO
    needs_log = personal.read_log and (
        mode is Instructions.AUTO or (written.progress is not None and personal.week is None)
    )
    counts, sessions = _from_log(written, config) if needs_log else ({}, [])
    grown = progressed(written, options.level, sessions, date.today(), personal.week)
    fading = fade(grown.routine, mode, written.fade_after or config.fade_after, counts)
    options = dataclasses.replace(options, brief=fading.brief)
    tag = resolve(language, written.language, config.language)
    phrases = phrasebook_for(tag, phrases_dir().path).with_overrides(config.phrases, str(config_path()))
    phrases = phrases.with_overrides(written.phrases, written.source)
    return grown.routine, options, phrases, config, Learned(fading, grown.standing)


def _from_log(routine: Routine, config: UserConfig) -> tuple[dict[str, int], list[Session]]:
    """Sessions done per exercise, and this routine's sessions, from the log; none (after a warning) when it
    cannot be read: a log's trouble never stops a routine."""
    from voiceroutine.sessions import configured_log_path, read_log
    from voiceroutine.sessions.identity import routine_id

    if not config.record_sessions:
        return {}, []
    try:
        log = read_log(configured_log_path())
        if log is None:
            return {}, []
        with log:
            return log.done_counts(), log.sessions(routine_id(routine).name)
    except SessionLogError as e:
        logging.getLogger("voiceroutine").warning(f"{e}; until then, steps are read in full and the routine is at "
                                                  "its first step")
        return {}, []


def plan_timeline(
    routine_arg: str | None,
    pace: PaceOverrides | None = None,
    language: str | None = None,
    personal: Personal | None = None,
) -> Planned:
    """Load a routine (file or built-in) and build its timeline with estimated speech lengths."""
    routine, options, phrases, config, learned = _settle(routine_arg, pace, language, personal)
    timeline = build_timeline(routine, options, estimated_durations(options.speed), phrases)
    return Planned(routine, options, phrases, timeline, config, phrases.language, learned)


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
    personal: Personal | None = None,
) -> Prepared:
    """Load, build, render every phrase (cached), and rebuild the timeline from the real lengths; `for_player`
    renders the live player's own words too."""
    started = preparing(routine_arg, pace, engine, voice, cache_dir, language, personal)
    return rendered(started, progress, (*extra_phrases, *(started.words.all() if for_player else ())))


def rendered(started: Preparing, progress: Progress = NO_PROGRESS, extra: Iterable[str] = ()) -> Prepared:
    """`prepare` from where `preparing` stopped: every phrase (and `extra`) rendered, the timeline rebuilt from the
    real lengths, the voice let go."""
    renderer = started.renderer
    extra = tuple(extra)
    # Every wording the builder may pick (short forms too), rendered in one parallel batch.
    renderer.clips([*started.asked, *extra], progress=progress)
    timeline = started.segments.timeline(renderer.duration_ms)
    clips = renderer.clips([*timeline.spoken_phrases(), *extra])
    renderer.release()  # every clip is here: the voice's memory goes back before levelling and encoding
    return started.prepared(timeline, clips)


def preparing(
    routine_arg: str | None,
    pace: PaceOverrides | None = None,
    engine: str | None = None,
    voice: str | None = None,
    cache_dir: Path | None = None,
    language: str | None = None,
    personal: Personal | None = None,
    warm: bool = False,
    whole_voice: bool = False,
) -> Preparing:
    """Load and settle the routine, choose its voice and list every phrase the builder may ask for, in order;
    nothing is rendered. `warm` starts loading the voice in the background when the first phrase is not cached;
    `whole_voice` loads it whole (`Renderer.load_whole`: `play`, whose first sound waits for it)."""
    from voiceroutine.cache import Cache
    from voiceroutine.speech.render import Renderer
    from voiceroutine.speech.select import choose_engine, fallback_note

    routine, options, phrases, config, learned = _settle(routine_arg, pace, language, personal)
    engine_name, voice_name = engine or routine.engine or config.engine, voice or routine.voice or config.voice
    if voice_name is not None and voice_name == config.voice and not (voice or routine.voice):
        voice_name = _if_it_speaks(voice_name, phrases.language)
    chosen = choose_engine(engine_name, voice_name, phrases.language)
    cache = Cache.default(cache_dir, config.cache_dir)
    renderer = Renderer(chosen, options.speed, cache, phrases.language)
    if whole_voice:
        renderer.load_whole()
    asked: dict[str, None] = {}
    estimate = estimated_durations(options.speed)

    def recording(text: str) -> int:
        asked.setdefault(text, None)
        return estimate(text)

    segments = segmented(routine, options, phrases)
    estimated = segments.timeline(recording)
    if warm and asked and not renderer.cached(next(iter(asked))):
        renderer.warm_up()  # the first phrase needs the voice: it loads while the player gets ready
    note = fallback_note(engine_name, voice_name, phrases.language, chosen)
    return Preparing(routine, options, phrases, renderer, tuple(asked), estimated, segments, chosen.name, cache.folder,
                     phrases.player_words(), learned, note, _licence(chosen))


def _if_it_speaks(voice: str, language: str) -> str | None:
    """The config's voice, unless it speaks another language than the routine's: a default for one's own
    language never stops a routine in another (a voice named on the command line or in the routine does)."""
    from voiceroutine.speech.select import voice_speaks

    return None if voice_speaks(voice, language) is False else voice


def _licence(engine: object) -> str:
    """ "voice en_US-joe-medium, licence CC0" where the voice's model card says (Piper voices), for the export's
    tags; "" otherwise."""
    from voiceroutine.speech.piper import PiperEngine

    if not isinstance(engine, PiperEngine):
        return ""
    licence = engine.licence()
    return f"voice {engine.model_path().stem}, licence {licence}" if licence else ""
