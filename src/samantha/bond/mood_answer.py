"""A bare answer to "how are you, really?": "Not good.", "Lonely.", "meh", "Good, you?".

Such an answer carries no particulars, and a small brain fills the gap with some of its own ("it's not your fault",
"when you have all your friends and family here"). So she answers it herself: a reaction to the feeling they named,
and one open question, with nothing in it they did not say. An answer that tells her something more ("Not good, my
divorce papers came today") is left to the brain, which then has their words to react to.

The words are a legible lexicon, not the emotion reader: the reader is trained on Reddit comments and reads one- or
two-word answers poorly ("Been better" comes out mildly positive, "Tired" neutral).
"""

from __future__ import annotations

import re

LOW = (
    r"not (?:so |too |that |very |really )?(?:good|great|well|okay|ok|fine|the best|amazing)|bad|awful|terrible|"
    r"horrible|rough|rubbish|crap|crappy|shit|shitty|sad|down|low|blue|lonely|alone|tired|exhausted|drained|"
    r"knackered|stressed(?: out)?|anxious|worried|depressed|miserable|hurt|hurting|sick|ill|struggling|broken|"
    r"lost|empty|numb|overwhelmed|been better|could be better|hard|tough|heavy|sore|scared|angry|upset|frustrated"
)
MIDDLING = (
    r"meh|blah|bored|so-so|so so|ok|okay|fine|alright|all right|hanging in there|could be worse|same as ever|surviving"
)
BUSY = r"busy|hectic|swamped|slammed|flat out|run off my feet|crazy busy"
GOOD = r"good|great|well|happy|amazing|excellent|wonderful|fantastic|brilliant|not-bad|grand|lovely"
NOT_BAD = re.compile(r"\bnot (?:too |that |so |half )?bad\b")  # read as one word before "bad" is looked for
# Words around a feeling that add nothing to it ("Honestly? Pretty rough, to be honest.").
PADDING = (
    r"honestly|really|actually|truly|a bit|a little|kind of|kinda|sort of|pretty|quite|very|so|just|bit|"
    r"i'?m|i am|im|i feel|feeling|i'?ve been|been|today|tonight|right now|at the moment|thanks|thank you|"
    r"to be honest|if i'?m honest|if i am honest|tbh|at all|for asking|i guess|i suppose|i think|and|but|mostly|"
    r"overall|hmm+|um+|uh+|well|yeah|oh|"
    r"(?:and |how about |what about )?(?:you|yourself)"
)
ASKS_BACK = re.compile(r"\b(?:and )?(?:you|yourself|how about you|what about you|u)\s*\??\s*$", re.IGNORECASE)
LONELY = re.compile(r"\b(?:lonely|alone)\b", re.IGNORECASE)
TIRED = re.compile(r"\b(?:tired|exhausted|drained|knackered)\b", re.IGNORECASE)

REPLIES = {
    "lonely": "Lonely is a heavy thing to carry, and I'm glad you told me. Do you want to tell me about it?",
    "tired": "That kind of tired can sit on everything. I'm glad you told me. What's been wearing you down?",
    "low": "I'm sorry it's that kind of day, and I'm glad you told me the truth. Do you want to tell me about it?",
    "middling": "Somewhere in between, then. Thank you for being honest. Is anything on your mind?",
    "good": "I'm glad. What's been good about today?",
    "busy": "Busy days have their own weight. Did any of it go well?",
}
ASKED_BACK = "I'm happy to be meeting you, too. "  # "Good, you?": said after her first sentence


def tone(answer: str) -> str | None:
    """'low', 'busy', 'middling' or 'good' when the answer is a feeling and nothing else; None when it says more."""
    words = " " + NOT_BAD.sub("not-bad", re.sub(r"[^\w'\s-]+", " ", answer.lower())) + " "
    if len(words.split()) > 8:
        return None
    found = None
    for name, pattern in (("low", LOW), ("busy", BUSY), ("good", GOOD), ("middling", MIDDLING)):  # "not good" first
        if re.search(rf"(?<=\s)(?:{pattern})(?=\s)", words):
            found = name
            words = re.sub(rf"(?<=\s)(?:{pattern})(?=\s)", " ", words)
            break
    if found is None:
        return None
    every = f"{PADDING}|{LOW}|{BUSY}|{MIDDLING}|{GOOD}"
    leftover = re.sub(rf"(?<=\s)(?:{every})(?=\s)", " ", words)
    leftover = re.sub(rf"(?<=\s)(?:{every})(?=\s)", " ", leftover)  # overlapping matches
    return found if not leftover.strip() else None


def reply(answer: str) -> str | None:
    """Her answer to a bare feeling, or None to leave the answer to the brain."""
    feeling = tone(answer)
    if feeling is None:
        return None
    if feeling == "low":
        feeling = "lonely" if LONELY.search(answer) else "tired" if TIRED.search(answer) else "low"
    asked = ASKS_BACK.search(answer) and feeling in ("good", "middling", "busy")
    first, rest = REPLIES[feeling].split(". ", 1)
    return f"{first}. {ASKED_BACK if asked else ''}{rest}"
