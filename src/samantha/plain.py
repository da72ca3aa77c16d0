"""Plain text, whichever door it comes in by (typed, spoken, imported; mail and letters next): what is stripped
before anything reads or stores it.

- control characters and terminal escapes (ANSI);
- characters that hide or reorder text: bidi overrides and isolates (U+202A–202E, U+2066–2069), zero-width
  spaces and marks (U+200B, U+200C, U+200E, U+200F, U+2060–2064, U+FEFF) and Unicode tag characters
  (U+E0000–E007F, used to smuggle invisible instructions to language models). The zero-width joiner U+200D stays:
  emoji sequences need it.
"""

from __future__ import annotations

import re

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
INVISIBLE = re.compile("[\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]")


def strip_hidden(text: str) -> str:
    """The text without terminal escapes, control characters (newlines and tabs stay) and invisible ones."""
    return INVISIBLE.sub("", CONTROL.sub("", ANSI.sub("", text)))


def one_line(text: str) -> str:
    """Hidden characters stripped and every run of whitespace, newlines included, made one space: imported words
    cannot open a line of their own in a prompt ("pizza\\nYour mood: furious…")."""
    return " ".join(strip_hidden(text).split())
