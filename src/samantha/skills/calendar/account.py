"""Connecting her to a calendar: where it is, and the secret that opens it.

`samantha calendar connect` checks the connection before saving anything. The password goes to the OS keyring
(service "samantha-accounts") when there is one; otherwise into the home's accounts table, which is allowed only in
an encrypted home. It never goes into config.toml, and never into an export.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from samantha.skills.calendar.events import CalendarError
from samantha.skills.calendar.sources import CalDAVSource, IcsSource, Source
from samantha.store import Store
from samantha.store.keys import os_keyring

SERVICE = "samantha-accounts"
KIND = "calendar"


def _entry(store: Store) -> str:
    return f"{Path(store.path).resolve()}#{KIND}"


def connect(store: Store, target: str, now: datetime, *, user: str = "", password: str = "", name: str = "") -> Source:
    """Open `target` (an http(s) CalDAV address, or an .ics file or folder), then remember it for this home."""
    if target.startswith(("http://", "https://")):
        source: Source = CalDAVSource(target, user, password, name or None)
        settings = {"type": "caldav", "url": target, "user": user, "calendar": name}
    else:
        path = Path(target).expanduser().resolve()
        if not path.exists() and path.suffix.lower() != ".ics":
            raise CalendarError(f"{path} is neither an .ics file nor a folder")
        source = IcsSource(path)
        settings, password = {"type": "ics", "path": str(path)}, ""
    secret = None
    if password:
        ring = os_keyring()
        if ring is not None:
            ring.set_password(SERVICE, _entry(store), password)
        elif store.encrypted:
            secret = password
        else:
            raise CalendarError(
                "there is no OS keyring here and this home is not encrypted, so the password would sit on disk in "
                "plain text; encrypt the home (`samantha doctor` says how) or install a keyring"
            )
    with store.transaction() as db:
        store.save_account(db, KIND, settings, secret, now)
    return source


def connected(store: Store) -> Source | None:
    """The calendar this home is connected to, or None."""
    found = store.account(KIND)
    if found is None:
        return None
    settings, secret = found
    if settings.get("type") == "ics":
        return IcsSource(Path(settings["path"]))
    password = secret or ""
    ring = os_keyring()
    if not password and ring is not None:
        password = ring.get_password(SERVICE, _entry(store)) or ""
    return CalDAVSource(settings["url"], settings.get("user", ""), password, settings.get("calendar") or None)


def disconnect(store: Store) -> bool:
    ring = os_keyring()
    if ring is not None:
        with contextlib.suppress(Exception):  # nothing stored there
            ring.delete_password(SERVICE, _entry(store))
    with store.transaction() as db:
        return store.remove_account(db, KIND)
