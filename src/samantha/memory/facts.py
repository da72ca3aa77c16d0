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
# Who people are to them: "my wife Catherine", "Catherine, my wife,", "Catherine is my wife", "my ex-wife Cat".
KIN = (
    rf"(?:ex-?)?(?:{RELATIONS}|ex|colleague|coworker|client|son-in-law|daughter-in-law|niece|nephew|stepson|"
    r"stepdaughter|stepmother|stepfather)"
)
PERSON = r"([A-Z][a-z]+)"
NOT_PERSON = {"I", "The", "A", "An", "My", "Our", "It", "This", "That", "She", "He", "They", "We", "And", "But", "So"}
RELATION_PATTERNS = [
    re.compile(
        rf"\b(?i:my) (?i:(?:best |little |older |younger |big |late |soon-to-be ex-|soon to be ex-)?)"
        rf"(?i:({KIN}))(?:,)? {PERSON}\b"
    ),
    re.compile(rf"\b{PERSON},? (?:is|was|'s) (?i:my) (?i:(?:best |little |older |younger |big |late )?)(?i:({KIN}))\b"),
    re.compile(rf"\b{PERSON}, (?i:my) (?i:(?:best |little |older |younger |big |late )?)(?i:({KIN}))\b"),
]
PARTING = re.compile(
    r"\b(?:getting (?:a )?divorce[d]?|divorce papers|divorcing|separat(?:ed|ing)|split up|broke up)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Fact:
    subject: str  # lower case: "sister clara", "me"
    attribute: str  # "lives in", "works at", "works as", "is called", "name"
    text: str  # as she would remember it: "sister Clara lives in Lisbon", "I live in Porto"


def extract_facts(text: str, before: str = "") -> list[Fact]:
    """The facts in one message; `before` is their previous message, for "She's my wife." after one that named
    Catherine (the ./scripts/run tryout: "Catherine and I are getting divorced" then "She's my wife. We grew up
    together." left no relation, so nothing stopped a small brain calling Catherine his ex-husband)."""
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
    facts += extract_relations(text) or referred_relation(text, before)
    return facts


REFERRED = re.compile(
    rf"^\W*(?i:she|he)(?:'s| is| was) (?i:my) (?i:(?:best |little |older |younger |big |late )?)(?i:({KIN}))\b"
)


def refers_back(text: str) -> bool:
    """ "She's my wife.": a relation whose person is in their previous message."""
    return bool(REFERRED.match(text))


def referred_relation(text: str, before: str) -> list[Fact]:
    """ "She's my wife." as a fact about the one person their previous message named, if it named exactly one."""
    from samantha.memory.grounding import COMMON_CAPITALISED  # here: grounding imports this module's RELATIONS

    m = REFERRED.match(text)
    if not m or not before:
        return []
    names = {n for n in re.findall(PERSON, before) if n not in NOT_PERSON and n.lower() not in COMMON_CAPITALISED}
    if len(names) != 1:
        return []
    person, relation = names.pop(), m.group(1).lower()
    note = " (we are separating)" if PARTING.search(f"{before} {text}") and relation in PARTNERS else ""
    return [Fact(person.lower(), "relation", f"{person} is my {relation}{note}")]


def extract_relations(text: str) -> list[Fact]:
    """ "Catherine is my wife" as a fact about Catherine ("relation"), noting a divorce or separation when the same
    message speaks of one, so she can never call his wife his ex-husband."""
    found: dict[str, str] = {}
    for index, pattern in enumerate(RELATION_PATTERNS):
        for m in pattern.finditer(text):
            relation, person = (m.group(1), m.group(2)) if index == 0 else (m.group(2), m.group(1))
            if person in NOT_PERSON:
                continue
            found.setdefault(person, relation.lower())
    parting = bool(PARTING.search(text))
    facts = []
    for person, relation in found.items():
        note = " (we are separating)" if parting and relation in PARTNERS else ""
        facts.append(Fact(person.lower(), "relation", f"{person} is my {relation}{note}"))
    return facts


PARTNERS = {"wife", "husband", "partner", "boyfriend", "girlfriend", "fiancée", "fiancee", "fiance"}
