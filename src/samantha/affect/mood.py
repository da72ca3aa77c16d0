"""Her mood: pleasure, arousal and dominance (PAD, each in [-1, 1]) that persist, decay and move in bounded steps.

Emotions are brief; mood is what they leave behind. Each emotion episode pushes the mood along its PAD direction
(the OCC → PAD mapping of Gebhard's ALMA, simplified). A turn moves the mood at most `STEP` per dimension, so one
remark never flips her from glowing to gloomy; only something big (grief, life-changing news: an episode of
`BIG_KINDS` with intensity ≥ `BIG`) may move it further. Between turns the mood relaxes exponentially toward her
temperament's baseline with a half-life of `HALF_LIFE`: yesterday's sadness still shows a little this morning and
is gone in a couple of days.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

HALF_LIFE = timedelta(hours=12)
STEP = 0.2  # largest change per dimension in one turn
BIG_STEP = 0.5  # … when something big happened
BIG = 0.85  # intensity from which an episode counts as big …
BIG_KINDS = ("concern", "joy")  # … for these: grief, life-changing news. Hurt and warmth always move in steps.


@dataclass(frozen=True)
class PAD:
    pleasure: float = 0.0
    arousal: float = 0.0
    dominance: float = 0.0

    def __add__(self, other: PAD) -> PAD:
        return PAD(self.pleasure + other.pleasure, self.arousal + other.arousal, self.dominance + other.dominance)

    def scaled(self, factor: float) -> PAD:
        return PAD(self.pleasure * factor, self.arousal * factor, self.dominance * factor)

    def clipped(self, limit: float = 1.0) -> PAD:
        return PAD(*(max(-limit, min(limit, v)) for v in self.as_tuple()))

    def as_tuple(self) -> tuple[float, float, float]:
        return (self.pleasure, self.arousal, self.dominance)

    def rounded(self) -> PAD:
        return PAD(*(round(v, 4) for v in self.as_tuple()))


# Her temperament: warm and curious, a little lively, at ease. The mood returns here when nothing happens.
BASELINE = PAD(0.25, 0.1, 0.1)

# How each of her emotions pushes the mood, per unit of intensity.
DIRECTION: dict[str, PAD] = {
    "joy": PAD(0.45, 0.25, 0.1),  # good news shared
    "warmth": PAD(0.4, 0.1, 0.15),  # being thanked, a kind word
    "concern": PAD(-0.35, 0.15, -0.15),  # her person is hurting
    "hurt": PAD(-0.5, 0.3, -0.3),  # an insult
    "missing": PAD(-0.25, -0.15, -0.2),  # a long silence
    "interest": PAD(0.15, 0.25, 0.05),  # something new and curious
    "relief": PAD(0.3, -0.2, 0.1),  # things got better for them
}


@dataclass(frozen=True)
class EmotionEpisode:
    """One of her emotions, with how strong it was and why, in her words."""

    emotion: str
    intensity: float  # 0..1
    reason: str


@dataclass(frozen=True)
class Mood:
    state: PAD
    at: datetime  # when `state` was true; later it has decayed toward the baseline
    reason: str = "that's just how I am when nothing much is happening"
    baseline: PAD = BASELINE

    @classmethod
    def initial(cls, at: datetime) -> Mood:
        return cls(BASELINE, at)

    def decay(self, now: datetime) -> Mood:
        """The mood at `now`, relaxed toward the baseline (a clock that goes backwards changes nothing)."""
        elapsed = max((now - self.at).total_seconds(), 0.0)
        keep = math.pow(0.5, elapsed / HALF_LIFE.total_seconds())
        state = self.baseline + (self.state + self.baseline.scaled(-1)).scaled(keep)
        return replace(self, state=state.rounded(), at=now)

    def feel(self, episodes: list[EmotionEpisode], now: datetime) -> Mood:
        """Decay to `now`, then move by the episodes' pull, bounded per turn. The reason is the strongest one's."""
        mood = self.decay(now)
        if not episodes:
            return mood
        pull = PAD()
        for episode in episodes:
            pull = pull + DIRECTION[episode.emotion].scaled(episode.intensity)
        limit = BIG_STEP if any(e.intensity >= BIG and e.emotion in BIG_KINDS for e in episodes) else STEP
        state = (mood.state + pull.clipped(limit)).clipped(1.0).rounded()
        strongest = max(episodes, key=lambda e: e.intensity)
        return replace(mood, state=state, reason=strongest.reason)

    def words(self) -> str:
        """How she would put her mood in a few words."""
        p, a, _ = self.state.as_tuple()
        if p >= 0.45:
            feeling = "really happy" if a >= 0.3 else "content and warm"
        elif p >= 0.15:
            feeling = "bright and curious" if a >= 0.2 else "good, calm"
        elif p > -0.15:
            feeling = "a bit unsettled" if a >= 0.3 else "quiet, a little flat"
        elif p > -0.45:
            feeling = "worried" if a >= 0.2 else "a bit low"
        else:
            feeling = "upset" if a >= 0.3 else "sad"
        return feeling
