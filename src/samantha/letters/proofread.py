"""Proofreading a letter: spelling, grammar and usage, style. Every finding is a `Suggestion` the writer accepts
or rejects; nothing is applied silently. She learns his taste from his answers (`Taste`): a change he has
refused twice is not proposed again, a word he keeps is a word she knows, and a rule he refuses more often than
he takes goes quiet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from samantha.letters.spelling import spelling
from samantha.letters.style import LONG_SENTENCE, style
from samantha.letters.suggestion import Suggestion
from samantha.letters.usage import usage


@dataclass
class Taste:
    """What he accepted and refused before: (rule, original, suggestion, accepted) rows from the store."""

    choices: list[tuple[str, str, str, bool]] = field(default_factory=list)

    def kept_words(self) -> frozenset[str]:
        """Words he kept against a spelling suggestion: his words (names, dialect, coinages)."""
        return frozenset(o.lower() for r, o, _, a in self.choices if r == "spelling" and not a)

    def longest_sentence(self) -> int:
        """How long a sentence he lets stand: a long-sentence note he refused says a sentence that long is his
        rhythm (Ahmed writes 48 words in a breath), so only longer ones are noted again."""
        refused = [len(re.findall(r"[A-Za-z']+", o)) for r, o, _, a in self.choices if r == "long-sentence" and not a]
        return max([LONG_SENTENCE, *refused])

    def refused(self, s: Suggestion) -> bool:
        same = [
            a
            for r, o, sug, a in self.choices
            if r == s.rule and o.lower() == s.original.lower() and (sug or "") == (s.replacement or "")
        ]
        if same.count(False) >= 2 or (same and not same[-1] and s.rule == "spelling"):
            return True
        per_rule = Counter(a for r, _, _, a in self.choices if r == s.rule)
        return per_rule[False] >= 3 and per_rule[False] > 2 * per_rule[True]


def proofread(
    text: str, known: frozenset[str] = frozenset(), taste: Taste | None = None, notes: bool = True
) -> list[Suggestion]:
    """Every suggestion for `text`, in order. `known`: words of the studio (names, the notes' words), never
    flagged. Where a grammar rule and the speller both touch a word, the grammar rule speaks (it knows why)."""
    taste = taste or Taste()
    known = known | taste.kept_words()
    found = usage(text)
    taken = [(s.start, s.end) for s in found]
    for s in spelling(text, known):
        if not any(s.start < end and start < s.end for start, end in taken):
            found.append(s)
    if notes:
        found += style(text, taste.longest_sentence())
    return sorted((s for s in found if not taste.refused(s)), key=lambda s: (s.start, s.kind))
