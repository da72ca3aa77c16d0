"""Affect: perceiving the person's emotion, the companion's own emotions and mood, and their expression."""

from samantha.affect.feel import feel
from samantha.affect.perceive import InputError, clean_text, perceive

__all__ = ["InputError", "clean_text", "feel", "perceive"]
