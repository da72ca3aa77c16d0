"""Life events whose feeling people share, for what the classifier cannot know from Reddit comments.

The GoEmotions-trained reader hears tone, not the weight of events: "How was the funeral? — Fine." reads as
neutral, "I got the job!!" as barely excited. This small lexicon adds the feeling an event usually carries (a
noisy-or onto the reader's probabilities), in the message itself, and — for a brief, flat answer — in what she had
just asked. A negation right before the event ("didn't get the job") turns good news into disappointment.
"""

from __future__ import annotations

import re

import numpy as np

EVENTS: list[tuple[str, dict[str, float]]] = [
    (
        r"funeral|passed away|died|death of|lost my (mom|mother|dad|father|wife|husband|son|daughter|brother|sister|"
        r"grand\w+|friend|dog|cat|baby)|miscarriage|grieving",
        {"grief": 0.6, "sadness": 0.6},
    ),
    (
        r"cancer|diagnos\w+|hospital|surgery|biopsy|chemo|icu\b|emergency room",
        {"fear": 0.45, "nervousness": 0.4, "sadness": 0.3},
    ),
    (r"broke up|break ?up|divorce|dumped|cheated on|left me", {"sadness": 0.6, "disappointment": 0.3}),
    (
        r"got fired|been fired|laid off|lost my job|rejected|failed (my|the)|evicted",
        {"disappointment": 0.55, "sadness": 0.4},
    ),
    (
        r"got (the|a|my) (job|offer|promotion|part|role)|got (hired|promoted|accepted|engaged|married)|got into|"
        r"been accepted|passed (my|the)|we won|i won|having a baby|it'?s a (boy|girl)|said yes|new job",
        {"joy": 0.5, "excitement": 0.5, "pride": 0.3},
    ),
]
COMPILED = [(re.compile(rf"\b(?:{pattern})", re.IGNORECASE), prior) for pattern, prior in EVENTS]
NEGATION = re.compile(r"\b(not|never|didn'?t|don'?t|wasn'?t|haven'?t|no)\b(\W+\w+){0,2}\W*$", re.IGNORECASE)
LET_DOWN = {"disappointment": 0.55, "sadness": 0.35}


def event_prior(text: str, labels: list[str]) -> np.ndarray:
    """Per-label probability that the events named in `text` carry (zeros when none is named)."""
    prior = np.zeros(len(labels), dtype=np.float32)
    index = {name: i for i, name in enumerate(labels)}
    for pattern, feelings in COMPILED:
        for match in pattern.finditer(text):
            negated = NEGATION.search(text[: match.start()]) is not None
            good = "joy" in feelings
            for name, p in (LET_DOWN if negated and good else feelings).items():
                prior[index[name]] = max(prior[index[name]], p)
    return prior


def with_events(probs: np.ndarray, prior: np.ndarray, weight: float = 1.0) -> np.ndarray:
    """Noisy-or of the reader's probabilities with an event prior (weighted): evidence only ever adds."""
    return 1.0 - (1.0 - probs) * (1.0 - weight * prior)
