"""What she answers from memory herself, without the brain, because only memory can make it true:

- "forget that": the previous message and everything taken from it go (MemoryBook.forget_turn);
- "What's my dog's name?" when she was never told: she says she doesn't know;
- "What's my sister's name?" when she was: the name, from the relation fact;
- "What do you remember about Catherine?": who Catherine is to them and their own words about her, quoted and
  dated, instead of whatever a small brain would make up.
Other questions about the past go to the brain with the recalled memories and the people in their life.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samantha.memory.facts import RELATIONS
from samantha.memory.grounding import COMMON_CAPITALISED
from samantha.memory.search import MemoryHit, is_bare_question

FORGET_THAT = re.compile(r"^\s*(please\s+)?forget (that|what i (just )?said|it)\b", re.IGNORECASE)
_REL = rf"(?:best friend|{RELATIONS}|ex|boss|colleague|coworker)"
NAME_OF = re.compile(
    rf"\bwhat(?:'s| is| was) my ({_REL})(?:'s| s) name\b|\bwhat(?:'s| is) the name of my ({_REL})\b"
    rf"|\bwhat(?:'s| is) my ({_REL}) called\b|\bwho(?:'s| is) my ({_REL})\b|\bdo you (?:know"
    rf"|remember) my ({_REL})(?:'s)? "
    r"name\b",
    re.IGNORECASE,
)
MY_NAME = re.compile(
    r"\bwhat(?:'s| is) my name\b|\bdo you (?:know|remember) (?:what )?my name\b|\bwhat do you call me\b|"
    r"\bwhat(?:'s| is) my name again\b",
    re.IGNORECASE,
)
ABOUT = re.compile(
    r"\bwhat do you (?:remember|know) about (?:my )?([A-Za-z][\w'-]+)\b|\bwhat did i (?:tell you|say) about "
    r"(?:my )?([A-Za-z][\w'-]+)\b|\bdo you remember (?:anything about )?((?-i:[A-Z][a-z]+))\b(?! (?:when"
    r"|what|where|how|that|if))",
    re.IGNORECASE,
)
SMALL = {
    "me",
    "it",
    "that",
    "this",
    "what",
    "when",
    "where",
    "how",
    "why",
    "who",
    "yesterday",
    "today",
    "us",
    "him",
    "her",
    "them",
    "the",
    "our",
    "you",
    "anything",
    "everything",
    "last",
    "i",
}


@dataclass(frozen=True)
class Person:
    name: str  # "Catherine"
    relation: str  # "wife"
    note: str = ""  # "we are separating"


def people_from(facts_texts: list[str]) -> list[Person]:
    """Relation facts ("Catherine is my wife (we are separating)") as people."""
    people = []
    for text in facts_texts:
        m = re.match(r"(\w+) is my (.+?)(?: \((.+)\))?$", text)
        if m:
            people.append(Person(m.group(1), m.group(2), m.group(3) or ""))
    return people


def people_line(people: list[Person], user_name: str | None) -> str:
    """For the system prompt: so the brain knows Catherine is his wife, not his ex-husband."""
    if not people:
        return ""
    whose = f"{user_name}'s" if user_name else "their"
    said = "; ".join(
        f"{p.name} is {whose} {p.relation}" + (f" ({p.note.replace('we are', 'they are')})" if p.note else "")
        for p in people
    )
    return f"People in {user_name or 'their'} life, from what they told you: {said}."


def answer_from_memory(text: str, people: list[Person], hits: list[MemoryHit], user_name: str | None) -> str | None:
    """Her answer to a question only memory can answer truthfully, or None to let the brain answer."""
    if m := NAME_OF.search(text):
        relation = next(g for g in m.groups() if g).lower()
        known = [p for p in people if p.relation == relation or p.relation.endswith(" " + relation)]
        if known:
            names = " and ".join(p.name for p in known)
            return f"Your {relation} is {names}." + (f" ({known[0].note.capitalize()}.)" if known[0].note else "")
        if not any(relation in h.text.lower() for h in hits):
            return f"I don't know. I don't think you've told me about your {relation} yet. What's their name?"
        return None
    if m := ABOUT.search(text):
        subject = next(g for g in m.groups() if g)
        if subject.lower() in SMALL:
            return None
        return remembered_about(subject, people, hits, user_name)
    return None


WHERE_I_LIVE = re.compile(
    r"\b(?:where do i live|where(?:'s| is) (?:my home|home for me)|where i live(?: now)?\b(?=.*\?|\s*$)|"
    r"do you (?:know|remember) where i (?:live|moved|am living)|where did i (?:just )?move(?: to)?)\b",
    re.IGNORECASE,
)


def where_they_live(facts: list[str]) -> str:
    """ "Do you remember where I live now?" from the fact memory keeps ("I live in Porto"), newest first; default,
    given "I moved to Porto" the evening before, had said it couldn't remember."""
    mine = [f for f in facts if re.match(r"(?:I|me)\b", f)]
    if not mine:
        return "You haven't told me where you live. Where is home?"
    place = re.sub(r"^(?:I|me) (?:live|lives) in ", "", mine[-1]).rstrip(".")
    return f"You live in {place}: that's what you told me."


