"""What the text clean-up (speech/text.py) rewrites in each language: units, ranges, "3x10", abbreviations,
ordinals and times of day, and which nouns change the form of "one".

English is what it always was (digits left to the voice). German, French and Spanish spell numbers with
num2words; a language without rules here still has its emoji dropped and, where num2words knows it, its
numbers spelled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache

from voiceroutine.speech.numbers import NUMBER, Genders, cardinal, ordinal, supported

Replacement = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True)
class Rules:
    """One language's rewriting rules, compiled."""

    language: str
    units: tuple[tuple[re.Pattern[str], str, str], ...] = ()
    """(pattern after a number, singular, plural)."""
    range_word: str = "to"
    range_pattern: re.Pattern[str] = field(default_factory=lambda: _range("to"))
    abbreviations: tuple[tuple[re.Pattern[str], str], ...] = ()
    and_word: str = ""
    sets_of: Callable[[str, str], str] | None = None
    """ "3x10" in words, from the two numbers."""
    before: tuple[tuple[re.Pattern[str], Replacement], ...] = ()
    """Ordinals and times of day, rewritten before ranges and units."""
    spell: str | None = None
    """The num2words language that spells every number, or None to leave digits to the voice."""
    genders: Genders = field(default_factory=dict)

    def is_one(self, number: str) -> bool:
        """Whether a written number takes the singular ("1 second"; French also "0 seconde")."""
        return number in ("1", "0") if self.language == "fr" else number == "1"


def _range(word: str) -> re.Pattern[str]:
    return re.compile(NUMBER + rf"\s*(?:-|–|—|{word})\s*" + NUMBER + r"(?=\s*[^\d\s]|\s*$)")


def _units(table: tuple[tuple[str, str, str], ...]) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple(
        (re.compile(NUMBER + r"\s*" + pattern + r"(?![\w°%])", re.IGNORECASE), one, many)
        for pattern, one, many in table
    )


def _abbreviations(table: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p, re.IGNORECASE), word) for p, word in table)


ENGLISH = Rules(
    "en",
    units=_units((
        (r"(?:s|secs?|seconds?)", "second", "seconds"),
        (r"(?:mins?|minutes?)", "minute", "minutes"),
        (r"(?:h|hrs?|hours?)", "hour", "hours"),
        (r"(?:x|×)", "time", "times"),
        (r"(?:°|deg|degrees?)", "degree", "degrees"),
        (r"%", "percent", "percent"),
        (r"(?:kg|kgs)", "kilogram", "kilograms"),
        (r"(?:lbs?)", "pound", "pounds"),
    )),
    abbreviations=_abbreviations((
        (r"\bapprox\.?(?=\s|$)", "approximately"),
        (r"\be\.\s?g\.,?", "for example,"),
        (r"\bi\.\s?e\.,?", "that is,"),
        (r"\betc\.", "et cetera."),
        (r"\bvs\.?(?=\s)", "versus"),
        (r"\bmax\.(?=\s)", "maximum"),
        (r"\bmin\.(?=\s)", "minimum"),
        (r"\bea\.(?=\s)", "each"),
    )),
    and_word="and",
    sets_of=lambda sets, reps: f"{sets} {'set' if sets == '1' else 'sets'} of {reps}",
)


def _de_ordinal(m: re.Match[str]) -> str:
    """ "der 2. Satz" -> "der zweite Satz", "zum 3. Mal" -> "zum dritten Mal"."""
    article, number = m[1], int(m[2])
    word = ordinal(number, "de")
    if article and article.lower() not in ("der", "die", "das"):
        word += "n"
    return f"{article} {word}" if article else word


def _de_time(m: re.Match[str]) -> str:
    hours, minutes = int(m[1]), int(m[2])
    return f"{m[1]} Uhr" + (f" {minutes}" if minutes else "") if hours < 24 else m[0]


def _fr_ordinal(m: re.Match[str]) -> str:
    number, suffix = int(m[1]), m[2].lower()
    if number == 1:
        return "première" if suffix.startswith("r") else "premier"
    return ordinal(number, "fr")


