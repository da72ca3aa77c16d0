"""Learning what helps this person: a contextual bandit over ways of answering, rewarded by how they feel next.

Situation (the context) comes from the reader: sad, anxious or angry. The arms are the ways of answering:
comfort, humour, practical help, curious questions, plain validation. After she answers, the person's next
message tells how it went: the change in their valence (−1..1) plus explicit feedback ("that helped" +0.5,
"not funny" −0.7), clipped to −1..1.

Thompson sampling over a Gaussian estimate per (situation, way). Exploration is kept gentle:
- priors start from what usually helps (comfort when sad, validation when angry), worth `PRIOR_WEIGHT` trials;
- the sampling noise is scaled down (`GENTLENESS`), and a way whose estimate is clearly worse than the best
  (by `TOO_RISKY`) is never tried: she does not experiment on someone who is hurting.
The draws are seeded by the turn id, so a conversation replays the same choices (tests, debugging).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

from samantha.affect.appraise import HOSTILE, family_strength
from samantha.affect.reader import Emotion
from samantha.store.bond import Trial

APPROACHES = ("comfort", "humour", "practical", "curious", "validate")
PRIORS: dict[str, dict[str, float]] = {
    "sad": {"comfort": 0.15, "validate": 0.1, "curious": 0.05, "practical": 0.0, "humour": 0.0},
    "anxious": {"comfort": 0.1, "practical": 0.1, "validate": 0.05, "curious": 0.05, "humour": 0.0},
    "angry": {"validate": 0.15, "curious": 0.05, "comfort": 0.05, "practical": 0.0, "humour": -0.05},
}
PRIOR_WEIGHT = 2.0
NOISE = 0.5  # spread of one reward
GENTLENESS = 0.6
TOO_RISKY = 0.35
CURIOSITY = 0.5  # optimism, in spreads, for a way not tried yet in this situation
SEVERE = 0.8  # distress (−valence) from which she only does what is known to help

HELPED = re.compile(
    r"\b(that helps|that helped|this helps|helps a lot|you'?re right|good idea|thanks?,? that|made me laugh|"
    r"i needed that|feel(ing)? better|haha\w*|lol)\b",
    re.IGNORECASE,
)
DID_NOT_HELP = re.compile(
    r"\b(not funny|don'?t joke|this isn'?t funny|not helpful|that doesn'?t help|doesn'?t help|you'?re not listening|"
    r"stop (asking|joking)|i didn'?t ask for advice|whatever)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Estimate:
    approach: str
    mean: float
    trials: int
    prior: float

    @property
    def spread(self) -> float:
        return NOISE / math.sqrt(PRIOR_WEIGHT + self.trials)


def situation(reading: Emotion | None) -> str | None:
    """sad | anxious | angry, or None when the person is not struggling (nothing to learn about then)."""
    if reading is None or reading.valence > -0.2:
        return None
    labels = reading.labels
    anxious = family_strength(labels, ("fear", "nervousness"))
    sad = family_strength(labels, ("sadness", "grief", "disappointment", "remorse", "embarrassment"))
    angry = family_strength(labels, HOSTILE)
    best = max((sad, "sad"), (anxious, "anxious"), (angry, "angry"))
    return best[1] if best[0] >= 0.3 else None


def estimates(context: str, trials: list[Trial]) -> list[Estimate]:
    out = []
    for approach in APPROACHES:
        prior = PRIORS[context][approach]
        rewards = [t.reward for t in trials if t.approach == approach and t.reward is not None]
        mean = (prior * PRIOR_WEIGHT + sum(rewards)) / (PRIOR_WEIGHT + len(rewards))
        out.append(Estimate(approach, round(mean, 4), len(rewards), prior))
    return sorted(out, key=lambda e: -e.mean)


def choose(context: str, trials: list[Trial], seed: int, distress: float = 0.5) -> str:
    """Thompson sampling, gently: only among ways not clearly worse than the best known one, with a little
    optimism for a way never tried in a mild moment, and no experiment at all when they are in acute pain."""
    known = estimates(context, trials)
    if distress >= SEVERE:
        return known[0].approach
    best = known[0].mean
    rng = random.Random(seed)
    candidates = [e for e in known if e.mean >= best - TOO_RISKY]
    draws = {
        e.approach: rng.gauss(e.mean + (e.spread * CURIOSITY if e.trials == 0 else 0.0), e.spread * GENTLENESS)
        for e in candidates
    }
    return max(draws, key=lambda a: draws[a])


def reward(valence_before: float, valence_after: float, text: str) -> tuple[float, str | None]:
    """How much her way of answering helped, from their next message; and the feedback words, if any."""
    feedback, bonus = None, 0.0
    if hurt := DID_NOT_HELP.search(text):
        bonus, feedback = -0.7, hurt.group(0)
    elif helped := HELPED.search(text):
        bonus, feedback = 0.5, helped.group(0)
    return round(max(-1.0, min(1.0, (valence_after - valence_before) + bonus)), 4), feedback
