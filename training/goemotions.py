"""GoEmotions loading, shared by the training script and the benchmark.

The dataset lives in ../shared/data/goemotions (Apache-2.0) and is never copied into the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np


def data_dir() -> Path:
    env = os.environ.get("SAMANTHA_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"


def load_split(split: str, root: Path | None = None) -> tuple[list[str], np.ndarray, list[str]]:
    """Texts, a (n, 28) 0/1 label matrix and the label names, for 'train' or 'dev'."""
    folder = (root or data_dir()) / "goemotions"
    labels = (folder / "emotions.txt").read_text().split()
    texts, rows = [], []
    for line in (folder / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
        text, ids, _ = line.split("\t")
        row = np.zeros(len(labels), dtype=np.int8)
        row[[int(i) for i in ids.split(",")]] = 1
        texts.append(text)
        rows.append(row)
    return texts, np.stack(rows), labels
