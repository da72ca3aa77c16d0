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


def m0003_memories(db: sqlite3.Connection) -> None:
    execute_script(
        db,
        """
        -- One row per `samantha import` (or other outside source): provenance for what it brought.
        CREATE TABLE imports (
            id           INTEGER PRIMARY KEY,
            source       TEXT NOT NULL,          -- file name or 'dict'
            person       TEXT,                   -- the "user" field of the file
            imported_at  TEXT NOT NULL,
            sessions     INTEGER NOT NULL,
            turns        INTEGER NOT NULL
        );
        -- What she remembers. episode: something said or done, and when; fact: something true about her person
        -- and their world, from valid_from until valid_to (superseded facts are kept, closed, with a pointer to
        -- what replaced them); insight: a reflection drawn from other memories (their ids in `sources`).
        CREATE TABLE memories (
            id             INTEGER PRIMARY KEY,
            kind           TEXT NOT NULL CHECK (kind IN ('episode', 'fact', 'insight')),
            text           TEXT NOT NULL,
            speaker        TEXT,
            happened_at    TEXT,
            created_at     TEXT NOT NULL,
            subject        TEXT,                 -- facts: what it is about, e.g. "sister clara"
            attribute      TEXT,                 -- facts: which property, e.g. "lives in"
            valid_from     TEXT,
            valid_to       TEXT,
            superseded_by  INTEGER REFERENCES memories(id) ON DELETE SET NULL,
            importance     REAL NOT NULL DEFAULT 0.5,
            salience       REAL NOT NULL DEFAULT 0.0,   -- emotional weight, 0..1
            origin         TEXT NOT NULL,        -- turn | import | reflection | edit
            turn_id        INTEGER REFERENCES turns(id) ON DELETE CASCADE,
            import_id      INTEGER REFERENCES imports(id) ON DELETE CASCADE,
            refs           TEXT NOT NULL DEFAULT '[]',  -- external ids it came from, e.g. ["D1:3"]
            sources        TEXT NOT NULL DEFAULT '[]',  -- memory ids an insight was drawn from
            context        TEXT NOT NULL DEFAULT '',    -- words around it (the turn before), for search only
            embedding      BLOB                  -- float32 × 384, unit length; rebuildable from text
        );
        CREATE INDEX memories_by_time ON memories(happened_at);
        CREATE INDEX memories_by_subject ON memories(subject, attribute) WHERE kind = 'fact';
        CREATE INDEX memories_by_turn ON memories(turn_id);
        CREATE INDEX memories_by_import ON memories(import_id);

        CREATE VIRTUAL TABLE memories_fts USING fts5(
            text, speaker, context, content='memories', content_rowid='id', tokenize='porter unicode61'
        );
        CREATE TRIGGER memories_ai AFTER INSERT ON memories BEGIN
            INSERT INTO memories_fts(rowid, text, speaker, context)
            VALUES (new.id, new.text, new.speaker, new.context);
        END;
        CREATE TRIGGER memories_ad AFTER DELETE ON memories BEGIN
            INSERT INTO memories_fts(memories_fts, rowid, text, speaker, context)
            VALUES ('delete', old.id, old.text, old.speaker, old.context);
        END;
        CREATE TRIGGER memories_au AFTER UPDATE OF text, speaker, context ON memories BEGIN
            INSERT INTO memories_fts(memories_fts, rowid, text, speaker, context)
            VALUES ('delete', old.id, old.text, old.speaker, old.context);
            INSERT INTO memories_fts(rowid, text, speaker, context) VALUES (new.id, new.text, new.speaker, new.context);
        END;
        """,
    )


