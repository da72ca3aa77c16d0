"""The store's part for memory: memories with provenance, their full-text index and vectors, imports.

A mixin of `Store` (same connection, same transactions). Vectors are float32 blobs beside their rows; memory/
keeps an in-process matrix of them and rebuilds it when `memory_generation` changes.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from samantha.store import engine
from samantha.store.times import from_text, to_text

COLUMNS = (
    "kind, text, speaker, happened_at, created_at, subject, attribute, valid_from, valid_to, superseded_by, "
    "importance, salience, origin, turn_id, import_id, refs, sources, context, embedding"
)


TORN_OUT = "(I tore this page out: it was about something you asked me to forget.)"


@dataclass
class MemoryRow:
    kind: str  # episode | fact | insight
    text: str
    created_at: datetime
    origin: str  # turn | import | reflection | edit
    speaker: str | None = None
    happened_at: datetime | None = None
    subject: str | None = None
    attribute: str | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    superseded_by: int | None = None
    importance: float = 0.5
    salience: float = 0.0
    turn_id: int | None = None
    import_id: int | None = None
    refs: list[str] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)
    context: str = ""
    embedding: np.ndarray | None = None
    id: int | None = None


class MemoryRows:
    db: sqlite3.Connection
    memory_generation: int = 0  # bumped on every change, so cached vectors know when to look again
    # bumped when stored vectors or ranking columns change or go (not when new memories come): memory/search.py
    # then reloads its whole in-memory index instead of appending the new rows
    index_rewrites: int = 0
    reweighed: set[int]  # ids whose ranking columns changed since the index looked (set up by Store)

    def add_memory(self, db: sqlite3.Connection, row: MemoryRow) -> int:
        cur = db.execute(f"INSERT INTO memories({COLUMNS}) VALUES ({', '.join('?' * 19)})", _values(row))
        self.memory_generation += 1
        row.id = int(cur.lastrowid)
        return row.id

    def add_memories(self, db: sqlite3.Connection, rows: Iterable[MemoryRow]) -> None:
        for row in rows:
            self.add_memory(db, row)

    def add_import(self, db: sqlite3.Connection, source: str, person: str | None, at: datetime, sessions: int) -> int:
        cur = db.execute(
            "INSERT INTO imports(source, person, imported_at, sessions, turns) VALUES (?, ?, ?, ?, 0)",
            (source, person, to_text(at), sessions),
        )
        return int(cur.lastrowid)

    def finish_import(self, db: sqlite3.Connection, import_id: int, turns: int) -> None:
        db.execute("UPDATE imports SET turns = ? WHERE id = ?", (turns, import_id))

    def imports(self) -> list[dict]:
        return [dict(r) for r in self.db.execute("SELECT * FROM imports ORDER BY id")]

    def memory(self, memory_id: int) -> MemoryRow | None:
        row = self.db.execute("SELECT * FROM memories WHERE id = ?", (memory_id,)).fetchone()
        return _row(row) if row else None

    def memories_by_id(self, ids: list[int]) -> dict[int, MemoryRow]:
        out: dict[int, MemoryRow] = {}
        for start in range(0, len(ids), 500):  # SQLite caps the number of bound parameters
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.execute(f"SELECT * FROM memories WHERE id IN ({marks})", chunk):
                out[r["id"]] = _row(r)
        return out

    def memory_texts(self, ids: list[int]) -> dict[int, str]:
        """Just the text of each memory (ranking reads it for hundreds of candidates: no vectors, no refs)."""
        out: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT id, text FROM memories WHERE id IN ({marks})", chunk).fetchall())
        return out

    def memory_weights(self, ids: list[int]) -> list[tuple]:
        """(id, importance, salience, when, valid_to, speaker) for ranking, without the heavy columns."""
        out: list[tuple] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT {WEIGHT_COLUMNS} FROM memories WHERE id IN ({marks})", chunk)
            out += [_weights(r) for r in rows]
        return out

    def list_memories(
        self, kind: str | None = None, limit: int = 50, offset: int = 0, current_only: bool = False
    ) -> list[MemoryRow]:
        where, args = [], []
        if kind:
            where.append("kind = ?")
            args.append(kind)
        if current_only:
            where.append("valid_to IS NULL")
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.db.execute(
            f"SELECT * FROM memories {clause} ORDER BY COALESCE(happened_at, created_at) DESC, id DESC "
            "LIMIT ? OFFSET ?",
            (*args, limit, offset),
        )
        return [_row(r) for r in rows]

    def count_memories(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM memories").fetchone()[0])

    def open_facts(self, subject: str, attribute: str) -> list[MemoryRow]:
        rows = self.db.execute(
            "SELECT * FROM memories WHERE kind = 'fact' AND subject = ? AND attribute = ? AND valid_to IS NULL",
            (subject, attribute),
        )
        return [_row(r) for r in rows]

    def current_facts(self, attribute: str) -> list[MemoryRow]:
        """Every fact of one kind that is true now ("relation": who people are to them), oldest first."""
        rows = self.db.execute(
            "SELECT * FROM memories WHERE kind = 'fact' AND attribute = ? AND valid_to IS NULL ORDER BY id",
            (attribute,),
        )
        return [_row(r) for r in rows]

    def close_fact(self, db: sqlite3.Connection, memory_id: int, valid_to: datetime, superseded_by: int) -> None:
        db.execute(
            "UPDATE memories SET valid_to = ?, superseded_by = ? WHERE id = ?",
            (to_text(valid_to), superseded_by, memory_id),
        )
        self.memory_generation += 1
        self.reweighed.add(memory_id)  # only its ranking columns changed: the index re-reads just this row

    def edit_memory(self, db: sqlite3.Connection, memory_id: int, text: str, embedding: np.ndarray | None) -> None:
        blob = embedding.astype(np.float32).tobytes() if embedding is not None else None
        db.execute("UPDATE memories SET text = ?, embedding = ?, origin = 'edit' WHERE id = ?", (text, blob, memory_id))
        self.memory_generation += 1
        self.index_rewrites += 1

    def set_embedding(self, db: sqlite3.Connection, memory_id: int, vector: np.ndarray) -> None:
        db.execute("UPDATE memories SET embedding = ? WHERE id = ?", (vector.astype(np.float32).tobytes(), memory_id))
        self.memory_generation += 1
        self.index_rewrites += 1

    def memories_of_conversation(self, conversation_id: int) -> list[MemoryRow]:
        rows = self.db.execute(
            """SELECT m.* FROM memories m JOIN turns t ON t.id = m.turn_id
               WHERE t.conversation_id = ? AND m.kind IN ('episode', 'fact') ORDER BY m.id""",
            (conversation_id,),
        )
        return [_row(r) for r in rows]

    def insights(self) -> list[MemoryRow]:
        return [_row(r) for r in self.db.execute("SELECT * FROM memories WHERE kind = 'insight' ORDER BY id")]

    def delete_memories(self, db: sqlite3.Connection, ids: list[int]) -> int:
        """Delete memories, and the insights drawn from any of them: an insight must not outlive its sources."""
        doomed = set(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            drawn = db.execute(
                f"""SELECT m.id FROM memories m WHERE m.kind = 'insight' AND EXISTS
                    (SELECT 1 FROM json_each(m.sources) WHERE value IN ({",".join("?" * len(chunk))}))""",
                chunk,
            ).fetchall()
            doomed |= {r[0] for r in drawn}
        ids = sorted(doomed)
        deleted = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            deleted += db.execute(f"DELETE FROM memories WHERE id IN ({marks})", chunk).rowcount
        self.memory_generation += 1
        self.index_rewrites += 1
        return deleted

    def memories_of_turn(self, turn_id: int) -> list[MemoryRow]:
        return [_row(r) for r in self.db.execute("SELECT * FROM memories WHERE turn_id = ?", (turn_id,))]

    def scrub_turns(self, db: sqlite3.Connection, turn_ids: list[int], replacement: str) -> None:
        """Replace the reasons of her emotions and moods that quoted these turns (before the turns go)."""
        for turn_id in turn_ids:
            db.execute("UPDATE emotion_episodes SET reason = ? WHERE turn_id = ?", (replacement, turn_id))
            db.execute("UPDATE moods SET reason = ? WHERE turn_id = ?", (replacement, turn_id))
            # the bond quoted them too: why the relationship moved, the milestones, and her journal's page
            db.execute("UPDATE relationship SET reason = ? WHERE turn_id = ?", (replacement, turn_id))
            db.execute("UPDATE milestones SET text = ? WHERE turn_id = ?", (replacement, turn_id))
            db.execute(
                """UPDATE journal SET text = ?, thread = NULL, thread_quote = NULL
                   WHERE conversation_id = (SELECT conversation_id FROM turns WHERE id = ?)""",
                (TORN_OUT, turn_id),
            )

    def delete_turns(self, db: sqlite3.Connection, turn_ids: list[int]) -> None:
        """Delete turns for good (their FTS entries go by trigger; memories and perceptions by cascade)."""
        for turn_id in turn_ids:
            db.execute("UPDATE profile SET turn_id = NULL WHERE turn_id = ?", (turn_id,))
            db.execute("DELETE FROM turns WHERE id = ?", (turn_id,))
        self.memory_generation += 1
        self.index_rewrites += 1

    def fts_memories(self, match: str, limit: int) -> list[tuple[int, float]]:
        """(id, bm25) for an FTS5 MATCH expression, best first (bm25 is negative: lower is better)."""
        rows = self.db.execute(
            "SELECT rowid, bm25(memories_fts, 1.0, 0.3, 0.3) FROM memories_fts WHERE memories_fts MATCH ? "
            "ORDER BY 2 LIMIT ?",
            (match, limit),
        )
        return [(int(r[0]), float(r[1])) for r in rows]

    def memory_vectors(self, after: int = 0) -> tuple[np.ndarray, np.ndarray, list[tuple]]:
        """Memories with a vector and an id above `after` (all by default): ids (n,), a (n, dims) matrix, and
        their ranking columns as `memory_weights` gives them."""
        ids, blobs, weights = [], [], []
        rows = self.db.execute(
            f"SELECT embedding, {WEIGHT_COLUMNS} FROM memories WHERE embedding IS NOT NULL AND id > ? ORDER BY id",
            (after,),
        )
        for r in rows:
            ids.append(r[1])
            blobs.append(r[0])
            weights.append(_weights(r[1:]))
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32), []
        matrix = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(ids), -1)
        return np.array(ids, dtype=np.int64), matrix, weights

    def wipe_free_pages(self) -> bool:
        """Make deleted content unrecoverable from the file: merge the FTS index, VACUUM, and empty the WAL.
        False when another connection (a reader left open) kept the WAL from being emptied or the file from
        being vacuumed: the old text may then still be in the -wal file until it is checkpointed. Waits on
        such a reader briefly, not the store's full busy timeout: forgetting must not hang on it."""
        self.db.execute("INSERT INTO memories_fts(memories_fts) VALUES ('optimize')")
        self.db.execute("INSERT INTO turns_fts(turns_fts) VALUES ('optimize')")
        timeout = self.db.execute("PRAGMA busy_timeout").fetchone()[0]
        self.db.execute(f"PRAGMA busy_timeout={WIPE_WAIT_MS}")
        try:
            clean = self._checkpoint()
            try:
                self.db.execute("VACUUM")
            except engine.OperationalError:  # "database is locked": another connection holds it
                clean = False
            return self._checkpoint() and clean
        finally:
            self.db.execute(f"PRAGMA busy_timeout={int(timeout)}")

    def _checkpoint(self, tries: int = 3) -> bool:
        """PRAGMA wal_checkpoint(TRUNCATE), retried while a reader blocks it; True once it ran whole."""
        for attempt in range(tries):
            busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if not busy:
                return True
            time.sleep(0.05 * (attempt + 1))
        return False


