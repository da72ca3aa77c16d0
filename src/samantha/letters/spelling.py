"""Spelling, with pyspellchecker's English dictionary (Peter Norvig's method: the most frequent known word one or
two edits away).

What it leaves alone, because a letter is full of them: capitalised words that are not the first of a sentence
(names: Roberta, Tenby, Oduya), words the studio knows (clients, recipients, the notes' own words), words the
writer told her to keep, words with digits, and anything it has no confident correction for (it says nothing
rather than propose a guess: "mizzle" and "gloaming" are words).
"""

from __future__ import annotations

import re
from functools import cache

from samantha.letters.suggestion import Suggestion
from samantha.letters.usage import CONTRACTIONS

WORD = re.compile(r"(?<![\w'’-])([A-Za-z]+(?:['’][A-Za-z]+)?)(?![\w'’-])")
SENTENCE_START = re.compile(r"(?:^|[.!?:\"“]\s*|\n\s*)$")
# Misspellings so common in letters that the frequency-based corrector is not needed to fix them, and which it
# sometimes fixes wrongly ("alot" → "slot"). Each is unambiguous.
COMMON = {
    "alot": "a lot",
    "untill": "until",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "definately": "definitely",
    "seperate": "separate",
    "seperated": "separated",
    "wich": "which",
    "recieve": "receive",
    "recieved": "received",
    "beleive": "believe",
    "beleived": "believed",
    "greatful": "grateful",
    "thankfull": "thankful",
    "wonderfull": "wonderful",
    "beautifull": "beautiful",
    "sincerly": "sincerely",
    "aniversary": "anniversary",
    "occassion": "occasion",
    "accomodation": "accommodation",
    "accomodate": "accommodate",
    "restaraunt": "restaurant",
    "resturant": "restaurant",
    "stubborness": "stubbornness",
    "sacrafices": "sacrifices",
    "sacrafice": "sacrifice",
    "apreciate": "appreciate",
    "suprised": "surprised",
    "suprise": "surprise",
    "calender": "calendar",
    "begining": "beginning",
    "freind": "friend",
    "freinds": "friends",
    "thier": "their",
    "wierd": "weird",
    "neccessary": "necessary",
    "truely": "truly",
    "embarass": "embarrass",
    "existance": "existence",
    "acheive": "achieve",
    "goverment": "government",
    "foward": "forward",
    "writting": "writing",
    "occured": "occurred",
    "happend": "happened",
    "listend": "listened",
    # Misspellings the dictionary lists as words (its frequencies come from real text, typos included).
    "fourty": "forty",
    "childrens": "children's",
    "mens": "men's",
    "womens": "women's",
    "peoples": "people's",
}


@cache
def checker():
    from spellchecker import SpellChecker  # pyspellchecker: pure Python, its dictionary inside the wheel

    return SpellChecker(language="en", distance=2)


def spelling(text: str, known: frozenset[str] = frozenset()) -> list[Suggestion]:
    out = []
    words = [(m.start(1), m.end(1), m.group(1)) for m in WORD.finditer(text)]
    lowered = [w.lower().replace("’", "'") for _, _, w in words]
    unknown = checker().unknown([w for w in lowered if "'" not in w])
    for (start, end, word), low in zip(words, lowered, strict=True):
        if low in known or low in CONTRACTIONS or "'" in low:
            continue  # contractions and their missing apostrophes are usage.py's
        if low in COMMON:
            fix = COMMON[low]
        elif low not in unknown or british(low):
            continue
        elif word[0].isupper() and not SENTENCE_START.search(text[:start]):
            continue  # a name
        elif word.isupper() or len(low) < 3:
            continue
        else:
            fix = best_correction(low)
            if fix is None:
                continue
        fix = fix[0].upper() + fix[1:] if word[0].isupper() else fix
        out.append(Suggestion(start, end, word, fix, "spelling", "spelling", "not in the dictionary"))
    return out


BRITISH = (
    ("our", "or"),
    ("ours", "ors"),
    ("oured", "ored"),
    ("ouring", "oring"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("isation", "ization"),
    ("yse", "yze"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ence", "ense"),
    ("mme", "m"),
)


def british(word: str) -> bool:
    """A British spelling of a word the (American) dictionary knows: favourite, neighbours, realise, centre,
    catalogue, travelled, defence, programme."""
    known = checker().known
    for gb, us in BRITISH:
        if word.endswith(gb) and known([word[: -len(gb)] + us]):
            return True
    return "our" in word[1:] and bool(known([word.replace("our", "or")]))


def best_correction(word: str) -> str | None:
    """The dictionary's correction, when it is confident: a word one edit away (two only for long words), and
    never the word itself."""
    sc = checker()
    candidates = sc.edit_distance_1(word) & set(sc.word_frequency.keys()) if len(word) < 8 else None
    if candidates is not None and not candidates:
        return None  # a short word with nothing one edit away: a name or a word she doesn't know, not a typo
    pool = candidates or (sc.candidates(word) or set()) - {word}
    if not pool:
        return None
    # Keep the word's ending where a candidate can: a typo rarely changes it ("adviced" → "advised", not "advice";
    # "momento" → "memento", not "moment"). Then the most frequent.
    same_end = {c for c in pool if c[-2:] == word[-2:]}
    return max(same_end or pool, key=lambda c: (sc.word_usage_frequency(c), c))
