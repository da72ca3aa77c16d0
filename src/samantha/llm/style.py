"""A voice worth talking to, checked in her words (a link of the reply chain, llm/chain.py):

- one question at a time: after her first question, further questions are dropped;
- no lists unless asked: list markers ("1.", "-", "•") are taken off, so the items read as sentences;
- no generic therapy lines ("a difficult time for everyone involved", "it's important to remember that…");
- the person in front of her is "you": a sentence about "they" when she is talking about her person (their
  name or "the user") is dropped.
"""

from __future__ import annotations

import re

MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")
GENERIC = re.compile(
    r"\beveryone involved\b|\bit'?s important to (?:remember|note|acknowledge)\b|\bi'?m here to help\b"
    r"|\bas an ai(?: language model)?\b|\bremember to take care of yourself\b|\bseek professional help\b"
    r"|\bit'?s (?:completely |totally )?(?:understandable|normal) (?:that|for) (?:they|them|the user)\b"
    r"|\bthe user\b",
    re.IGNORECASE,
)


class StyleLink:
    name = "style"

    def __init__(self, user_name: str | None = None, lists_asked: bool = False):
        self.questions = 0
        self.lists_asked = lists_asked
        self.about_them = (
            re.compile(rf"\b{re.escape(user_name)}\b[^.!?]*\b(?:they|them|their)\b", re.IGNORECASE)
            if user_name
            else None
        )

    def check(self, sentence: str) -> str | None:
        changed = sentence
        if not self.lists_asked and MARKER.match(changed):
            changed = MARKER.sub("", changed)
        if GENERIC.search(changed) or (self.about_them and self.about_them.search(changed)):
            return ""
        if changed.rstrip().endswith("?"):
            self.questions += 1
            if self.questions > 1:
                return ""
        return None if changed == sentence else changed


def asks_for_list(text: str) -> bool:
    return bool(re.search(r"\b(?:list|steps|bullet|ideas|options|tips|ways to)\b", text, re.IGNORECASE))
