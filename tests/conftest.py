"""Shared fixtures. Unit tests use the scripted model; `tiny_model` pulls the real SmolLM2 GGUF once
(through samantha's own puller, into the shared model cache) for the integration tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from samantha.assets import lookup, pull

# Encryption keys of the homes tests create live in a folder of their own, never in the developer's keyring or
# ~/.config (set at import, so the `samantha` subprocesses of the CLI tests see the same keys).
os.environ["SAMANTHA_KEYS_DIR"] = tempfile.mkdtemp(prefix="samantha-test-keys-")
os.environ["SAMANTHA_KEYRING"] = "off"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch):
    """No test reads the developer's own home or settings."""
    for var in ("SAMANTHA_HOME", "SAMANTHA_MODEL", "SAMANTHA_API_KEY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "home"


class FakeClock:
    def __init__(self, start: datetime | None = None):
        self.now = start or datetime(2026, 11, 24, 20, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def tiny_model() -> Path:
    return pull(lookup("tiny"))


@pytest.fixture
def cli_env(tiny_model) -> dict[str, str]:
    """Environment for running the real `samantha` command in a subprocess."""
    env = dict(os.environ)
    env.pop("SAMANTHA_HOME", None)
    env["SAMANTHA_MODELS_DIR"] = str(tiny_model.parent)
    env["PYTHONUNBUFFERED"] = "1"
    return env


SAMANTHA = [sys.executable, "-m", "samantha.cli"]


@pytest.fixture(scope="session")
def reader():
    """The real emotion reader (MiniLM int8 + the shipped head); its files are pulled once like the models."""
    from samantha.affect import EmotionReader

    return EmotionReader()


@pytest.fixture(scope="session")
def embedder():
    """The real MiniLM embedder, pulled once like the models."""
    from samantha.embedding import shared_embedder

    return shared_embedder()


# Helpers for the skills' tests, which start real servers (Radicale, pymap, aiosmtpd, llama-cpp's) on loopback and
# talk to a home that has met its person.
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 30) -> None:
    """Until the server `process` listens on `port`; the test fails with its stderr if it never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    process.kill()
    pytest.fail("the server did not start: " + process.stderr.read().decode()[:500])


class StillClock:
    """A clock that stands still until the test moves `now` (Thursday 3 December 2026, 14:30 UTC by default)."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2026, 12, 3, 14, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def settled_companion(home: Path, clock, timezone: str, **settings):
    """A companion past its first meeting, who knows her person as Theo; the scripted brain says "Tell me more."."""
    from samantha import Companion
    from samantha.llm import ScriptedModel

    her = Companion.open(
        home,
        model=ScriptedModel(lambda m: "Tell me more."),
        clock=clock,
        read_emotions=False,
        timezone=timezone,
        **settings,
    )
    with her.store.transaction() as db:
        her.store.set_profile(db, "onboarding", "done", None, clock())
        her.store.set_profile(db, "name", "Theo", None, clock())
    return her
