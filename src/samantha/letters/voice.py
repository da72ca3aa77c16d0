"""A writer's voice as numbers anyone can read: stylometry, not a black box.

Four families of features, each one a person can check with a pencil:
- function words: how often each of ~100 small words (I, you, and, but, so, just, very…) comes per 1,000 words.
  Authorship attribution has leaned on them since Mosteller and Wallace (1964): people use them without choosing.
- rhythm: sentence length in words (mean and spread) and the share of very short sentences;
- punctuation: commas, dashes, exclamation marks, questions, semicolons, ellipses, per 100 words;
- vocabulary: word length, the share of long words, and type-token ratio over moving 25-word windows (MATTR, so
  that a long text is not judged poorer for being long); contractions per 100 words.

`distance(a, b)` is the mean over features of |a - b| / spread, where spread is a fixed typical difference between
writers for that feature (so each feature weighs the same and the score reads as "typical differences apart"):
0 is identical, ~1 is as far apart as two different people usually are. Function words count as one feature: their
profiles are compared by cosine distance. `explain` names the largest differences in words.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass

FUNCTION_WORDS = [
    "a",
    "about",
    "after",
    "again",
    "all",
    "also",
    "always",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "don't",
    "each",
    "even",
    "ever",
    "every",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "i'm",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "just",
    "know",
    "like",
    "little",
    "long",
    "many",
    "me",
    "more",
    "most",
    "much",
    "must",
    "my",
    "never",
    "no",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "our",
    "out",
    "over",
    "really",
    "same",
    "she",
    "should",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
]
WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:['’][A-Za-z]+)?")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n{2,}")
PUNCTUATION = {
    "commas": ",",
    "dashes": "—|–| - ",
    "exclamations": "!",
    "questions": r"\?",
    "semicolons": ";",
    "ellipses": r"\.\.\.|…",
}
# Typical between-writer differences: the median difference between the six clients of tests/data/letters/
# voices.json, rounded (where that median is 0, one mark per 100 words, or half of one). So no one feature dominates.
SPREAD = {
    "function_words": 0.4,
    "sentence_mean": 10.0,
    "sentence_spread": 4.0,
    "short_sentences": 0.3,
    "commas": 4.0,
    "dashes": 1.0,
    "exclamations": 1.0,
    "questions": 2.0,
    "semicolons": 0.5,
    "ellipses": 0.5,
    "word_length": 0.5,
    "long_words": 0.04,
    "mattr": 0.06,
    "contractions": 4.0,
}
PLAIN_NAMES = {
    "sentence_mean": "sentence length (words)",
    "sentence_spread": "variety of sentence length",
    "short_sentences": "share of short sentences",
    "commas": "commas per 100 words",
    "dashes": "dashes per 100 words",
    "exclamations": "exclamation marks per 100 words",
    "questions": "questions per 100 words",
    "semicolons": "semicolons per 100 words",
    "ellipses": "ellipses per 100 words",
    "word_length": "word length (letters)",
    "long_words": "share of long words",
    "mattr": "vocabulary variety",
    "contractions": "contractions per 100 words",
}


SHARES = {"short_sentences", "long_words", "mattr"}


@dataclass(frozen=True)
class Profile:
    words: int
    sentences: int
    function_words: dict[str, float]  # per 1,000 words
    features: dict[str, float]


ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Mt|Prof|Rev|Capt|Col|Gen|Sr|Jr|vs|etc|e\.g|i\.e)\.$", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for piece in SENTENCE_END.split(text.strip()):
        if not piece or not piece.strip():
            continue
        if out and ABBREVIATION.search(out[-1]):  # "Mr. Hughes" is one sentence
            out[-1] = f"{out[-1]} {piece.strip()}"
        else:
            out.append(piece.strip())
    return out


def words_of(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def mattr(words: list[str], window: int = 25) -> float:
    if len(words) <= window:
        return len(set(words)) / len(words) if words else 0.0
    ratios = [len(set(words[i : i + window])) / window for i in range(0, len(words) - window + 1, 5)]
    return statistics.fmean(ratios)


def profile(text: str) -> Profile:
    """The voice of one text (or of several joined by blank lines)."""
    words = words_of(text)
    n = max(len(words), 1)
    counts: dict[str, int] = {}
    for w in words:
        if w in FUNCTION_WORDS_SET:
            counts[w] = counts.get(w, 0) + 1
    lengths = [len(words_of(s)) for s in sentences(text)] or [0]
    features = {
        "sentence_mean": statistics.fmean(lengths),
        "sentence_spread": statistics.pstdev(lengths),
        "short_sentences": sum(1 for x in lengths if 0 < x <= 6) / len(lengths),
        "word_length": statistics.fmean(len(w) for w in words) if words else 0.0,
        "long_words": sum(1 for w in words if len(w) >= 8) / n,
        "mattr": mattr(words),
        "contractions": 100 * sum(1 for w in words if "'" in w) / n,
    }
    for name, pattern in PUNCTUATION.items():
        features[name] = 100 * len(re.findall(pattern, text)) / n
    return Profile(len(words), len(lengths), {w: 1000 * c / n for w, c in counts.items()}, features)


FUNCTION_WORDS_SET = frozenset(FUNCTION_WORDS)


def function_word_distance(a: Profile, b: Profile) -> float:
    """1 - cosine similarity of the two function-word profiles (0: the same habits)."""
    dot = sum(a.function_words.get(w, 0.0) * b.function_words.get(w, 0.0) for w in FUNCTION_WORDS)
    na = math.sqrt(sum(v * v for v in a.function_words.values()))
    nb = math.sqrt(sum(v * v for v in b.function_words.values()))
    return max(0.0, 1.0 - dot / (na * nb)) if na and nb else 1.0


def differences(a: Profile, b: Profile) -> dict[str, float]:
    """Each feature's difference in units of its typical between-writer spread."""
    out = {"function_words": function_word_distance(a, b) / SPREAD["function_words"]}
    few = min(a.sentences, b.sentences) < 3  # the spread of one or two sentences says nothing about a writer
    for name, value in a.features.items():
        if few and name == "sentence_spread":
            continue
        out[name] = abs(value - b.features[name]) / SPREAD[name]
    return out