def m0004_bond(db: sqlite3.Connection) -> None:
    execute_script(
        db,
        """
        -- The relationship after each change, with the event that moved it and why (the last row is the state).
        CREATE TABLE relationship (
            id           INTEGER PRIMARY KEY,
            at           TEXT NOT NULL,
            closeness    REAL NOT NULL,
            trust        REAL NOT NULL,
            affection    REAL NOT NULL,
            tension      REAL NOT NULL,
            familiarity  REAL NOT NULL,
            stage        TEXT NOT NULL,
            event        TEXT NOT NULL,          -- disclosure | support_given | laughter | conflict | repair | ...
            reason       TEXT NOT NULL,          -- in her words to her person
            deltas       TEXT NOT NULL DEFAULT '{}',
            turn_id      INTEGER REFERENCES turns(id) ON DELETE SET NULL
        );
        CREATE INDEX relationship_by_time ON relationship(at);
        CREATE TABLE milestones (
            id       INTEGER PRIMARY KEY,
            at       TEXT NOT NULL,
            kind     TEXT NOT NULL,              -- first_conversation | first_disclosure | stage:friends | ...
            text     TEXT NOT NULL,
            turn_id  INTEGER REFERENCES turns(id) ON DELETE SET NULL
        );
        CREATE UNIQUE INDEX milestones_once ON milestones(kind);
        -- Who she is: every version of her traits (the last row is now). Changes say which trait moved and why.
        CREATE TABLE persona_versions (
            id      INTEGER PRIMARY KEY,
            at      TEXT NOT NULL,
            traits  TEXT NOT NULL,               -- {"playfulness": 0.62, ...}
            kind    TEXT NOT NULL CHECK (kind IN ('initial', 'growth', 'rollback')),
            reason  TEXT NOT NULL
        );
        CREATE TABLE trait_changes (
            id          INTEGER PRIMARY KEY,
            version_id  INTEGER NOT NULL REFERENCES persona_versions(id) ON DELETE CASCADE,
            at          TEXT NOT NULL,
            trait       TEXT NOT NULL,
            before      REAL NOT NULL,
            after       REAL NOT NULL,
            reason      TEXT NOT NULL,
            turn_id     INTEGER REFERENCES turns(id) ON DELETE SET NULL
        );
        CREATE INDEX trait_changes_by_time ON trait_changes(at);
        -- Which way of answering she tried, in which situation, and how it went (the bandit's whole memory).
        CREATE TABLE approach_trials (
            turn_id   INTEGER PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE,
            at        TEXT NOT NULL,
            context   TEXT NOT NULL,             -- sad | anxious | angry
            approach  TEXT NOT NULL,             -- comfort | humour | practical | curious | validate
            valence   REAL NOT NULL,             -- how they felt when she chose
            reward    REAL,                      -- set by their next message: change in feeling + feedback
            feedback  TEXT
        );
        CREATE TABLE journal (
            id               INTEGER PRIMARY KEY,
            conversation_id  INTEGER UNIQUE REFERENCES conversations(id) ON DELETE CASCADE,
            at               TEXT NOT NULL,
            text             TEXT NOT NULL,
            thread           TEXT,               -- what to pick up next time, e.g. "your sister"
            thread_quote     TEXT,               -- their words it came from
            written_by       TEXT NOT NULL,      -- the model's name, or 'template'
            opened_in        INTEGER REFERENCES conversations(id) ON DELETE SET NULL
        );
        """,
    )


def m0005_reminders(db: sqlite3.Connection) -> None:
    execute_script(
        db,
        """
        CREATE TABLE reminders (
            id          INTEGER PRIMARY KEY,
            text        TEXT NOT NULL,       -- what to remind them of, in her words: "call your sister Annie"
            due_at      TEXT NOT NULL,       -- the next time it is due (UTC)
            rrule       TEXT,                -- RFC 5545 recurrence, read on the person's wall clock; NULL: once
            timezone    TEXT NOT NULL,       -- the zone their words were read in
            status      TEXT NOT NULL CHECK (status IN ('pending', 'fired', 'done', 'cancelled')),
            created_at  TEXT NOT NULL,
            fired_at    TEXT,                -- when she last said it
            turn_id     INTEGER REFERENCES turns(id) ON DELETE CASCADE  -- the message that asked for it: forgetting
                                                                        -- it takes the reminder too
        );
        CREATE INDEX reminders_due ON reminders(status, due_at);
        """,
    )


def m0006_accounts_and_audit(db: sqlite3.Connection) -> None:
    execute_script(
        db,
        """
        -- A connected calendar or mail account. The secret is here only in an encrypted home and only when the OS
        -- keyring is not there (store/accounts.py); it never leaves in an export.
        CREATE TABLE accounts (
            kind          TEXT PRIMARY KEY,   -- calendar | mail
            settings      TEXT NOT NULL,      -- JSON: url, user name, calendar name… (no secret)
            secret        TEXT,
            connected_at  TEXT NOT NULL
        );
        -- Every action she takes or proposes: what, when, on whose word, what she read to decide.
        CREATE TABLE audit (
            id        INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            skill     TEXT NOT NULL,          -- calendar | mail | reminders
            action    TEXT NOT NULL,          -- add | move | cancel | send …
            detail    TEXT NOT NULL,          -- what will happen / happened, in her words
            word      TEXT NOT NULL,          -- on whose word: "you said yes" | "samantha calendar add"
            read      TEXT NOT NULL DEFAULT '', -- what she read to decide (the request, the events it clashed with)
            status    TEXT NOT NULL CHECK (status IN ('proposed', 'done', 'declined', 'failed', 'undone')),
            undo      TEXT,                   -- JSON: how to undo it, where the protocol allows
            turn_id   INTEGER REFERENCES turns(id) ON DELETE CASCADE  -- forgetting the request takes its entry
        );
        CREATE INDEX audit_at ON audit(at);
        """,
    )


