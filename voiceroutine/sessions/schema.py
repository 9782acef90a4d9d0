"""The session log's tables, as numbered migrations: version N's statements turn version N-1 into N.

A new version only ever adds a migration at the end; an existing one is never edited, because logs written
by it are out there. The `migrations` table records which versions a log has had applied, and when.
"""

from __future__ import annotations

APPLICATION_ID = 0x76526C67
"""SQLite's application id for our files ("vRlg"), stored in the file header: how a voiceroutine log is told
from any other SQLite database without trusting its tables."""

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # version 1
    (
        """CREATE TABLE migrations (
            version INTEGER PRIMARY KEY,
            applied TEXT NOT NULL
        )""",
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine TEXT NOT NULL,
            title TEXT NOT NULL,
            routine_hash TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('play', 'done')),
            started TEXT NOT NULL,
            ended TEXT,
            level TEXT NOT NULL,
            speed REAL NOT NULL,
            pause_scale REAL NOT NULL,
            rest_ms INTEGER,
            countdown INTEGER NOT NULL,
            length_ms INTEGER NOT NULL,
            played_ms INTEGER NOT NULL,
            completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
            pauses INTEGER NOT NULL DEFAULT 0,
            paused_ms INTEGER NOT NULL DEFAULT 0,
            week INTEGER,
            instructions TEXT,
            effort INTEGER CHECK (effort BETWEEN 1 AND 10),
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            note TEXT
        )""",
        "CREATE INDEX sessions_by_routine ON sessions (routine, started)",
        """CREATE TABLE exercises (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('done', 'skipped', 'quit', 'not_reached')),
            PRIMARY KEY (session_id, position)
        )""",
        "CREATE INDEX exercises_by_name ON exercises (name, status)",
    ),
    # version 2: the routine's progression rule at each session, so `history` can say where it stands
    ("ALTER TABLE sessions ADD COLUMN progress TEXT",),
)
SCHEMA_VERSION = len(MIGRATIONS)
"""The newest version this voiceroutine writes and reads."""
