"""The whole home as JSON (`samantha export`) and back (`samantha import` of such a file), losslessly.

Every table is written row by row with its ids, so references (a memory's turn, a superseded fact's successor, a
mood's reason turn) survive the trip. Vectors are left out: they are derived from the text and recomputed on the
way back in. Full-text indexes are rebuilt by the tables' triggers.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from samantha.store import engine

FORMAT = "samantha-home"
VERSION = 1
# In dependency order: a row only refers to rows of tables before it (memories may refer to memories).
TABLES = (
    "conversations",
    "turns",
    "profile",
    "perceptions",
    "emotion_episodes",
    "moods",
    "imports",
    "memories",
    "relationship",
    "milestones",
    "persona_versions",
    "trait_changes",
    "approach_trials",
    "journal",
    "reminders",
    "audit",
    "clients",
    "recipients",
    "letter_facts",
    "voice_samples",
    "letters",
    "letter_versions",
    "proof_choices",
)
# accounts (a server's address and its password) never leave in an export: connect again after a restore.
DERIVED = {"memories": ("embedding",)}


class RestoreError(ValueError):
    """The export cannot be restored here; nothing was written."""


def write_private(path: Path, text: str | bytes) -> None:
    """Write an export whole or not at all, readable by its owner alone: a temporary file beside it (0600),
    flushed to disk, then renamed over the old one. A full disk leaves the previous export as it was."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(handle, "wb") as out:  # mkstemp creates it 0600
            out.write(text.encode("utf-8") if isinstance(text, str) else text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def dump(db: sqlite3.Connection, schema_version: int) -> dict[str, Any]:
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "schema": schema_version}
    for table in TABLES:
        skip = DERIVED.get(table, ())
        rows = db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        out[table] = [{k: row[k] for k in row.keys() if k not in skip} for row in rows]  # noqa: SIM118 (a Row)
    return out


def is_home_export(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def restore(db: sqlite3.Connection, data: dict[str, Any], schema_version: int) -> dict[str, int]:
    """Insert an export into an empty home, inside the caller's transaction. Returns rows per table."""
    if data.get("version") != VERSION:
        raise RestoreError(f"this export is format version {data.get('version')!r}; this Samantha reads {VERSION}")
    if int(data.get("schema", 0)) > schema_version:
        raise RestoreError("this export comes from a newer Samantha; upgrade before importing it")
    used = sum(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("turns", "memories"))
    if used:
        raise RestoreError("this home already has conversations or memories; restore an export into a new --home")
    db.execute("PRAGMA defer_foreign_keys = ON")  # a fact may point at a successor restored after it
    counts = {}
    for table in TABLES:
        columns = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        rows = data.get(table, [])
        if not isinstance(rows, list):
            raise RestoreError(f"'{table}' must be a list")
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict) or not set(row) <= columns:
                unknown = sorted(set(row) - columns) if isinstance(row, dict) else "not an object"
                raise RestoreError(f"{table} row {number}: unexpected {unknown}")
            names = list(row)
            try:
                db.execute(
                    f"INSERT INTO {table}({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                    [row[n] for n in names],
                )
            except engine.Error as exc:
                raise RestoreError(f"{table} row {number}: {exc}") from exc
        counts[table] = len(rows)
    return counts