def your_name(user_name: str | None) -> str:
    """ "What's my name?" from the profile (default had answered "How about your name?")."""
    return f"You're {user_name}." if user_name else "You haven't told me yet. What should I call you?"


def remembered_about(subject: str, people: list[Person], hits: list[MemoryHit], user_name: str | None) -> str:
    word = re.compile(rf"\b{re.escape(subject)}\b", re.IGNORECASE)
    person = next((p for p in people if p.name.lower() == subject.lower() or p.relation == subject.lower()), None)
    theirs = [
        h
        for h in hits
        if h.kind == "episode" and word.search(h.text) and h.speaker in (None, user_name) and not asked_her(h.text)
    ]
    if person is None and not theirs:
        return f"I don't remember you telling me about {subject}. Will you tell me?"
    parts = []
    if person is not None:
        note = f", and {person.note.replace('we are', 'you are')}" if person.note else ""
        parts.append(f"{person.name} is your {person.relation}{note}.")
        theirs = theirs or [h for h in hits if h.kind == "episode" and re.search(rf"\b{person.name}\b", h.text)]
    for n, hit in enumerate(theirs[:2]):
        when = hit.when.strftime("%-d %B") if hit.when else "once"
        lead = f"On {when} you told me" if n == 0 else "And"
        parts.append(f"{lead}: “{_clip(hit.text)}”")
    return "Here's what I remember. " + " ".join(parts) + " Is there more you want to tell me?"


def asked_her(text: str) -> bool:
    """A message that only asked her something ("What do you remember about Catherine?"): nothing they told her."""
    return is_bare_question(text) or bool(ABOUT.search(text) or NAME_OF.search(text))


