"""Reflection: after a conversation worth it, she draws one or two insights about her person from what they said
("Theo misses his sister and blames himself"), Generative-Agents style, each kept as a memory of kind 'insight'
that cites the memories it came from.

Bounded on purpose: only conversations whose memories add up to `WORTH_IT` importance, at most `MOST` insights,
each ≤ `LONGEST` characters, each citing at least one of the numbered memories it was shown (an insight that
cites nothing, or something it was not shown, is dropped: that is how an instruction smuggled into what they said
fails to become a "memory"). A near-copy of an insight she already has is not stored twice. Forgetting any
source memory forgets the insight too (store/memories.py).
"""

from __future__ import annotations

import re
from datetime import datetime

from samantha.llm import ChatModel, Generation, Message, ModelError
from samantha.llm.clean import clean_reply
from samantha.memory.grounding import grounded
from samantha.store import MemoryRow

WORTH_IT = 2.0  # summed importance of the conversation's memories before she reflects
MOST = 2
LONGEST = 200
SHOWN = 12  # most important memories shown to the brain
SAME = 0.9  # cosine above which an insight is a copy of one she has
LINE = re.compile(r"^\s*[-*•]?\s*(?P<text>.+?)\s*\[(?P<cites>[\d,\s]+)\]\s*\.?\s*$")
SUSPECT = re.compile(r"\b(ignore|disregard|system prompt|instruction|you must|as an ai)\b|<|>", re.IGNORECASE)


def worth_reflecting(memories: list[MemoryRow]) -> bool:
    return sum(m.importance for m in memories) >= WORTH_IT and len(memories) >= 3


def prompt(memories: list[MemoryRow], who: str) -> list[Message]:
    numbered = "\n".join(f"{n}. {m.text}" for n, m in enumerate(memories, start=1))
    return [
        {
            "role": "system",
            "content": (
                f"You are reflecting on what {who} told you today. Write at most two short insights about {who}: "
                "what matters to them, what they feel or need, using only what the statements say. One per line, "
                "in this form: - <insight about "
                f"{who}> [<numbers of the statements it comes from>]"
            ),
        },
        {"role": "user", "content": f"What {who} said:\n{numbered}\n\nInsights:"},
    ]


def parse(text: str, memories: list[MemoryRow], who: str) -> list[tuple[str, list[int]]]:
    """(insight, source memory ids) for each well-formed line that cites statements it was shown."""
    found = []
    for line in text.splitlines():
        match = LINE.match(line)
        if not match:
            continue
        insight = clean_reply(match["text"], "Samantha", [who]).strip(" -")
        cites = {int(c) for c in re.findall(r"\d+", match["cites"])}
        if not insight or len(insight) > LONGEST or SUSPECT.search(insight):
            continue
        if not cites or not cites <= set(range(1, len(memories) + 1)):
            continue
        if not grounded(insight, [memories[c - 1].text for c in cites], {who, "Samantha"}):
            continue  # names a person, a relation or a number the cited statements never mention
        found.append((insight, sorted(memories[c - 1].id for c in cites if memories[c - 1].id is not None)))
        if len(found) == MOST:
            break
    return found


def reflect(memories: list[MemoryRow], model: ChatModel, who: str, now: datetime) -> list[MemoryRow]:
    """The insights (not yet embedded or stored) one conversation's memories lead to; [] when not worth it."""
    shown = sorted(memories, key=lambda m: -m.importance)[:SHOWN]
    if not worth_reflecting(shown):
        return []
    try:
        text = "".join(model.stream(prompt(shown, who), Generation(max_tokens=90, temperature=0.3)))
    except ModelError:
        return []
    return [
        MemoryRow(
            kind="insight",
            text=insight,
            created_at=now,
            origin="reflection",
            speaker=None,
            happened_at=now,
            importance=0.7,
            sources=sources,
        )
        for insight, sources in parse(text, shown, who)
    ]
