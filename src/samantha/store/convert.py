"""`samantha encrypt` and `samantha decrypt`: convert a home's database in place, safely.

SQLCipher's `sqlcipher_export` copies every table, index, trigger and the FTS5 indexes into a new file beside the
old one; the new file is then verified (integrity_check, the schema version, and the row count of every table) and
only then renamed over the old one. If anything fails before the rename, the old file is untouched and the new one
is removed. The backups are replaced by one of the converted database: old ones would keep the old form.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from samantha.store import backup, engine, lock
from samantha.store.keys import default_key_file, find_key, new_key
from samantha.store.sqlite import StoreError, keep_private


def convert(path: Path, encrypt: bool) -> str:
    """Encrypt (or decrypt) the database at `path`. Returns a one-line account of what was done."""
    try:
        with lock.held(path.parent):  # no other process may write while the file is copied and swapped
            return _convert(path, encrypt)
    except lock.HomeInUse as exc:
        raise StoreError(str(exc)) from None


def _convert(path: Path, encrypt: bool) -> str:
    plain = engine.is_plain(path)
    if plain is None:
        raise StoreError(f"{path} does not exist yet: a new home is encrypted when it is created (encrypt = true)")
    if not engine.CAN_ENCRYPT:
        raise StoreError("encryption needs SQLCipher (pip install sqlcipher3-binary), which is missing")
    if plain is not encrypt:
        return f"{path} is already {'encrypted' if encrypt else 'not encrypted'}; nothing to do"
    home = path.parent
    old_key = None if plain else find_key(home)[0]
    if not plain and old_key is None:
        raise StoreError(f"{path} is encrypted and no key for it was found: set SAMANTHA_KEY_FILE")
    new = path.with_name(path.name + ".converting")
    with contextlib.suppress(FileNotFoundError):
        new.unlink()
    source = engine.connect(path, old_key)
    try:
        busy = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StoreError("another program has this home open: close it (chat, talk) and try again")
        key = new_key(home) if encrypt else ""
        key_sql = f"\"x'{key}'\"" if key else "''"  # hex only, from keys.py: nothing to escape
        source.execute(f"ATTACH DATABASE ? AS converted KEY {key_sql}", (str(new),))
        source.execute("SELECT sqlcipher_export('converted')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
        source.execute("DETACH DATABASE converted")
        counts = _counts(source)
    except BaseException:
        source.close()
        with contextlib.suppress(FileNotFoundError):
            new.unlink()
        raise
    source.close()
    _verify(new, key or None, version, counts)
    os.replace(new, path)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    keep_private(path)
    _renew_backups(path, key or None)
    if not encrypt:
        with contextlib.suppress(FileNotFoundError):
            default_key_file(home).unlink()  # the key opens nothing any more
        return f"{path} is decrypted: plain SQLite, readable by any SQLite tool ({sum(counts.values())} rows)"
    return f"{path} is encrypted ({sum(counts.values())} rows); the key is kept outside the home"


def _renew_backups(path: Path, key: str | None) -> None:
    """The old backups are in the old form (plain words, or a key about to be deleted): replace them with one
    backup of the converted database."""
    kept = len(backup.backups(path))
    if kept:
        db = engine.connect(path, key)
        try:
            backup.refresh(db, path, key, kept)
        finally:
            db.close()


def _counts(db) -> dict[str, int]:
    tables = [
        r[0]
        for r in db.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {t: int(db.execute(f'SELECT COUNT(*) FROM main."{t}"').fetchone()[0]) for t in tables}


def _verify(path: Path, key: str | None, version: int, counts: dict[str, int]) -> None:
    db = engine.connect(path, key)
    try:
        ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        same = db.execute("PRAGMA user_version").fetchone()[0] == version and _counts(db) == counts
    except engine.DatabaseError:
        ok = same = False
    finally:
        db.close()
    if not (ok and same):
        path.unlink(missing_ok=True)
        original = path.name.removesuffix(".converting")
        raise StoreError(f"the converted copy of the database did not verify; {original} was left as it was")
