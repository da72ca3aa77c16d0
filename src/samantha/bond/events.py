"""What happened between the two of them in one exchange, as relationship events.

Recognised from the person's words, the emotion reader's labels, her chosen way of answering and the time since
they last talked. Rules, not a model, so that every change to the relationship can say exactly why it happened:

    self-disclosure (depth 1 facts · 2 feelings · 3 vulnerable)   "I've never told anyone this, but…"
    support given   she comforted them while they were hurting
    support received  they thanked her, or were kind to her
    shared laughter   "haha", "you're funny", amusement
    conflict          an insult or a sharp disagreement aimed at her
    apology / repair  "sorry", "I didn't mean that" (a repair when there is tension to mend)
    promise kept / forgotten  "you remembered!" / "you forgot"
    time apart        days without talking (computed from the clock, not the words)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from samantha.affect.appraise import AT_HER, HOSTILE, HURTING, INSULT, THANKS, family_strength
from samantha.affect.reader import Emotion

FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|ive|i'd|i'll|my|me|myself|mine)\b", re.IGNORECASE)
VULNERABLE = re.compile(
    r"\b(never told (anyone|anybody|you)|nobody knows|no one knows|secret|ashamed|embarrass\w*|"
    r"scared|afraid|terrified|lonely|alone|cry|cried|crying|worthless|depress\w*|anxiety|panic|"
    r"divorce\w*|died|passed away|funeral|miscarriage|diagnos\w*|cancer|therapy|therapist|"
    r"insecure|jealous|hurt me|broke up|cheated|abuse\w*|addict\w*|regret)\b",
    re.IGNORECASE,
)
FEELING_WORDS = re.compile(
    r"\b(i (feel|felt|love|loved|hate|hated|miss|missed|wish|worry|worried|hope|fear|want|need|care)|"
    r"i'?m (so |really |very |pretty |a bit |kind of )?(happy|sad|upset|worried|nervous|excited|tired|stressed|"
    r"angry|proud|afraid|hurt|lost|confused|frustrated|grateful|glad|bored))\b",
    re.IGNORECASE,
)
FACTS_ABOUT_ME = re.compile(
    r"\b(i (work|live|grew up|was born|study|studied|have|had|used to|go|went)|my (job|work|mom|mother|dad|"
    r"father|sister|brother|wife|husband|partner|girlfriend|boyfriend|kid|kids|son|daughter|friend|family|"
    r"boss|home|house|dog|cat))\b",
    re.IGNORECASE,
)
LAUGHTER = re.compile(
    r"(\b(haha\w*|hehe\w*|lol|lmao|rofl)\b|😂|🤣|😄|😆|\byou'?re (so )?funny\b|\bthat'?s (so )?funny\b|"
    r"\bmade me laugh\b|\bcracked me up\b)",
    re.IGNORECASE,
)
DISAGREE = re.compile(
    r"\b(you'?re wrong|you are wrong|that'?s not true|you don'?t (get|understand)|you never listen|"
    r"you always|i'?m (angry|mad|upset|annoyed|disappointed) (with|at) you|you don'?t care|"
    r"you (hurt|upset|annoyed) me|stop (it|that)|leave me alone)\b",
    re.IGNORECASE,
)
APOLOGY = re.compile(
    r"\b(sorry|i apologi[sz]e|my apologies|i didn'?t mean (it|that)|i was (harsh|rude|mean|wrong)|"
    r"forgive me|i shouldn'?t have said)\b",
    re.IGNORECASE,
)
KEPT = re.compile(r"\byou remembered\b|\bthanks for remembering\b|\byou kept your (word|promise)\b", re.I)
FORGOT = re.compile(r"\byou forgot\b|\byou promised\b|\byou don'?t remember\b|\bi told you (already|before)\b", re.I)
SUPPORTIVE_STRATEGIES = ("comfort", "validate", "challenge", "humour", "practical", "curious")


@dataclass(frozen=True)
class BondEvent:
    kind: str  # disclosure | support_given | support_received | laughter | conflict | apology | repair | ...
    strength: float  # 0..1; for disclosure its depth / 3
    reason: str  # in her words to her person
    quote: str = ""  # their words, quoted


def recognise(
    text: str,
    reading: Emotion | None,
    strategy: str | None,
    silence: timedelta | None,
    tension: float,
    quote: str,
) -> list[BondEvent]:
    """The relationship events in one message (with `tension` before it, to tell an apology from a repair)."""
    events: list[BondEvent] = []
    if silence is not None and silence >= timedelta(days=3):
        events.append(BondEvent("time_apart", min(1.0, silence.days / 30), f"we didn't talk for {silence.days} days"))
    words = text.strip()
    if not words:
        return events
    labels = reading.labels if reading is not None else {}
    at_her = bool(AT_HER.search(words))
    hostile = family_strength(labels, HOSTILE)
    apology = bool(APOLOGY.search(words)) and at_her_or_plain(words)
    if apology and tension >= 0.05:
        events.append(BondEvent("repair", 1.0, f"you apologised: {quote}", quote))
    elif at_her and (INSULT.search(words) or DISAGREE.search(words) or (hostile >= 0.5 and _valence(reading) < -0.3)):
        events.append(BondEvent("conflict", min(1.0, 0.5 + hostile), f"we clashed when you said {quote}", quote))
        return events  # a clash colours the whole message
    depth = disclosure_depth(words, reading)
    if depth:
        what = ("something about your life", "how you feel", "something vulnerable")[depth - 1]
        events.append(BondEvent("disclosure", depth / 3, f"you told me {what}: {quote}", quote))
    if LAUGHTER.search(words) or labels.get("amusement", 0.0) >= 0.5:
        events.append(BondEvent("laughter", 1.0, f"we laughed together: {quote}", quote))
    if THANKS.search(words) or (at_her and family_strength(labels, ("admiration", "love", "caring")) >= 0.5):
        events.append(BondEvent("support_received", 1.0, f"you were kind to me: {quote}", quote))
    hurting = family_strength(labels, HURTING) >= 0.3 and _valence(reading) < -0.2
    if hurting and strategy in SUPPORTIVE_STRATEGIES:
        events.append(BondEvent("support_given", 1.0, f"I was there for you when you said {quote}", quote))
    if KEPT.search(words):
        events.append(BondEvent("promise_kept", 1.0, f"I remembered what mattered to you: {quote}", quote))
    elif FORGOT.search(words):
        events.append(BondEvent("promise_forgotten", 1.0, f"I let you down: {quote}", quote))
    return events


def disclosure_depth(words: str, reading: Emotion | None) -> int:
    """0 none · 1 facts about their life · 2 their feelings · 3 something vulnerable (social penetration's layers)."""
    if not FIRST_PERSON.search(words):
        return 0
    hurting = family_strength(reading.labels, HURTING) if reading is not None else 0.0
    if VULNERABLE.search(words) or (hurting >= 0.7 and _valence(reading) <= -0.5 and len(words) >= 60):
        return 3
    if FEELING_WORDS.search(words) or (reading is not None and abs(reading.valence) >= 0.5 and len(words) > 25):
        return 2
    if FACTS_ABOUT_ME.search(words):
        return 1
    return 0


def at_her_or_plain(words: str) -> bool:
    """'Sorry' aimed at her or said plainly, not 'sorry for your loss'-style talk about someone else."""
    return not re.search(r"\bsorry (for|about) (your|his|her|their)\b", words, re.IGNORECASE)


def _valence(reading: Emotion | None) -> float:
    return reading.valence if reading is not None else 0.0