def _clip(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


RELATION_SAID = re.compile(
    rf"\b(?:your|his|her|their) ((?:ex-?)?(?:{_REL}))\b|\b((?:ex-?)?(?:{_REL})) ((?-i:[A-Z][a-z]+))\b", re.IGNORECASE
)


# Words that make her one of the family: "special to us", "we're losing her", "visit with us".
OURS = re.compile(
    r"\b(?:to|with|for|of|without) us\b|\bwe(?:'re| are| will|'ll)? (?:losing|lose|miss|love|have|had|share)\b"
    r"|\bour (?:family|sister|brother|mum|mom|dad|mother|father|son|daughter|friend|wife|husband|aunt|uncle|gran\w*|"
    r"nan|cousin|niece|nephew|baby|kids?|children)\b",
    re.IGNORECASE,
)


class RelationLink:
    """A link in the reply chain: who someone is to her person comes from memory, not from the brain. A sentence
    that calls Catherine "your ex-husband" when he told her Catherine is his wife gets the relation she knows; a
    sentence that puts her in his life ("Catherine and I were close") is dropped."""

    name = "relations"

    def __init__(self, people: list[Person]):
        self.people = {p.name: p for p in people}

    def check(self, sentence: str) -> str | None:
        for name in self.people:  # "Catherine and I must have been really close": his life, claimed as hers
            if re.search(rf"\b{re.escape(name)} and I\b|\b(?:me|I) and {re.escape(name)}\b", sentence):
                return ""
        mentioned = [p for name, p in self.people.items() if re.search(rf"\b{re.escape(name)}\b", sentence)]
        if mentioned and OURS.search(sentence):
            # … or as theirs and hers together: "Annie is special to us … It feels like we're losing her forever."
            # (default, told "My sister Annie lives in Lisbon, I miss her.": past.json, session 28)
            return ""
        if len(mentioned) != 1:
            return None  # no one, or several people: whose relation a word is cannot be told
        person = mentioned[0]
        fixed = sentence
        for m in RELATION_SAID.finditer(sentence):
            if m.group(2) and m.group(3) != person.name:
                continue
            said = (m.group(1) or m.group(2)).lower()
            if said == person.relation or said.replace("ex-", "").replace("ex", "") == person.relation:
                continue
            span = m.span(1) if m.group(1) else m.span(2)
            fixed = fixed[: span[0]] + person.relation + fixed[span[1] :]
            break
        return None if fixed == sentence else fixed


INTRODUCED = re.compile(rf"\b(?:{_REL}|manager|fiancée|fiancé)s?,?\s+(?:named |called )?((?-i:[A-Z][a-z]+))\b", re.I)


class StrangerLink:
    """A link in the reply chain: someone in their life whom no one ever named is the brain inventing it. Told
    "My brother Carl is getting married in June", `default` answered "Carl is going to marry his best friend,
    Sarah" (session 25): no Sarah was ever said. A sentence that gives a relation a name she has never heard from
    them, from memory or from the conversation, is dropped."""

    name = "strangers"

    def __init__(self, known: set[str]):
        self.known = {k.lower() for k in known}

    def check(self, sentence: str) -> str | None:
        for m in INTRODUCED.finditer(sentence):
            name = m.group(1).lower()
            if name not in self.known and name not in COMMON_CAPITALISED:
                return ""
        return None


JUDGEMENT = (
    r"good|great|wonderful|amazing|lovely|kind|nice|sweet|bad|terrible|awful|horrible|toxic|selfish|mean|rude|caring|"
    r"supportive|generous|fair|unfair|strict|brilliant|fantastic|smart|clever|talented|funny|difficult|lazy|jealous|"
    r"controlling|manipulative|reasonable|decent|genuine"
)
JUDGED = re.compile(
    rf"^(?P<name>[A-Z][a-z]+)(?: is| was|'s|’s) (?:(?:such|really|so|very|truly|quite|an?) )*"
    rf"(?:{JUDGEMENT})\b"
)


class JudgementLink:
    """A link in the reply chain: what someone in their life is like is theirs to say, not hers to declare. Told
    "My manager Ruth seems nice", `default` answered "Ruth is a good boss." (session 26): she has never met Ruth.
    A flat judgement of a person they named becomes what it is, her impression of what they said: "It sounds like
    Ruth is a good boss." """

    name = "judgements"

    def __init__(self, people: set[str]):
        self.people = people

    def check(self, sentence: str) -> str | None:
        m = JUDGED.match(sentence)
        if not m or m.group("name") not in self.people:
            return None
        return "It sounds like " + sentence


def people_named(people: list[Person], heard: list[str]) -> set[str]:
    """The people in their life by name: from memory, and anyone they introduced ("my manager Ruth")."""
    return {p.name for p in people} | {m.group(1) for text in heard for m in INTRODUCED.finditer(text)}


def capitalised(texts: list[str]) -> set[str]:
    """Every capitalised word in some texts (the names they could have said)."""
    return {w for t in texts for w in re.findall(r"\b[A-Z][a-z]+\b", t)}
