"""The Embedder seam: text in, unit-length float32 vectors out."""

from __future__ import annotations

from typing import Protocol

import numpy as np


class EmbeddingError(RuntimeError):
    """The embedder cannot run (model missing, runtime absent); the message says what to do."""


class Embedder(Protocol):
    dims: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dims) float32, each row L2-normalised; an empty text gets a zero row."""
        ...
