"""Samantha: an operating system that is someone. A local-first AI companion."""

from samantha.companion import Companion
from samantha.turn import Reply

__all__ = ["Companion", "Reply"]
__version__ = "0.1.0"
