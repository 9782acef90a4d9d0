"""The phrasebook: every word the program adds, by key, so wording and language change without code.

Built-in phrasebooks are `phrases/<language>.yaml` (en, de, fr, es). A phrasebook file in the user's data
folder (`phrases/<tag>.yaml`) rewords a built-in language or adds a new one; the user config and a routine
file override single keys on top. `phrasebook_for(language)` is the entry point.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import yaml

from voiceroutine.controls import describe, first_control
from voiceroutine.errors import PhraseError

# The placeholders each key may use; an override using another one is an error, not a crash.
PLACEHOLDERS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "title": frozenset({"title"}),
        "lead_in": frozenset({"name"}),
        "announce": frozenset({"number", "total", "name", "dose"}),
        "dose_reps": frozenset({"reps"}),
        "dose_reps_hold": frozenset({"reps", "hold"}),
        "dose_reps_tempo": frozenset({"reps", "rep_time"}),
        "dose_hold": frozenset({"duration"}),
        "dose_flow": frozenset({"duration"}),
        "dose_sets": frozenset({"sets"}),
        "dose_sides": frozenset(),
        "set_start": frozenset({"set", "sets"}),
        "side_start": frozenset({"side"}),
        "begin": frozenset(),
        "rep": frozenset({"rep", "reps"}),
        "halfway": frozenset(),
        "last_rep": frozenset(),
        "hold": frozenset(),
        "count": frozenset({"n"}),
        "count_last": frozenset({"n"}),
        "time_left": frozenset({"time"}),
        "release": frozenset(),
        "relax": frozenset(),
        "rest": frozenset({"time", "next"}),
        "set_rest": frozenset({"time", "set", "sets"}),
        "switch_sides": frozenset({"side"}),
        "intro_chapter": frozenset(),
        "closing": frozenset(),
        "seconds_1": frozenset(),
        "seconds": frozenset({"n"}),
        "minutes_1": frozenset(),
        "minutes": frozenset({"n"}),
        "minutes_seconds": frozenset({"minutes", "seconds"}),
        "last_set": frozenset(),
        "circuit": frozenset({"name", "rounds"}),
        "interval_dose": frozenset({"work", "rest"}),
        "interval_dose_no_rest": frozenset({"work"}),
        "circuit_announce": frozenset({"name", "dose", "number", "total"}),
        "dose_work": frozenset({"duration"}),
        "dose_flow_cycles": frozenset({"cycles"}),
        "round_start": frozenset({"round", "rounds"}),
        "last_round": frozenset(),
        "round_rest": frozenset({"time", "round", "rounds"}),
        "next_up": frozenset({"next"}),
        "last_cycle": frozenset(),
        "chapter_round": frozenset({"name", "round", "rounds"}),
        "rounds_1": frozenset(),
        "rounds": frozenset({"n"}),
        "cycles_1": frozenset(),
        "cycles": frozenset({"n"}),
        # a dose of one rep, where the language says it differently from "{reps} reps"
        "dose_reps_1": frozenset({"reps"}),
        "dose_reps_hold_1": frozenset({"reps", "hold"}),
        "dose_reps_tempo_1": frozenset({"reps", "rep_time"}),
        # the side names of `sides: true`
        "side_left": frozenset(),
        "side_right": frozenset(),
        # the live player's own words
        "get_ready": frozenset(),
        "ready_3": frozenset(),
        "ready_2": frozenset(),
        "ready_1": frozenset(),
        "press_enter": frozenset(),
        # never spoken: the names of timed steps, on the live screen and the follow-along page
        "label_hold": frozenset(),
        "label_rest": frozenset(),
        "label_round_rest": frozenset(),
        "label_get_ready": frozenset(),
        "label_switch": frozenset(),
        "label_work": frozenset(),
        "label_rep": frozenset(),
        # never spoken: the live screen's words
        "screen_exercise": frozenset({"number", "total"}),
        "screen_round": frozenset({"round", "rounds"}),
        "screen_set": frozenset({"set", "sets"}),
        "screen_rep": frozenset({"rep", "reps"}),
        "screen_rep_alone": frozenset({"rep"}),
        "screen_side": frozenset({"side"}),
        "screen_finish": frozenset(),
        "screen_next": frozenset({"next"}),
        "screen_left": frozenset({"time"}),
        "screen_paused": frozenset(),
        "screen_get_ready": frozenset(),
        "screen_press_enter": frozenset(),
        "screen_stopped": frozenset(),
        "screen_finished": frozenset(),
        "screen_keys": frozenset(),
        "screen_behind": frozenset(),
        "plain_waiting": frozenset(),
        "plain_paused": frozenset(),
        "plain_resumed": frozenset(),
        "plain_skipped": frozenset(),
        "plain_stopped": frozenset(),
        "plain_finished": frozenset(),
        "plain_tone": frozenset({"tone"}),
        "plain_behind": frozenset(),
        "cover_exercises_1": frozenset(),
        "cover_exercises": frozenset({"n"}),
        # never spoken: the rest of the cover, the comment tag of an export, `serve`'s feed and page
        "cover_subtitle": frozenset({"exercises", "length"}),
        "cover_footer": frozenset(),
        "comment_exercises_1": frozenset({"names"}),
        "comment_exercises": frozenset({"n", "names"}),
        "comment_no_exercises": frozenset(),
        "comment_length": frozenset({"length"}),
        "comment_level": frozenset({"level"}),
        "comment_speed": frozenset({"speed"}),
        "level_easy": frozenset(),
        "level_standard": frozenset(),
        "level_hard": frozenset(),
        "feed_description": frozenset({"routines"}),
        "feed_cover": frozenset(),
        "feed_routines_1": frozenset(),
        "feed_routines": frozenset({"n"}),
        "page_subscribe": frozenset(),
        "page_follow_along": frozenset(),
        "page_audio": frozenset(),
        "page_empty": frozenset(),
        # never spoken: the follow-along page of `export --page`
        "page_play": frozenset(),
        "page_pause": frozenset(),
        "page_back": frozenset(),
        "page_skip": frozenset(),
        "page_previous_chapter": frozenset(),
        "page_next_chapter": frozenset(),
        "page_next_finish": frozenset(),
    }
)
SINGULARS: Mapping[str, str] = MappingProxyType(
    {"dose_reps": "dose_reps_1", "dose_reps_hold": "dose_reps_hold_1", "dose_reps_tempo": "dose_reps_tempo_1"}
)
"""Keys whose wording for one is a separate key that a phrasebook may leave out (then the plural key is used).
Overriding the plural key without its singular drops the singular below it, so no built-in wording leaks in."""
LATER = frozenset({"plain_waiting", "plain_paused", "plain_resumed", "plain_skipped", "plain_stopped",
                   "plain_finished", "plain_tone", "plain_behind", "screen_behind", "cover_exercises_1",
                   "cover_exercises",
                   *(k for k in PLACEHOLDERS if k.startswith(("cover_", "comment_", "level_", "feed_", "page_")))})
"""Keys added after phrasebooks for new languages could be written: a user's phrasebook without them still
loads, and they are said in English there (every built-in phrasebook has them)."""
OPTIONAL = frozenset(SINGULARS.values()) | LATER
"""Keys a phrasebook may leave out."""
BUILT_IN_FOLDER = "phrases"
USER_FOLDER = "phrases"
"""The folder of the user's own phrasebook files, inside the data folder (voiceroutine/paths.py)."""


