"""The calendar skill: "what's on tomorrow?" read from the connected calendar; adding, moving and cancelling an
event only after she has said what will happen and the person has said yes.

Every proposal and its outcome go to the audit log (store/accounts.py): what, when, on whose word, what she read.
A proposal lives for one message: the next one answers it (yes / no), or it lapses and nothing happens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from samantha.skills.calendar.account import connected
from samantha.skills.calendar.asks import Ask, read_ask
from samantha.skills.calendar.events import CalendarError, Event
from samantha.skills.calendar.speech import agenda, clashes, event_time
from samantha.skills.capabilities import Skill
from samantha.skills.consent import STOPPED, answer, paused, propose, settle
from samantha.skills.reminders.speech import spoken_time
from samantha.store import Store
from samantha.turn import Turn

DESCRIPTION = "see their calendar; add, move or cancel events once they say yes"
HOW_TO_ASK = 'Ask me "what\'s on tomorrow?" or "add dinner with Amy on Friday at 8", and I\'ll check with you first.'
NOT_CONNECTED = (
    "I can't see your calendar yet: it isn't connected. You can connect it with `samantha calendar connect` "
    "(a CalDAV address, or an .ics file or folder)."
)
# "Did you add it?" right after she did: answered from what she did (default had said "no, I didn't add it yet").
DID_YOU = re.compile(
    r"\b(?:did|have) you (?:\w+ )?(?:add|put|do|save|book|move|cancel|delete)\w*(?: it| that| them)?\b|"
    r"\bis it (?:in|there|done)\b",
    re.IGNORECASE,
)
WHOLE_SERIES = re.compile(
    r"\b(?:all of (?:them|it)|every (?:one|single one|week|day|month|time)|the (?:whole|entire) (?:series|thing)|"
    r"for good|altogether|all (?:the )?(?:future )?(?:ones|sessions|meetings|classes)|from now on|permanently)\b",
    re.IGNORECASE,
)  # "cancel choir for good": the series; "cancel choir on Thursday": that one
SEARCH_AHEAD = timedelta(days=60)  # "cancel the dentist": the next one within two months
TOLD_ON = "calendar_told_on"  # profile key: the day she last said the day's events


@dataclass
class Proposal:
    turn_id: int | None
    action: str  # add | move | cancel
    detail: str  # what will happen, in her words
    audit_id: int
    title: str = ""
    start: datetime | None = None
    end: datetime | None = None
    event: Event | None = None
    just_one: bool = False  # of a repeating series: only this occurrence


class Calendar:
    def __init__(self, store: Store, clock: Callable[[], datetime], zone: ZoneInfo):
        self.store, self.clock, self.zone = store, clock, zone
        self.pending: Proposal | None = None
        self.last_done: datetime | None = None
        self.looked_on: str | None = None  # the day she last looked for today's events (see `today`)
        self.last_result = ""  # what her last action did, in words ("“Dinner with Amy” is in your calendar.")

    def skill(self) -> Skill:
        return Skill(
            "calendar",
            DESCRIPTION,
            self.handle,
            due=self.today,
            follow_up=self.follow_up,
            backs=self.just_done,
            how_to_ask=HOW_TO_ASK,
        )

    def today(self) -> list[str]:
        """Today's events, said once a day at the first greeting (or the first look after midnight). One try per
        day: a calendar that cannot be reached is not asked again every 15 s while they type."""
        now = self.clock().astimezone(self.zone)
        day = now.date().isoformat()
        if self.looked_on == day or self.store.profile().get(TOLD_ON) == day:
            return []
        self.looked_on = day
        source = self._source()
        if isinstance(source, str):
            return []
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        try:
            events = [e for e in source.events(start, start + timedelta(days=1), self.zone) if e.end > now]
        except CalendarError:
            return []
        with self.store.transaction() as db:
            self.store.set_profile(db, TOLD_ON, day, None, self.clock())
        return [agenda(events, start, start + timedelta(days=1), now)] if events else []

    def just_done(self, sentence: str) -> bool:
        """ "I've added it" in her words stands only right after she really did."""
        return self.last_done is not None and self.clock() - self.last_done <= timedelta(minutes=2)

    def handle(self, turn: Turn, kind: str) -> str:
        self._lapse()
        source = self._source()
        if isinstance(source, str):
            return source
        now = self.clock().astimezone(self.zone)
        ask = read_ask(turn.user_text or "", now, self.zone)
        try:
            if ask.action == "agenda":
                return agenda(source.events(ask.start, ask.end, self.zone), ask.start, ask.end, now)
            if ask.action == "add":
                return self._propose_add(turn, ask, source, now)
            return self._propose_change(turn, ask, source, now)
        except CalendarError as exc:
            return f"I couldn't reach your calendar: {exc}."

    def _source(self):
        try:
            return connected(self.store) or NOT_CONNECTED
        except CalendarError as exc:
            return f"I couldn't open your calendar: {exc}."

    def _propose_add(self, turn: Turn, ask: Ask, source, now: datetime) -> str:
        if not ask.title:
            return 'What should I call it? Say it whole, like "add dinner with Amy on Friday at 8".'
        if ask.start is None:
            return f"When is {ask.title.lower()}? Tell me the day and the time, and I'll check it with you."
        if ask.start < now:
            return f"{event_time(ask.start, now).capitalize()} has already passed. When should it be?"
        busy = source.events(ask.start, ask.end, self.zone)
        detail = f"add “{ask.title}” {event_time(ask.start, now)}, until {ask.end:%-H:%M}"
        question = f"Shall I add “{ask.title}” {event_time(ask.start, now)}?" + clashes(busy, now)
        self._remember(turn, Proposal(turn.id, "add", detail, 0, ask.title, ask.start, ask.end), read=turn.user_text)
        return question

    def _propose_change(self, turn: Turn, ask: Ask, source, now: datetime) -> str:
        event = self._find(source, ask.title, now, ask.start if ask.action == "cancel" else None)
        if event is None:
            return (
                f"I can't find “{ask.title}” in your calendar in the next two months."
                if ask.title
                else ("Which event do you mean? Tell me its name.")
            )
        if ask.action == "cancel":
            when = event_time(event.start, now)
            if event.recurring and WHOLE_SERIES.search(turn.user_text or ""):
                detail = f"cancel “{event.summary}”, every one of the series"
                self._remember(turn, Proposal(turn.id, "cancel", detail, 0, event=event), read=turn.user_text)
                return f"Shall I cancel “{event.summary}” for good, every one of the series?"
            once = event.recurring  # "cancel choir on Thursday": that Thursday's, not the whole series
            detail = f"cancel “{event.summary}” {when}" + (" (just that one)" if once else "")
            proposal = Proposal(turn.id, "cancel", detail, 0, event=event, just_one=once)
            self._remember(turn, proposal, read=turn.user_text)
            others = " Just that one; the others stay." if once else ""
            return f"Shall I cancel “{event.summary}” {when}?{others}"
        if ask.start is None:
            return f"When should “{event.summary}” move to? Tell me the day and the time."
        start = ask.start
        if ask.guessed and abs(start.hour + 12 - event.start.hour) < abs(start.hour - event.start.hour):
            start = start + timedelta(hours=12)  # "move dinner to Saturday at 7": the evening, like the dinner
        end = start + (event.end - event.start)
        busy = [e for e in source.events(start, end, self.zone) if e.uid != event.uid]
        only = f" {event_time(event.start, now)} (just that one; the others stay)" if event.recurring else ""
        once = " once" if event.recurring else ""
        detail = f"move “{event.summary}”{once} from {event_time(event.start, now)} to {event_time(start, now)}"
        self._remember(turn, Proposal(turn.id, "move", detail, 0, event.summary, start, end, event), turn.user_text)
        return f"Shall I move “{event.summary}”{only} to {spoken_time(start, now)}?" + clashes(busy, now)

    def _find(self, source, words: str, now: datetime, on: datetime | None = None) -> Event | None:
        """The next event whose title shares the most words with `words`; with `on`, the one on that day if any."""
        wanted = {w for w in re.findall(r"\w+", words.lower()) if len(w) > 2 and w not in ("with", "the", "and")}
        if not wanted:
            return None
        scored = [
            (len(wanted & set(re.findall(r"\w+", e.summary.lower()))), e)
            for e in source.events(now, now + SEARCH_AHEAD, self.zone)
        ]
        best = max((s for s, _ in scored), default=0)
        named = [e for s, e in scored if s == best] if best else []
        that_day = [e for e in named if on is not None and e.start.astimezone(self.zone).date() == on.date()]
        return (that_day or named or [None])[0]

    def _remember(self, turn: Turn, proposal: Proposal, read: str | None) -> None:
        proposal.audit_id = propose(
            self.store, self.clock, "calendar", proposal.action, proposal.detail, read=read or "", turn_id=turn.id
        )
        self.pending = proposal

    def _lapse(self) -> None:
        if self.pending is not None:
            settle(self.store, self.pending.audit_id, "declined")
            self.pending = None

    def follow_up(self, turn: Turn, previous_turn_id: int | None) -> str | None:
        """The answer to her question: yes does it, no leaves it; anything else lets it lapse."""
        proposal = self.pending
        if proposal is None and self.last_result and self.just_done("") and DID_YOU.search(turn.user_text or ""):
            return f"Yes: {self.last_result}"
        if proposal is None or previous_turn_id is None or proposal.turn_id != previous_turn_id:
            return None
        said = answer(turn.user_text or "")
        if said != "yes":
            self._lapse()
            return "Okay, I've left your calendar as it was." if said == "no" else None
        self.pending = None
        return self._carry_out(proposal, turn)

    def _carry_out(self, proposal: Proposal, turn: Turn) -> str:
        if paused(self.store):
            settle(self.store, proposal.audit_id, "declined")
            return STOPPED
        source = self._source()
        if isinstance(source, str):
            return source
        undo: dict = {}
        try:
            if proposal.action == "add":
                uid = source.add(proposal.title, proposal.start, proposal.end)
                undo = {"cancel": uid}
                said = f"Done: “{proposal.title}” is in your calendar."
            elif proposal.action == "move":
                event = proposal.event
                occurrence = (event.occurrence or event.start) if event.recurring else None
                source.move(event.uid, proposal.start, proposal.end, occurrence)
                undo = {"move": event.uid, "start": event.start.isoformat(), "end": event.end.isoformat()}
                if occurrence is not None:
                    undo["occurrence"] = occurrence.isoformat()
                said = f"Done: “{event.summary}” has moved."
            elif proposal.just_one:
                event = proposal.event
                occurrence = event.occurrence or event.start
                source.cancel(event.uid, occurrence)
                undo = {"restore": event.uid, "occurrence": occurrence.isoformat()}
                said = f"Done: “{event.summary}” is cancelled that once; the others stay."
            else:
                event = proposal.event
                source.cancel(event.uid)
                undo = {"add": event.summary, "start": event.start.isoformat(), "end": event.end.isoformat()}
                said = f"Done: “{event.summary}” is cancelled."
            status = "done"
        except CalendarError as exc:
            status, said = "failed", f"I couldn't do it: {exc}. Nothing changed."
        with self.store.transaction() as db:
            self.store.set_audit_status(db, proposal.audit_id, status)
            self.store.audit(
                db,
                self.clock(),
                "calendar",
                proposal.action,
                proposal.detail,
                "you said yes",
                status,
                undo=undo or None,
                turn_id=turn.id,
            )
        if status == "done":
            self.last_done, self.last_result = self.clock(), said.removeprefix("Done: ")
        return said


def undo(source, how: dict, zone: ZoneInfo) -> str:
    """Undo one done action from its audit record: cancel what was added, move back what was moved, put back what
    was cancelled (as a new event with the same title and time). Returns what was done, in words."""
    if "cancel" in how:
        source.cancel(how["cancel"])
        return "the event she added is cancelled"
    if "restore" in how:
        source.restore(how["restore"], datetime.fromisoformat(how["occurrence"]))
        return "the cancelled occurrence is back in its series"
    start, end = datetime.fromisoformat(how["start"]).astimezone(zone), datetime.fromisoformat(how["end"])
    if "move" in how:
        occurrence = datetime.fromisoformat(how["occurrence"]) if "occurrence" in how else None
        source.move(how["move"], start, end.astimezone(zone), occurrence)
        return f"the event is back at {start:%A %-d %B %H:%M}"
    source.add(how["add"], start, end.astimezone(zone))
    return f"“{how['add']}” is back in the calendar"
