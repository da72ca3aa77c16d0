"""The letter studio: the one API the CLI, the chat skill and the tests use.

It owns no storage of its own (store/letters.py) and no writing of its own (draft.py): it ties the client's
memory, the brain, the voice measure, the proofreader and the renderers together, and records every version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from samantha.letters import draft as drafting
from samantha.letters import revise as revising
from samantha.letters.book import Chapter, check_epub, write_epub, write_pdf
from samantha.letters.hand import Letter, layout, split_letter
from samantha.letters.proofread import Taste, proofread
from samantha.letters.render import to_pdf, to_png
from samantha.letters.shape import prose
from samantha.letters.suggestion import Suggestion, apply
from samantha.letters.voice import VoiceMatch, match
from samantha.store import Store
from samantha.store.letters import ClientRow, LetterRow, RecipientRow

MAX_SAMPLE = 20_000  # characters of one writing sample kept (a voice shows in a few paragraphs)
MAX_NOTES = 8_000
# A draft is written again, at most this many times in all, while it is not clearly in the client's voice, and the
# one most distinctly theirs is kept. On the 50 logged drafts (benchmarks/letters.py --replay), one draft was closer
# to its own client's samples 66 % of the time, the better of two 82 %, the best of three 91 %; against the clients'
# held-out letters, which the studio never sees, 34 %, 44 % and 51 %: the choice moves drafts toward the person, not
# only toward the measure (session 28).
DRAFTS_AT_MOST = 3
CLEAR_LEAD = 0.05  # nearer their own samples than anyone else's by this much: no second draft


class StudioError(ValueError):
    """Something the writer can fix: an unknown letter, a missing consent, empty notes."""


@dataclass
class Result:
    letter_id: int
    version: int
    text: str
    voice: VoiceMatch | None
    cut: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)
    diff: str = ""
    drafts_written: int = 1  # the brain's drafts this one was chosen from, by voice

    def as_record(self) -> dict:
        return {
            "letter": self.letter_id,
            "version": self.version,
            "text": self.text,
            "voice": None
            if self.voice is None
            else {
                "own": round(self.voice.own, 3),
                "others": {k: round(v, 3) for k, v in self.voice.others.items()},
                "closest_is_own": self.voice.closest_is_own,
                "notes": self.voice.notes,
            },
            "cut": self.cut,
            "concerns": self.concerns,
            "diff": self.diff,
            "drafts_written": self.drafts_written,
        }


class Studio:
    def __init__(self, store: Store, clock: Callable[[], datetime], brain: drafting.Brain | None = None) -> None:
        self.store, self.clock, self.brain = store, clock, brain

    # people

    def client(self, name: str, create: bool = True) -> ClientRow:
        name = " ".join(name.split())
        if not name:
            raise StudioError("a client needs a name")
        found = self.store.client_named(name)
        if found is None:
            if not create:
                raise StudioError(f"no client called {name!r}: add them with `samantha letters client add {name}`")
            with self.store.transaction() as db:
                found = self.store.add_client(db, name, self.clock())
        return found

    def recipient(self, client: ClientRow, name: str, relation: str = "") -> RecipientRow:
        name = " ".join(name.split())
        if not name:
            raise StudioError("a letter needs someone to go to")
        found = self.store.recipient_named(client.id, name)
        with self.store.transaction() as db:
            if found is None:
                found = self.store.add_recipient(db, client.id, name, relation, self.clock())
            elif relation and relation != found.relation:
                self.store.set_relation(db, found.id, relation)
                found = RecipientRow(found.id, found.client_id, found.name, relation)
        return found

    def add_sample(self, client_name: str, text: str) -> tuple[int, bool]:
        """Keep a sample of the client's own writing; returns (id, whether it was cut to MAX_SAMPLE)."""
        text = text.replace("\x00", "").strip()
        if not text:
            raise StudioError("the sample is empty")
        client = self.client(client_name)
        with self.store.transaction() as db:
            sample_id = self.store.add_voice_sample(db, client.id, text[:MAX_SAMPLE], "sample", self.clock())
        return sample_id, len(text) > MAX_SAMPLE

    def add_fact(self, client_name: str, text: str, to: str | None = None, kind: str = "fact") -> int:
        if kind not in ("fact", "history", "words", "occasion"):
            raise StudioError("a fact's kind is one of: fact, history, words, occasion")
        if not text.strip():
            raise StudioError("the fact is empty")
        client = self.client(client_name)
        recipient = self.recipient(client, to) if to else None
        with self.store.transaction() as db:
            return self.store.add_letter_fact(
                db, client.id, recipient.id if recipient else None, kind, text, self.clock()
            )

    def forget_client(self, name: str) -> bool:
        client = self.store.client_named(name)
        if client is None:
            return False
        with self.store.transaction() as db:
            self.store.forget_client(db, client.id)
        return True

    # letters

    def draft(
        self,
        client_name: str,
        to: str,
        occasion: str = "",
        notes: str = "",
        relation: str = "",
        anyway: bool = False,
        turn_id: int | None = None,
    ) -> Result:
        """`turn_id`: the chat message the notes came from ("forget that" then takes the letter with it)."""
        notes = notes.replace("\x00", "").strip()[:MAX_NOTES]
        worries = drafting.concerns(notes)
        if worries and not anyway:
            raise StudioError(" ".join(worries) + " (Say so and I'll write it as asked: --anyway.)")
        client = self.client(client_name)
        recipient = self.recipient(client, to, relation)
        made, voice, written = self._in_their_voice(client, self._brief(client, recipient, occasion, notes))
        with self.store.transaction() as db:
            letter_id = self.store.add_letter(db, client.id, recipient.id, occasion, notes, self.clock(), turn_id)
            version = self.store.add_version(db, letter_id, made.text, "first draft", self.clock(), turn_id)
        return Result(letter_id, version, made.text, voice, made.cut, worries, drafts_written=written)

    def _in_their_voice(
        self, client: ClientRow, brief: drafting.Brief
    ) -> tuple[drafting.Draft, VoiceMatch | None, int]:
        """(the draft most distinctly in the client's voice, its voice match, how many were written): another is
        written only while the best so far is not clearly theirs (DRAFTS_AT_MOST, CLEAR_LEAD)."""
        best: tuple[drafting.Draft, VoiceMatch | None] | None = None
        written = 0
        while written < DRAFTS_AT_MOST:
            try:
                made = drafting.write(self.brain, brief)
            except drafting.DraftError:
                if best is None:
                    raise
                break  # a later try failed: the earlier draft stands
            written += 1
            voice = self.voice(client.id, made.text)
            if best is None or (voice is not None and best[1] is not None and voice.lead > best[1].lead):
                best = (made, voice)
            if best[1] is None or not best[1].others or best[1].lead >= CLEAR_LEAD:
                break  # theirs, or no other client's voice to be mistaken for
        assert best is not None
        return best[0], best[1], written

    def revise(self, letter_id: int, instruction: str, turn_id: int | None = None) -> Result:
        letter, client, recipient = self._letter(letter_id)
        current = self.text(letter_id)
        brief = self._brief(client, recipient, letter.occasion, letter.notes)
        made = revising.revise(self.brain, current, instruction, brief)
        return self._new_version(letter, client, made.text, instruction.strip(), made.cut, turn_id)

    def edit(self, letter_id: int, text: str, asked: str = "edited by hand") -> Result:
        letter, client, _ = self._letter(letter_id)
        if not text.strip():
            raise StudioError("the new text is empty")
        return self._new_version(letter, client, text.strip(), asked, [])

    def _new_version(
        self, letter: LetterRow, client: ClientRow, text: str, asked: str, cut: list[str], turn_id: int | None = None
    ) -> Result:
        earlier = self.store.versions(letter.id)
        before = earlier[-1].text if earlier else ""
        with self.store.transaction() as db:
            version = self.store.add_version(db, letter.id, text, asked, self.clock(), turn_id)
        return Result(letter.id, version, text, self.voice(client.id, text), cut, diff=drafting.diff(before, text))

    def text(self, letter_id: int, version: int | None = None) -> str:
        versions = self.store.versions(letter_id)
        if not versions:
            raise StudioError(f"no letter {letter_id}: `samantha letters list` shows them")
        if version is None:
            return versions[-1].text
        for v in versions:
            if v.number == version:
                return v.text
        raise StudioError(f"letter {letter_id} has versions 1 to {versions[-1].number}")

    def diff(self, letter_id: int, old: int, new: int) -> str:
        return drafting.diff(self.text(letter_id, old), self.text(letter_id, new))

    def accept(self, letter_id: int) -> None:
        """The client took it: it becomes part of their voice."""
        _, client, _ = self._letter(letter_id)
        with self.store.transaction() as db:
            self.store.set_letter_status(db, letter_id, "accepted")
            self.store.add_voice_sample(db, client.id, self.text(letter_id), "accepted", self.clock())

    def consent(self, letter_id: int, given: bool = True) -> None:
        """The client's consent to this letter's publication in a book, recorded with its date (or withdrawn)."""
        self._letter(letter_id)
        with self.store.transaction() as db:
            self.store.set_consent(db, letter_id, self.clock() if given else None)

    # proofreading

    def proofread(self, letter_id: int) -> list[Suggestion]:
        letter, client, recipient = self._letter(letter_id)
        known = {w.lower() for w in (client.name + " " + recipient.name + " " + letter.notes).split()}
        return proofread(
            self.text(letter_id), frozenset(w.strip(".,;:!?\"'()") for w in known), Taste(self.store.proof_choices())
        )

    def answer(self, letter_id: int, suggestions: list[Suggestion], accepted: list[bool]) -> Result | None:
        """His answers to suggestions: every answer is remembered (his taste); accepted fixes make a new version."""
        with self.store.transaction() as db:
            for s, yes in zip(suggestions, accepted, strict=True):
                self.store.add_proof_choice(db, s.rule, s.original, s.replacement or "", yes, self.clock())
        taken = [s for s, yes in zip(suggestions, accepted, strict=True) if yes and s.replacement is not None]
        if not taken:
            return None
        letter, client, _ = self._letter(letter_id)
        return self._new_version(letter, client, apply(self.text(letter_id), taken), "proofread", [])

    # voice

    def voice(self, client_id: int, text: str) -> VoiceMatch | None:
        own = self._samples(client_id)
        if not own:
            return None
        others = {c.name: self._samples(c.id) for c in self.store.clients() if c.id != client_id}
        return match(prose(text), own, others)

    def _brief(self, client: ClientRow, recipient: RecipientRow, occasion: str, notes: str) -> drafting.Brief:
        facts = tuple(f.text for f in self.store.letter_facts(client.id, recipient.id))
        return drafting.Brief(
            client.name, recipient.name, recipient.relation, occasion, notes, facts, tuple(self._samples(client.id))
        )

    def _samples(self, client_id: int) -> list[str]:
        return self.store.voice_samples(client_id)

    # paper and books

    def render(
        self, letter_id: int, pdf: Path | None = None, png: Path | None = None, hand: str = "script", paper: str = "a4"
    ) -> list[Path]:
        letter, client, _ = self._letter(letter_id)
        shape = layout(Letter(self.text(letter_id), dated=letter.created_at.date()), hand=hand, paper=paper)
        written = []
        if pdf:
            written.append(to_pdf(shape, pdf, title=f"A letter from {client.name}"))
        if png:
            written += to_png(shape, png)
        return written

    def book(
        self, letter_ids: list[int], title: str, author: str, pdf: Path | None = None, epub: Path | None = None
    ) -> list[Path]:
        if not letter_ids:
            raise StudioError("choose the letters for the book (--select 1,2,5)")
        chapters = []
        for letter_id in letter_ids:
            letter, client, recipient = self._letter(letter_id)
            if letter.consent_at is None:
                raise StudioError(
                    f"letter {letter_id} ({client.name} to {recipient.name}) has no recorded consent from "
                    f"{client.name}: `samantha letters consent {letter_id}` once they have agreed"
                )
            salutation, paragraphs, closing = split_letter(self.text(letter_id))
            chapters.append(
                Chapter(
                    f"For {recipient.name}, from {client.name}",
                    letter.occasion,
                    ([salutation] if salutation else []) + paragraphs,
                    closing,
                )
            )
        written = []
        if pdf:
            written.append(write_pdf(title, author, chapters, pdf))
        if epub:
            path = write_epub(title, author, chapters, epub, f"urn:samantha:book:{'-'.join(map(str, letter_ids))}")
            problems = check_epub(path)
            if problems:
                raise StudioError("the EPUB did not pass its checks: " + "; ".join(problems[:5]))
            written.append(path)
        return written

    def _letter(self, letter_id: int) -> tuple[LetterRow, ClientRow, RecipientRow]:
        letter = self.store.letter(letter_id)
        if letter is None:
            raise StudioError(f"no letter {letter_id}: `samantha letters list` shows them")
        client, recipient = self.store.client(letter.client_id), self.store.recipient(letter.recipient_id)
        assert client is not None and recipient is not None  # both cascade-delete their letters
        return letter, client, recipient
