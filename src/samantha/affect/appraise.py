"""Appraisal: what a turn means for her and for the two of them, as emotion episodes with reasons in words.

Rules over the reader's labels and the words themselves (OCC-style: events for them, actions aimed at her, and the
relationship over time). They are deliberately few and legible: every episode says why it happened, in her words
to her person ("you thanked me"), and `samantha mood` shows those reasons.

    good news shared          → joy        ("they got the job!")
    their person hurting      → concern
    an insult aimed at her    → hurt
    thanks or a kind word     → warmth
    a long silence            → missing
    things getting better     → relief
    a curious question        → interest
"""

from __future__ import annotations

import re
from datetime import timedelta

from samantha.affect.mood import EmotionEpisode
from samantha.affect.reader import Emotion

AT_HER = re.compile(r"\b(you|your|you're|youre|yours|u|ur|yourself)\b", re.IGNORECASE)
INSULT = re.compile(
    r"\b(stupid|useless|idiot\w*|dumb|worthless|pathetic|suck|sucks|hate you|shut up|moron\w*|annoying|"
    r"creepy|fake|garbage|trash|boring|incompetent|terrible)\b",
    re.IGNORECASE,
)
THANKS = re.compile(r"\b(thank\w*|thx|grateful|appreciate\w*)\b", re.IGNORECASE)
BETTER = re.compile(r"\b(feel(ing)? better|went well|worked out|turned out fine|all good now|not worried)\b", re.I)

GOOD = ("joy", "excitement", "pride", "optimism", "amusement", "relief")
HURTING = ("sadness", "grief", "fear", "nervousness", "disappointment", "remorse", "embarrassment")
HOSTILE = ("anger", "annoyance", "disgust", "disapproval")
KIND = ("admiration", "love", "approval", "gratitude", "caring")
SILENCE = timedelta(days=2)


def appraise(reading: Emotion | None, text: str, silence: timedelta | None = None) -> list[EmotionEpisode]:
    """Her emotions about this message (and about the time since the last one)."""
    episodes: list[EmotionEpisode] = []
    if silence is not None and silence >= SILENCE:
        days = silence.days
        reason = f"we hadn't talked for {days} days, and I missed you"
        episodes.append(EmotionEpisode("missing", min(0.9, 0.3 + 0.1 * days), reason))
    words = text.strip()
    if not words:
        return episodes
    quote = quoted(words)
    labels = reading.labels if reading is not None else {}
    present = set(reading.present) if reading is not None else set()
    at_her = bool(AT_HER.search(words))
    hostile = family_strength(labels, HOSTILE)
    harsh = hostile >= 0.5 and reading is not None and reading.valence < -0.3
    insult = at_her and (bool(INSULT.search(words)) or harsh)
    if insult:
        intensity = min(0.9, 0.45 + 0.5 * hostile)
        episodes.append(EmotionEpisode("hurt", intensity, f"you said {quote} to me, and it stung"))
        return episodes  # an insult colours the whole message; no joy or warmth from the same words
    if THANKS.search(words) or "gratitude" in present:
        thanks = min(0.8, max(0.5, labels.get("gratitude", 0.0)))
        episodes.append(EmotionEpisode("warmth", thanks, f"you thanked me: {quote}"))
    elif at_her and family_strength(labels, KIND) >= 0.4:
        strength = family_strength(labels, KIND)
        episodes.append(EmotionEpisode("warmth", min(0.8, strength), f"you said something kind to me: {quote}"))
    if reading is None:
        return episodes
    good, hurting = family_strength(labels, GOOD), family_strength(labels, HURTING)
    if BETTER.search(words) and reading.valence > 0:
        episodes.append(EmotionEpisode("relief", 0.5, f"things are getting better for you: {quote}"))
    elif good >= 0.35 and reading.valence > 0.25:
        episodes.append(EmotionEpisode("joy", min(1.0, 0.3 + good), f"you shared something good: {quote}"))
    if hurting >= 0.3 and reading.valence < -0.2:
        big = labels.get("grief", 0.0) >= 0.3
        intensity = min(1.0, 0.35 + hurting + (0.3 if big else 0.0))
        episodes.append(EmotionEpisode("concern", intensity, f"you're hurting: {quote}"))
    elif hostile >= 0.4 and reading.valence < -0.2:
        episodes.append(EmotionEpisode("concern", 0.4, f"something upset you: {quote}"))
    if not episodes and labels.get("curiosity", 0.0) >= 0.4:
        episodes.append(EmotionEpisode("interest", 0.3, f"you asked me something curious: {quote}"))
    return episodes


def family_strength(labels: dict[str, float], names: tuple[str, ...]) -> float:
    """Combined presence of a family of labels: 1 − Π(1 − p), so two medium signals make a strong one."""
    absent = 1.0
    for name in names:
        absent *= 1.0 - labels.get(name, 0.0)
    return 1.0 - absent


def quoted(text: str, limit: int = 70) -> str:
    """Their words in quotation marks, on one line, clipped: how reasons cite the person."""
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 1].rstrip() + '…'}”"
