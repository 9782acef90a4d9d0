"""A lexicon of exercise names: does this text name a known exercise, and in which of its words?

The names come from a public-domain exercise database (yuhonas/free-exercise-db, its 873 entries) and a list written
by hand for the physio, yoga and home-workout names that database lacks (`exercise_names.json` says which is which).
A text names a known exercise when its words hold a known name ("glute bridges", "cat-cow stretch", "child's pose")
or, failing that, a movement word that ends several known names ("squats", "a doorway stretch"). The lexicon only
adds evidence: an unknown name is still a name, and no rule may drop a line because the lexicon does not know it.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from voiceroutine.importer.steps import VERBS


@dataclass(frozen=True, slots=True)
class Named:
    """Where a text names a known exercise."""

    words: str
    """The text's own words that name it ("glute bridges")."""
    start: int
    """Where those words start in the text (a character offset)."""
    end: int
    """Where they end."""
    known: str
    """The lexicon's words for it, lower case and singular ("glute bridge")."""
    whole_name: bool
    """True when the words are a known name of two or more words; False for a movement word alone ("squats"), with
    the words right before it that qualify it ("doorway stretch")."""


_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_IRREGULAR = {"calves": "calf", "flyes": "fly", "flye": "fly", "flies": "fly", "knees": "knee", "feet": "foot"}
_QUALIFIER = re.compile(r"\s+(?:-|–)\s+.*$|\s*\([^)]*\)|,.*$")
"""What follows a name's core in the database: "Calf Raises - With Bands", "Box Jump (Multiple Response)",
"Bicycling, Stationary"."""
_TAIL_WORDS = frozenset(re.findall(r"\S+", "with on to from over behind against off into at in using for"))
"""Words that start a name's setting ("Squat with Bands", "Barbell Squat To A Bench"): the core is before them."""
NOT_MOVEMENTS = frozenset(re.findall(r"\S+", """
back knee bench wall neck chest ball head floor position grip bar machine band bands cable rope hand arm arms
leg hip hips side body neutral hamstring glute quad quadricep calf bicep tricep lat adductor abductor groin
deltoid delt trap oblique ab core shoulder ankle wrist elbow foot toe flexor version response style attachment
clean pin block exercise trainer smr resistance up down in out over through wide bent cross looking lateral sit
step chin morning
"""))
"""Last words of known names that name a body part, a muscle, an object or a variant, not a movement (the database's
"Lying Hamstring", "Dips - Chest Version", "Power Clean"): never a known exercise alone. Written by hand."""
_NOT_MODIFIERS = frozenset(re.findall(r"\S+", """
a an the your my our their his her its this that these those some any each every both one two three four five
six seven eight nine ten few couple of to into onto in on at with and or then next finally now do does doing try
add finish start begin into for from by up down over under off out is are be it them as like
""")) | VERBS
"""Words before a movement word that are no part of its name ("finish with the doorway stretch")."""
_ARTICLES = frozenset(re.findall(r"\S+", "the a an and or of"))
_DIRECTIONS = frozenset(re.findall(r"\S+", "across under through around towards toward"))
"""Words that start a direction, never a name's last words ("across the body" of "Knee Across The Body")."""
_OWNERS = frozenset(re.findall(r"\S+", "your my our his her their both one each"))
"""Words before a body part in an instruction ("let your knees drop", "bring one knee up")."""
_OBJECTS = frozenset(re.findall(r"\S+", "your the a an both one my it them this that each his her their"))
"""Words after a movement word that make it a verb ("press your palms together", "walk the hands out")."""


def _singular(word: str) -> str:
    word = word.lower().replace("’", "'").replace("'", "")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("sses", "shes", "ches", "xes")) and len(word) > 4:
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and len(word) >= 3 and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class _Lexicon:
    names: frozenset[tuple[str, ...]]
    """Known names of two or more words, singular, and each name's last two or more words ("calf raise")."""
    longest: int
    movements: frozenset[str]
    """Movement words that end two or more known names ("squat", "stretch", "curl")."""
    joined: dict[str, tuple[str, str]]
    """Two words written as one ("pushup", "situp"): the two words."""


def _split(word: str, joined: dict[str, tuple[str, str]]) -> tuple[str, ...]:
    return joined.get(word, (word,))


