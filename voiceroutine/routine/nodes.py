"""Reading checked values out of YAML nodes, collecting a located Problem for everything wrong.

Walking composed nodes (not constructed Python values) keeps every value's line and column, lets
us see duplicate keys, and never runs a YAML tag's constructor.
"""

from __future__ import annotations

import difflib
import re

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from voiceroutine.controls import describe as describe_char
from voiceroutine.controls import first_control
from voiceroutine.errors import Problem
from voiceroutine.routine.model import Span
from voiceroutine.routine.units import DURATION_EXAMPLES, UnitError, parse_count, parse_duration, quote

YAML = "tag:yaml.org,2002:"
NULL = YAML + "null"
BOOL = YAML + "bool"
MERGE = YAML + "merge"
PLAIN_SCALAR_TAGS = frozenset(YAML + t for t in ("str", "int", "float", "bool", "null", "timestamp"))
PLAIN_COLLECTION_TAGS = frozenset((YAML + "map", YAML + "seq"))

MAX_TEXT = 500
"""Characters allowed in one piece of spoken text (a step, a cue, a title)."""
MAX_PROBLEMS = 100
"""Problems reported for one file; past this the file is more noise than routine."""

Entries = dict[str, tuple[Node, Node]]
"""A checked mapping: key name -> (key node, value node)."""

_NUMBER = re.compile(r"^(?:[0-9]{1,15}(?:\.[0-9]{0,15})?|\.[0-9]{1,15})$")
_WHOLE = re.compile(r"^[0-9]{1,15}$")
# at most 15 digits: a longer number is refused like any other bad one, never read (Python refuses 4,300)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def join(path: str, key: str | int) -> str:
    """The field path of a key or list index inside `path`: "exercises[2].hold"."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if not _NAME.match(key):  # keeps odd keys (spaces, line breaks) on one line and readable
        return f"{path}[{quote(key)}]"
    return f"{path}.{key}" if path else key


def describe(node: Node) -> str:
    """What a node is, for the "found ..." half of a message."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list" if node.value else "an empty list"
    if node.tag == NULL:
        return "nothing"
    if not str(node.value).strip():
        return "empty text"
    return quote(str(node.value))


