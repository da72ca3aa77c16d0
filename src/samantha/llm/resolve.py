"""Turning what the person typed after `--model` into a ChatModel.

tiny | fast | default          a bundled GGUF (pulled on first use)
/path/to/model.gguf            any GGUF file
ollama:NAME                    Ollama on localhost:11434 (OLLAMA_HOST overrides)
openai:NAME                    api.openai.com (key from api_key in config, SAMANTHA_API_KEY or OPENAI_API_KEY)
http(s)://HOST[:PORT]/v1#NAME  any OpenAI-compatible server; #NAME picks the model (key: api_key / SAMANTHA_API_KEY)

A key belongs to the endpoint it was configured for: OPENAI_API_KEY goes only to api.openai.com, never to Ollama
or another server, and no key is ever sent over plain http:// to a machine other than this one. Credentials in an
endpoint URL ("https://user:pass@host/v1", "?key=…") never reach a stored or shown model name (`redact`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

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
        return f"{self.model} @ {redact(self.value)}"


SECRET_QUERY = re.compile(r"([?&](?:[\w-]*(?:key|token|secret|password|pass|auth|sig)[\w-]*)=)[^&#\s]*", re.IGNORECASE)
LOOPBACK = ("localhost", "127.0.0.1", "::1", "[::1]")


def redact(url: str) -> str:
    """The URL without credentials: "https://user:pass@host/v1?key=abc" → "https://***@host/v1?key=***"."""
    url = re.sub(r"(?<=://)[^/@\s]+@", "***@", url)
    return SECRET_QUERY.sub(r"\1***", url)


def key_for(spec: ModelSpec, settings: Settings) -> str | None:
    """The API key for this endpoint, or None. Raises ModelError rather than send a key in the clear."""
    if spec.value.startswith("https://api.openai.com/"):
        return settings.api_key or os.environ.get("OPENAI_API_KEY")
    key = settings.api_key  # config's api_key or SAMANTHA_API_KEY: configured for the endpoint in `model`
    parts = urlsplit(spec.value)
    if key and parts.scheme == "http" and (parts.hostname or "") not in LOOPBACK:
        raise ModelError(
            f"won't send your API key over plain http to {parts.hostname}: use https://, or remove api_key "
            "(SAMANTHA_API_KEY) if that server needs none"
        )
    return key


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

        return OpenAICompatModel(
            spec.value,
            spec.model,
            api_key=key_for(spec, settings),
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
