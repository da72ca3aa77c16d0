"""A letter's shape: its opening, body and closing, and the small changes of register made by code."""

from __future__ import annotations

import re

SHORT_FORMS = {  # "I am" → "I'm": the register of a letter (usage.CONTRACTIONS is missing apostrophes)
    "I am": "I'm", "I have": "I've", "I will": "I'll", "I would": "I'd", "do not": "don't", "does not": "doesn't",
    "did not": "didn't", "cannot": "can't", "can not": "can't", "will not": "won't", "would not": "wouldn't",
    "could not": "couldn't", "is not": "isn't", "are not": "aren't", "was not": "wasn't", "you are": "you're",
    "you have": "you've", "we are": "we're", "we have": "we've", "it is": "it's", "that is": "that's",
    "have not": "haven't", "has not": "hasn't", "there is": "there's",
}  # fmt: skip


def parts(text: str) -> tuple[list[str], list[str], list[str]]:
    """(opening lines, body paragraphs, closing lines) of a letter's text."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head = paragraphs[:1] if paragraphs and len(paragraphs[0]) < 60 else []
    tail = paragraphs[-1:] if len(paragraphs) > 1 and all(len(x) < 40 for x in paragraphs[-1].split("\n")) else []
    before = paragraphs[len(head) : len(paragraphs) - len(tail)]
    if tail and before and len(before[-1].split()) <= 4 and before[-1].rstrip().endswith(","):
        tail = [before.pop(), *tail]  # "Best regards,\n\nKate": the closing line is the ending too, not body
    return head, before, tail


def prose(text: str) -> str:
    """A letter's body without its frame: what its voice is judged on. "Dear Leila," on a line of its own, "Take
    care," and "Ahmed" read as three two-word sentences, which made every draft look terse (clients' samples carry
    their greeting inside their first sentence, or none)."""
    body = parts(text)[1]
    return "\n\n".join(body) if body else text


def join(head: list[str], body: list[str], tail: list[str]) -> str:
    return "\n\n".join([*head, *[b for b in body if b.strip()], *tail])


def formality(text: str, less: bool) -> str:
    pairs = SHORT_FORMS.items() if less else ((b, a) for a, b in SHORT_FORMS.items())
    for a, b in pairs:
        text = re.sub(
            rf"\b{re.escape(a)}\b", lambda m, b=b: b[0].upper() + b[1:] if m.group(0)[0].isupper() else b, text
        )
    return text
