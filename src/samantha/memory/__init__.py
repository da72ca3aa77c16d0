"""Memory: episodes and facts, retrieval, reflection, importers."""

from samantha.memory.book import ImportReport, MemoryBook
from samantha.memory.recall import recall
from samantha.memory.search import MemoryHit
from samantha.memory.transcripts import TranscriptError

__all__ = ["ImportReport", "MemoryBook", "MemoryHit", "TranscriptError", "recall"]
