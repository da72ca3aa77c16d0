"""Where her person's calendar lives: a CalDAV server (python-caldav: Radicale, Nextcloud, Fastmail, iCloud…) or a
plain .ics file or folder on the machine (for people without a server).

Both hand raw iCalendar text to events.py, which expands and reads it. Writing: CalDAV adds, moves and cancels on
the server; a folder gets one .ics file per new event; a single .ics file is rewritten whole (through a temporary
file and a rename, so a crash never leaves half a calendar).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

import icalendar

from samantha.skills.calendar.events import (
    CalendarError,
    Event,
    moved,
    new_event,
    occurrences,
    parse_calendar,
    with_occurrence,
    without_occurrence,
)

TIMEOUT = 15  # seconds: a slow server gets a clear message, not a hung conversation
MAX_FILE = 20 * 1024 * 1024  # an .ics this big is not a calendar


class Source(Protocol):
    where: str

    def events(self, start: datetime, end: datetime, zone: ZoneInfo) -> list[Event]: ...
    def add(self, summary: str, start: datetime, end: datetime, location: str = "") -> str: ...
    def move(self, uid: str, start: datetime, end: datetime, occurrence: datetime | None = None) -> None: ...
    def cancel(self, uid: str, occurrence: datetime | None = None) -> None: ...

    def restore(self, uid: str, occurrence: datetime) -> None: ...


@dataclass
class IcsSource:
    path: Path

    @property
    def where(self) -> str:
        return str(self.path)

    def _files(self) -> list[Path]:
        if self.path.is_dir():
            return sorted(p for p in self.path.glob("*.ics") if p.is_file())
        if self.path.is_file():
            return [self.path]
        raise CalendarError(f"{self.path} is not there: connect a calendar file or folder that exists")

    def _read(self, path: Path) -> icalendar.Calendar:
        if path.stat().st_size > MAX_FILE:
            raise CalendarError(f"{path} is over {MAX_FILE // 2**20} MB: not read")
        return parse_calendar(path.read_bytes(), str(path))

    def events(self, start: datetime, end: datetime, zone: ZoneInfo) -> list[Event]:
        return occurrences([calendar for _, calendar in self._readable()], start, end, zone)

    def add(self, summary: str, start: datetime, end: datetime, location: str = "") -> str:
        uid, text = new_event(summary, start, end, location)
        if self.path.is_dir():
            _write(self.path / f"{uid.split('@')[0]}.ics", text)
            return uid
        calendar = self._read(self.path) if self.path.exists() else _empty()
        for component in parse_calendar(text, "the new event").walk("VEVENT"):
            calendar.add_component(component)
        _write(self.path, calendar.to_ical().decode())
        return uid

    def _readable(self) -> list[tuple[Path, icalendar.Calendar]]:
        """Each file with its calendar; in a folder, one broken file does not hide the others."""
        found = []
        for path in self._files():
            try:
                found.append((path, self._read(path)))
            except CalendarError:
                if not self.path.is_dir():
                    raise
        return found

    def _holding(self, uid: str) -> Path:
        for path, calendar in self._readable():
            if any(str(c.get("UID")) == uid for c in calendar.walk("VEVENT")):
                return path
        raise CalendarError("that event is no longer in the calendar")

    def move(self, uid: str, start: datetime, end: datetime, occurrence: datetime | None = None) -> None:
        path = self._holding(uid)
        _write(path, moved(path.read_text(encoding="utf-8"), uid, start, end, occurrence))

    def restore(self, uid: str, occurrence: datetime) -> None:
        path = self._holding(uid)
        _write(path, with_occurrence(path.read_text(encoding="utf-8"), uid, occurrence))

    def cancel(self, uid: str, occurrence: datetime | None = None) -> None:
        """The event, or with `occurrence` only that one of its series."""
        path = self._holding(uid)
        if occurrence is not None:
            _write(path, without_occurrence(path.read_text(encoding="utf-8"), uid, occurrence))
            return
        calendar = self._read(path)
        calendar.subcomponents[:] = [c for c in calendar.subcomponents if str(c.get("UID")) != uid]
        if self.path.is_dir() and not calendar.walk("VEVENT"):
            path.unlink()
        else:
            _write(path, calendar.to_ical().decode())


class CalDAVSource:
    def __init__(self, url: str, username: str, password: str, calendar: str | None = None):
        import caldav

        self.url, self.name = url, calendar
        try:
            self.client = caldav.DAVClient(url=url, username=username, password=password, timeout=TIMEOUT)
            principal = self.client.principal()
            calendars = principal.calendars()
            if calendar:
                matches = [c for c in calendars if (c.get_display_name() or "") == calendar or str(c.url) == calendar]
                if not matches:
                    names = ", ".join(c.get_display_name() or str(c.url) for c in calendars) or "none"
                    raise CalendarError(f"no calendar called {calendar!r} at {url} (there: {names})")
                self.calendar = matches[0]
            elif calendars:
                self.calendar = calendars[0]
            else:
                self.calendar = principal.make_calendar(name="Samantha")
        except CalendarError:
            raise
        except Exception as exc:
            raise CalendarError(_server_trouble(url, exc)) from exc

    @property
    def where(self) -> str:
        return self.url + (f" ({self.name})" if self.name else "")

    def events(self, start: datetime, end: datetime, zone: ZoneInfo) -> list[Event]:
        try:
            found = self.calendar.search(start=start, end=end, event=True)
            texts = [o.data for o in found]
        except Exception as exc:
            raise CalendarError(_server_trouble(self.url, exc)) from exc
        return occurrences([parse_calendar(t, self.url) for t in texts], start, end, zone)

    def add(self, summary: str, start: datetime, end: datetime, location: str = "") -> str:
        uid, text = new_event(summary, start, end, location)
        try:
            self.calendar.save_event(text)
        except Exception as exc:
            raise CalendarError(_server_trouble(self.url, exc)) from exc
        return uid

    def _object(self, uid: str):
        try:
            return self.calendar.event_by_uid(uid)
        except Exception as exc:
            raise CalendarError("that event is no longer in the calendar") from exc

    def move(self, uid: str, start: datetime, end: datetime, occurrence: datetime | None = None) -> None:
        self._rewrite(uid, lambda text: moved(text, uid, start, end, occurrence))

    def cancel(self, uid: str, occurrence: datetime | None = None) -> None:
        """The event, or with `occurrence` only that one of its series."""
        if occurrence is not None:
            self._rewrite(uid, lambda text: without_occurrence(text, uid, occurrence))
            return
        target = self._object(uid)
        try:
            target.delete()
        except Exception as exc:
            raise CalendarError(_server_trouble(self.url, exc)) from exc

    def restore(self, uid: str, occurrence: datetime) -> None:
        """A cancelled occurrence back in its series."""
        self._rewrite(uid, lambda text: with_occurrence(text, uid, occurrence))

    def _rewrite(self, uid: str, change: Callable[[str], str]) -> None:
        """The event's calendar text changed by `change` and saved back (move, cancel one, restore one)."""
        target = self._object(uid)
        try:
            target.data = change(target.data)
            target.save()
        except CalendarError:
            raise
        except Exception as exc:
            raise CalendarError(_server_trouble(self.url, exc)) from exc


def _server_trouble(url: str, exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    if "401" in text or "Unauthorized" in text or "403" in text:
        return f"{url} refused the user name or password"
    if "timed out" in text.lower() or "timeout" in type(exc).__name__.lower():
        return f"{url} did not answer within {TIMEOUT} s"
    if "refused" in text.lower() or "connect" in text.lower():
        return f"cannot reach {url} (is the server running?)"
    return f"the calendar at {url} failed: {text[:200]}"


def _empty() -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//Samantha//calendar skill//EN")
    calendar.add("VERSION", "2.0")
    return calendar


def _write(path: Path, text: str) -> None:
    """Whole or not at all: a temporary file in the same folder, fsynced, then renamed over."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".samantha-", suffix=".ics")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def day_window(day: datetime, days: int = 1) -> tuple[datetime, datetime]:
    start = day.replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=days)
