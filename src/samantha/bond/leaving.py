"""A goodbye gets a goodbye ("gotta go", "can't talk long, I'm in the middle of something", "later", "goodnight"),
and a bare thank-you gets "any time".

A small brain reads a hurried goodbye as distress ("Oh, no. I'm sorry to hear that. It must be hard for you.") or
lectures ("try to think through why your feelings are there"). She answers it herself: warm, short, and never a
guilt trip ("don't leave me"). Care reads every message first, so a goodbye that is a crisis ("bye everyone, this is
my last message") never reaches this.
"""

from __future__ import annotations

import re

LEAVING = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|sorry|anyway|well|right|alright|so|hey|oh)\W+)*(?:i(?:'?m| am)?\W+)?"
    r"(?:gotta go|got to go|have to go|need to go|must go|'?ve got to go|can'?t talk(?: long| now| right now)?|"
    r"talk (?:to you )?(?:later|soon|tomorrow)|later|bye(?: for now)?|goodbye|good ?night|night night|see (?:you|ya)"
    r"(?: later| soon| tomorrow)?|ttyl|(?:i'?m|am) off(?: to(?: the| my)? (?:dinner|lunch|breakfast|work|school|bed|"
    r"sleep|gym|shops?|doctor|dentist|pub|party|class|church|practice|training|meeting|cook|eat))?|signing off|"
    r"heading (?:out|off|to bed)|going to bed|off to bed|night)"
    # the goodbye ends its clause: "I have to go to the doctor" and "Later today I have a meeting" are not one
    r"(?:\s+(?:now|for now|for a bit|in a bit|soon|tomorrow|tonight|then|\w+))?\s*(?:[.!,;)]|$)",
    re.IGNORECASE,
)
# Words that make a goodbye something else: care reads those (and a small brain must not wave them off).
NOT_JUST_BYE = re.compile(r"\b(?:last|forever|for good|everyone|anymore|never|final|goodbye to)\b", re.IGNORECASE)
NIGHT = re.compile(r"\b(?:good ?night|night|bed|sleep)\b", re.IGNORECASE)
THANKS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|oh|well|great|perfect|lovely)\W+)*(?:thanks|thank you|thx|ty|cheers|ta)"
    r"(?:\s+(?:so much|a lot|anyway|again|very much|samantha|\w+))?\W*$",
    re.IGNORECASE,
)  # "Thanks anyway." got "It's great to hear that you like my job" from `default`
MOST_WORDS = 14  # a goodbye is short; a longer message that starts "Bye…" has more to answer


def send_off(text: str, name: str | None) -> str | None:
    """Her goodbye, or None when the message is not one."""
    if len(text.split()) > MOST_WORDS or not LEAVING.search(text) or "?" in text or NOT_JUST_BYE.search(text):
        return None
    who = f", {name}" if name else ""
    if NIGHT.search(text):
        return f"Goodnight{who}. Sleep well; I'll be here."
    return f"Of course{who}, go. I'll be here whenever you want to talk."


def thanks_back(text: str, name: str | None) -> str | None:
    """ "Thanks." → "Any time, Theo."; not "thanks for nothing" (that is no thanks), and not a longer message."""
    if not THANKS.search(text) or re.search(r"\bfor nothing\b", text, re.IGNORECASE):
        return None
    return f"Any time{', ' + name if name else ''}."
