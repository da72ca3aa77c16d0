"""The embedded brain: a GGUF model run in-process by llama.cpp (llama-cpp-python).

llama.cpp keeps the tokens of the previous prompt and only evaluates what follows the longest common prefix, so
the prompt builder keeps the persona and history stable and appends turns (see llm/prompt.py).
"""

from __future__ import annotations

import os
import threading
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
        self._lock = threading.Lock()  # one llama.cpp context: generation and idle-time evaluation take turns
        self._prepared: threading.Thread | None = None
        self._formatter = _prefix_formatter(self.llm)
        self.continues_replies = self._formatter is not None  # can start from `Generation.begin_with`

    def stream(self, messages: list[Message], generation: Generation) -> Iterator[str]:
        with self._lock:
            yield from self._stream(messages, generation)

    def _stream(self, messages: list[Message], generation: Generation) -> Iterator[str]:
        try:
            if generation.begin_with and self._formatter is not None:
                chunks = self._continue(messages, generation)
            else:
                chunks = self.llm.create_chat_completion(
                    messages=messages,  # type: ignore[arg-type]
                    stream=True,
                    max_tokens=generation.max_tokens,
                    temperature=generation.temperature,
                    repeat_penalty=REPEAT_PENALTY,
                    stop=generation.stop or None,
                    response_format=(
                        {"type": "json_object", "schema": generation.json_schema} if generation.json_schema else None
                    ),
                )
            for chunk in chunks:
                choice = chunk["choices"][0]  # type: ignore[index]
                piece = choice["delta"].get("content") if "delta" in choice else choice.get("text")
                if piece:
                    yield piece
        except ValueError as exc:  # e.g. "Requested tokens exceed context window": the budget should prevent it
            raise ModelError(f"llama.cpp refused the prompt: {exc}") from exc

    def _continue(self, messages: list[Message], generation: Generation):
        """Generate her reply as the continuation of `begin_with`: the template's assistant turn is opened with
        those words (rendered as llama-cpp-python renders chats, so the prompt cache still matches)."""
        marker = "\u2063reply\u2063"
        rendered = self._formatter(messages=[*messages, {"role": "assistant", "content": marker}])
        prompt = rendered.prompt.split(marker)[0] + generation.begin_with
        tokens = self.llm.tokenize(prompt.encode("utf-8"), add_bos=not rendered.added_special, special=True)
        stops = [*(generation.stop or []), *_as_list(rendered.stop)]
        return self.llm.create_completion(
            prompt=tokens,
            stream=True,
            max_tokens=generation.max_tokens,
            temperature=generation.temperature,
            repeat_penalty=REPEAT_PENALTY,
            stop=stops or None,
        )

    def prepare_next(self, messages: list[Message]) -> None:
        """In idle time, evaluate the prompt up to where the person's next message will go (the end of her
        reply, the template's user header), so the next turn only evaluates their words. Runs in the background;
        the next `stream` waits for it. If the guess is off, llama.cpp's prefix match simply re-evaluates."""
        if self._formatter is None:
            return
        self._prepared = threading.Thread(target=self._evaluate_prefix, args=(messages,), daemon=True)
        self._prepared.start()

    def _evaluate_prefix(self, messages: list[Message]) -> None:
        marker = "\u2063next\u2063"  # invisible separator: never part of real text
        try:
            rendered = self._formatter(messages=[*messages, {"role": "user", "content": marker}])
            prefix = rendered.prompt.split(marker)[0]
            tokens = self.llm.tokenize(prefix.encode("utf-8"), add_bos=not rendered.added_special, special=True)
        except Exception:  # a template we cannot render this way: no prefetch, nothing else changes
            return
        with self._lock:
            if self.llm is None:
                return
            cached = self.llm._input_ids.tolist()  # what llama.cpp's own prefix match compares against
            common = 0
            for a, b in zip(cached, tokens, strict=False):
                if a != b:
                    break
                common += 1
            if common < len(tokens) and len(tokens) < self.context_tokens:
                self.llm.n_tokens = common  # eval() drops the KV cache beyond this point first
                self.llm.eval(tokens[common:])

    def count_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8", "replace"), add_bos=False, special=False))

    def close(self) -> None:
        if getattr(self, "_prepared", None) is not None:
            self._prepared.join()
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


def _as_list(stop: str | list[str] | None) -> list[str]:
    return [] if not stop else [stop] if isinstance(stop, str) else list(stop)


def _prefix_formatter(llm):
    """The GGUF's own chat template, rendering without the assistant header (what llama-cpp-python uses, built
    the same way), or None when the model has no template."""
    template = llm.metadata.get("tokenizer.chat_template")
    if not template:
        return None
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    vocab = llm._model  # token texts, as llama-cpp-python passes them to its own formatter
    eos = vocab.token_get_text(llm.token_eos()) if llm.token_eos() != -1 else ""
    bos = vocab.token_get_text(llm.token_bos()) if llm.token_bos() != -1 else ""
    return Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos, add_generation_prompt=False)
