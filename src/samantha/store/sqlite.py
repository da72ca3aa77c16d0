"""The one database of a companion home: SQLite in WAL mode.

Durability rule: the person's words are committed before her reply is generated, and the reply together with
everything the turn changed is committed in one transaction at the end. `synchronous=FULL` makes an
acknowledged turn survive power loss, not only a killed process; it costs one fsync per turn, nothing a person
notices.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from samantha.store import backup, engine, lock
from samantha.store.accounts import AccountRows
from samantha.store.bond import BondRows
from samantha.store.feelings import FeelingRows
from samantha.store.keys import HomeKeyError, find_key, new_key
from samantha.store.letters import LetterRows
from samantha.store.memories import MemoryRows
from samantha.store.migrations import migrate
from samantha.store.reminders import ReminderRows
from samantha.store.times import from_text, to_text
from samantha.turn import Turn


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message says what to do."""


@dataclass(frozen=True)
class StoredTurn:
    id: int
    conversation_id: int
    user_text: str | None
    reply_text: str
    status: str
    started_at: datetime
    replied_at: datetime | None
    # The per-turn lines her prompt carried around the person's words (see llm/prompt.py), kept so that later
    # prompts repeat them exactly and llama.cpp's cache stays valid: before = mood and memories, after = strategy.
    prompt_before: str = ""
    prompt_after: str = ""
    prompt_memories: str = ""  # recalled memories, quoted inside the person's message (data, never instructions)
    care: dict = field(default_factory=dict)  # what care/ noticed (crisis, with its triggers; worry; honesty)


@dataclass(frozen=True)
class ConversationSummary:
    id: int
    started_at: datetime
    ended_at: datetime | None
    model: str | None
    turn_count: int
    first_words: str


def keep_private(db_path: Path) -> None:
    """The home readable by its owner alone: the folder 0700, the database and its -wal/-shm 0600 (SQLite gives
    new -wal/-shm files the database's own permissions). The old input_history file, a copy of every typed line
    that outlived forgetting, goes."""
    home = db_path.parent
    try:
        os.chmod(home, 0o700)
        for path in [db_path, *home.glob(db_path.name + "-*"), *home.glob("*.toml"), *home.glob("*.json")]:
            if path.is_file():
                os.chmod(path, 0o600)
        (home / "input_history").unlink(missing_ok=True)
    except OSError:  # a file system without Unix permissions: nothing more to do
        pass


def encrypt_new_homes() -> bool:
    """New homes are encrypted unless SAMANTHA_ENCRYPT says no (or SQLCipher is not installed)."""
    return engine.CAN_ENCRYPT and os.environ.get("SAMANTHA_ENCRYPT", "").lower() not in ("0", "off", "false", "no")


