"""The one database of a companion home (SQLite now; PostgreSQL for the server arrives behind the same API)."""

from samantha.store.feelings import EpisodeRow, MoodRow
from samantha.store.memories import MemoryRow
from samantha.store.sqlite import ConversationSummary, Store, StoredTurn, StoreError, encrypt_new_homes

__all__ = [
    "ConversationSummary",
    "EpisodeRow",
    "MemoryRow",
    "MoodRow",
    "Store",
    "StoreError",
    "StoredTurn",
    "encrypt_new_homes",
]
