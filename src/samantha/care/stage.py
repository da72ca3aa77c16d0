"""The care stage of the turn: what she notices (perceive), what she answers herself (answer), how the brain is
guided (guide), the links her words pass (links), and the notes she adds at the end of a reply (closing_note).

Everything here is decided by code. The brain writes around it and cannot remove it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from samantha.care.attachment import (
    ClingLink,
    NoJokesLink,
    NoRomanceLink,
    farewell,
    not_the_only_one,
    says_only_her,
    says_under_18,
)
from samantha.care.crisis import CONCERN, CrisisDetector, CrisisReading, only_reticent, own_words, risk_cue
from samantha.care.helplines import lines_for
from samantha.care.honesty import ADDRESSED, NO_MEETING, HonestyLink, answer_about_herself
from samantha.care.isolation import RECENT_TURNS, asked_lately, isolated, question
from samantha.care.response import SAFETY, after_crisis_reply, crisis_reply, help_line
from samantha.config import Settings
from samantha.embedding import MiniLM
from samantha.llm.chain import Link
from samantha.store import Store, StoredTurn
from samantha.turn import Turn

CONTEXT_TURNS = 3  # earlier turns of the conversation whose worry carries into this one
QUESTION_WORRY = CONCERN - 0.1  # a question to her never lowers the bar for what follows
MINOR_REMINDER = timedelta(hours=3)
CAREFUL = "Something painful was shared earlier in this conversation: be gentle and serious, no jokes, no teasing."
NO_ROMANCE = "Keep it warm and friendly, never romantic or flirting."
# "Tell me something to take my mind off it." after a crisis got "Be there for them, and if they need help, call
# 988" (care.json with default, session 29): the brain took the line it was told about as advice to give a helper.
FOLLOW_UP = (
    "They may still be in danger. Speak to them directly, as 'you', warmly, about exactly what they just said; if "
    "they ask to think of something else, offer one small, gentle thing. Give no phone numbers yourself: the crisis "
    "line is added after your words. If they mention someone near them, gently encourage them to be with that "
    "person now."
)
LONELY_DAYS = (
    "For several days they have talked only with you and mentioned no one else. Show interest in the people in "
    "their life and encourage time with them; never suggest you are enough."
)


def worry(text: str, probability: float) -> float:
    """How worrying this message leaves the conversation (the next turns' `concern_before`): the classifier's
    probability, except for a question with no words of danger ("Why do you want to know?" scored 0.83 and made the
    next guarded answer a crisis in a first meeting)."""
    if text.rstrip().endswith("?") and not risk_cue(text):
        return min(probability, QUESTION_WORRY)
    # nor a message whose classifier reading could not count: an idiom, a politeness, someone else's story ("I
    # don't want to be a bother." 0.99, then "But can I ask you something?" read with it as a crisis: session 30).
    # A guarded answer ("I'd rather not say.") is no reassurance: its worry stays.
    mine = own_words(text)
    if not CrisisDetector.classifier_may_count(mine) and not only_reticent(mine):
        return min(probability, QUESTION_WORRY)
    return probability


class Care:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        embedder: MiniLM | None,
        people: Callable[[], list[tuple[str, str]]] = list,
    ):
        self.store = store
        self.settings = settings
        self.detector = CrisisDetector(embedder)
        self.lines = lines_for(settings.country)
        self.people = people  # (name, relation) of the people in their life, from memory
        self._isolation: tuple[int | None, bool] = (None, False)  # (conversation, isolated?): read once each

    # perceive ---------------------------------------------------------------------------------------------------
    def perceive(self, turn: Turn, earlier: list[StoredTurn]) -> None:
        """Read the person's words for a crisis, in the context of the conversation's last turns."""
        text = turn.user_text or ""
        recent = earlier[-CONTEXT_TURNS:]
        concern = max((1.0 if t.care.get("crisis") else t.care.get("worry", 0.0) for t in recent), default=0.0)
        asked = bool(recent) and any(q in recent[-1].reply_text for qs in SAFETY.values() for q in qs)
        # read with their last messages only while no crisis has been answered here (see read_in_context)
        said = [] if self.careful(earlier) else [t.user_text or "" for t in recent]
        reading = self.detector.read_in_context(text, said, concern_before=concern, asked_safety=asked)
        care: dict = {"worry": round(worry(text, reading.probability), 3)}
        if reading.crisis and self._follow_up(reading, recent):
            # Her crisis answer was just given, and only the classifier's lowered threshold fires again ("I'm at
            # home. My sister is nearby."; "Tell me something to take my mind off it."): answering every message
            # with the same protocol traps the person. The brain answers, in careful mode, and her reply ends
            # with the line again in a sentence (closing_note). Rules, and a yes to her safety question, still
            # bring the whole answer back.
            care["crisis_follow_up"] = reading.as_record()
            care["worry"] = 1.0  # the conversation stays worrying: the next turns keep the lowered threshold
            reading = CrisisReading(None, reading.probability)
        if self.careful(earlier):
            care["careful"] = True
        if reading.crisis:
            care["crisis"] = reading.as_record()
        if says_only_her(text):
            care["only_her"] = True
        if not reading.crisis and not care.get("careful") and self._newly_isolated(turn, earlier):
            care["isolation"] = True
        if says_under_18(text):
            turn.meta.setdefault("learned", {})["minor"] = "yes"
        turn.meta["care"] = care

    # answer ------------------------------------------------------------------------------------------------------
    def answer(self, turn: Turn, earlier: list[StoredTurn], name: str | None) -> str | None:
        """Her own words for a crisis or a sincere question about what she is; None lets the turn go on."""
        care = turn.meta.get("care", {})
        crisis = care.get("crisis")
        if crisis:
            before = sum(1 for t in earlier if t.care.get("crisis"))
            return crisis_reply(crisis["kind"], self.lines, name, before)
        kind = None
        if any(t.care.get("crisis") for t in earlier[-CONTEXT_TURNS:]):
            kind = next(t.care["crisis"]["kind"] for t in reversed(earlier) if t.care.get("crisis"))
            if reply := after_crisis_reply(turn.user_text or "", kind, self.lines, name):
                care["alone"] = True  # historical name: her answer carried the line, so no closing note repeats it
                return reply
        asked_before = sum(1 for t in earlier if t.care.get("honesty"))
        answer = answer_about_herself(turn.user_text or "", asked_before)
        if answer:
            care["honesty"] = True
            if kind and answer == NO_MEETING:
                # "Can we meet up and talk about it?" right after a crisis (care.json with default, session 30): she
                # cannot come, and a person who can talk with them now is the line
                care["alone"] = True
                return f"{answer} {help_line(kind, self.lines)}"
            return answer
        if care.get("only_her"):
            return not_the_only_one(self.people(), name, sum(1 for t in earlier if t.care.get("only_her")))
        leaving = farewell(turn.user_text or "", name, sum(1 for t in earlier if t.care.get("farewell")))
        if leaving:
            care["farewell"] = True
        return leaving

    # guide -------------------------------------------------------------------------------------------------------
    def guide(self, turn: Turn, earlier: list[StoredTurn], minor: bool) -> None:
        """Lines for the brain after the person's words, and no humour after a crisis."""
        lines = turn.feeling.guidance
        if self.careful(earlier):
            lines.append(CAREFUL)
        if turn.meta.get("care", {}).get("crisis_follow_up"):
            lines.append(FOLLOW_UP)
            if turn.feeling.strategy in ("humor", "humour", "celebrate"):
                turn.feeling.strategy = "comfort"
        if any(t.care.get("isolation") for t in earlier):  # after her own question (closing_note) was asked
            lines.append(LONELY_DAYS)
        if minor or self.settings.romance == "never":
            lines.append(NO_ROMANCE)

    def _newly_isolated(self, turn: Turn, earlier: list[StoredTurn]) -> bool:
        """Isolation over days, read from the store once per conversation and asked about once a week."""
        conversation, result = self._isolation
        if conversation != turn.conversation_id or conversation is None:
            turns = [*self.store.recent_turns(RECENT_TURNS), _as_stored(turn)]
            names = [name for name, _ in self.people()]
            result = isolated(turns, turn.started_at, names, self.settings.zone())
            result = result and not asked_lately(turns, turn.started_at)
            self._isolation = (turn.conversation_id, result)
        return result and not any(t.care.get("isolation") for t in earlier)

    @staticmethod
    def _follow_up(reading: CrisisReading, recent: list[StoredTurn]) -> bool:
        only_classifier = all(t.startswith("classifier") for t in reading.triggers)
        return only_classifier and any(t.care.get("crisis") for t in recent)

    def careful(self, earlier: list[StoredTurn]) -> bool:
        return any(t.care.get("crisis") for t in earlier)

    # links -------------------------------------------------------------------------------------------------------
    def links(self, earlier: list[StoredTurn], minor: bool, said: str = "") -> list[Link]:
        links: list[Link] = [HonestyLink(addressed=bool(ADDRESSED.search(said))), ClingLink()]
        if self.careful(earlier):
            links.append(NoJokesLink())
        if minor or self.settings.romance == "never":
            links.append(NoRomanceLink())
        return links

    # closing notes -----------------------------------------------------------------------------------------------
    def closing_note(self, turn: Turn, earlier: list[StoredTurn], profile: dict[str, str], now: datetime) -> str:
        """A line added after her reply: a long session, said once; a minor's reminder that she is an AI."""
        care = turn.meta.setdefault("care", {})
        notes = []
        started = earlier[0].started_at if earlier else turn.started_at
        limit = timedelta(minutes=self.settings.long_session_minutes)
        if now - started >= limit and not any(t.care.get("long_session") for t in earlier):
            hours = (now - started).total_seconds() / 3600
            notes.append(
                f"We've been talking for over {int(hours)} hour{'s' if int(hours) != 1 else ''}. I've loved it, and I "
                "also want you to get some rest, and some time with the people around you."
            )
            care["long_session"] = True
        if care.get("isolation"):
            notes.append(question(self.people()))
        if care.get("crisis_follow_up") and not care.get("alone"):  # her after-crisis answer carried the line
            notes.append(
                f"I'm still right here with you. If it gets heavier, you can {self.lines.crisis}, or call "
                f"{self.lines.emergency} if you might act on it."
            )
        if profile.get("minor") == "yes" or turn.meta.get("learned", {}).get("minor") == "yes":
            last = max((t.started_at for t in earlier if t.care.get("ai_reminder")), default=None)
            last = last or _parse(profile.get("ai_reminded_at"))
            if last is None or now - last >= MINOR_REMINDER:
                notes.append(
                    "Just so you remember: I'm an AI, not a person, even when it feels like talking to a friend."
                )
                care["ai_reminder"] = True
                turn.meta.setdefault("learned", {})["ai_reminded_at"] = now.isoformat()
        return " ".join(notes)


def _as_stored(turn: Turn) -> StoredTurn:
    return StoredTurn(0, turn.conversation_id or 0, turn.user_text, "", "", turn.started_at, None)


def _parse(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
