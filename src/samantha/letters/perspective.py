"""Notes taken in the third person, turned to the letter's own: the client is "I", the recipient "you", the two
of them "we".

He writes notes the way clients talk: "She says he still makes her laugh every single morning. Their first dance
was to Moon River." A 1.5B model shown that copies it ("Their first dance…", "stepping on his feet"). Shown
"You still make me laugh every single morning. Our first dance was to Moon River." it writes a letter. Done only
when the pronouns are unambiguous: "she"/"he" each stand for one of the two (from "she says", or from the
relation: a husband is "he"); otherwise the notes are left as they are.
"""

from __future__ import annotations

import re

HE = {"husband", "boyfriend", "son", "father", "dad", "brother", "grandfather", "grandad", "grandpa", "uncle",
      "nephew", "fiancé", "fiance", "groom"}  # fmt: skip
SHE = {"wife", "girlfriend", "daughter", "mother", "mum", "mom", "sister", "grandmother", "grandma", "nan", "aunt",
       "niece", "fiancée", "bride"}  # fmt: skip
SAYS = re.compile(r"\b(she|he) (says|said|tells me|told me|wants|would like|remembers|thinks)\b(?: that)?\s*",
                  re.IGNORECASE)  # fmt: skip
WISH = {"wants": "I want ", "would like": "I would like ", "remembers": "I remember ", "thinks": "I think "}
PARTICIPLE = re.compile(r"^\s+(?:been|got|gone|had|done|seen|made|given|always|never|just|already)\b", re.IGNORECASE)
# Words after "her"/"him" that show it is the object ("makes her laugh"), not a possessive ("her feet").
OBJECT_NEXT = re.compile(
    r"^(?:[.,;:!?]|$|laugh|smile|cry|feel|think|know|want|see|happy|sad|so|too|very|again|back|up|down|off|out|in|"
    r"on|at|to|for|with|every|each|all|more|most|when|that|and|but|or|because|since|after|before|tea|breakfast|"
    r"flowers|home)",
    re.IGNORECASE,
)
TO_BASE = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
           "wasn't": "weren't", "hasn't": "haven't"}  # fmt: skip
ADVERBS = {"still", "always", "never", "often", "sometimes", "usually", "really", "just", "also", "even"}


def pronouns(notes: str, relation: str, name: str = "") -> tuple[str, str] | None:
    """(client's pronoun, recipient's pronoun), each "she" or "he", or None when it can't be told. `name` is the
    recipient's: "Tom fixed her fence. He would not take any money." says Tom is "he"."""
    recipient = "he" if relation.lower() in HE else "she" if relation.lower() in SHE else None
    if recipient is None and name:
        after = re.search(rf"\b{re.escape(name)}\b[^.!?]*[.!?]\s+(He|She)\b", notes)
        recipient = after.group(1).lower() if after else None
    said = SAYS.search(notes)
    client = said.group(1).lower() if said else None
    owner = re.match(r"(her|his)\b", relation.strip().lower())
    if client is None and owner:  # "her doctor": the client is a she
        client = "she" if owner.group(1) == "her" else "he"
    if client and client == recipient and relation.lower() not in HE | SHE:
        # "He and Sam met. Sam lent him a tent. He wants Sam to know…": the notes name the recipient, so every
        # "he" is the client's; the recipient gets the other pronoun, which the notes never use.
        recipient = "he" if client == "she" else "she"
    if client and not recipient:
        recipient = "he" if client == "she" else "she"
    if recipient and not client:
        client = "she" if recipient == "he" else "he"
    if client is None or client == recipient:
        return None
    return client, recipient


