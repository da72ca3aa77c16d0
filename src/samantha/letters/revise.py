"""Revising a letter: each request done the surest way there is, so that a revision never loses what the notes
said (default, asked to rewrite a whole letter "warmer", dropped its one real particular).

- by code, nothing invented: "end with the line about mornings" (that sentence moves), "shorter" (the sentences
  that carry least of the notes go), "less formal" / "more formal" (contractions made or unmade);
- by the brain, one or two new sentences only: "warmer", "mention the lake", "add…", "say more about…": the rest
  of the letter stays as it was, and the new sentences pass the same checks as a draft's;
- anything else: the brain rewrites the whole letter, and the rewrite is kept only if every particular of the
  notes that the letter carried is still in it.
"""

from __future__ import annotations

import re

from samantha.letters.draft import (
    Brain,
    Brief,
    Draft,
    DraftError,
    ask_brain,
    copied,
    signed_apart,
    system_prompt,
)
from samantha.letters.particulars import novel, things, unsupported
from samantha.letters.shape import formality, join, parts
from samantha.letters.voice import sentences
from samantha.llm import Generation, Message, ModelError
from samantha.memory.grounding import claims

ADDING = re.compile(
    r"\b(?:warmer|more (?:personal|romantic|loving|tender|heartfelt)|mention|add|include|say more about|"
    r"tell (?:him|her|them) (?:about|that))\b",
    re.IGNORECASE,
)
SHORTER = re.compile(r"\b(?:shorter|cut it down|trim|tighter|more concise|too long)\b", re.IGNORECASE)
LESS_FORMAL = re.compile(r"\b(?:less formal|more casual|more relaxed|less stiff|more informal)\b", re.IGNORECASE)
MORE_FORMAL = re.compile(r"\b(?:more formal|less casual|more proper)\b", re.IGNORECASE)


