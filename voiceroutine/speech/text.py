"""Text as it should be spoken, in the routine's language: units, ranges, counts and abbreviations written out,
numbers spelled where the language needs it, emoji dropped, whitespace collapsed.

English digits stay digits: espeak-ng (and Piper, which phonemizes through espeak-ng) read "10" exactly as
"ten". What they misread is what this module rewrites: "5 s" is said "five S", "30s" "thirtys", "1-2" "one
dash two", "approx." "approx". In German, French and Spanish every number is spelled out with num2words
(speech/numbers.py) in the form the following noun needs ("eine Sekunde", "veintiún segundos"), so a German
"3." is never the ordinal "dritte" and every engine says the same words. Captions keep the written form;
only the voice hears this one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from voiceroutine.speech.languages import ENGLISH, Rules, rules_for
from voiceroutine.speech.numbers import NUMBER, spell_numbers

_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_DOUBLE_COMMA = re.compile(r",(?:\s*,)+")
_COMMA_STOP = re.compile(r",\s*\.")
_SETS_OF = re.compile(r"(\d+)\s*[x×]\s*(\d+)")


def _is_pictograph(ch: str) -> bool:
    """Emoji, pictographs and what builds them (variation selectors, joiners, skin tones, keycaps, tags).

    By Unicode category rather than an emoji list: symbols ("So") from the arrows block on are pictures, not
    words; "°", "©" and "%" come before it and are said ("Grad", "copyright", "Prozent").
    """
    code = ord(ch)
    if code in (0x200D, 0x20E3) or 0xFE00 <= code <= 0xFE0F or 0xE0020 <= code <= 0xE007F:
        return True
    if 0x1F3FB <= code <= 0x1F3FF:  # skin tone modifiers
        return True
    return code >= 0x2190 and unicodedata.category(ch) == "So"


def without_pictographs(text: str) -> str:
    """`text` with every emoji and pictograph left out (for the voice: titles and captions keep them)."""
    return "".join(ch for ch in text if not _is_pictograph(ch))


def speakable(text: str, language: str = "en") -> str:
    """`text` rewritten so every engine says it as a person would read it in `language`; idempotent."""
    rules = rules_for(language)
    out = _rewrite(text, rules)
    for _ in range(3):  # one rewrite can expose another ("min.&" -> "min. and"): settle on a fixed point
        again = _rewrite(out, rules)
        if again == out:
            break
        out = again
    return out


def with_spoken(cues: list[dict[str, Any]], language: str) -> list[dict[str, Any]]:
    """`show --json`'s cues, each speech cue with `spoken`: the exact text the engine is handed (what `Renderer`
    says for it), beside `text` as shown; tones and waits, which are never spoken, get `spoken: null`."""
    return [{**c, "spoken": speakable(c["text"], language) if c["kind"] == "speech" else None} for c in cues]


def _unit_words(rules: Rules, one: str, many: str) -> Callable[[re.Match[str]], str]:
    return lambda m: f"{m[1]} {one if rules.is_one(m[1]) else many}"


def _rewrite(text: str, rules: Rules) -> str:
    out = without_pictographs(text)
    if rules.and_word:
        out = out.replace("&", f" {rules.and_word} ")
    out = _SPACES.sub(" ", out).strip()
    for pattern, replacement in rules.before:  # ordinals, times of day: before ranges take their digits
        out = pattern.sub(replacement, out)
    sets_of = rules.sets_of
    if sets_of is not None:
        out = _SETS_OF.sub(lambda m: sets_of(m[1], m[2]), out)
    if rules.range_word:
        out = rules.range_pattern.sub(rf"\1 {rules.range_word} \2", out)
    for pattern, one, many in rules.units:  # units first: "1 min." is a minute, not "minimum"
        out = pattern.sub(_unit_words(rules, one, many), out)
    for pattern, word in rules.abbreviations:
        out = pattern.sub(word, out)
    if rules.spell is not None:
        out = spell_numbers(out, rules.spell, rules.genders)
    out = _SPACES.sub(" ", out).strip()
    out = _SPACE_BEFORE_PUNCT.sub(r"\1", out)
    return _COMMA_STOP.sub(".", _DOUBLE_COMMA.sub(",", out))


__all__ = ["ENGLISH", "NUMBER", "speakable", "without_pictographs"]
