"""Events as she reads them: occurrences in a window, recurring series expanded, times in the person's zone.

Every source hands over raw iCalendar text (a server's objects, a file's contents); expansion happens here, the
same for all, with `recurring-ical-events` (RRULE, RDATE, EXDATE and moved occurrences). All-day events stay dates.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

PRODID = "-//Samantha//calendar skill//EN"


class CalendarError(RuntimeError):
    """A calendar that cannot be read or written; the message says which and why, in words for the person."""


@dataclass(frozen=True)
class Event:
    uid: str
    summary: str
    start: datetime  # aware, in the person's zone (an all-day event: its day at 00:00)
    end: datetime
    all_day: bool = False
    location: str = ""
    recurring: bool = False
    # Of a repeating series: which occurrence this is (its RECURRENCE-ID: the time it had before any move).
    occurrence: datetime | None = None

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end


def parse_calendar(text: str | bytes, where: str) -> icalendar.Calendar:
    try:
        return icalendar.Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError) as exc:  # icalendar's errors for broken files
        raise CalendarError(f"{where} is not a readable calendar ({exc})") from exc


def occurrences(calendars: list[icalendar.Calendar], start: datetime, end: datetime, zone: ZoneInfo) -> list[Event]:
    """Every event occurring between `start` and `end`, earliest first."""
    found: dict[tuple[str, datetime], Event] = {}
    series = {str(c.get("UID")) for cal in calendars for c in cal.walk("VEVENT") if "RRULE" in c or "RDATE" in c}
    for calendar in calendars:
        try:
            components = recurring_ical_events.of(calendar).between(start, end)
        except Exception as exc:  # a broken RRULE or date: say which calendar, lose nothing else
            raise CalendarError(f"a calendar has an event she cannot expand ({exc})") from exc
        for component in components:
            if component.name != "VEVENT":
                continue
            event = _event(component, zone, series)
            found[(event.uid, event.start)] = event
    return sorted(found.values(), key=lambda e: (e.start, e.summary))


def _event(component: icalendar.Event, zone: ZoneInfo, series: set[str]) -> Event:
    begin = component.decoded("DTSTART")
    all_day = not isinstance(begin, datetime)
    if "DTEND" in component:
        finish = component.decoded("DTEND")
    elif "DURATION" in component:
        finish = begin + component.decoded("DURATION")
    else:
        finish = begin + (timedelta(days=1) if all_day else timedelta(0))
    return Event(
        uid=str(component.get("UID", "")),
        summary=str(component.get("SUMMARY", "")).strip() or "(no title)",
        start=_local(begin, zone),
        end=_local(finish, zone),
        all_day=all_day,
        location=str(component.get("LOCATION", "")).strip(),
        recurring=str(component.get("UID", "")) in series,
        occurrence=_local(component.decoded("RECURRENCE-ID"), zone) if "RECURRENCE-ID" in component else None,
    )


def _local(moment: date | datetime, zone: ZoneInfo) -> datetime:
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time(0), zone)
    if moment.tzinfo is None:  # a "floating" time: the person's wall clock
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def new_event(summary: str, start: datetime, end: datetime, location: str = "") -> tuple[str, str]:
    """(uid, iCalendar text) of a new single event; times are written in UTC with their zone-aware meaning kept."""
    uid = f"{uuid.uuid4()}@samantha"
    event = icalendar.Event()
    event.add("UID", uid)
    event.add("SUMMARY", summary)
    event.add("DTSTART", start)
    event.add("DTEND", end)
    event.add("DTSTAMP", datetime.now(ZoneInfo("UTC")))
    if location:
        event.add("LOCATION", location)
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add_component(event)
    return uid, calendar.to_ical().decode()


def moved(text: str, uid: str, start: datetime, end: datetime, occurrence: datetime | None = None) -> str:
    """The calendar text with the single event `uid` moved to start..end; with `occurrence`, only that one
    occurrence of a repeating series (an override with its RECURRENCE-ID, RFC 5545 §3.8.4.4), the rest untouched."""
    calendar = parse_calendar(text, "the event")
    if occurrence is not None:
        return _moved_occurrence(calendar, uid, start, end, occurrence)
    for component in calendar.walk("VEVENT"):
        if str(component.get("UID")) == uid:
            for key, value in (("DTSTART", start), ("DTEND", end)):
                component.pop(key, None)
                component.add(key, value)
            component.pop("DURATION", None)
            sequence = int(component.get("SEQUENCE", 0)) + 1
            component.pop("SEQUENCE", None)
            component.add("SEQUENCE", sequence)
    return calendar.to_ical().decode()


def _moved_occurrence(calendar: icalendar.Calendar, uid: str, start: datetime, end: datetime, occurrence: datetime):
    events = [c for c in calendar.walk("VEVENT") if str(c.get("UID")) == uid]
    series = next((c for c in events if "RECURRENCE-ID" not in c), None)
    if series is None:
        raise CalendarError("the repeating event is not in that calendar any more")
    original = occurrence.astimezone(ZoneInfo("UTC"))
    override = next(
        (c for c in events if "RECURRENCE-ID" in c and _same_moment(c.decoded("RECURRENCE-ID"), original)), None
    )
    if override is None:
        override = icalendar.Event()
        for key in ("UID", "SUMMARY", "LOCATION", "DESCRIPTION"):
            if key in series:
                override.add(key, series.get(key))
        override.add("RECURRENCE-ID", original)
        override.add("DTSTAMP", datetime.now(ZoneInfo("UTC")))
        calendar.add_component(override)
    for key, value in (("DTSTART", start), ("DTEND", end)):
        override.pop(key, None)
        override.add(key, value)
    sequence = int(override.get("SEQUENCE", 0)) + 1
    override.pop("SEQUENCE", None)
    override.add("SEQUENCE", sequence)
    return calendar.to_ical().decode()


def without_occurrence(text: str, uid: str, occurrence: datetime) -> str:
    """The calendar text with one occurrence of the series `uid` cancelled: an EXDATE on the series (RFC 5545
    §3.8.5.1), and any override of that occurrence removed. The rest of the series stays."""
    calendar = parse_calendar(text, "the event")
    series, original = _series(calendar, uid), occurrence.astimezone(ZoneInfo("UTC"))
    calendar.subcomponents[:] = [
        c
        for c in calendar.subcomponents
        if not (
            c.name == "VEVENT"
            and str(c.get("UID")) == uid
            and "RECURRENCE-ID" in c
            and _same_moment(c.decoded("RECURRENCE-ID"), original)
        )
    ]
    series.add("EXDATE", original)
    return calendar.to_ical().decode()


def with_occurrence(text: str, uid: str, occurrence: datetime) -> str:
    """Undo of without_occurrence: the occurrence's EXDATE goes, and it is back in the series."""
    calendar = parse_calendar(text, "the event")
    series, original = _series(calendar, uid), occurrence.astimezone(ZoneInfo("UTC"))
    kept = []
    for entry in _as_list(series.get("EXDATE")):
        moments = [d.dt for d in entry.dts if not _same_moment(d.dt, original)]
        if moments:
            kept.append(moments)
    series.pop("EXDATE", None)
    for moments in kept:
        series.add("EXDATE", moments)
    return calendar.to_ical().decode()


def _series(calendar: icalendar.Calendar, uid: str) -> icalendar.Event:
    found = next((c for c in calendar.walk("VEVENT") if str(c.get("UID")) == uid and "RECURRENCE-ID" not in c), None)
    if found is None:
        raise CalendarError("the repeating event is not in that calendar any more")
    return found


def _as_list(value) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


def _same_moment(value: date | datetime, moment: datetime) -> bool:
    return isinstance(value, datetime) and value.tzinfo is not None and value == moment
