"""The store's part for feelings: what she perceived in each message, her emotion episodes, and her moods.

A mixin of `Store` (same connection, same transactions) kept in its own file so each table family reads apart.
Rows are plain records; affect/ turns them into `Mood` and `EmotionEpisode`.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from samantha.store.times import from_text, to_text


@dataclass(frozen=True)
class MoodRow:
    at: datetime
    pleasure: float
    arousal: float
    dominance: float
    reason: str
    turn_id: int | None


@dataclass(frozen=True)
class EpisodeRow:
    at: datetime
    emotion: str
    intensity: float
    reason: str
    turn_id: int | None


class FeelingRows:
    db: sqlite3.Connection

    def save_perception(
        self, db: sqlite3.Connection, turn_id: int, valence: float, arousal: float, confidence: float, labels: dict
    ) -> None:
        db.execute(
            "INSERT OR REPLACE INTO perceptions(turn_id, valence, arousal, confidence, labels) VALUES (?, ?, ?, ?, ?)",
            (turn_id, valence, arousal, confidence, json.dumps(labels)),
        )

    def add_episode(self, db: sqlite3.Connection, row: EpisodeRow) -> None:
        db.execute(
            "INSERT INTO emotion_episodes(turn_id, at, emotion, intensity, reason) VALUES (?, ?, ?, ?, ?)",
            (row.turn_id, to_text(row.at), row.emotion, row.intensity, row.reason),
        )

    def add_mood(self, db: sqlite3.Connection, row: MoodRow) -> None:
        db.execute(
            "INSERT INTO moods(at, pleasure, arousal, dominance, reason, turn_id) VALUES (?, ?, ?, ?, ?, ?)",
            (to_text(row.at), row.pleasure, row.arousal, row.dominance, row.reason, row.turn_id),
        )

    def latest_mood(self) -> MoodRow | None:
        row = self.db.execute("SELECT * FROM moods ORDER BY id DESC LIMIT 1").fetchone()
        return _mood(row) if row else None

    def moods(self, limit: int = 500) -> list[MoodRow]:
        """The last `limit` mood changes, oldest first."""
        rows = self.db.execute("SELECT * FROM moods ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [_mood(r) for r in reversed(rows)]

    def episodes(self, limit: int = 20) -> list[EpisodeRow]:
        """Her last `limit` emotion episodes, oldest first."""
        rows = self.db.execute("SELECT * FROM emotion_episodes ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [
            EpisodeRow(from_text(r["at"]), r["emotion"], r["intensity"], r["reason"], r["turn_id"])
            for r in reversed(rows)
        ]

    def perception_of(self, turn_id: int) -> dict | None:
        row = self.db.execute("SELECT * FROM perceptions WHERE turn_id = ?", (turn_id,)).fetchone()
        if row is None:
            return None
        return {
            "valence": row["valence"],
            "arousal": row["arousal"],
            "confidence": row["confidence"],
            "labels": json.loads(row["labels"]),
        }

    def last_words_at(self, before_turn: int | None) -> datetime | None:
        """When the person last said something before `before_turn` (for 'we haven't talked in days')."""
        row = self.db.execute(
            "SELECT started_at FROM turns WHERE user_text IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1",
            (before_turn if before_turn is not None else 2**62,),
        ).fetchone()
        return from_text(row["started_at"]) if row else None


def _mood(row: sqlite3.Row) -> MoodRow:
    return MoodRow(
        from_text(row["at"]), row["pleasure"], row["arousal"], row["dominance"], row["reason"], row["turn_id"]
    )
