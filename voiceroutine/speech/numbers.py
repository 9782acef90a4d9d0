"""Numbers in words, in the form the noun after them needs: num2words does the spelling, this module only picks
the form of "one" ("eine Sekunde", "vingt et une secondes", "veintiún segundos") and reads decimals.

num2words is imported lazily: English never needs it, and it costs start-up time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

NUMBER = r"(\d+(?:[.,]\d+)?)"
_NUMBER_AND_WORD = re.compile(r"(\d+(?:[.,]\d+)?)(\s*)([^\W\d_]*)")

Genders = Mapping[str, str]
"""Lower-cased noun -> "f" or "m", for the nouns whose count changes the form of "one"."""


@cache
def supported(language: str) -> bool:
    """Whether num2words spells numbers in `language` (a primary subtag)."""
    try:
        from num2words import num2words
    except ImportError:
        return False
    try:
        num2words(1, lang=language)
    except (NotImplementedError, KeyError, OverflowError, TypeError):
        return False
    return True


def cardinal(n: int, language: str) -> str:
    from num2words import num2words

    return str(num2words(n, lang=language))


def ordinal(n: int, language: str) -> str:
    from num2words import num2words

    return str(num2words(n, lang=language, to="ordinal"))


def _with_gender(words: str, n: int, language: str, gender: str | None) -> str:
    """The cardinal `words` of `n` agreeing with a noun of `gender` ("f", "m", "n" or None for none)."""
    if language == "de":
        if n == 1 and gender is not None:  # "eins" alone, "eine Sekunde", "ein Satz"
            return "eine" if gender == "f" else "ein"
        return words
    if language == "fr":
        if gender == "f" and re.search(r"\bun$", words):
            return words[:-2] + "une"  # "vingt et une secondes"
        return words
    if language == "es":
        if words.endswith("uno") and gender is not None:
            if gender == "f":
                return words[:-1] + "a"  # "una vez", "veintiuna repeticiones"
            return words[:-3] + ("ún" if words.endswith("veintiuno") else "un")  # "veintiún segundos"
        return words
    return words


def _decimal(text: str, language: str) -> str:
    from num2words import num2words

    whole, _, fraction = re.split(r"([.,])", text, maxsplit=1)
    point = {"de": "Komma", "fr": "virgule", "es": "coma"}.get(language)
    if point is None:
        return str(num2words(float(text.replace(",", ".")), lang=language))
    digits = " ".join(cardinal(int(d), language) for d in fraction) if fraction.startswith("0") else cardinal(
        int(fraction), language
    )
    return f"{cardinal(int(whole), language)} {point} {digits}"


def spell_numbers(text: str, language: str, genders: Genders) -> str:
    """Every number in `text` in words of `language` (a primary subtag num2words knows)."""

    def spell(m: re.Match[str]) -> str:
        number, space, word = m[1], m[2], m[3]
        before = " " if m.start() and text[m.start() - 1].isalpha() else ""  # "A1" -> "A eins"
        space = space or (" " if word else "")  # "7h" -> "sieben h"
        if not number.isdigit():
            return before + _decimal(number, language) + space + word
        n = int(number)
        if n > 10**15:  # a phone number or an id, not a count: digit by digit
            return before + " ".join(cardinal(int(d), language) for d in number) + space + word
        gender = _gender(word, language, genders)
        return before + _with_gender(cardinal(n, language), n, language, gender) + space + word

    return _NUMBER_AND_WORD.sub(spell, text)


def _gender(word: str, language: str, genders: Genders) -> str | None:
    if not word:
        return None
    known = genders.get(word.lower())
    if known is not None:
        return known
    if language == "de" and word[:1].isupper():
        return "m"  # German capitalises nouns: "ein Satz", "ein Mal" (a feminine one is in the table)
    return None
