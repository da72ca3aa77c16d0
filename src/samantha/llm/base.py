"""The `ChatModel` seam: anything that turns a list of chat messages into a stream of text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol, TypedDict, runtime_checkable


class Message(TypedDict):
    role: str  # "system" | "user" | "assistant"
    content: str


class ModelError(RuntimeError):
    """The brain cannot be used (missing or corrupt file, endpoint down, bad answer). One-line message for people."""


@dataclass
class Generation:
    """Knobs for one reply."""

    max_tokens: int = 320
    temperature: float = 0.7
    stop: list[str] = field(default_factory=list)
    # Her reply already begins with these words (a spoken opening, affect/openers.py): the model continues them.
    # Only for models with `continues_replies = True`; the stream yields the continuation alone.
    begin_with: str = ""
    # Constrain the answer to JSON of this schema (a grammar in llama.cpp, `response_format` on endpoints): for
    # the few places where code asks the brain a question and needs an answer it can read ("name or null").
    json_schema: dict | None = None


@runtime_checkable
class ChatModel(Protocol):
    name: str  # what to show people: "default (Qwen2.5-Coder-1.5B-Instruct Q4_K_M)", "ollama:llama3.2", …
    context_tokens: int  # the window the prompt must fit in, reply included

    def stream(self, messages: list[Message], generation: Generation) -> Iterator[str]:
        """Yield text pieces as they are generated. Raise ModelError with a clear message on failure."""
        ...

    def count_tokens(self, text: str) -> int:
        """Tokens `text` takes in this model's prompt (an upper estimate is fine where exact is unknown)."""
        ...

    def close(self) -> None: ...
