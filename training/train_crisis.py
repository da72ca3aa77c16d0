"""Train the crisis classifier (care/crisis_model.npz): logistic regression over MiniLM sentence embeddings.

    .venv/bin/python -m training.train_crisis          # ~20 s: embedding ~3,500 sentences, then numpy

Data, all on this machine:
- positives: tests/data/care/crisis.tsv (written by the Samantha team);
- hard negatives: tests/data/care/traps.tsv (idioms, someone else's crisis, fiction, work talk, quotes) and the
  sincere questions of honesty.tsv;
- easy negatives: the utterances of ../shared/data/dailydialog/validation (everyday dialogue, CC BY-NC-SA 4.0,
  used to train a research classifier, never copied into the repo), when that folder is there.
Only the training part of each set is used (care/sets.py: a fixed 70/30 split by a hash of the text), so the
held-out numbers printed here are on messages the classifier never saw. tests/data/care/fresh.tsv is never
trained on (see its header).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from samantha.care.crisis import AFTER_CONCERN, LIKELY, MODEL_FILE
from samantha.care.sets import held_out, read_set
from samantha.embedding import shared_embedder

OUT = Path(__file__).resolve().parents[1] / "src" / "samantha" / "care" / MODEL_FILE
DAILYDIALOG = Path(__file__).resolve().parents[2] / "shared" / "data" / "dailydialog" / "validation" / "dialogues.txt"
STEPS, RATE, L2 = 3000, 5.0, 1e-4


def everyday(limit: int = 4000) -> list[str]:
    if not DAILYDIALOG.exists():
        print(f"(no {DAILYDIALOG}: training without everyday negatives)")
        return []
    lines = DAILYDIALOG.read_text(encoding="utf-8").splitlines()
    utterances = [u.strip() for line in lines for u in line.split("__eou__") if len(u.strip()) > 8]
    return utterances[:limit]


def train(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Full-batch gradient descent on the class-balanced logistic loss (sklearn would add a dependency)."""
    w, b = np.zeros(x.shape[1]), 0.0
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * weight / len(y)
        w -= RATE * (x.T @ g + L2 * w)
        b -= RATE * float(g.sum())
    return w, b


def main() -> None:
    embedder = shared_embedder()
    crisis = [t for _, t in read_set("crisis")]
    traps = [t for _, t in read_set("traps")] + [t for _, t in read_set("honesty")]
    easy = everyday()
    pos = [t for t in crisis if not held_out(t)]
    neg = [t for t in traps if not held_out(t)] + [t for t in easy if not held_out(t)]
    x = embedder.embed(pos + neg).astype(np.float64)
    y = np.array([1.0] * len(pos) + [0.0] * len(neg))
    w, b = train(x, y)
    np.savez_compressed(OUT, weights=w.astype(np.float32), bias=np.float32(b))
    print(f"wrote {OUT} from {len(pos)} crises and {len(neg)} other messages")
    for name, rows in (("crisis (recall)", crisis), ("traps (false alarms)", traps), ("everyday", easy)):
        test = [t for t in rows if held_out(t)]
        if not test:
            continue
        p = 1 / (1 + np.exp(-(embedder.embed(test) @ w + b)))
        print(
            f"held-out {name:22} n={len(test):5}  classifier alone ≥{LIKELY}: {(p >= LIKELY).mean():.1%}"
            f"   ≥{AFTER_CONCERN} (after earlier worry): {(p >= AFTER_CONCERN).mean():.1%}"
        )


if __name__ == "__main__":
    main()
