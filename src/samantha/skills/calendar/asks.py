"""What a calendar request asks, read by rule: the day's agenda, or an event to add, move or cancel.

"what's on tomorrow?", "what do I have on Friday", "what's my week like" → an agenda over a window;
"add dinner with Amy Friday at 8", "put the dentist in my calendar on Tuesday at 3:30" → add;
"move dinner with Amy to Saturday at 7" → move; "cancel the dentist" → cancel.
Times are read by the reminders' rules (skills/reminders/when.py), in the person's zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from samantha.skills.reminders.when import DAY_WORD, When, read_when, weekday_index

DEFAULT_LENGTH = timedelta(hours=1)
ADD = re.compile(
    r"(?<!my )(?<!the )(?<!a )\b(?:add|put|schedule|book|pencil in|create|set up)\b(?!\s+(?:on|for)\b)\s+(?:an? |the )?"
    r"(?:event )?"
    r"(?:(?:for|called) )?",
    re.IGNORECASE,
)
MOVE = re.compile(r"\b(?:move|reschedule|push|shift)\b\s+(?:my |the )?", re.IGNORECASE)
CANCEL = re.compile(r"\b(?:cancel|delete|remove|drop|call off|take)\b\s+(?:my |the |our )?", re.IGNORECASE)
CALENDAR_WORDS = re.compile(
    r"\b(?:to|in|on|into|from|off) my (?:calendar|diary|schedule|agenda)\b|\bfor me\b|\bplease\b|"
    r"^\s*(?:can|could|would|will) you\b|\?",
    re.IGNORECASE,
)
LENGTH = re.compile(
    r"\bfor (?P<n>\d+|an?|one|two|three|half an?) (?P<unit>hours?|hrs?|minutes?|mins?)\b", re.IGNORECASE
)
# An hour without am/pm in an event's title that says the half of the day ("dinner … at 8" is the evening).
EVENING = re.compile(r"\b(?:dinner|supper|drinks|party|date night|date|concert|show|theatre|theater|movie)\b", re.I)
WEEK = re.compile(r"\b(?P<which>this|next) week\b|\bmy week\b", re.IGNORECASE)
WEEKEND = re.compile(r"\b(?:(?P<which>this|next) |my |the )weekend\b", re.IGNORECASE)


@dataclass(frozen=True)
class Ask:
    action: str  # agenda | add | move | cancel
    start: datetime | None = None  # agenda: the window; add/move: the event's new time
    end: datetime | None = None
    title: str = ""  # add: the new event's title; move/cancel: words naming the event
    guessed: bool = False  # the time was guessed (no am/pm, or no time at all): she says which she took


def read_ask(text: str, now: datetime, zone: ZoneInfo) -> Ask:
    local = now.astimezone(zone)
    for action, verb in (("move", MOVE), ("cancel", CANCEL), ("add", ADD)):
        if found := verb.search(text):
            rest = text[found.end() :]
            if action == "move":
                name, _, target = rest.partition(" to ")
                when = read_when(target, local, zone) if target else None
                start = when.due if when else None
                if start is not None and when.guessed and EVENING.search(name) and start.hour < 12:
                    start = start + timedelta(hours=12)  # "move dinner to Saturday at 7": the evening
                return Ask("move", start, None, _clean(name), bool(when and when.guessed))
            if action == "cancel":  # "cancel choir on the 10th": the day says which one of a series
                when = read_when(rest, local, zone)
                return Ask("cancel", when.due if when else None, title=_clean(_without_when(rest, when)))
            when = read_when(rest, local, zone)
            if when is None:
                return Ask("add", title=_clean(rest))
            length = _length(rest)
            title = _clean(_without_when(LENGTH.sub(" ", rest), when))
            start = when.due
            if when.guessed and EVENING.search(title) and start.hour < 12:
                start = start + timedelta(hours=12)
            return Ask("add", start, start + length, title, when.guessed)
    start, days = _window(text, local)
    return Ask("agenda", start, start + timedelta(days=days))


def _window(text: str, local: datetime) -> tuple[datetime, int]:
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if weekend := WEEKEND.search(text):
        saturday = midnight + timedelta(days=(5 - local.weekday()) % 7)
        if local.weekday() == 6:  # on a Sunday, "my weekend" is what is left of it
            saturday = midnight - timedelta(days=1)
        if (weekend["which"] or "").lower() == "next":
            saturday += timedelta(days=7)
        return max(saturday, midnight), 2 if saturday >= midnight else 1
    if week := WEEK.search(text):
        if (week["which"] or "").lower() == "next":
            return midnight + timedelta(days=7 - local.weekday()), 7
        return midnight, 7 - local.weekday()
    if day := DAY_WORD.search(text):
        word = day["word"].lower()
        if weekday := day["weekday"] or day["short"]:
            ahead = (weekday_index(weekday) - local.weekday()) % 7 or (7 if "next" in word else 0)
            return midnight + timedelta(days=ahead), 1
        if "tomorrow" in word:
            return midnight + timedelta(days=1), 1
    return midnight, 1


def _length(text: str) -> timedelta:
    if not (m := LENGTH.search(text)):
        return DEFAULT_LENGTH
    word = m["n"].lower()
    n = 0.5 if word.startswith("half") else {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}.get(word) or int(word)
    return timedelta(hours=n) if m["unit"].lower().startswith("h") else timedelta(minutes=n)


def _without_when(text: str, when: When | None) -> str:
    for words in when.words if when else ():
        text = text.replace(words, " ")
    return re.sub(r"\b(?:at|on)\s*$", "", text.strip())


def _clean(words: str) -> str:
    words = CALENDAR_WORDS.sub(" ", words)
    words = re.sub(r"\s+", " ", words).strip(" .,!;:")
    words = re.sub(r"^(?:my|the|a|an)\s+", "", words, flags=re.IGNORECASE)
    words = re.sub(r"\s+(?:at|on|for|to)$", "", words, flags=re.IGNORECASE)
    return words[:1].upper() + words[1:] if words else ""