def _core(name: str) -> str:
    """ "Barbell Squat To A Bench" -> "Barbell Squat", "Calf Raises - With Bands" -> "Calf Raises"."""
    name = _QUALIFIER.sub("", name).strip()
    words = name.split()
    for index in range(1, len(words)):
        if words[index].lower() in _TAIL_WORDS:
            return " ".join(words[:index])
    return name


@cache
def _lexicon() -> _Lexicon:
    data = json.loads(resources.files("voiceroutine.importer").joinpath("exercise_names.json").read_text("utf-8"))
    # a database name's core ("Barbell Squat" of "Barbell Squat To A Bench") ends in its movement; the names written
    # by hand are cores as they stand ("Sit to stand", "Knee to chest")
    written = [*(_QUALIFIER.sub("", name) for name in data["names"]), *data["added_by_hand"]]
    cut = [*map(_core, data["names"]), *data["added_by_hand"]]
    plain = [tuple(_singular(t) for t in _TOKEN.findall(name)) for name in written + cut]
    joined = {a + b: (a, b) for words in plain for a, b in itertools.pairwise(words) if len(a + b) > 4}
    every = [tuple(w for t in words for w in _split(t, joined)) for words in plain]
    cores = every[len(written):]
    heads = Counter(words[-1] for words in cores if words)
    movements = {word for word, count in heads.items() if count >= 2}
    movements |= {words[0] for words in cores if len(words) == 1}
    movements -= NOT_MOVEMENTS
    names: set[tuple[str, ...]] = set()
    for at, words in enumerate(every):
        if at >= len(written) and words and words[-1] not in movements:
            continue  # "One Knee" of "One Knee To Chest" names no movement; the whole name is kept
        # "calf raise" of "Seated Calf Raise"; not "on the spot" of "Marching on the spot"
        names.update(words[start:] for start in range(len(words) - 1)
                     if start == 0 or words[start] not in _TAIL_WORDS | _ARTICLES | _DIRECTIONS)
    return _Lexicon(frozenset(names), max(map(len, names)), frozenset(movements), joined)


def _tokens(text: str, lexicon: _Lexicon) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text):
        out.extend((word, m.start(), m.end()) for word in _split(_singular(m.group()), lexicon.joined))
    return out


def named_exercise(text: str) -> Named | None:
    """Where `text` names a known exercise: the longest known name in it, else its first movement word that is not
    a verb ("squats", not "press your palms"), with up to two words before it that qualify it ("doorway stretch").
    None when it names none the lexicon knows (which says nothing against it being an exercise)."""
    lexicon = _lexicon()
    tokens = _tokens(text[:2000], lexicon)
    words = [token[0] for token in tokens]
    best: tuple[int, int] | None = None
    for start in range(len(words)):
        for length in range(min(lexicon.longest, len(words) - start), 1, -1):
            if tuple(words[start:start + length]) in lexicon.names:
                if best is None or length > best[1] - best[0]:
                    best = (start, start + length)
                break
    if best is not None and best[0] > 0 and words[best[0] - 1] in _OWNERS:
        best = None  # "let both knees drop", "bring one knee up": an instruction, not a name
    if best is not None:
        start, end = best
        start = _with_its_modifiers(text, tokens, start)
        if end < len(words) and words[end] in lexicon.movements and not (
                end + 1 < len(words) and words[end + 1] in _OBJECTS):
            end += 1  # "cat-camel stretch", "bird dog hold": the movement word after a known name is part of it
        return _named(text, tokens, start, end, whole_name=True)
    for index, word in enumerate(words):
        if word not in lexicon.movements or (index + 1 < len(words) and words[index + 1] in _OBJECTS):
            continue
        first = index
        while first > 0 and index - first < 2 and words[first - 1] not in _NOT_MODIFIERS \
                and not words[first - 1].isdigit() and tokens[first][1] - tokens[first - 1][2] <= 2:
            first -= 1
        if first > 0 and words[first - 1] in _OWNERS:
            continue  # "let your knees drop": an instruction about a body part, not a name
        return _named(text, tokens, first, index + 1, whole_name=False)
    return None


_POSTURES = frozenset(re.findall(r"\S+", "standing seated sitting lying kneeling supine prone reclined reclining"))
"""Postures that start an exercise's name ("Standing hamstring stretch", "Seated calf raise")."""


