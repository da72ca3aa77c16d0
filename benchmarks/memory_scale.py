"""Memory at scale: 10k, 100k and 1M synthetic memories — search latency, write rate, database size.

    .venv/bin/python benchmarks/memory_scale.py [--sizes 10000,100000,1000000] [--queries 200]

Memories are synthetic sentences from a 5,000-word vocabulary (Zipf-distributed, like real text). Their vectors
are random unit vectors, because embedding a million sentences would take hours here. The benchmark measures the
store and the search, not the embedder: the write rate is rows per second into SQLite (FTS index and vector blob
included). Search is `MemoryBook.search` end to end, measured two ways: "retrieval" with the query's vector
already computed (as in a turn, where the emotion reader's MiniLM run on the same text leaves it in the
embedder's cache), and "cold" with the query embedded by the real MiniLM first.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from samantha.embedding import shared_embedder
from samantha.memory import MemoryBook
from samantha.store import MemoryRow, Store

VOCABULARY = 5_000
BATCH = 10_000


def words(rng: np.random.Generator) -> list[str]:
    syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "pel", "dri", "sun", "mar", "ol", "ny", "ber", "zu", "ach"]
    out = set()
    while len(out) < VOCABULARY:
        out.add("".join(rng.choice(syllables, size=rng.integers(2, 5))))
    return sorted(out)


def fill(store: Store, count: int, rng: np.random.Generator, vocab: list[str]) -> float:
    """Insert `count` synthetic memories; returns rows per second."""
    zipf = 1.0 / np.arange(1, VOCABULARY + 1)
    zipf /= zipf.sum()
    start_time = datetime(2020, 1, 1, tzinfo=UTC)
    elapsed = 0.0
    for start in range(0, count, BATCH):
        n = min(BATCH, count - start)
        vectors = rng.standard_normal((n, 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        lengths = rng.integers(6, 20, size=n)
        picks = rng.choice(VOCABULARY, size=int(lengths.sum()), p=zipf)
        rows, offset = [], 0
        for i in range(n):
            text = " ".join(vocab[j] for j in picks[offset : offset + lengths[i]])
            offset += lengths[i]
            when = start_time + timedelta(minutes=int(start + i))
            rows.append(
                MemoryRow(
                    kind="episode",
                    text=text,
                    created_at=when,
                    origin="import",
                    happened_at=when,
                    refs=[f"S{start + i}"],
                    embedding=vectors[i],
                )
            )
        began = time.perf_counter()
        with store.transaction() as db:
            store.add_memories(db, rows)
        elapsed += time.perf_counter() - began
    return count / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    vocab = words(rng)
    embedder = shared_embedder()
    print(
        "| memories | write rows/s | retrieval p50 / p95 ms | cold (with query embedding) p50 / p95 ms | "
        "just after a new memory p50 ms | db MB |"
    )
    print("|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "samantha.db")
            rate = fill(store, size, rng, vocab)
            book = MemoryBook(store, clock=lambda: datetime(2026, 1, 1, tzinfo=UTC), embedder=embedder)
            queries = [" ".join(rng.choice(vocab, size=6)) for _ in range(args.queries)]
            book.search(queries[0], k=10)  # loads the vector matrix once, as a running companion has
            cold, warm = [], []
            for query in queries:
                began = time.perf_counter()
                book.search(query, k=10)  # first time: MiniLM embeds the query
                cold.append((time.perf_counter() - began) * 1000)
                began = time.perf_counter()
                book.search(query, k=10)  # the query vector is now in the embedder's cache
                warm.append((time.perf_counter() - began) * 1000)
            fresh = []  # a turn's case: she has just remembered something, then searches
            for query in queries[:20]:
                row = MemoryRow(kind="episode", text=query, created_at=datetime(2026, 1, 1, tzinfo=UTC), origin="turn")
                row.embedding = embedder.embed([query])[0]
                with store.transaction() as db:
                    store.add_memory(db, row)
                began = time.perf_counter()
                book.search(query, k=10)
                fresh.append((time.perf_counter() - began) * 1000)
            cold.sort()
            warm.sort()
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            size_mb = sum(p.stat().st_size for p in Path(tmp).glob("samantha.db*")) / 1e6
            p95 = int(0.95 * len(cold)) - 1
            print(
                f"| {size:,} | {rate:,.0f} | {statistics.median(warm):.1f} / {warm[p95]:.1f} | "
                f"{statistics.median(cold):.1f} / {cold[p95]:.1f} | {statistics.median(fresh):.1f} | {size_mb:,.0f} |",
                flush=True,
            )
            store.close()


if __name__ == "__main__":
    main()
