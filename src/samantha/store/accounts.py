"""The store's part for connected accounts (calendar, later mail) and the audit log of what she did for them.

A mixin of `Store`. Account settings are JSON with no secret in them; the secret (a password or an app token) goes
to the OS keyring when there is one, and otherwise into this table, which is only allowed in an encrypted home
(SQLCipher, key outside the home): a plain-text password never lands on disk (store/keys.py for the key itself).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from samantha.store.times import from_text, to_text


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    skill: str
    action: str
    detail: str
    word: str
    read: str
    status: str
    undo: dict | None = None
    turn_id: int | None = None

    def as_record(self) -> dict:
        return {
            "id": self.id,
            "at": to_text(self.at),
            "skill": self.skill,
            "action": self.action,
            "detail": self.detail,
            "on_whose_word": self.word,
            "read": self.read,
            "status": self.status,
            "can_undo": bool(self.undo) and self.status == "done",
        }


class AccountRows:
    db: sqlite3.Connection

    def save_account(self, db: sqlite3.Connection, kind: str, settings: dict, secret: str | None, at: datetime) -> None:
        db.execute(
            "INSERT INTO accounts (kind, settings, secret, connected_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(kind) DO UPDATE SET settings = excluded.settings, secret = excluded.secret, "
            "connected_at = excluded.connected_at",
            (kind, json.dumps(settings, sort_keys=True), secret, to_text(at)),
        )

    def account(self, kind: str) -> tuple[dict, str | None] | None:
        row = self.db.execute("SELECT settings, secret FROM accounts WHERE kind = ?", (kind,)).fetchone()
        return (json.loads(row[0]), row[1]) if row else None

    def remove_account(self, db: sqlite3.Connection, kind: str) -> bool:
        return db.execute("DELETE FROM accounts WHERE kind = ?", (kind,)).rowcount > 0

    def audit(
        self,
        db: sqlite3.Connection,
        at: datetime,
        skill: str,
        action: str,
        detail: str,
        word: str,
        status: str,
        *,
        read: str = "",
        undo: dict | None = None,
        turn_id: int | None = None,
    ) -> int:
        cursor = db.execute(
            "INSERT INTO audit (at, skill, action, detail, word, read, status, undo, turn_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (to_text(at), skill, action, detail, word, read, status, json.dumps(undo) if undo else None, turn_id),
        )
        return int(cursor.lastrowid or 0)

    def set_audit_status(self, db: sqlite3.Connection, audit_id: int, status: str) -> None:
        db.execute("UPDATE audit SET status = ? WHERE id = ?", (status, audit_id))

    def audit_log(self, limit: int = 200) -> list[AuditRow]:
        rows = self.db.execute(f"SELECT {AUDIT_COLUMNS} FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [_audit_row(r) for r in rows]

    def audit_entry(self, audit_id: int) -> AuditRow | None:
        row = self.db.execute(f"SELECT {AUDIT_COLUMNS} FROM audit WHERE id = ?", (audit_id,)).fetchone()
        return _audit_row(row) if row else None


AUDIT_COLUMNS = "id, at, skill, action, detail, word, read, status, undo, turn_id"


def _audit_row(r) -> AuditRow:
    return AuditRow(r[0], from_text(r[1]), *r[2:8], json.loads(r[8]) if r[8] else None, r[9])
