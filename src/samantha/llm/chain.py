"""The chain that checks her words before anyone sees or hears them.

    brain pieces → ReplyCleaner (role tokens, recited instructions) → whole sentences → each link in order

The cleaner keeps the stream live character by character. After it, text is released a whole sentence at a time,
because a claim ("I'll remind you tomorrow.", "I'm a real person.") can only be judged once its sentence is
complete. Each link looks at a sentence and may keep it, replace it, or drop it; the links come from the organs
that own the policy (care/ for honesty and crisis care, skills/ for promises). A replacement is said at most once
per reply, so three promises in a row become one honest line, not three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from samantha.llm.clean import ReplyCleaner

FINISHED = re.compile(r"[.!?…:;)\]\"'”’*~]$|[\U0001F300-\U0001FAFF\u2600-\u27BF]$")  # how a sentence may end
LOST_FOR_WORDS = "Sorry, I lost my words for a moment. Could you say that again?"  # when nothing is left to say
# A sentence ends at . ! ? … before a space, or at a line break; never at a list's "1." that starts a line.
SENTENCE_END = re.compile(r"(?<!^\d)(?<!\n\d)(?<!^\d\d)(?<!\n\d\d)[.!?…]+[\"”')\]]*(?=\s)|\n")
# "Sure!" before a promise that is then replaced would contradict the honest line: it waits for its sentence.
AFFIRMATION = re.compile(
    r"^\s*(?:sure|of course|absolutely|okay|ok|yes|certainly|definitely|no problem|will do|"
    r"done|great|alright|right away)[.!,]*\s*$",
    re.IGNORECASE,
)


class Link(Protocol):
    name: str

    def check(self, sentence: str) -> str | None:
        """None keeps the sentence; a string replaces it ('' drops it)."""


@dataclass
class Change:
    link: str
    said: str  # the brain's sentence
    shown: str  # what reached the person instead ('' = dropped)


@dataclass
class ReplyChain:
    cleaner: ReplyCleaner
    links: list[Link] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    _pending: str = ""
    _said_replacements: set[str] = field(default_factory=set)
    _emitted_any: bool = False
    _held: str = ""  # an affirmation waiting for the sentence after it
    _quoting: bool = False  # inside words she offers them to say or write ("you could write: “…”")

    @property
    def stopped(self) -> bool:
        return self.cleaner.stopped

    def feed(self, piece: str) -> str:
        """Add generated text; return what is safe to show now (whole, checked sentences)."""
        self._pending += self.cleaner.feed(piece)
        cut = 0
        for match in SENTENCE_END.finditer(self._pending):
            cut = match.end()
        if not cut:
            return ""
        ready, self._pending = self._pending[:cut], self._pending[cut:]
        return self._check(ready)

    def finish(self) -> str:
        rest = self._pending + self.cleaner.finish()
        self._pending = ""
        pieces = split_sentences(rest)
        if pieces and (self._emitted_any or len(pieces) > 1) and not FINISHED.search(pieces[-1].rstrip()):
            # the token limit cut her off mid-sentence: "… post them where you usually take medication. And if you"
            # (requests.json with default, session 28). A last fragment after whole sentences is not said.
            rest = "".join(pieces[:-1])
        return self._check(rest, final=True)

    def _check(self, text: str, final: bool = False) -> str:
        out = []
        for sentence in split_sentences(text):
            if AFFIRMATION.match(sentence) and not self._held:
                self._held = sentence
                continue
            shown = self._judge(sentence)
            if self._held:  # "Sure!" stays only before a sentence that stood as the brain wrote it
                out.append(self._held if shown == sentence else "")
                self._held = ""
            out.append(shown)
        if final and self._held:
            out.append(self._held)
            self._held = ""
        joined = "".join(out)
        if not self._emitted_any:
            joined = joined.lstrip()
        self._emitted_any = self._emitted_any or bool(joined.strip())
        return joined

    def _judge(self, sentence: str) -> str:
        """The sentence as the links let it through: kept, replaced (once per reply) or dropped. Words in quotation
        marks are theirs to say, not hers: asked what to write in a wedding card, `default` offered "…I wish I could
        be there in person…", and the honesty link turned it into her own "I can't be there in person, since I'm an
        AI" inside his card (session 27)."""
        quoted = self._quoting or bool(OPENING_QUOTE.search(sentence))
        self._quoting = quoted_after(sentence, self._quoting)
        if quoted:
            return sentence
        for link in self.links:
            verdict = link.check(sentence.strip())
            if verdict is None:
                continue
            self.changes.append(Change(link.name, sentence.strip(), verdict))
            if verdict in self._said_replacements:
                verdict = ""
            self._said_replacements.add(verdict)
            return (" " + verdict) if verdict else ""
        return sentence


OPENING_QUOTE = re.compile(r"“|(?:^|(?<=[\s:(]))\"(?=\S)")


def quoted_after(sentence: str, quoting: bool) -> bool:
    """Is a quotation still open after this sentence? Curly quotes open and close; a straight one toggles."""
    for mark in re.findall(r"[“”\"]", sentence):
        quoting = True if mark == "“" else False if mark == "”" else not quoting
    return quoting


def split_sentences(text: str) -> list[str]:
    """Sentences with the whitespace before each kept on it, so joining them gives the text back."""
    parts, start = [], 0
    for match in SENTENCE_END.finditer(text):
        parts.append(text[start : match.end()])
        start = match.end()
    if text[start:]:
        parts.append(text[start:])
    return [p for p in parts if p]


def check_whole(text: str, links: list[Link]) -> tuple[str, list[Change]]:
    """Run a whole text (a sentence an organ had the brain write) through the links."""
    chain = ReplyChain(ReplyCleaner("", []), links)
    shown = chain.feed(text) + chain.finish()
    return shown, chain.changes
