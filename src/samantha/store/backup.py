"""Backups that mean "never lose a word": a rolling online copy of the database after each conversation.

SQLite's backup API copies a consistent snapshot while the home stays open; an encrypted home's copies are
encrypted with the same key. They live in the home's `backups/` folder (0700, files 0600), the newest `keep`
of them. `samantha doctor` checks the database and restores the newest backup that passes its own check.

Forgetting reaches backups too: after a forget every older copy is deleted and a fresh one is taken, so a
forgotten word survives in no backup (memory/book.py calls `refresh`).
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path

from samantha.store import engine, lock
from samantha.store.keys import find_key

FOLDER = "backups"


def folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def backups(db_path: Path) -> list[Path]:
    """The backups of this database, newest first."""
    return sorted(folder(db_path).glob("samantha-*.db"), reverse=True)


def take(db, db_path: Path, key: str | None, keep: int, now: datetime | None = None) -> Path | None:
    """Copy the open database `db` into a new backup and keep only the newest `keep`. None when keep is 0."""
    if keep <= 0:
        return None
    where = folder(db_path)
    where.mkdir(exist_ok=True)
    os.chmod(where, 0o700)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%f")
    target = where / f"samantha-{stamp}.db"
    partial = target.with_suffix(".partial")
    copy = engine.connect(partial, key)
    try:
        db.backup(copy)
    finally:
        copy.close()
    os.chmod(partial, 0o600)
    os.replace(partial, target)  # a backup interrupted half way is never mistaken for one
    for old in backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def refresh(db, db_path: Path, key: str | None, keep: int) -> None:
    """After a forget: no older copy may keep the forgotten words. Delete them all, then take a fresh one."""
    for old in backups(db_path):
        old.unlink(missing_ok=True)
    take(db, db_path, key, keep)


def healthy(path: Path, key: str | None) -> bool:
    try:
        db = engine.connect(path, key)
        try:
            return db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            db.close()
    except engine.DatabaseError:
        return False


def restore_latest(db_path: Path) -> Path | None:
    """Put the newest healthy backup in place of the database (the damaged file is kept beside it, renamed).
    Returns the backup used, or None when there is none that passes its check. Raises lock.HomeInUse when another
    process has the home open."""
    with lock.held(db_path.parent):
        return _restore_latest(db_path)


def _restore_latest(db_path: Path) -> Path | None:
    key = find_key(db_path.parent)[0] if engine.is_plain(db_path) is False or _any_encrypted(db_path) else None
    for candidate in backups(db_path):
        candidate_key = None if engine.is_plain(candidate) else key
        if healthy(candidate, candidate_key):
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            with contextlib.suppress(FileNotFoundError):
                os.replace(db_path, db_path.with_name(f"{db_path.name}.damaged-{stamp}"))
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    db_path.with_name(db_path.name + suffix).unlink()
            partial = db_path.with_name(db_path.name + ".restoring")
            partial.write_bytes(candidate.read_bytes())
            os.chmod(partial, 0o600)
            os.replace(partial, db_path)
            return candidate
    return None


def _any_encrypted(db_path: Path) -> bool:
    return any(engine.is_plain(b) is False for b in backups(db_path))
