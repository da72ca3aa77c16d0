"""When a reminder is for, read by rule from how people ask: "tomorrow at 10", "at 7pm", "in 20 minutes", "tonight
at 9", "on Friday at 8", "every Monday at 9", "every day at 8:30", "at noon".

Times are read in the person's timezone and stored in UTC; a recurrence is an RFC 5545 RRULE (python-dateutil), so
"every Monday at 9" stays at 9 across a change of clocks. An hour said without am/pm is taken as its next sensible
occurrence (7–11 in the morning, 1–6 in the afternoon, unless "tonight", "evening" or "morning" says otherwise) and
marked `guessed`, so she says which she took and the person can put it right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DEFAULT_HOUR = 9  # "tomorrow", with no time: the morning
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?"
_FULL_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # "sun cream", "I sat down" are no days
CLOCK = re.compile(
    r"\b(?:at\s+)?(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>a\.?m\.?|p\.?m\.?)?"
    r"(?:\s+(?:o'?clock))?(?:\s+in the (?P<part>morning|afternoon|evening)|\s+at night)?\b",
    re.IGNORECASE,
)
NAMED_TIME = re.compile(r"\b(?:at\s+)?(?P<name>noon|midday|midnight)\b", re.IGNORECASE)
RELATIVE = re.compile(
    r"\bin\s+(?P<count>\d+|an?|one|two|three|half an?)\s+(?P<unit>min(?:ute)?s?|h(?:ou)?rs?|hours?|days?)\b",
    re.IGNORECASE,
)
EVERY = re.compile(
    rf"\bevery\s+(?P<what>day|morning|evening|night|weekday|week|month|{_DAY})\b|\b(?P<adverb>daily|weekly)\b",
    re.IGNORECASE,
)
DAY_WORD = re.compile(
    rf"\b(?P<word>today|tonight|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|"
    rf"evening)|(?:on\s+|next\s+|this\s+)?(?P<weekday>{_FULL_DAY})|(?:on|next|this)\s+(?P<short>{_DAY})\b"
    r"(?=\.?(?:\s*,|\s+at\b|\s+(?:morning|afternoon|evening|night)\b|\s*$)))",
    re.IGNORECASE,
)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


@dataclass(frozen=True)
class When:
    due: datetime  # aware, in the person's zone: the first time it is due
    rrule: str | None  # "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0", or None for once
    guessed: bool  # an hour without am/pm, or a day without an hour: she says which she took
    words: tuple[str, ...]  # the words that said when, to take out of the task ("tomorrow", "at 10")


def weekday_index(word: str) -> int:
    return next(i for i, day in enumerate(DAYS) if day.startswith(word.lower()[:3]))


def read_when(text: str, now: datetime, zone: ZoneInfo, *, waking: bool = False) -> When | None:
    """When `text` asks for, relative to `now`, or None when it says no time at all. `waking`: a wake-up, so
    an hour without am/pm is the morning."""
    local = now.astimezone(zone)
    spans: list[tuple[int, int]] = []
    if relative := RELATIVE.search(text):
        count_word = relative["count"].lower()
        count = 0.5 if count_word.startswith("half") else NUMBERS.get(count_word) or int(count_word)
        unit = relative["unit"].lower()
        step = (
            timedelta(days=count)
            if unit.startswith("d")
            else (timedelta(hours=count) if unit.startswith("h") else timedelta(minutes=count))
        )
        return When((local + step).replace(second=0, microsecond=0), None, False, (relative.group(0),))
    every = EVERY.search(text)
    day = DAY_WORD.search(text)
    hour, minute, guessed, part = _clock(text, spans)
    if every:
        spans.append(every.span())
    if day and not every:
        spans.append(day.span())
    if hour is None and every is None and day is None:
        return None
    day_word = (day["word"].lower() if day else "") if not every else ""
    if part is None:
        part = next((p for p in ("morning", "afternoon", "evening", "night") if p in day_word), None)
        part = "evening" if "tonight" in day_word else part
    if every:
        what = (every["what"] or every["adverb"] or "").lower()
        part = part or {"morning": "morning", "evening": "evening", "night": "evening"}.get(what)
    if hour is None:
        hour, minute, guessed = {"evening": 19, "afternoon": 14, "night": 21}.get(part or "", DEFAULT_HOUR), 0, True
    elif guessed and not day and not every and part is None and not waking:
        hour = _sooner_half(local, hour)  # "at 7" said at half past two: 7 this evening
    elif guessed:
        hour = _guess_half(hour, part, waking)
    at = time(hour % 24, minute)
    words = tuple(text[a:b].strip() for a, b in sorted(spans))
    if every:
        rule = _rrule(what, at)
        return When(next_after(rule, local, zone), rule, guessed, words)
    target = local.date()
    if day and (weekday := day["weekday"] or day["short"]):
        ahead = (weekday_index(weekday) - local.weekday()) % 7
        ahead = 7 if ahead == 0 and ("next" in day_word or _at(local, target, at) <= local) else ahead
        target = target + timedelta(days=ahead)
    elif "tomorrow" in day_word:
        target = target + timedelta(days=1)
    due = _at(local, target, at)
    if due <= local and not day:  # "at 10" when it is 11: tomorrow at 10
        due = _at(local, target + timedelta(days=1), at)
    return When(due, None, guessed, words)


def _at(local: datetime, day, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=local.tzinfo)


def _clock(text: str, spans: list[tuple[int, int]]) -> tuple[int | None, int, bool, str | None]:
    """(hour, minute, guessed am/pm, part of day) from "at 10", "7pm", "10:30 in the evening", "noon"."""
    if named := NAMED_TIME.search(text):
        spans.append(named.span())
        return (0 if named["name"].lower() == "midnight" else 12), 0, False, None
    for match in CLOCK.finditer(text):
        said_at = match.group(0).lower().startswith("at")
        if not (said_at or match["half"] or match["minute"]):
            continue  # a bare number ("call 3 people") is not a time
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if hour > 23 or minute > 59:
            continue
        spans.append(match.span())
        part = match["part"] or ("night" if "at night" in match.group(0).lower() else None)
        if match["half"]:
            pm = match["half"].lower().startswith("p")
            return (hour % 12) + (12 if pm else 0), minute, False, part
        if hour > 12 or hour == 0:
            return hour, minute, False, part
        return hour, minute, part is None, part
    return None, 0, False, None


def _sooner_half(local: datetime, hour: int) -> int:
    """An hour of 1–12 said with no day and no am/pm: whichever of its two halves comes first from now."""
    morning, evening = hour % 12, hour % 12 + 12
    ahead = [h for h in (morning, evening) if (h, 0) > (local.hour, local.minute)]
    return ahead[0] if ahead else _guess_half(hour, None, False)


def _guess_half(hour: int, part: str | None, waking: bool) -> int:
    """An hour of 1–12 without am/pm: the afternoon or evening when the words say so, else 7–11 am, 12 noon and
    1–6 pm (a wake-up is always the morning)."""
    if part in ("afternoon", "evening", "night"):
        return hour % 12 + 12
    if part == "morning" or waking:
        return hour % 12
    return hour % 12 + 12 if 1 <= hour <= 6 else hour


def _rrule(what: str, at: time) -> str:
    tail = f"BYHOUR={at.hour};BYMINUTE={at.minute};BYSECOND=0"
    if what in ("day", "daily", "morning", "evening", "night"):
        return f"FREQ=DAILY;{tail}"
    if what == "weekday":
        return f"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;{tail}"
    if what == "month":
        return f"FREQ=MONTHLY;{tail}"
    if what in ("week", "weekly"):
        return f"FREQ=WEEKLY;{tail}"
    return f"FREQ=WEEKLY;BYDAY={RRULE_DAYS[weekday_index(what)]};{tail}"


def next_after(rule: str, after: datetime, zone: ZoneInfo) -> datetime:
    """The next occurrence of a recurrence strictly after `after`, on the person's wall clock (9 stays 9 across a
    change of clocks). The rule starts at midnight of that day, so "every week" keeps that day of the week."""
    local = after.astimezone(zone)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return rrulestr(rule, dtstart=start).after(local)
