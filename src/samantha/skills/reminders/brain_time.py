"""Where the rules find no time but the words clearly say one ("at ten", "on Christmas Eve at 6", "in a
fortnight"), the brain is asked for a constrained answer: JSON with a date and a time, or nulls. Its answer is never
taken on trust: it must parse, lie ahead, within two years, and she says it back as a question before anything is
set ("Did you mean Friday 18 December at 10 in the morning?").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta

from samantha.llm import Generation, Message, ModelError

Brain = Callable[[list[Message], Generation], str]
SCHEMA = {
    "type": "object",
    "properties": {"date": {"type": ["string", "null"]}, "time": {"type": ["string", "null"]}},
    "required": ["date", "time"],
}
READER = (
    "You read when a reminder is for. Answer only with JSON: the date as YYYY-MM-DD and the time as HH:MM on a "
    "24-hour clock, each null when the person did not say it. Never invent a time they did not say."
)
# Words that say some time or date; without any, the brain is not asked (it would invent one).
TIME_WORDS = re.compile(
    r"\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|morning|afternoon|"
    r"evening|night|tonight|today|tomorrow|week|weekend|fortnight|month|year|christmas|easter|eve|new year|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|"
    r"oct\w*|nov\w*|dec\w*|o'?clock|half|quarter|hours?|minutes?|days?)\b",
    re.IGNORECASE,
)
FURTHEST = timedelta(days=730)
HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
HOUR_WORD = re.compile(rf"\b({'|'.join(HOUR_WORDS)})\b", re.IGNORECASE)
MINUTE_WORDS = re.compile(r"\d[:.]\d\d|\bhalf\b|\bquarter\b|\bthirty\b|\bfifteen\b|\bforty|\bminutes?\b", re.I)


def ask_brain_for_time(brain: Brain | None, text: str, now: datetime) -> datetime | None:
    """The moment `text` asks for, as the brain reads it, checked; None when it cannot say or says nonsense."""
    if brain is None or not TIME_WORDS.search(text):
        return None
    messages: list[Message] = [
        {"role": "system", "content": READER},
        {
            "role": "user",
            "content": f"It is now {now:%A %d %B %Y, %H:%M}. The person said: «{text[:300]}». When is it for?",
        },
    ]
    try:
        answer = json.loads(brain(messages, Generation(max_tokens=40, temperature=0.0, json_schema=SCHEMA)))
        day = datetime.strptime(str(answer["date"]), "%Y-%m-%d").date()
        at = datetime.strptime(str(answer["time"]), "%H:%M").time()
    except (ModelError, ValueError, KeyError, TypeError):
        return None
    said_hours = {int(h) % 12 for h in re.findall(r"\b(\d{1,2})(?![\d/])", text) if 0 < int(h) <= 24} | {
        HOUR_WORDS.index(w.lower()) % 12 + 1 for w in HOUR_WORD.findall(text)
    }
    if said_hours and at.hour % 12 not in {h % 12 for h in said_hours}:
        return None  # an hour they did not say ("at six" read as 6:30 by default in session 23 is caught below)
    if not MINUTE_WORDS.search(text):
        at = at.replace(minute=0)  # "at six" is six o'clock, whatever the brain added
    when = datetime.combine(day, at, tzinfo=now.tzinfo)
    return when if now < when <= now + FURTHEST else None


def without_when(task: str) -> str:
    """ "wrap the presents on Christmas Eve at six" → "wrap the presents": the time words go, the task stays."""
    found = re.search(r"\s+\b(?:on|at|by|this|next|in|before|after|around)\b.*$", task, re.IGNORECASE)
    if found and TIME_WORDS.search(found.group(0)) and found.start() > 0:
        return task[: found.start()]
    return task
