"""The places that quote the person: one registry, walked by forgetting.

Her mood's reasons quote them ("you're hurting: “…”"), the prompt lines stored with each turn replay those
reasons, the first meeting keeps their first answers in the profile, imported memories keep the line before them
as context, the journal and the bond cite them. When words are forgotten, every registered column is searched for
them (whole, and clipped as `quoted()` clips them) and they are replaced.

Every text column of the schema is listed here, as quoting or not (with why): tests/test_store.py fails when a
table gains a text column that is in neither list, so new code that quotes the person must join the registry.
"""

from __future__ import annotations

import json
import sqlite3

QUOTING: dict[str, tuple[str, ...]] = {
    "turns": ("user_text", "reply_text", "meta"),  # meta: the prompt lines and notes stored with the turn (JSON)
    "profile": ("value",),  # first meeting: "about", "first_feeling"
    "emotion_episodes": ("reason",),
    "moods": ("reason",),
    "memories": ("text", "context", "subject"),
    "relationship": ("reason",),
    "milestones": ("text",),
    "trait_changes": ("reason",),
    "persona_versions": ("reason",),
    "approach_trials": ("context", "feedback"),
    "journal": ("text", "thread", "thread_quote"),
    "imports": ("source", "person"),  # a file name and a speaker's name may still be the person's words
    "reminders": ("text",),  # what they asked to be reminded of, in her words
    "audit": ("detail", "read", "undo"),  # an event's title, the request she read, the event to put back
    # The letter studio: notes said in chat, what a relationship is made of, samples, and letters made from them.
    "recipients": ("relation",),
    "letter_facts": ("text",),
    "voice_samples": ("text",),
    "letters": ("occasion", "notes"),
    "letter_versions": ("text", "asked"),  # a letter quotes its notes; "mention the lake" is their request
    "proof_choices": ("original", "suggestion"),
}
NOT_QUOTING: dict[str, tuple[str, ...]] = {  # times, kinds, labels, names of things: never their words
    "conversations": ("started_at", "ended_at", "model"),
    "turns": ("status", "started_at", "replied_at"),
    "profile": ("key", "updated_at"),
    "perceptions": ("labels",),
    "emotion_episodes": ("at", "emotion"),
    "moods": ("at",),
    "imports": ("imported_at",),
    "memories": (
        "kind",
        "speaker",
        "happened_at",
        "created_at",
        "attribute",
        "valid_from",
        "valid_to",
        "origin",
        "refs",
        "sources",
    ),
    "relationship": ("at", "stage", "event", "deltas"),
    "milestones": ("at", "kind"),
    "persona_versions": ("at", "traits", "kind"),
    "trait_changes": ("at", "trait"),
    "approach_trials": ("at", "approach"),
    "journal": ("at", "written_by"),
    "reminders": ("due_at", "rrule", "timezone", "status", "created_at", "fired_at"),
    "audit": ("at", "skill", "action", "word", "status"),
    "accounts": ("kind", "settings", "secret", "connected_at"),  # a server's address and a password, not words
    # A client's or recipient's name is a name, like a memory's speaker; forgetting a client deletes them whole.
    "clients": ("name", "created_at"),
    "recipients": ("name", "created_at"),
    "letter_facts": ("kind", "created_at"),
    "voice_samples": ("source", "created_at"),
    "letters": ("status", "consent_at", "created_at"),
    "letter_versions": ("created_at",),
    "proof_choices": ("rule", "at"),
}
SHORTEST = 12  # shorter words ("ok", "yes") are everywhere: only the rows they came from are scrubbed
CLIP = 70  # affect.appraise.quoted() clips a quote to this many characters


def fragments(text: str) -> list[str]:
    """The forms a quote of `text` can take in a column: whole and on one line, and clipped as quotes are."""
    flat = " ".join(text.split())
    if len(flat) < SHORTEST:
        return []
    forms = {flat, text.strip()}
    if len(flat) > CLIP:
        forms.add(flat[: CLIP - 1].rstrip())
    return sorted((f for f in forms if len(f) >= SHORTEST), key=len, reverse=True)


def memories_quoting(db: sqlite3.Connection, texts: list[str]) -> list[int]:
    """Ids of the memories whose text quotes any of `texts`: their vectors were made from the words, and must be
    made again from what is left once the quotes are scrubbed."""
    ids: set[int] = set()
    for text in texts:
        for fragment in fragments(text):
            ids |= {r[0] for r in db.execute("SELECT id FROM memories WHERE instr(text, ?) > 0", (fragment,))}
    return sorted(ids)


def scrub_quotes(db: sqlite3.Connection, texts: list[str], replacement: str) -> int:
    """Replace every quote of `texts` in every registered column. Returns how many cells changed."""
    changed = 0
    for text in texts:
        for fragment in fragments(text):
            for table, columns in QUOTING.items():
                for column in columns:
                    if table == "profile":  # a first-meeting answer goes into every prompt: it goes whole
                        cursor = db.execute(f"DELETE FROM profile WHERE instr({column}, ?) > 0", (fragment,))
                        changed += cursor.rowcount
                        continue
                    form, instead = fragment, replacement
                    if column == "meta":  # JSON written with ensure_ascii: quotes and accents are escaped
                        form, instead = json.dumps(fragment)[1:-1], json.dumps(replacement)[1:-1]
                    cursor = db.execute(
                        f"UPDATE {table} SET {column} = replace({column}, ?, ?) WHERE instr({column}, ?) > 0",
                        (form, instead, form),
                    )
                    changed += cursor.rowcount
    return changed