def m0007_letters(db: sqlite3.Connection) -> None:
    execute_script(
        db,
        """
        -- The letter studio (letters/): the people he writes for, those they write to, what each relationship is
        -- made of, samples of each client's own writing, and every letter in every version. Forgetting a client
        -- takes all of it (ON DELETE CASCADE); an export carries it like every other table.
        CREATE TABLE clients (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at  TEXT NOT NULL
        );
        CREATE TABLE recipients (
            id          INTEGER PRIMARY KEY,
            client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name        TEXT NOT NULL COLLATE NOCASE,
            relation    TEXT NOT NULL DEFAULT '',   -- what they are to the client: husband, daughter, old friend
            created_at  TEXT NOT NULL,
            UNIQUE (client_id, name)
        );
        -- What a relationship is made of: facts, shared history, private words, occasions.
        CREATE TABLE letter_facts (
            id            INTEGER PRIMARY KEY,
            client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            recipient_id  INTEGER REFERENCES recipients(id) ON DELETE CASCADE,
            kind          TEXT NOT NULL CHECK (kind IN ('fact', 'history', 'words', 'occasion')),
            text          TEXT NOT NULL,
            created_at    TEXT NOT NULL
        );
        -- The client's own writing: samples they gave, and letters they accepted (their voice, learned).
        CREATE TABLE voice_samples (
            id          INTEGER PRIMARY KEY,
            client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            text        TEXT NOT NULL,
            source      TEXT NOT NULL CHECK (source IN ('sample', 'accepted')),
            created_at  TEXT NOT NULL
        );
        CREATE TABLE letters (
            id            INTEGER PRIMARY KEY,
            client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            recipient_id  INTEGER NOT NULL REFERENCES recipients(id) ON DELETE CASCADE,
            occasion      TEXT NOT NULL DEFAULT '',
            notes         TEXT NOT NULL DEFAULT '',
            status        TEXT NOT NULL CHECK (status IN ('draft', 'accepted')),
            consent_at    TEXT,                 -- when the client agreed to its publication in a book (NULL: not)
            created_at    TEXT NOT NULL
        );
        -- Every version of a letter: the first draft is 1; each revision ("warmer", "shorter") or edit adds one.
        CREATE TABLE letter_versions (
            id          INTEGER PRIMARY KEY,
            letter_id   INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
            number      INTEGER NOT NULL,
            text        TEXT NOT NULL,
            asked       TEXT NOT NULL DEFAULT '',  -- what made this version: "first draft", "warmer", "edited by hand"
            created_at  TEXT NOT NULL,
            UNIQUE (letter_id, number)
        );
        -- His answers to her proofreading suggestions: she learns his taste from them (letters/taste.py).
        CREATE TABLE proof_choices (
            id          INTEGER PRIMARY KEY,
            rule        TEXT NOT NULL,
            original    TEXT NOT NULL,
            suggestion  TEXT NOT NULL,
            accepted    INTEGER NOT NULL CHECK (accepted IN (0, 1)),
            at          TEXT NOT NULL
        );
        """,
    )


def m0008_letters_from_a_turn(db: sqlite3.Connection) -> None:
    """A letter drafted in chat, and a version asked for in chat, belong to the message they came from: "forget
    that" deletes the message, and with it (ON DELETE CASCADE) the letter its notes made or the version it asked
    for. Letters from the CLI have no turn."""
    db.execute("ALTER TABLE letters ADD COLUMN turn_id INTEGER REFERENCES turns(id) ON DELETE CASCADE")
    db.execute("ALTER TABLE letter_versions ADD COLUMN turn_id INTEGER REFERENCES turns(id) ON DELETE CASCADE")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m0001_conversations_and_turns,
    m0002_feelings,
    m0003_memories,
    m0004_bond,
    m0005_reminders,
    m0006_accounts_and_audit,
    m0007_letters,
    m0008_letters_from_a_turn,
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
