"""Hybrid recall: lexical (FTS5 BM25) and semantic (MiniLM cosine) candidates, fused and weighed.

    score = ½ BM25 + ½ cosine, each min-max normalised             which words and which meaning match
            + a share of a top candidate's lead, for its neighbours the answer is often a turn or two later
          × (1 + IMPORTANCE·importance + SALIENCE·salience)       what mattered and what was felt
          × (1 + WINDOW if it happened in the asked-about time)   "last week", "in May"
          × (1 + SPEAKER if the question names who said it)       "what did Caroline research?"
          × recency (gentle: a half-life of a year)               newer memories win ties
          × SUPERSEDED for facts that are no longer true          still findable, ranked below the current ones

BM25 and cosine live on different scales; normalising each over its own candidates makes them comparable
while keeping their spread (reciprocal-rank fusion, used before, threw the spread away).
Semantic search is a matrix product over all vectors, kept in memory (new memories are appended; see
VectorIndex). At 100k memories the exact float32 product takes ~10 ms on this laptop's two cores, so from 20k
on a first pass over int8 copies (memory/quantised.py, ~3.5 ms) picks candidates that are then ordered exactly.
"""

from __future__ import annotations

import functools
import math
import os
import re
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from threadpoolctl import ThreadpoolController

from samantha.embedding import Embedder
from samantha.memory.quantised import Int8Scores
from samantha.memory.when import time_window
from samantha.store import MemoryRow, Store

