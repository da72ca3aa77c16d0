"""The particulars of a letter, and which of them its sources back.

A particular is what a reader would take as a fact of the relationship: a name, a number, a relation (the
integrity issue's grounding check: memory/grounding.py), and also a thing of theirs ("our lake house", "your
garden", "the first dance"): a possessive or "the first/last" followed by a concrete noun. Feelings and the stuff
of every letter ("my heart", "our love", "your smile", "our years") are not particulars: any letter may say them.
"""

from __future__ import annotations

import re

from samantha.letters.voice import FUNCTION_WORDS_SET
from samantha.memory.grounding import ungrounded

EVERY_LETTER = frozenset(
    [
        "love",
        "life",
        "heart",
        "hearts",
        "years",
        "year",
        "days",
        "day",
        "time",
        "times",
        "moments",
        "moment",
        "memories",
        "memory",
        "life's",
        "lives",
        "marriage",
        "friendship",
        "smile",
        "laugh",
        "laughter",
        "laughs",
        "kindness",
        "strength",
        "courage",
        "patience",
        "support",
        "journey",
        "future",
        "past",
        "world",
        "way",
        "ways",
        "words",
        "word",
        "side",
        "arms",
        "hand",
        "hands",
        "eyes",
        "soul",
        "home",
        "family",
        "story",
        "stories",
        "partner",
        "partnership",
        "bond",
        "feelings",
        "thoughts",
        "gratitude",
        "thanks",
        "wishes",
        "dreams",
        "hopes",
        "hope",
        "joy",
        "happiness",
        "morning",
        "mornings",
        "evening",
        "evenings",
        "night",
        "nights",
        "anniversary",
        "birthday",
        "wedding",
        "day's",
        "years'",
        "best",
        "all",
        "everything",
        "self",
        "company",
        "presence",
        "voice",
        "letter",
        "letters",
        "note",
        "heartfelt",
        "person",
        "people",
        "friend",
        "friends",
        "together",
        "lives",
        "spirit",
        "warmth",
        "care",
        "gift",
        "gifts",
        "adventure",
        "adventures",
    ]
)
POSSESSED = re.compile(
    r"\b(?:our|your|my|his|her|their|the first|the last|that)\s+((?:[a-z]+\s+)?[a-z]+)\b", re.IGNORECASE
)
ADJECTIVES = frozenset(
    [
        "first",
        "last",
        "old",
        "little",
        "new",
        "dear",
        "sweet",
        "whole",
        "own",
        "long",
        "short",
        "best",
        "favourite",
        "favorite",
        "only",
        "early",
        "late",
        "small",
        "big",
        "beautiful",
        "wonderful",
        "lovely",
        "special",
        "happy",
        "many",
        "every",
    ]
)


# Things people do together: a draft that says "we went swimming" or "our picnics" when no one said so invents a
# shared past (default wrote both, session 24). Any of these the sources don't mention is a particular.
_ACTIVITY_WORDS = """swimming swim swam hiking hike hikes camping camped picnic picnics dancing danced skiing ski
    fishing sailing baking gardening travelling traveling travelled traveled trip trips holiday holidays vacation
    vacations
    concert concerts festival festivals party parties movie movies film films cinema honeymoon beach beaches cruise
    barbecue barbecues museum museums restaurant restaurants dinners lunches brunch theatre theater opera ballet
    karaoke bowling golf tennis football soccer rugby cricket marathon marathons climbing cycling surfing skating
    road-trip roadtrip vineyard zoo circus fairground funfair pub pubs"""
ACTIVITIES = frozenset(_ACTIVITY_WORDS.split())


# The events of a life: a draft that says "you looked after me when I was sick" or "before you go off to college"
# when no one said so invents a life (default wrote both, session 25). Words that are also feelings or the stuff
# of every letter ("moved", "passed", "born") are left out: "I was so moved" is no event.
_LIFE_EVENT_WORDS = """sick ill illness hospital hospitals surgery operation cancer chemo chemotherapy diagnosis
    diagnosed accident injury injured college university uni graduation graduated graduating wedding divorce
    divorced funeral pregnant pregnancy promotion promoted retired retirement fired redundancy redundant exam exams
    army deployment deployed prison rehab scholarship interview miscarriage transplant stroke met recover recovered
    recovering"""  # (not "recovery": the stemmer leaves it apart from "recovering")
