"""Consent, shared by every skill that changes the world (calendar, mail): she says what will happen, and only a
yes in the person's very next message does it; no, or anything else, leaves the world as it was. Each proposal
and its outcome are written to the audit log, and `samantha audit stop` turns every yes into nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from samantha.store import Store

YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|sure|ok(?:ay)?|please do|do it|go ahead|sounds good|perfect|correct|"
    r"that'?s right|right|send it)\b",
    re.IGNORECASE,
)
NO = re.compile(r"^\W*(?:no|nope|nah|don'?t|cancel that|never ?mind|wait|stop|not now|hold on)\b", re.IGNORECASE)
LONGEST_YES = 8  # words: "yes, but make it 9" is not a plain yes
PAUSED = "actions_paused"  # profile key set by `samantha audit stop`: no skill acts until `samantha audit resume`
STOPPED = "You asked me to stop acting for you, so I won't change anything; `samantha audit resume` lets me again."


def answer(text: str) -> str | None:
    """'yes', 'no', or None (neither: the proposal lapses)."""
    if NO.search(text):
        return "no"
    if YES.search(text) and len(text.split()) <= LONGEST_YES:
        return "yes"
    return None


def paused(store: Store) -> bool:
    return store.profile().get(PAUSED) == "yes"


def propose(
    store: Store, clock: Callable[[], datetime], skill: str, action: str, detail: str, *, read: str, turn_id
) -> int:
    """Write the proposal to the audit log; returns its entry's id."""
    with store.transaction() as db:
        return store.audit(
            db,
            clock(),
            skill,
            action,
            detail,
            "she asked; waiting for your yes",
            "proposed",
            read=read,
            turn_id=turn_id,
        )


def settle(store: Store, audit_id: int, status: str) -> None:
    """A proposal's end without an action: declined (no, or it lapsed) or stopped."""
    with store.transaction() as db:
        store.set_audit_status(db, audit_id, status)
