"""Where an account's password lives: the OS keyring (service "samantha-accounts", one entry per home and kind)
when there is one, else the home's accounts table, which only an encrypted home may hold. Never config.toml, never
an export, never a plain-text file.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from samantha.store import Store
from samantha.store.keys import os_keyring

SERVICE = "samantha-accounts"
NO_SAFE_PLACE = (
    "there is no OS keyring here and this home is not encrypted, so the password would sit on disk in plain text; "
    "encrypt the home (`samantha doctor` says how) or install a keyring"
)


class NoSafePlace(Exception):
    pass


def _entry(store: Store, kind: str) -> str:
    return f"{Path(store.path).resolve()}#{kind}"


def keep(store: Store, kind: str, password: str) -> str | None:
    """Put `password` away; returns what the accounts table should hold (None when the keyring has it)."""
    if not password:
        return None
    ring = os_keyring()
    if ring is not None:
        ring.set_password(SERVICE, _entry(store, kind), password)
        return None
    if store.encrypted:
        return password
    raise NoSafePlace(NO_SAFE_PLACE)


def recall(store: Store, kind: str, stored: str | None) -> str:
    if stored:
        return stored
    ring = os_keyring()
    return (ring.get_password(SERVICE, _entry(store, kind)) or "") if ring is not None else ""


def drop(store: Store, kind: str) -> None:
    ring = os_keyring()
    if ring is not None:
        with contextlib.suppress(Exception):  # nothing stored there
            ring.delete_password(SERVICE, _entry(store, kind))
