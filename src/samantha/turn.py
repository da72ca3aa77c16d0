"""The records that flow through one exchange: perceive → recall → feel → speak → learn.

A `Turn` is created when the person says something and is filled in stage by stage; each stage reads what the
earlier ones wrote and adds its own part. Organs that have not landed yet leave their part empty rather than
pretending to know something.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # affect/ builds on this module; these names are only for the type checker
    from samantha.affect.express import Prosody
    from samantha.affect.mood import EmotionEpisode, Mood
    from samantha.affect.reader import Emotion


class Opening(str):
    """The first words of a spoken reply (affect/openers.py), streamed on their own before the brain's first
    token: a voice should say them at once, without waiting for the rest of the sentence."""


@dataclass
class Perception:
    """What `perceive` noticed about the person's message (affect/ fills labels, valence, arousal)."""

    labels: dict[str, float] = field(default_factory=dict)
    valence: float | None = None
    arousal: float | None = None
    reading: Emotion | None = None  # the whole reading (labels present, confidence)
    notices: list[str] = field(default_factory=list)  # e.g. "message was clipped to 65,536 characters"


@dataclass
class Recollection:
    """What `recall` brought back for this turn: facts about the person and earlier exchanges."""

    profile: dict[str, str] = field(default_factory=dict)  # what she knows about her person, by key
    memories: list[str] = field(default_factory=list)  # quoted, dated memory lines for the prompt (memory/ fills it)


@dataclass
class Feeling:
    """The companion's own state for this turn (affect/ and bond/ fill it); `style` colours the prompt."""

    mood: Mood | None = None
    episodes: list[EmotionEpisode] = field(default_factory=list)  # her emotions about this turn, with reasons
    strategy: str | None = None  # comfort | validate | celebrate | challenge | give_space | converse
    style: list[str] = field(default_factory=list)  # prompt lines before the message (her mood so far)
    guidance: list[str] = field(default_factory=list)  # prompt lines after it (how to answer this message)
    prosody: Prosody | None = None


@dataclass
class Turn:
    """One exchange: the person's words and her reply, plus what each stage learned on the way."""

    user_text: str | None
    started_at: datetime
    id: int | None = None
    conversation_id: int | None = None
    perception: Perception = field(default_factory=Perception)
    recollection: Recollection = field(default_factory=Recollection)
    feeling: Feeling = field(default_factory=Feeling)
    reply_text: str = ""
    replied_at: datetime | None = None
    status: str = "pending"  # pending → complete | interrupted | failed
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reply:
    """What `Companion.reply` returns."""

    text: str
    turn_id: int | None
    notices: list[str] = field(default_factory=list)  # one-line explanations for the person (clipped input…)
    emotion: Emotion | None = None  # how the person seemed to feel
    strategy: str | None = None  # how she chose to answer
    mood: str | None = None  # her mood in words after this turn
    prosody: Prosody | None = None  # how the reply should sound

    def __str__(self) -> str:
        return self.text
