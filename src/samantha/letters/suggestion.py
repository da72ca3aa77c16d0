"""A proofreading suggestion: one change the writer accepts or rejects, never applied silently."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Suggestion:
    start: int  # character offsets of `original` in the text
    end: int
    original: str
    replacement: str | None  # None: a note with no fix to apply (a cliché, a sentence too long)
    rule: str  # spelling | a usage rule's name | cliche | repeated-word-nearby | long-sentence
    kind: str  # spelling | grammar | style
    reason: str

    def as_record(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "rule": self.rule,
            "kind": self.kind,
            "reason": self.reason,
        }

    def shown(self) -> str:
        if self.replacement is None:
            return f"“{self.original[:60]}”: {self.reason}"
        return f"“{self.original}” → “{self.replacement}”: {self.reason}"


def apply(text: str, suggestions: list[Suggestion]) -> str:
    """The text with the accepted suggestions applied (notes without a fix change nothing). Overlapping ones: the
    first wins, the later is skipped, so accepting two that touch the same words cannot garble them."""
    out, at = [], 0
    for s in sorted((s for s in suggestions if s.replacement is not None), key=lambda s: s.start):
        if s.start < at:
            continue
        out.append(text[at : s.start])
        out.append(s.replacement)
        at = s.end
    out.append(text[at:])
    return "".join(out)