LIFE_EVENTS = frozenset(_LIFE_EVENT_WORDS.split())


def events(text: str) -> set[str]:
    """The life events a text mentions ("when I was sick", "off to college")."""
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w in LIFE_EVENTS}


# How two people's lives are laid out: where they live and how long they have known each other ("We're both living
# in different parts of the country", "we've only known each other for so little time": default, for Roberta and
# her husband of fifty years, session 27's run). Claims, whatever words carry them; the sources must say so too.
CIRCUMSTANCES = re.compile(
    r"\b(?:liv(?:e|es|ing)|lived) (?:in )?(?:different|separate|the same|other) (?:parts?|cities|city|countries|country"
    r"|towns?|places|states)\b|\b(?:live|living|lived) (?:apart|far away|far from each other|together)\b"
    r"|\bknown each other (?:for|since)\b|\b(?:been|were) (?:together|married|friends) for\b",
    re.IGNORECASE,
)


def circumstances(text: str, said: str) -> set[str]:
    """Claims of how their lives are laid out that the sources (lower-cased) do not make: the claim's key word
    (live, known, together, married, friends) must appear in them."""
    found = set()
    for m in CIRCUMSTANCES.finditer(text):
        key = next(w for w in ("liv", "known", "together", "married", "friends", "apart") if w in m.group(0).lower())
        if key not in said:
            found.add(m.group(0).lower())
    return found


