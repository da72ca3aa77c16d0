"""A brain on any OpenAI-compatible server: Ollama, vLLM, llama.cpp server, OpenAI.

Only this class sends conversation text off the machine, and only to the endpoint the person configured.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx

from samantha.llm.base import Generation, Message, ModelError
from samantha.llm.resolve import redact


class OpenAICompatModel:
    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        context_tokens: int = 4096,
        timeout: float = 120.0,
    ):
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.shown_url = redact(self.base_url)  # in errors and in the name stored with each conversation
        self.name = f"{model} @ {self.shown_url}"
        self.context_tokens = context_tokens
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.client = httpx.Client(headers=headers, timeout=httpx.Timeout(timeout, connect=5.0))

    def stream(self, messages: list[Message], generation: Generation) -> Iterator[str]:
        body = {
            "model": self.model,
            "messages": messages,
            "stream": True,
            "max_tokens": generation.max_tokens,
            "temperature": generation.temperature,
        }
        if generation.stop:
            body["stop"] = generation.stop[:4]  # OpenAI accepts at most four
        if generation.json_schema:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": generation.json_schema},
            }
        url = f"{self.base_url}/chat/completions"
        try:
            with self.client.stream("POST", url, json=body) as response:
                if response.status_code != 200:
                    response.read()
                    raise ModelError(self._explain_status(response))
                for line in response.iter_lines():
                    piece = _sse_content(line)
                    if piece is None:
                        break
                    if piece:
                        yield piece
        except httpx.ConnectError as exc:
            raise ModelError(f"cannot reach {self.shown_url} ({exc}). Is the server running?") from exc
        except httpx.TimeoutException as exc:
            raise ModelError(f"{self.shown_url} did not answer in time ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise ModelError(f"talking to {self.shown_url} failed: {exc}") from exc

    def _explain_status(self, response: httpx.Response) -> str:
        try:
            detail = response.json().get("error", response.text)
            if isinstance(detail, dict):
                detail = detail.get("message", detail)
        except (ValueError, AttributeError):
            detail = response.text
        detail = str(detail).strip().replace("\n", " ")[:200]
        if response.status_code in (401, 403):
            return f"{self.shown_url} refused the API key (HTTP {response.status_code}): {detail}"
        if response.status_code == 404:
            return f"{self.shown_url} has no model {self.model!r} or no chat endpoint (HTTP 404): {detail}"
        return f"{self.shown_url} answered HTTP {response.status_code}: {detail}"

    def count_tokens(self, text: str) -> int:
        # The server's tokenizer is unknown; three characters a token over-counts for English, which is the
        # safe side for budgeting the context window.
        return len(text) // 3 + 1

    def close(self) -> None:
        self.client.close()


def _sse_content(line: str) -> str | None:
    """Text of one server-sent event line; '' for lines without text, None at the end of the stream."""
    if not line.startswith("data:"):
        return ""
    data = line[5:].strip()
    if data == "[DONE]":
        return None
    try:
        event = json.loads(data)
        choice = event["choices"][0]
    except (ValueError, KeyError, IndexError, TypeError):
        return ""
    if choice.get("finish_reason") and not (choice.get("delta") or {}).get("content"):
        return None
    return (choice.get("delta") or {}).get("content") or ""
