"""perceive: the first stage reads the person's words.

Today it makes sure the words are text a model can take (no control characters, no binary, a bounded size) and
notes what it had to change. Emotion reading (GoEmotions labels, valence, arousal) lands here with the feelings
work; until then `Perception.labels` stays empty rather than guessed.
"""

from __future__ import annotations

import unicodedata

from samantha.plain import ANSI, strip_hidden
from samantha.turn import Turn


class InputError(ValueError):
    """The message cannot be answered as it is (empty, binary…); the message says why in one line."""


def clean_text(raw: str, max_chars: int) -> tuple[str, list[str]]:
    """Return (text fit for the model and the store, notices about what was changed)."""
    notices: list[str] = []
    text = ANSI.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    if "\x00" in text or _binary_share(text) > 0.3:
        raise InputError("that looks like binary data, not text; I can only read text")
    stripped = strip_hidden(text)
    if stripped != text:
        notices.append(f"removed {len(text) - len(stripped)} control or invisible character(s)")
    text = unicodedata.normalize("NFC", stripped).strip()
    if not text:
        raise InputError("the message is empty; there is nothing to answer")
    if len(text) > max_chars:
        notices.append(f"your message was {len(text):,} characters; I kept the first {max_chars:,}")
        text = text[:max_chars]
    return text, notices


def _binary_share(text: str) -> float:
    """Share of U+FFFD (what invalid UTF-8 decodes to) and control characters: high for binary, ~0 for text."""
    sample = text[:4096]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\n\t"))
    return bad / len(sample)


def perceive(turn: Turn, max_chars: int) -> None:
    """Clean `turn.user_text` in place and record notices; raises InputError for unanswerable input."""
    assert turn.user_text is not None
    turn.user_text, notices = clean_text(turn.user_text, max_chars)
    turn.perception.notices.extend(notices)
