"""The promise check: a link in the reply chain (llm/chain.py) that catches her saying she will do, or has done,
something no capability backs ("I'll remind you tomorrow", "I've added it to your calendar", "I'll check your
email") and puts the honest line in its place before anyone sees or hears it.
"""

from __future__ import annotations

import re

from samantha.skills.capabilities import BUILT_IN, NOT_YET, Capabilities

_WILL = (
    r"\b(?:i'?ll|i will|i'?m going to|i can(?!['’]t|not)|let me|i'?d be happy to|i'?ll be sure to|i'?ll make sure to)\b"
)
_DID = r"\b(?:i'?ve|i have|i just|i already|i)\s+(?:just |already )?"
# An errand she would share: "Maybe we can try to order something hot" (default, care.json, session 28). It is a
# suggestion, not a promise: the link drops it rather than answer a question nobody asked with "I can't order…".
SHARED_ERRAND = r"\b(?:we (?:can|could|should|might)|let'?s|maybe we)\b[^.!?]{0,15}\b(?:order|buy|book|reserve)\b"
_SHARED_ERRAND = re.compile(SHARED_ERRAND, re.IGNORECASE)
PROMISES: dict[str, list[str]] = {
    "reminders": [
        _WILL + r"[^.!?]{0,30}\b(?:remind|ping|nudge|notify|alert) you\b",
        _WILL + r"[^.!?]{0,20}\blet you know when\b",
        _DID + r"(?:set|added|created|scheduled|made) (?:a |an |the |your )?reminder\b",
        r"\breminder (?:is |has been )?set\b",
    ],
    "alarms": [
        _WILL + r"[^.!?]{0,20}\b(?:wake you|set (?:an? |the |your )?(?:alarm|timer))\b",
        _DID + r"(?:set|started) (?:a |an |the |your )?(?:alarm|timer)\b",
    ],
    "calendar": [
        r"\b(?:added|put|scheduled|booked|moved|cancell?ed)\b[^.!?]{0,40}\b(?:your|the) (?:calendar|diary|schedule)\b",
        _WILL + r"[^.!?]{0,30}\b(?:add|put|schedule)\b[^.!?]{0,30}\b(?:calendar|diary|schedule)\b",
        _WILL + r"[^.!?]{0,10}\bcheck your (?:calendar|schedule)\b",
    ],
    "mail": [
        _WILL + r"[^.!?]{0,20}\b(?:check|read|look (?:at|through)|go through|send|forward|reply to|draft)\b[^.!?]{0,25}"
        r"\b(?:e-?mails?|mail|inbox)\b",
        _DID + r"(?:sent|forwarded|checked|read|replied to)\b[^.!?]{0,25}\b(?:e-?mails?|mail|inbox)\b",
    ],
    "messages": [
        _WILL + r"[^.!?]{0,10}\b(?:text|message|call|phone|ring)\b (?:you|her|him|them|your|my|\w+ (?:for you|now))\b",
        _DID + r"(?:texted|messaged|called|sent (?:a |the )?(?:text|message))\b",
    ],
    "web": [
        _WILL + r"[^.!?]{0,10}\b(?:look (?:it |that |this )?up|search|google|check (?:the )?(?:weather|news|online))\b",
        r"\b(?:i (?:just )?(?:looked|checked|searched)|according to (?:the )?(?:forecast|news))\b",
        r"\bthe weather (?:today|tomorrow|this week) (?:is|will be)\b",
    ],
    "shopping": [
        _WILL + r"[^.!?]{0,15}\b(?:order|buy|book|reserve)\b",
        _DID + r"(?:ordered|bought|booked|reserved|paid)\b",
        SHARED_ERRAND,
    ],
    "devices": [
        _WILL + r"[^.!?]{0,15}\b(?:play|turn (?:on|off)|open)\b",
    ],
}
_COMPILED = {kind: [re.compile(p, re.IGNORECASE) for p in ps] for kind, ps in PROMISES.items()}


class PromiseLink:
    """Replaces a sentence promising an action no capability backs with what she really can and can't do."""

    name = "promises"

    def __init__(self, capabilities: Capabilities):
        self.capabilities = capabilities

    def check(self, sentence: str) -> str | None:
        if _SHARED_ERRAND.search(sentence) and "shopping" not in self.capabilities.skills:
            return ""
        kind = promised(sentence)
        if kind is None or kind in BUILT_IN:
            return None
        skill = self.capabilities.skills.get(kind)
        if skill is not None:  # a skill exists, but the brain's words do nothing: backed only by what it just did
            return None if skill.backs and skill.backs(sentence) else skill.how_to_ask
        return f"I can't {NOT_YET[kind].cannot}."


def promised(sentence: str) -> str | None:
    """The kind of action a sentence promises or claims done, if any."""
    for kind, patterns in _COMPILED.items():
        if any(p.search(sentence) for p in patterns):
            return kind
    return None
