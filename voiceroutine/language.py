"""The language a routine is spoken in: a BCP 47 tag ("de", "fr-CA", "es-419"), checked and resolved once.

The routine's `language:` beats the user config's `language`; `--language` beats both; English when all are
silent. The phrasebook (timeline/phrasebook.py), the text clean-up (speech/text.py) and the choice of voice
(speech/select.py) all follow the primary subtag ("de" of "de-AT").
"""

from __future__ import annotations

import re

DEFAULT = "en"
BUILT_IN = ("en", "de", "fr", "es")
"""Languages with a built-in phrasebook and text rules."""
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch",
         "pt": "Portuguese", "pl": "Polish", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "fi": "Finnish",
         "cs": "Czech", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish", "el": "Greek", "hu": "Hungarian",
         "ro": "Romanian", "ca": "Catalan", "zh": "Chinese", "ja": "Japanese", "ar": "Arabic"}
ISO_639_2 = {"en": "eng", "de": "deu", "fr": "fra", "es": "spa", "it": "ita", "nl": "nld", "pt": "por", "pl": "pol",
             "sv": "swe", "da": "dan", "nb": "nob", "no": "nor", "fi": "fin", "cs": "ces", "ru": "rus", "uk": "ukr",
             "tr": "tur", "el": "ell", "hu": "hun", "ro": "ron", "ca": "cat", "zh": "zho", "ja": "jpn", "ar": "ara",
             "ko": "kor", "hi": "hin", "he": "heb", "sk": "slk", "sl": "slv", "hr": "hrv", "sr": "srp", "bg": "bul",
             "et": "est", "lv": "lav", "lt": "lit", "is": "isl", "ga": "gle", "cy": "cym", "eu": "eus", "gl": "glg",
             "vi": "vie", "id": "ind", "fa": "fas", "sw": "swa", "ka": "kat", "kk": "kaz", "lb": "ltz", "ne": "nep"}
"""Two-letter primary subtags and their ISO 639-2 (terminology) codes, for the language tags of exports (ID3 TLAN,
MP4). A short table of the standard rather than a dependency (pycountry): these codes do not change, and a
language outside it is written "und" (undetermined), which players accept."""


def iso639_2(tag: str) -> str:
    """The three-letter ISO 639-2 code of a BCP 47 tag's language: "deu" for "de-AT", "und" when unknown."""
    first = primary(tag)
    if len(first) == 3 and first.isalpha():
        return first
    return ISO_639_2.get(first, "und")

def from_iso639_2(code: str) -> str | None:
    """The BCP 47 primary tag of an ISO 639-2 code read from a file's tags ("deu" -> "de"), None for "und" or
    anything that is not a language code."""
    code = code.strip().lower()
    for two, three in ISO_639_2.items():
        if three == code:
            return two
    return code if len(code) == 3 and code.isascii() and code.isalpha() and code not in ("und", "zxx", "mul") \
        else None


# Well-formed BCP 47 (RFC 5646, section 2.1) without the rare grandfathered tags: language, script, region,
# variants, extensions, private use. Case is normalised the way the RFC recommends (de-AT, zh-Hant, sr-Latn-RS).
_TAG = re.compile(
    r"^(?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3})"  # 4-8 letters are reserved: "german" is a mistake
    r"(?:-(?P<script>[a-z]{4}))?"
    r"(?:-(?P<region>[a-z]{2}|\d{3}))?"
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*"
    r"(?:-[\da-wy-z](?:-[a-z\d]{2,8})+)*"
    r"(?:-x(?:-[a-z\d]{1,8})+)?$",
    re.IGNORECASE,
)
EXAMPLE = "a BCP 47 language tag such as en, de, fr, es, de-AT or es-419"


def parse_tag(text: str) -> str | None:
    """`text` as a normalised BCP 47 tag ("DE_at" -> "de-AT"), or None when it is not one."""
    candidate = text.strip().replace("_", "-")
    m = _TAG.match(candidate)
    if m is None:
        return None
    parts = candidate.split("-")
    out = [parts[0].lower()]
    singleton = False  # after an extension or private-use singleton ("-u-", "-x-") case carries no meaning
    for part in parts[1:]:
        singleton = singleton or len(part) == 1
        if not singleton and len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif not singleton and len(part) == 2 and part.isalpha():
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def primary(tag: str) -> str:
    """The language itself, without region or script: "de" for "de-AT"."""
    return tag.split("-")[0].lower()


def name(tag: str) -> str:
    """ "German" for "de", "German (AT)" for "de-AT", the tag itself when the language has no name here."""
    base = NAMES.get(primary(tag))
    if base is None:
        return tag
    rest = tag.split("-")[1:]
    return f"{base} ({'-'.join(rest)})" if rest else base


def resolve(option: str | None, routine: str | None, config: str | None) -> str:
    """The language to speak: --language, else the routine's, else the user config's, else English.

    Each value is already checked where it was read; the command line's is checked by the caller.
    """
    return option or routine or config or DEFAULT
