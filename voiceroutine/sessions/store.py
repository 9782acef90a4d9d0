"""The session log on disk: one SQLite file in WAL mode, so several voiceroutine processes can write at once.

The file is created readable by its owner only (it holds health data). A file that is not ours, damaged, or
written by a newer voiceroutine is reported in one line and left exactly as it was: we look at its header
before SQLite opens it, and write nothing until it has proved to be a voiceroutine log.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from voiceroutine.errors import EXIT_USAGE, SessionLogError
from voiceroutine.fading import exercise_key
from voiceroutine.sessions.model import ExerciseResult, Pace, ProgressRule, Session, Source, Status
from voiceroutine.sessions.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_BYTES = 100
BUSY_TIMEOUT_S = 30.0
"""How long a writer waits for another one to finish; a write takes milliseconds."""
WAL_TRIES = 50
HEADER_RETRIES = 3
LEAVE_IT = "it was left as it is"

_SESSION_COLUMNS = (
    "routine, title, routine_hash, source, started, ended, level, speed, pause_scale, rest_ms, countdown, "
    "length_ms, played_ms, completed, pauses, paused_ms, week, instructions, effort, pain, note, progress"
)


def _create_private(path: Path) -> None:
    """Create an empty log file readable and writable by its owner only, unless one is there already."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:
        reason = "a file is in the way of its folder" if isinstance(e, FileExistsError) else e.strerror or e
        raise SessionLogError(f"cannot create the session log {path}: {reason}") from None
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as e:
        raise SessionLogError(f"cannot create the session log {path}: {e.strerror or e}") from None
    os.close(fd)


def _bad_file(message: str) -> SessionLogError:
    """A log file that is not one we can use (exit 2, like any bad file); never touched."""
    return SessionLogError(message, exit_code=EXIT_USAGE)


