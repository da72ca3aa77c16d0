"""EmotionReader: how the person feels, as the 28 GoEmotions labels plus valence and arousal.

MiniLM's first four layers (int8 ONNX, shared with memory) feed its last two layers fine-tuned on GoEmotions and a
head (`tuned_top.py`; trained by `training/finetune_emotion.py` on train, thresholds tuned on dev; scores in
`emotion_top.json`). It never raises on odd text: empty or emoji-only input gets
a valid, low-confidence reading that leans neutral.

Context: a short or flat reply ("fine.") says little by itself, so when the caller passes what was said just
before ("how was the funeral?"), the reading of the exchange as a whole is blended in, more for short and neutral
messages than for long, clearly emotional ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from samantha.affect.events import event_prior, with_events
from samantha.affect.tuned_top import TunedTop
from samantha.embedding import MiniLM, shared_embedder
from samantha.embedding.minilm import MIDDLE

MAX_CHARS = 2_000  # MiniLM reads at most 256 tokens; the start of a long text carries its tone well enough

# Where each label sits on the circumplex (valence, arousal), both in [-1, 1]: hand-placed from the NRC VAD
# lexicon's scores for the label words, rescaled. The reading's valence and arousal are the averages of these,
# weighted by how present each label is.
CIRCUMPLEX: dict[str, tuple[float, float]] = {
    "admiration": (0.6, 0.3),
    "amusement": (0.7, 0.5),
    "anger": (-0.7, 0.8),
    "annoyance": (-0.5, 0.5),
    "approval": (0.5, 0.1),
    "caring": (0.6, 0.1),
    "confusion": (-0.2, 0.3),
    "curiosity": (0.3, 0.4),
    "desire": (0.4, 0.5),
    "disappointment": (-0.6, -0.2),
    "disapproval": (-0.5, 0.2),
    "disgust": (-0.7, 0.5),
    "embarrassment": (-0.5, 0.4),
    "excitement": (0.7, 0.8),
    "fear": (-0.7, 0.7),
    "gratitude": (0.8, 0.2),
    "grief": (-0.9, -0.3),
    "joy": (0.9, 0.6),
    "love": (0.9, 0.4),
    "nervousness": (-0.5, 0.6),
    "optimism": (0.6, 0.3),
    "pride": (0.7, 0.5),
    "realization": (0.1, 0.2),
    "relief": (0.6, -0.3),
    "remorse": (-0.6, -0.1),
    "sadness": (-0.8, -0.4),
    "surprise": (0.2, 0.7),
    "neutral": (0.0, -0.2),
}
LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass
class Emotion:
    """One reading. `labels` has all 28 GoEmotions labels; `present` those above their tuned thresholds."""

    labels: dict[str, float]
    valence: float
    arousal: float
    present: list[str] = field(default_factory=list)
    confidence: float = 0.0  # 0 (no idea: empty, emoji only, unreadable) … 1 (clear)

    def top(self, n: int = 3) -> list[tuple[str, float]]:
        return sorted(self.labels.items(), key=lambda kv: kv[1], reverse=True)[:n]

    @property
    def dominant(self) -> str:
        """The strongest label present, else the strongest overall."""
        pool = self.present or list(self.labels)
        return max(pool, key=lambda name: self.labels[name])


class EmotionReader:
    def __init__(self, embedder: MiniLM | None = None, top_path: Path | None = None) -> None:
        self.embedder = embedder or shared_embedder()
        self.top = TunedTop(top_path)
        self.labels = self.top.labels
        self.thresholds = self.top.thresholds
        self._neutral = self.labels.index("neutral")
        self._circumplex = np.array([CIRCUMPLEX[name] for name in self.labels], dtype=np.float32)

    def read(self, text: str, context: str | list[str] | None = None) -> Emotion:
        """Read one message; `context` is what was said just before (the other person's words, oldest first)."""
        text = _readable(text)
        probs = self._with_events(text, self._probabilities([text])[0], 1.0)
        before = " ".join(context) if isinstance(context, list) else (context or "")
        before = _readable(before)
        if before and text:
            weight = self._context_weight(text, probs)
            if weight > 0:
                together = self._probabilities([f"{before[-MAX_CHARS // 2 :]} {text}"])[0]
                probs = (1 - weight) * probs + weight * together
                probs = self._with_events(before, probs, weight)  # "How was the funeral?" → "fine."
        return self._emotion(text, probs)

    def read_many(self, texts: list[str]) -> list[Emotion]:
        """Read many messages at once (batched through the embedder; context-free)."""
        cleaned = [_readable(t) for t in texts]
        if not cleaned:
            return []
        probs = self._probabilities(cleaned)
        return [self._emotion(t, self._with_events(t, p, 1.0)) for t, p in zip(cleaned, probs, strict=True)]

    def _probabilities(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        order = np.argsort([len(t) for t in texts])  # similar lengths share a batch: less padding
        for start in range(0, len(texts), 32):
            idx = order[start : start + 32]
            states, mask = self.embedder.hidden_states([texts[i] for i in idx], MIDDLE)
            out[idx] = self.top.probabilities(states, mask)
        return out

    def _with_events(self, text: str, probs: np.ndarray, weight: float) -> np.ndarray:
        prior = event_prior(text, self.labels)
        if not prior.any():
            return probs
        out = with_events(probs, prior, weight)
        out[self._neutral] *= 1.0 - weight * float(prior.max())  # a named life event is not neutral
        return out

    def _context_weight(self, text: str, probs: np.ndarray) -> float:
        """How much the exchange as a whole should colour this message: a lot for "fine.", little for a rant."""
        words = len(text.split())
        brevity = 1.0 if words <= 3 else 0.6 if words <= 8 else 0.25 if words <= 20 else 0.0
        flatness = float(probs[self._neutral])  # a clearly emotional message needs its context less
        return round(0.7 * brevity * (0.4 + 0.6 * flatness), 3)

    def _emotion(self, text: str, probs: np.ndarray) -> Emotion:
        letters = len(LETTERS.findall(text))
        # Confidence: how far the clearest label is past its threshold, damped when there are few letters
        # to read (emoji only, "?!"): MiniLM's vocabulary has no emoji, so it sees little but [UNK].
        ratio = float(np.max(probs / self.thresholds))
        confidence = min(1.0, ratio / 2) * min(1.0, letters / 12)
        if letters == 0:
            # Nothing the model can read: lean neutral rather than trust noise.
            probs = 0.5 * probs
            probs[self._neutral] = max(float(probs[self._neutral]), 0.5)
        weights = probs / max(float(probs.sum()), 1e-6)
        valence, arousal = (weights @ self._circumplex).tolist()
        arousal = min(1.0, arousal + _excitement(text))
        present = [name for name, p, t in zip(self.labels, probs, self.thresholds, strict=True) if p >= t]
        return Emotion(
            labels={name: round(float(p), 4) for name, p in zip(self.labels, probs, strict=True)},
            valence=round(float(np.clip(valence, -1, 1)), 3),
            arousal=round(float(np.clip(arousal, -1, 1)), 3),
            present=present,
            confidence=round(confidence, 3),
        )


def _readable(text: object) -> str:
    """Whatever arrives becomes a bounded str: None and non-strings are read as empty, never an exception."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return text.strip()[:MAX_CHARS]


def _excitement(text: str) -> float:
    """Typography the embedder cannot see well: '!!!' and SHOUTING raise arousal a little."""
    bangs = min(text.count("!"), 3) * 0.05
    letters = [c for c in text if c.isalpha()]
    shouting = 0.1 if len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.7 else 0.0
    return bangs + shouting
