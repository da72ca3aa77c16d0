"""A real OpenAI-compatible server (llama-cpp-python's own, serving the tiny GGUF on loopback), and one that is
down or never answers."""

import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from typing import ClassVar

import httpx
import pytest
from conftest import free_port

from samantha import Companion
from samantha.config import Settings
from samantha.llm import ModelError
from samantha.llm.resolve import key_for, parse_spec, redact

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server(tiny_model):
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(tiny_model),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--model_alias",
        "smol",
        "--n_ctx",
        "2048",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/models", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("llama_cpp.server did not start")
    yield base
    proc.terminate()
    proc.wait(timeout=30)


def test_conversation_through_an_openai_compatible_server(server, home):
    with Companion.open(home, model=f"{server}#smol", reply_tokens=40) as her:
        first = her.reply("Hi, I'm Theo.")
        second = "".join(her.stream("How are you?"))
        assert first.text.strip() and second.strip()
        assert "<|" not in first.text + second
        assert [t.status for t in her.store.recent_turns(5)] == ["complete", "complete"]


def test_endpoint_down_is_a_clear_error_and_the_words_are_kept(home):
    with Companion.open(home, model=f"http://127.0.0.1:{free_port()}/v1#x") as her:
        with pytest.raises(ModelError, match="cannot reach"):
            her.reply("Anyone there?")
        row = her.store.db.execute("SELECT user_text, status FROM turns").fetchone()
        assert tuple(row) == ("Anyone there?", "failed")


def test_endpoint_that_never_answers_times_out_clearly(home):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []
    threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True).start()
    port = listener.getsockname()[1]
    try:
        her = Companion.open(home, model=f"http://127.0.0.1:{port}/v1#x", request_timeout=1.0)
        with her, pytest.raises(ModelError, match="did not answer in time"):
            her.reply("Hello?")
    finally:
        listener.close()


class Recorder(http.server.BaseHTTPRequestHandler):
    """A real loopback endpoint that answers one short reply and records the Authorization header it got."""

    seen: ClassVar[list[str | None]] = []

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        Recorder.seen.append(self.headers.get("Authorization"))
        chunk = {"choices": [{"delta": {"content": "Hello there."}}]}
        body = f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    Recorder.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def test_an_api_key_only_reaches_the_endpoint_it_was_configured_for(recorder, home, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-only")
    monkeypatch.delenv("SAMANTHA_API_KEY", raising=False)
    with Companion.open(home, model=f"{recorder}#x") as her:
        her.reply("Hi.")
    assert Recorder.seen == [None]  # OPENAI_API_KEY is for api.openai.com alone
    with Companion.open(home, model=f"{recorder}#x", api_key="sk-for-this-server") as her:
        her.reply("Hi again.")
    assert Recorder.seen[-1] == "Bearer sk-for-this-server"  # configured for it; loopback http is this machine
    with pytest.raises(ModelError, match="won't send your API key over plain http"):
        Companion.open(home, model="http://192.0.2.1:8080/v1#x", api_key="sk-secret")
    assert key_for(parse_spec("openai:gpt-4o-mini"), Settings(api_key=None)) == "sk-openai-only"


def test_credentials_in_an_endpoint_url_are_never_stored_or_shown(recorder, home, monkeypatch):
    monkeypatch.setenv("SAMANTHA_ENCRYPT", "0")  # a plain home, so the byte scan can see text
    port = recorder.split(":")[2].split("/")[0]
    url = f"http://theo:hunter2@127.0.0.1:{port}/v1"
    with Companion.open(home, model=f"{url}#x") as her:
        her.reply("Hi.")
        stored = [r[0] for r in her.store.db.execute("SELECT model FROM conversations")]
    assert stored and all("hunter2" not in m and "***@127.0.0.1" in m for m in stored)
    assert redact("https://api.example.com/v1?api_key=abc123&x=1") == "https://api.example.com/v1?api_key=***&x=1"
    assert not any(b"hunter2" in p.read_bytes() for p in home.rglob("*") if p.is_file())
