"""Reminders, the first skill: "remind me to call Annie tomorrow at 10" is stored in the home and said when due.

She says a due reminder in any open conversation (between turns, or above the prompt while they are quiet) and,
when nobody was talking at the time, at the start of the next one, saying how late it is ("two days ago"). Nothing
is missed across a sleep, a crash or a reboot: due is a comparison with the clock, made on every turn and greeting.

Between conversations `samantha daemon` shows them as desktop notifications (skills/reminders/daemon.py).
Wake-ups and timers ("wake me at 7", "set a timer for 10 minutes") are reminders too, and she says plainly what
they are not: she cannot ring like an alarm clock. Not yet: asking the brain where the rules find no time.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from samantha.skills.capabilities import Skill
from samantha.skills.consent import answer
from samantha.skills.reminders.brain_time import Brain, ask_brain_for_time, without_when
from samantha.skills.reminders.speech import how_late, repeats, spoken_time
from samantha.skills.reminders.when import next_after, read_when
from samantha.skills.requests import task_of
from samantha.store import Store
from samantha.store.reminders import ReminderRow
from samantha.turn import Turn

DESCRIPTION = "set reminders when asked"  # the prompt's line: short, every turn carries it (a 512-token window too)
# A correction of the time she just took: a time said again, or the half of the day.
CORRECTION = re.compile(
    r"^\W*(?:no|nope|sorry|oops|actually|i meant|i mean|make it|change it to|not|in the|at|\d)\b", re.IGNORECASE
)
HALF = re.compile(r"\b(morning|afternoon|evening|night|tonight|am|pm)\b", re.IGNORECASE)
DAY_WORDS = re.compile(r"\b(?:today|tonight|tomorrow|mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)
DONE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yes|yep|thanks|cool)\W+)*"
    r"(?:done|did it|i did it|all done|finished|just did|called (?:her|him|them))\W*$",
    re.IGNORECASE,
)
SNOOZE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|not now|ugh)\W+)*(?:snooze|not yet|remind me (?:again )?(?:later|in (?P<minutes>\d+) ?min"
    r"(?:ute)?s?)|in (?P<alone>\d+) ?min(?:ute)?s?)\W*$",
    re.IGNORECASE,
)
LATE = timedelta(minutes=30)  # later than this, she says when it was for
# While a conversation is open and the person is quiet, how often chat and talk look for a reminder come due.
LOOK_EVERY_S = 15
JUST = timedelta(minutes=10)  # "I'll remind you" in the brain's words is backed by a reminder set this recently
HOW_TO_ASK = "If you'd like a reminder, say \"remind me to … at …\" and I'll set one."
ALARMS = "set wake-ups and timers as reminders on screen (you cannot make a sound)"
TIMER = re.compile(
    r"\btimer\b[^.?!]{0,10}?\b(?:for\s+)?(?P<length>\d+|an?|one|two|half an?)\s*(?P<unit>min|hour)\w*", re.I
)


def system_zone() -> ZoneInfo:
    """The machine's IANA zone (TZ, then /etc/localtime), or UTC: a named zone keeps a recurrence's wall clock."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(IndexError, OSError):
        candidates.append(str(Path("/etc/localtime").resolve()).split("zoneinfo/", 1)[1])
    for name in filter(None, candidates):
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


