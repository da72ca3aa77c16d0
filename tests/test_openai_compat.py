"""A real OpenAI-compatible server (llama-cpp-python's own, serving the tiny GGUF on loopback), and one that is
down or never answers."""

import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest

from samantha import Companion
from samantha.llm import ModelError

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
