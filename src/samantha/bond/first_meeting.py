"""The first meeting: she introduces herself, learns what to call her person, and asks a few warm questions.

The questions are hers, not the model's: a small model cannot be trusted to ask them, and the answers must land
in the right place. The last answer ("how are you, really?") goes to the model like any message, so the first
real reply is hers in her own words. Progress is kept in the profile (`onboarding`), so a person who leaves
halfway is asked the same question next time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from samantha.config import PersonaConfig

ASK_NAME, ASK_ABOUT, ASK_FEELING, DONE = "ask_name", "ask_about", "ask_feeling", "done"
DEFAULT_NAME = PersonaConfig().name

# Only the lead-in ignores case: a second word counts as part of the name only when capitalised ("Ana Lu").
NAME_PATTERNS = [
    re.compile(
        r"\b(?i:call me|my name is|my name's|name is|i am|i'm|im|it's|its|this is)\s+"
        r"([^\s,.!?;]+(?:\s+[A-Z][^\s,.!?;]*)?)"
    ),
]
NOT_NAMES = {"not", "just", "so", "very", "fine", "good", "okay", "ok", "sure", "here", "a", "an", "the", "tired"}


@dataclass
class MeetingStep:
    reply: str  # what she says ('' = let the model answer)
    learned: dict[str, str] = field(default_factory=dict)  # profile entries this answer gave her
    next_step: str = DONE


def introduction(persona: PersonaConfig) -> str:
    chose = " I picked the name myself; I liked the sound of it." if persona.name == DEFAULT_NAME else ""
    return (
        f"Hi. I'm {persona.name}.{chose} I'm an AI, and I'd really like to get to know you. "
        f"What would you like me to call you?"
    )


def ask_again(step: str) -> str:
    return {
        ASK_NAME: "Before anything else: what would you like me to call you?",
        ASK_ABOUT: "You never told me much about yourself. What fills your days?",
        ASK_FEELING: "And how are you, really, today?",
    }.get(step, "")


def extract_name(answer: str) -> str | None:
    """The name in an answer to "what should I call you?", or None if there is no believable one."""
    text = answer.strip().strip("\"'")
    for pattern in NAME_PATTERNS:
        match = pattern.search(text)
        if match and match.group(1).lower() not in NOT_NAMES:
            return _tidy(match.group(1))
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if 1 <= len(words) <= 3 and words[0].lower() not in NOT_NAMES:
        return _tidy(" ".join(words[:2]))
    return None


def _tidy(name: str) -> str:
    name = name.strip(" .,!?\"'")[:40]
    return name if any(c.isupper() for c in name) else name.title()


def respond(step: str, answer: str) -> MeetingStep:
    """Her side of the first meeting, given the step it is at and the person's answer."""
    if step == ASK_NAME:
        name = extract_name(answer)
        if name is None:
            return MeetingStep("I didn't quite catch a name there. What should I call you?", next_step=ASK_NAME)
        return MeetingStep(
            f"{name}. I like that. So, {name}, tell me a little about yourself. What fills your days?",
            {"name": name},
            ASK_ABOUT,
        )
    if step == ASK_ABOUT:
        about = " ".join(answer.split())[:400]
        return MeetingStep(
            "Thank you for telling me. One more question, and I mean it: how are you, really, today?",
            {"about": about},
            ASK_FEELING,
        )
    if step == ASK_FEELING:
        return MeetingStep("", {"first_feeling": " ".join(answer.split())[:400]}, DONE)
    return MeetingStep("", next_step=DONE)