SUFFIXES = ("ions", "ion", "ments", "ment", "ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A word without its ending, so that forms of it meet: graduation/graduated, picnics/picnic, retired/retirement."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def stems(said: str) -> set[str]:
    """Every word of the sources in its stemmed form, so a word's other forms are found ("graduated" for
    "graduation")."""
    return {stem(w) for w in re.findall(r"[a-z]+", said)}


def activities(text: str) -> set[str]:
    """The shared doings a text mentions ("swimming", "our picnics")."""
    return {w for w in re.findall(r"[a-z][a-z-]+", text.lower()) if w in ACTIVITIES}


def things(text: str) -> set[str]:
    """The concrete things a text says belong to them: 'our lake house' → 'lake house'."""
    found = set()
    for m in POSSESSED.finditer(text):
        words = [w for w in m.group(1).lower().split() if w not in ADJECTIVES]
        while words and words[-1] in FUNCTION_WORDS_SET:  # "your love and": the thing is "love"
            words.pop()
        if not words or words[-1] in EVERY_LETTER or len(words[-1]) < 3:
            continue
        found.add(" ".join(words))
    return found


def misowned(text: str, said: str, names: set[str]) -> set[str]:
    """ "Our wedding" when the notes only ever say "Sam's wedding": a thing given to the wrong owner (default wrote
    it in Dev's letter for his friend's wedding). `said` is the sources in lower case; `names` the recipient's and
    client's."""
    found = set()
    owners = "|".join(re.escape(n.lower()) for n in names if n)
    if not owners:
        return found
    for m in re.finditer(r"\b(our|my)\s+((?:[a-z]+\s+)?[a-z]+)\b", text.lower()):
        for head in m.group(2).split():  # "our wedding is": the thing is "wedding"
            if head in FUNCTION_WORDS_SET or len(head) < 4:
                continue
            theirs = re.search(rf"\b(?:{owners})['’]s\s+(?:[a-z]+\s+)?{re.escape(head)}\b", said)
            ours = re.search(rf"\b(?:our|my|we|us|i)\b[^.!?]{{0,30}}\b{re.escape(head)}\b", said)
            if theirs and not ours:
                found.add(f"{m.group(1)} {head}")
            break
    return found


# "I am walking to the library again" told back as "you are walking again" (a "warmer" revision, session 28)
ROLE_AUXILIARY = r"(?:['’]ve|['’]m|['’]re| am| are| have| had| did| would| will| always| still| once| never)?"
ROLE = re.compile(rf"\b(i|you|we){ROLE_AUXILIARY}\s+([a-z]{{3,}})\b")
OBJECT = re.compile(r"\b([a-z]{3,})\s+(me|you|us|him|her)\b")
FIRST_PERSON_NOTE = re.compile(r"\b(?:i|me|my|you|your)\b")  # a note already in the letter's person
OWNER = re.compile(r"\b(my|your)\s+([a-z]{4,})\b")
SWAP = {"i": "you", "you": "i", "me": "you", "my": "your", "your": "my"}
AUXILIARY = r"(?:['’]ve| have| had| did| always| still| once| never)?"
TOGETHER = re.compile(rf"\b(?:you and i|i and you|we){AUXILIARY}\s+([a-z]{{3,}}ed)\b")  # something done together


def swapped(text: str, sources: list[str]) -> set[str]:
    """Who did what, turned round: the notes (in the letter's person) say "You noticed my heart murmur" and the
    letter says "I noticed a heart murmur" (default, Margaret's letter, sessions 26 and 27), or "You taught me to
    fish" becomes "I… taught you to fish". Every word is in the notes, so the particulars check passes it; this
    reads the roles. A sentence counts when it shares the note's verb and half its other words of 4+ letters."""
    found = set()
    lowered = text.lower()
    mine = {stem(w) for w in re.findall(r"[a-z]{4,}", lowered)}
    for source in sources:
        # sentences, and clauses joined by "and" with a subject of their own ("Our father died last spring and I
        # want to thank you for nursing him"): each is one thing said, and one role to keep
        # ("You and I worked…" is one subject, not two clauses)
        parts = r"(?<=[.!?;])\s+|(?<!\byou)(?<!\bi),? and (?=(?:i|you|we|he|she|they)\b)"
        for note in re.split(parts, source, flags=re.IGNORECASE):
            low = note.lower()
            content = {stem(w) for w in re.findall(r"[a-z]{4,}", low)}
            if len(content & mine) * 2 < len(content):
                continue
            # something the two did together told as one of them alone: "You and I worked at the mill for thirty
            # years" → "I've worked at the mill for thirty years" (default's letter for Walt, session 28)
            for m in TOGETHER.finditer(low):
                verb = m.group(1)
                alone = rf"\b(?:i|you){AUXILIARY}\s+{verb}\b"
                if re.search(alone, lowered) and not TOGETHER.search(lowered):
                    found.add(f"(who {verb} is turned round)")
            for pattern in (ROLE, OBJECT, OWNER):
                for m in pattern.finditer(low):
                    who, verb = (m.group(2), m.group(1)) if pattern is OBJECT else (m.group(1), m.group(2))
                    other = SWAP.get(who)
                    if who in ("him", "her") and FIRST_PERSON_NOTE.search(low):
                        other = "me|you"  # someone else in a note in the letter's person: "thank you for nursing him"
                    # "I and Sam met": "and" is no verb (the role check read "I" from session 28 on)
                    if (
                        other is None
                        or verb in ("have", "had", "would", "will", "want", "know", "love")
                        or (pattern is ROLE and verb in FUNCTION_WORDS_SET)
                    ):
                        continue
                    if pattern is ROLE:
                        turned = rf"\b{other}{ROLE_AUXILIARY}\s+{verb}\b"
                    elif pattern is OBJECT:
                        turned = rf"\b{verb}\s+(?:{'me' if other == 'i' else other})\b"
                    else:  # "your mother's courtyard" said as "my mother's courtyard"
                        turned = rf"\b{other}\s+{verb}\b"
                    if re.search(turned, lowered) and not re.search(re.escape(m.group(0)), lowered):
                        found.add(
                            f"(whose {verb} is turned round)" if pattern is OWNER else f"(who {verb} is turned round)"
                        )
    return found


def unsupported(text: str, sources: list[str], allowed: set[str] = frozenset()) -> set[str]:
    """Particulars of `text` that neither the sources nor `allowed` (the client's and recipient's names) back, and
    roles the notes give that it turns round (`swapped`)."""
    missing = set(ungrounded(text, sources, allowed)) | swapped(text, sources)
    said = " ".join(sources).lower()
    forms = stems(said)  # once per check, not once per word checked
    missing |= misowned(text, said, set(allowed))
    for thing in things(text) | activities(text):
        head = thing.split()[-1]
        if head not in said and stem(head) not in forms:
            missing.add(thing)
    missing |= {event for event in events(text) if stem(event) not in forms}
    missing |= circumstances(text, said)
    return missing


# Words any warm sentence may use without claiming an event: feelings, time, the everyday verbs of a letter.
EVERYDAY = frozenset(
    [
        "love",
        "loved",
        "loving",
        "miss",
        "missed",
        "thank",
        "thanks",
        "grateful",
        "proud",
        "happy",
        "glad",
        "lucky",
        "blessed",
        "heart",
        "hearts",
        "dear",
        "dearest",
        "always",
        "never",
        "still",
        "every",
        "each",
        "more",
        "most",
        "much",
        "many",
        "little",
        "life",
        "lives",
        "year",
        "years",
        "day",
        "days",
        "time",
        "times",
        "moment",
        "moments",
        "morning",
        "mornings",
        "night",
        "nights",
        "together",
        "forever",
        "world",
        "best",
        "better",
        "good",
        "wonderful",
        "beautiful",
        "sweet",
        "warm",
        "kind",
        "kindness",
        "feel",
        "felt",
        "think",
        "thought",
        "know",
        "knew",
        "remember",
        "hope",
        "hoped",
        "wish",
        "want",
        "wanted",
        "need",
        "give",
        "gave",
        "given",
        "share",
        "shared",
        "make",
        "made",
        "mean",
        "means",
        "meant",
        "keep",
        "kept",
        "hold",
        "held",
        "laugh",
        "laughed",
        "smile",
        "smiled",
        "cherish",
        "cherished",
        "grow",
        "grew",
        "grown",
        "look",
        "looking",
        "forward",
        "ahead",
        "future",
        "still",
        "first",
        "last",
        "whole",
        "again",
        "ever",
        "without",
        "within",
        "thing",
        "things",
        "everything",
        "something",
        "nothing",
        "anyone",
        "someone",
        "person",
        "people",
        "friend",
        "friends",
        "side",
        "arms",
        "home",
    ]
)


def novel(sentence: str, sources: list[str]) -> set[str]:
    """Content words of a sentence that neither the sources nor the everyday words of a letter contain."""
    said = set(re.findall(r"[a-z']+", " ".join(sources).lower()))
    words = set(re.findall(r"[a-z']+", sentence.lower()))
    return {
        w
        for w in words - said - EVERYDAY - FUNCTION_WORDS_SET
        if len(w) > 3 and w.rstrip("s") not in said and w.rstrip("ed") not in said and "'" not in w
    }


# A deed of theirs or hers in the past, told as the letter's own fact: "You saw potential in me and encouraged me to
# pursue my dreams." (default's draft for Roberta, whose notes say only that he makes her laugh each morning: the
# letters scenario, session 28). Feeling and knowing are not deeds ("I always loved", "you knew").
DEED = re.compile(
    r"\b(?:you|we|i)(?: (?:also|always|once|even|never|still|really|first|then))? "
    r"(?!(?:wanted|loved|felt|thought|hoped|knew|meant|realized|realised|had|was|were|did|could|would|should|"
    r"might|must|got|learned|learnt|missed|enjoyed|appreciated|cherished|admired|liked|needed|noticed|remembered|"
    r"worried|wondered|used|tried|believed|decided|cared|seemed|looked|laughed|cried|smiled|shared|provided|"
    r"performed|mentioned|started|spent|made|offered|received|asked|said|thanked)\b)"
    r"([a-z]{3,}ed|saw|gave|taught|took|brought|showed|told|made|found|left|went|met|won|built|wrote|sang|ran|drove|"
    r"bought|held|kept|sent|stood|fought|paid|lent|flew|swam|sold)\b(?!['’])",
    re.IGNORECASE,
)


def invented_deed(sentence: str, sources: list[str]) -> bool:
    """A past deed the sources do not tell: a deed verb of you/we/I, with two or more words the notes never used."""
    m = DEED.search(sentence)
    if not m:
        return False
    said = " ".join(sources).lower()
    return stem(m.group(1).lower()) not in stems(said) and len(novel(sentence, sources)) >= 2