MAX_FILLED = 1000
"""Characters a phrase may have once its placeholders are filled in: the longest built-in wording with a
500-character name takes about 600; repeating a placeholder in an override cannot go past this."""


def placeholder_fault(template: str, allowed: frozenset[str]) -> tuple[str, str] | None:
    """What is wrong with the placeholders of `template`, or None: only plain `{name}` with a name in `allowed`.

    Returns ("braces", the parser's words), ("unknown", "{name}") or ("format", "{n:0>5000}"): a format spec,
    a conversion (`{title!r}`), an attribute or index (`{name.upper}`, `{name[0]}`) or a positional `{}` would
    let a wording crash the builder or cost minutes and memory. Every caller words its own message.
    """
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError as e:
        return "braces", str(e)
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        if spec or conversion:
            return "format", "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        if name not in allowed:
            return "unknown", "{" + name + "}"
    return None


def offered(allowed: frozenset[str]) -> str:
    """"{next}, {time}" or "no placeholders", for a message."""
    return ", ".join("{" + name + "}" for name in sorted(allowed)) or "no placeholders"


def _shown(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def is_one(language: str, n: int) -> bool:
    """Whether `n` takes the `_1` wording, which names the number itself ("1 second"): only 1, in every language
    here (French may say "0 seconde", but "0 secondes" is right too, and a `_1` wording says "1")."""
    return n == 1


@dataclass(frozen=True, slots=True)
class PlayerWords:
    """What the live player says itself: before going on after a pause, and at a manual step."""

    get_ready: str = "Get ready."
    countdown: tuple[str, ...] = ("Three.", "Two.", "One.")
    press_enter: str = "Press Enter when you are ready."

    def all(self) -> tuple[str, ...]:
        return (self.get_ready, *self.countdown, self.press_enter)


@dataclass(frozen=True, slots=True)
class ScreenWords:
    """What the live screen shows besides the routine's own words, as templates (str.format)."""

    exercise: str = "Exercise {number} of {total}"
    round: str = "Round {round} of {rounds}"
    set: str = "Set {set} of {sets}"
    rep: str = "Rep {rep} of {reps}"
    rep_alone: str = "Rep {rep}"
    side: str = "{side} side"
    side_left: str = "left"
    side_right: str = "right"
    finish: str = "Finish"
    next: str = "Next: {next}"
    left: str = "{time} left"
    paused: str = "Paused · space to go on"
    get_ready: str = "Get ready…"
    press_enter: str = "Press Enter when you are ready"
    stopped: str = "Stopped"
    finished: str = "Well done: routine finished"
    keys: str = "space pause · n next · p back · q quit"
    plain_waiting: str = "waiting: press Enter to go on"
    """The plain lines of `play --quiet` (and of a pipe), from here on."""
    plain_paused: str = "paused: press space to go on"
    plain_resumed: str = "going on after a countdown"
    plain_skipped: str = "(skipped here)"
    plain_stopped: str = "stopped"
    plain_finished: str = "finished"
    plain_tone: str = "({tone} tone)"
    behind: str = "Waiting for the voice…"
    """While the rest of the routine is still being rendered and the player caught up with it."""
    plain_behind: str = "waiting for the voice (still rendering)"

    def side_name(self, side: str) -> str:
        """A side as the screen shows it: "Left side", "Linke Seite", "Côté gauche"."""
        word = self.side_left if side == "left" else self.side_right if side == "right" else side
        return self.side.format(side=word.capitalize() if self.side.startswith("{side}") else word)


_ENGLISH_SCREEN = ScreenWords()
DECIMAL_COMMA = frozenset({"de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "nb", "no", "fi", "cs", "ru",
                           "uk", "tr", "el", "hu", "ro", "ca", "sk", "sl", "hr", "bg", "et", "lv", "lt", "id", "vi"})
"""Languages that write a decimal comma ("1,5"), for the few numbers shown in words: the speed in the comment."""


@dataclass(frozen=True, slots=True)
class PageWords:
    """The words of the follow-along page (`export --page`), in one language."""

    screen: ScreenWords = field(default_factory=ScreenWords)
    """"Exercise 2 of 5", "Round 1 of 3", "Next: {next}", as on the live screen."""
    play: str = "Play"
    pause: str = "Pause"
    back: str = "Back"
    skip: str = "Skip"
    previous_chapter: str = "Previous chapter"
    next_chapter: str = "Next chapter"
    next_finish: str = "Next: finish"
    language: str = "en"


@dataclass(frozen=True, slots=True)
class FeedWords:
    """The words of `serve`'s feed and page, in one language."""

    description: str
    """The channel's description, with how many routines."""
    subscribe: str
    follow_along: str
    audio: str
    empty: str
    cover: str
    """Under the folder's name on the feed's own cover."""
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Phrasebook:
    """Wordings by key; each key has one or more forms, longest first."""

    forms_by_key: Mapping[str, tuple[str, ...]]
    language: str = "en"
    """The BCP 47 tag these words are in."""

    def forms(self, key: str, **values: object) -> tuple[str, ...]:
        """All wordings of `key` filled in, longest first, without repeats."""
        filled = (" ".join(form.format(**values).split()) for form in self.forms_by_key[key])
        forms = tuple(dict.fromkeys(f for f in filled if f))
        for form in forms:
            if len(form) > MAX_FILLED:
                raise PhraseError(f"phrases.{key}: filled in, the wording makes {len(form)} characters "
                                  f"({_shown(form)}), allowed: at most {MAX_FILLED}; use fewer placeholders")
        return forms

    def text(self, key: str, **values: object) -> str:
        """The full wording of `key`."""
        return self.forms(key, **values)[0]

    def duration(self, ms: int) -> str:
        """A duration in words: "5 seconds", "1 minute", "1 minute 30 seconds"."""
        total_s = (ms + 500) // 1000
        minutes, seconds = divmod(total_s, 60)

        def secs(n: int) -> str:
            return self.amount("seconds", n)

        if minutes == 0 or (total_s < 90 and seconds):
            return secs(total_s)
        mins = self.amount("minutes", minutes)
        if not seconds:
            return mins
        return self.text("minutes_seconds", minutes=mins, seconds=secs(seconds))

    def amount(self, key: str, n: int) -> str:
        """A count in words with its noun: `key_1` for one ("1 round"), else `key` ("3 rounds")."""
        return self.text(f"{key}_1") if is_one(self.language, n) else self.text(key, n=n)

    def counted(self, key: str, n: int) -> str:
        """`key` for a count of `n`, or its singular key (SINGULARS) where n takes the singular and one is worded."""
        single = SINGULARS.get(key)
        return single if single is not None and is_one(self.language, n) and single in self.forms_by_key else key

    def side(self, side: str, key: str = "side_start") -> str:
        """A side's name for `key`: `sides: true` names (left, right) in this language, capitalised where the
        wording starts with it ("Left side.", but "Côté gauche.")."""
        word = self.text(f"side_{side}") if side in ("left", "right") else side
        return word.capitalize() if self.forms_by_key[key][0].startswith("{side}") else word

    def screen_words(self) -> ScreenWords:
        """The live screen's words."""
        names = ("exercise", "round", "set", "rep", "rep_alone", "side", "finish", "next", "left", "paused",
                 "get_ready", "press_enter", "stopped", "finished", "keys")
        values = {name: self.forms_by_key[f"screen_{name}"][0] for name in names}
        for key in (*(f"plain_{name}" for name in ("waiting", "paused", "resumed", "skipped", "stopped", "finished",
                                                 "tone", "behind")), "behind"):
            values[key] = self.forms_by_key.get(key if key.startswith("plain_") else f"screen_{key}",
                                                (getattr(_ENGLISH_SCREEN, key),))[0]
        return ScreenWords(**values, side_left=self.text("side_left"), side_right=self.text("side_right"))

    def later(self, key: str, **values: object) -> str:
        """`key` filled in, in English when this phrasebook is a user's from before the key (LATER)."""
        return self.text(key, **values) if key in self.forms_by_key else english().text(key, **values)

    def later_amount(self, key: str, n: int, **values: object) -> str:
        """`later` of `key_1` for one, else of `key` with `n`."""
        return self.later(f"{key}_1", **values) if is_one(self.language, n) else self.later(key, n=n, **values)

    def cover_count(self, count: int) -> str:
        """The number of exercises on an export's cover: "3 exercises", "3 Übungen", "1 exercice"."""
        return self.later_amount("cover_exercises", count)

    def cover_words(self, count: int, length: str) -> tuple[str, str]:
        """What an export's cover says under its title ("3 exercises · 12:05") and at its foot ("voiceroutine")."""
        return self.later("cover_subtitle", exercises=self.cover_count(count), length=length), self.later(
            "cover_footer")

    def number(self, value: float) -> str:
        """A decimal number as this language writes it: "1.5", "1,5"."""
        text = f"{value:g}"
        return text.replace(".", ",") if self.language.split("-")[0].lower() in DECIMAL_COMMA else text

    def summary(self, exercises: Sequence[str], length: str, level: str | None = None,
                speed: float | None = None) -> str:
        """The comment tag of an export: "5 exercises: Chin tuck, ...; length 10:42; level standard; speed 1.5x"."""
        names = ", ".join(exercises)
        parts = [self.later_amount("comment_exercises", len(exercises), names=names) if exercises
                 else self.later("comment_no_exercises"), self.later("comment_length", length=length)]
        if level:
            word = self.later(f"level_{level}") if f"level_{level}" in PLACEHOLDERS else level
            parts.append(self.later("comment_level", level=word))
        if speed is not None:
            parts.append(self.later("comment_speed", speed=self.number(speed)))
        return "; ".join(parts)

    def page_words(self) -> PageWords:
        """The follow-along page's own words."""
        return PageWords(self.screen_words(), self.later("page_play"), self.later("page_pause"),
                         self.later("page_back"), self.later("page_skip"), self.later("page_previous_chapter"),
                         self.later("page_next_chapter"), self.later("page_next_finish"), self.language)

    def feed_words(self, routines: int) -> FeedWords:
        """`serve`'s own words, for a feed of `routines` routines."""
        return FeedWords(self.later("feed_description", routines=self.later_amount("feed_routines", routines)),
                         self.later("page_subscribe"), self.later("page_follow_along"), self.later("page_audio"),
                         self.later("page_empty"), self.later("feed_cover"), self.language)

    def player_words(self) -> PlayerWords:
        """The live player's own words."""
        return PlayerWords(
            self.text("get_ready"),
            (self.text("ready_3"), self.text("ready_2"), self.text("ready_1")),
            self.text("press_enter"),
        )

    def with_overrides(
        self, overrides: Iterable[tuple[str, str | list[str] | tuple[str, ...]]], where: str
    ) -> Phrasebook:
        """A copy with some keys reworded; unknown keys and placeholders are reported with `where`."""
        merged = dict(self.forms_by_key)
        given = {}
        for key, value in overrides:
            forms = (value,) if isinstance(value, str) else tuple(value)
            given[key] = _checked(key, forms, where)
        for key, single in SINGULARS.items():
            if key in given and single not in given:
                merged.pop(single, None)
        merged.update(given)
        return Phrasebook(MappingProxyType(merged), self.language)


def _checked(key: str, forms: tuple[str, ...], where: str) -> tuple[str, ...]:
    if key not in PLACEHOLDERS:
        import difflib

        close = difflib.get_close_matches(key, list(PLACEHOLDERS), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise PhraseError(f"{where}: phrases: unknown phrase key {key!r}{hint}; see docs/phrasebook.md")
    if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
        raise PhraseError(f"{where}: phrases.{key}: expected a non-empty wording or a list of them")
    for form in forms:
        at = first_control(form)
        if at is not None:
            raise PhraseError(f"{where}: phrases.{key}: found the control character {describe(form[at])}, "
                              "allowed: text without control characters")
        fault = placeholder_fault(form, PLACEHOLDERS[key])
        if fault is None:
            continue
        kind, detail = fault
        can = offered(PLACEHOLDERS[key])
        if kind == "braces":
            raise PhraseError(f"{where}: phrases.{key}: broken braces in {form!r} ({detail})")
        if kind == "unknown":
            raise PhraseError(f"{where}: phrases.{key}: unknown placeholder {detail}; this phrase may use {can}")
        raise PhraseError(f"{where}: phrases.{key}: found {_shown(detail)}; only plain placeholders are allowed "
                          f"({can}), without : or !")
    return forms


def built_in_languages() -> tuple[str, ...]:
    """The languages with a built-in phrasebook, English first."""
    folder = resources.files("voiceroutine.timeline").joinpath(BUILT_IN_FOLDER)
    found = sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))
    return tuple(sorted(found, key=lambda tag: (tag != "en", tag)))


