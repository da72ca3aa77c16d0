"""Time in questions and transcripts: "last week", "in May", "2023", "yesterday" → a window of datetimes.

Recall uses the window to favour memories from that time; the importer uses `parse_moment` to read the many ways
people write a date ("1:56 pm on 8 May, 2023", "2023-05-08T13:56:00", "8 May 2023").
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
Window = tuple[datetime, datetime]


def time_window(query: str, now: datetime) -> Window | None:
    """The stretch of time a question is about, if it names one."""
    q = query.lower()
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if re.search(r"\byesterday\b", q):
        return day - timedelta(days=1), day
    if re.search(r"\btoday\b|\bthis morning\b|\btonight\b", q):
        return day, day + timedelta(days=1)
    if m := re.search(r"\b(last|past|this) (week|month|year)\b", q):
        span = {"week": 7, "month": 31, "year": 366}[m.group(2)]
        return (day - timedelta(days=span), now + timedelta(seconds=1))
    if m := re.search(r"\b(\d+|a|one|two|three|four|five|six) (day|week|month|year)s? ago\b", q):
        count = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(m.group(1))
        n = count if count is not None else int(m.group(1))
        unit = {"day": 1, "week": 7, "month": 30, "year": 365}[m.group(2)] * n
        centre = day - timedelta(days=unit)
        slack = timedelta(days=max(1, unit // 4))
        return centre - slack, centre + slack + timedelta(days=1)
    if m := re.search(rf"\b(?:in |during |of )?({MONTH_WORD})\b(?:,? (\d{{4}}))?", q):
        month = MONTHS[m.group(1)]
        if m.group(1) == "may" and not m.group(2) and not re.search(r"\b(in|during|of) may\b", q):
            pass  # "may" is usually the verb: "may I ask" is not about May
        else:
            year = int(m.group(2)) if m.group(2) else (now.year if month <= now.month else now.year - 1)
            start = datetime(year, month, 1, tzinfo=now.tzinfo or UTC)
            end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=now.tzinfo or UTC)
            return start, end
    if m := re.search(r"\b(19\d\d|20\d\d)\b", q):
        year = int(m.group(1))
        return datetime(year, 1, 1, tzinfo=now.tzinfo or UTC), datetime(year + 1, 1, 1, tzinfo=now.tzinfo or UTC)
    return None


def parse_moment(text: str) -> datetime:
    """A date as people write it in transcripts; raises ValueError with the text when it cannot be read."""
    raw = text.strip()
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    except ValueError:
        pass
    low = raw.lower().replace(",", " ")
    time_of_day = re.search(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b", low)
    hour = minute = 0
    if time_of_day:
        hour = int(time_of_day.group(1)) % 12 + (12 if time_of_day.group(3) == "pm" else 0)
        minute = int(time_of_day.group(2) or 0)
        low = low[: time_of_day.start()] + low[time_of_day.end() :]
    patterns = (
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_WORD})\s+(\d{{4}})\b",  # 8 May 2023
        rf"\b({MONTH_WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(\d{{4}})\b",  # May 8 2023
    )
    for number, pattern in enumerate(patterns):
        if m := re.search(pattern, low):
            if number == 0:
                d, mo, y = int(m.group(1)), MONTHS[m.group(2)], int(m.group(3))
            else:
                mo, d, y = MONTHS[m.group(1)], int(m.group(2)), int(m.group(3))
            try:
                return datetime(y, mo, d, hour, minute, tzinfo=UTC)
            except ValueError:
                break
    if m := re.search(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b", low):
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), hour, minute, tzinfo=UTC)
    raise ValueError(f"cannot read the date {text!r}")