def agree(verb: str, subject: str) -> str:
    """The verb after a new subject, made to agree: 'makes' → 'make' after you/I/we, 'is' → 'am' after I."""
    low = verb.lower()
    if subject == "I" and low in ("is", "isn't"):
        return {"is": "am", "isn't": "am not"}[low]
    if subject == "I" and low in ("was", "wasn't"):
        return verb
    if low in TO_BASE:
        return TO_BASE[low]
    if re.fullmatch(r"[a-z]{2,}[^s']s", low) and low not in ("this", "thus", "plus"):
        if low.endswith("ies"):
            return verb[:-3] + "y"
        if low.endswith(("shes", "ches", "xes", "sses", "zes", "oes")):
            return verb[:-2]
        return verb[:-1]
    return verb


def _contracted(m: re.Match, subject: str) -> str:
    """ "he'll" as the new subject says it: "I'll", "you'll"; "she's been" → "I've been", "she's kind" → "I'm kind"."""
    if subject not in ("I", "you"):
        return m.group(0)
    ending, after = m.group(2).lower(), m.group(3) or ""
    if ending == "s":
        ending = "ve" if PARTICIPLE.match(after) else ("m" if subject == "I" else "re")
    return f"{subject}'{ending}{after}"


AUXILIARIES = "is|was|has|had|will|would|can|could|loves|misses|hopes|wishes|feels"
TITLE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev|Professor|Doctor)\.?\s+")


def first_person(notes: str, relation: str, name: str = "", client: str = "") -> str:
    """The notes as the letter's writer would say them, or unchanged when the pronouns are ambiguous. The
    recipient's own name (`name`) becomes "you" ("Tom fixed her fence" → "You fixed my fence"); the client's
    (`client`) saying or wanting something is the writer's own ("Amara says Zoe studied…" → "Zoe studied…")."""
    if client:
        said = rf"\b{re.escape(client)} (?:says|said|tells me|told me)\b(?: that)?\s*"
        notes = re.sub(said, "", notes)
        notes = re.sub(
            rf"\b{re.escape(client)} (wants|would like|remembers|thinks)\b", lambda m: WISH[m.group(1)].strip(), notes
        )
        notes = re.sub(rf"\b{re.escape(client)}['’]s\b", "my", notes)
        # "Grace is proud of the nurse she became" → "I am proud…": the client named as a subject is the writer
        notes = re.sub(rf"\b{re.escape(client)} ({AUXILIARIES})\b", lambda m: "I " + agree(m.group(1), "I"), notes)
    name = TITLE.sub("", name)  # "Dr. Patel" is "Patel" in the notes, with or without the title
    who = pronouns(notes, relation, name)  # before the name goes: "Tom … He would not" tells who Tom is
    if name:
        called = rf"\b(?:{TITLE.pattern[1:]})?{re.escape(name)}"
        notes = re.sub(rf"{called}['’]s\b", "your", notes)
        adverbs = "|".join(ADVERBS)
        notes = re.sub(
            rf"{called}\b((?:\s+(?:{adverbs})\b)*)(\s+[\w']+)?",
            lambda m: "you" + m.group(1) + (" " + agree(m.group(2).strip(), "you") if m.group(2) else ""),
            notes,
        )
    if who is None:
        notes = " ".join(by_position(sentence) for sentence in re.split(r"(?<=[.!?])\s+", notes.strip()))
        return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), notes.strip())
    client, recipient = who
    # "Their mother loved the sea. Every Sunday he still reaches for the phone to call her." in a letter to his
    # sister: the notes name another she, so "her" may be the mother's and is left as written (it became "call
    # you", a different and wrong sentence in a grief letter, session 27). The client's pronouns still change.
    # ("in her mother's courtyard" is the recipient's own mother: that one is not another referent).
    # The same for the client: "Their father died last spring and Omar wants to thank her for nursing him." is
    # not "thank you for nursing me" (session 27's run).
    words = re.findall(r"[a-zé]+", notes.lower())

    def another(pronoun: str) -> bool:
        kin, owner = (HE, "his") if pronoun == "he" else (SHE, "her")
        pairs = zip(["", *words[:-1]], words, strict=True)
        return any(w in kin and w != relation.lower() and before != owner for before, w in pairs)

    someone_else, someone_else_mine = another(recipient), another(client)
    subject: dict[str, str | None] = {
        client: None if someone_else_mine else "I",
        recipient: None if someone_else else "you",
        "they": "we",
    }
    # "She says that…" goes; "He wants Sam to know…" is his own wish: "I want you to know…"
    text = SAYS.sub(lambda m: WISH.get(m.group(2).lower(), "") if m.group(1).lower() == client else m.group(0), notes)
    text = re.sub(
        r"\b(she|he)['’](ll|d|s)\b(\s+\w+)?",
        lambda m: _contracted(m, subject.get(m.group(1).lower()) or m.group(1)),
        text,
        flags=re.IGNORECASE,
    )

    def as_subject(m: re.Match) -> str:
        new = subject[m.group(1).lower()]
        return m.group(0) if new is None else f"{new}{m.group(2)} {agree(m.group(3), new)}"

    adverbs = "|".join(ADVERBS)
    text = re.sub(rf"\b(she|he|they)\b((?:\s+(?:{adverbs}))*)\s+([\w']+)", as_subject, text, flags=re.IGNORECASE)
    client_object, client_owner = ("her", "her") if client == "she" else ("him", "his")
    recipient_object, recipient_owner = ("her", "her") if recipient == "she" else ("him", "his")
    if someone_else:
        recipient_object = recipient_owner = ""
    if someone_else_mine:
        client_object = client_owner = ""

    def other(m: re.Match) -> str:
        word, after = m.group(1).lower(), text[m.end() :].lstrip()
        is_object = bool(OBJECT_NEXT.match(after))
        if word == client_object and (is_object or word != client_owner):
            return "me"
        if word == client_owner:
            return "my"
        if word == recipient_object and (is_object or word != recipient_owner):
            return "you"
        if word == recipient_owner:
            return "your"
        return {"their": "our", "them": "us"}.get(word, m.group(1))

    text = re.sub(r"\b(her|his|him|their|them)\b", other, text, flags=re.IGNORECASE)
    text = re.sub(r"\bi\b", "I", text)
    text = re.sub(r"\bI and you\b", "you and I", text)  # "He and Sam met" → "You and I met"
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text.strip())


