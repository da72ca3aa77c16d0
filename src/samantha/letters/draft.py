"""Drafting and revising a letter with the brain, held to the notes.

The brain writes; code keeps it honest. The prompt gives it the client's own writing (their voice, with what
stylometry says about it in plain words) and the notes as the only facts it may use. What comes back is cleaned
(no "Here is your letter:"), and every sentence is checked for particulars the sources do not back
(particulars.py): such a sentence is cut, and she says what she cut. A revision ("warmer", "shorter", "mention the
lake") is the same, with the words of the request joining the sources: what the writer says is a fact of his.
"""

from __future__ import annotations

import difflib
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

from samantha.letters.particulars import invented_deed, stem, stems, unsupported
from samantha.letters.perspective import TITLE, first_person, pronouns
from samantha.letters.restyle import adapt
from samantha.letters.shape import join, parts
from samantha.letters.voice import profile, sentences, words_of
from samantha.llm import Generation, Message, ModelError

Brain = Callable[[list[Message], Generation], str]
PREAMBLE = re.compile(
    r"^\s*(?:(?:sure|certainly|of course|okay|ok)[,!.]?\s*)?(?:here(?:'s| is) (?:a |the |your )?(?:draft|letter|"
    r"revised|revision|version|new version)[^\n:]*[:.]\s*|[^\n]{0,40}letter[^\n]{0,40}:\s*\n)",
    re.IGNORECASE,
)
AFTERWORD = re.compile(
    r"\n\s*(?:I hope (?:this|that) (?:helps|captures|works)|Let me know|Feel free|Note:|This letter)[^\n]*$",
    re.IGNORECASE,
)
# Notes that ask for a letter to wound or to deceive: she says what she thinks, and the writer decides.
HURTFUL = re.compile(
    r"\b(?:make (?:him|her|them) (?:feel )?(?:guilty|ashamed|small|worthless|jealous|sorry)|humiliate|"
    r"hurt (?:him|her|them)|threaten|get back at|revenge|cruel|insult|blackmail)\b",
    re.IGNORECASE,
)
DECEPTIVE = re.compile(
    r"\b(?:pretend|lie (?:about|to)|make (?:it|him|her|them) (?:look|seem|sound) like|(?:say|tell \w+) (?:that )?"
    r"i was (?:at work|away|sick|ill|busy)|cover (?:up|for)|so (?:he|she|they) (?:won'?t|doesn'?t|don'?t) "
    r"(?:know|find out|suspect)|forge|fake)\b",
    re.IGNORECASE,
)


class DraftError(ValueError):
    pass


@dataclass
class Draft:
    text: str
    cut: list[str] = field(default_factory=list)  # sentences removed for particulars the notes don't back
    unbacked: set[str] = field(default_factory=set)


def concerns(notes: str) -> list[str]:
    """What she would say before writing: the notes ask for a letter that wounds, or that deceives."""
    said = []
    if HURTFUL.search(notes):
        said.append(
            "These notes ask the letter to hurt someone. I'd rather write it honestly: say what happened and how it "
            "felt, without aiming to wound. It's your call."
        )
    if DECEPTIVE.search(notes):
        said.append(
            "These notes ask the letter to say something that isn't true. I'd rather not put a lie in someone's "
            "mouth; I can help say the true thing gently instead. It's your call."
        )
    return said


def voice_hints(samples: list[str]) -> str:
    """What the client's writing is like, in words a small model can follow."""
    if not samples:
        return "plain, warm, direct"
    p = profile("\n\n".join(samples)).features
    about = round(p["sentence_mean"])  # a number a small model follows better than "short"
    hints = [
        f"short sentences of about {about} words"
        if p["sentence_mean"] < 11
        else f"long, flowing sentences of about {about} words"
        if p["sentence_mean"] > 22
        else "sentences of middling length",
        "contractions (I'm, don't)" if p["contractions"] > 2 else "no contractions (I am, do not)",
    ]
    if p["exclamations"] > 0.8:
        hints.append("exclamation marks")
    if p["questions"] > 1.5:
        hints.append("questions")
    if p["dashes"] > 0.8 or p["ellipses"] > 0.8:
        hints.append("dashes and trailing thoughts")
    if p["long_words"] > 0.12:
        hints.append("formal, long words")
    elif p["long_words"] < 0.05:
        hints.append("simple everyday words")
    return ", ".join(hints)


