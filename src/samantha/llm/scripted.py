"""A scripted `ChatModel` for fast unit tests: replies come from a list (or a function), streamed in pieces.

It records every prompt it was given so tests can check what the pipeline sent. Never used outside tests; each
behaviour it stands in for also has an integration test against llama.cpp.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from samantha.llm.base import Generation, Message, ModelError


class ScriptedModel:
    def __init__(
        self,
        replies: list[str] | Callable[[list[Message]], str] | None = None,
        *,
        context_tokens: int = 2048,
        fail_with: str | None = None,
        continues_replies: bool = False,
    ):
        self.name = "scripted"
        self.context_tokens = context_tokens
        self._replies = replies if replies is not None else []
        self._fail_with = fail_with
        self.continues_replies = continues_replies  # like llama.cpp: replies may start from `begin_with`
        self.prompts: list[list[Message]] = []
        self.generations: list[Generation] = []
        self.closed = False

    def stream(self, messages: list[Message], generation: Generation) -> Iterator[str]:
        self.prompts.append([dict(m) for m in messages])  # type: ignore[misc]
        self.generations.append(generation)
        if self._fail_with:
            raise ModelError(self._fail_with)
        if callable(self._replies):
            text = self._replies(messages)
        elif self._replies:
            text = self._replies.pop(0)
        else:
            text = "I'm here."
        for i in range(0, len(text), 4):  # small pieces, like tokens
            yield text[i : i + 4]

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)

    def close(self) -> None:
        self.closed = True
