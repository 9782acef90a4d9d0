"""The session log on disk: a real SQLite file, private, in WAL mode, shared by several processes, never
overwritten when it is damaged or another program's."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.sessions.helpers import PARIS, session
from voiceroutine.errors import SessionLogError
from voiceroutine.sessions import SessionLog, Source, Status, configured_log_path, open_log
from voiceroutine.sessions.schema import APPLICATION_ID, SCHEMA_VERSION
from voiceroutine.sessions.store import _version

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_session_is_read_back_as_it_was_written(tmp_path: Path) -> None:
    written = session(effort=6, pain=2, note="left shoulder stiff", pauses=2, paused_ms=41_500, week=3,
                      instructions="short", source=Source.DONE)  # fmt: skip
    with SessionLog.open(tmp_path / "log.db") as log:
        session_id = log.add(written)
    with SessionLog.open(tmp_path / "log.db") as log:
        (back,) = log.sessions()
    assert back == type(written)(**{**{f: getattr(written, f) for f in written.__slots__}, "id": session_id})
    assert back.started.utcoffset() == PARIS.utcoffset(None)


def test_the_file_is_private_sqlite_in_wal_mode_with_a_migrations_table(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "sessions.db"
    with SessionLog.open(path) as log:
        log.add(session())
        assert log.schema_version() == SCHEMA_VERSION == 2
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert stat.S_IMODE(name.stat().st_mode) == 0o600, name
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    assert [v for (v,) in db.execute("SELECT version FROM migrations")] == [1, 2]
    assert db.execute("SELECT count(*) FROM sessions").fetchone() == (1,)
    db.close()


def test_the_log_is_in_the_data_folder_unless_the_environment_or_config_moves_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VOICEROUTINE_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert configured_log_path() == tmp_path / "xdg" / "voiceroutine" / "sessions.db"
    monkeypatch.setenv("VOICEROUTINE_DATA_DIR", str(tmp_path / "data"))
    assert configured_log_path() == tmp_path / "data" / "sessions.db"
    Path(os.environ["VOICEROUTINE_CONFIG"]).write_text(f"session_log: {tmp_path / 'mine.db'}\n")
    assert configured_log_path() == tmp_path / "mine.db"
    monkeypatch.setenv("VOICEROUTINE_LOG", str(tmp_path / "env.db"))
    assert configured_log_path() == tmp_path / "env.db"
    open_log().close()
    assert (tmp_path / "env.db").is_file()


def test_answers_are_added_to_a_written_session(tmp_path: Path) -> None:
    with SessionLog.open(tmp_path / "log.db") as log:
        first = log.add(session())
        log.add(session())
        log.answer(first, effort=8, pain=None)
        log.answer(first, effort=None, pain=3, note="fine")
        a, b = log.sessions()
    assert (a.effort, a.pain, a.note) == (8, 3, "fine")
    assert (b.effort, b.pain, b.note) == (None, None, None)


def test_done_counts_count_sessions_per_exercise_name_whatever_the_routine_or_case(tmp_path: Path) -> None:
    with SessionLog.open(tmp_path / "log.db") as log:
        log.add(session(exercises=(("Chin tuck", Status.DONE), ("Wall angels", Status.SKIPPED))))
        log.add(session("desk-neck", exercises=(("chin tuck", Status.DONE), ("Neck turn", Status.QUIT))))
        log.add(session(exercises=(("Chin tuck", Status.NOT_REACHED),)))
        assert log.done_counts() == {"chin tuck": 2}


def test_sessions_filter_by_routine_and_day(tmp_path: Path) -> None:
    with SessionLog.open(tmp_path / "log.db") as log:
        for day in (1, 2, 5):
            log.add(session(started=datetime(2026, 12, day, 8, tzinfo=PARIS)))
        log.add(session("desk-neck", started=datetime(2026, 12, 4, 8, tzinfo=PARIS)))
        assert [s.started.day for s in log.sessions()] == [1, 2, 4, 5]
        assert [s.started.day for s in log.sessions("upper-back", since=datetime(2026, 12, 2).date())] == [2, 5]


WRITER = """
import sys
from datetime import datetime, timedelta
from pathlib import Path
from tests.sessions.helpers import session
from voiceroutine.sessions import SessionLog

path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for i in range(count):
    with SessionLog.open(path) as log:
        log.add(session(name, note=f"{name} {i}"))
"""


def test_several_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"  # not there yet: the writers race to create it too
    command = [sys.executable, "-c", WRITER, str(path)]
    writers = [
        subprocess.Popen([*command, f"writer{n}", "40"], cwd=ROOT, stderr=subprocess.PIPE, text=True) for n in range(4)
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    with SessionLog.open(path) as log:
        notes = sorted(s.note or "" for s in log.sessions())
    assert notes == sorted(f"writer{n} {i}" for n in range(4) for i in range(40))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


class _OtherWriterCommitsAfterFirstRead:
    """A connection through which another process creates the log right after the first statement has read it."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db, self.path, self.statements = db, path, 0

    def execute(self, sql: str) -> sqlite3.Cursor:
        cursor = self.db.execute(sql)
        self.statements += 1
        if self.statements == 1:
            rows = cursor.fetchall()
            SessionLog.open(self.path).close()  # the other writer: creates the tables, sets the id, commits
            return _Rows(rows)  # type: ignore[return-value]
        return cursor


