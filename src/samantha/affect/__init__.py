"""Affect: perceiving the person's emotion, the companion's own emotions and mood, and their expression."""

from samantha.affect.express import Prosody
from samantha.affect.feel import Heart
from samantha.affect.mood import PAD, EmotionEpisode, Mood
from samantha.affect.perceive import InputError, clean_text, perceive
from samantha.affect.reader import Emotion, EmotionReader

__all__ = [
    "PAD",
    "Emotion",
    "EmotionEpisode",
    "EmotionReader",
    "Heart",
    "InputError",
    "Mood",
    "Prosody",
    "clean_text",
    "perceive",
]
