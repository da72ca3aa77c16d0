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
from dataclasses import dataclass, field, replace
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
    keep_chars = int(len(text) * max_tokens / tokens)
    while True:  # the marker costs tokens too: shrink until the whole fits (two or three rounds)
        head, tail = text[: keep_chars * 2 // 3], text[len(text) - keep_chars // 3 :]
        clipped = f"{head}\n[… {len(text) - len(head) - len(tail):,} characters left out …]\n{tail}"
        if keep_chars <= 0 or model.count_tokens(clipped) <= max_tokens:
            return clipped
        keep_chars = int(keep_chars * 0.8) - 1


MIN_MESSAGE_TOKENS = 64  # the person's words keep at least this much of a crowded window
LAST_RESORT_MESSAGE_TOKENS = 16  # … and this much when nothing else is left to give up


def build_messages(parts: PromptParts, model: ChatModel, reply_tokens: int) -> list[Message]:
    fitted = fit_to_window(parts, model, model.context_tokens - reply_tokens)
    system = system_prompt(fitted.persona, fitted.profile, fitted.now, fitted.spoken, fitted.capabilities)
    context, guidance = "\n".join(fitted.context), "\n".join(fitted.guidance)
    budget = model.context_tokens - reply_tokens - model.count_tokens(system) - MESSAGE_OVERHEAD
    for extra in (context, guidance):
        if extra:
            budget -= model.count_tokens(extra) + MESSAGE_OVERHEAD
    recalled = "\n".join(fitted.recalled)
    room = (budget - (model.count_tokens(recalled) if recalled else 0)) // 2
    user_text = with_memories(recalled, clip_to_tokens(parts.user_text, max(fitted.user_text_floor, room), model))
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


@dataclass
class Fitted:
    """The parts of a prompt that fit the window before any history (see `fit_to_window`)."""

    persona: PersonaConfig
    profile: dict[str, str]
    now: datetime
    spoken: bool
    capabilities: list[str]
    context: list[str]
    guidance: list[str]
    recalled: list[str]
    user_text_floor: int


def fit_to_window(parts: PromptParts, model: ChatModel, window: int) -> Fitted:
    """Give up what matters least until the fixed parts and the floor of the person's message fit `window`.

    Every skill adds a line about what she can do, so a small window (512 tokens on the test brain) could be
    filled before the person's words. What goes first, one line at a time: recalled memories (the least relevant
    last), the per-turn context (her mood), the guidance on how to answer, what they told her about themselves
    and their people, what she can do; then the person's message shrinks to its last-resort floor; then what she
    cannot do (it keeps her honest, so it stays longest); at the very end the persona's description is clipped.
    History only ever gets what is left after all this."""
    fitted = Fitted(
        parts.persona,
        dict(parts.profile),
        parts.now,
        parts.spoken,
        list(parts.capabilities),
        list(parts.context),
        list(parts.guidance),
        list(parts.recalled),
        MIN_MESSAGE_TOKENS,
    )

    def over() -> int:
        system = system_prompt(fitted.persona, fitted.profile, fitted.now, fitted.spoken, fitted.capabilities)
        used = model.count_tokens(system) + 2 * MESSAGE_OVERHEAD + fitted.user_text_floor
        for lines in (fitted.context, fitted.guidance):
            used += model.count_tokens("\n".join(lines)) + MESSAGE_OVERHEAD if lines else 0
        used += model.count_tokens("\n".join(fitted.recalled)) if fitted.recalled else 0
        return used - window

    for lines in (fitted.recalled, fitted.context, fitted.guidance):
        while lines and over() > 0:
            lines.pop()
    for key in ("about", "people"):
        if over() > 0:
            fitted.profile.pop(key, None)
    while len(fitted.capabilities) > 1 and over() > 0:
        fitted.capabilities.pop(0)  # "What you can do" goes before "What you cannot do", which comes last
    if over() > 0:
        fitted.user_text_floor = LAST_RESORT_MESSAGE_TOKENS
    if over() > 0:
        fitted.capabilities.clear()
    excess = over()
    if excess > 0:
        description = fitted.persona.description
        keep = max(0, model.count_tokens(description) - excess - 8)
        fitted.persona = replace(fitted.persona, description=clip_head(description, keep, model))
    return fitted


def clip_head(text: str, max_tokens: int, model: ChatModel) -> str:
    """The start of `text`, cut at a word, in at most `max_tokens` tokens."""
    words = text.split()
    while words and (tokens := model.count_tokens(" ".join(words))) > max_tokens:
        words = words[: min(len(words) - 1, len(words) * max_tokens // tokens)]
    return " ".join(words)


def merge_same_roles(messages: list[Message]) -> list[Message]:
    """Some chat templates require alternating roles; join neighbours of the same role."""
    merged: list[Message] = []
    for m in messages:
        if merged and merged[-1]["role"] == m["role"] and m["role"] != "system":
            merged[-1] = {"role": m["role"], "content": merged[-1]["content"] + "\n\n" + m["content"]}
        else:
            merged.append(m)
    return merged
