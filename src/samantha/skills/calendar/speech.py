"""How she says a calendar: "Tomorrow you have two things: …", an event's time, and what it clashes with."""

from __future__ import annotations

from datetime import datetime, timedelta

from samantha.skills.calendar.events import Event
from samantha.skills.reminders.speech import clock_words, spoken_time

MOST = 8  # events said aloud at once; the rest are counted


def event_time(start: datetime, now: datetime) -> str:
    """ "today at 8 in the evening", "Friday 4 December at 8 in the evening" (with "on" before a weekday)."""
    said = spoken_time(start, now)
    return said if said.startswith(("today", "tomorrow")) else f"on {said}"


def _day_name(start: datetime, now: datetime) -> str:
    if start.date() == now.date():
        return "today"
    if start.date() == now.date() + timedelta(days=1):
        return "tomorrow"
    return f"on {start:%A} {start.day} {start:%B}"


def _one(event: Event, now: datetime, with_day: bool) -> str:
    when = "all day" if event.all_day else f"at {clock_words(event.start)}"
    day = f"{_day_name(event.start, now)} " if with_day else ""
    where = f" ({event.location})" if event.location else ""
    return f"{event.summary}{where}, {day}{when}"


def agenda(events: list[Event], start: datetime, end: datetime, now: datetime) -> str:
    days = (end - start).days
    span = _day_name(start, now) if days <= 1 else ("this week" if start.date() <= now.date() else "that week")
    if not events:
        return f"Your calendar is clear {span}."
    listed = "; ".join(_one(e, now, days > 1) for e in events[:MOST])
    more = f"; and {len(events) - MOST} more" if len(events) > MOST else ""
    count = "one thing" if len(events) == 1 else f"{len(events)} things"
    return f"{span[0].upper() + span[1:]} you have {count}: {listed}{more}."


def clashes(busy: list[Event], now: datetime) -> str:
    if not busy:
        return ""
    names = ", ".join(f"“{e.summary}” at {clock_words(e.start)}" for e in busy[:3])
    return f" It clashes with {names}."