class _Rows:
    def __init__(self, rows: list[tuple[object, ...]]) -> None:
        self.rows = rows

    def fetchone(self) -> tuple[object, ...]:
        return self.rows[0]


def test_a_log_another_writer_creates_meanwhile_is_not_taken_for_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "sessions.db"
    path.touch(mode=0o600)  # a new, empty log, as _create_private leaves it
    db = sqlite3.connect(path, isolation_level=None)
    try:
        racing = _OtherWriterCommitsAfterFirstRead(db, path)
        assert _version(racing, path) == 0  # type: ignore[arg-type]  # what it saw was one moment: a new, empty log
    finally:
        db.close()
    with SessionLog.open(path) as log:  # and opening it afterwards finds the log the other writer made
        log.add(session(note="after"))
        assert [s.note for s in log.sessions()] == ["after"]


def noise_in_a_page(data: bytes) -> bytes:
    page = 4096
    return data[: 3 * page + 10] + os.urandom(390) + data[3 * page + 400 :]


def cut_in_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


@pytest.mark.parametrize("damage", [noise_in_a_page, cut_in_half])
def test_a_damaged_log_is_one_clear_line_and_left_as_it_was(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    path = tmp_path / "sessions.db"
    with SessionLog.open(path) as log:
        for i in range(200):
            log.add(session(note="x" * 200 + str(i)))
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path.write_bytes(damage(path.read_bytes()))
    before = digest(path)
    with pytest.raises(SessionLogError) as caught:
        SessionLog.open(path)
    message = str(caught.value)
    assert message.startswith(f"the session log {path} is damaged (")
    assert message.endswith("it was left as it is: move it away to start a new log")
    assert "\n" not in message
    assert digest(path) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"these are my notes, not a database\n" * 10, "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "not a SQLite database"),
    ],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "sessions.db"
    path.write_bytes(content)
    with pytest.raises(SessionLogError, match=words) as caught:
        SessionLog.open(path)
    assert str(caught.value) == (
        f"{path} is not a voiceroutine session log (not a SQLite database: damaged, or another kind of file); "
        "it was left as it is: move it away to start a new log"
    )
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessions.db"]


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sessions.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, what TEXT)")
    db.execute("INSERT INTO sessions (what) VALUES ('someone else''s data')")
    db.commit()
    db.close()
    before = digest(path)
    with pytest.raises(SessionLogError) as caught:
        open_log(path)
    assert str(caught.value) == (
        f"{path} is another program's SQLite database, not a voiceroutine session log; it was left as it is: "
        "point VOICEROUTINE_LOG (or the config's session_log) at another file"
    )
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessions.db"]


def test_a_log_from_a_newer_voiceroutine_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sessions.db"
    SessionLog.open(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO migrations VALUES (3, 'later')")
    db.commit()
    db.close()
    before = digest(path)
    newer = r"written by a newer voiceroutine \(schema version 3; this one reads up to 2\)"
    with pytest.raises(SessionLogError, match=newer):
        SessionLog.open(path)
    assert digest(path) == before


def test_a_version_1_log_is_migrated_to_version_2_keeping_its_sessions(tmp_path: Path) -> None:
    from voiceroutine.sessions.model import ProgressRule
    from voiceroutine.sessions.schema import MIGRATIONS

    path = tmp_path / "sessions.db"
    db = sqlite3.connect(path)  # a log as version 1 wrote it, with one session
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("INSERT INTO migrations VALUES (1, '2026-11-01T08:00:00+01:00')")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("INSERT INTO sessions (routine, title, routine_hash, source, started, ended, level, speed, pause_scale, "
               "countdown, length_ms, played_ms, completed) VALUES ('knee', 'Knee', '0123456789abcdef', 'done', "
               "'2026-11-02T08:00:00+01:00', '2026-11-02T08:10:00+01:00', 'easy', 1, 1, 3, 600000, 600000, 1)")
    db.commit()
    db.close()
    with SessionLog.open(path) as log:
        assert log.schema_version() == 2
        (old,) = log.sessions()
        assert (old.routine, old.level, old.progress) == ("knee", "easy", None)
        rule = ProgressRule(7, "days", "1 week", 6)
        log.add(session(routine="knee", progress=rule, week=2))
        assert [s.progress for s in log.sessions()] == [None, rule]
    db = sqlite3.connect(path)
    assert [v for (v,) in db.execute("SELECT version FROM migrations")] == [1, 2]
    db.close()


def test_a_folder_in_the_logs_place_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "sessions.db").mkdir()
    with pytest.raises(SessionLogError, match="is not a file; it was left as it is"):
        SessionLog.open(tmp_path / "sessions.db")


def test_an_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(SessionLogError, match=r"cannot create the session log .*: a file is in the way of its folder"):
        SessionLog.open(tmp_path / "file" / "sessions.db")
