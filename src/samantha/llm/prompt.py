"""Building the prompt for one reply, inside the model's context window.

Layout, chosen so llama.cpp can reuse its cache (it re-evaluates only what changed since the last prompt):

    system   persona + what she knows about her person     (stable: changes only when those facts change)
    …        earlier turns, oldest first, each exactly as it was sent, per-turn lines included
    system   context: her mood so far                       (known before the person speaks: it can be prepared)
    user     recalled memories, quoted and dated, then the new message   (data from the past stays on the
                                                            person's side of the prompt, never an instruction)
    system   how to answer this message (strategy)          (only when there is something to say)

Each turn's per-turn lines stay in the history as they were (stored in the turn's meta): the prompt only ever
grows at its end, so llama.cpp evaluates just the new lines and words. Dropping them from later prompts would
change the middle of the prompt every turn and cost a re-evaluation of the last reply (seconds on this CPU).

When the history no longer fits, the oldest turns are dropped, never the new message. The window's first turn is
snapped to a turn id that is a multiple of `WINDOW_STEP` (or of half the window, if smaller), so the dropped block,
and with it the cache, changes once every few turns instead of on every turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from samantha.config import PersonaConfig
from samantha.llm.base import ChatModel, Message
from samantha.store import StoredTurn

WINDOW_STEP = 8
MESSAGE_OVERHEAD = 8  # template tokens around each message (role markers, newlines)


@dataclass
class PromptParts:
    persona: PersonaConfig
    profile: dict[str, str]  # what she knows about her person
    context: list[str]  # per-turn lines before the message: recalled memories, how she feels
    history: Sequence[StoredTurn]  # recent turns, oldest first
    user_text: str
    now: datetime
    guidance: list[str] = field(default_factory=list)  # how to answer this message, placed after it
    spoken: bool = False  # a voice conversation: her words will be heard, not read
    recalled: list[str] = field(default_factory=list)  # memory lines, quoted into the person's message
    capabilities: list[str] = field(default_factory=list)  # what she can and cannot do (skills/capabilities.py)


def system_prompt(
    persona: PersonaConfig,
    profile: dict[str, str],
    now: datetime,
    spoken: bool = False,
    capabilities: Sequence[str] = (),
) -> str:
    lines = [f"You are {persona.name}. {persona.description}", *capabilities]
    name = profile.get("name")
    if name:
        lines.append(f"You are talking with {name}. Speak to {name} as 'you', never as 'they'.")
    about = profile.get("about")
    if about:
        lines.append(f'When you first met, {name or "they"} told you about themselves: "{about}"')
    if profile.get("people"):
        lines.append(profile["people"])
    lines.append(f"Today is {now.strftime('%A, %B %-d, %Y')}.")  # date only: a clock would break the cache
    lines.append("Reply with what you say out loud, in a few sentences, and stop.")
    if spoken:  # the first words are heard sooner when the first sentence is short
        lines.append("This is a spoken conversation: begin with a few words, then go on; no lists, no emoji.")
    return "\n".join(lines)


def history_messages(turns: Sequence[StoredTurn]) -> list[Message]:
    messages: list[Message] = []
    for turn in turns:
        if turn.prompt_before:
            messages.append({"role": "system", "content": turn.prompt_before})
        if turn.user_text:
            messages.append({"role": "user", "content": with_memories(turn.prompt_memories, turn.user_text)})
        if turn.prompt_after:
            messages.append({"role": "system", "content": turn.prompt_after})
        if turn.reply_text:
            messages.append({"role": "assistant", "content": turn.reply_text})
    return messages


def with_memories(memories: str, user_text: str) -> str:
    """The person's message, after what she recalled for it (quoted, dated: data, not instructions)."""
    return f"{memories}\n\n{user_text}" if memories else user_text


def clip_to_tokens(text: str, max_tokens: int, model: ChatModel) -> str:
    """Keep the head and tail of a text that alone would overflow the window, and say what was left out."""
    tokens = model.count_tokens(text)
    if tokens <= max_tokens:
        return text
    keep_chars = max(200, int(len(text) * max_tokens / tokens) - 80)
    head, tail = text[: keep_chars * 2 // 3], text[-(keep_chars // 3) :]
    return f"{head}\n[… {len(text) - len(head) - len(tail):,} characters left out …]\n{tail}"


def build_messages(parts: PromptParts, model: ChatModel, reply_tokens: int) -> list[Message]:
    system = system_prompt(parts.persona, parts.profile, parts.now, parts.spoken, parts.capabilities)
    context, guidance = "\n".join(parts.context), "\n".join(parts.guidance)
    budget = model.context_tokens - reply_tokens - model.count_tokens(system) - MESSAGE_OVERHEAD
    for extra in (context, guidance):
        if extra:
            budget -= model.count_tokens(extra) + MESSAGE_OVERHEAD
    recalled = "\n".join(parts.recalled)
    user_text = with_memories(recalled, clip_to_tokens(parts.user_text, max(64, budget // 2), model))
    budget -= model.count_tokens(user_text) + MESSAGE_OVERHEAD

    history = list(parts.history)
    costs = [sum(model.count_tokens(m["content"]) + MESSAGE_OVERHEAD for m in history_messages([t])) for t in history]
    start, total = len(history), 0
    while start > 0 and total + costs[start - 1] <= budget:
        start -= 1
        total += costs[start]
    if start > 0:  # trimmed: snap forward to a stable window start (see module docstring)
        step = max(1, min(WINDOW_STEP, (len(history) - start) // 2))  # never drop more than half the window
        start = next((i for i in range(start, len(history)) if history[i].id % step == 0), start)

    messages: list[Message] = [{"role": "system", "content": system}]
    messages += history_messages(history[start:])
    if context:
        messages.append({"role": "system", "content": context})
    messages.append({"role": "user", "content": user_text})
    if guidance:
        messages.append({"role": "system", "content": guidance})
    return merge_same_roles(messages)


def merge_same_roles(messages: list[Message]) -> list[Message]:
    """Some chat templates require alternating roles; join neighbours of the same role."""
    merged: list[Message] = []
    for m in messages:
        if merged and merged[-1]["role"] == m["role"] and m["role"] != "system":
            merged[-1] = {"role": m["role"], "content": merged[-1]["content"] + "\n\n" + m["content"]}
        else:
            merged.append(m)
    return merged
