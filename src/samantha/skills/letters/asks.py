"""What a message about a letter says: whose letter it is, to whom, for what, and what it should say.

"Can you help me with a letter? It's for a client, Roberta, to her husband Chris for their 50th anniversary. She
says he still makes her laugh every single morning." → client Roberta, to Chris (husband), "50th anniversary",
notes "She says he still makes her laugh every single morning." Sentences that only say who and what the letter
is are not notes; everything else he says is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

NAME = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
CLIENT = [
    re.compile(r"\bfor (?:a |my |one of my )?client,? (?:called |named )?" + NAME),
    re.compile(r"\b(?:client|customer)(?: of mine)?,? " + NAME),
    re.compile(r"\bletter (?:for|from) " + NAME),
    re.compile(r"\b" + NAME + r" (?:wants|needs|asked for|would like) (?:a |me to write )"),
]
RECIPIENT = [
    re.compile(r"\bto (?:her|his|their|my) (?:(?:late|dear|old|little|big|new)\s)?([a-z]+(?: [a-z]+)?),? " + NAME),
    re.compile(r"\b(?:to|for) " + NAME + r",? (?:her|his|their) ([a-z]+(?: [a-z]+)?)\b"),
    re.compile(r"\bto " + NAME),
]
OCCASION = re.compile(
    r"\b((?:\d+(?:st|nd|rd|th)|first|silver|golden|ruby|diamond) (?:wedding )?(?:anniversary|birthday)|"
    r"(?:wedding )?anniversary|birthday|wedding|retirement|graduation|engagement|condolences?|sympathy|"
    r"thank[- ]you|apology|farewell|christmas|valentine'?s(?: day)?|mother'?s day|father'?s day)\b",
    re.IGNORECASE,
)
ABOUT_THE_LETTER = re.compile(
    r"\b(?:letter|client|it'?s (?:for|to)|it is (?:for|to)|to (?:her|his|their) \w+ [A-Z]\w*|for (?:their|her|his) \w+ "
    r"(?:anniversary|birthday))\b",
    re.IGNORECASE,
)
NOT_NAMES = {"I", "It", "She", "He", "They", "We", "Can", "Could", "Would", "Please", "Help", "Dear", "My", "Her",
             "His", "Their", "The", "A", "Mum", "Mom", "Dad"}  # fmt: skip


@dataclass(frozen=True)
class LetterAsk:
    client: str = ""
    to: str = ""
    relation: str = ""
    occasion: str = ""
    notes: str = ""

    def missing(self) -> list[str]:
        return [what for what, have in (("client", self.client), ("to", self.to), ("notes", self.notes)) if not have]

    def merged(self, later: LetterAsk) -> LetterAsk:
        return replace(
            self,
            client=self.client or later.client,
            to=self.to or later.to,
            relation=self.relation or later.relation,
            occasion=self.occasion or later.occasion,
            notes=" ".join(x for x in (self.notes, later.notes) if x),
        )


def _name(match: re.Match, group: int) -> str:
    name = match.group(group)
    return "" if name.split()[0] in NOT_NAMES else name


def read_letter_ask(text: str, notes_only: bool = False) -> LetterAsk:
    """What a message says about a letter. `notes_only`: she asked for what to say, so all of it is notes."""
    if notes_only:
        return LetterAsk(notes=text.strip())
    client = to = relation = ""
    for pattern in CLIENT:
        if (m := pattern.search(text)) and (client := _name(m, 1)):
            break
    for n, pattern in enumerate(RECIPIENT):
        if m := pattern.search(text):
            name = _name(m, 2 if n == 0 else 1)
            if name and name != client:
                to = name
                relation = m.group(1) if n == 0 else (m.group(2) if n == 1 else "")
                break
    occasion = (m.group(1) if (m := OCCASION.search(text)) else "").lower()
    notes = " ".join(
        s
        for s in re.split(r"(?<=[.!?])\s+", text.strip())
        if s and not ABOUT_THE_LETTER.search(s) and not re.search(r"\bhelp me\b|\bcan you\b.*\?$", s, re.IGNORECASE)
    )
    return LetterAsk(client, to, relation, occasion, notes.strip())
