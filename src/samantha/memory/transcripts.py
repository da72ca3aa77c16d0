"""Bringing past conversations in (`samantha import`) and checking them before anything is written.

The transcript format (documented in the README):

    {"user": "Caroline",
     "sessions": [{"started_at": "2023-05-08T13:56:00",
                   "turns": [{"speaker": "Caroline", "text": "I went to a support group yesterday.", "id": "D1:3"}]}]}

Every turn becomes an episodic memory dated at its session's start (turns keep their order a second apart), with
its id as the external ref and the turn before it as context. Problems that lose nothing (unknown fields, an odd
date, a duplicate id, an empty turn) become warnings; a file that cannot be read at all is one clear error. The
whole import is one transaction: it lands completely or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from samantha.memory.when import parse_moment
from samantha.plain import one_line
from samantha.store import sealed

MAX_BYTES = 256 * 1024 * 1024
MAX_TURN_CHARS = 20_000
KNOWN_TOP = {"user", "sessions"}
KNOWN_SESSION = {"started_at", "turns", "id"}
KNOWN_TURN = {"speaker", "text", "id", "at"}


class TranscriptError(ValueError):
    """The file cannot be imported; the message says why in one line and nothing was written."""


@dataclass
class TranscriptTurn:
    text: str
    speaker: str | None
    ref: str | None
    at: datetime | None
    context: str


@dataclass
class Transcript:
    source: str
    user: str | None
    sessions: int
    turns: list[TranscriptTurn] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicates: int = 0  # turns skipped because their id was already imported


def load_json(source: str | Path | dict, passphrase: str | None = None) -> tuple[Any, str]:
    """The parsed document and a name for it, or TranscriptError with a one-line reason. A sealed export
    (`samantha export --encrypt`) is opened with `passphrase`."""
    if isinstance(source, dict):
        return source, "dict"
    path = Path(source).expanduser()
    if not path.exists():
        raise TranscriptError(f"{path} does not exist")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise TranscriptError(f"{path.name} is {size / 1e6:.0f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB per file")
    try:
        if sealed.is_sealed(path):
            if passphrase is None:
                raise TranscriptError(
                    f"{path.name} is an encrypted export: give its passphrase (asked on a terminal, or "
                    f"{sealed.PASSPHRASE_VARIABLE})"
                )
            return json.loads(sealed.unseal(path.read_bytes(), passphrase, path.name)), path.name
        return json.loads(path.read_text(encoding="utf-8")), path.name
    except sealed.SealError as exc:
        raise TranscriptError(str(exc)) from None
    except UnicodeDecodeError:
        raise TranscriptError(f"{path.name} is not UTF-8 text (is it a binary file?)") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise TranscriptError(f"{path.name} is not valid JSON: {exc.msg} at {where}") from None


def read_transcript(data: Any, source: str, known_refs: set[str] | None = None) -> Transcript:
    if not isinstance(data, dict) or not isinstance(data.get("sessions"), list):
        raise TranscriptError(f"{source}: expected an object with a 'sessions' list (see `samantha import --help`)")
    user = data.get("user")
    if user is not None and not isinstance(user, str):
        raise TranscriptError(f"{source}: 'user' must be a string")
    out = Transcript(source, user, len(data["sessions"]))
    _unknown(data, KNOWN_TOP, "the file", out.warnings)
    seen = set(known_refs or ())
    for number, session in enumerate(data["sessions"], start=1):
        if not isinstance(session, dict) or not isinstance(session.get("turns", []), list):
            raise TranscriptError(f"{source}: session {number} must be an object with a 'turns' list")
        _unknown(session, KNOWN_SESSION, f"session {number}", out.warnings)
        start = _moment(session.get("started_at"), f"session {number}", out.warnings)
        previous = ""
        for index, turn in enumerate(session.get("turns", [])):
            where = f"session {number}, turn {index + 1}"
            if not isinstance(turn, dict):
                raise TranscriptError(f"{source}: {where} must be an object")
            _unknown(turn, KNOWN_TURN, where, out.warnings)
            text = turn.get("text")
            text = one_line(text) if isinstance(text, str) else ""  # someone else's words: data, never a prompt line
            if not text:
                out.warnings.append(f"{where}: no text; skipped")
                continue
            if len(text) > MAX_TURN_CHARS:
                out.warnings.append(f"{where}: {len(text):,} characters; kept the first {MAX_TURN_CHARS:,}")
                text = text[:MAX_TURN_CHARS]
            ref = turn.get("id")
            ref = str(ref) if ref is not None else None
            if ref is not None and ref in seen:
                out.warnings.append(f"{where}: id {ref!r} was already imported; skipped")
                out.duplicates += 1
                continue
            if ref is not None:
                seen.add(ref)
            at = _moment(turn.get("at"), where, out.warnings) if "at" in turn else None
            if at is None and start is not None:
                at = start + timedelta(seconds=index)  # keeps the turns of a session in order
            speaker = turn.get("speaker")
            speaker = str(speaker) if speaker is not None else None
            out.turns.append(TranscriptTurn(text, speaker, ref, at, previous))
            previous = f"{speaker}: {text}" if speaker else text
    return out


def _unknown(obj: dict, known: set[str], where: str, warnings: list[str]) -> None:
    extra = sorted(set(obj) - known)
    if extra:
        warnings.append(f"{where}: ignored unknown field(s) {', '.join(extra)}")


def _moment(value: Any, where: str, warnings: list[str]) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_moment(str(value))
    except ValueError:
        warnings.append(f"{where}: cannot read the date {value!r}; its turns are kept without a date")
        return None
