"""The letter studio in conversation. "Help me with a letter for Roberta" starts it: she asks for what is
missing (who it is to, what to say), drafts in the client's voice from what he said, and then takes "warmer",
"shorter", "mention the lake", "proofread it", "she loves it" as work on that letter. She knows the letters: "read
me last year's letter for Roberta" quotes it. Drafting needs the brain; everything else is code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from samantha.letters.draft import DraftError
from samantha.letters.studio import Result, Studio, StudioError
from samantha.skills.capabilities import Skill
from samantha.skills.letters.asks import LetterAsk, read_letter_ask
from samantha.store import Store
from samantha.turn import Turn

DESCRIPTION = "help with letters: draft one in a client's own voice from notes, revise it, proofread it"
HOW_TO_ASK = 'Say "help me with a letter for Roberta, to her husband Chris", and tell me what it should say.'
REVISION = re.compile(
    r"^\W*(?:(?:can you |could you |please |now )*(?:make it |a bit |bit |much |more |less |slightly )*"
    r"(?:warmer|shorter|longer|simpler|softer|funnier|lighter|plainer|less formal|more formal|more personal|"
    r"less sentimental|more romantic)|(?:mention|add|include|drop|remove|cut|leave out|end (?:it )?with|start "
    r"(?:it )?with|say more about|say less about)\b)",
    re.IGNORECASE,
)
PROOFREAD = re.compile(r"\b(?:proof ?read|check (?:the |its )?(?:spelling|grammar)|any (?:typos|mistakes))\b", re.I)
TAKEN = re.compile(
    r"\b(?:(?:she|he|they) (?:loves?|likes?|took|accepted) it|that'?s (?:perfect|it|lovely)|it'?s perfect|"
    r"(?:i'?ll|we'?ll) (?:take|use) (?:it|that one)|accept(?:ed)? it)\b",
    re.IGNORECASE,
)
QUOTE = re.compile(
    r"\b(?:read|show|quote) (?:me )?(?:the |my |last year'?s |our )?letters? (?:for|to|from) "
    r"([A-Z][\w'’-]+)"
    r"|\bwhat did (?:i|we) write (?:for|to) ([A-Z][\w'’-]+)",
    re.IGNORECASE,
)


@dataclass
class Session:
    turn_id: int | None  # her last turn about this letter
    ask: LetterAsk
    letter_id: int | None = None


class LetterSkill:
    def __init__(self, store: Store, clock: Callable[[], datetime], brain=None) -> None:
        self.studio = Studio(store, clock, brain)
        self.session: Session | None = None

    def skill(self) -> Skill:
        return Skill("letters", DESCRIPTION, self.handle, follow_up=self.follow_up, how_to_ask=HOW_TO_ASK)

    def handle(self, turn: Turn, kind: str) -> str:
        text = turn.user_text or ""
        if m := QUOTE.search(text):
            return self.quote(m.group(1) or m.group(2))
        return self._go_on(turn, read_letter_ask(text))

    def follow_up(self, turn: Turn, previous_turn_id: int | None) -> str | None:
        session = self.session
        if session is None or previous_turn_id is None or session.turn_id != previous_turn_id:
            return None
        text = turn.user_text or ""
        if session.letter_id is None:  # she asked for what was missing
            later = read_letter_ask(text, notes_only=session.ask.missing() == ["notes"])
            if not (later.client or later.to or later.notes):
                return None
            return self._go_on(turn, session.ask.merged(later))
        if PROOFREAD.search(text):
            return self._proofread(turn, session.letter_id)
        if TAKEN.search(text):
            self.studio.accept(session.letter_id)
            self.session = None
            return "I'm glad. I've kept it with the others, and I'll remember how she writes."
        if REVISION.search(text):
            try:
                result = self.studio.revise(session.letter_id, text, turn_id=turn.id)
            except (DraftError, StudioError) as exc:
                return f"I couldn't change it: {exc}."
            session.turn_id = turn.id
            return self._shown(result, "Here it is again:")
        return None

    def quote(self, client: str) -> str:
        found = self.studio.store.client_named(client)
        letters = self.studio.store.letters(found.id) if found else []
        if not letters:
            return f"I don't have any letters for {client} yet."
        last = letters[-1]
        when = last.created_at.strftime("%-d %B %Y")
        about = f" for {last.occasion}" if last.occasion else ""
        return f"The last one for {client} was written on {when}{about}:\n\n{self.studio.text(last.id)}"

    def _go_on(self, turn: Turn, ask: LetterAsk) -> str:
        missing = ask.missing()
        if missing:
            self.session = Session(turn.id, ask)
            return self._ask_for(ask, missing)
        try:
            result = self.studio.draft(ask.client, ask.to, ask.occasion, ask.notes, ask.relation, turn_id=turn.id)
        except StudioError as exc:  # a concern about the notes: she says it, he decides
            self.session = Session(turn.id, ask)
            return str(exc).replace(" (Say so and I'll write it as asked: --anyway.)", "")
        except DraftError as exc:
            self.session = None
            return f"I can't draft it right now: {exc}."
        self.session = Session(turn.id, ask, result.letter_id)
        lead = f"Here's a first draft, from {ask.client} to {ask.to}:"
        tail = (
            ""
            if self.studio.store.voice_samples(self.studio.client(ask.client).id)
            else (
                f"\n\nIf you have something in {ask.client}'s own words, give it to me "
                f"(`samantha letters client {ask.client} --sample FILE`) and the letter will sound more like them."
            )
        )
        return self._shown(result, lead) + tail

    @staticmethod
    def _ask_for(ask: LetterAsk, missing: list[str]) -> str:
        if "client" in missing and "to" in missing:
            return "Gladly. Who is it from, and who is it to? And tell me a few things only they would know."
        if "client" in missing:
            return f"Gladly. Who is the letter to {ask.to} from?"
        if "to" in missing:
            return f"Gladly. Who is {ask.client}'s letter to, and what are they to {ask.client}?"
        return (
            f"A letter from {ask.client} to {ask.to}"
            + (f" for {ask.occasion}" if ask.occasion else "")
            + ". What should it say? Tell me the particulars: a habit, a place, a day only they share."
        )

    def _shown(self, result: Result, lead: str) -> str:
        said = f"{lead}\n\n{result.text}"
        if result.cut:
            said += "\n\n(I left out a line that said things you didn't tell me.)"
        return said + "\n\nWarmer, shorter, something to add? Or I can proofread it."

    def _proofread(self, turn: Turn, letter_id: int) -> str:
        found = [s for s in self.studio.proofread(letter_id) if s.replacement is not None][:6]
        if self.session:
            self.session.turn_id = turn.id
        if not found:
            return "I read it through: no spelling or grammar I'd change."
        lines = "\n".join(f"- {s.shown()}" for s in found)
        return (
            f"A few things I'd look at:\n{lines}\n\nNothing is changed until you say; "
            f"`samantha letters proofread {letter_id} --accept 1,2` takes the ones you want."
        )