def _fr_time(m: re.Match[str]) -> str:
    hours, minutes = int(m[1]), int(m[2] or 0)
    word = "heure" if hours in (0, 1) else "heures"
    return f"{m[1]} {word}" + (f" {minutes}" if minutes else "") if hours < 24 else m[0]


def _es_ordinal(m: re.Match[str]) -> str:
    number, suffix = int(m[1]), m[2].lower()
    word = ordinal(number, "es")
    if suffix in ("ª", "a"):
        return word[:-1] + "a" if word.endswith("o") else word
    if suffix in ("er", ".er") and word.endswith("o"):
        return word[:-1]  # "1.er" -> "primer", "3er" -> "tercer"
    return word


def _es_time(m: re.Match[str]) -> str:
    hours, minutes = int(m[2]), int(m[3])
    article = m[1]
    return f"{article} {m[2]}" + (f" y {minutes}" if minutes else "") if hours < 24 else m[0]


def _minutes_seconds(minute: str, minutes: str, joiner: str = "") -> Callable[[re.Match[str]], str]:
    """A plain "1:30" read as a duration: "1 Minute 30", "1 minute 30", "1 minuto 30"."""

    def read(m: re.Match[str]) -> str:
        word = minute if m[1] in ("1",) else minutes
        seconds = int(m[2])
        return f"{m[1]} {word}" + (f" {joiner}{seconds}" if seconds else "")

    return read


_PLAIN_CLOCK = r"(?<![\d:])(\d{1,2}):([0-5]\d)(?![\d:])"