def _with_its_modifiers(text: str, tokens: list[tuple[str, int, int]], first: int) -> int:
    """Where a known name found from its token `first` starts in the text: before the words joined to it by a hyphen
    ("Cross-body stretch", not "body stretch") and a posture right before it ("a standing hamstring stretch")."""
    def hyphened(at: int) -> int:
        while at > 0 and text[tokens[at - 1][2]:tokens[at][1]] in ("-", "‑", "–"):
            at -= 1
        return at
    first = hyphened(first)
    if first > 0 and tokens[first - 1][0] in _POSTURES and tokens[first][1] - tokens[first - 1][2] == 1:
        first = hyphened(first - 1)
    return first


def _named(text: str, tokens: list[tuple[str, int, int]], first: int, end: int, whole_name: bool) -> Named:
    start, stop = tokens[first][1], tokens[end - 1][2]
    return Named(text[start:stop], start, stop, " ".join(token[0] for token in tokens[first:end]), whole_name)


def names_exercise(text: str) -> bool:
    """Whether `text` names an exercise the lexicon knows."""
    return named_exercise(text) is not None


_TRAILING = re.compile(
    r"^\s*(?:[,;(]|\w+ly\b|\w+ing\b|(?:to|with|like|for|both|around|from|against|using|while|until)\b)", re.I)
"""What may follow an exercise's name in a sentence and is no part of it: "do pelvic tilts lying on your back", "walk
slowly", "bird dogs to build stability"."""


_LEADS = frozenset(re.findall(r"\S+", "do try add finish make perform complete then"))
"""Verbs that lead in to an exercise's name ("do pelvic tilts", "try the cat-camel stretch")."""
_BEFORE_NAME = frozenset(re.findall(r"\S+", "the a an with into"))
"""Words right before a name in a sentence ("lift into a glute bridge"); not "to", which joins two movements ("Squat
to calf raise")."""
_SETTING = re.compile(r"^\s*(?:,\s*with\b|\s(?:(?:lying|sitting|standing|kneeling)\s+(?:on|in|down|up|at|against|with)|"
                      r"holding|using|both\s+(?:feet|hands))\b)", re.I)
"""A position or an aid after an exercise's name ("sitting down", "lying on your side", "both feet on the step"); not
a variant's word ("Quad stretch standing, hand on the wall")."""


def sentence_words(name: str) -> str | None:
    """Of a name that reads as a piece of the article's sentence (a lead-in before a known exercise, "do pelvic
    tilts", "try the cat-camel stretch", "lift into a glute bridge", or the position after it, "ankle circles sitting
    down"), the words that name the known exercise; None for any other name ("Alternate nostril breathing", "Squat to
    calf raise"), which is the article's own."""
    named = named_exercise(name)
    if named is None:
        return None
    before = name[:named.start].lower().split()
    lead = before[0].strip(",.:") if before else ""
    led = lead in _LEADS or (lead in VERBS and before[-1] in _BEFORE_NAME)
    placed = bool(_SETTING.match(name[named.end:]))
    return exercise_words(name) if led or placed else None


def exercise_words(name: str) -> str | None:
    """Of a name made from an article's sentence ("finish with the doorway stretch", "do bird dogs to build
    stability"), the words that name a known exercise ("doorway stretch", "bird dogs"); None when the lexicon knows
    none in it or they are the whole name. The words before them are always dropped (a lead-in); the words after
    them only when they start a manner, purpose or setting ("lying on your back", "slowly"), so "March on the spot"
    keeps its place. A movement word alone at the start ("Walking briskly", "Walk around the garden") keeps what
    follows unless a comma or bracket parts them ("Skipping, with or without a rope") or it gives a posture
    ("Clamshells lying on your side")."""
    named = named_exercise(name)
    if named is None:
        return None
    rest = name[named.end:]
    bare_start = not named.whole_name and named.start == 0 and named.known.count(" ") == 0
    if bare_start:
        keep_rest = not re.match(r"^\s*(?:[,;(]|(?:lying|sitting|standing|kneeling)\b)", rest, re.I)
    else:
        keep_rest = bool(rest.strip()) and not _TRAILING.match(rest)
    words = (name[named.start:] if keep_rest else named.words).strip(" ,;")
    return words if words != name.strip() else None
