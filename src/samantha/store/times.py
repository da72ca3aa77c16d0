"""Timestamps in the store: ISO 8601 text in UTC, microsecond precision (sorts as text, reads back exactly)."""

from __future__ import annotations

from datetime import UTC, datetime


def to_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
