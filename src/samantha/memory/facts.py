"""Facts from plain statements, by rule (no LLM): "my sister Clara lives in Lisbon", "I moved to Porto".

A fact has a subject ("sister clara", "me") and an attribute ("lives in"); a new value for the same pair
supersedes the old fact (memory keeps both, the old one closed). The rules are few and precise on purpose: a
missed fact is still an episode and found by search, while a wrong fact would be stated with confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RELATIONS = (
    "sister|brother|mom|mum|mother|dad|father|wife|husband|partner|boyfriend|girlfriend|fiancée|fiancee|fiance|"
    "best friend|friend|son|daughter|boss|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|dog|cat|"
    "roommate|neighbour|neighbor|therapist|doctor"
)
VERBS = {
    "lives in": "lives in",
    "moved to": "lives in",
    "works at": "works at",
    "works for": "works at",
    "works as": "works as",
    "is called": "is called",
    "is named": "is called",
}
MY_VERBS = {
    "live in": ("lives in", "live in"),
    "moved to": ("lives in", "live in"),
    "just moved to": ("lives in", "live in"),
    "work at": ("works at", "work at"),
    "work for": ("works at", "work at"),
    "work as": ("works as", "work as"),
    "started working at": ("works at", "work at"),
}
VALUE = r"([A-Za-z0-9][\w'&\- ]{0,40}?)"
END = (
    r"(?=\s*(?:[.,!?;]|$|\b(?:and|but|now|since|with|because|last|this|next|yesterday|today|ago|recently|"
    r"in \d{4}|a (?:few|couple)|for)\b))"
)
THEIR = re.compile(rf"\bmy ({RELATIONS})(?:,? ([A-Z][a-z]+),?)? ({'|'.join(VERBS)}) {VALUE}{END}", re.IGNORECASE)
MINE = re.compile(rf"\bI(?:'ve| have)? ({'|'.join(sorted(MY_VERBS, key=len, reverse=True))}) {VALUE}{END}", re.I)
NAME = re.compile(r"\b(?i:my name is) ([A-Z][a-z]+)")


@dataclass(frozen=True)
class Fact:
    subject: str  # lower case: "sister clara", "me"
    attribute: str  # "lives in", "works at", "works as", "is called", "name"
    text: str  # as she would remember it: "sister Clara lives in Lisbon", "I live in Porto"


def extract_facts(text: str) -> list[Fact]:
    facts: list[Fact] = []
    for m in THEIR.finditer(text):
        relation, name, verb, value = m.group(1).lower(), m.group(2), m.group(3).lower(), m.group(4).strip()
        who = f"{relation} {name}" if name else relation
        attribute = VERBS[verb]
        facts.append(Fact(who.lower(), attribute, f"{who} {attribute} {value}"))
    for m in MINE.finditer(text):
        attribute, said = MY_VERBS[m.group(1).lower()]
        facts.append(Fact("me", attribute, f"I {said} {m.group(2).strip()}"))
    if m := NAME.search(text):
        facts.append(Fact("me", "name", f"my name is {m.group(1)}"))
    return facts
