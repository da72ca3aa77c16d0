"""The store's part for the letter studio (letters/): clients, their recipients, what each relationship is made
of, samples of the client's own writing, and every letter in every version.

A mixin of `Store` (same connection, same transactions). Forgetting a client deletes every row that hangs from
it (ON DELETE CASCADE, with secure_delete on: the text is overwritten, not left in free pages).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from samantha.store.times import from_text, to_text


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str


@dataclass(frozen=True)
class RecipientRow:
    id: int
    client_id: int
    name: str
    relation: str


@dataclass(frozen=True)
class LetterFact:
    id: int
    recipient_id: int | None
    kind: str  # fact | history | words | occasion
    text: str


@dataclass(frozen=True)
class LetterRow:
    id: int
    client_id: int
    recipient_id: int
    occasion: str
    notes: str
    status: str  # draft | accepted
    consent_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class VersionRow:
    number: int
    text: str
    asked: str
    created_at: datetime


class LetterRows:
    db: sqlite3.Connection

    # clients and recipients

    def client_named(self, name: str) -> ClientRow | None:
        row = self.db.execute("SELECT id, name FROM clients WHERE name = ?", (name.strip(),)).fetchone()
        return ClientRow(row[0], row[1]) if row else None

    def add_client(self, db: sqlite3.Connection, name: str, at: datetime) -> ClientRow:
        cursor = db.execute("INSERT INTO clients (name, created_at) VALUES (?, ?)", (name.strip(), to_text(at)))
        return ClientRow(int(cursor.lastrowid), name.strip())

    def client(self, client_id: int) -> ClientRow | None:
        row = self.db.execute("SELECT id, name FROM clients WHERE id = ?", (client_id,)).fetchone()
        return ClientRow(row[0], row[1]) if row else None

    def clients(self) -> list[ClientRow]:
        return [ClientRow(r[0], r[1]) for r in self.db.execute("SELECT id, name FROM clients ORDER BY name")]

    def forget_client(self, db: sqlite3.Connection, client_id: int) -> int:
        return db.execute("DELETE FROM clients WHERE id = ?", (client_id,)).rowcount

    def recipient_named(self, client_id: int, name: str) -> RecipientRow | None:
        row = self.db.execute(
            "SELECT * FROM recipients WHERE client_id = ? AND name = ?", (client_id, name.strip())
        ).fetchone()
        return self._recipient(row) if row else None

    def recipient(self, recipient_id: int) -> RecipientRow | None:
        row = self.db.execute("SELECT * FROM recipients WHERE id = ?", (recipient_id,)).fetchone()
        return self._recipient(row) if row else None

    def add_recipient(
        self, db: sqlite3.Connection, client_id: int, name: str, relation: str, at: datetime
    ) -> RecipientRow:
        cursor = db.execute(
            "INSERT INTO recipients (client_id, name, relation, created_at) VALUES (?, ?, ?, ?)",
            (client_id, name.strip(), relation.strip(), to_text(at)),
        )
        return RecipientRow(int(cursor.lastrowid), client_id, name.strip(), relation.strip())

    def set_relation(self, db: sqlite3.Connection, recipient_id: int, relation: str) -> None:
        db.execute("UPDATE recipients SET relation = ? WHERE id = ?", (relation.strip(), recipient_id))

    def recipients_of(self, client_id: int) -> list[RecipientRow]:
        rows = self.db.execute("SELECT * FROM recipients WHERE client_id = ? ORDER BY name", (client_id,))
        return [self._recipient(r) for r in rows]

    @staticmethod
    def _recipient(row: sqlite3.Row) -> RecipientRow:
        return RecipientRow(row["id"], row["client_id"], row["name"], row["relation"])

    # what a relationship is made of, and the client's own writing

    def add_letter_fact(
        self, db: sqlite3.Connection, client_id: int, recipient_id: int | None, kind: str, text: str, at: datetime
    ) -> int:
        cursor = db.execute(
            "INSERT INTO letter_facts (client_id, recipient_id, kind, text, created_at) VALUES (?, ?, ?, ?, ?)",
            (client_id, recipient_id, kind, text.strip(), to_text(at)),
        )
        return int(cursor.lastrowid)

    def letter_facts(self, client_id: int, recipient_id: int | None = None) -> list[LetterFact]:
        """The client's facts: those about this recipient and those about no one in particular."""
        rows = self.db.execute(
            "SELECT id, recipient_id, kind, text FROM letter_facts WHERE client_id = ?"
            " AND (recipient_id IS NULL OR recipient_id = ? OR ? IS NULL) ORDER BY id",
            (client_id, recipient_id, recipient_id),
        )
        return [LetterFact(r[0], r[1], r[2], r[3]) for r in rows]

    def add_voice_sample(self, db: sqlite3.Connection, client_id: int, text: str, source: str, at: datetime) -> int:
        cursor = db.execute(
            "INSERT INTO voice_samples (client_id, text, source, created_at) VALUES (?, ?, ?, ?)",
            (client_id, text, source, to_text(at)),
        )
        return int(cursor.lastrowid)

    def voice_samples(self, client_id: int) -> list[str]:
        rows = self.db.execute("SELECT text FROM voice_samples WHERE client_id = ? ORDER BY id", (client_id,))
        return [r[0] for r in rows]

    # letters and their versions

    def add_letter(
        self,
        db: sqlite3.Connection,
        client_id: int,
        recipient_id: int,
        occasion: str,
        notes: str,
        at: datetime,
        turn_id: int | None = None,
    ) -> int:
        cursor = db.execute(
            "INSERT INTO letters (client_id, recipient_id, occasion, notes, status, created_at, turn_id)"
            " VALUES (?, ?, ?, ?, 'draft', ?, ?)",
            (client_id, recipient_id, occasion.strip(), notes, to_text(at), turn_id),
        )
        return int(cursor.lastrowid)

    def letter(self, letter_id: int) -> LetterRow | None:
        row = self.db.execute("SELECT * FROM letters WHERE id = ?", (letter_id,)).fetchone()
        return self._letter(row) if row else None

    def letters(self, client_id: int | None = None) -> list[LetterRow]:
        rows = self.db.execute(
            "SELECT * FROM letters WHERE ? IS NULL OR client_id = ? ORDER BY id", (client_id, client_id)
        )
        return [self._letter(r) for r in rows]

    def set_letter_status(self, db: sqlite3.Connection, letter_id: int, status: str) -> None:
        db.execute("UPDATE letters SET status = ? WHERE id = ?", (status, letter_id))

    def set_consent(self, db: sqlite3.Connection, letter_id: int, at: datetime | None) -> None:
        db.execute("UPDATE letters SET consent_at = ? WHERE id = ?", (to_text(at) if at else None, letter_id))

    def add_version(
        self, db: sqlite3.Connection, letter_id: int, text: str, asked: str, at: datetime, turn_id: int | None = None
    ) -> int:
        number = db.execute(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM letter_versions WHERE letter_id = ?", (letter_id,)
        ).fetchone()[0]
        db.execute(
            "INSERT INTO letter_versions (letter_id, number, text, asked, created_at, turn_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (letter_id, number, text, asked, to_text(at), turn_id),
        )
        return int(number)

    def versions(self, letter_id: int) -> list[VersionRow]:
        rows = self.db.execute(
            "SELECT number, text, asked, created_at FROM letter_versions WHERE letter_id = ? ORDER BY number",
            (letter_id,),
        )
        return [VersionRow(r[0], r[1], r[2], from_text(r[3])) for r in rows]

    @staticmethod
    def _letter(row: sqlite3.Row) -> LetterRow:
        return LetterRow(
            row["id"],
            row["client_id"],
            row["recipient_id"],
            row["occasion"],
            row["notes"],
            row["status"],
            from_text(row["consent_at"]),
            from_text(row["created_at"]),
        )

    # his taste in proofreading

    def add_proof_choice(
        self, db: sqlite3.Connection, rule: str, original: str, suggestion: str, accepted: bool, at: datetime
    ) -> None:
        db.execute(
            "INSERT INTO proof_choices (rule, original, suggestion, accepted, at) VALUES (?, ?, ?, ?, ?)",
            (rule, original, suggestion, int(accepted), to_text(at)),
        )

    def proof_choices(self) -> list[tuple[str, str, str, bool]]:
        rows = self.db.execute("SELECT rule, original, suggestion, accepted FROM proof_choices ORDER BY id")
        return [(r[0], r[1], r[2], bool(r[3])) for r in rows]