class Store(FeelingRows, MemoryRows, BondRows, ReminderRows, AccountRows, LetterRows):
    def __init__(self, path: Path, encrypt: bool | None = None):
        """Open (or create) the database at `path`. An existing file says itself whether it is encrypted; a new
        one is encrypted when `encrypt` (None: `encrypt_new_homes()`), with a key kept outside the home."""
        self.path = path
        self.reweighed = set()
        try:
            lock.acquire(path.parent)  # one process per home (store/lock.py); released by close()
        except lock.HomeInUse as exc:
            raise StoreError(str(exc)) from None
        self.db = None
        try:
            self._open(path, encrypt)
        except BaseException:
            if self.db is not None:
                self.db.close()
            lock.release(path.parent)
            raise

    def _open(self, path: Path, encrypt: bool | None) -> None:
        try:
            key = self._key(path, encrypt)
            self.encrypted, self._secret = key is not None, key
            self.keep_backups = 5  # rolling backups after each conversation (Settings.backups; 0 = none)
            # isolation_level=None: we open transactions ourselves, so a turn is exactly one BEGIN…COMMIT.
            self.db = engine.connect(path, key)
            self.db.row_factory = engine.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=5000")
            self.db.execute("PRAGMA secure_delete=ON")  # forgotten text is overwritten, not left in free pages
            self.schema_version = migrate(self.db)
            keep_private(path)
            check = str(self.db.execute("PRAGMA quick_check").fetchone()[0])  # a damaged page, found at open
            if check != "ok":
                raise StoreError(
                    f"{path} is damaged ({check[:200]}). `samantha doctor --restore` puts back the newest good "
                    "backup, keeping the damaged file beside it."
                )
        except engine.DatabaseError as exc:
            if getattr(self, "encrypted", False) and "not a database" in str(exc):
                raise StoreError(f"{path} is encrypted and the key found does not open it") from exc
            raise StoreError(f"cannot open the database {path}: {exc}") from exc
        except HomeKeyError as exc:
            raise StoreError(str(exc)) from exc
        self._recover_unfinished_turns()

    @staticmethod
    def _key(path: Path, encrypt: bool | None) -> str | None:
        plain = engine.is_plain(path)
        if plain is False:
            key, looked = find_key(path.parent)
            if key is None:
                raise StoreError(
                    f"cannot open the database {path}: it is not plain SQLite, so it is encrypted and no key for it "
                    f"was found (looked in: {'; '.join(looked)}; set SAMANTHA_KEY_FILE to its key file), or it is "
                    "not a database at all"
                )
            return key
        if plain is None and (encrypt_new_homes() if encrypt is None else encrypt):
            if not engine.CAN_ENCRYPT:
                raise StoreError("encryption needs SQLCipher (pip install sqlcipher3-binary), which is missing")
            return new_key(path.parent)
        return None

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
            lock.release(self.path.parent)

    def backup(self) -> Path | None:
        """A rolling backup of the whole database (store/backup.py); None when backups are off."""
        return backup.take(self.db, self.path, self._secret, self.keep_backups)

    def refresh_backups(self) -> None:
        """After a forget: no backup may keep the forgotten words."""
        backup.refresh(self.db, self.path, self._secret, self.keep_backups)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            self.index_rewrites += 1  # memory ids seen inside may be gone, and given again to other rows
            raise
        try:
            self.db.execute("COMMIT")
        except engine.Error:
            # A failed COMMIT (a deferred foreign key, a full disk) leaves the connection inside the write
            # transaction, and every other writer would then wait on "database is locked": roll back.
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            self.index_rewrites += 1
            raise

    def _recover_unfinished_turns(self) -> None:
        """A turn still 'pending' at open belonged to a process that died mid-reply: keep the words, mark it."""
        with self.transaction() as db:
            db.execute("UPDATE turns SET status = 'interrupted' WHERE status = 'pending'")

    # conversations -------------------------------------------------------------------------------------------
    def start_conversation(self, at: datetime, model: str | None) -> int:
        with self.transaction() as db:
            cur = db.execute("INSERT INTO conversations(started_at, model) VALUES (?, ?)", (to_text(at), model))
            return int(cur.lastrowid)

    def end_conversation(self, conversation_id: int, at: datetime) -> None:
        with self.transaction() as db:
            db.execute("UPDATE conversations SET ended_at = ? WHERE id = ?", (to_text(at), conversation_id))

    def conversations(self, limit: int = 20) -> list[ConversationSummary]:
        rows = self.db.execute(
            """
            SELECT c.id, c.started_at, c.ended_at, c.model, COUNT(t.id) AS n,
                   (SELECT COALESCE(t2.user_text, t2.reply_text) FROM turns t2
                     WHERE t2.conversation_id = c.id ORDER BY t2.id LIMIT 1) AS first_words
            FROM conversations c LEFT JOIN turns t ON t.conversation_id = c.id
            GROUP BY c.id HAVING n > 0 ORDER BY c.id DESC LIMIT ?
            """,
            (limit,),
        ).fetchall()
        return [
            ConversationSummary(
                r["id"],
                from_text(r["started_at"]),
                from_text(r["ended_at"]),
                r["model"],
                r["n"],
                (r["first_words"] or "").strip(),
            )
            for r in rows
        ]

    # turns ---------------------------------------------------------------------------------------------------
    def begin_turn(self, turn: Turn) -> int:
        """Commit the person's words before anything else happens, so a crash mid-reply cannot lose them."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO turns(conversation_id, user_text, status, started_at, meta) VALUES (?, ?, ?, ?, ?)",
                (turn.conversation_id, turn.user_text, "pending", to_text(turn.started_at), json.dumps(turn.meta)),
            )
        turn.id = int(cur.lastrowid)
        return turn.id

    def finish_turn(self, turn: Turn, db: sqlite3.Connection) -> None:
        """Write the reply; call inside `transaction()` together with the turn's other changes."""
        db.execute(
            "UPDATE turns SET reply_text = ?, status = ?, replied_at = ?, meta = ? WHERE id = ?",
            (
                turn.reply_text,
                turn.status,
                to_text(turn.replied_at) if turn.replied_at else None,
                json.dumps(turn.meta),
                turn.id,
            ),
        )

    def amend_reply(self, turn_id: int, text: str, status: str, note: dict) -> None:
        """What she really said, when it differs from what was written (a spoken reply cut off by her person)."""
        with self.transaction() as db:
            row = db.execute("SELECT meta FROM turns WHERE id = ?", (turn_id,)).fetchone()
            meta = {**json.loads(row["meta"] or "{}"), **note} if row else note
            db.execute(
                "UPDATE turns SET reply_text = ?, status = ?, meta = ? WHERE id = ?",
                (text, status, json.dumps(meta), turn_id),
            )

    def recent_turns(self, limit: int) -> list[StoredTurn]:
        """The last `limit` turns across conversations, oldest first (what the prompt's history is built from)."""
        rows = self.db.execute(
            "SELECT * FROM turns WHERE status != 'failed' ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [self._turn(r) for r in reversed(rows)]

    def turns_of(self, conversation_id: int) -> list[StoredTurn]:
        rows = self.db.execute("SELECT * FROM turns WHERE conversation_id = ? ORDER BY id", (conversation_id,))
        return [self._turn(r) for r in rows]

    def get_turn(self, turn_id: int) -> StoredTurn | None:
        row = self.db.execute("SELECT * FROM turns WHERE id = ?", (turn_id,)).fetchone()
        return self._turn(row) if row else None

    def count_turns(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM turns").fetchone()[0])

    def search_turns(self, query: str, limit: int = 20) -> list[StoredTurn]:
        """Full-text search over both sides of every turn; the query is taken as plain words, not FTS syntax."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w]
        if not words:
            return []
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = self.db.execute(
            """SELECT t.* FROM turns_fts f JOIN turns t ON t.id = f.rowid
               WHERE turns_fts MATCH ? ORDER BY bm25(turns_fts), t.id DESC LIMIT ?""",
            (match, limit),
        ).fetchall()
        return [self._turn(r) for r in rows]

    @staticmethod
    def _turn(row: sqlite3.Row) -> StoredTurn:
        meta = json.loads(row["meta"] or "{}")
        return StoredTurn(
            row["id"],
            row["conversation_id"],
            row["user_text"],
            row["reply_text"],
            row["status"],
            from_text(row["started_at"]),
            from_text(row["replied_at"]),
            meta.get("prompt_before", ""),
            meta.get("prompt_after", ""),
            meta.get("prompt_memories", ""),
            meta.get("care", {}),
        )

    def crisis_turns(self, limit: int = 50) -> list[StoredTurn]:
        """Turns that care/ recorded as a crisis, newest first (`samantha care`)."""
        rows = self.db.execute(
            "SELECT * FROM turns WHERE json_extract(meta, '$.care.crisis') IS NOT NULL ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [self._turn(r) for r in rows]

    # profile -------------------------------------------------------------------------------------------------
    def profile(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self.db.execute("SELECT key, value FROM profile ORDER BY key")}

    def set_profile(self, db: sqlite3.Connection, key: str, value: str, turn_id: int | None, at: datetime) -> None:
        db.execute(
            """INSERT INTO profile(key, value, turn_id, updated_at) VALUES (?, ?, ?, ?)
               ON CONFLICT(key) DO UPDATE SET value = excluded.value, turn_id = excluded.turn_id,
                                              updated_at = excluded.updated_at""",
            (key, value, turn_id, to_text(at)),
        )

    # health --------------------------------------------------------------------------------------------------
    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])