class Reminders:
    """The reminders skill over one home: add from a request, say what is due, done, snooze and cancel."""

    def __init__(self, store: Store, clock: Callable[[], datetime], zone: ZoneInfo | None, brain: Brain | None = None):
        self.store, self.clock, self.zone, self.brain = store, clock, zone or system_zone(), brain
        self.guess: tuple[int | None, str, datetime] | None = None  # (turn, task, when) the brain read, unconfirmed

    def skill(self) -> Skill:
        return Skill(
            "reminders", DESCRIPTION, self.handle, self.due, self.follow_up, backs=self.just_set, how_to_ask=HOW_TO_ASK
        )

    def wake_ups(self) -> Skill:
        """Wake-ups and timers, kept as reminders: the same store, the same daemon, the same catch-up."""
        return Skill("alarms", ALARMS, self.handle_alarm, backs=self.just_set, how_to_ask=HOW_TO_ASK)

    def handle_alarm(self, turn: Turn, kind: str) -> str:
        now = self.clock().astimezone(self.zone)
        text = re.sub(r"\b(alarm|wake me(?: up)?) for\s+(?=\d)", r"\1 at ", turn.user_text or "", flags=re.I)
        timer = TIMER.search(text)
        when = read_when(text, now, self.zone, waking=not timer)
        if when is None:
            return 'When for? Tell me the time, like "wake me at 7" or "a timer for 10 minutes".'
        length = f"{timer['length']}-{'minute' if timer['unit'].lower() == 'min' else 'hour'}" if timer else ""
        what = f"check your {length} timer" if timer else "wake up"
        with self.store.transaction() as db:
            number = self.store.add_reminder(db, what, when.due, when.rrule, self.zone.key, now, turn.id)
        turn.meta["reminder"] = number
        how = f"a {length} timer: I'll tell you" if timer else "I'll wake you"
        return (
            f"Okay, {how} {spoken_time(when.due, now)}. I'll say it if we're talking, and show it on your screen "
            "if `samantha daemon` is running, but I can't ring like an alarm clock"
            + (", so keep your phone's alarm too." if not timer else ".")
        )

    def just_set(self, sentence: str) -> bool:
        """Is there an open reminder set in the last few minutes (what "I'll remind you" in her words refers to)?"""
        latest = self.store.latest_reminder()
        return latest is not None and latest.status == "pending" and self.clock() - latest.created_at <= JUST

    def handle(self, turn: Turn, kind: str) -> str:
        now = self.clock().astimezone(self.zone)
        text = turn.user_text or ""
        task = task_of(text)
        when = read_when(text, now, self.zone)
        if when is None:
            if guess := ask_brain_for_time(self.brain, text, now):  # the rules found none; the brain may
                task = without_when(task)
                self.guess = (turn.id, task, guess)
                return f"Did you mean {spoken_time(guess, now)}? Say yes and I'll remind you to {task} then."
            return f'When should I remind you to {task}? Tell me a time, like "remind me to {task} at 6".'
        what = _without(task, when.words) or task
        with self.store.transaction() as db:
            number = self.store.add_reminder(db, what, when.due, when.rrule, self.zone.key, now, turn.id)
        turn.meta["reminder"] = number
        said = (
            f"{repeats(when.rrule)}, starting {spoken_time(when.due, now)}"
            if when.rrule
            else (spoken_time(when.due, now))
        )
        answer = f"Okay. I'll remind you to {what} {said}."
        if when.guessed:
            answer += ' If I\'ve got the time wrong, tell me the time again, like "at 10pm".'
        return answer + " If we're not talking then, I'll tell you as soon as you're back."

    def follow_up(self, turn: Turn, previous_turn_id: int | None) -> str | None:
        """Right after she set one: a new time ("no, 10pm"). Right after she said one: "done" or "snooze". Right
        after she asked about a time the brain read: yes sets it."""
        return (
            self.confirm_guess(turn, previous_turn_id)
            or self.correct(turn, previous_turn_id)
            or self.done_or_snooze(turn)
        )

    def confirm_guess(self, turn: Turn, previous_turn_id: int | None) -> str | None:
        guess, self.guess = self.guess, None
        if guess is None or guess[0] != previous_turn_id or answer(turn.user_text or "") != "yes":
            return None
        _, task, due = guess
        now = self._local()
        with self.store.transaction() as db:
            number = self.store.add_reminder(db, task, due, None, self.zone.key, now, turn.id)
        turn.meta["reminder"] = number
        return f"Okay. I'll remind you to {task} {spoken_time(due.astimezone(self.zone), now)}."

    def done_or_snooze(self, turn: Turn) -> str | None:
        """ "Done" / "did it" closes the reminder she has just said; "snooze" / "in 10 minutes" says it again later."""
        text = turn.user_text or ""
        said = self.store.latest_said()
        if said is None or said.fired_at is None or self.clock() - said.fired_at > JUST or len(text.split()) > 8:
            return None
        if DONE.search(text):
            if said.rrule:
                return f"Good. I'll remind you again {spoken_time(said.due_at.astimezone(self.zone), self._local())}."
            self.finish(said.id, "done")
            return "Good. That one's done."
        if snooze := SNOOZE.search(text):
            minutes = int(snooze["minutes"] or snooze["alone"] or 10)
            if said.rrule:
                return "It'll come round again at its usual time; I can't snooze a repeating one yet."
            self.snooze(said.id, minutes)
            return f"Okay, I'll remind you again in {minutes} minutes."
        return None

    def _local(self) -> datetime:
        return self.clock().astimezone(self.zone)

    def correct(self, turn: Turn, previous_turn_id: int | None) -> str | None:
        """ "No, 10pm" / "I meant the evening" / "make it 8:30", right after she set a reminder: move it."""
        latest = self.store.latest_reminder()
        text = turn.user_text or ""
        if latest is None or previous_turn_id is None or latest.turn_id != previous_turn_id or len(text.split()) > 8:
            return None
        if latest.status != "pending" or not CORRECTION.search(text):
            return None
        now = self.clock().astimezone(self.zone)
        due = latest.due_at.astimezone(self.zone)
        when = read_when(text, now, self.zone)
        if when is not None and not when.guessed:
            said_day = any(DAY_WORDS.search(piece) for piece in when.words)
            moved = when.due if said_day else due.replace(hour=when.due.hour, minute=when.due.minute)
        elif half := HALF.search(text):
            later = half.group(1).lower() in ("afternoon", "evening", "night", "tonight", "pm")
            moved = due.replace(hour=due.hour % 12 + (12 if later else 0))
        else:
            return None
        rule = latest.rrule and re.sub(
            r"BYHOUR=\d+;BYMINUTE=\d+", f"BYHOUR={moved.hour};BYMINUTE={moved.minute}", latest.rrule
        )
        with self.store.transaction() as db:
            self.store.reschedule_reminder(db, latest.id, moved, rule)
        turn.meta["reminder"] = latest.id
        when_said = f"{repeats(rule)}, starting {spoken_time(moved, now)}" if rule else spoken_time(moved, now)
        return f"Got it: I'll remind you to {latest.text} {when_said}."

    def due(self) -> list[str]:
        """Her words for every reminder now due (oldest first), each marked said; a recurrence moves on."""
        now = self.clock()
        sayings = []
        for row in self.store.due_reminders(now):
            sayings.append(self._saying(row, now))
            self.mark_said(row, now)
        return sayings

    def mark_said(self, row: ReminderRow, now: datetime) -> None:
        """Said at `now`: a one-off waits for "done"; a repeating one goes on to its next time."""
        with self.store.transaction() as db:
            if row.rrule:
                zone = ZoneInfo(row.timezone)
                following = next_after(row.rrule, max(now, row.due_at), zone)
                self.store.mark_reminder(db, row.id, "pending", due_at=following, fired_at=now)
            else:
                self.store.mark_reminder(db, row.id, "fired", fired_at=now)

    def _saying(self, row: ReminderRow, now: datetime) -> str:
        if now - row.due_at <= LATE:
            return f"It's time to {row.text}: you asked me to remind you."
        zone = ZoneInfo(row.timezone)
        local = row.due_at.astimezone(zone)
        return (
            f"I was meant to remind you {how_late(row.due_at, now)} ({spoken_time(local, now.astimezone(zone))}) "
            f"to {row.text}; "
            "we weren't talking then, so I'm telling you now."
        )

    def finish(self, reminder_id: int, status: str) -> ReminderRow | None:
        """Mark one done or cancelled; None if there is no such open reminder."""
        row = self.store.reminder(reminder_id)
        if row is None or row.status not in ("pending", "fired"):
            return None
        with self.store.transaction() as db:
            self.store.mark_reminder(db, reminder_id, status)
        return row

    def snooze(self, reminder_id: int, minutes: int = 10) -> ReminderRow | None:
        row = self.store.reminder(reminder_id)
        if row is None or row.status not in ("pending", "fired"):
            return None
        with self.store.transaction() as db:
            self.store.mark_reminder(db, reminder_id, "pending", due_at=self.clock() + timedelta(minutes=minutes))
        return row


def _without(task: str, pieces: tuple[str, ...]) -> str:
    """The task without the words that said when: "call your sister Annie tomorrow at 10" → "call your sister Annie"."""
    for piece in pieces:
        task = re.sub(rf"\s*\b{re.escape(piece)}(?!\w)", " ", task, flags=re.IGNORECASE)
    return " ".join(task.split()).strip(" ,.")
