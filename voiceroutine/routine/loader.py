"""Routine files (YAML) -> Routine, with every problem reported at once as FILE:LINE:COLUMN: path: message.

Only safe YAML: the text is composed into nodes and walked here; no tag constructor ever runs.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import Node

from voiceroutine.errors import Problem, RoutineError, RoutineSourceError
from voiceroutine.routine.builtin import DEFAULT_BUILTIN, builtin_list, builtin_path
from voiceroutine.routine.fields import routine_from_node
from voiceroutine.routine.length import rough_length_ms
from voiceroutine.routine.model import Level, Routine
from voiceroutine.routine.nodes import Reader
from voiceroutine.routine.units import format_ms

MAX_FILE_BYTES = 1_000_000
"""A routine file larger than this is not a routine (1 MB holds thousands of exercises)."""
MAX_DEPTH = 20
"""Lists and mappings nested deeper than this are no routine (the format needs 6)."""
MAX_TOTAL_MS = 4 * 3_600_000
"""The longest routine, at the hard level, that we accept."""

_YAML_HINTS = {
    "'\\t' that cannot start any token": "indent with spaces, not tabs",
    "mapping values are not allowed here": "put text that contains ': ' in quotes",
    "found another document": "a routine file holds one document; remove the extra ---",
    "unexpected end of stream": "close the quotes or brackets opened here",
}
"""Words found in PyYAML's problem -> what to do about it."""
DEFAULT_HINT = "check the indentation, and put text that starts with { or [ in quotes"


def load_routine(source: str | Path | None) -> Routine:
    """The routine at `source`: a YAML file path, a built-in name, or None for the default built-in."""
    if source is None:
        source = DEFAULT_BUILTIN
    path = Path(source)
    if isinstance(source, str) and not path.is_file():
        builtin = builtin_path(source)
        if builtin is not None:
            return _load_file(builtin, str(builtin), f"builtin:{source}")
    return _load_file(path, str(source), str(source))


def _load_file(path: Path, file: str, source: str) -> Routine:
    try:
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
            size = path.stat().st_size if len(data) > MAX_FILE_BYTES else len(data)
    except FileNotFoundError:
        message = f"found no routine file or built-in named {file!r}; built-ins: {builtin_list()}"
        raise RoutineSourceError(message) from None
    except IsADirectoryError:
        raise RoutineSourceError(f"{file} is a folder, expected a routine file (.yaml) or a built-in name") from None
    except OSError as e:
        raise RoutineSourceError(f"{file}: cannot read the routine file: {e.strerror or e}") from None
    if size > MAX_FILE_BYTES:
        raise RoutineError([_too_big(file, size)])
    return load_routine_bytes(data, file, source)


def _too_big(file: str, size: int) -> Problem:
    found = f"{size / 1e6:.1f} MB" if size >= 1_050_000 else f"{size:,} bytes"  # never "1.0 MB, at most 1 MB"
    message = f"found a file of {found}, allowed: at most {MAX_FILE_BYTES // 1_000_000} MB"
    return Problem(file, 1, 1, "", message)


def load_routine_bytes(data: bytes, name: str, source: str | None = None) -> Routine:
    """The routine in `data` (UTF-8 YAML, an optional BOM allowed); `name` is the file named in messages."""
    if len(data) > MAX_FILE_BYTES:
        raise RoutineError([_too_big(name, len(data))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        line_start = data.rfind(b"\n", 0, e.start) + 1
        column = len(data[line_start : e.start].decode("utf-8", errors="replace")) + 1
        message = f"found the byte 0x{data[e.start]:02x}, which is not UTF-8 text; save the file as UTF-8"
        raise RoutineError([Problem(name, line, column, "", message)]) from None
    return load_routine_text(text, name, source)


def load_routine_text(text: str, name: str, source: str | None = None) -> Routine:
    """The routine written in `text` (YAML); `name` is the file named in messages. Raises RoutineError."""
    if len(text.encode("utf-8", errors="surrogatepass")) > MAX_FILE_BYTES:
        raise RoutineError([_too_big(name, len(text.encode("utf-8", errors="surrogatepass")))])
    root = _compose(text, name)
    reader = Reader(name)
    routine = routine_from_node(reader, root, source or name)
    if routine is not None and not reader.problems:
        longest = rough_length_ms(routine, Level.HARD)
        if longest > MAX_TOTAL_MS:
            exercises = _top_key(root, "exercises")
            allowed = f"allowed: at most {format_ms(MAX_TOTAL_MS)}"
            message = f"found a routine of about {_about(longest)} at the hard level, {allowed}"
            reader.add(exercises, "exercises", message)
    if reader.problems or routine is None:
        raise RoutineError(reader.sorted_problems())
    return routine


def _about(ms: int) -> str:
    return format_ms(ms - ms % 60_000)


def _top_key(root: Node, key: str) -> Node:
    for k, _ in root.value:
        if k.value == key:
            return k  # type: ignore[no-any-return]
    return root


class _TooDeepError(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        self.mark = mark


class _Loader(yaml.SafeLoader):
    """SafeLoader that stops composing past MAX_DEPTH, before deep nesting costs recursion or quadratic time."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _TooDeepError(self.peek_event().start_mark)  # type: ignore[no-untyped-call]
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


def _syntax_problem(e: yaml.MarkedYAMLError, name: str) -> Problem:
    """PyYAML's own words for a syntax error, where it began, and what to do about it."""
    problem = e.problem or "cannot be read"
    hint = next((h for words, h in _YAML_HINTS.items() if words in problem), DEFAULT_HINT)
    context = e.context if e.context and "for the next token" not in e.context else None
    words = f"{context}, {problem}" if context else problem
    # an unclosed quote or bracket is found at the end of the file; point at where it was opened
    mark = e.context_mark if "end of stream" in problem and e.context_mark else e.problem_mark or e.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return Problem(name, line, column, "", f"found invalid YAML: {words}; {hint}")


def _compose(text: str, name: str) -> Node:
    """The YAML node tree of `text`; a syntax error becomes a located problem."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        raise RoutineError([_syntax_problem(e, name)]) from None
    except yaml.reader.ReaderError as e:
        position = min(e.position, len(text))
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        found = f"U+{e.character:04X}" if isinstance(e.character, int) else repr(e.character)
        message = f"found the character {found}, which YAML does not allow in a file; remove it"
        raise RoutineError([Problem(name, line, column, "", message)]) from None
    except _TooDeepError as e:
        message = f"found lists or mappings nested more than {MAX_DEPTH} deep, expected a routine"
        raise RoutineError([Problem(name, e.mark.line + 1, e.mark.column + 1, "", message)]) from None
    except yaml.YAMLError as e:
        raise RoutineError([Problem(name, 1, 1, "", f"found invalid YAML: {' '.join(str(e).split())}")]) from None
    if root is None:
        message = "found an empty file, expected a routine with a title and a list of exercises"
        raise RoutineError([Problem(name, 1, 1, "", message)])
    return root
