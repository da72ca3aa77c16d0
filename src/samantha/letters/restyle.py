"""A draft brought towards its client's voice by code, on the features the voice measure reads (voice.py).

A 1.5B brain writes in one voice of its own: middling sentences, "I hope this letter finds you well", no
contractions, the same for Roberta as for a sixteen-year-old. Told "short sentences, contractions" it mostly
doesn't listen. So after the draft, with nothing added and no fact touched:
- filler that belongs to no one ("I hope this letter finds you well.", "I am writing to…") goes, unless the client
  writes it themselves;
- contractions are made or unmade to the client's habit;
- sentences are split (at "; ", ", and ", ", but ") for a writer of short ones, or joined (with "; " for a writer
  who uses semicolons, ", and" for one who doesn't) for a writer of long ones, when the draft is far from them;
- exclamation marks go for a writer who never uses them.
"""

from __future__ import annotations

import re

from samantha.letters.shape import formality, join, parts
from samantha.letters.voice import profile, sentences, words_of

FILLER = re.compile(
    r"^(?:I hope (?:this|my) (?:letter|note) finds you (?:well|in good health)[^.!?]*|I am writing (?:to|this)[^.!?]*|"
    r"I wanted to take (?:a|this) moment to[^.!?]*|As I (?:sit down to )?write this(?: letter)?,?[^.!?]*|"
    r"I just wanted to let you know that)[.!?]$",
    re.IGNORECASE,
)


def split_long(sentence: str, limit: int) -> list[str]:
    if len(words_of(sentence)) <= limit:
        return [sentence]
    for joint in ("; ", ", and ", ", but ", ", so "):
        head, sep, tail = sentence.partition(joint)
        if sep and len(words_of(head)) >= 4 and len(words_of(tail)) >= 4:
            lead = {"; ": "", ", and ": "And ", ", but ": "But ", ", so ": "So "}[joint]
            tail = tail[0].upper() + tail[1:] if not lead else lead + tail
            return [*split_long(head.rstrip(",;") + ".", limit), *split_long(tail, limit)]
    return [sentence]


def without_filler(text: str, own_words: str = "") -> str:
    head, body, tail = parts(text)
    kept = [
        " ".join(s for s in sentences(p) if not (FILLER.match(s) and s.lower()[:20] not in own_words)) for p in body
    ]
    return join(head, kept, tail)


def adapt(text: str, samples: list[str]) -> str:
    if not samples:
        return without_filler(text)  # filler is no one's voice, whoever the client is
    voice = profile("\n\n".join(samples))
    mean = voice.features["sentence_mean"]
    drafted = profile(text).features["sentence_mean"]
    joint = "; " if voice.features["semicolons"] >= 0.5 else ", and "
    own_words = " ".join(samples).lower()
    head, body, tail = parts(text)
    new_body = []
    for paragraph in body:
        kept = [s for s in sentences(paragraph) if not (FILLER.match(s) and s.lower()[:20] not in own_words)]
        if voice.features["exclamations"] == 0:
            kept = [s[:-1] + "." if s.endswith("!") else s for s in kept]
        if mean < 12 and drafted > mean * 1.3:
            kept = [part for s in kept for part in split_long(s, max(int(mean * 1.5), 8))]
        elif mean > 22 and drafted < mean * 0.7:
            merged: list[str] = []
            for s in kept:
                if merged and len(words_of(merged[-1])) + len(words_of(s)) <= mean * 1.3 and merged[-1].endswith("."):
                    keep_case = s.startswith(("I ", "I'"))  # "I" stays a capital
                    merged[-1] = merged[-1][:-1] + joint + (s if keep_case else s[0].lower() + s[1:])
                else:
                    merged.append(s)
            kept = merged
        if kept:
            new_body.append(" ".join(kept))
    adapted = join(head, new_body, tail)
    contractions = voice.features["contractions"]
    if contractions < 1.5:
        adapted = formality(adapted, less=False)
    elif contractions > 5:
        adapted = formality(adapted, less=True)
    return adapted