def style_lines(samples: list[str], most: int = 3) -> list[str]:
    """A few of the client's own sentences to show the brain their voice: of middling length, and with no names
    or numbers in them (a 1.5B model copies facts from what it is shown; these have none to copy)."""
    picked = []
    for sentence in sentences("\n\n".join(samples)):
        n = len(sentence.split())
        if 6 <= n <= 30 and not re.search(r"\d|(?<!^)(?<![.!?] )\b[A-Z][a-z]+", sentence[1:]):
            picked.append(sentence)
    if not picked:  # a writer of long sentences: show the shortest they wrote
        picked = sorted(sentences("\n\n".join(samples)), key=len)[:most]
    step = max(len(picked) // most, 1)
    return picked[::step][:most]


def length(samples: list[str]) -> tuple[int, int]:
    """How many words the letter should have: about as long as the client's own letters, with room for the notes
    (Kate writes 30 words; asked for 80–180, default filled them with long sentences and things no note says)."""
    if not samples:
        return 80, 180
    usual = statistics.median(len(words_of(sample)) for sample in samples)
    return max(40, round(usual)), min(180, max(90, round(2.5 * usual)))


def system_prompt(brief: Brief) -> str:
    client, recipient, relation, occasion, samples = (
        brief.client,
        brief.recipient,
        brief.relation,
        brief.occasion,
        list(brief.samples),
    )
    to = f"{recipient}, {relation}" if relation else recipient
    low, high = length(samples)
    lines = [
        f"You write a personal letter from {client} to {to}" + (f", for {occasion}." if occasion else "."),
        f"The letter is in the first person: {client} is 'I' and {recipient} is 'you'. The notes speak of them "
        f"as he, she or they; never write 'he', 'she' or 'they' for {client} or {recipient}.",
        f"Write in {client}'s own voice: {voice_hints(samples)}.",
        "Use only the facts in the notes. Never invent a name, place, date, number, event or object. Feelings may "
        "be said in your own words.",
        f"Begin with 'Dear {recipient},'. End with a short closing line, then '{client}' alone on the last line.",
        f"Between {low} and {high} words. No title, no explanation before or after the letter.",
    ]
    shown = style_lines(samples)
    if shown:
        lines.append(f"Sentences {client} once wrote, for the voice only (not for their facts): " + " ".join(shown))
    return "\n".join(lines)


def clean(text: str, recipient: str, client: str) -> str:
    text = PREAMBLE.sub("", text.strip())
    text = AFTERWORD.sub("", text).strip().strip("`").strip()
    text = re.sub(r"\[[^\]]{1,30}\]", "", text)  # "[Your name]" placeholders
    text = re.sub(r"[ \t]+\n", "\n", text)
    if not re.match(r"\s*(?:dear|my dear|dearest|hi|hello)\b", text, re.IGNORECASE):
        text = f"Dear {recipient},\n\n{text}"
    # the salutation on a line of its own, a blank line after it ("Dear Chris,\nIt's been a while…" was read as
    # body, salutation and all, in session 27's run)
    text = re.sub(
        r"^(\s*(?:dear|my dear|dearest|hi|hello)\b[^\n,]{0,40},)[ \t]*\n?(?!\n)[ \t]*",
        r"\1\n\n",
        text,
        count=1,
        flags=re.IGNORECASE,
    )
    # a salutation to someone else ("Dear Chris," in a letter to Zoe: the brain's habit) is made the recipient's
    text = re.sub(
        r"^(\s*(?:dear|my dear|dearest|hi|hello)) ([^,\n]{1,40}),",
        lambda m: m.group(0) if recipient.split()[0].lower() in m.group(2).lower() else f"{m.group(1)} {recipient},",
        text,
        count=1,
        flags=re.IGNORECASE,
    )
    # a closing run on at the end of the body: "…here for you. Love, Ahmed" (default, session 27)
    name = re.escape(client)
    closing = r"[A-Z][\w']*(?: [\w']+){0,3},"
    text = re.sub(rf"([.!?])[ \t]+({closing})[ \t]+({name})[ \t]*(?=\n|$)", r"\1\n\n\2\n\3", text)
    text = re.sub(rf"\b({name})\s*\n\s*{name}\s*$", r"\1", text.rstrip())  # the signature said twice
    if client.lower() not in text[-60:].lower():
        text = f"{text.rstrip()}\n{client}"
    return re.sub(r"\n{3,}", "\n\n", signed_apart(text, client)).strip()


def signed_apart(text: str, client: str) -> str:
    """The signature alone on its line, even where the brain ran it on or a cut joined it to the body ("…in any way I
    can. Roberta" reached the chat in session 28's letters run, and "warmer" then wrote after the signature)."""
    return re.sub(rf"([.!?…])\s+({re.escape(client)})\s*$", r"\1\n\n\2", text.rstrip())


# "Let me know if there's anything else I can help you with." closed default's letter from Roberta to her husband
# (session 27's run): the brain's own voice, talking to the studio's user.
ASSISTANT = re.compile(
    r"\banything else I can (?:help|assist) (?:you )?with\b|\bI hope this (?:letter |draft )?helps\b|\bhappy to help\b"
    r"|\bfeel free to (?:edit|change|adjust|modify)\b|\bhere(?:'s| is) (?:a|the|your) (?:letter|draft)\b",
    re.IGNORECASE,
)


def copied(sentence: str, samples: list[str]) -> bool:
    """Half or more of the sentence's word 4-grams are in the client's samples: copying their words, not writing in
    their voice (default copied 'It is a strange thing, growing older beside someone.' into a letter)."""
    words = re.findall(r"[a-z']+", sentence.lower())
    grams = {tuple(words[i : i + 4]) for i in range(len(words) - 3)}
    if not grams:
        return False
    said = re.findall(r"[a-z']+", " ".join(samples).lower())
    theirs = {tuple(said[i : i + 4]) for i in range(len(said) - 3)}
    return len(grams & theirs) >= len(grams) / 2


def hold_to_sources(text: str, sources: list[str], allowed: set[str], samples: list[str] = ()) -> Draft:
    """Cut every body sentence with a particular the sources don't back, or copied from the client's samples; the
    salutation and closing stay."""
    lines = text.split("\n")
    kept_lines, cut, unbacked = [], [], set()
    for i, line in enumerate(lines):
        is_frame = i == 0 or (len(line) < 40 and i >= len(lines) - 3)
        if is_frame or not line.strip():
            kept_lines.append(line)
            continue
        kept = []
        for sentence in sentences(line):
            missing = unsupported(sentence, sources, allowed)
            if samples and copied(sentence, list(samples)):
                missing = missing | {"(copied from their samples)"}
            if ASSISTANT.search(sentence):  # the brain talking to him, inside the letter
                missing = missing | {"(an assistant's line, not the writer's)"}
            if invented_deed(sentence, sources):
                missing = missing | {"(a deed the notes don't tell)"}
            if missing:
                cut.append(sentence)
                unbacked |= missing
            else:
                kept.append(sentence)
        if kept:
            kept_lines.append(" ".join(kept))
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept_lines)).strip()
    return Draft(body, cut, unbacked)


