"""When a reminder is for, read by rule from how people ask: "tomorrow at 10", "at 7pm", "in 20 minutes", "tonight
at 9", "on Friday at 8", "every Monday at 9", "every day at 8:30", "at noon", "at half past 3", "quarter to 5",
"on the 12th", "on 24 December", "every Tuesday and Thursday at 6pm", "every 2 hours", "weekly on Friday".

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
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# "half past 3", "quarter to five", "20 past 6", "ten to 7 in the evening"
PAST_TO = re.compile(
    rf"\b(?:at\s+)?(?P<mins>half|(?:a\s+)?quarter|\d{{1,2}}|five|ten|twenty|twenty-five)(?:\s+minutes)?\s+"
    rf"(?P<dir>past|to)\s+(?P<hour>\d{{1,2}}|{'|'.join(_HOUR_WORDS)})\b\s*(?P<half>a\.?m\.?|p\.?m\.?)?"
    r"(?:\s+in the (?P<part>morning|afternoon|evening)|\s+at night)?",
    re.IGNORECASE,
)
# The part of the day said anywhere in the request ("on Saturday afternoon", "every Sunday evening at 8").
PART_OF_DAY = re.compile(r"\b(?P<part>morning|afternoon|evening|tonight|night)\b", re.IGNORECASE)
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)  # fmt: skip
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
# A day of the month: "on the 12th", "on 24 December", "December 20th", "the 1st of January".
DATE = re.compile(
    rf"\b(?:on\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{_MONTH})\b|"
    rf"\b(?:on\s+)?(?P<month2>{_MONTH})\s+(?:the\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b|"
    r"\b(?:on\s+)?the\s+(?P<day3>\d{1,2})(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
RELATIVE = re.compile(
    r"\bin\s+(?P<count>\d+|an?|one|two|three|half an?)\s+(?P<unit>min(?:ute)?s?|h(?:ou)?rs?|hours?|days?)\b",
    re.IGNORECASE,
)
EVERY = re.compile(
    rf"\bevery\s+(?P<what>day|morning|evening|night|weekday|week|month|{_FULL_DAY}|{_DAY})\b"
    rf"(?P<more>(?:\s*(?:,|and|&)\s*(?:{_FULL_DAY}|{_DAY})\b)*)|\b(?P<adverb>daily|weekly|monthly)\b",
    re.IGNORECASE,
)
# "every 2 hours", "every 30 minutes"
INTERVAL = re.compile(r"\bevery\s+(?P<count>\d+|two|three|four)\s+(?P<unit>hours?|minutes?|mins?)\b", re.IGNORECASE)
DAY_WORD = re.compile(
    rf"\b(?P<word>today|tonight|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|"
    rf"evening)|(?:on\s+|next\s+|this\s+)?(?P<weekday>{_FULL_DAY})|(?:on|next|this)\s+(?P<short>{_DAY})\b"
    r"(?=\.?(?:\s*,|\s+at\b|\s+(?:morning|afternoon|evening|night)\b|\s*$)))",
    re.IGNORECASE,
)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
AFTER_TOMORROW = re.compile(r"\bday after tomorrow\b", re.IGNORECASE)
TIMER = re.compile(r"(?<=timer)\s+for\s+", re.IGNORECASE)


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
    if interval := INTERVAL.search(text):
        count = NUMBERS.get(interval["count"].lower()) or int(interval["count"])
        hours = interval["unit"].lower().startswith("h")
        rule = f"FREQ={'HOURLY' if hours else 'MINUTELY'};INTERVAL={count}"
        step = timedelta(hours=count) if hours else timedelta(minutes=count)
        return When((local + step).replace(second=0, microsecond=0), rule, False, (interval.group(0),))
    if timer := TIMER.search(text):
        text = text[: timer.start()] + " in " + text[timer.end() :]  # "a timer for 10 minutes": in 10 minutes
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
    if part is None and (said := PART_OF_DAY.search(text)):
        part = {"tonight": "evening"}.get(said["part"].lower(), said["part"].lower())
        if hour is not None and guessed:
            hour, guessed = _guess_half(hour, part, waking), False
    if every:
        what = (every["what"] or every["adverb"] or "").lower()
        if what in ("weekly", "week") and day and (day["weekday"] or day["short"]):
            what = (day["weekday"] or day["short"]).lower()  # "weekly on Friday"
        days = [what, *re.findall(rf"{_FULL_DAY}|{_DAY}", every["more"] or "", re.IGNORECASE)]
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
        rule = _rrule(days, at, _month_day(text))
        return When(next_after(rule, local, zone), rule, guessed, words)
    target = local.date()
    if DATE.search(text) and not every and _date(text, local) is None:
        return None  # "the 30th of February": no such day, so no guess; she asks when
    if date := _date(text, local):
        target = date
    elif day and (weekday := day["weekday"] or day["short"]):
        index = weekday_index(weekday)
        if day_word.startswith("next"):  # "next Friday": the Friday of next week
            target = target + timedelta(days=7 - local.weekday() + index)
        else:  # "on Thursday" said on a Thursday is next week's; "this Thursday" is today
            ahead = (index - local.weekday()) % 7
            ahead = 7 if ahead == 0 and not day_word.startswith("this") else ahead
            target = target + timedelta(days=ahead)
    elif "tomorrow" in day_word:
        target = target + timedelta(days=2 if AFTER_TOMORROW.search(text) else 1)
    due = _at(local, target, at)
    if due <= local and not day and not date:  # "at 10" when it is 11: tomorrow at 10
        due = _at(local, target + timedelta(days=1), at)
    return When(due, None, guessed, words)


def _date(text: str, local: datetime):
    """The date a day of the month names, this year or the next (this month or the next for "the 12th"); None
    when there is none, or it does not exist ("the 30th of February")."""
    found = DATE.search(text)
    if not found:
        return None
    day = int(found["day"] or found["day2"] or found["day3"])
    month_word = found["month"] or found["month2"]
    month = next((i + 1 for i, m in enumerate(MONTHS) if m.startswith(month_word.lower()[:3])), 0) if month_word else 0
    year, month = (local.year, month) if month else (local.year, local.month)
    for _ in range(13):
        try:
            candidate = local.date().replace(year=year, month=month, day=day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= local.date():
            return candidate
        if month_word:
            year += 1
        else:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if candidate is None and month_word:
            return None
    return None


def _month_day(text: str) -> int | None:
    found = DATE.search(text)
    return int(found["day"] or found["day2"] or found["day3"]) if found else None


def _at(local: datetime, day, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=local.tzinfo)


def _clock(text: str, spans: list[tuple[int, int]]) -> tuple[int | None, int, bool, str | None]:
    """(hour, minute, guessed am/pm, part of day) from "at 10", "7pm", "10:30 in the evening", "noon"."""
    if named := NAMED_TIME.search(text):
        spans.append(named.span())
        return (0 if named["name"].lower() == "midnight" else 12), 0, False, None
    if said := PAST_TO.search(text):
        spans.append(said.span())
        word = said["hour"].lower()
        hour = int(word) if word.isdigit() else _HOUR_WORDS.index(word) + 1
        mins = said["mins"].lower()
        minutes = (
            30
            if mins == "half"
            else 15
            if "quarter" in mins
            else NUMBERS.get(mins) or _WORD_MINUTES.get(mins) or int(mins)
        )
        if said["dir"].lower() == "to":
            hour, minutes = (hour - 1) % 12 or 12, 60 - minutes
        return _with_half(
            hour, minutes, said["half"], said["part"] or ("night" if "at night" in said.group(0) else None)
        )
    for match in CLOCK.finditer(text):
        said_at = match.group(0).lower().startswith("at")
        if not (said_at or match["half"] or match["minute"]):
            continue  # a bare number ("call 3 people") is not a time
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if hour > 23 or minute > 59:
            continue
        spans.append(match.span())
        part = match["part"] or ("night" if "at night" in match.group(0).lower() else None)
        return _with_half(hour, minute, match["half"], part)
    return None, 0, False, None


_WORD_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


def _with_half(hour: int, minute: int, half: str | None, part: str | None) -> tuple[int, int, bool, str | None]:
    """(hour of the day, minute, guessed, part): am/pm or the part of the day decide; else it is a guess."""
    if half:
        return (hour % 12) + (12 if half.lower().startswith("p") else 0), minute, False, part
    if hour > 12 or hour == 0:
        return hour, minute, False, part
    if part:
        return _guess_half(hour, part, False), minute, False, part
    return hour, minute, True, part


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


def _rrule(days: list[str], at: time, month_day: int | None = None) -> str:
    """The RRULE for "every <days>" ("day", "weekday", "month", "week", or weekday names) at `at`."""
    tail = f"BYHOUR={at.hour};BYMINUTE={at.minute};BYSECOND=0"
    what = days[0]
    if what in ("day", "daily", "morning", "evening", "night"):
        return f"FREQ=DAILY;{tail}"
    if what == "weekday":
        return f"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;{tail}"
    if what in ("month", "monthly"):
        return f"FREQ=MONTHLY;BYMONTHDAY={month_day};{tail}" if month_day else f"FREQ=MONTHLY;{tail}"
    if what in ("week", "weekly"):
        return f"FREQ=WEEKLY;{tail}"
    ordered = sorted({weekday_index(d) for d in days})
    return f"FREQ=WEEKLY;BYDAY={','.join(RRULE_DAYS[i] for i in ordered)};{tail}"


def next_after(rule: str, after: datetime, zone: ZoneInfo) -> datetime:
    """The next occurrence of a recurrence strictly after `after`, on the person's wall clock (9 stays 9 across a
    change of clocks). The rule starts at midnight of that day, so "every week" keeps that day of the week."""
    local = after.astimezone(zone)
    if "FREQ=HOURLY" in rule or "FREQ=MINUTELY" in rule:  # "every 2 hours": counted from the last time it was due
        start = local.replace(second=0, microsecond=0)
        return rrulestr(rule, dtstart=start).after(start)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return rrulestr(rule, dtstart=start).after(local)
