"""MemoryBook: what she remembers, as `her.memory` — remember, search, list, edit, forget, import.

Forming memories costs no LLM call: each of the person's messages becomes an episode (embedded with MiniLM,
weighted by importance and by how much feeling it carried), and plain statements about their life become facts
with validity intervals (facts.py). Forgetting is real: the memory, the words it came from, their full-text
entries and vectors are deleted, quotes of them in her mood's reasons are scrubbed, and the file is vacuumed so
the text is not left in free pages.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import numpy as np

from samantha.embedding import EmbeddingError, MiniLM, shared_embedder
from samantha.memory.answers import (
    ABOUT,
    FORGET_THAT,
    MY_NAME,
    NAME_OF,
    WHERE_I_LIVE,
    Person,
    answer_from_memory,
    people_from,
    where_they_live,
    your_name,
)
from samantha.memory.facts import extract_facts, refers_back
from samantha.memory.reflect import SAME, reflect
from samantha.memory.search import STOPWORDS, WORD, MemoryHit, VectorIndex, search
from samantha.memory.transcripts import Transcript, TranscriptError, load_json, read_transcript
from samantha.store import MemoryRow, Store, StoredTurn
from samantha.store.export import dump, is_home_export, restore
from samantha.store.quotes import memories_quoting, scrub_quotes
from samantha.turn import Turn

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]  # (done, total)
FORGOTTEN = "something you asked me to forget"


@dataclass
class ImportReport:
    memories: int
    sessions: int
    warnings: list[str] = field(default_factory=list)
    import_id: int | None = None


class MemoryBook:
    def __init__(
        self,
        store: Store,
        clock: Callable[[], datetime],
        embedder: MiniLM | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone  # the person's time zone: "yesterday" is their yesterday (None: the system's)
        self._embedder = embedder
        self._embedder_failed: str | None = None
        self.index = VectorIndex(store)
        self.residue = False  # the last forget could not empty the WAL (another reader): old text may linger

    @property
    def embedder(self) -> MiniLM | None:
        """The shared MiniLM, or None (recall falls back to words only) when its files cannot be had."""
        if self._embedder is None and self._embedder_failed is None:
            try:
                self._embedder = shared_embedder()
            except EmbeddingError as exc:
                self._embedder_failed = str(exc)
                log.warning("memory search without meaning, words only: %s", exc)
        return self._embedder

    # recall ----------------------------------------------------------------------------------------------------
    def search(self, query: str, k: int = 10) -> list[MemoryHit]:
        """The memories that best answer `query`, best first."""
        if not isinstance(query, str):
            return []
        now = self.clock().astimezone(self.zone)  # so that "today" and "yesterday" are the person's days
        return search(self.store, self.index, self.embedder, query[:2000], k, now)

    # forming ---------------------------------------------------------------------------------------------------
    def form(self, turn: Turn, speaker: str | None) -> list[MemoryRow]:
        """The memories a finished turn leaves (computed outside the turn's transaction: embedding takes ms)."""
        text = (turn.user_text or "").strip()
        if not text or turn.status not in ("complete", "interrupted") or turn.meta.get("forget"):
            return []
        reading = turn.perception.reading
        salience = 0.0
        if reading is not None:
            salience = round(min(1.0, abs(reading.valence) * (0.5 + 0.5 * max(reading.arousal, 0.0))), 3)
        rows = [
            MemoryRow(
                kind="episode",
                text=text,
                created_at=turn.started_at,
                origin="turn",
                speaker=speaker,
                happened_at=turn.started_at,
                importance=importance(text, salience),
                salience=salience,
                turn_id=turn.id,
            )
        ]
        # "She's my wife." needs their previous message; any other message doesn't, and is not made to read it
        before = ""
        if refers_back(text):
            before = next((t.user_text or "" for t in self.store.recent_turns(2) if t.id != turn.id), "")
        rows += facts_said(text, speaker, turn.started_at, turn.started_at, "turn", turn_id=turn.id, before=before)
        self._embed(rows)
        return rows

    def remember(self, db, rows: list[MemoryRow]) -> list[str]:
        """Store formed memories inside the turn's transaction; a new fact closes the one it replaces. Returns
        notes about what changed ("you used to live in Paris")."""
        notes = []
        for row in rows:
            notes += self._settle(db, row)
        return notes

    def _settle(self, db, row: MemoryRow) -> list[str]:
        """Store a memory; a fact is placed in time against the open facts on the same thing: the later one
        stays true and closes the earlier (an imported old fact arrives already closed by a newer one)."""
        old = self.store.open_facts(row.subject, row.attribute) if row.kind == "fact" else []
        self.store.add_memory(db, row)
        assert row.id is not None
        notes = []
        since = row.valid_from or row.created_at
        for fact in old:
            if fact.text.lower() == row.text.lower():
                self.store.delete_memories(db, [row.id])  # the same fact again: keep the first
                row.id = None
                break
            fact_since = fact.valid_from or fact.created_at
            if fact_since > since:  # what we learn now is older than what we knew: it was true until then
                self.store.close_fact(db, row.id, fact_since, fact.id or 0)
                continue
            self.store.close_fact(db, fact.id, since, row.id)
            notes.append(f"updated what I know: “{fact.text}” → “{row.text}”")
        return notes

    def _embed(self, rows: list[MemoryRow], progress: Progress | None = None) -> None:
        embedder = self.embedder
        if embedder is None:
            return
        texts = [f"{r.speaker}: {r.text}" if r.speaker else r.text for r in rows]
        for start in range(0, len(texts), 256):
            vectors = embedder.embed(texts[start : start + 256])
            for row, vector in zip(rows[start : start + 256], vectors, strict=True):
                row.embedding = vector
            if progress:
                progress(min(start + 256, len(texts)), len(texts))

    # import ----------------------------------------------------------------------------------------------------
    def import_file(
        self, source: str | Path | dict, progress: Progress | None = None, passphrase: str | None = None
    ) -> ImportReport:
        """A transcript (the documented format) or a whole-home export from `samantha export` (sealed ones are
        opened with `passphrase`)."""
        data, name = load_json(source, passphrase)
        if is_home_export(data):
            return self.restore(data, progress)
        return self.import_transcript(data, progress, name)

    def import_transcript(self, data: dict, progress: Progress | None = None, name: str = "dict") -> ImportReport:
        known = {ref for row in self.store.list_memories(limit=10**9) for ref in row.refs}
        transcript: Transcript = read_transcript(data, name, known)
        if not transcript.turns and not transcript.duplicates:
            raise TranscriptError(f"{name}: no turns with text to import")
        if not transcript.turns:  # all of it was imported before: nothing to do, and that is fine
            return ImportReport(0, transcript.sessions, transcript.warnings)
        now = self.clock()
        rows = [
            MemoryRow(
                kind="episode",
                text=t.text,
                created_at=now,
                origin="import",
                speaker=t.speaker,
                happened_at=t.at,
                importance=importance(t.text, 0.0),
                refs=[t.ref] if t.ref else [],
                context=t.context,
            )
            for t in transcript.turns
        ]
        episodes = len(rows)
        rows += self._imported_facts(transcript)
        self._embed(rows, progress)
        with self.store.transaction() as db:  # all or nothing
            import_id = self.store.add_import(db, name, transcript.user, now, transcript.sessions)
            for row in rows:
                row.import_id = import_id
            self.store.add_memories(db, rows[:episodes])
            for row in sorted(rows[episodes:], key=lambda r: r.valid_from or now):  # in the order they were said
                self._settle(db, row)
            kept = sum(1 for row in rows if row.id is not None)
            self.store.finish_import(db, import_id, kept)
        return ImportReport(kept, transcript.sessions, transcript.warnings, import_id)

    def _imported_facts(self, transcript: Transcript) -> list[MemoryRow]:
        """Facts from what the person themself said in an imported conversation (not the other speakers: "my
        sister lives in Lisbon" from a friend is about the friend's sister), true from when they said it."""
        if not transcript.user:
            return []
        now, user = self.clock(), transcript.user.lower()
        return [
            row
            for t in transcript.turns
            if (t.speaker or "").lower() == user
            for row in facts_said(t.text, t.speaker, t.at or now, now, "import", refs=[t.ref] if t.ref else [])
        ]

    def restore(self, data: dict, progress: Progress | None = None) -> ImportReport:
        """Bring back a whole-home export into this (empty) home, then recompute the memories' vectors."""
        with self.store.transaction() as db:
            counts = restore(db, data, self.store.schema_version)
        rows = self.store.list_memories(limit=10**9)
        self._embed(rows, progress)
        with self.store.transaction() as db:
            for row in rows:
                if row.embedding is not None and row.id is not None:
                    self.store.set_embedding(db, row.id, row.embedding)
        return ImportReport(counts.get("memories", 0), counts.get("conversations", 0))

    def export(self) -> dict[str, Any]:
        """The whole home (conversations, feelings, memories, imports) as JSON that `import_file` reads back."""
        return dump(self.store.db, self.store.schema_version)

    # audit -----------------------------------------------------------------------------------------------------
    def show(self, memory_id: int) -> MemoryRow | None:
        return self.store.memory(memory_id)

    def list(self, kind: str | None = None, limit: int = 50, offset: int = 0) -> list[MemoryRow]:
        return self.store.list_memories(kind, limit, offset)

    def edit(self, memory_id: int, text: str) -> MemoryRow:
        row = self.store.memory(memory_id)
        if row is None:
            raise KeyError(f"there is no memory {memory_id}")
        text = text.strip()
        if not text:
            raise ValueError("a memory cannot be empty; use forget to remove it")
        vector = self.embedder.embed([f"{row.speaker}: {text}" if row.speaker else text])[0] if self.embedder else None
        with self.store.transaction() as db:
            self.store.edit_memory(db, memory_id, text, vector)
        return self.store.memory(memory_id)  # type: ignore[return-value]

    def reflect(self, conversation_id: int, model, who: str | None) -> list[MemoryRow]:
        """Insights from one conversation's memories (see reflect.py), embedded and stored; near-copies skipped."""
        memories = self.store.memories_of_conversation(conversation_id)
        found = reflect(memories, model, who or "them", self.clock())
        self._embed(found)
        kept = [row for row in found if not self._known_insight(row)]
        if kept:
            with self.store.transaction() as db:
                self.store.add_memories(db, kept)
        return kept

    def _known_insight(self, row: MemoryRow) -> bool:
        if row.embedding is None:
            return any(r.text.lower() == row.text.lower() for r in self.store.insights())
        return any(
            r.embedding is not None and float(r.embedding @ row.embedding) >= SAME for r in self.store.insights()
        )

    def containing(self, words: str) -> list[MemoryRow]:
        """The memories that contain every content word of `words` (a word may go on: "divorce" finds
        "divorced"): what `forget --matching` offers to take. Literal on purpose: forgetting by meaning would
        take memories the person never meant ("Do you feel anything?" for "divorce")."""
        wanted = [w for w in WORD.findall(words.lower()) if w not in STOPWORDS] or WORD.findall(words.lower())
        if not wanted:
            return []
        # letters may follow ("divorced"), digits may not: "room 4" is not "room 40" (the kill -9 run found it)
        patterns = [re.compile(rf"\b{re.escape(w)}(?!\d)", re.IGNORECASE) for w in wanted]
        found, offset = [], 0
        while batch := self.store.list_memories(limit=1000, offset=offset):
            found += [r for r in batch if all(p.search(r.text) for p in patterns)]
            offset += len(batch)
        return found

    def forget(self, memory_ids: list[int]) -> int:
        """Forget these memories for real, with the person's words they came from and every quote of them
        (store/quotes.py). Returns how many went; `self.residue` says whether old text may linger in the WAL."""
        rows = self.store.memories_by_id(memory_ids)
        if not rows:
            return 0
        turn_ids = sorted({r.turn_id for r in rows.values() if r.turn_id is not None})
        self._forget(turn_ids, list(rows), [r.text for r in rows.values()])
        return len(rows)

    def _forget(self, turn_ids: list[int], memory_ids: list[int], texts: list[str]) -> None:
        said = [t.user_text for t in (self.store.get_turn(i) for i in turn_ids) if t is not None and t.user_text]
        with self.store.transaction() as db:
            self.store.scrub_turns(db, turn_ids, FORGOTTEN)  # her mood's reasons quoted those words
            quoting = [i for i in memories_quoting(db, said + texts) if i not in set(memory_ids)]
            scrub_quotes(db, said + texts, FORGOTTEN)  # … and so did later prompt lines, the profile, contexts
            self.store.delete_memories(db, memory_ids)
            self.store.delete_turns(db, turn_ids)  # cascades to the turn's other memories and perception
            rewritten = list(self.store.memories_by_id(quoting).values())
            self._embed(rewritten)  # a vector made from forgotten words would still place the memory by them
            for row in rewritten:
                if row.embedding is not None and row.id is not None:
                    self.store.set_embedding(db, row.id, row.embedding)
        self.residue = not self.store.wipe_free_pages()
        self.store.refresh_backups()  # older backups held those words: they go, a fresh one is taken

    # answers only memory can give -----------------------------------------------------------------------------
    def people(self) -> list[Person]:
        """Who the people in their life are to them, from what they said ("Catherine", "wife")."""
        return people_from([f.text for f in self.store.current_facts("relation")])

    def answer(self, turn: Turn, previous: StoredTurn | None, user_name: str | None) -> str | None:
        """'Forget that', or a question about their life only memory can answer truthfully (memory/answers.py);
        None lets the turn go on to the brain."""
        text = turn.user_text or ""
        if FORGET_THAT.match(text) and previous is not None and previous.user_text:
            forgotten = self.forget_turn(previous.id)
            turn.meta["forget"] = {"turn": previous.id, "memories": forgotten}
            return "Okay. I've let that go; it's not in my memory anymore."
        if MY_NAME.search(text):
            return your_name(user_name)
        if WHERE_I_LIVE.search(text):
            return where_they_live([f.text for f in self.store.current_facts("lives in")])
        if not (NAME_OF.search(text) or ABOUT.search(text)):
            return None
        hits = [h for h in self.search(text, k=12) if h.turn_id != turn.id]
        return answer_from_memory(text, self.people(), hits, user_name)

    def forget_turn(self, turn_id: int) -> int:
        """'Forget that': everything remembered from one of their messages, and the message itself."""
        rows = self.store.memories_of_turn(turn_id)
        self._forget([turn_id], [r.id for r in rows], [r.text for r in rows])
        return len(rows)


def importance(text: str, salience: float) -> float:
    """How much a memory is likely to matter: personal, eventful, felt. Cheap rules, 0.1 … 1.0."""
    low = f" {text.lower()} "
    score = 0.3 + 0.4 * salience
    if any(w in low for w in (" i ", " i'm ", " my ", " me ", " we ")):
        score += 0.1
    if any(w in low for w in (" died", " born", " married", " divorce", " moved", " new job", " pregnant", " diagnos")):
        score += 0.3
    if len(text) > 80:
        score += 0.05
    if len(text) < 12:
        score -= 0.15
    return round(float(np.clip(score, 0.1, 1.0)), 3)


def memory_to_json(row: MemoryRow) -> dict[str, Any]:
    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    return {
        "id": row.id,
        "kind": row.kind,
        "text": row.text,
        "speaker": row.speaker,
        "happened_at": iso(row.happened_at),
        "created_at": iso(row.created_at),
        "subject": row.subject,
        "attribute": row.attribute,
        "valid_from": iso(row.valid_from),
        "valid_to": iso(row.valid_to),
        "superseded_by": row.superseded_by,
        "importance": row.importance,
        "salience": row.salience,
        "origin": row.origin,
        "turn_id": row.turn_id,
        "import_id": row.import_id,
        "refs": row.refs,
        "sources": row.sources,
        "context": row.context,
    }


def facts_said(
    text: str,
    speaker: str | None,
    said_at: datetime,
    now: datetime,
    origin: str,
    turn_id: int | None = None,
    refs: list[str] | None = None,
    before: str = "",
) -> list[MemoryRow]:
    """The facts in one message (memory/facts.py rules), each true from when it was said; `before` is their
    previous message ("She's my wife." after one that named her)."""
    return [
        MemoryRow(
            kind="fact",
            text=fact.text,
            created_at=now,
            origin=origin,
            speaker=speaker,
            happened_at=said_at,
            subject=fact.subject,
            attribute=fact.attribute,
            valid_from=said_at,
            importance=0.8,
            turn_id=turn_id,
            refs=refs or [],
        )
        for fact in extract_facts(text, before)
    ]
