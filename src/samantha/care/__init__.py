"""Care: safe in a crisis, honest about what she is, and on the side of her person's human life.

`Care` is the stage of the turn (care/stage.py); the crisis detector, the help lines, the honesty answers and the
links her words pass through live beside it.
"""

from samantha.care.crisis import CrisisDetector, CrisisReading
from samantha.care.helplines import lines_for
from samantha.care.stage import Care

__all__ = ["Care", "CrisisDetector", "CrisisReading", "lines_for"]