def by_position(sentence: str) -> str:
    """When "he" and "she" can't tell the two apart ("Mark drove him to the hospital when his son broke his arm.
    Tomasz wants to cook him dinner."): a letter is between two people, so in a sentence whose subject is already
    "you", "him/her" is the writer, and in one whose subject is "I", it is the reader; "his/her" before any such
    object is the subject's own ("Maya always shared her chips" → "You always shared your chips"), and "their" is the
    two of them. It holds until someone else comes in ("my son… his arm" is the son's)."""
    start = re.match(r"\s*(you|i)\b", sentence, re.IGNORECASE)
    if not start:
        return sentence
    mine = start.group(1).lower() == "you"
    words = re.split(r"(\W+)", sentence)
    object_seen = False
    for i, word in enumerate(words):
        low = word.lower()
        if low in ("their", "them") and not object_seen:  # the two of them: "I will miss their walks home"
            words[i] = {"their": "our", "them": "us"}[low] if word.islower() else {"their": "Our", "them": "Us"}[low]
            continue
        if low not in ("him", "his", "her"):
            continue
        after = "".join(words[i + 1 :]).lstrip()
        if low == "him" or (low == "her" and OBJECT_NEXT.match(after)):
            words[i] = "me" if mine else "you"  # an object is never the subject: the other one of the two
            object_seen = True
        elif object_seen:  # "drove him … when his son": the owner is the one just named
            words[i] = "my" if mine else "your"
            break  # what follows is someone new ("my son"): their pronouns are theirs
        else:  # a possessive with no one else named before it is the subject's own: "Maya shared her chips"
            words[i] = "your" if mine else "my"
            break
    return "".join(words)