def _read_header(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise _bad_file(f"the session log {path} is not a file; {LEAVE_IT}: point VOICEROUTINE_LOG at a file")
        with path.open("rb") as f:
            return f.read(HEADER_BYTES)
    except OSError as e:
        raise SessionLogError(f"cannot read the session log {path}: {e.strerror or e}") from None


def _ours(header: bytes) -> bool:
    return len(header) == HEADER_BYTES and header.startswith(SQLITE_MAGIC) and _app_id(header) == APPLICATION_ID


def _app_id(header: bytes) -> int:
    return int.from_bytes(header[68:72], "big")


def _check_header(path: Path) -> None:
    """Refuse, without opening it with SQLite, a file that is not an empty file or a voiceroutine log."""
    header = _read_header(path)
    for _ in range(HEADER_RETRIES):
        if not header or _ours(header):
            break
        time.sleep(0.05)  # another process may be writing a new log's first page right now: look again
        header = _read_header(path)
    if not header:
        return  # a new log (ours, just created, or a crash before its first write)
    if len(header) < HEADER_BYTES or not header.startswith(SQLITE_MAGIC):
        raise _bad_file(
            f"{path} is not a voiceroutine session log (not a SQLite database: damaged, or another kind of file); "
            f"{LEAVE_IT}: move it away to start a new log"
        )
    if _app_id(header) != APPLICATION_ID:
        raise _bad_file(
            f"{path} is another program's SQLite database, not a voiceroutine session log; {LEAVE_IT}: "
            "point VOICEROUTINE_LOG (or the config's session_log) at another file"
        )


def _problem(path: Path, error: sqlite3.Error) -> SessionLogError:
    """A one-line message for what SQLite said about the log."""
    name = getattr(error, "sqlite_errorname", "")
    words = str(error)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in words or "not a database" in words:
        return _damaged(path, words)
    if name == "SQLITE_FULL" or "disk is full" in words:
        return SessionLogError(f"cannot write the session log {path}: the disk is full")
    if name == "SQLITE_BUSY" or "locked" in words:
        return SessionLogError(f"the session log {path} stayed locked by another program for {BUSY_TIMEOUT_S:g} s")
    return SessionLogError(f"cannot use the session log {path}: {words}")


def _damaged(path: Path, detail: str) -> SessionLogError:
    detail = " ".join(detail.replace("*** in database main ***", "").split())
    return _bad_file(f"the session log {path} is damaged ({detail}); {LEAVE_IT}: move it away to start a new log")


def _stamp(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


class SessionLog:
    """An open session log. Use `open_log()` (or `SessionLog.open`) and close it, or use it as a context manager."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection

    @classmethod
    def open(cls, path: Path) -> SessionLog:
        """Open the log at `path`, creating it (and its folder) when missing, and bring it to the current schema."""
        _create_private(path)
        _check_header(path)
        try:
            db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as e:
            raise _problem(path, e) from None
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA foreign_keys = ON")
            _migrate(db, path)
            _use_wal(db)
            (check,) = db.execute("PRAGMA quick_check(1)").fetchone()
            if check != "ok":
                raise _damaged(path, check)
        except sqlite3.Error as e:
            db.close()
            raise _problem(path, e) from None
        except BaseException:
            db.close()
            raise
        return cls(path, db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SessionLog:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: taken at once (BEGIN IMMEDIATE), so waiting writers queue instead of failing."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as e:
            raise _problem(self.path, e) from None

    def _reading(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as e:
            raise _problem(self.path, e) from None

    # writing -----------------------------------------------------------------------------------
    def add(self, session: Session) -> int:
        """Write a session and its exercises in one transaction; returns its id."""
        p = session.pace
        row = (
            session.routine, session.title, session.routine_hash, session.source.value,
            _stamp(session.started), _stamp(session.ended), session.level, p.speed, p.pauses, p.rest_ms,
            p.countdown, session.length_ms, session.played_ms, int(session.completed), session.pauses,
            session.paused_ms, session.week, session.instructions, session.effort, session.pain, session.note,
            _rule_text(session.progress),
        )  # fmt: skip
        with self._writing() as db:
            marks = ", ".join("?" * len(row))
            cursor = db.execute(f"INSERT INTO sessions ({_SESSION_COLUMNS}) VALUES ({marks})", row)
            session_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT INTO exercises (session_id, position, name, status) VALUES (?, ?, ?, ?)",
                [(session_id, i, e.name, e.status.value) for i, e in enumerate(session.exercises)],
            )
        return session_id

    def answer(self, session_id: int, effort: int | None, pain: int | None, note: str | None = None) -> None:
        """Add the person's answers (how hard, how painful, a note) to a session already written."""
        with self._writing() as db:
            db.execute(
                "UPDATE sessions SET effort = coalesce(?, effort), pain = coalesce(?, pain), "
                "note = coalesce(?, note) WHERE id = ?",
                (effort, pain, note, session_id),
            )

    # reading -----------------------------------------------------------------------------------
    def sessions(self, routine: str | None = None, since: date | None = None) -> list[Session]:
        """Sessions in the order they started, of one routine or all, from a day on or all."""
        where, params = [], []
        if routine is not None:
            where.append("routine = ?")
            params.append(routine)
        if since is not None:
            where.append("date(started) >= ?")
            params.append(since.isoformat())
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._reading(
            f"SELECT id, {_SESSION_COLUMNS} FROM sessions {clause} ORDER BY julianday(started), id", tuple(params)
        )
        exercises: dict[int, list[ExerciseResult]] = {}
        for session_id, name, status in self._reading(
            "SELECT session_id, name, status FROM exercises ORDER BY session_id, position"
        ):
            exercises.setdefault(session_id, []).append(ExerciseResult(name, Status(status)))
        return [_session(row, tuple(exercises.get(row["id"], ()))) for row in rows]

    def done_counts(self) -> dict[str, int]:
        """How many sessions each exercise was done in (any routine), by its name case-folded (`exercise_key`)."""
        counts: dict[str, int] = {}
        for name, n in self._reading(
            "SELECT name, count(DISTINCT session_id) FROM exercises WHERE status = 'done' GROUP BY name"
        ):
            key = exercise_key(str(name))
            counts[key] = counts.get(key, 0) + int(n)
        return counts

    def schema_version(self) -> int:
        (version,) = self._reading("SELECT max(version) FROM migrations")[0]
        return int(version)


def _rule_text(rule: ProgressRule | None) -> str | None:
    if rule is None:
        return None
    return json.dumps({"every": rule.every, "unit": rule.unit, "written": rule.written, "top": rule.top})


def _rule(text: str | None) -> ProgressRule | None:
    """The rule written by `_rule_text`; None for none, or for one this version cannot read."""
    if not text:
        return None
    try:
        data = json.loads(text)
        return ProgressRule(int(data["every"]), str(data["unit"]), str(data["written"]), int(data["top"]))
    except (ValueError, KeyError, TypeError):
        return None


def _session(row: sqlite3.Row, exercises: tuple[ExerciseResult, ...]) -> Session:
    return Session(
        routine=row["routine"],
        title=row["title"],
        routine_hash=row["routine_hash"],
        source=Source(row["source"]),
        started=datetime.fromisoformat(row["started"]),
        ended=None if row["ended"] is None else datetime.fromisoformat(row["ended"]),
        level=row["level"],
        pace=Pace(speed=row["speed"], pauses=row["pause_scale"], rest_ms=row["rest_ms"], countdown=row["countdown"]),
        length_ms=row["length_ms"],
        played_ms=row["played_ms"],
        completed=bool(row["completed"]),
        pauses=row["pauses"],
        paused_ms=row["paused_ms"],
        exercises=exercises,
        week=row["week"],
        instructions=row["instructions"],
        effort=row["effort"],
        pain=row["pain"],
        note=row["note"],
        progress=_rule(row["progress"]),
        id=row["id"],
    )


def _version(db: sqlite3.Connection, path: Path) -> int:
    """The log's schema version; 0 for a new, empty file."""
    # one statement, so one snapshot: read apart, another process creating the log could commit in between, and a
    # new log would look like another program's database (app id 0, tables there)
    app, tables = db.execute(
        "SELECT (SELECT application_id FROM pragma_application_id), (SELECT count(*) FROM sqlite_master)"
    ).fetchone()
    if app == 0 and tables == 0:
        return 0
    if app != APPLICATION_ID:  # changed since we looked at its header
        raise _bad_file(f"{path} is another program's SQLite database, not a session log; {LEAVE_IT}")
    try:
        (version,) = db.execute("SELECT max(version) FROM migrations").fetchone()
    except sqlite3.OperationalError:
        raise _damaged(path, "it has no migrations table") from None
    return int(version or 0)


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """Apply the migrations the log lacks, in one transaction that other processes wait for."""
    version = _version(db, path)
    if version == SCHEMA_VERSION:
        return
    if version > SCHEMA_VERSION:
        raise _bad_file(
            f"the session log {path} was written by a newer voiceroutine (schema version {version}; this one reads "
            f"up to {SCHEMA_VERSION}); {LEAVE_IT}: upgrade voiceroutine to read it"
        )
    db.execute("BEGIN IMMEDIATE")
    try:
        version = _version(db, path)  # another process may have migrated it while we waited
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[number - 1]:
                db.execute(statement)
            db.execute(
                "INSERT INTO migrations (version, applied) VALUES (?, ?)",
                (number, datetime.now().astimezone().isoformat(timespec="seconds")),
            )
        if version == 0:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _use_wal(db: sqlite3.Connection) -> None:
    """Switch the log to write-ahead logging (kept in the file), waiting out another process doing the same."""
    for attempt in range(WAL_TRIES):
        try:
            (mode,) = db.execute("PRAGMA journal_mode").fetchone()
            if mode == "wal":
                return
            (mode,) = db.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode == "wal":
                return
        except sqlite3.OperationalError:
            if attempt == WAL_TRIES - 1:
                raise
        time.sleep(0.05)
    raise sqlite3.OperationalError("could not switch the log to WAL mode")
