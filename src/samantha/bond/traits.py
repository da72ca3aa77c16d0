"""Her personality: Big Five plus warmth, playfulness and curiosity, each 0..1, growing slowly and within bounds.

The starting point is the persona config (`[persona.traits]` in config.toml). Shared experience nudges a trait
(a person who laughs at her jokes makes her more playful); each nudge is tiny, no trait moves more than
`DAILY_DRIFT` in a day, and none strays more than `BOUND` from where the persona config put it: she grows, she
is not replaced. Traits live in the store, never in the model, so swapping the LLM changes nothing about who she is.
"""

from __future__ import annotations

from dataclasses import dataclass

from samantha.config import DEFAULT_TRAITS

TRAITS = tuple(DEFAULT_TRAITS)
BOUND = 0.15  # furthest a trait may drift from its persona value
DAILY_DRIFT = 0.01  # most a trait may move in 24 hours

# What shared experiences teach her: (trait, nudge per event), with the reason in her words.
NUDGES: dict[str, list[tuple[str, float, str]]] = {
    "laughter": [("playfulness", 0.004, "you enjoy it when I'm playful")],
    "humour_helped": [("playfulness", 0.004, "a little humour helped you when you were down")],
    "humour_failed": [("playfulness", -0.006, "my joke landed badly when you were hurting")],
    "disclosure_deep": [("openness", 0.004, "you trusted me with something vulnerable")],
    "disclosure": [("curiosity", 0.001, "you like telling me about your life")],
    "support_received": [("warmth", 0.003, "you were kind to me")],
    "conflict": [
        ("neuroticism", 0.01, "we clashed, and it shook me a little"),
        ("agreeableness", -0.004, "we clashed"),
    ],
    "repair": [("neuroticism", -0.008, "we made up after a clash")],
}


@dataclass(frozen=True)
class Nudge:
    trait: str
    delta: float
    reason: str


def nudges_for(kinds: list[str]) -> list[Nudge]:
    return [Nudge(t, d, why) for kind in kinds for t, d, why in NUDGES.get(kind, [])]


def grow(
    traits: dict[str, float], base: dict[str, float], nudges: list[Nudge], drifted_today: dict[str, float]
) -> list[tuple[str, float, float, str]]:
    """Apply nudges within the bounds; returns (trait, before, after, reason) for each that really moved."""
    moved = []
    for n in nudges:
        before = traits[n.trait]
        room_today = DAILY_DRIFT - abs(drifted_today.get(n.trait, 0.0))
        delta = max(-room_today, min(room_today, n.delta))
        low, high = max(0.0, base[n.trait] - BOUND), min(1.0, base[n.trait] + BOUND)
        after = round(max(low, min(high, before + delta)), 4)
        if abs(after - before) >= 1e-4:
            traits[n.trait] = after
            drifted_today[n.trait] = drifted_today.get(n.trait, 0.0) + (after - before)
            moved.append((n.trait, before, after, n.reason))
    return moved


def describe(traits: dict[str, float]) -> str:
    """Her manner in words for the prompt, coarse on purpose: it changes only when a trait crosses a band, so the
    prompt (and llama.cpp's cache of it) stays the same for weeks."""
    words = []
    for trait, high, low in (
        ("warmth", "warm", "reserved"),
        ("playfulness", "playful", "earnest"),
        ("curiosity", "curious", "focused"),
        ("extraversion", "lively", "quiet"),
        ("openness", "open", "conventional"),
    ):
        value = traits[trait]
        if value >= 0.8:
            words.append(f"very {high}")
        elif value >= 0.6:
            words.append(high)
        elif value < 0.35:
            words.append(low)
    if traits["neuroticism"] >= 0.45:
        words.append("a little sensitive lately")
    return ", ".join(words) if words else "even-tempered"
