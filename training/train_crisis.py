"""Train the crisis classifier (care/crisis_model.npz): logistic regression over standardized MiniLM embeddings.

    .venv/bin/python -m training.train_crisis          # ~4 min: embedding ~60,000 sentences, then numpy

Data, all on this machine:
- positives: tests/data/care/crisis.tsv, crisis2.tsv, crisis3.tsv and crisis4.tsv (written by the Samantha team);
- hard negatives: tests/data/care/traps.tsv, traps2, traps3, traps5 and traps6 (idioms, someone else's crisis, fiction,
  work talk, sadness without danger, negations) and the sincere questions of honesty.tsv;
- everyday negatives written by other hands, when ../shared/data is there (used to train a research classifier,
  never copied into the repo):
  - the utterances of dailydialog/validation (everyday dialogue, CC BY-NC-SA 4.0);
  - the Reddit comments of goemotions/train.tsv (Apache-2.0). Real people's idioms and venting ("I'm literally
    dead", "this would piss me off") are what taught the first classifier its false alarms. Comments a rule of
    care/crisis.py fires on are left out: some are somebody's real crisis and must not be taught as "not one".
Only the training part of our sets is used (care/sets.py: a fixed 70/30 split by a hash of the text), and
goemotions/dev.tsv is never trained on, so the numbers printed here are on messages the classifier never saw.
The fresh sets (tests/data/care/fresh*.tsv), each written to be scored once as unseen data, join the training once
they have been scored (their 70 % part, like the rest); the newest one (fresh6, as of session 21) never does.

The weighting gives crises half the loss, our written traps a quarter and the everyday sentences a quarter: the
60,000 everyday sentences would otherwise drown the 300 traps that teach where the boundary is.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from samantha.care.crisis import MODEL_FILE, CrisisDetector, CrisisModel, rule_hits
from samantha.care.sets import held_out, read_set
from samantha.embedding import shared_embedder
from training.goemotions import data_dir

OUT = Path(__file__).resolve().parents[1] / "src" / "samantha" / "care" / MODEL_FILE
CACHE = Path.home() / ".cache" / "samantha" / "train_crisis.npz"
# On standardized features (each dimension scaled to unit variance over the training sentences) a stronger L2 kept
# the held-out false alarms down at the same recall: 89.5 % / 4.7 % against 79 % / 5.4 % for the raw embedding
# (session 19; the experiments are in the issue 13 notes).
STEPS, RATE, L2 = 2000, 0.5, 1e-2
CRISIS_SETS = ("crisis", "crisis2", "crisis3", "crisis4")
TRAP_SETS = ("traps", "traps2", "traps3", "traps5", "traps6", "honesty")  # traps4 is only ever measured
# Spent unseen sets: "crisis" and "trap" rows. fresh6 to fresh9 (sessions 21-23) stay out of training, as unseen
# measures of record.
# fresh14 and fresh15 (session 27, seeking the means) join: a kind the other sets hardly had.
# Session 28: every other spent set joins too (fresh10-13 and 16-20, each already scored at first sight): the
# independent set is written by other hands, and each set we wrote in a new voice was ~80 % at first sight, so
# more voices in training is worth more than more measures of the same detector. fresh6-9 stay out as the measures
# of record; fresh22 on are written after, as unseen sets.
# Session 29: fresh6-9 and fresh22-24 join as well. New rules were written from their misses, so they no longer
# measure the detector unseen; the measure of record is now each set's held-out 30 % (never trained on) and the
# sets written after the last training (fresh25 on).
SCORED_FRESH = (
    "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
    "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
    "fresh22", "fresh23", "fresh24",
)  # fmt: skip


def dailydialog() -> list[str]:
    path = data_dir() / "dailydialog" / "validation" / "dialogues.txt"
    if not path.exists():
        print(f"(no {path}: training without its everyday negatives)")
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [u.strip() for line in lines for u in line.split("__eou__") if len(u.strip()) > 8]


def goemotions(split: str) -> list[str]:
    path = data_dir() / "goemotions" / f"{split}.tsv"
    if not path.exists():
        print(f"(no {path}: training without its Reddit negatives)")
        return []
    texts = [line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [t for t in texts if t and not rule_hits(t.lower())]


def embed_cached(embedder, texts: list[str]) -> np.ndarray:
    """Embeddings, cached by sentence in ~/.cache/samantha/train_crisis.npz: the 51,000 everyday sentences take
    ~20 min on 2 cores the first time, and a retraining after new traps then takes a minute."""
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    cached: dict[str, np.ndarray] = {}
    if CACHE.exists():
        with np.load(CACHE, allow_pickle=False) as data:
            cached = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))
    missing = list(dict.fromkeys(t for t in texts if t not in cached))
    if missing:
        print(f"embedding {len(missing)} sentences not in the cache…", flush=True)
        for start in range(0, len(missing), 2000):
            chunk = missing[start : start + 2000]
            cached.update(zip(chunk, embedder.embed(chunk), strict=True))
        np.savez(CACHE, texts=np.array(list(cached)), vectors=np.array(list(cached.values()), np.float32))
    return np.array([cached[t] for t in texts], np.float64)


def texts_of(names: tuple[str, ...]) -> list[str]:
    return [t for name in names for _, t in read_set(name)]


def centroids(embedder, names: tuple[str, ...]) -> dict[str, np.ndarray]:
    """The unit-length mean embedding of each kind's training crises: a classifier-only hit takes the nearest."""
    rows = [(k, t) for name in names for k, t in read_set(name) if not held_out(t)]
    x = embedder.embed([t for _, t in rows])
    result = {}
    for kind in sorted({k for k, _ in rows}):
        mean = x[[i for i, (k, _) in enumerate(rows) if k == kind]].mean(axis=0)
        result[kind] = mean / np.linalg.norm(mean)
    return result


