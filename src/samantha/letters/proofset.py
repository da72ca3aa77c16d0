"""The scored proofreading set (tests/data/letters/proofread.txt) and its scoring, as grammatical error
correction is scored: an edit counts when its span and its replacement both match a planted one (P, R, F0.5,
where precision weighs twice as much as recall: a wrong suggestion costs the writer more than a missed one).
Only suggestions with a fix are scored; style notes have no gold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from samantha.letters.suggestion import Suggestion

MARK = re.compile(r"\{([^}]*?)=>([^}]*?)\}")


@dataclass(frozen=True)
class Paragraph:
    text: str  # as written, errors included
    gold: frozenset[tuple[int, int, str]]  # (start, end, correction) in `text`


def read(path: Path) -> list[Paragraph]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, gold, at = "", set(), 0
        for m in MARK.finditer(line):
            text += line[at : m.start()]
            wrong, right = m.group(1), m.group(2)
            if wrong != right:
                gold.add((len(text), len(text) + len(wrong), right))
            text += wrong
            at = m.end()
        text += line[at:]
        out.append(Paragraph(text, frozenset(gold)))
    return out


def minimal(text: str, start: int, end: int, replacement: str) -> tuple[int, int, str]:
    """An edit with the words it leaves unchanged trimmed off both ends ("would of" → "would have" is "of" →
    "have"), so a gold edit and a suggestion that make the same change match however wide either was drawn."""
    old, new = text[start:end].split(" "), replacement.split(" ")
    while len(old) > 1 and len(new) > 1 and old[0].lower() == new[0].lower():
        start += len(old[0]) + 1
        old, new = old[1:], new[1:]
    while len(old) > 1 and len(new) > 1 and old[-1].lower() == new[-1].lower():
        end -= len(old[-1]) + 1
        old, new = old[:-1], new[:-1]
    return start, end, " ".join(new).lower()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, text: str, found: list[Suggestion], gold: frozenset[tuple[int, int, str]]) -> tuple[list, list]:
        edits = {minimal(text, s.start, s.end, s.replacement) for s in found if s.replacement is not None}
        g = {minimal(text, *e) for e in gold}
        hits = edits & g
        wrong = sorted(edits - hits)
        missed = sorted(g - hits)
        self.tp += len(hits)
        self.fp += len(wrong)
        self.fn += len(missed)
        return wrong, missed

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f05(self) -> float:
        p, r = self.precision, self.recall
        return 1.25 * p * r / (0.25 * p + r) if p + r else 0.0

    def line(self) -> str:
        return (
            f"P {self.precision:.3f}  R {self.recall:.3f}  F0.5 {self.f05:.3f}  "
            f"(found {self.tp}, wrong {self.fp}, missed {self.fn})"
        )
