"""The embedded brain: a GGUF model run in-process by llama.cpp (llama-cpp-python).

llama.cpp keeps the tokens of the previous prompt and only evaluates what follows the longest common prefix, so
the prompt builder keeps the persona and history stable and appends turns (see llm/prompt.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from samantha.llm.base import Generation, Message, ModelError

GGUF_MAGIC = b"GGUF"
REPEAT_PENALTY = 1.1  # small models loop on a phrase without it; 1.1 is llama.cpp's own CLI default


class LlamaCppModel:
    def __init__(self, path: Path, *, name: str, context_tokens: int = 4096, threads: int | None = None):
        self.name = name
        self.path = path
        self.context_tokens = context_tokens
        check_gguf(path)
        try:
            from llama_cpp import Llama
        except ImportError as exc:  # pragma: no cover - it is a hard dependency; this is for broken installs
            raise ModelError(f"llama-cpp-python is not importable ({exc}); reinstall samantha") from exc
        try:
            self.llm = Llama(
                model_path=str(path),
                n_ctx=context_tokens,
                n_threads=threads or os.cpu_count() or 2,  # llama.cpp's default (half the cores) halves speed here
                n_batch=512,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            raise ModelError(f"llama.cpp could not load {path.name}: {exc}. Try `samantha models verify`.") from exc

    def stream(self, messages: list[Message], generation: Generation) -> Iterator[str]:
        try:
            chunks = self.llm.create_chat_completion(
                messages=messages,  # type: ignore[arg-type]
                stream=True,
                max_tokens=generation.max_tokens,
                temperature=generation.temperature,
                repeat_penalty=REPEAT_PENALTY,
                stop=generation.stop or None,
            )
            for chunk in chunks:
                piece = chunk["choices"][0]["delta"].get("content")  # type: ignore[index]
                if piece:
                    yield piece
        except ValueError as exc:  # e.g. "Requested tokens exceed context window": the budget should prevent it
            raise ModelError(f"llama.cpp refused the prompt: {exc}") from exc

    def count_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8", "replace"), add_bos=False, special=False))

    def close(self) -> None:
        llm = getattr(self, "llm", None)
        if llm is not None:
            llm.close()
            self.llm = None  # type: ignore[assignment]


def check_gguf(path: Path) -> None:
    """Fail fast, with a useful message, before llama.cpp prints pages of loader output."""
    if not path.exists():
        raise ModelError(f"model file {path} does not exist")
    if path.stat().st_size < 1024:
        raise ModelError(f"model file {path} is too small to be a model ({path.stat().st_size} bytes)")
    with path.open("rb") as f:
        if f.read(4) != GGUF_MAGIC:
            raise ModelError(f"model file {path} is not a GGUF file (corrupt, or another format)")
