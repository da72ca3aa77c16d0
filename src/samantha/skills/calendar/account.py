"""Connecting her to a calendar: where it is, and the secret that opens it.

`samantha calendar connect` checks the connection before saving anything. The password goes to the OS keyring
(service "samantha-accounts") when there is one; otherwise into the home's accounts table, which is allowed only in
an encrypted home. It never goes into config.toml, and never into an export.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from samantha.skills import secrets
from samantha.skills.calendar.events import CalendarError
from samantha.skills.calendar.sources import CalDAVSource, IcsSource, Source
from samantha.store import Store

KIND = "calendar"


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
    try:
        secret = secrets.keep(store, KIND, password)
    except secrets.NoSafePlace as exc:
        raise CalendarError(str(exc)) from exc
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
    password = secrets.recall(store, KIND, secret)
    return CalDAVSource(settings["url"], settings.get("user", ""), password, settings.get("calendar") or None)


def disconnect(store: Store) -> bool:
    secrets.drop(store, KIND)
    with store.transaction() as db:
        return store.remove_account(db, KIND)