SLIGHT_WORDS = frozenset({"so", "very", "really", "just", "truly", "and", "but", "also", "too", "still"})


def without_repeats(text: str) -> str:
    """A body sentence whose every word another sentence of the letter also says goes: default wrote "I'm glad you
    can rest now." and then "And I want to say I'm glad you can rest now." (Walt's letter, session 27)."""
    head, body, tail = parts(text)
    said = [sentences(paragraph) for paragraph in body]

    def gist(sentence: str) -> set[str]:  # "I'm so glad…" says what "I'm glad…" says
        return set(words_of(sentence)) - SLIGHT_WORDS

    flat = [(p, i, gist(x)) for p, paragraph in enumerate(said) for i, x in enumerate(paragraph)]

    def repeated(p: int, i: int, words: set[str]) -> bool:
        return len(words) >= 3 and any(
            words <= other and (len(other) > len(words) or (q, j) < (p, i)) for q, j, other in flat if (q, j) != (p, i)
        )

    kept = [[x for i, x in enumerate(paragraph) if not repeated(p, i, gist(x))] for p, paragraph in enumerate(said)]
    for p, paragraph in enumerate(kept):  # a paragraph now opening "And I want to say…" opens "I want to say…"
        if paragraph and paragraph != said[p] and (lead := re.match(r"(?:And|But|So) (?=\w)", paragraph[0])):
            rest = paragraph[0][lead.end() :]
            paragraph[0] = rest if rest.startswith(("I ", "I'")) else rest[0].upper() + rest[1:]
    return join(head, [" ".join(paragraph) for paragraph in kept if paragraph], tail)


