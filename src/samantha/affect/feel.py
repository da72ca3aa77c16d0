"""feel: the companion's own state for this turn.

Appraisal, emotions and mood land here with the feelings work (issue "Feelings"). Until then she has no mood
rather than a made-up one: `turn.feeling` stays empty and the prompt carries no style lines.
"""

from __future__ import annotations

from samantha.turn import Turn


def feel(turn: Turn) -> None:
    """Fill `turn.feeling` (mood, style lines for the prompt). Nothing yet: see module docstring."""
    return None
