"""Scoring as the GoEmotions paper does: multi-label, per-label thresholds, macro-F1 over the labels."""

from __future__ import annotations

import numpy as np

GRID = np.round(np.arange(0.02, 0.91, 0.01), 2)


def f1_per_label(y: np.ndarray, probs: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    pred = probs >= thresholds
    tp = (pred & (y == 1)).sum(0)
    fp = (pred & (y == 0)).sum(0)
    fn = (~pred & (y == 1)).sum(0)
    return np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1), 0.0)


def tune_thresholds(y: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """Per label, the threshold on GRID that maximises that label's F1."""
    scores = np.stack([f1_per_label(y, probs, np.full(y.shape[1], t)) for t in GRID])  # (grid, labels)
    return GRID[scores.argmax(0)]


def cross_tuned_macro_f1(y: np.ndarray, probs: np.ndarray, seed: int = 0) -> float:
    """Tune on one half of dev, score on the other, and the other way round; mean of the two macro-F1s."""
    order = np.random.default_rng(seed).permutation(len(y))
    a, b = order[: len(y) // 2], order[len(y) // 2 :]
    out = []
    for tune, score in ((a, b), (b, a)):
        t = tune_thresholds(y[tune], probs[tune])
        out.append(f1_per_label(y[score], probs[score], t).mean())
    return float(np.mean(out))
