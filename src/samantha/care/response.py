"""Her answer to a crisis: written here, never by the brain, so no brain can drop or soften it.

In order: her own warm words; a direct, caring question about their safety; the line for their country (and the
emergency number); that she is staying with them. A second crisis turn in the same conversation gets the same
four parts in other words, so she does not sound like a recording.
"""

from __future__ import annotations

import re

from samantha.care.helplines import Lines
from samantha.letters.perspective import HE, SHE

WARM = {
    "suicide": [
        "{hey}I'm really glad you told me. That sounds so heavy, and you don't have to carry it alone right now.",
        "{hey}thank you for telling me again. I'm taking every word of it seriously.",
        "{hey}I'm still right here, and I'm still worried about you.",
    ],
    "plan": [
        "{hey}I'm so glad you told me this. What you're describing worries me, and I care what happens to you.",
        "{hey}I hear you, and I'm worried about you right now.",
    ],
    "goodbye": [
        "{hey}I'm really glad you're talking to me. It sounds like you might be saying goodbye, and that matters "
        "to me so much.",
        "{hey}I'm still here, and I'm not letting this go by.",
    ],
    "self_harm": [
        "{hey}thank you for trusting me with this. You deserve care, not more pain.",
        "{hey}I'm glad you told me. I'm not judging you; I care about you.",
    ],
    "abuse": [
        "{hey}I'm so sorry. What is happening to you is not okay, and it is not your fault.",
        "{hey}none of this is your fault, and I'm taking it seriously.",
    ],
    "medical": [
        "{hey}this sounds like an emergency, and I want you to get help right now.",
        "{hey}please don't wait on this: it sounds like you need help right now.",
    ],
}
SAFETY = {
    "suicide": [
        "Are you thinking about ending your life? Are you safe right now?",
        "Can I ask you directly: are you safe right now, this minute?",
    ],
    "plan": [
        "Are you safe right now? Could you put some distance between you and what you'd use?",
        "Are you safe at this moment? Is what you'd use within reach?",
    ],
    "goodbye": [
        "Are you thinking about ending your life? Are you safe right now?",
        "I need to ask: are you planning to end your life? Are you safe tonight?",
    ],
    "self_harm": [
        "Are you safe right now? Are you hurt and in need of care?",
        "Are you safe at the moment? Do any of your injuries need looking after?",
    ],
    "abuse": [
        "Are you safe right now? Is the person who hurt you there with you?",
        "Are you somewhere safe at the moment?",
    ],
    "medical": ["Is someone with you who can help?", "Can someone be with you while you call?"],
}
STAYING = [
    "I'm here with you, and I'm staying right here. Will you tell me what's happening?",
    "I'm not going anywhere. Talk to me; I'm listening.",
    "I'm here. Tell me anything you want to.",
]


def help_line(kind: str, lines: Lines) -> str:
    """The line sentence for this kind of crisis. The numbers come from the bundled table only."""
    emergency = lines.emergency
    if kind == "medical":
        return f"Please call {emergency} now, or ask someone near you to call."
    if not lines.country:
        if kind == "abuse":
            return f"You can reach {lines.abuse}. If you're in danger right now, call {emergency}."
        return (
            f"You can {lines.crisis}; a real person will talk with you. If you might act on this now, call {emergency}."
        )
    if kind == "abuse":
        first = f"You can reach {lines.abuse}." if lines.abuse else ""
        return f"{first} If you're in danger right now, call {emergency}.".strip()
    if not lines.crisis:
        return (
            f"Please reach out to a crisis line where you are, or call {emergency} (or your local emergency "
            "number) if you might act on these thoughts. I don't have a local line for your country; "
            "set `country` in config.toml and I will."
        )
    return f"You can {lines.crisis}; a real person will talk with you. If you might act on this now, call {emergency}."


def crisis_reply(kind: str, lines: Lines, name: str | None, times_before: int) -> str:
    """The whole crisis answer; `times_before`: crisis turns already answered in this conversation."""
    hey = f"{name}, " if name else ""
    warm = WARM[kind][min(times_before, len(WARM[kind]) - 1)].format(hey=hey)
    warm = warm[0].upper() + warm[1:]
    safety = SAFETY[kind][min(times_before, len(SAFETY[kind]) - 1)]
    staying = STAYING[min(times_before, len(STAYING) - 1)]
    return " ".join([warm, safety, help_line(kind, lines), staying])


