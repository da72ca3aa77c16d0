"""The store's part for the bond: the relationship over time, milestones, her traits' versions, what helped, the
journal.

A mixin of `Store` (same connection, same transactions). Rows are plain records; bond/ gives them meaning.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime

from samantha.store.times import from_text, to_text


@dataclass(frozen=True)
class RelationshipRow:
    at: datetime
    dims: dict[str, float]  # closeness, trust, affection, tension, familiarity
    stage: str
    event: str
    reason: str
    deltas: dict[str, float] = field(default_factory=dict)
    turn_id: int | None = None


@dataclass(frozen=True)
class MilestoneRow:
    at: datetime
    kind: str
    text: str
    turn_id: int | None = None


@dataclass(frozen=True)
class PersonaVersion:
    id: int
    at: datetime
    traits: dict[str, float]
    kind: str  # initial | growth | rollback
    reason: str


@dataclass(frozen=True)
class TraitChange:
    at: datetime
    trait: str
    before: float
    after: float
    reason: str
    turn_id: int | None = None


@dataclass(frozen=True)
class Trial:
    turn_id: int
    at: datetime
    context: str
    approach: str
    valence: float
    reward: float | None
    feedback: str | None


@dataclass(frozen=True)
class JournalEntry:
    id: int
    conversation_id: int | None
    at: datetime
    text: str
    thread: str | None
    thread_quote: str | None
    written_by: str
    opened_in: int | None


DIMENSIONS = ("closeness", "trust", "affection", "tension", "familiarity")


class BondRows:
    db: sqlite3.Connection

    # relationship --------------------------------------------------------------------------------------------
    def add_relationship(self, db: sqlite3.Connection, row: RelationshipRow) -> None:
        db.execute(
            f"""INSERT INTO relationship(at, {", ".join(DIMENSIONS)}, stage, event, reason, deltas, turn_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                to_text(row.at),
                *(row.dims[d] for d in DIMENSIONS),
                row.stage,
                row.event,
                row.reason,
                json.dumps(row.deltas),
                row.turn_id,
            ),
        )

    def relationship_rows(self, limit: int = 1000, since: datetime | None = None) -> list[RelationshipRow]:
        """The last `limit` relationship changes (after `since`), oldest first."""
        rows = self.db.execute(
            "SELECT * FROM relationship WHERE at > ? ORDER BY id DESC LIMIT ?",
            (to_text(since) if since else "", limit),
        ).fetchall()
        return [_relationship(r) for r in reversed(rows)]

    def last_relationship_event(self, event: str) -> RelationshipRow | None:
        row = self.db.execute(
            "SELECT * FROM relationship WHERE event = ? ORDER BY id DESC LIMIT 1", (event,)
        ).fetchone()
        return _relationship(row) if row else None

    def first_conversation_at(self) -> datetime | None:
        """When they first met: the start of the first conversation with something said by the person."""
        row = self.db.execute("SELECT MIN(started_at) FROM turns WHERE user_text IS NOT NULL").fetchone()
        return from_text(row[0]) if row and row[0] else None

    def latest_relationship(self) -> RelationshipRow | None:
        row = self.db.execute("SELECT * FROM relationship ORDER BY id DESC LIMIT 1").fetchone()
        return _relationship(row) if row else None

    # milestones ----------------------------------------------------------------------------------------------
    def add_milestone(self, db: sqlite3.Connection, row: MilestoneRow) -> bool:
        """Record a milestone once; False when this kind was already reached."""
        cur = db.execute(
            "INSERT OR IGNORE INTO milestones(at, kind, text, turn_id) VALUES (?, ?, ?, ?)",
            (to_text(row.at), row.kind, row.text, row.turn_id),
        )
        return cur.rowcount == 1

    def milestones(self) -> list[MilestoneRow]:
        rows = self.db.execute("SELECT * FROM milestones ORDER BY at, id").fetchall()
        return [MilestoneRow(from_text(r["at"]), r["kind"], r["text"], r["turn_id"]) for r in rows]

    def milestone_kinds(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT kind FROM milestones")}

    # persona -------------------------------------------------------------------------------------------------
    def add_persona_version(
        self,
        db: sqlite3.Connection,
        at: datetime,
        traits: dict[str, float],
        kind: str,
        reason: str,
        changes: list[TraitChange] = (),  # type: ignore[assignment]
    ) -> int:
        cur = db.execute(
            "INSERT INTO persona_versions(at, traits, kind, reason) VALUES (?, ?, ?, ?)",
            (to_text(at), json.dumps(traits, sort_keys=True), kind, reason),
        )
        version = int(cur.lastrowid)
        db.executemany(
            "INSERT INTO trait_changes(version_id, at, trait, before, after, reason, turn_id) VALUES (?,?,?,?,?,?,?)",
            [(version, to_text(c.at), c.trait, c.before, c.after, c.reason, c.turn_id) for c in changes],
        )
        return version

    def persona_versions(self) -> list[PersonaVersion]:
        rows = self.db.execute("SELECT * FROM persona_versions ORDER BY id").fetchall()
        return [_version(r) for r in rows]

    def latest_persona(self) -> PersonaVersion | None:
        row = self.db.execute("SELECT * FROM persona_versions ORDER BY id DESC LIMIT 1").fetchone()
        return _version(row) if row else None

    def persona_at(self, moment: datetime) -> PersonaVersion | None:
        """The version that was current at `moment` (None: she was still as the persona config made her)."""
        row = self.db.execute(
            "SELECT * FROM persona_versions WHERE at <= ? ORDER BY id DESC LIMIT 1", (to_text(moment),)
        ).fetchone()
        return _version(row) if row else None

    def persona_version(self, version_id: int) -> PersonaVersion | None:
        row = self.db.execute("SELECT * FROM persona_versions WHERE id = ?", (version_id,)).fetchone()
        return _version(row) if row else None

    def trait_changes(self, since: datetime | None = None) -> list[TraitChange]:
        rows = self.db.execute(
            "SELECT * FROM trait_changes WHERE at > ? ORDER BY id", (to_text(since) if since else "",)
        ).fetchall()
        return [
            TraitChange(from_text(r["at"]), r["trait"], r["before"], r["after"], r["reason"], r["turn_id"])
            for r in rows
        ]

    # what helps ----------------------------------------------------------------------------------------------
    def add_trial(
        self, db: sqlite3.Connection, turn_id: int, at: datetime, context: str, approach: str, valence: float
    ):
        db.execute(
            "INSERT OR REPLACE INTO approach_trials(turn_id, at, context, approach, valence) VALUES (?, ?, ?, ?, ?)",
            (turn_id, to_text(at), context, approach, valence),
        )

    def reward_trial(self, db: sqlite3.Connection, turn_id: int, reward: float, feedback: str | None) -> None:
        db.execute("UPDATE approach_trials SET reward = ?, feedback = ? WHERE turn_id = ?", (reward, feedback, turn_id))

    def trial_of(self, turn_id: int) -> Trial | None:
        row = self.db.execute("SELECT * FROM approach_trials WHERE turn_id = ?", (turn_id,)).fetchone()
        return _trial(row) if row else None

    def trials(self, context: str | None = None) -> list[Trial]:
        if context is None:
            rows = self.db.execute("SELECT * FROM approach_trials ORDER BY turn_id").fetchall()
        else:
            rows = self.db.execute(
                "SELECT * FROM approach_trials WHERE context = ? ORDER BY turn_id", (context,)
            ).fetchall()
        return [_trial(r) for r in rows]

    # journal -------------------------------------------------------------------------------------------------
    def add_journal(
        self,
        db: sqlite3.Connection,
        conversation_id: int | None,
        at: datetime,
        text: str,
        thread: str | None,
        thread_quote: str | None,
        written_by: str,
    ) -> int:
        cur = db.execute(
            """INSERT INTO journal(conversation_id, at, text, thread, thread_quote, written_by)
               VALUES (?, ?, ?, ?, ?, ?)""",
            (conversation_id, to_text(at), text, thread, thread_quote, written_by),
        )
        return int(cur.lastrowid)

    def journal(self, limit: int = 20) -> list[JournalEntry]:
        """The last `limit` entries, oldest first."""
        rows = self.db.execute("SELECT * FROM journal ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [_entry(r) for r in reversed(rows)]

    def journal_of(self, conversation_id: int) -> JournalEntry | None:
        row = self.db.execute("SELECT * FROM journal WHERE conversation_id = ?", (conversation_id,)).fetchone()
        return _entry(row) if row else None

    def mark_journal_opened(self, db: sqlite3.Connection, entry_id: int, conversation_id: int) -> None:
        db.execute("UPDATE journal SET opened_in = ? WHERE id = ?", (conversation_id, entry_id))

    def conversations_without_journal(self, before: int | None) -> list[int]:
        """Finished or abandoned conversations with something said by the person and no entry yet."""
        rows = self.db.execute(
            """SELECT c.id FROM conversations c
               WHERE c.id < ? AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.conversation_id = c.id)
                 AND EXISTS (SELECT 1 FROM turns t WHERE t.conversation_id = c.id AND t.user_text IS NOT NULL)
               ORDER BY c.id""",
            (before if before is not None else 2**62,),
        ).fetchall()
        return [r[0] for r in rows]


def _relationship(r: sqlite3.Row) -> RelationshipRow:
    return RelationshipRow(
        from_text(r["at"]),
        {d: r[d] for d in DIMENSIONS},
        r["stage"],
        r["event"],
        r["reason"],
        json.loads(r["deltas"] or "{}"),
        r["turn_id"],
    )


def _version(r: sqlite3.Row) -> PersonaVersion:
    return PersonaVersion(r["id"], from_text(r["at"]), json.loads(r["traits"]), r["kind"], r["reason"])


def _trial(r: sqlite3.Row) -> Trial:
    return Trial(
        r["turn_id"], from_text(r["at"]), r["context"], r["approach"], r["valence"], r["reward"], r["feedback"]
    )


def _entry(r: sqlite3.Row) -> JournalEntry:
    return JournalEntry(
        r["id"],
        r["conversation_id"],
        from_text(r["at"]),
        r["text"],
        r["thread"],
        r["thread_quote"],
        r["written_by"],
        r["opened_in"],
    )