CANDIDATES = 200  # from each of the two searches (100 cost 0.02 recall@10 on LoCoMo)
LEXICAL_WEIGHT, SEMANTIC_WEIGHT = 0.5, 0.5  # an even mix (0.3/0.7 either way did worse on LoCoMo)
IMPORTANCE, SALIENCE, WINDOW, SPEAKER = 0.3, 0.2, 1.0, 0.3
SUPERSEDED = 0.5
BARE_QUESTION = 0.8
NEIGHBOURS, NEIGHBOUR_SHARES = 30, (0.5, 0.25, 0.125)  # share of the lead for the turns 1, 2, 3 away
RECENCY_HALF_LIFE_DAYS = 365.0
# From this many memories the semantic search scores int8 copies first (memory/quantised.py), then orders the
# best WIDEN × k of them exactly. Below it the exact product is only a few milliseconds anyway.
APPROXIMATE_FROM, WIDEN = 20_000, 3
STOPWORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during before after above below
    to from up down in out on off over under again further then once here there when where why how all any both each
    few more most other some such no nor not only own same so than too very s t can will just don should now i me my
    myself we our ours you your yours he him his she her hers it its they them their what which who whom this that
    these those am is are was were be been being have has had having do does did doing would could ever""".split()  # noqa: SIM905
)
WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass
class MemoryHit:
    """One recalled memory. `refs` are the external ids it came from (e.g. ["D1:3"]); `when` is when it happened."""

    text: str
    score: float
    when: datetime | None
    refs: list[str] = field(default_factory=list)
    id: int = 0
    kind: str = "episode"
    speaker: str | None = None
    current: bool = True  # False for a fact that has been superseded
    turn_id: int | None = None  # the conversation turn it came from, if any

    def line(self) -> str:
        """How the memory appears in her prompt: who said it and when, their words quoted ("Theo, 1 Dec 2026:
        “My wife Catherine and I are getting divorced.”"); a fact or an insight says what it is."""
        date = self.when.strftime("%-d %b %Y") if self.when else "some time ago"
        words = " ".join(self.text.split())
        if self.kind == "insight":
            return f"{date}, what you concluded about them: {words}"
        past = " (no longer true)" if not self.current else ""
        if self.kind == "fact":
            return f"{date}, a fact they told you: “{words}”{past}"
        return f"{self.speaker or 'They'}, {date}: “{words}”"


@functools.cache
def blas_threads() -> ThreadpoolController:
    """Found once: looking the BLAS libraries up costs ~1 ms, every time a limit is set without it."""
    return ThreadpoolController()


class VectorIndex:
    """All memory vectors as one matrix, with each memory's ranking columns. New memories are appended (a turn
    adds one or two: reloading 100k vectors for them cost ~0.5 s every turn); a superseded fact re-reads its own
    row; a change to stored vectors (forget, edit, a rollback) reloads it all."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.generation = self.rewrites = -1
        self.ids = np.zeros(0, dtype=np.int64)
        self.matrix = np.zeros((0, 0), dtype=np.float32)
        self.weights: dict[int, tuple] = {}  # id → (id, importance, salience, when, valid_to, speaker)
        self._rows = np.zeros((0, 0), dtype=np.float32)  # room to grow; `matrix` is its filled part
        self.int8: Int8Scores | None = None  # the fast first pass, once there are many memories

    def refresh(self) -> None:
        if self.rewrites != self.store.index_rewrites:
            self.ids, self.matrix, weights = self.store.memory_vectors()
            self._rows, self.weights, self.int8 = self.matrix, {w[0]: w for w in weights}, None
        elif self.generation != self.store.memory_generation:
            ids, matrix, weights = self.store.memory_vectors(after=int(self.ids[-1]) if len(self.ids) else 0)
            if len(ids):
                self._append(ids, matrix)
                self.weights.update((w[0], w) for w in weights)
            changed = [i for i in self.store.reweighed if i in self.weights]  # a fact superseded: its validity
            self.weights.update((w[0], w) for w in self.store.memory_weights(changed))
        self.store.reweighed.clear()
        self.generation, self.rewrites = self.store.memory_generation, self.store.index_rewrites

    def _append(self, ids: np.ndarray, matrix: np.ndarray) -> None:
        n = len(self.ids)
        if not n:
            self.ids, self._rows, self.matrix = ids, matrix, matrix
            return
        if n + len(ids) > len(self._rows):  # grow by half again: appends stay cheap on average
            grown = np.empty((max(n + len(ids), n * 3 // 2 + 16), self.matrix.shape[1]), dtype=np.float32)
            grown[:n] = self.matrix
            self._rows = grown
        self._rows[n : n + len(ids)] = matrix
        self.ids = np.concatenate([self.ids, ids])
        self.matrix = self._rows[: n + len(ids)]
        if self.int8 is not None:
            self.int8.append(matrix)

    def ranking_columns(self, ids: list[int]) -> list[tuple]:
        """What `weigh` needs for each id: from memory when indexed, from the store for the rest (no vector)."""
        self.refresh()
        known = [self.weights[i] for i in ids if i in self.weights]
        missing = [i for i in ids if i not in self.weights]
        return known + (self.store.memory_weights(missing) if missing else [])

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        self.refresh()
        if not len(self.ids):
            return []
        vector = vector.astype(np.float32)
        k = min(k, len(self.ids))
        if len(self.ids) >= APPROXIMATE_FROM:  # int8 first pass, then the exact cosines of its best few
            if self.int8 is None:
                self.int8 = Int8Scores(self.matrix.shape[1])
                self.int8.reset(self.matrix)
            rough = self.int8.scores(vector)
            wide = min(len(rough), k * WIDEN)
            chosen = np.argpartition(-rough, wide - 1)[:wide]
            sims = self.matrix[chosen] @ vector
        else:
            # A big matrix-vector product is memory-bound and gains from every core (the reader caps BLAS at
            # one thread for its small matrices).
            with blas_threads().limit(limits=os.cpu_count(), user_api="blas"):
                sims = self.matrix @ vector
            chosen = np.arange(len(sims))
        top = np.argpartition(-sims, k - 1)[:k]
        top = top[np.argsort(-sims[top])]
        return [(int(self.ids[chosen[i]]), float(sims[i])) for i in top]


def fts_query(text: str) -> str | None:
    """The question's content words as an FTS5 OR-query (quoted: user text is never FTS syntax)."""
    words = [w for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]
    if not words:
        return None
    return " OR ".join(f'"{w}"' for w in dict.fromkeys(words))


def search(
    store: Store, index: VectorIndex, embedder: Embedder | None, query: str, k: int, now: datetime
) -> list[MemoryHit]:
    query = query.strip()
    if not query:
        return []
    match = fts_query(query)
    lexical = store.fts_memories(match, CANDIDATES) if match else []
    semantic = index.nearest(embedder.embed([query])[0], CANDIDATES) if embedder is not None else []
    fused = fuse(lexical, semantic)
    if not fused:
        return []
    # An answer often sits in the turn right after (or before) the words that match: neighbours share a little.
    # A neighbour gains a share of the lead a top candidate has over it: a turn next to a strong match rises,
    # while among memories that all match about as well (a young home) the order stays theirs.
    own = dict(fused)
    for memory_id, base in sorted(own.items(), key=lambda kv: kv[1], reverse=True)[:NEIGHBOURS]:
        for distance, share in enumerate(NEIGHBOUR_SHARES, start=1):
            for neighbour in (memory_id - distance, memory_id + distance):
                lead = base - own.get(neighbour, 0.0)
                if lead > 0:
                    fused[neighbour] = fused.get(neighbour, 0.0) + share * lead
    # A bare question ("How is the boat?", "And the job?") asks for a fact; it rarely holds one, yet it shares the
    # words of the question asked now. It keeps most of its score (the question can carry the answer: "Did your
    # son come over from Dublin?"). Measured on LoCoMo dev 0.811 → 0.813, and on our written conversations 0.807
    # → 0.825, after they had been scored once as unseen (RESULTS.md).
    for memory_id, text in store.memory_texts(list(fused)).items():
        if is_bare_question(text):
            fused[memory_id] *= BARE_QUESTION
    window = time_window(query, now)
    named = {w.lower() for w in WORD.findall(query)}
    # Rank on the light columns of every candidate, then read whole rows for the few that are returned.
    scored = [(weigh(fused[w[0]], w, window, named, now), w[0]) for w in index.ranking_columns(list(fused))]
    ranked = sorted(scored, reverse=True)[:k]
    rows = store.memories_by_id([memory_id for _, memory_id in ranked])
    return [_hit(rows[memory_id], score) for score, memory_id in ranked if memory_id in rows]


def is_bare_question(text: str) -> bool:
    text = text.strip()
    return text.endswith("?") and not re.search(r"[.!]\s", text)


def fuse(lexical: list[tuple[int, float]], semantic: list[tuple[int, float]]) -> dict[int, float]:
    """A convex combination of the two searches' scores, each min-max normalised over its own candidates (a
    memory one search did not find gets 0 from it). Unlike reciprocal-rank fusion it keeps how far apart the
    scores are: a clear winner of one search stays clearly ahead (LoCoMo recall@10: 0.796 with RRF, 0.811)."""
    fused: dict[int, float] = {}
    for weight, ranked, sign in ((LEXICAL_WEIGHT, lexical, -1.0), (SEMANTIC_WEIGHT, semantic, 1.0)):
        if not ranked:
            continue
        values = [sign * score for _, score in ranked]  # bm25 is negative: lower is better
        low, high = min(values), max(values)
        for (memory_id, _), value in zip(ranked, values, strict=True):
            share = (value - low) / (high - low) if high > low else 1.0
            fused[memory_id] = fused.get(memory_id, 0.0) + weight * share
    return fused


def weigh(base: float, weights: tuple, window, named: set[str], now: datetime) -> float:
    _, importance, salience, when, valid_to, speaker = weights
    score = base * (1 + IMPORTANCE * importance + SALIENCE * salience)
    if speaker and speaker.lower() in named:
        score *= 1 + SPEAKER
    if window is not None and when is not None and window[0] <= when < window[1]:
        score *= 1 + WINDOW
    if when is not None:
        age_days = max((now - when).total_seconds(), 0.0) / 86400
        score *= 0.9 + 0.1 * math.pow(0.5, age_days / RECENCY_HALF_LIFE_DAYS)
    if valid_to is not None:
        score *= SUPERSEDED
    return score


def _hit(row: MemoryRow, score: float) -> MemoryHit:
    return MemoryHit(
        text=row.text,
        score=round(score * 1000, 4),
        when=row.happened_at,
        refs=list(row.refs),
        id=row.id or 0,
        kind=row.kind,
        speaker=row.speaker,
        current=row.valid_to is None,
        turn_id=row.turn_id,
    )