WIPE_WAIT_MS = 300  # how long forgetting waits on another connection before saying the WAL may keep old text
WEIGHT_COLUMNS = "id, importance, salience, COALESCE(happened_at, created_at), valid_to, speaker"


def _weights(r: sqlite3.Row | tuple) -> tuple:
    return (r[0], r[1], r[2], from_text(r[3]), r[4], r[5])


def _values(row: MemoryRow) -> tuple:
    return (
        row.kind,
        row.text,
        row.speaker,
        to_text(row.happened_at) if row.happened_at else None,
        to_text(row.created_at),
        row.subject,
        row.attribute,
        to_text(row.valid_from) if row.valid_from else None,
        to_text(row.valid_to) if row.valid_to else None,
        row.superseded_by,
        row.importance,
        row.salience,
        row.origin,
        row.turn_id,
        row.import_id,
        json.dumps(row.refs),
        json.dumps(row.sources),
        row.context,
        row.embedding.astype(np.float32).tobytes() if row.embedding is not None else None,
    )


def _row(r: sqlite3.Row) -> MemoryRow:
    blob = r["embedding"]
    return MemoryRow(
        id=r["id"],
        kind=r["kind"],
        text=r["text"],
        speaker=r["speaker"],
        happened_at=from_text(r["happened_at"]),
        created_at=from_text(r["created_at"]),
        subject=r["subject"],
        attribute=r["attribute"],
        valid_from=from_text(r["valid_from"]),
        valid_to=from_text(r["valid_to"]),
        superseded_by=r["superseded_by"],
        importance=r["importance"],
        salience=r["salience"],
        origin=r["origin"],
        turn_id=r["turn_id"],
        import_id=r["import_id"],
        refs=json.loads(r["refs"]),
        sources=json.loads(r["sources"]),
        context=r["context"],
        embedding=np.frombuffer(blob, dtype=np.float32).copy() if blob else None,
    )