def note_words(notes: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", notes.lower()) if len(w) > 3}


def weight(sentence: str, notes: set[str]) -> int:
    return len(set(re.findall(r"[a-z']+", sentence.lower())) & notes)


def shorter(text: str, notes: str) -> str:
    """About two thirds of the body: the sentences that carry least of the notes go first, the order stays."""
    head, body, tail = parts(text)
    every = [(p, s) for p, para in enumerate(body) for s in sentences(para)]
    words = sum(len(s.split()) for _, s in every)
    keep = set(range(len(every)))
    wanted = set(note_words(notes))
    for index in sorted(range(len(every)), key=lambda i: (weight(every[i][1], wanted), -len(every[i][1]))):
        if sum(len(every[i][1].split()) for i in keep) <= words * 0.67 or len(keep) <= 2:
            break
        keep.discard(index)
    paragraphs: dict[int, list[str]] = {}
    for i in sorted(keep):
        paragraphs.setdefault(every[i][0], []).append(every[i][1])
    return join(head, [" ".join(v) for _, v in sorted(paragraphs.items())], tail)


def carried(text: str, notes: str) -> set[str]:
    """The particulars of the notes that this text carries (names, numbers, relations, their things)."""
    said = notes.lower()
    return {c for c in claims(text) | things(text) if c.split()[-1] in said}


END_WITH = re.compile(r"\bend (?:it )?with (?:the )?(?:line|bit|sentence|part)? ?(?:about|on|with)?\s*(.+)$", re.I)


def end_with(text: str, instruction: str) -> str | None:
    """'end with the line about mornings': that sentence moved to the end of the body, by code (no brain needed,
    nothing invented). None when the instruction is not that, or no sentence matches."""
    m = END_WITH.search(instruction)
    if not m:
        return None
    topic = [w for w in re.findall(r"[a-z']+", m.group(1).lower()) if len(w) > 3]
    lines = text.split("\n")
    body_end = max((i for i, x in enumerate(lines) if len(x) >= 40), default=-1)
    if body_end < 1 or not topic:
        return None
    for i, line in enumerate(lines[1 : body_end + 1], start=1):
        for sentence in sentences(line):
            low = sentence.lower()
            if any(w.rstrip("s") in low for w in topic):
                rest = " ".join(s for s in sentences(line) if s != sentence).strip()
                lines[i] = rest
                lines[body_end] = f"{lines[body_end].rstrip()} {sentence}" if i != body_end else f"{rest} {sentence}"
                return re.sub(r"\n{3,}", "\n\n", "\n".join(x for x in lines if x is not None)).strip()
    return None


def revise(brain: Brain | None, current: str, instruction: str, brief: Brief) -> Draft:
    notes = brief.notes
    instruction = instruction.strip()
    current = signed_apart(current, brief.client)  # else new sentences land after the signature
    if not instruction:
        raise DraftError("say how to change it: warmer, shorter, less formal, mention the lake…")
    moved = end_with(current, instruction)
    if moved is not None:
        return Draft(moved)
    if SHORTER.search(instruction):
        return Draft(shorter(current, notes))
    if LESS_FORMAL.search(instruction) or MORE_FORMAL.search(instruction):
        return Draft(formality(current, less=bool(LESS_FORMAL.search(instruction))))
    if brain is None:
        raise DraftError("revising needs a brain, and none is loaded (see `samantha models`)")
    mine = brief.mine
    sources = brief.sources(instruction, current)
    system = system_prompt(brief)
    if ADDING.search(instruction):
        return add_sentences(brain, current, instruction, system, sources, brief)
    messages: list[Message] = [
        {"role": "system", "content": system},
        {
            "role": "user",
            "content": f"Notes:\n{mine.strip()}\n\nThe letter so far:\n<<<\n{current}\n>>>\n\n"
            f"Rewrite the whole letter: {instruction}. Keep every fact it has; add none.",
        },
    ]
    rewritten = ask_brain(brain, messages, sources, brief)
    lost = carried(current, notes + " " + mine) - carried(rewritten.text, notes + " " + mine)
    if lost:
        raise DraftError(
            f"the rewrite dropped what the notes said ({', '.join(sorted(lost))}), so I kept the letter as it was; "
            "try asking for one change at a time"
        )
    return rewritten


# A closing line the brain wrote after its new sentences ("I can't wait to see you soon. Sincerely,"): the letter
# has its own, so "warmer" put a second "Sincerely," before it (default, session 26's letters run).
SIGN_OFF = re.compile(
    r"^(?:(?:yours )?(?:sincerely|truly|faithfully)|(?:best|kind|warm)(?:est)? (?:regards|wishes)|regards|"
    r"(?:all )?(?:my )?love|with (?:all )?(?:my )?love|warmly|cheers|take care|yours(?: always| ever)?)"
    r"(?:\s*,\s*[\w.' ]{0,30})?\W*$|^(?:\w+ ){0,2}\w+,$"
    # "With love and hugs," (default's "warmer", session 27's run)
    r"|^(?:with|all|love|yours|best|warm\w*|kind\w*|hugs|forever|always|fondly|affectionately)\b[\w' ]{0,30},$",
    re.IGNORECASE,
)


UNFINISHED_OK = re.compile(r"[.!?…][\"'”’)]*$")  # a sentence that ends as sentences end


def add_sentences(brain: Brain, current: str, instruction: str, system: str, sources: list[str], brief: Brief) -> Draft:
    """One or two new sentences, as asked, put at the end of the body; the rest of the letter is untouched."""
    client, recipient, samples, notes = brief.client, brief.recipient, list(brief.samples), brief.mine
    messages: list[Message] = [
        {"role": "system", "content": system},
        {
            "role": "user",
            "content": f"Notes:\n{notes.strip()}\n\nThe letter so far:\n<<<\n{current}\n>>>\n\n"
            f"Write only one or two new sentences to add to this letter ({instruction}), "
            "in the same voice, to the same person. Only the new sentences, nothing else.",
        },
    ]
    allowed = {client, recipient, *client.split(), *recipient.split()}
    try:
        raw = brain(messages, Generation(max_tokens=90, temperature=0.6))
    except ModelError as exc:
        raise DraftError(f"the brain failed while revising: {exc}") from exc
    new = " ".join(
        s
        for s in sentences(
            re.sub(r"^(?:dear [^,\n]+,)|\n+" + re.escape(client) + r"\s*$", " ", raw.strip(), flags=re.IGNORECASE)
        )
        if not s.lower().startswith("dear ") and not SIGN_OFF.match(s)
    )[:600]
    kept, cut, unbacked = [], [], set()
    for sentence in sentences(new):
        if not UNFINISHED_OK.search(sentence.strip()):  # cut off by the token limit: "Your support" (session 28)
            cut.append(sentence)
            continue
        missing = unsupported(sentence, sources, allowed)
        if len(novel(sentence, sources)) >= 2:  # "I miss the days when we would play games together": an event
            missing = missing | {"(a new event)"}
        if missing or copied(sentence, samples) or copied(sentence, [current]):  # nothing said twice
            cut.append(sentence)
            unbacked |= missing
        else:
            kept.append(sentence)
    if not kept:
        raise DraftError("what I came up with said things you didn't tell me, so I left the letter as it was")
    head, body, tail = parts(current)
    added = " ".join(kept)
    body = [*body[:-1], f"{body[-1]} {added}"] if body else [added]
    return Draft(join(head, body, tail), cut, unbacked)