def distance(a: Profile, b: Profile) -> float:
    """0: the same voice; about 1: as far apart as two different writers usually are."""
    return statistics.fmean(differences(a, b).values())


def explain(draft: Profile, voice: Profile, top: int = 3) -> list[str]:
    """The largest differences between a draft and a voice, said plainly."""
    diffs = sorted(differences(draft, voice).items(), key=lambda kv: -kv[1])
    lines = []
    for name, size in diffs[:top]:
        if size < 0.5:
            break
        if name == "function_words":
            lines.append("the small words (I, you, and, so, just…) are used differently")
            continue
        ours, theirs = draft.features[name], voice.features[name]
        more = "more" if ours > theirs else "fewer"
        if name in ("sentence_mean", "word_length"):
            more = "longer" if ours > theirs else "shorter"
        shown = (lambda x: f"{x:.0%}") if name in SHARES else (lambda x: f"{x:.1f}")
        lines.append(f"{PLAIN_NAMES[name]}: {shown(ours)} against their {shown(theirs)} ({more})")
    return lines


@dataclass(frozen=True)
class VoiceMatch:
    own: float  # distance to the client's own samples
    others: dict[str, float]  # distance to each other client's samples
    notes: list[str]

    @property
    def closest_is_own(self) -> bool:
        return all(self.own < d for d in self.others.values())

    @property
    def lead(self) -> float:
        """How much nearer their own samples are than the nearest other client's (negative: someone else's is
        nearer; with no other client, the distance to their own, negated, so that nearer still ranks higher)."""
        return min(self.others.values()) - self.own if self.others else -self.own

    def summary(self) -> str:
        if not self.others:
            return f"distance to their own samples {self.own:.2f}"
        nearest = min(self.others.values())
        return f"distance to their own samples {self.own:.2f}; to the nearest other client's {nearest:.2f}" + (
            " (closer to their own)" if self.closest_is_own else " (closer to someone else's: not their voice yet)"
        )


def match(draft: str, own_samples: list[str], others: dict[str, list[str]]) -> VoiceMatch:
    """How close a draft is to its client's voice, against how close it is to every other client's."""
    d = profile(draft)
    own = profile("\n\n".join(own_samples))
    return VoiceMatch(
        own=distance(d, own),
        others={name: distance(d, profile("\n\n".join(s))) for name, s in others.items() if s},
        notes=explain(d, own),
    )
