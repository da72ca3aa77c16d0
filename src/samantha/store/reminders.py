"""The store's part for reminders (skills/reminders): what to remind them of, when, and whether it was said.

A mixin of `Store` (same connection, same transactions). `due_at` is UTC; `timezone` is the zone the person's words
were read in, so a recurrence keeps their wall clock. Statuses: pending (not yet due), fired (said, waiting for
"done" or "snooze"), done, cancelled. A recurring reminder goes back to pending at its next time once it is said.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from samantha.store.times import from_text, to_text

OPEN = ("pending", "fired")


@dataclass(frozen=True)
class ReminderRow:
    id: int
    text: str  # in her words, to follow "to": "call your sister Annie"
    due_at: datetime
    rrule: str | None
    timezone: str
    status: str
    created_at: datetime
    fired_at: datetime | None = None
    turn_id: int | None = None


class ReminderRows:
    db: sqlite3.Connection

    def add_reminder(
        self,
        db: sqlite3.Connection,
        text: str,
        due_at: datetime,
        rrule: str | None,
        timezone: str,
        at: datetime,
        turn_id: int | None,
    ) -> int:
        cursor = db.execute(
            "INSERT INTO reminders(text, due_at, rrule, timezone, status, created_at, turn_id)"
            " VALUES (?, ?, ?, ?, 'pending', ?, ?)",
            (text, to_text(due_at), rrule, timezone, to_text(at), turn_id),
        )
        return int(cursor.lastrowid)

    def reminders(self, statuses: tuple[str, ...] = OPEN) -> list[ReminderRow]:
        marks = ", ".join("?" * len(statuses))
        rows = self.db.execute(
            f"SELECT * FROM reminders WHERE status IN ({marks}) ORDER BY due_at, id", statuses
        ).fetchall()
        return [self._reminder(r) for r in rows]

    def reminder(self, reminder_id: int) -> ReminderRow | None:
        row = self.db.execute("SELECT * FROM reminders WHERE id = ?", (reminder_id,)).fetchone()
        return self._reminder(row) if row else None

    def due_reminders(self, now: datetime) -> list[ReminderRow]:
        rows = self.db.execute(
            "SELECT * FROM reminders WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id", (to_text(now),)
        ).fetchall()
        return [self._reminder(r) for r in rows]

    def mark_reminder(
        self,
        db: sqlite3.Connection,
        reminder_id: int,
        status: str,
        *,
        due_at: datetime | None = None,
        fired_at: datetime | None = None,
    ) -> None:
        db.execute(
            "UPDATE reminders SET status = ?, due_at = COALESCE(?, due_at), fired_at = COALESCE(?, fired_at)"
            " WHERE id = ?",
            (status, to_text(due_at) if due_at else None, to_text(fired_at) if fired_at else None, reminder_id),
        )

    def latest_reminder(self) -> ReminderRow | None:
        row = self.db.execute("SELECT * FROM reminders ORDER BY id DESC LIMIT 1").fetchone()
        return self._reminder(row) if row else None

    def latest_said(self) -> ReminderRow | None:
        """The reminder she said last (a one-off waits as 'fired'; a repeating one is pending again)."""
        row = self.db.execute(
            "SELECT * FROM reminders WHERE fired_at IS NOT NULL AND status IN ('pending', 'fired')"
            " ORDER BY fired_at DESC, id DESC LIMIT 1"
        ).fetchone()
        return self._reminder(row) if row else None

    def reschedule_reminder(
        self, db: sqlite3.Connection, reminder_id: int, due_at: datetime, rrule: str | None
    ) -> None:
        db.execute(
            "UPDATE reminders SET due_at = ?, rrule = ?, status = 'pending' WHERE id = ?",
            (to_text(due_at), rrule, reminder_id),
        )

    @staticmethod
    def _reminder(row: sqlite3.Row) -> ReminderRow:
        return ReminderRow(
            id=row["id"],
            text=row["text"],
            due_at=from_text(row["due_at"]),
            rrule=row["rrule"],
            timezone=row["timezone"],
            status=row["status"],
            created_at=from_text(row["created_at"]),
            fired_at=from_text(row["fired_at"]),
            turn_id=row["turn_id"],
        )