@dataclass(frozen=True)
class Brief:
    """What a letter is: from whom, to whom (and what they are to each other), for what, what it should say, what
    else is known of the two of them, and the client's own writing."""

    client: str
    recipient: str
    relation: str = ""
    occasion: str = ""
    notes: str = ""
    facts: tuple[str, ...] = ()
    samples: tuple[str, ...] = ()

    @property
    def mine(self) -> str:
        """The notes in the letter's own person ("she says he makes her laugh" → "you make me laugh")."""
        recipient = TITLE.sub("", self.recipient).split()[0] if self.recipient.strip() else ""  # "Dr. Patel": Patel
        return first_person(self.notes, self.relation, recipient, self.client.split()[0] if self.client else "")

    @property
    def settled(self) -> bool:
        """Could the notes' he and she be told apart (so `mine` says them rightly as I and you)?"""
        return pronouns(self.notes, self.relation, TITLE.sub("", self.recipient)) is not None

    def sources(self, *more: str) -> list[str]:
        return [self.notes, self.mine, *self.facts, self.occasion, self.relation, *more]


def write(brain: Brain | None, brief: Brief) -> Draft:
    client, recipient, notes, facts = brief.client, brief.recipient, brief.notes, brief.facts
    if not notes.strip() and not facts:
        raise DraftError(
            f"the notes are empty: tell me a few things only {client} would say about {recipient} (a habit, a "
            "place, a day they share), and I'll draft from those"
        )
    if brain is None:
        raise DraftError("drafting needs a brain, and none is loaded (see `samantha models`)")
    user = (
        "Notes:\n"
        + brief.mine.strip()
        + ("\nAlso true:\n- " + "\n- ".join(facts) if facts else "")
        + "\n\nWrite the letter."
    )
    messages: list[Message] = [
        {"role": "system", "content": system_prompt(brief)},
        {"role": "user", "content": user},
    ]
    made = ask_brain(brain, messages, brief.sources(), brief)
    names = {w.lower() for w in (*client.split(), *recipient.split())}
    missing = untold(made.text, brief.mine, names, settled=brief.settled)
    made = with_notes(made, brief, missing) if missing else made
    made.text = signed_apart(made.text, client)
    return made


THIRD_PERSON = re.compile(r"\b(?:he|she|her|him|his|they|their|them)\b", re.IGNORECASE)


