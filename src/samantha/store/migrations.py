"""Numbered schema migrations. Tables grow by migration only: never edit a released migration, add the next one.

Each migration is a function `mNNNN_what(db)`; `PRAGMA user_version` records how many have run. They run inside
one transaction each, so a crash during an upgrade leaves the previous version intact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def execute_script(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: `executescript` would COMMIT first and break the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement.strip()[:80]}")


def m0001_conversations_and_turns(db: sqlite3.Connection) -> None:
    execute_script(
        db,
        """
        CREATE TABLE conversations (
            id          INTEGER PRIMARY KEY,
            started_at  TEXT NOT NULL,
            ended_at    TEXT,
            model       TEXT
        );
        -- One row per exchange: the person's words (NULL when she speaks first) and her reply.
        -- status: pending (user words stored, reply not finished) | complete | interrupted | failed
        CREATE TABLE turns (
            id              INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id),
            user_text       TEXT,
            reply_text      TEXT NOT NULL DEFAULT '',
            status          TEXT NOT NULL DEFAULT 'pending',
            started_at      TEXT NOT NULL,
            replied_at      TEXT,
            meta            TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX turns_by_conversation ON turns(conversation_id, id);

        -- What she knows about her person from the first meeting ("name", "about", …), with provenance.
        CREATE TABLE profile (
            key         TEXT PRIMARY KEY,
            value       TEXT NOT NULL,
            turn_id     INTEGER REFERENCES turns(id),
            updated_at  TEXT NOT NULL
        );

        CREATE VIRTUAL TABLE turns_fts USING fts5(
            user_text, reply_text, content='turns', content_rowid='id', tokenize='porter unicode61'
        );
        CREATE TRIGGER turns_ai AFTER INSERT ON turns BEGIN
            INSERT INTO turns_fts(rowid, user_text, reply_text) VALUES (new.id, new.user_text, new.reply_text);
        END;
        CREATE TRIGGER turns_ad AFTER DELETE ON turns BEGIN
            INSERT INTO turns_fts(turns_fts, rowid, user_text, reply_text)
            VALUES ('delete', old.id, old.user_text, old.reply_text);
        END;
        CREATE TRIGGER turns_au AFTER UPDATE ON turns BEGIN
            INSERT INTO turns_fts(turns_fts, rowid, user_text, reply_text)
            VALUES ('delete', old.id, old.user_text, old.reply_text);
            INSERT INTO turns_fts(rowid, user_text, reply_text) VALUES (new.id, new.user_text, new.reply_text);
        END;
        """,
    )


def m0002_feelings(db: sqlite3.Connection) -> None:
    execute_script(
        db,
        """
        -- How the person seemed to feel in a message (the emotion reader's view of it).
        CREATE TABLE perceptions (
            turn_id     INTEGER PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE,
            valence     REAL NOT NULL,
            arousal     REAL NOT NULL,
            confidence  REAL NOT NULL,
            labels      TEXT NOT NULL  -- JSON {label: probability} of the labels present (above threshold)
        );
        -- Her own emotions, each with an intensity and the reason in her words.
        CREATE TABLE emotion_episodes (
            id          INTEGER PRIMARY KEY,
            turn_id     INTEGER REFERENCES turns(id) ON DELETE SET NULL,
            at          TEXT NOT NULL,
            emotion     TEXT NOT NULL,
            intensity   REAL NOT NULL,
            reason      TEXT NOT NULL
        );
        -- Her mood after each change; the newest row is her mood at that moment (it decays from there).
        CREATE TABLE moods (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            pleasure    REAL NOT NULL,
            arousal     REAL NOT NULL,
            dominance   REAL NOT NULL,
            reason      TEXT NOT NULL,
            turn_id     INTEGER REFERENCES turns(id) ON DELETE SET NULL
        );
        CREATE INDEX moods_by_time ON moods(at);
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m0001_conversations_and_turns,
    m0002_feelings,
]


def migrate(db: sqlite3.Connection) -> int:
    """Run the migrations this database has not seen yet; returns the resulting schema version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"this home's database is schema version {version}, newer than this Samantha knows "
            f"({len(MIGRATIONS)}); upgrade samantha instead of opening it with an older one"
        )
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)
