"""The text clean-up in the routine's language: numbers in words (num2words), units, ranges, "3x10", ordinals,
times of day, and no emoji spoken."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voiceroutine.speech.text import speakable, without_pictographs

SPOKEN = {
    "de": [
        ("Übung 1 von 3: Kinn einziehen.", "Übung eins von drei: Kinn einziehen."),
        ("3.", "drei."),  # a count, never the ordinal "dritte"
        ("Und 1.", "Und eins."),
        ("Noch 1 Minute.", "Noch eine Minute."),
        ("Halte 30 s.", "Halte dreißig Sekunden."),
        ("Halte 1 s.", "Halte eine Sekunde."),
        ("1-2 min", "eins bis zwei Minuten"),
        ("3x10 Kniebeugen", "drei Mal zehn Kniebeugen"),
        ("der 2. Satz, zum 3. Mal", "der zweite Satz, zum dritten Mal"),
        ("um 7:30 Uhr", "um sieben Uhr dreißig"),
        ("Pause 1:30", "Pause eine Minute dreißig"),
        ("21 Sekunden", "einundzwanzig Sekunden"),
        ("1 Runde, 1 Satz", "eine Runde, ein Satz"),
        ("1,5 kg", "eins Komma fünf Kilogramm"),
        ("z. B. 45°", "zum Beispiel fünfundvierzig Grad"),
        ("10 Wdh. links & rechts", "zehn Wiederholungen links und rechts"),
    ],
    "fr": [
        ("Exercice 1 sur 3 : Pont.", "Exercice un sur trois: Pont."),
        ("Encore 21 secondes.", "Encore vingt et une secondes."),
        ("1 seconde", "une seconde"),
        ("30 s", "trente secondes"),
        ("1-2 min", "un à deux minutes"),
        ("3x10 squats", "trois séries de dix squats"),
        ("la 2e série, le 1er tour, la 1re fois", "la deuxième série, le premier tour, la première fois"),
        ("à 7h30", "à sept heures trente"),
        ("Repos 1:30", "Repos une minute trente"),
        ("21 fois", "vingt et une fois"),
        ("1 tour", "un tour"),
        ("env. 10 rép.", "environ dix répétitions"),
    ],
    "es": [
        ("Ejercicio 1 de 3: Puente.", "Ejercicio uno de tres: Puente."),
        ("21 segundos más.", "veintiún segundos más."),
        ("31 segundos", "treinta y un segundos"),
        ("1 segundo", "un segundo"),
        ("30 s", "treinta segundos"),
        ("1-2 min", "uno a dos minutos"),
        ("3x10 sentadillas", "tres series de diez sentadillas"),
        ("la 2ª serie, el 1er ejercicio, el 3º", "la segunda serie, el primer ejercicio, el tercero"),
        ("a las 7:30", "a las siete y treinta"),
        ("Descansa 1:30", "Descansa un minuto treinta"),
        ("Y 1.", "Y uno."),
        ("1 vez, 21 repeticiones", "una vez, veintiuna repeticiones"),
    ],
}
CASES = [(language, text, spoken) for language, pairs in SPOKEN.items() for text, spoken in pairs]


@pytest.mark.parametrize(("language", "text", "spoken"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_speakable_in_the_routines_language(language: str, text: str, spoken: str) -> None:
    assert speakable(text, language) == spoken
    assert speakable(spoken, language) == spoken  # idempotent: a stable cache key


def test_a_region_speaks_its_language_and_an_unknown_language_is_spelled_where_num2words_knows_it() -> None:
    assert speakable("Noch 1 Minute.", "de-AT") == "Noch eine Minute."
    assert speakable("Esercizio 1 di 3 🙂", "it") == "Esercizio uno di tre"
    assert speakable("Step 1 ✨", "xx") == "Step 1"  # no rules, no num2words: digits left to the voice


def test_english_keeps_its_digits_and_now_reads_sets_of_reps() -> None:
    assert speakable("Hold 30 s", "en") == "Hold 30 seconds"
    assert speakable("3x10 squats") == "3 sets of 10 squats"
    assert speakable("1x8") == "1 set of 8"


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Sunrise stretch 🌅", "Sunrise stretch"),
        ("🧘 Lotus", "Lotus"),
        ("Thumbs up 👍🏽, family 👨‍👩‍👧", "Thumbs up, family"),
        ("Flag 🇩🇪 and keycap 3️⃣", "Flag and keycap 3"),
        ("Stars ★✓ and ♥", "Stars and"),
        ("Turn 45° ©", "Turn 45 degrees ©"),  # degrees and the copyright sign are words, not pictures
    ],
)
def test_emoji_and_pictographs_are_never_spoken(text: str, spoken: str) -> None:
    assert speakable(text) == spoken
    assert without_pictographs("Morgen ☀️") == "Morgen "


PIECES = ["1", "2", "10", "21", "1,5", "30s", "5 s", "1 min", "-", "–", " bis ", " à ", " a ", "x", "3x10", "2.",
          "2e", "1er", "2ª", "7:30", " Uhr", "7h30", "las ", "&", "%", "°", "Sekunden", "minutes", "vez", "🙂", ",",
          ".", " ", "\n", "z. B.", "env.", "aprox.", "kg", "Wdh.", "rép."]


@pytest.mark.parametrize("language", ["de", "fr", "es"])
@given(text=st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_speakable_properties_in_every_language(language: str, text: str) -> None:
    once = speakable(text, language)
    assert speakable(once, language) == once
    assert not any(c.isdigit() for c in once)  # every number said in words
    assert "  " not in once and once == once.strip()
