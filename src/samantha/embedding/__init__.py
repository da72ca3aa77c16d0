"""Sentence embeddings: the `Embedder` seam and its local implementation (all-MiniLM-L6-v2 int8 on onnxruntime)."""

from samantha.embedding.base import Embedder, EmbeddingError
from samantha.embedding.minilm import MiniLM, shared_embedder

__all__ = ["Embedder", "EmbeddingError", "MiniLM", "shared_embedder"]
