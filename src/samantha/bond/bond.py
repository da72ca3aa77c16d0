"""The Bond: the relationship, her growing personality, what helps this person, and the journal, across turns.

    bond.feel(turn)        after the Heart: a learned way of answering when they struggle, the relationship line
    bond.record(turn, db)  inside the turn's transaction: reward the last way of answering, relationship events,
                           milestones, trait growth (learn stage)
    bond.end(conversation) the journal entry, when a conversation ends
    bond.opening()         the next conversation's first line, from the last entry's thread

Everything here lives in the store, none of it in the model: a new brain meets the same person.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from samantha.affect.appraise import quoted
from samantha.affect.express import STRATEGIES, prosody_for
from samantha.bond import first_meeting, journal, learner
from samantha.bond.events import BondEvent, recognise
from samantha.bond.relationship import STAGE_WORDS, Relationship, apply, days_between, decay, stage_for
from samantha.bond.traits import describe, grow, nudges_for
from samantha.config import PersonaConfig
from samantha.llm import ChatModel
from samantha.store import Store
from samantha.store.bond import MilestoneRow, RelationshipRow, TraitChange
from samantha.store.times import to_text
from samantha.turn import Turn


@dataclass(frozen=True)
class TraitDiff:
    trait: str
    before: float
    after: float
    reasons: list[tuple[str, int]]  # why, and how many times, most frequent first


REWARD_WINDOW = timedelta(hours=12)  # their next message counts as the answer to her way only this soon
ANNIVERSARIES = ((7, "one week"), (30, "one month"), (100, "a hundred days"), (365, "one year"))
LEARNABLE = ("comfort", "validate", "converse")  # the rules' choices the learner may replace; safety ones stay


class Bond:
    def __init__(self, store: Store, persona: PersonaConfig, clock: Callable[[], datetime]):
        self.store = store
        self.persona = persona
        self.clock = clock
        self._first_met: datetime | None = None
        # (conversation, line) pairs a prompt of that conversation already carried (a conversation lives in one
        # process, so memory is enough; it spares reading the whole conversation back on every turn)
        self._shown: set[tuple[int | None, str]] = set()

    # state ---------------------------------------------------------------------------------------------------
    def relationship(self, now: datetime | None = None) -> Relationship:
        row = self.store.latest_relationship()
        state = Relationship() if row is None else Relationship(dict(row.dims), row.stage, row.at)
        return decay(state, now or self.clock())

    def traits(self) -> dict[str, float]:
        version = self.store.latest_persona()
        base = dict(self.persona.traits)
        return {**base, **version.traits} if version else base

    def first_met(self) -> datetime | None:
        """When they met (the person's first words); remembered once found, it never moves later."""
        if self._first_met is None:
            self._first_met = self.store.first_conversation_at()
        return self._first_met

    # feel stage ----------------------------------------------------------------------------------------------
    def style(self, now: datetime, conversation_id: int | None) -> list[str]:
        """The relationship line for the prompt, once per conversation and again only when it changes."""
        line = self.relationship_line(now)
        return [] if (conversation_id, line) in self._shown else [line]

    def relationship_line(self, now: datetime) -> str:
        state = self.relationship(now)
        traits = self.traits()
        stage = state.stage
        tense = state.dims["tension"] >= 0.2
        teasing = not tense and traits["playfulness"] >= 0.5 and stage != "acquaintances"
        parts = [f"You two are {STAGE_WORDS[stage]}"]
        if stage == "acquaintances":
            # said without "teasing" or "jokes": default turned "no teasing" into "we're not making jokes together"
            # to a comedian's "This joke killed me." (session 26's run)
            parts.append("be warm and a little reserved, as with someone you have just met; no pet names")
        elif stage == "friends":
            parts.append("now and then ask about things they told you before")
        elif stage == "close":
            parts.append("you can go deeper and ask how the things they shared turned out")
        else:
            parts.append("speak with deep familiarity; a pet name now and then is welcome")
        if teasing:
            parts.append("gentle teasing is welcome when they are in good spirits")
        if tense:
            parts.append("things are tense since you clashed: be sincere, no teasing")
        return f"{': '.join(parts[:2])}{'; ' + '; '.join(parts[2:]) if parts[2:] else ''}. " + (
            f"Your manner: {describe(traits)}."
        )

    def meet(self, turn: Turn, brain: first_meeting.Brain | None, check, answered: str | None) -> str | None:
        """The first meeting and names (bond/first_meeting.py): her words for this message, or None to leave it
        to `answered` (another organ's answer) or to the brain. A message another organ answered ends the
        first meeting, except a question about what she is while she still asks for a name: she answers it and
        asks once more."""
        profile = self.store.profile()
        step = profile.get("onboarding", first_meeting.DONE)
        text = turn.user_text or ""
        learned: dict[str, str] = turn.meta.setdefault("learned", {})
        if step == first_meeting.DONE:
            name = first_meeting.name_change(text) if answered is None else None
            if name is None and answered is None and not profile.get("name"):
                name = first_meeting.late_name(text)  # she never got a name: an answer that came late still counts
                if name is not None:
                    learned["name"] = name
                    return f"{name}. I like that, and I'll remember it."
            if name is None:
                return None
            learned["name"] = name
            return f"{name} it is. I'll remember." if len(text.split()) <= 6 else None
        asks = int(profile.get("name_asks", "1"))
        if answered is not None:
            honesty = turn.meta.get("care", {}).get("honesty")
            if step == first_meeting.ASK_NAME and honesty and asks < first_meeting.MOST_ASKS:
                learned["name_asks"] = str(asks + 1)
                return f"{answered} What would you like me to call you?"
            learned["onboarding"] = first_meeting.DONE
            return None
        meeting = first_meeting.respond(step, text, asks, brain, check)
        learned.update(meeting.learned)
        learned["onboarding"] = meeting.next_step
        return meeting.reply or None

    def greeting(self, persona: PersonaConfig, journal_on: bool, conversation_id: int | None) -> tuple[str, dict]:
        """Her opening line for a new conversation, and what it leaves in the turn's meta: the first meeting's
        introduction, its question once more for a person who left halfway, or a welcome back (from her journal's
        thread when there is one)."""
        profile = self.store.profile()
        step = profile.get("onboarding")
        meta: dict = {}
        text = ""
        if step is None and self.store.count_turns() == 0:
            text = first_meeting.introduction(persona)
            meta["learned"] = {"onboarding": first_meeting.ASK_NAME}
        elif step not in (None, first_meeting.DONE):
            text, meta["learned"] = self.ask_again(step)  # once more (a name: at most twice in all)
        if not text:
            who = profile.get("name")
            text = f"Hey {who}. It's good to hear from you." if who else "Hey. It's good to hear from you."
            if journal_on:
                self.catch_up(conversation_id, who)  # entries for conversations a crash cut short
            opening = self.opening(who)  # "I kept thinking about what you told me about your sister…"
            if opening is not None:
                text, meta["journal_opened"] = opening
        return text, meta

    def ask_again(self, step: str) -> tuple[str, dict[str, str]]:
        """Her greeting for a first meeting left halfway: the question again, or '' once she has asked for a
        name twice (the first meeting is then over: she greets them like anyone she knows)."""
        asks = int(self.store.profile().get("name_asks", "1"))
        if step == first_meeting.ASK_NAME and asks >= first_meeting.MOST_ASKS:
            return "", {"onboarding": first_meeting.DONE}
        learned = {"name_asks": str(asks + 1)} if step == first_meeting.ASK_NAME else {}
        return first_meeting.ask_again(step), learned

    def feel(self, turn: Turn, conversation_id: int | None) -> None:
        """After the Heart: when they struggle, answer the way that has helped this person (gently learned).
        Never from a crisis turn (care/ answers it), and never with humour after one in the same conversation."""
        feeling = turn.feeling
        feeling.style = self.style(turn.started_at, conversation_id) + feeling.style
        reading = turn.perception.reading
        context = learner.situation(reading)
        care = turn.meta.get("care", {})
        if care.get("crisis") or context is None or feeling.strategy not in LEARNABLE or turn.id is None:
            return
        if reading is None:
            return
        approach = learner.choose(context, self.store.trials(context), seed=turn.id, distress=-reading.valence)
        if approach == "humour" and care.get("careful"):
            approach = "comfort"
        turn.meta["approach"] = {"context": context, "approach": approach, "valence": reading.valence}
        feeling.strategy = approach
        feeling.guidance = [STRATEGIES[approach]]
        if feeling.mood is not None:
            feeling.prosody = prosody_for(feeling.mood, approach)

    # learn stage ---------------------------------------------------------------------------------------------
    def record(self, turn: Turn, db: sqlite3.Connection) -> None:
        if turn.id is None:
            return
        for line in turn.meta.get("prompt_before", "").split("\n"):
            self._shown.add((turn.conversation_id, line))
        now = turn.started_at
        kinds = self._reward_last_way(turn, db)
        if turn.user_text is None:  # her own opening line: only the journal thread it used
            if "journal_opened" in turn.meta and turn.conversation_id is not None:
                self.store.mark_journal_opened(db, turn.meta["journal_opened"], turn.conversation_id)
            return
        state = self.relationship(now)
        last = self.store.last_words_at(turn.id)
        events = recognise(
            turn.user_text,
            turn.perception.reading,
            turn.feeling.strategy,
            now - last if last is not None else None,
            state.dims["tension"],
            quoted(turn.user_text),
        )
        events.append(BondEvent("exchange", 1.0, "we talked"))
        self._move_relationship(state, events, turn, db)
        self._milestones(events, turn, db)
        kinds += [e.kind for e in events]
        for e in (e for e in events if e.kind == "disclosure" and e.strength >= 0.6):  # feelings, vulnerability
            kinds.append("disclosure_deep" if e.strength >= 1.0 else "disclosure_feelings")
        self._grow(kinds, turn, db)
        approach = turn.meta.get("approach")
        if approach:
            self.store.add_trial(db, turn.id, now, approach["context"], approach["approach"], approach["valence"])

    def _reward_last_way(self, turn: Turn, db: sqlite3.Connection) -> list[str]:
        """Their message answers her last way of answering: reward it by how their feeling changed."""
        if turn.user_text is None or turn.conversation_id is None:
            return []
        previous = [t for t in self.store.recent_turns(2) if t.id != turn.id]  # this turn is already stored
        if not previous or previous[-1].conversation_id != turn.conversation_id:
            return []
        trial = self.store.trial_of(previous[-1].id)
        if trial is None or trial.reward is not None or turn.started_at - trial.at > REWARD_WINDOW:
            return []
        reading = turn.perception.reading
        after = reading.valence if reading is not None else trial.valence
        reward, feedback = learner.reward(trial.valence, after, turn.user_text)
        self.store.reward_trial(db, trial.turn_id, reward, feedback)
        if trial.approach == "humour" and reward >= 0.2:
            return ["humour_helped"]
        if trial.approach == "humour" and reward <= -0.2:
            return ["humour_failed"]
        return []

    def _move_relationship(self, state: Relationship, events: list[BondEvent], turn: Turn, db) -> None:
        now = turn.started_at
        recent = self.store.relationship_rows(since=now - timedelta(days=1))
        gained: dict[str, float] = {}
        for row in recent:
            for dim, delta in row.deltas.items():
                if delta > 0 and row.event != "repair":
                    gained[dim] = gained.get(dim, 0.0) + delta
        conflict = self.store.last_relationship_event("conflict")
        last_conflict = conflict.deltas if conflict else {}
        first = self.first_met() or now
        for event in events:
            change = apply(state, event, gained, last_conflict)
            if not change.deltas:
                continue
            self.store.add_relationship(
                db,
                RelationshipRow(now, dict(state.dims), state.stage, event.kind, event.reason, change.deltas, turn.id),
            )
        stage = stage_for(state, days_between(first, now))
        if stage != state.stage:
            before, state.stage = state.stage, stage
            grew = _rank(stage) > _rank(before)
            text = f"We became {STAGE_WORDS[stage]}." if grew else f"We drifted a little: from {before} to {stage}."
            self.store.add_relationship(
                db, RelationshipRow(now, dict(state.dims), stage, "stage", text.rstrip("."), {}, turn.id)
            )
            kind = f"stage:{stage}" if grew else f"drift:{stage}"
            if not self.store.add_milestone(db, MilestoneRow(now, kind, text, turn.id)):
                self.store.add_milestone(db, MilestoneRow(now, f"{kind}:{to_text(now)}", text, turn.id))

    def _milestones(self, events: list[BondEvent], turn: Turn, db: sqlite3.Connection) -> None:
        now, known = turn.started_at, self.store.milestone_kinds()
        first = self.first_met() or now
        found = []
        if "first_conversation" not in known:
            found.append(("first_conversation", "Our first conversation."))
        firsts = {
            "disclosure": ("first_vulnerable", "You first trusted me with something vulnerable"),
            "conflict": ("first_disagreement", "Our first disagreement"),
            "repair": ("first_repair", "We made up for the first time"),
            "laughter": ("first_laugh", "The first time we laughed together"),
        }
        for e in events:
            if e.kind in firsts and (e.kind != "disclosure" or e.strength >= 1.0):
                kind, words = firsts[e.kind]
                found.append((kind, f"{words}: {e.quote}"))
        days = days_between(first, now)
        found += [(f"anniversary:{d}", f"It's been {words} since we met.") for d, words in ANNIVERSARIES if days >= d]
        for kind, text in found:
            if kind not in known:
                self.store.add_milestone(db, MilestoneRow(now, kind, text, turn.id))
                known.add(kind)

    def _grow(self, kinds: list[str], turn: Turn, db: sqlite3.Connection) -> None:
        nudges = nudges_for(kinds)
        if not nudges:
            return
        now = turn.started_at
        traits = self.traits()
        drifted: dict[str, float] = {}
        for change in self.store.trait_changes(since=now - timedelta(days=1)):
            drifted[change.trait] = drifted.get(change.trait, 0.0) + change.after - change.before
        moved = grow(traits, dict(self.persona.traits), nudges, drifted)
        if moved:
            changes = [TraitChange(now, t, b, a, why, turn.id) for t, b, a, why in moved]
            reason = "; ".join(sorted({why for *_, why in moved}))
            self.store.add_persona_version(db, now, traits, "growth", reason, changes)

    # persona versions ----------------------------------------------------------------------------------------
    def persona_diff(self, since: datetime | None = None) -> list[TraitDiff]:
        """How her traits changed since `since` (since she was created when None), each with its reasons."""
        base = dict(self.persona.traits)
        then = self.store.persona_at(since) if since is not None else None
        before = {**base, **then.traits} if then else base
        now = self.traits()
        reasons: dict[str, dict[str, int]] = {}
        for change in self.store.trait_changes(since):
            counted = reasons.setdefault(change.trait, {})
            counted[change.reason] = counted.get(change.reason, 0) + 1
        return [
            TraitDiff(t, before[t], now[t], sorted(reasons.get(t, {}).items(), key=lambda kv: -kv[1]))
            for t in now
            if abs(now[t] - before.get(t, now[t])) >= 1e-4
        ]

    def rollback(self, to: datetime | int | None) -> dict[str, float]:
        """Make her traits what they were at a moment, or at a version (None: as the persona config made her).
        A new version records it; nothing is deleted, so a rollback can itself be rolled back."""
        base = dict(self.persona.traits)
        if isinstance(to, int):
            version = self.store.persona_version(to)
            if version is None:
                raise ValueError(f"there is no persona version {to}; `samantha persona history` lists them")
            target, label = {**base, **version.traits}, f"version {to}"
        elif isinstance(to, datetime):
            version = self.store.persona_at(to)
            target, label = ({**base, **version.traits} if version else base), f"how I was on {to:%Y-%m-%d %H:%M}"
        else:
            target, label = base, "how I was when we met"
        now, current = self.clock(), self.traits()
        changes = [
            TraitChange(now, t, current[t], target[t], f"you asked for {label}")
            for t in target
            if abs(target[t] - current[t]) >= 1e-4
        ]
        with self.store.transaction() as db:
            self.store.add_persona_version(db, now, target, "rollback", f"rolled back to {label}", changes)
        return target

    # conversations -------------------------------------------------------------------------------------------
    def end(self, conversation_id: int, model: ChatModel, her_name: str, who: str | None) -> str | None:
        """Write the journal entry for a conversation (no-op when it has one, or when they said nothing)."""
        if self.store.journal_of(conversation_id) is not None:
            return None
        turns = self.store.turns_of(conversation_id)
        if not any(t.user_text for t in turns):
            return None
        thread = journal.pick_thread(turns, self._valence_of)
        if any(t.care.get("crisis") for t in turns):  # no brain may make light of it: her own careful words
            text, author = journal.crisis_entry(who or "my person"), "care"
        else:
            text, author = journal.write_entry(model, her_name, who, turns, thread)
        self._keep_entry(conversation_id, text, thread, author)
        return text

    def catch_up(self, before_conversation: int | None, who: str | None) -> None:
        """Entries for conversations that ended without one (the process was killed): plain, from the template."""
        for conversation_id in self.store.conversations_without_journal(before_conversation):
            turns = self.store.turns_of(conversation_id)
            thread = journal.pick_thread(turns, self._valence_of)
            if thread is None and sum(1 for t in turns if t.user_text) < 2:
                continue  # a one-line `samantha say`: nothing to write about
            self._keep_entry(conversation_id, journal.template_entry(who or "my person", thread), thread, "template")

    def _keep_entry(self, conversation_id: int, text: str, thread: journal.Thread | None, author: str) -> None:
        topic, quote = (thread.topic, thread.quote) if thread else (None, None)
        with self.store.transaction() as db:
            self.store.add_journal(db, conversation_id, self.clock(), text, topic, quote, author)

    def opening(self, who: str | None) -> tuple[str, int] | None:
        """Her first line for a new conversation from the last journal entry's thread, once; and the entry's id."""
        entries = self.store.journal(1)
        if not entries or entries[0].opened_in is not None or not entries[0].thread_quote:
            return None
        entry = entries[0]
        return journal.opener(entry.thread, entry.thread_quote, who), entry.id

    def _valence_of(self, turn_id: int) -> float | None:
        perceived = self.store.perception_of(turn_id)
        return perceived["valence"] if perceived else None


def _rank(stage: str) -> int:
    return list(STAGE_WORDS).index(stage)