GERMAN = Rules(
    "de",
    units=_units((
        (r"(?:s|sek|sec|sekunden?)", "Sekunde", "Sekunden"),
        (r"(?:min|minuten?)", "Minute", "Minuten"),
        (r"(?:h|std|stunden?)", "Stunde", "Stunden"),
        (r"(?:x|×|mal)", "Mal", "Mal"),
        (r"(?:°|grad)", "Grad", "Grad"),
        (r"%", "Prozent", "Prozent"),
        (r"(?:kg)", "Kilogramm", "Kilogramm"),
        (r"(?:cm)", "Zentimeter", "Zentimeter"),
        (r"(?:wdh|wdhl)\.?", "Wiederholung", "Wiederholungen"),
    )),
    range_word="bis",
    range_pattern=_range("bis"),
    abbreviations=_abbreviations((
        (r"\bz\.\s?b\.,?", "zum Beispiel"),
        (r"\bca\.(?=\s|$)", "circa"),
        (r"\bd\.\s?h\.,?", "das heißt"),
        (r"\busw\.", "und so weiter."),
        (r"\bbzw\.(?=\s|$)", "beziehungsweise"),
        (r"\bmax\.(?=\s)", "maximal"),
        (r"\bmind\.(?=\s)", "mindestens"),
        (r"\bje\.(?=\s)", "jeweils"),
    )),
    and_word="und",
    sets_of=lambda sets, reps: f"{sets} mal {reps}",
    before=(
        (re.compile(r"(?<!\d)(\d{1,2}):(\d{2})\s*Uhr\b"), _de_time),
        (re.compile(_PLAIN_CLOCK), _minutes_seconds("Minute", "Minuten")),
        (re.compile(r"\b(der|die|das|den|dem|des|zum|zur|am|im|beim|vom)\s+(\d+)\.(?=\s)", re.IGNORECASE),
         _de_ordinal),
        (re.compile(r"()(?<![\d.,])(\d+)\.(?=\s+[a-zäöüß])"), _de_ordinal),  # "2. mal" before a lower-case word
    ),
    spell="de",
    genders={w: "f" for w in ("sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "runde", "runden",
                              "wiederholung", "wiederholungen", "übung", "übungen", "serie", "serien")},
)
FRENCH = Rules(
    "fr",
    units=_units((
        (r"(?:s|sec|secondes?)", "seconde", "secondes"),
        (r"(?:min|minutes?)", "minute", "minutes"),
        (r"(?:heures?)", "heure", "heures"),
        (r"(?:x|×|fois)", "fois", "fois"),
        (r"(?:°|degrés?)", "degré", "degrés"),
        (r"%", "pour cent", "pour cent"),
        (r"(?:kg)", "kilogramme", "kilogrammes"),
        (r"(?:cm)", "centimètre", "centimètres"),
        (r"(?:rép|rep)\.?", "répétition", "répétitions"),
    )),
    range_word="à",
    range_pattern=_range("à"),
    abbreviations=_abbreviations((
        (r"\benv\.(?=\s|$)", "environ"),
        (r"\bp\.\s?ex\.,?", "par exemple"),
        (r"\bc\.-à-d\.,?", "c'est-à-dire"),
        (r"\betc\.", "et cetera."),
        (r"\bmax\.(?=\s)", "maximum"),
        (r"\bmin\.(?=\s)", "minimum"),
    )),
    and_word="et",
    sets_of=lambda sets, reps: f"{sets} {'série' if sets in ('0', '1') else 'séries'} de {reps}",
    before=(
        (re.compile(r"(?<!\d)(\d{1,2})\s?h\s?(\d{2})?(?![\w])"), _fr_time),
        (re.compile(_PLAIN_CLOCK), _minutes_seconds("minute", "minutes")),
        (re.compile(r"(?<![\d.,])(\d+)(ers?|res?|ères?|èmes?|emes?|e|de|nde)\b", re.IGNORECASE), _fr_ordinal),
    ),
    spell="fr",
    genders={w: "f" for w in ("seconde", "secondes", "minute", "minutes", "heure", "heures", "répétition",
                              "répétitions", "série", "séries", "fois", "respiration", "respirations")},
)
SPANISH = Rules(
    "es",
    units=_units((
        (r"(?:s|seg|segs|segundos?)", "segundo", "segundos"),
        (r"(?:min|mins|minutos?)", "minuto", "minutos"),
        (r"(?:h|horas?)", "hora", "horas"),
        (r"(?:x|×)", "vez", "veces"),
        (r"(?:°|grados?)", "grado", "grados"),
        (r"%", "por ciento", "por ciento"),
        (r"(?:kg)", "kilogramo", "kilogramos"),
        (r"(?:cm)", "centímetro", "centímetros"),
        (r"(?:rep|reps)\.?", "repetición", "repeticiones"),
    )),
    range_word="a",
    range_pattern=_range("a"),
    abbreviations=_abbreviations((
        (r"\baprox\.(?=\s|$)", "aproximadamente"),
        (r"\bp\.\s?ej\.,?", "por ejemplo"),
        (r"\betc\.", "etcétera."),
        (r"\bmáx\.(?=\s)", "máximo"),
        (r"\bmín\.(?=\s)", "mínimo"),
    )),
    and_word="y",
    sets_of=lambda sets, reps: f"{sets} {'serie' if sets == '1' else 'series'} de {reps}",
    before=(
        (re.compile(r"\b(las|la)\s+(\d{1,2}):(\d{2})(?!\d)", re.IGNORECASE), _es_time),
        (re.compile(_PLAIN_CLOCK), _minutes_seconds("minuto", "minutos")),
        (re.compile(r"(?<![\d.,])(\d+)\.?(º|ª|o|a|er|\.er)(?![\w])"), _es_ordinal),
    ),
    spell="es",
    genders={
        **{w: "m" for w in ("segundo", "segundos", "minuto", "minutos", "ciclo", "ciclos", "grado", "grados",
                            "kilogramo", "kilogramos", "centímetro", "centímetros", "lado", "lados")},
        **{w: "f" for w in ("hora", "horas", "repetición", "repeticiones", "serie", "series", "ronda", "rondas",
                            "vez", "veces", "respiración", "respiraciones")},
    },
)
BUILT_IN: Mapping[str, Rules] = {"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "es": SPANISH}


@cache
def rules_for(language: str) -> Rules:
    """The rules of a BCP 47 tag's primary language; for one without rules, numbers spelled if num2words can."""
    base = language.split("-")[0].lower()
    if base in BUILT_IN:
        return BUILT_IN[base]
    return Rules(base, range_word="", spell=base if supported(base) else None)


__all__ = ["BUILT_IN", "ENGLISH", "Rules", "cardinal", "rules_for"]
