"""Requests for something done in the world ("remind me to call Annie tomorrow at 10", "can you check my email?"):
found by rule, and answered by the skill that can do it, or honestly when none can.

A request is a request for action, not talk about one: "remind me to call Annie at 10" is; "you remind me of my
sister" and "remind me what we talked about" are not (the second is memory, which she has).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samantha.skills.capabilities import NOT_YET, Capabilities
from samantha.turn import Turn

ASK = (
    r"(?:(?:can|could|would|will) (?:you|u)(?: please)?|please|pls|i need you to|i want you to|go ahead and|"
    r"i'?d like you to)"
)
PATTERNS: dict[str, list[str]] = {
    "reminders": [
        r"\bremind me (?:to|at|in|on|tomorrow|tonight|later|every|daily|weekly|monthly|next|this|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|about\b.*\b(?:at|tomorrow|tonight|on|in \d))",
        r"\b(?:set|add|make|create) (?:a |an |me a )?reminder\b",
        r"\bdon'?t let me forget to\b",
    ],
    "alarms": [
        r"\bwake me(?: up)?\b(?! (?:when|if) (?:it'?s|this is) over)",
        r"\b(?:set|start) (?:a |an |me a )?(?:timer|alarm|countdown)\b",
    ],
    "calendar": [
        r"\b(?:add|put|schedule|book|move|cancel|reschedule|remove|delete|take)\b[^.?!]{0,40}\b(?:to|in|on|from|off|"
        r"out of) my (?:calendar|diary|schedule)\b",
        r"\bwhat'?s (?:on )?my (?:calendar|schedule|agenda)\b|\bwhat(?:'s| is| do i have| have i got| have i) on "
        r"(?:today|tonight|tomorrow|this week(?:end)?|next week(?:end)?|the weekend|(?:this |on )?(?:mon|tues|wednes|"
        r"thurs|fri|satur|sun)day)\b",
        rf"\b{ASK} (?:add|schedule|book) (?:a |an )?(?:meeting|appointment|event|dinner|lunch|call)\b",
        r"^\W*(?:schedule|book|add|put|pencil in|set up) (?:a |an |the )?(?:meeting|appointment|call|dinner|lunch|"
        r"breakfast|date(?: night)?|drinks|coffee|session|catch-up|viewing)\b"
        r"(?=[^.?!]*\b(?:with|at|on|tomorrow|today)\b)",
        # "What's my week like?", "what does my day look like", "am I free on Friday?": answered from the calendar
        # (the brain, asked instead, had said "you've got a busy week ahead" of a week it could not see).
        r"\bwhat'?s my (?:day|week|weekend|morning|afternoon|evening)(?: (?:like|looking like|look like))?\s*\??\s*$|"
        r"\bwhat does my (?:day|week|weekend) look like\b|"
        r"\bam i (?:free|busy) (?:on|this|next|tomorrow|today|tonight)\b",
        r"\badd (?:dinner|lunch|a meeting|an appointment|drinks) with\b",
        # Moving or cancelling an event by its name: "move dinner with Amy to Saturday at 7", "cancel the dentist".
        r"\b(?:move|reschedule|push)\b (?:my |the )?[^.?!]{1,40}?\b(?:to|until|till) (?:today|tonight|tomorrow|next "
        r"\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)",
        r"\b(?:cancel|call off)\b (?:my |the |our )?(?:(?:dinner|lunch|breakfast|drinks|coffee|meeting|appointment|"
        r"call|dentist|doctor|date)\b|\w+ with [A-Z]\w+)",
        # … or by its name and a day, or for good: "cancel choir practice today", "cancel yoga for good".
        r"\b(?:cancel|call off)\b (?:my |the |our )?[\w' -]{2,30}?\b(?:today|tonight|tomorrow|this week|next "
        r"(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on (?:the \d|(?:mon|tues|wednes|thurs|fri|satur|"
        r"sun)day)|for good|altogether|from now on)\b",
    ],
    "letters": [
        r"\bhelp (?:me )?(?:with|write|writing|draft|finish) (?:a |the |this |my |another )?(?:\w+ )?letter\b",
        rf"\b{ASK} (?:help me )?(?:write|draft) (?:a |the |another )?(?:\w+ )?letter\b",
        r"^\W*(?:let'?s )?(?:write|draft) (?:a |the |another )?(?:\w+ )?letter (?:for|to|from)\b",
        r"\b(?:read|show|quote) (?:me )?(?:the |my |last year'?s |our )?letters? (?:for|to|from) [A-Z]",
        r"\bwhat did (?:i|we) write (?:for|to) [A-Z]",
        # a client's wish said plainly: "It's for a client, Roberta, she wants a letter for her husband." (the first
        # words of names.json's scenario: default answered with a lecture on the parts of a letter, session 28)
        r"^\W*(?:(?:it'?s|this is|this one'?s|i have|i'?ve got|got) )?(?:(?:for|from) )?(?:a |my |one of my |another )?"
        r"(?:new )?client\b[^.?!]{0,60}\b(?:wants|needs|would like|asked (?:me )?for|asks (?:me )?for) "
        r"(?:a |me to write (?:a )?)?(?:\w+ )?letter\b",
    ],
    "mail": [
        r"\b(?:check|read|open|look (?:at|through)|go through|search|clean up|sort) (?:my |the )?(?:e-?mails?|mail|"
        r"inbox|mailbox)\b",
        r"\b(?:send|write|draft|forward|reply to)\b[^.?!]{0,30}\b(?:an? )?e-?mail\b|\breply to (?:her|his|their|the) "
        r"(?:mail|e-?mail|message)\b",
        rf"\b{ASK} (?:e-?mail|mail) (?!(?:you|u)\b)\w+",  # "can you email Amy…" (e-mail as a verb)
        r"\b(?:accept|decline|say (?:yes|no) to|turn down|rsvp (?:yes|no) to)\b[^.?!]{0,25}\b(?:invitation|invite|"
        r"meeting request)\b",
        r"\banything (?:new |important )?in my (?:mail|inbox|e-?mail)\b"
        r"|\bdo i have (?:any )?(?:new )?(?:mail|e-?mails)\b",
        # reading one mail, and replying to someone by name (skills/mail/asks.py reads the rest)
        r"\b(?:read|show|open)\b(?: me)?(?: out)? (?:the |my )?(?:latest |last |newest |new |most recent )?"
        r"(?:mail|e-?mail)s?\b(?: (?:from|by)\b)?",
        r"\bwhat did (?!you\b)\w+ write(?: to me)?\s*\??\s*$",
        r"\bwhat did \w+ say in (?:her|his|their|the) (?:mail|e-?mail)\b",
        r"\b(?:reply|respond|write back) to (?!(?:you|me)\b)\w+[^.?!]{0,20}?\s*,?\s*\b(?:saying|to say|that|"
        r"and (?:say|tell|let))\b",
        r"\b(?:summari[sz]e|sum up)\b[^.?!]{0,30}\b(?:e-?mails?|mails?|thread|messages)\b|\bwhat(?:'s| is| are) "
        r"(?:\w+'s (?:e-?mails?|mails?|thread)|the (?:e-?mail )?thread with \w+|the (?:e-?mails?|mails?) from \w+) "
        r"about\b",
        r"\b(?:delete|trash|bin|remove|archive|file away)\b (?:the |my |that )?(?:latest |last |new )?"
        r"(?:(?:e-?mail|mail|message|newsletter)s? (?:from|by)\b|\w+'s (?:e-?mail|mail|message|newsletter))",
        r"^\W*e-?mail (?!(?:you|u|me)\b)\S+\s*,?\s*(?:saying|to say|that|and (?:say|tell|let))\b",
    ],
    "messages": [
        r"\b(?:send|write) (?:a |an )?(?:text|message|sms|whatsapp)\b(?! (?:to you|like))",
        rf"\b{ASK} (?:text|message|call|phone|ring|dm) (?:my |him|her|them|\w+)",
        r"\b(?:text|message|call|phone|ring) (?:my \w+|him|her|them) for me\b",
    ],
    "web": [
        rf"\b(?:{ASK} )?(?:look up|google|search (?:for|the web|online))\b",
        r"\bwhat'?s the weather\b|\bweather (?:today|tomorrow|forecast|like)\b|\bis it going to rain\b",
        r"\b(?:check|what are|tell me) (?:the )?(?:news|headlines|stock|score)\b",
    ],
    "shopping": [
        rf"\b{ASK} (?:order|buy|book|reserve) (?:me |us )?(?:some |a |an )?\w+",
        r"\border (?:me |us )?(?:some |a )?(?:flowers|food|pizza|groceries|a cab|an uber|a taxi)\b",
        r"\bbook (?:me |us )?(?:a |an )?(?:table|flight|hotel|ticket|taxi|cab)\b",
    ],
    "devices": [
        r"\b(?:play|put on) (?:some )?(?:music|a song|my playlist|spotify)\b",
        r"\bturn (?:on|off) the (?:lights?|heating|tv|music)\b|\bopen (?:the )?(?:app|browser|file)\b",
    ],
}
_COMPILED = {kind: [re.compile(p, re.IGNORECASE) for p in ps] for kind, ps in PATTERNS.items()}
TALK_ABOUT = re.compile(r"\b(?:you remind me of|remind me (?:what|who|why|how)|reminds? me of)\b", re.IGNORECASE)
FLIP = {"my": "your", "me": "you", "i": "you", "i'm": "you're", "myself": "yourself", "mine": "yours", "am": "are"}


@dataclass(frozen=True)
class Request:
    kind: str
    task: str  # what they asked for, in her words ("call your sister Annie tomorrow at 10")


def find_request(text: str) -> Request | None:
    """The action this message asks her to take, if any (the first kind that matches, in PATTERNS' order)."""
    if TALK_ABOUT.search(text):
        return None
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        for kind, patterns in _COMPILED.items():
            for pattern in patterns:
                match = pattern.search(sentence)
                if match and asked_of_her(sentence, match.start()):
                    return Request(kind, task_of(sentence))
    return None


def asked_of_her(sentence: str, start: int) -> bool:
    """A request, not a report ("I forgot to check my email today"): an imperative at the sentence's start, a
    question, or asked of her ("can you…", "I need you to…")."""
    before = sentence[:start].lower()
    return (
        not re.sub(
            r"\b(?:hey|ok|okay|so|and|also|please|pls|oh|um|samantha|just|then|every \w+(?: at \d+)?|"
            r"tomorrow|tonight)\b|[,!:\s]",
            "",
            before,
        )
        or sentence.rstrip().endswith("?")
        or bool(re.search(ASK, before))
        or bool(re.match(r"\s*remind me\b", sentence[start:], re.IGNORECASE))
    )


def task_of(text: str) -> str:
    """ "Remind me to call my sister Annie tomorrow at 10." → "call your sister Annie tomorrow at 10"."""
    match = re.search(r"\bremind me (?:to |about )?(.+)|\bdon'?t let me forget to (.+)", text, re.IGNORECASE)
    task = next((g for g in match.groups() if g), "") if match else ""
    task = task.strip().rstrip(".!?")
    words = [FLIP.get(w.lower(), w) for w in task.split()]
    return " ".join(words) or "do it"


def answer_request(request: Request, capabilities: Capabilities, turn: Turn) -> str:
    """The skill's answer after doing it, or her honest one: what she can't do yet, and what she can instead."""
    skill = capabilities.skills.get(request.kind)
    if skill is not None:
        return skill.handle(turn, request.kind)
    missing = NOT_YET[request.kind]
    return f"I can't {missing.cannot}. {missing.instead.format(task=request.task)}"
