"""How she says a reminder's time: "today at 10 in the morning", "tomorrow, Friday 4 December, at 7 in the evening",
"every Monday", "2 days ago"."""

from __future__ import annotations

from datetime import datetime, timedelta

from samantha.skills.reminders.when import DAYS, RRULE_DAYS

RULE_WORDS = {"FREQ=DAILY": "every day", "FREQ=MONTHLY": "every month", "BYDAY=MO,TU,WE,TH,FR": "every weekday"}


def clock_words(at: datetime) -> str:
    """ "10 in the morning", "7:30 in the evening", "10 at night", "noon", "midnight"."""
    if (at.hour, at.minute) in ((12, 0), (0, 0)):
        return "noon" if at.hour == 12 else "midnight"
    hour = at.hour % 12 or 12
    clock = f"{hour}:{at.minute:02d}" if at.minute else f"{hour}"
    if at.hour >= 21 or at.hour < 5:
        return f"{clock} at night"
    part = "in the morning" if at.hour < 12 else "in the afternoon" if at.hour < 18 else "in the evening"
    return f"{clock} {part}"


def spoken_time(due: datetime, now: datetime) -> str:
    """`due` said from `now`, both on the person's wall clock."""
    day, named = due.date(), f"{due:%A} {due.day} {due:%B}"
    if day == now.date():
        return f"today at {clock_words(due)}"
    if day == now.date() + timedelta(days=1):
        return f"tomorrow, {named}, at {clock_words(due)}"
    return f"{named} at {clock_words(due)}"


def how_late(due: datetime, now: datetime) -> str:
    minutes = int((now - due).total_seconds() // 60)
    if minutes < 90:
        return f"{minutes} minutes ago"
    if minutes < 60 * 36:
        return f"{round(minutes / 60)} hours ago"
    return f"{round(minutes / 1440)} days ago"


def repeats(rule: str | None) -> str:
    """ "every Monday", "every Tuesday and Thursday", "every day", "every 2 hours"… for an RRULE; "" for once."""
    if not rule:
        return ""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    if parts.get("FREQ") in ("HOURLY", "MINUTELY"):
        n, unit = int(parts.get("INTERVAL", "1")), "hour" if parts["FREQ"] == "HOURLY" else "minute"
        return f"every {unit}" if n == 1 else f"every {n} {unit}s"
    if "BYMONTHDAY" in parts:
        day = int(parts["BYMONTHDAY"])
        suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"every month on the {day}{suffix}"
    days = parts.get("BYDAY", "")
    if days and days != "MO,TU,WE,TH,FR":
        names = [DAYS[RRULE_DAYS.index(d)].capitalize() for d in days.split(",")]
        return "every " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
    return next((words for key, words in RULE_WORDS.items() if key in rule), "every week")
