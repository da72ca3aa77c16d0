"""Style notes: clichés, a word repeated close by, an overlong sentence. Notes, not fixes: she says what she
noticed and the writer decides (a letter may want its cliché)."""

from __future__ import annotations

import re

from samantha.letters.suggestion import Suggestion
from samantha.letters.voice import FUNCTION_WORDS_SET, sentences

CLICHES = (
    "words cannot express",
    "words can't express",
    "from the bottom of my heart",
    "at the end of the day",
    "each and every",
    "last but not least",
    "needless to say",
    "time flies",
    "like it was yesterday",
    "only time will tell",
    "it goes without saying",
    "you mean the world to me",
    "all good things must come to an end",
    "better late than never",
    "in this day and age",
    "head over heels",
    "love of my life",
    "my rock",
    "thick and thin",
    "through thick and thin",
    "the rest is history",
    "forever and always",
    "happily ever after",
    "you complete me",
    "soulmate",
    "a journey",
)
LONG_SENTENCE = 45  # words: past this, a reader loses the thread (plain-language guides say 25–35 on average)
NEARBY = 25  # words: the same notable word twice within this distance is worth a look
COMMONPLACE = FUNCTION_WORDS_SET | {"love", "dear", "know", "think", "time", "day", "year", "years", "like", "said"}


def style(text: str, longest: int = LONG_SENTENCE) -> list[Suggestion]:
    out: list[Suggestion] = []
    lowered = text.lower()
    for cliche in CLICHES:
        for m in re.finditer(r"\b" + re.escape(cliche) + r"\b", lowered):
            out.append(
                Suggestion(
                    m.start(),
                    m.end(),
                    text[m.start() : m.end()],
                    None,
                    "cliche",
                    "style",
                    "a phrase many letters use: something only this person would say is stronger",
                )
            )
    at = 0
    for sentence in sentences(text):
        start = text.find(sentence, at)
        at = max(start, at)
        n = len(re.findall(r"[A-Za-z']+", sentence))
        if n > longest:
            out.append(
                Suggestion(
                    start,
                    start + len(sentence),
                    sentence,
                    None,
                    "long-sentence",
                    "style",
                    f"a sentence of {n} words: consider breaking it",
                )
            )
    words = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[A-Za-z]{4,}", text)]
    last: dict[str, int] = {}
    for i, (start, end, word) in enumerate(words):
        if word in COMMONPLACE:
            continue
        if word in last and i - last[word] <= NEARBY:
            out.append(
                Suggestion(
                    start,
                    end,
                    text[start:end],
                    None,
                    "repeated-word-nearby",
                    "style",
                    f"“{text[start:end]}” again, {i - last[word]} words after the last one",
                )
            )
        last[word] = i
    return out
