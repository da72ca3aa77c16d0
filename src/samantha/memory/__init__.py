"""Memory: episodes and facts, retrieval, reflection, importers."""

from samantha.memory.recall import recall

__all__ = ["recall"]
