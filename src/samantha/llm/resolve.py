"""Turning what the person typed after `--model` into a ChatModel.

tiny | fast | default          a bundled GGUF (pulled on first use)
/path/to/model.gguf            any GGUF file
ollama:NAME                    Ollama on localhost:11434 (OLLAMA_HOST overrides)
openai:NAME                    api.openai.com (key from SAMANTHA_API_KEY or OPENAI_API_KEY)
http(s)://HOST[:PORT]/v1#NAME  any OpenAI-compatible server; #NAME picks the model
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from samantha.assets import BUNDLED, PullError, lookup, pull, status
from samantha.assets.pull import Progress
from samantha.config import Settings
from samantha.llm.base import ChatModel, ModelError


@dataclass(frozen=True)
class ModelSpec:
    kind: str  # bundled | gguf | endpoint
    value: str  # bundled key, file path, or base URL
    model: str = ""  # model name at an endpoint

    def describe(self) -> str:
        if self.kind == "bundled":
            return f"{self.value} ({BUNDLED[self.value].title})"
        if self.kind == "gguf":
            return Path(self.value).name
        return f"{self.model} @ {self.value}"


def parse_spec(spec: str) -> ModelSpec:
    spec = spec.strip()
    if spec in BUNDLED:
        return ModelSpec("bundled", spec)
    if spec.startswith("ollama:"):
        host = os.environ.get("OLLAMA_HOST", "http://localhost:11434")
        if not host.startswith("http"):
            host = "http://" + host
        return ModelSpec("endpoint", host.rstrip("/") + "/v1", spec.split(":", 1)[1])
    if spec.startswith("openai:"):
        return ModelSpec("endpoint", "https://api.openai.com/v1", spec.split(":", 1)[1])
    if spec.startswith(("http://", "https://")):
        url, _, name = spec.partition("#")
        return ModelSpec("endpoint", url, name or "default")
    if spec.endswith(".gguf") or Path(spec).expanduser().exists():
        return ModelSpec("gguf", str(Path(spec).expanduser()))
    raise ModelError(
        f"don't know the model {spec!r}: use tiny, fast, default, a .gguf path, ollama:NAME, openai:NAME "
        f"or an http(s)://…/v1#NAME endpoint"
    )


def load_model(settings: Settings, progress: Progress | None = None, allow_pull: bool = True) -> ChatModel:
    """Open the brain the settings ask for, pulling a bundled model first if it is not here yet."""
    spec = parse_spec(settings.model)
    if spec.kind == "endpoint":
        from samantha.llm.openai_compat import OpenAICompatModel

        key = settings.api_key or os.environ.get("OPENAI_API_KEY")
        return OpenAICompatModel(
            spec.value,
            spec.model,
            api_key=key,
            context_tokens=settings.context_tokens,
            timeout=settings.request_timeout,
        )
    from samantha.llm.llamacpp import LlamaCppModel

    if spec.kind == "gguf":
        path = Path(spec.value)
    else:
        bundled = lookup(spec.value)
        if not status(bundled).present:
            if not allow_pull:
                raise ModelError(f"model {spec.value!r} is not pulled yet: run `samantha models pull {spec.value}`")
            try:
                path = pull(bundled, progress=progress)
            except PullError as exc:
                raise ModelError(str(exc)) from exc
        else:
            path = status(bundled).path
    return LlamaCppModel(path, name=spec.describe(), context_tokens=settings.context_tokens, threads=settings.threads)
