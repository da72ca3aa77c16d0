"""A voice worth talking to, checked in her words (a link of the reply chain, llm/chain.py):

- one question at a time: after her first question, further questions are dropped;
- no lists unless asked: list markers ("1.", "-", "•") are taken off, so the items read as sentences;
- no generic therapy lines ("a difficult time for everyone involved", "it's important to remember that…");
- no cheer at sad words: when they sound down, "That's great!", "glad to hear it" and "that's a good thing" are
  dropped (`default` answered "Tired." with "Mm, that's a good thing", and goodbye letters with "That's great");
- the person in front of her is "you": a sentence about her person as "they" (with their name, or "the user")
  is dropped; and when what they just said speaks of no one else, "they/them/their" in her words can only be
  them, and become "you/your" (the verbs agree: "they are so tired" → "you are so tired").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from samantha.affect.express import LOW_WORDS
from samantha.llm.clean import word_string

MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")
GENERIC = re.compile(
    r"\beveryone involved\b|\bit'?s important to (?:remember|note|acknowledge)\b|\bi'?m here to help\b"
    r"|\bas an ai(?: language model)?\b|\bremember to take care of yourself\b|\bseek professional help\b"
    r"|\bit'?s (?:completely |totally )?(?:understandable|normal) (?:that|for) (?:they|them|the user)\b"
    r"|\bthe user\b"
    # a brush-off to the grieving: "If you need someone to talk to, there are many resources available for support."
    r"|\bthere are (?:many|lots of|plenty of|a lot of|some) (?:\w+ )?resources\b"
    # a help desk's words ("I messed up a calculation" → "I'm sorry for any inconvenience you may have caused":
    # default, evenings.json, session 29) and a lecture to someone whose marriage just ended ("It's important to
    # communicate openly and honestly with your spouse": the same run)
    r"|\b(?:sorry|apologi[sz]e) for any inconvenience\b|\bthank you for your patience\b|\bwe apologi[sz]e\b"
    r"|\bis there anything else i can (?:help|assist|do for you)\b"
    r"|\bit'?s (?:really |very |so |always )?important to (?:communicate|talk openly|be open|be honest|"
    r"prioriti[sz]e|practi[cs]e|set boundaries)\b",
    re.IGNORECASE,
)

CHEER = re.compile(
    r"\b(?:that'?s|that is|how|what an?|it'?s|sounds) (?:so |really |such an? )?(?:great|wonderful|awesome|amazing"
    r"|fantastic|exciting|exciting news|a good thing|good news|good to hear|nice|lovely|cool|fun|interesting|"
    r"fascinating)\b(?! (?:that you|you (?:told|said|shared|reached)))"
    r"|\b(?:that'?s|that is|what|it'?s|sounds like) (?:such )?an? (?:good|great|nice|wonderful|lovely|positive|happy"
    r"|fun|exciting) (?:thing|feeling|news|one|place to be|mood|day)\b"
    r"|\b(?:great|glad|good|happy|nice|wonderful) to (?:hear|know)\b|\bgood for you\b|\bcongrat\w*\b|\byay\b"
    r"|\bi'?m (?:so |really )?(?:glad|happy) (?:for you|to hear)\b|\bhow exciting\b|\bwell done\b",
    re.IGNORECASE,
)
DOWN_STRATEGIES = ("comfort", "validate", "give_space")
# A reply is talk, not a lecture: default answered "Lonely. I moved to Berlin and don't know anyone." with three
# paragraphs of advice ("Life is full of surprises and opportunities…", session 28's evenings run). After this many
# sentences the rest goes, unless they asked for a list or steps.
MOST_SENTENCES = 5
# Sympathy for what was a laugh ("This joke killed me." → "Mm, that's a tough one. … how to get over it."): cut when
# her reading is that they are laughing (affect's "laugh" strategy).
COMMISERATION = re.compile(
    r"\b(?:that'?s|that is|sounds like|what) (?:a |such a |really )?(?:tough|hard|rough|difficult|sad) (?:one|time|day|"
    r"spot|situation|thing)\b|\bsorry (?:to hear|that happened|about that|for your loss)\b"
    r"|\bi'?m (?:so |really )?sorry\b|\bget over (?:it|this|that)\b"
    r"|\bmust (?:have been|be) (?:hard|tough|difficult|painful|awful)\b|\bthat sounds "
    r"(?:hard|tough|awful|painful|difficult|rough)\b",
    re.IGNORECASE,
)


def sounds_down(strategy: str | None, valence: float | None, text: str = "") -> bool:
    """Do their words sound down (the affect reader's strategy or valence, or words of a low day)? Then cheer in
    her words is wrong. Good news the reader is sure of ("I lost 10 kilos!") is not down."""
    if strategy == "celebrate":
        return False
    return strategy in DOWN_STRATEGIES or (valence is not None and valence < -0.2) or bool(LOW_WORDS.search(text))


THEY = {
    "they": "you",
    "them": "you",
    "their": "your",
    "theirs": "yours",
    "themselves": "yourself",
    "they're": "you're",
    "they've": "you've",
    "they'll": "you'll",
    "they'd": "you'd",
    "themself": "yourself",
}
THEY_WORD = re.compile(r"\b(?:" + "|".join(sorted(THEY, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# What they said speaks of someone else, so "they" in her reply may well be that person or those people.
OTHERS = re.compile(
    r"\b(?:they|them|their|he|him|his|she|her|people|friends?|parents?|kids?|child(?:ren)?|family|families|everyone|"
    r"everybody|both|couple|clients?|customers?|colleagues?|coworkers?|team|guys|folks|students?|neighbou?rs?|"
    r"brothers?|sisters?|wife|husband|partner|boyfriend|girlfriend|mom|mum|mother|dad|father|son|daughter|boss|"
    r"cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|baby|dog|cat|someone|somebody)\b",
    re.IGNORECASE,
)
CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
# The person and one other, as one subject: "Catherine and I", "my wife and I", "me and Amy".
COUPLE = re.compile(r"\b(?:[A-Z][a-z]+|[Mm]y \w+) and I\b|\bme and (?:[A-Z][a-z]+|my \w+)\b")
YOU_TWO = {
    "they": "you two",
    "them": "you two",
    "they're": "you're both",
    "they've": "you've both",
    "they'll": "you'll both",
    "they'd": "you'd both",
    "their": "your",
}
STARTERS = {
    "i",
    "i'm",
    "i've",
    "i'd",
    "i'll",
    "my",
    "me",
    "the",
    "a",
    "an",
    "and",
    "but",
    "so",
    "if",
    "it",
    "it's",
    "this",
    "that",
    "what",
    "when",
    "why",
    "how",
    "where",
    "who",
    "do",
    "did",
    "does",
    "is",
    "are",
    "was",
    "can",
    "could",
    "would",
    "should",
    "will",
    "just",
    "not",
    "no",
    "we",
    "you",
    "there",
    "here",
    "because",
    "all",
    "some",
    "honestly",
    "well",
    "yeah",
    "yes",
    "okay",
    "ok",
    "today",
    "tonight",
    "really",
    "sometimes",
    "maybe",
    "anyway",
    "thanks",
    "hi",
    "hey",
    "hello",
    "sorry",
    "also",
    "actually",
    "oh",
    "ugh",
    "please",
    "still",
    "everything",
    "nothing",
    "life",
    "work",
    "yesterday",
    "lately",
}


def names_someone(text: str) -> bool:
    """A capitalised word that is not a common sentence opener: most likely someone's name ("Catherine")."""
    return any(w.lower() not in STARTERS for w in CAPITALISED.findall(text))


class StyleLink:
    name = "style"

    def __init__(
        self,
        user_name: str | None = None,
        lists_asked: bool = False,
        user_text: str = "",
        down: bool = False,
        recent_replies: Sequence[str] = (),
        laughing: bool = False,
        own_name: str = "",
    ):
        self.questions = 0
        self.kept = 0  # sentences of this reply kept so far
        # Her questions of the last few replies: "What would you like to talk about next?" closed three replies in
        # a row in session 27's run. The same question again is a tic, not interest.
        self.asked_before = {word_string(q) for reply in recent_replies for q in re.findall(r"[^.!?]*\?", reply)}
        # … and any longer sentence of theirs: "Let me know if you need anything else." closing reply after reply
        # (session 27's notes) is a tic too. Short ones ("I'm so sorry.") may come back.
        self.said_before = {
            w
            for reply in recent_replies
            for s in re.findall(r"[^.!?]+[.!]", reply)
            if len((w := word_string(s)).split()) >= 5
        }
        self.down = down
        self.laughing = laughing
        # her own name said to them: "It's nice to meet you too, Samantha." (default to a user with no name,
        # names.json, session 28): the brain took her name for theirs
        self.to_herself = (
            re.compile(rf",\s*{re.escape(own_name)}(?=\s*[.!?])|^\s*{re.escape(own_name)},\s*", re.IGNORECASE)
            if own_name
            else None
        )
        self.lists_asked = lists_asked
        self.they_is_you = bool(user_text) and not (OTHERS.search(user_text) or names_someone(user_text))
        # "Catherine and I are getting divorced": "they" in her reply is the two of them, him included ("it
        # sounds like they're going through a tough time" talked past him in the ./scripts/run tryout).
        rest = COUPLE.sub("", user_text)  # no one else in what they said: "they" can only be the two of them
        self.they_is_you_two = (
            bool(COUPLE.search(user_text)) and not self.they_is_you and not (OTHERS.search(rest) or names_someone(rest))
        )
        self.about_them = (
            re.compile(rf"\b{re.escape(user_name)}\b[^.!?]*\b(?:they|them|their)\b", re.IGNORECASE)
            if user_name
            else None
        )

    def check(self, sentence: str) -> str | None:
        changed = sentence
        if self.to_herself and self.to_herself.search(changed):
            changed = self.to_herself.sub("", changed)
            changed = changed[:1].upper() + changed[1:]
        if not self.lists_asked and MARKER.match(changed):
            changed = MARKER.sub("", changed)
        if GENERIC.search(changed) or (self.about_them and self.about_them.search(changed)):
            return ""
        if self.down and CHEER.search(changed):
            return ""
        if self.laughing and COMMISERATION.search(changed):
            return ""
        if self.they_is_you:
            changed = THEY_WORD.sub(lambda m: _same_case(THEY[m.group(0).lower()], m.group(0)), changed)
        elif self.they_is_you_two:
            changed = re.sub(r"\b(?:them|they) both\b", lambda m: _same_case("you both", m.group(0)), changed)
            changed = THEY_WORD.sub(
                lambda m: _same_case(YOU_TWO.get(m.group(0).lower(), m.group(0)), m.group(0)), changed
            )
        if self.kept >= MOST_SENTENCES and not self.lists_asked:
            return ""
        if self.kept and word_string(changed) in self.said_before:
            return ""  # a closing said again; never her first sentence, or she would have nothing to say
        if changed.rstrip().endswith("?"):
            if word_string(changed) in self.asked_before:
                return ""
            self.questions += 1
            if self.questions > 1:
                return ""
        self.kept += bool(changed.strip())
        return None if changed == sentence else changed


def asks_for_list(text: str) -> bool:
    return bool(re.search(r"\b(?:list|steps|bullet|ideas|options|tips|ways to)\b", text, re.IGNORECASE))


def _same_case(word: str, like: str) -> str:
    return word[0].upper() + word[1:] if like[0].isupper() else word
