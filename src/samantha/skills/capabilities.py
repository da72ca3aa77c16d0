"""The capability registry: one place that lists what she can do now.

She reads it three ways: the prompt tells the brain what she can and cannot do (`prompt_lines`); a request for
something she cannot do gets an honest answer instead of a promise (skills/requests.py); and a promise the brain
makes anyway is caught in her words (skills/promises.py). A skill that lands (reminders, calendar, mail…) adds
itself with `register`, with a handler that does the real thing; the same request then reaches the handler.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from samantha.turn import Turn

# What she can do without any skill: these are true of every home.
BUILT_IN = {
    "talk": "talk with them, by text or by voice",
    "remember": "remember what they tell you and show it to them",
    "forget": "forget anything they ask you to, for real",
    "mood": "say how you feel and why",
    "journal": "keep a journal about your conversations",
}


# "What can you do?", "what can you even do?", "what are you able to do?": answered from this registry, not by the
# brain (default answered "I can't do much right now" in a first meeting, session 23).
WHAT_CAN_YOU_DO = re.compile(
    r"\bwhat (?:else )?(?:can|could|do) (?:you|u) (?:even |actually |really )?do\b(?! (?:about|with|for) \w)|"
    r"\bwhat are you (?:able to do|good (?:at|for)|for)\b|\bwhat (?:are|r) your (?:skills|abilities|features)\b",
    re.IGNORECASE,
)
SPOKEN_BUILT_IN = (
    "talk with you, by text or by voice; remember what you tell me, show it to you, and forget anything you ask me "
    "to; tell you how I feel and why; and keep a journal of our conversations"
)


class Missing(NamedTuple):
    label: str  # for the prompt: "set reminders"
    cannot: str  # in her words, after "I can't "
    instead: str  # what she can do instead ({task}: what they asked, in her words)


# What people ask of an operating system that she cannot do until a skill for it lands.
NOT_YET: dict[str, Missing] = {
    "reminders": Missing(
        "set reminders",
        "set reminders yet, so I couldn't reach you at the right time",
        "Could you set one on your phone? I'll remember that you want to {task}, and we can talk it through "
        "whenever you're here.",
    ),
    "alarms": Missing(
        "set alarms or timers",
        "set alarms or timers yet: I can't make a sound when we're not talking",
        "Your phone can, though. I'll remember you wanted it.",
    ),
    "calendar": Missing(
        "see or change their calendar",
        "see or change your calendar yet",
        "If you connect it (`samantha calendar connect`), I can. Meanwhile, tell me what's coming up and I'll "
        "remember it.",
    ),
    "mail": Missing(
        "read or send email",
        "read or send email yet; I have no access to your mail",
        "If you paste a message here, I can read it with you and help you answer it.",
    ),
    "messages": Missing(
        "send texts or messages, or make calls",
        "send texts, messages or make calls; I can only talk with you here",
        "I can help you find the words, if you like.",
    ),
    "web": Missing(
        "look anything up online (weather, news, facts)",
        "look things up online; I run on your computer without the internet, so I'd only be guessing",
        "I can think it through with you, though.",
    ),
    "shopping": Missing(
        "order, buy or book things",
        "order, buy or book anything for you",
        "I can help you choose, though.",
    ),
    "devices": Missing(
        "control devices, apps or music",
        "control devices, apps or music on your computer yet",
        "I can keep you company while you do it.",
    ),
}


@dataclass
class Skill:
    kind: str  # one of NOT_YET's kinds, or a new one
    description: str  # what she can do with it, for the prompt
    handle: Callable[[Turn, str], str]  # (turn, request kind) → her answer after doing it
    due: Callable[[], list[str]] | None = None  # what it has to tell them now (a reminder come due), said once
    # A message that follows up on what the skill just did ("no, 10pm"), given the id of her previous turn: her
    # answer, or None when it is not one.
    follow_up: Callable[[Turn, int | None], str | None] | None = None
    # The brain never acts; a skill does, by code. A promise in the brain's words ("I'll remind you") is backed
    # only when this says the skill has just done that (`backs(sentence)`); otherwise `how_to_ask` replaces it.
    backs: Callable[[str], bool] | None = None
    how_to_ask: str = ""


@dataclass
class Capabilities:
    skills: dict[str, Skill] = field(default_factory=dict)

    def register(self, skill: Skill) -> None:
        self.skills[skill.kind] = skill

    def due(self) -> list[str]:
        """What every skill has to tell them now, each said once."""
        return [line for skill in self.skills.values() if skill.due for line in skill.due()]

    def follow_up(self, turn: Turn, previous_turn_id: int | None) -> str | None:
        for skill in self.skills.values():
            if skill.follow_up and (answer := skill.follow_up(turn, previous_turn_id)):
                return answer
        return None

    def what_i_can_do(self, text: str) -> str | None:
        """Her answer to "what can you do?", from what is registered now; None for any other message."""
        if not WHAT_CAN_YOU_DO.search(text):
            return None
        skills = [_spoken(s.description) for s in self.skills.values()]
        cannot = [_spoken(m.label) for k, m in NOT_YET.items() if k not in self.skills][:3]
        said = f"I can {SPOKEN_BUILT_IN}."
        if skills:
            said += " I can also " + "; ".join(skills) + "."
        if cannot:
            said += " I can't " + ", ".join(cannot) + " yet."
        return said + " What would you like?"

    def can(self, kind: str) -> bool:
        return kind in self.skills or kind in BUILT_IN

    def prompt_lines(self) -> list[str]:
        can = list(BUILT_IN.values()) + [s.description for s in self.skills.values()]
        cannot = [missing.label for kind, missing in NOT_YET.items() if kind not in self.skills]
        lines = ["What you can do: " + "; ".join(can) + "."]
        if cannot:
            lines.append(
                "What you cannot do: " + "; ".join(cannot) + "; nor anything in the physical world. Never say you "
                "did or will do these; say plainly that you can't."
            )
        return lines


def _spoken(prompt_words: str) -> str:
    """A prompt line about them and her ("see their calendar", "you cannot make a sound") as she says it to them."""
    words = re.sub(r"\byou cannot\b", "I can't", prompt_words)
    words = re.sub(r"\btheir\b", "your", words)
    words = re.sub(r"\bthey\b", "you", words)
    return re.sub(r"\bthem\b", "you", words)
