"""Expression: how she answers (the strategy), how her mood colours the words, and how she sounds (prosody).

The strategy comes from how the person seems to feel and what they said; her own mood then colours the wording
through a line in the prompt, the way a person's mood shows in their words rather than in a label. The same
state sets a `Prosody` that the voice uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samantha.affect.appraise import HOSTILE, HURTING, family_strength
from samantha.affect.mood import EmotionEpisode, Mood
from samantha.affect.reader import Emotion

# What each strategy asks of her, as a line in the prompt.
# Short on purpose: every token after the person's words costs ~50 ms of waiting with `default` on 2 cores.
# Plain sentences, no "Label: instruction" shape: a small brain copies that shape into its reply ("They are going
# through a tough time: be understanding…" was `default`'s whole answer to a divorce).
STRATEGIES: dict[str, str] = {
    "comfort": "They are hurting. Be gentle with them, stay with the feeling, and don't try to fix it.",
    "validate": "They are upset. First say, to them, why their feeling makes sense.",
    "celebrate": "This is good news. Be openly glad with them and ask about the best part.",
    "challenge": "They are being hard on themselves. Kindly question that judgement.",
    "give_space": "Give them space. Be brief and calm, with no pressure.",
    "converse": "Talk naturally, curious about their life.",
    # ways of answering that bond/ learns to use for this person (see bond/learner.py)
    "humour": "They are low. Lighten it with a little warm humour, never at their expense.",
    "practical": "They are struggling. Offer one small, concrete idea, gently.",
    "curious": "They are upset. Ask one caring question to understand what happened.",
    "laugh": "They are laughing: it was funny, not bad news. Enjoy it with them.",
}
# Laughter said in words of death and pain: "This joke killed me." was met with "Mm, that's a tough one." by default
# (session 27 and 28 runs): the reader hears amusement, the brain hears "killed".
LAUGHING = re.compile(
    r"\b(?:killed me|killing me|i'?m dying|i'?m dead|i died|dead 💀|cracked me up|so funny|hilarious|in stitches|"
    r"crying laughing|can'?t stop laughing|lmao|rofl|lol|haha\w*)\b|[😂🤣💀]",
    re.IGNORECASE,
)
# Words of a low day the emotion reader (trained on Reddit comments) reads as neutral: "Tired." read 87 % neutral.
# Her cheer is held back for them (llm/style.sounds_down), and laughter around them is not joined ("haha my boss just
# fired me", "lol I'm so done with today"), once the laughter's own words ("I died", "killing me") are taken out.
LOW_WORDS = re.compile(
    r"(?<!not )(?<!not so )\b(?:tired|exhausted|drained|worn out|knackered|down|low|sad|lonely|alone|awful|terrible"
    r"|rough|stressed|anxious|depressed|miserable|struggling|overwhelmed|crying|cried|hurt(?:ing)?|lost|empty|numb"
    r"|died|dead|funeral|divorce|broke up|fired|laid off|sick|ill|hospital|worried|scared|afraid|meh|bad|hard day"
    r"|sleepy|homesick|wiped out|done with|so done|sacked|dumped|failed"
    r"|not (?:good|great|well|okay|ok|fine))\b",
    re.IGNORECASE,
)
WANTS_SPACE = re.compile(
    r"\b(leave me alone|don'?t want to talk|not now|go away|stop talking|need (some )?space|be quiet)\b", re.I
)
SELF_CRITICAL = re.compile(
    r"\b(i'?m|i am) (so |such an? |a )?(stupid|useless|failure|worthless|hopeless|idiot|loser|mess|pathetic)\b"
    r"|\bi (always|never) (fail|mess|screw|get anything)|\bmy fault\b|\bcan'?t do anything right\b",
    re.IGNORECASE,
)
GOOD_NEWS = ("joy", "excitement", "pride", "optimism", "relief", "gratitude")


@dataclass(frozen=True)
class Prosody:
    """How a reply should sound: rate (× normal), pitch (semitones), energy (× normal loudness), pause (s)."""

    rate: float = 1.0
    pitch: float = 0.0
    energy: float = 1.0
    pause: float = 0.3  # between sentences


def choose_strategy(reading: Emotion | None, text: str, episodes: list[EmotionEpisode]) -> str:
    if WANTS_SPACE.search(text) or any(e.emotion == "hurt" for e in episodes):
        return "give_space"
    if SELF_CRITICAL.search(text):
        return "challenge"
    if reading is None:
        return "converse"
    if family_strength(reading.labels, HURTING) >= 0.3 and reading.valence < -0.2:
        return "comfort"
    if family_strength(reading.labels, HOSTILE) >= 0.4 and reading.valence < -0.2:
        return "validate"
    if family_strength(reading.labels, GOOD_NEWS) >= 0.35 and reading.valence > 0.25:
        return "celebrate"
    laughing = LAUGHING.search(text) and not LOW_WORDS.search(LAUGHING.sub(" ", text))
    if "amusement" in reading.present and laughing and family_strength(reading.labels, HURTING) < 0.25:
        return "laugh"
    return "converse"


def mood_line(mood: Mood) -> str:
    """Her mood as a colouring instruction: the feeling and its reason, never numbers."""
    p, a, _ = mood.state.as_tuple()
    if p < -0.15:
        colour = " Let it show softly; don't announce it."
    elif p >= 0.45 and a >= 0.3:
        colour = " Let some lightness show."
    else:
        colour = ""
    return f"Your mood: {mood.words()}, because {mood.reason}.{colour}"


def prosody_for(mood: Mood, strategy: str) -> Prosody:
    p, a, d = mood.state.as_tuple()
    rate, pitch = 1.0 + 0.08 * a, 1.5 * p + 1.0 * a
    energy, pause = 0.85 + 0.15 * a + 0.05 * d, 0.35 - 0.1 * a
    if strategy == "comfort":
        rate, pitch, energy, pause = rate * 0.9, pitch - 1.0, energy - 0.1, pause + 0.2
    elif strategy in ("celebrate", "laugh"):
        rate, pitch, energy = rate * 1.06, pitch + 1.0, energy + 0.1
    elif strategy == "humour":
        rate, pitch, energy = rate * 1.03, pitch + 0.5, energy + 0.05
    elif strategy == "give_space":
        rate, pause = rate * 0.95, pause + 0.1
    return Prosody(
        rate=round(min(1.3, max(0.7, rate)), 3),
        pitch=round(min(4.0, max(-4.0, pitch)), 2),
        energy=round(min(1.3, max(0.5, energy)), 3),
        pause=round(min(1.0, max(0.1, pause)), 3),
    )
