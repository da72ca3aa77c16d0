"""What a mail request asks, read by rule from the person's own words (never from a mail's):

"anything important in my mail?", "check my email" → triage;
"read me the mail from Amy", "what did Amy write?" → read;
"reply to Amy saying I'll be there at 8", "email Amy to say I'm running late" → draft (then, after a yes, send);
"summarise the thread with Amy", "what's Amy's mail about?" → summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WHO = r"(?:the |my |our )?(?P<who>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[A-Z][\w'-]+|[a-z][\w'-]+)"
_SAYING = (
    r"(?:,\s*)?\b(?:saying|to say|and say|that|to tell (?:him|her|them)|and tell (?:him|her|them)|telling (?:him|"
    r"her|them)|to let (?:him|her|them) know|and let (?:him|her|them) know)\b:?\s*(?:that\s+)?(?P<what>.+)"
)
DRAFT = [
    re.compile(rf"\b(?:reply|respond|write back|answer) to {_WHO}(?:'s (?:mail|e-?mail|message))?\s*{_SAYING}", re.I),
    re.compile(
        rf"\b(?:e-?mail|mail|write to|write an? e-?mail to|send an? e-?mail to|drop (?:a line|an e-?mail|a note) to)"
        rf"\s+{_WHO}\s*{_SAYING}",
        re.I,
    ),
]
SUMMARY = [
    re.compile(
        rf"\b(?:summari[sz]e|sum up|give me the gist of|what'?s the gist of)\b(?: for me)? (?:the |my )?"
        rf"(?:(?:e-?mail )?thread|conversation|e-?mails?|mails?|messages?)s? (?:with|from|between me and) {_WHO}",
        re.I,
    ),
    re.compile(rf"\bwhat(?:'s| is| are) {_WHO}'s (?:e-?mails?|mails?|messages?|thread) about\b", re.I),
    re.compile(rf"\bwhat(?:'s| is| are) the (?:e-?mails?|mails?|messages?) from {_WHO} about\b", re.I),
    re.compile(rf"\bwhat(?:'s| is) the (?:e-?mail )?thread with {_WHO} about\b", re.I),
]
# "delete the mail from Weekly Letters", "archive Amy's email", "bin the newsletter from the gym"
FILE_AWAY = re.compile(
    rf"\b(?P<verb>delete|trash|bin|remove|archive|file away)\b (?:the |my |that )?(?:latest |last |new )?"
    rf"(?:(?:e-?mail|mail|message|newsletter)s? (?:from|by) {_WHO}|{_WHO.replace('who', 'who2')}'s "
    rf"(?:e-?mail|mail|message|newsletter))",
    re.I,
)
READ = [
    re.compile(
        rf"\b(?:read|show|open|what(?:'s| is| does| did)?)\b(?: me)?(?: out)? (?:the |my )?(?:latest |last |newest |"
        rf"new )?(?:mail|e-?mail|message|note)s? (?:from|by) {_WHO}",
        re.I,
    ),
    re.compile(rf"\bwhat did {_WHO} (?:write|say|send|want)\b", re.I),
    re.compile(
        r"\b(?:read|show|open)\b(?: me)? (?:my |the )?(?:latest|last|newest|most recent) (?:mail|e-?mail)\b", re.I
    ),
]
INVITATION = re.compile(
    r"\b(?P<verb>accept|decline|say yes to|say no to|turn down|rsvp yes to|rsvp no to)\s+(?:the |that |this |my )?"
    r"(?:(?P<who>[\w.+-]+)['’]s\s+)?(?:(?:event |meeting |calendar )?(?:invitation|invite|meeting request))"
    r"(?:\s+(?:from|by)\s+(?P<who2>[\w.+@-]+))?",
    re.IGNORECASE,
)  # "accept Amy's invitation", "decline the invite from Bob"
NOT_A_NAME = {"me", "my", "the", "her", "him", "them", "it", "this", "that", "back", "everyone", "someone", "you"}


@dataclass(frozen=True)
class MailAsk:
    action: str  # triage | read | draft | summary | delete | archive | accept | decline
    who: str = ""  # a first name or an address
    what: str = ""  # draft: what to say, in their words


def read_mail_ask(text: str) -> MailAsk:
    if m := INVITATION.search(text):
        who = m["who"] or m["who2"] or ""
        verb = m["verb"].lower()
        return MailAsk("accept" if verb in ("accept", "say yes to", "rsvp yes to") else "decline", who)
    for pattern in DRAFT:
        if (m := pattern.search(text)) and m["who"].lower() not in NOT_A_NAME:
            return MailAsk("draft", m["who"], said(m["what"]))
    if m := FILE_AWAY.search(text):
        verb = m["verb"].lower()
        return MailAsk("archive" if verb in ("archive", "file away") else "delete", m["who"] or m["who2"] or "")
    for pattern in SUMMARY:
        if (m := pattern.search(text)) and m.groupdict().get("who") and m["who"].lower() not in NOT_A_NAME:
            return MailAsk("summary", m["who"])
    for pattern in READ:
        if m := pattern.search(text):
            who = m.groupdict().get("who") or ""
            return MailAsk("read", "" if who.lower() in NOT_A_NAME else who)
    return MailAsk("triage")


def said(words: str) -> str:
    """What they want said, as a sentence of the mail: "I'll be there at 8" → "I'll be there at 8."."""
    words = re.sub(r"\s+", " ", words).strip(" \"'“”")
    words = re.sub(r"\s*(?:please|thanks|thank you)[.!]*$", "", words, flags=re.I).strip(" ,")
    if not words:
        return ""
    words = words[0].upper() + words[1:]
    return words if words[-1] in ".!?" else words + "."
