"""The SQLite every home is opened with: SQLCipher's build (sqlcipher3) when it is installed, so a home can be
encrypted at rest, else the standard library's sqlite3 (plain homes only). Without a key SQLCipher is plain SQLite:
one module opens both kinds of home, and one family of exceptions is caught everywhere (`Error`, `DatabaseError`,
`OperationalError`, `IntegrityError`, `Row` below).
"""

from __future__ import annotations

import sqlite3

try:
    from sqlcipher3 import dbapi2 as _sqlcipher
except ImportError:  # a platform without the wheel: plain homes still work
    _sqlcipher = None

module = _sqlcipher if _sqlcipher is not None else sqlite3
CAN_ENCRYPT = _sqlcipher is not None
Row = module.Row
Error = module.Error
DatabaseError = module.DatabaseError
OperationalError = module.OperationalError
IntegrityError = module.IntegrityError
Connection = module.Connection
PLAIN_HEADER = b"SQLite format 3\x00"


def connect(path, key: str | None = None):
    """A connection in autocommit mode (we open transactions ourselves), keyed when `key` (64 hex characters: a
    raw 256-bit key, so no slow key derivation at every open) is given."""
    db = module.connect(str(path), isolation_level=None, check_same_thread=False)
    if key is not None:
        if not CAN_ENCRYPT:
            raise RuntimeError("this home is encrypted, but SQLCipher (the sqlcipher3-binary package) is missing")
        db.execute(f"PRAGMA key = \"x'{key}'\"")  # hex only (keys.py checks it): nothing to escape
    return db


def is_plain(path) -> bool | None:
    """True for a plain SQLite file, False for an encrypted one, None when there is no file (or an empty one)."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return None
    return None if not head else head == PLAIN_HEADER
