"""The grounding check: a line the brain wrote about her person (an insight, a journal sentence, a letter's
particular) may name only what its sources contain.

What counts as a claim worth checking, because a small model invents exactly these: names (capitalised words not
at a sentence's start, and not ordinary words), relations and roles (sister, wife, dog, job…), and numbers. Each
must appear in the sources, or be one of the names allowed (hers, her person's). A relation word passes when the
sources have it or a close form of it ("divorce" for "divorced", "wife" for "ex-wife" does not pass the other way).
"""

from __future__ import annotations

import re

from samantha.memory.facts import RELATIONS

ROLES = set(RELATIONS.split("|")) | {
    "ex",
    "ex-wife",
    "ex-husband",
    "kids",
    "children",
    "baby",
    "parents",
    "family",
    "job",
    "boss",
    "colleague",
    "coworker",
    "client",
    "clients",
    "teacher",
    "student",
    "nurse",
    "doctor",
    "lawyer",
    "writer",
    "divorce",
    "divorced",
    "wedding",
    "married",
    "funeral",
    "pregnant",
    "cancer",
    "hospital",
    "school",
    "university",
    "puppy",
    "kitten",
    "hamster",
    "horse",
    "bird",
    "fish",
    "car",
    "house",
    "apartment",
}
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)?")
COMMON_CAPITALISED = {
    "i",
    "i'm",
    "i've",
    "i'd",
    "i'll",
    "ai",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "english",
    "god",
    "ok",
    "okay",
    "oh",
}


def claims(text: str) -> set[str]:
    """The names, relations and numbers a line asserts, lower-cased."""
    found: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = WORD.findall(sentence)
        for position, word in enumerate(words):
            low = word.lower().strip("'’")
            if (
                low in ROLES
                or low.rstrip("s") in ROLES
                or word[0].isdigit()
                or (word[0].isupper() and position > 0 and low not in COMMON_CAPITALISED)
            ):
                found.add(low)
    return found


def ungrounded(text: str, sources: list[str], allowed: set[str] = frozenset()) -> set[str]:
    """What `text` claims that neither the sources nor `allowed` contain."""
    said = " ".join(sources).lower()
    have = set(WORD.findall(said)) | {a.lower() for a in allowed}
    missing = set()
    for claim in claims(text):
        stem = claim.rstrip("s")
        if claim in have or stem in have or any(h.startswith(stem) and len(stem) >= 4 for h in have):
            continue
        missing.add(claim)
    return missing


def grounded(text: str, sources: list[str], allowed: set[str] = frozenset()) -> bool:
    return not ungrounded(text, sources, allowed)
