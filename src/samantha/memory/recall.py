"""recall: what she brings to mind for this turn.

Today: what she knows about her person from their first meeting (the profile) and the recent conversation (the
prompt builder takes it from the store). Episodic and semantic memory with hybrid retrieval land with the memory
work and fill `Recollection.memories`.
"""

from __future__ import annotations

from samantha.store import Store
from samantha.turn import Turn

PROFILE_FOR_PROMPT = ("name", "about")  # bookkeeping keys (e.g. onboarding) stay out


def recall(turn: Turn, store: Store) -> None:
    profile = store.profile()
    turn.recollection.profile = {k: profile[k] for k in PROFILE_FOR_PROMPT if k in profile}