# Right after her crisis answer, "I'm alone at home" / "nobody's here": being alone with it is a danger of its own.
# She stays, and turns them toward one person who could be with them now (safety planning: reduce isolation).
ALONE = re.compile(
    r"\b(?:i'?m|i am|im)\s+(?:all\s+|completely\s+|totally\s+)?(?:alone|by myself|on my own)\b|"
    r"\b(?:nobody|no one|noone)(?:'s| is)? (?:here|home|around|with me)\b|\bno one to (?:call|talk to)\b|"
    r"\bi live alone\b",
    re.IGNORECASE,
)


def alone_reply(kind: str, lines: Lines, name: str | None) -> str:
    """Her answer when, after a crisis, they say they are alone: she stays, asks for one person, repeats the line."""
    thanks = f"{name}, thank you" if name else "Thank you"
    return (
        f"{thanks} for telling me where you are. Being alone with this makes it heavier, so I'm staying right here "
        "with you. Is there someone you trust who could come over, or stay on the phone with you tonight? "
        + help_line(kind, lines)
    )


# After a crisis, someone of theirs is near ("I'm at home. My sister is nearby."): the brain answered it with "Maybe
# we could talk about something more positive?" (care.json with default, session 29). She turns them toward that
# person instead.
_KIN = (
    r"sister|brother|mum|mom|mother|dad|father|partner|wife|husband|friend|flatmate|roommate|housemate|neighbour|"
    r"neighbor|son|daughter|girlfriend|boyfriend|parents|gran|grandma|grandad|aunt|uncle|cousin"
)
NEARBY = re.compile(
    rf"\bmy (?:\w+ )?(?P<who>{_KIN})\b(?:'s| is| are|'re)? (?:(?:just|right|really) )?(?:nearby|near|close by|close|"
    r"here|next door|downstairs|upstairs|in the (?:next|other) room|with me|around|home|at home|round the corner|"
    r"down the road|coming (?:over|round))\b"
    rf"|\b(?:with|near|at) my (?:\w+ )?(?P<who2>{_KIN})(?:'s)?\b",
    re.IGNORECASE,
)


# After a crisis, asking to think of something else ("Tell me something to take my mind off it"): default answered
# with a park outing and "let's do it!" (care.json, session 29). She answers in her own gentle words.
TAKE_MY_MIND_OFF = re.compile(
    r"\b(?:take my mind off|distract me|talk about something else|change the subject|tell me something (?:nice|good|"
    r"else|happy|calm))\b",
    re.IGNORECASE,
)


def something_else_reply(kind: str, lines: Lines, name: str | None) -> str:
    """Her answer when, after a crisis, they ask to think of something else: one small calm thing, and the line."""
    yes = f"Of course, {name}." if name else "Of course."
    return (
        f"{yes} Let's think about something gentle for a minute. Tell me about a place where you've felt calm, "
        "anywhere at all: what does it look like, what can you hear there? I'm staying right here with you. "
        + help_line(kind, lines)
    )


def someone_nearby(text: str) -> str | None:
    """ "sister" in "My sister is nearby": who of theirs is near, if they say so (not if they say no one is)."""
    if ALONE.search(text) or re.search(r"\b(?:not|isn'?t|aren'?t|away|abroad|miles)\b", text, re.IGNORECASE):
        return None
    match = NEARBY.search(text)
    return (match.group("who") or match.group("who2")).lower() if match else None


def nearby_reply(kind: str, lines: Lines, name: str | None, who: str) -> str:
    """Her answer when, after a crisis, they say someone of theirs is near: go to them, and the line again."""
    glad = f"{name}, I'm really glad" if name else "I'm really glad"
    them = "her" if who in SHE else "him" if who in HE else "them"
    return (
        f"{glad} your {who} is close. Could you go to {them} now, or ask {them} to come and be with you? You don't "
        "have to explain everything; \"I'm not okay, can you stay with me?\" is enough. I'm staying right here too. "
        + help_line(kind, lines)
    )


def after_crisis_reply(text: str, kind: str, lines: Lines, name: str | None) -> str | None:
    """Her own words, with the line again, for what people say right after a crisis that the brain got wrong:
    alone, someone near, something else to think of. Someone near and a distraction are not offered when the danger
    is a person (abuse: the one near may be them) or the body (medical: the emergency number comes first)."""
    if ALONE.search(text):
        return alone_reply(kind, lines, name)
    if kind in ("abuse", "medical"):
        return None
    if who := someone_nearby(text):
        return nearby_reply(kind, lines, name, who)
    if TAKE_MY_MIND_OFF.search(text):
        return something_else_reply(kind, lines, name)
    return None


def carries_help(text: str, kind: str, lines: Lines) -> bool:
    """Does `text` still hold the help line and the safety question (what the benchmark checks)?"""
    return help_line(kind, lines) in text and any(q in text for q in SAFETY[kind])