@cache
def built_in(language: str) -> Phrasebook | None:
    """The built-in phrasebook of a language ("de"), complete, or None when there is none."""
    path = resources.files("voiceroutine.timeline").joinpath(f"{BUILT_IN_FOLDER}/{language}.yaml")
    if not path.is_file():
        return None
    where = f"{BUILT_IN_FOLDER}/{language}.yaml"
    forms = _read_forms(path.read_text(encoding="utf-8"), where)
    _complete(forms, where)
    return Phrasebook(MappingProxyType(forms), language)


def english() -> Phrasebook:
    """The built-in English phrasebook."""
    book = built_in("en")
    assert book is not None
    return book


_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader in C when it was built with libyaml (a phrasebook in 4 ms instead of 30 ms, at every
start), the same safe loader in Python otherwise."""


def _read_forms(text: str, where: str) -> dict[str, tuple[str, ...]]:
    try:
        raw = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise PhraseError(f"{where}{at}: not valid YAML") from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise PhraseError(f"{where}: expected a mapping of phrase keys to wording (docs/phrasebook.md)")
    forms = {}
    for key, value in raw.items():
        if isinstance(value, str):
            value = (value,)
        elif isinstance(value, list):
            value = tuple(value)
        else:
            raise PhraseError(f"{where}: phrases.{key}: expected a wording in quotes or a list of them")
        forms[str(key)] = _checked(str(key), value, where)
    return forms


def _complete(forms: Mapping[str, tuple[str, ...]], where: str) -> None:
    missing = sorted(set(PLACEHOLDERS) - set(forms) - OPTIONAL)
    if missing:
        raise PhraseError(f"{where}: missing phrase keys: {', '.join(missing)} (a phrasebook for a new language "
                          "needs every key; docs/phrasebook.md lists them)")


def phrasebook_for(language: str, user_folder: Path | None = None) -> Phrasebook:
    """The phrasebook of `language` (a BCP 47 tag): the built-in one of its primary language, reworded by the
    user's `phrases/<language>.yaml` and `phrases/<tag>.yaml` in `user_folder` when there are such files.

    A language with no built-in phrasebook needs a complete user file; with neither, a PhraseError names the
    file to write.
    """
    base = language.split("-")[0].lower()
    book = built_in(base)
    files = []
    if user_folder is not None:
        names = dict.fromkeys([f"{base}.yaml", f"{language}.yaml"])
        files = [user_folder / name for name in names if (user_folder / name).is_file()]
    if book is None and not files:
        from voiceroutine.language import name

        wanted = (user_folder / f"{base}.yaml") if user_folder is not None else Path(f"phrases/{base}.yaml")
        raise PhraseError(f"no phrasebook for {name(language)} ({language!r}): built in are "
                          f"{', '.join(built_in_languages())}; write {wanted} to add it (docs/phrasebook.md)")
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise PhraseError(f"{path}: cannot read the phrasebook: {e}") from None
        forms = _read_forms(text, str(path))
        if book is None:
            _complete(forms, str(path))
            book = Phrasebook(MappingProxyType(forms), language)
        else:
            book = book.with_overrides(forms.items(), str(path))
    assert book is not None
    return Phrasebook(book.forms_by_key, language)
