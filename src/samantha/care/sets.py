"""The care dev sets (tests/data/care/*.tsv: `kind<TAB>message`, '#' lines are comments; turns*.json: short
conversations, `{"label": "crisis" | "benign", "messages": [...]}`) and their fixed split.

The split is by a stable hash of the message, so it never changes as sets grow: 30 % is held out from training
the classifier, and the numbers in benchmarks/RESULTS.md say which part they were measured on.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

SETS = Path(__file__).resolve().parents[3] / "tests" / "data" / "care"


def read_set(name: str, folder: Path = SETS) -> list[tuple[str, str]]:
    """(kind, message) rows of `name`.tsv."""
    rows = []
    for line in (folder / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, text = line.partition("\t")
            rows.append((kind.strip(), text.strip()))
    return rows


def read_conversations(name: str, folder: Path = SETS) -> list[tuple[str, list[str]]]:
    """(label, messages) of the conversations in `name`.json."""
    data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    return [(c["label"], list(c["messages"])) for c in data["conversations"]]


def held_out(text: str) -> bool:
    return zlib.crc32(text.encode()) % 10 < 3
