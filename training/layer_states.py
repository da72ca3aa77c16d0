"""Token states after MiniLM layer 4 of 6 (int8 ONNX), cached: what the emotion reader's fine-tuned layers read.

Stored ragged as one float16 matrix of all tokens plus offsets, so 43k comments fit in ~0.7 GB instead of a padded
cube. Computed by exactly the runtime that reads later, so training sees what users' text will look like.
"""

from __future__ import annotations

import hashlib
import sys
import time

import numpy as np

from samantha.config import models_dir
from samantha.embedding import shared_embedder
from samantha.embedding.minilm import MIDDLE


def middle_states(texts: list[str], name: str) -> tuple[np.ndarray, np.ndarray]:
    """(all tokens × 384 float16, offsets of n + 1): text i is tokens[offsets[i]:offsets[i + 1]]."""
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    cache = models_dir().parent / "features" / f"{name}-{MIDDLE}-{digest}.npz"
    if cache.exists():
        with np.load(cache) as data:
            return data["tokens"], data["offsets"]
    embedder = shared_embedder()
    pieces: list[np.ndarray | None] = [None] * len(texts)
    order = np.argsort([len(t) for t in texts])
    start = time.perf_counter()
    for done in range(0, len(texts), 64):
        idx = order[done : done + 64]
        states, mask = embedder.hidden_states([texts[i] for i in idx], MIDDLE)
        for row, i in enumerate(idx):
            pieces[i] = states[row, : mask[row].sum()].astype(np.float16)
        if done % (64 * 40) == 0:
            rate = (done + len(idx)) / (time.perf_counter() - start)
            print(f"\r{name}: {done + len(idx):,}/{len(texts):,} texts, {rate:.0f}/s", end="", file=sys.stderr)
    print(file=sys.stderr)
    lengths = np.array([len(p) for p in pieces])
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    tokens = np.concatenate(pieces)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, tokens=tokens, offsets=offsets)
    return tokens, offsets