def train(x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> tuple[np.ndarray, float]:
    """Full-batch gradient descent on the weighted logistic loss (sklearn would add a dependency). `x` is
    standardized."""
    w, b = np.zeros(x.shape[1]), 0.0
    weight = weight / weight.sum()
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * weight
        w -= RATE * (x.T @ g + L2 * w)
        b -= RATE * float(g.sum())
    return w, b


def report(detector: CrisisDetector, everyday_dev: list[str]) -> None:
    """The whole detector (rules, classifier, thresholds) on what the classifier never saw."""
    crisis = [(k, t) for name in CRISIS_SETS for k, t in read_set(name) if held_out(t)]
    traps = [t for t in texts_of(TRAP_SETS) if held_out(t)]
    readings = [(k, detector.read(t)) for k, t in crisis]
    found = [(k, r) for k, r in readings if r.crisis]
    right_kind = sum(k in r.kinds for k, r in found)
    alarms = sum(detector.read(t).crisis for t in traps)
    print(f"held-out crises found: {len(found)}/{len(crisis)} = {len(found) / len(crisis):.1%}")
    print(f"  … of those, answered as their own kind: {right_kind}/{len(found)}")
    print(f"held-out traps alarmed: {alarms}/{len(traps)} = {alarms / len(traps):.1%}")
    if everyday_dev:
        everyday_alarms = [t for t in everyday_dev if detector.read(t).crisis]
        print(
            f"GoEmotions dev (Reddit, other hands; rule-free comments): {len(everyday_alarms)}/{len(everyday_dev)}"
            f" = {len(everyday_alarms) / len(everyday_dev):.2%} alarmed"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="train and report, keep the shipped model")
    args = parser.parse_args()
    embedder = shared_embedder()
    fresh = [(k, t) for name in SCORED_FRESH for k, t in read_set(name) if not held_out(t)]
    pos = [t for t in texts_of(CRISIS_SETS) if not held_out(t)] + [t for k, t in fresh if k == "crisis"]
    hard = [t for t in texts_of(TRAP_SETS) if not held_out(t)] + [t for k, t in fresh if k == "trap"]
    easy = dailydialog() + goemotions("train")
    print(f"embedding {len(pos)} crises, {len(hard)} traps, {len(easy)} everyday sentences…", flush=True)
    x = embed_cached(embedder, pos + hard + easy)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    y = np.array([1.0] * len(pos) + [0.0] * (len(hard) + len(easy)))
    weight = np.concatenate(
        [np.full(len(pos), 0.5 / len(pos)), np.full(len(hard), 0.25 / len(hard))]
        + ([np.full(len(easy), 0.25 / len(easy))] if easy else [])
    )
    w, b = train((x - mean) / scale, y, weight)
    model = CrisisModel(w, b, embedder, mean=mean, scale=scale, centroids=centroids(embedder, CRISIS_SETS))
    if not args.no_write:
        model.save(OUT)
        print(f"wrote {OUT}")
    report(CrisisDetector(model=model), goemotions("dev"))


if __name__ == "__main__":
    main()
