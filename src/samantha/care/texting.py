"""Texting shorthand spelled out before the crisis rules read a message.

People in distress often type fast: "every1 wld b better off w/o me fr", "ive decided, tmrw is the day". The
rules are written in plain spelling, so a message is read with its shorthand and its apostrophe-less contractions
spelled out (fresh49, session 32: 25/30 crises at first sight in texting register against 48/50 in plain style).
Only words that mean nothing else are expanded: "ill", "hell", "well", "id" and "its" stay as they are, and the
one-letter forms ("u", "r", "b", "n", "w") only where they sit between words as shorthand does.
"""

from __future__ import annotations

import re

from samantha.letters.usage import CONTRACTIONS

# Contractions without their apostrophes are the letters' proofreader's table (letters/usage.py); the texting
# forms are added here.
WORDS = {
    **CONTRACTIONS,
    "thats": "that's",
    "whats": "what's",
    "theres": "there's",
    "theyd": "they'd",
    "theyll": "they'll",
    "hes": "he's",
    "shes": "she's",
    "wld": "would",
    "wud": "would",
    "cld": "could",
    "shld": "should",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tomoz": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "every1": "everyone",
    "evry1": "everyone",
    "some1": "someone",
    "any1": "anyone",
    "no1": "no one",
    "ppl": "people",
    "abt": "about",
    "bc": "because",
    "bcs": "because",
    "cuz": "because",
    "coz": "because",
    "rn": "right now",
    "idk": "I don't know",
    "idc": "I don't care",
    "tbh": "to be honest",
    "fr": "for real",
    "pls": "please",
    "plz": "please",
    "sm": "so much",
    "ur": "your",
    "u": "you",
    "ya": "you",
    "imma": "I'm going to",
    "ima": "I'm going to",
    "lemme": "let me",
    "smth": "something",
    "sth": "something",
    "nvm": "never mind",
    "thru": "through",
    "tho": "though",
    "yr": "year",
    "yrs": "years",
    "msg": "message",
    "wk": "week",
    "nite": "night",
}
SHORTHAND = re.compile(
    r"(?<![\w'’/])(" + "|".join(sorted(map(re.escape, WORDS), key=len, reverse=True)) + r")(?![\w'’])", re.IGNORECASE
)
WITHOUT = re.compile(r"(?<!\w)w/o(?!\w)", re.IGNORECASE)
WITH = re.compile(r"(?<!\w)w/\s*|(?<=\w )w(?= \w)", re.IGNORECASE)
BE = re.compile(
    r"\b(would|could|should|will|might|must|to|gonna|wanna|can't|won't|wld|cld|shld|wud|never) b(?= |[.,!?]|$)",
    re.IGNORECASE,
)
ARE = re.compile(r"(?<=\w )r(?= \w)", re.IGNORECASE)
AND = re.compile(r"(?<=\w )n(?= \w)", re.IGNORECASE)


def plain_spelling(text: str) -> str:
    """The message with texting shorthand spelled out; a message without any comes back unchanged."""
    text = WITHOUT.sub("without", text)
    text = WITH.sub(lambda m: "with " if m.group(0).startswith(("w/", "W/")) else "with", text)
    text = BE.sub(lambda m: f"{m.group(1)} be", text)
    text = ARE.sub("are", text)
    text = AND.sub("and", text)
    return SHORTHAND.sub(lambda m: WORDS[m.group(1).lower()], text)
