"""recall: what she brings to mind for this turn.

What she knows about her person from their first meeting (the profile), and the few memories that answer what
they just said — dated, from outside the recent conversation the prompt already holds, and only when the match
is clear: every recalled line costs prompt evaluation time before her first word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from samantha.store import Store
from samantha.turn import Turn

if TYPE_CHECKING:
    from samantha.memory.book import MemoryBook

PROFILE_FOR_PROMPT = ("name", "about")  # bookkeeping keys (e.g. onboarding) stay out
RECALLED = 3  # memories per turn at most
CLEAR_MATCH = 20.0  # fused score: about a top-10 rank in both the lexical and the semantic search


def recall(turn: Turn, store: Store, memory: MemoryBook | None, shown_turns: set[int]) -> None:
    profile = store.profile()
    turn.recollection.profile = {k: profile[k] for k in PROFILE_FOR_PROMPT if k in profile}
    if memory is None or not turn.user_text:
        return
    lines = []
    for hit in memory.search(turn.user_text, k=RECALLED * 4):
        row_turn = hit.turn_id
        if hit.score < CLEAR_MATCH or (row_turn is not None and (row_turn in shown_turns or row_turn == turn.id)):
            continue
        lines.append(hit.line())
        if len(lines) == RECALLED:
            break
    if lines:
        turn.recollection.memories = ["Things you remember that may matter now:", *lines]