def untold(text: str, notes: str, names: set[str], settled: bool = True) -> list[str]:
    """The notes' sentences the letter does not carry: fewer than a third of their words of five letters or more
    (names aside: the salutation and signature always carry those) are in it, in some form. default's letter for
    Ahmed came back as "I will be home in spring." alone, the orange trees and the balcony cut as it had dressed
    them up; its letter to Zoe kept only "Keep up the good work"."""
    said = stems(text.lower())
    out = []
    for sentence in sentences(notes):
        theirs = {stem(w) for w in re.findall(r"[a-z]{5,}", sentence.lower())} - {stem(n) for n in names}
        if not settled and THIRD_PERSON.search(sentence):
            continue  # who "her" is could not be told ("You always shared her chips"): not said in their words
        if theirs and len(theirs & said) * 3 < len(theirs):
            out.append(sentence)
    return out


def with_notes(made: Draft, brief: Brief, missing: list[str]) -> Draft:
    """The notes the check (or the brain) left out, in the letter's own person, open the body: the letter says
    what the writer asked it to say. Grounded by construction."""
    lines = made.text.split("\n\n")
    lines.insert(1 if len(lines) > 1 else 0, " ".join(missing))
    sources = brief.sources()
    allowed = {brief.client, brief.recipient, *brief.client.split(), *brief.recipient.split()}
    return Draft(restyled("\n\n".join(lines), list(brief.samples), sources, allowed), made.cut, made.unbacked)


def ask_brain(brain: Brain, messages: list[Message], sources: list[str], brief: Brief) -> Draft:
    client, recipient, samples = brief.client, brief.recipient, list(brief.samples)
    allowed = {client, recipient, *client.split(), *recipient.split()}
    best: Draft | None = None
    for temperature in (0.6, 0.3):  # a second, cooler try only when the first invented most of itself
        try:
            raw = brain(messages, Generation(max_tokens=320, temperature=temperature))
        except ModelError as exc:
            raise DraftError(f"the brain failed while drafting: {exc}") from exc
        draft = hold_to_sources(clean(raw, recipient, client), sources, allowed, samples)
        if best is None or len(draft.cut) < len(best.cut):
            best = draft
        if len(draft.cut) <= len(sentences(draft.text)):
            break
    assert best is not None
    best.text = restyled(without_repeats(best.text), samples, sources, allowed)
    return best


def restyled(text: str, samples: list[str], sources: list[str], allowed: set[str]) -> str:
    """The draft brought towards the client's rhythm and register by code (restyle.py), each edit kept only if the
    grounding check finds nothing in it that it had not found before: dropping "so" from "the operation that went
    so smoothly in March" left a claim the check reads (default's draft for Margaret, session 26). Grounded beats
    closer in voice. (Until session 27 one such edit undid all the others: 3 of 17 drafts lost their restyle.)"""
    before = unsupported(" ".join(parts(text)[1]), sources, allowed)

    def sound(candidate: str) -> bool:
        return not unsupported(" ".join(parts(candidate)[1]), sources, allowed) - before

    return without_repeats(adapt(text, samples, sound))  # an edit can make two sentences one ("so glad" → "glad")


def diff(old: str, new: str) -> str:
    """A readable word-level diff of two versions: [-removed-] and {+added+}, the rest as the new one has it."""
    a, b = re.findall(r"\S+\s*", old), re.findall(r"\S+\s*", new)
    matcher = difflib.SequenceMatcher(a=[w.strip() for w in a], b=[w.strip() for w in b], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append("".join(b[j1:j2]))
        if op in ("delete", "replace"):
            out.append("[-" + " ".join(w.strip() for w in a[i1:i2]) + "-] ")
        if op in ("insert", "replace"):
            out.append("{+" + " ".join(w.strip() for w in b[j1:j2]) + "+} ")
    return "".join(out).strip()