class Reader:
    """Checks nodes of one file and collects every problem found, in file order."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.suggested: dict[int, set[str]] = {}
        """Keys suggested for misspelt ones, by mapping node id; a "missing key" for them would only repeat it."""

    def add(self, node: Node, path: str, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.file, mark.line + 1, mark.column + 1, path, message))

    def was_suggested(self, node: Node, *keys: str) -> bool:
        """Whether an unknown key in mapping `node` was already said to be one of `keys`."""
        return bool(self.suggested.get(id(node), set()) & set(keys))

    def sorted_problems(self) -> list[Problem]:
        found = sorted(self.problems, key=lambda p: (p.line, p.column))
        if len(found) <= MAX_PROBLEMS:
            return found
        last = found[MAX_PROBLEMS]
        more = len(found) - MAX_PROBLEMS
        return [*found[:MAX_PROBLEMS], Problem(self.file, last.line, last.column, "", f"and {more} more problems")]

    def _tag_ok(self, node: Node, path: str) -> bool:
        allowed = PLAIN_SCALAR_TAGS if isinstance(node, ScalarNode) else PLAIN_COLLECTION_TAGS
        if node.tag in allowed:
            return True
        self.add(node, path, f"found the YAML tag {quote(node.tag)}, allowed: plain values without tags")
        return False

    def mapping(
        self, node: Node, path: str, keys: tuple[str, ...], expected: str, elsewhere: str | None = None
    ) -> Entries | None:
        """The node's entries when it is a mapping; unknown, repeated and odd keys are problems.

        `elsewhere` names the document listing the keys, when they are too many for a message.
        """
        if not isinstance(node, MappingNode):
            self.add(node, path, f"found {describe(node)}, expected {expected}")
            return None
        if not self._tag_ok(node, path):
            return None
        entries: Entries = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                self.add(key, path, f"found {describe(key)} as a key, expected a key name")
                continue
            if key.tag == MERGE:
                self.add(key, path, "found a YAML merge key (<<), expected the keys written out")
                continue
            name = str(key.value)
            key_path = join(path, name)
            if name in entries:
                first = entries[name][0].start_mark.line + 1
                self.add(key, key_path, f"found this key a second time (first on line {first}), allowed: each key once")
            elif name not in keys:
                self.add(key, key_path, unknown_key(name, keys, elsewhere))
                self.suggested.setdefault(id(node), set()).add(suggest(name, keys) or "")
            else:
                entries[name] = (key, value)
        return entries

    def scalar(self, node: Node, path: str, expected: str) -> str | None:
        """The raw text of a plain, non-empty scalar (so `1:30` stays "1:30", not YAML's 90)."""
        if not isinstance(node, ScalarNode) or node.tag == NULL:
            self.add(node, path, f"found {describe(node)}, expected {expected}")
            return None
        if not self._tag_ok(node, path):
            return None
        raw = str(node.value)
        at = first_control(raw)
        if at is not None:
            # refused, not stripped: a "\0" or "\e" escape is a mistake (or an attack) the writer should see
            found = f"found the control character {describe_char(raw[at])} in {quote(raw)}"
            self.add(node, path, f"{found}, allowed: text without control characters (tabs and line breaks are fine)")
            return None
        return raw

    def text(self, node: Node, path: str, expected: str = "text") -> str | None:
        """Spoken text, whitespace collapsed to single spaces, at most MAX_TEXT characters."""
        raw = self.scalar(node, path, expected)
        if raw is None:
            return None
        text = " ".join(raw.split())
        if not text:
            self.add(node, path, f"found empty text, expected {expected}")
            return None
        if len(text) > MAX_TEXT:
            self.add(node, path, f"found {len(text)} characters, allowed: at most {MAX_TEXT}")
            return None
        return text

    def duration(self, node: Node, path: str, *, max_ms: int, zero_ok: bool = False) -> Span | None:
        raw = self.scalar(node, path, f"a duration like {DURATION_EXAMPLES}")
        if raw is None:
            return None
        try:
            return parse_duration(raw, max_ms=max_ms, zero_ok=zero_ok)
        except UnitError as e:
            self.add(node, path, str(e))
            return None

    def single_duration(self, node: Node, path: str, *, max_ms: int) -> int | None:
        """A duration that may be zero but not a range (a pause an export leaves)."""
        span = self.duration(node, path, max_ms=max_ms, zero_ok=True)
        if span is not None and span.is_range:
            self.add(node, path, f"found the range {quote(str(node.value))}, expected one duration like 10 s")
            return None
        return None if span is None else span.low

    def count(self, node: Node, path: str, *, max_count: int, words: tuple[str, ...]) -> Span | None:
        raw = self.scalar(node, path, "a whole number like 10 or a range like 8-12")
        if raw is None:
            return None
        try:
            return parse_count(raw, max_count=max_count, words=words)
        except UnitError as e:
            self.add(node, path, str(e))
            return None

    def number(self, node: Node, path: str, low: float, high: float) -> float | None:
        allowed = f"allowed: {low:g} to {high:g}"
        raw = self.scalar(node, path, f"a number, {allowed}")
        if raw is None:
            return None
        if not _NUMBER.match(raw.strip()) or not low <= float(raw) <= high:
            self.add(node, path, f"found {quote(raw)}, {allowed}")
            return None
        return float(raw)

    def whole(self, node: Node, path: str, low: int, high: int) -> int | None:
        allowed = f"allowed: a whole number from {low} to {high}"
        raw = self.scalar(node, path, f"a number, {allowed}")
        if raw is None:
            return None
        if not _WHOLE.match(raw.strip()) or not low <= int(raw) <= high:
            self.add(node, path, f"found {quote(raw)}, {allowed}")
            return None
        return int(raw)

    def choice(self, node: Node, path: str, choices: tuple[str, ...]) -> str | None:
        allowed = f"allowed: {', '.join(choices)}"
        raw = self.scalar(node, path, f"one word, {allowed}")
        if raw is None:
            return None
        if raw.strip().lower() not in choices:
            self.add(node, path, f"found {quote(raw)}, {allowed}")
            return None
        return raw.strip().lower()

    def boolean(self, node: Node) -> bool | None:
        """True or False for a YAML boolean (true, false, yes, no, on, off); None for anything else."""
        if isinstance(node, ScalarNode) and node.tag == BOOL:
            return str(node.value).lower() in ("true", "yes", "on")
        return None

    def texts(self, node: Node, path: str, *, most: int, what: str) -> tuple[str, ...] | None:
        """One text or a list of them (steps, side names)."""
        if isinstance(node, ScalarNode) and node.tag != NULL:
            one = self.text(node, path)
            return None if one is None else (one,)
        if not isinstance(node, SequenceNode):
            self.add(node, path, f"found {describe(node)}, expected {what}")
            return None
        if not node.value:
            self.add(node, path, f"found an empty list, expected {what}")
            return None
        if len(node.value) > most:
            self.add(node, path, f"found {len(node.value)} items, allowed: at most {most}")
            return None
        before = len(self.problems)
        found = [self.text(item, join(path, i)) for i, item in enumerate(node.value)]
        if len(self.problems) > before:
            return None
        return tuple(t for t in found if t is not None)


SYNONYMS = {
    "instructions": "steps",
    "repetitions": "reps",
    "repeat": "reps",
    "times": "reps",
    "rounds": "sets",
    "seconds": "duration",
    "time": "duration",
    "length": "duration",
    "each_side": "sides",
    "per_side": "sides",
    "both_sides": "sides",
    "break": "rest",
    "pause": "rest",
    "reminder": "cue",
    "exercise": "exercises",
    "name": "title",
}
"""Words people use for a key, checked only when that key is allowed where they wrote it."""


def _words(key: str) -> frozenset[str]:
    return frozenset(w.rstrip("s") for w in re.split(r"[\s_\-]+", key.lower()) if w)


def suggest(name: str, keys: tuple[str, ...]) -> str | None:
    """The allowed key `name` most likely meant: a near spelling, a synonym, or the key whose words it uses."""
    lowered = {k.lower(): k for k in keys}
    normal = "_".join(name.lower().replace("-", " ").split())
    guess = difflib.get_close_matches(normal, list(lowered), n=1, cutoff=0.6)
    if guess:
        return lowered[guess[0]]
    if SYNONYMS.get(normal) in keys:
        return SYNONYMS[normal]
    # "rest between sets" -> set_rest: every word of the key appears in what was written
    covered = [k for k in keys if _words(k) <= _words(name)]
    return max(covered, key=lambda k: len(_words(k)), default=None)


def unknown_key(name: str, keys: tuple[str, ...], elsewhere: str | None = None) -> str:
    """The message for a key that is not allowed, with the key it most likely meant."""
    guess = suggest(name, keys)
    if guess:
        return f"found unknown key {quote(name)}; did you mean {quote(guess)}?"
    allowed = f"the keys listed in {elsewhere}" if elsewhere else ", ".join(keys)
    return f"found unknown key {quote(name)}, allowed: {allowed}"
