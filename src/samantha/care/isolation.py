"""Isolation over days: the person has talked only with her for several days and named no one else.

One message ("you're the only one who gets me") is noticed as it comes (attachment.ONLY_HER). This looks at the
days: the last ISOLATED_DAYS days they talked with her, within the last WINDOW, and whether their words on any of
them named another person (a relation, "my friend", someone memory knows by name, or plans with someone). When
none did, she asks about the people in their life once, gently, in her own words, and the brain is guided the same
way for the rest of the conversation. She asks again at most once a week.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

from samantha.store import StoredTurn

ISOLATED_DAYS = 4  # days of talking with her, all without another person named
WINDOW = timedelta(days=14)
ASK_AGAIN_AFTER = timedelta(days=7)
RECENT_TURNS = 600  # how far back the store is read (a few weeks of evenings); read once per conversation

RELATION = (
    r"mum|mom|mother|dad|father|parents?|sister|brother|sibling|wife|husband|partner|boyfriend|girlfriend|fianc[eé]e?"
    r"|ex|son|daughter|kids?|children|grand(?:ma|pa|mother|father|son|daughter)|aunt|uncle|cousin|nephew|niece"
    r"|friends?|best friend|mates?|buddy|roommate|flatmate|neighbou?r|boss|manager|colleagues?|co-?workers?|team"
    r"|therapist|doctor|teacher|coach|pastor|client|family|in-laws?"
)
SOMEONE = re.compile(
    rf"\b(?:my|our|his|her|their) (?:\w+ )?(?:{RELATION})\b"
    r"|\b(?:with|and) (?:a |some |the )?(?:friends?|family|people|guys|girls|gang|colleagues|coworkers|everyone)\b"
    r"|\bwe (?:went|had|got|met|watched|played|ate|cooked|walked|spent|are going|'re going|were out)\b"
    r"|\b(?:hung out|met up|caught up|had (?:lunch|dinner|coffee|drinks|a call)) with\b",
    re.IGNORECASE,
)
# Someone by name after a verb of contact: "called Dad", "texted Maya" (case matters: "called it a day").
CONTACT = re.compile(
    r"\b(?:called|rang|texted|phoned|visited|hugged|saw|met|messaged|emailed) "
    r"(?!(?:The|This|That|It|You|Her|Him|Them|An?|My|Your|Samantha|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b)[A-Z][a-z]+\b"
)


def brings_in_someone(text: str, known_names: Iterable[str] = ()) -> bool:
    """Do their words bring another person in? (Her, "you", does not count.)"""
    if SOMEONE.search(text) or CONTACT.search(text):
        return True
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in known_names if name)


def isolated(
    turns: list[StoredTurn], now: datetime, known_names: Iterable[str] = (), zone: tzinfo | None = None
) -> bool:
    """Have the last ISOLATED_DAYS days of talking with her (within WINDOW) named no one else? Days are the
    person's (`zone`; None: the system's time zone)."""
    names = [n for n in known_names if n]
    days: dict = {}
    for t in turns:
        if t.user_text and now - t.started_at <= WINDOW:
            day = t.started_at.astimezone(zone).date()
            days[day] = days.get(day, False) or brings_in_someone(t.user_text, names)
    last = sorted(days)[-ISOLATED_DAYS:]
    return len(last) == ISOLATED_DAYS and not any(days[d] for d in last)


def asked_lately(turns: list[StoredTurn], now: datetime) -> bool:
    return any(t.care.get("isolation") and now - t.started_at < ASK_AGAIN_AFTER for t in turns)


def question(people: list[tuple[str, str]]) -> str:
    """Her question, naming someone she knows of when she can ("Have you talked to Annie lately?")."""
    if people:
        name, relation = people[0]
        who = f"{name}, your {relation}" if relation and relation != "other" else name
        return (
            f"Can I ask you something? These last few days it's just been the two of us talking. Have you talked "
            f"to {who} lately?"
        )
    return (
        "Can I ask you something? These last few days it's just been the two of us talking. Who else is around "
        "you at the moment? I'd love to hear about them."
    )
