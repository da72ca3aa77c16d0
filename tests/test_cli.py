"""The `samantha` command as a person uses it, through the real tiny model."""

import os
import pty
import select
import subprocess
import time

import pytest
from conftest import SAMANTHA

pytestmark = pytest.mark.integration


def run(args, env, stdin=b"", home=None, timeout=300):
    cmd = [*SAMANTHA, "--home", str(home), "--model", "tiny", *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, env=env, timeout=timeout)


def test_piped_chat_prints_a_reply(cli_env, home):
    result = run(["chat"], cli_env, b"hi\n", home)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip()
    assert b"Traceback" not in result.stderr


def test_bad_piped_input_gets_one_line_errors_and_the_rest_is_answered(cli_env, home):
    stdin = b"\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\n" + b"hello there\n"
    result = run(["chat"], cli_env, stdin, home)
    err = result.stderr.decode()
    assert result.returncode == 1 and "binary data" in err and "Traceback" not in err
    assert result.stdout.decode().strip()  # the good line still got its answer
    history = run(["history", "--search", "hello"], cli_env, home=home)
    assert b"hello there" in history.stdout


def test_say_with_an_empty_message_explains(cli_env, home):
    result = run(["say", "   "], cli_env, home=home)
    assert result.returncode == 1 and b"empty" in result.stderr and b"Traceback" not in result.stderr


def test_unknown_model_and_missing_file_are_one_liners(cli_env, home, tmp_path):
    for spec, words in (("gpt-5-please", b"don't know the model"), (str(tmp_path / "x.gguf"), b"does not exist")):
        cmd = [*SAMANTHA, "--home", str(home), "--model", spec, "say", "hi"]
        result = subprocess.run(cmd, capture_output=True, env=cli_env, timeout=60)
        assert result.returncode == 1 and words in result.stderr and b"Traceback" not in result.stderr
        assert len(result.stderr.decode().strip().splitlines()) <= 2


def test_doctor_and_history_on_a_new_home(cli_env, home):
    assert b"No conversations yet" in run(["history"], cli_env, home=home).stdout
    doctor = run(["doctor"], cli_env, home=home)
    assert doctor.returncode == 0 and b"integrity" not in doctor.stdout  # no database yet, and that is fine


class Terminal:
    """Drive the interactive chat through a real pseudo-terminal, as a person would."""

    def __init__(self, cmd, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child
            os.execvpe(cmd[0], cmd, env)
        self.screen = b""

    def read_until(self, needle: bytes, timeout=120) -> bytes:
        deadline = time.monotonic() + timeout
        while needle not in self.screen:
            assert time.monotonic() < deadline, f"never saw {needle!r}; screen: {self.screen[-800:]!r}"
            if select.select([self.fd], [], [], 0.5)[0]:
                try:
                    self.screen += os.read(self.fd, 65536)
                except OSError:
                    break
        return self.screen

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def wait(self, timeout=180) -> int:  # leaving writes the journal and reflects: slow on a busy CPU
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            self.read_until(b"", 0.1)
            time.sleep(0.1)
        os.kill(self.pid, 9)
        raise AssertionError("chat did not exit")


def test_interactive_first_meeting_slash_commands_and_quit(cli_env, home):
    env = {**cli_env, "TERM": "dumb", "COLUMNS": "120"}
    term = Terminal([*SAMANTHA, "--home", str(home), "--model", "tiny", "chat"], env)
    term.read_until(b"call you?")
    term.type("Call me Theo\r")
    term.read_until(b"What fills your days?")
    term.type("I write letters\r")
    term.read_until(b"how are you, really")
    term.type("/whoami\r")
    term.read_until(b"I write letters")
    term.type("/nonsense\r")
    term.read_until(b"unknown command")
    term.type("Tired but ok\r")
    term.read_until(b"Theo>")
    term.type("/quit\r")
    term.read_until(b"Talk soon")
    assert term.wait() == 0
    again = Terminal([*SAMANTHA, "--home", str(home), "--model", "tiny", "chat"], env)
    again.read_until(b"Theo> ")
    time.sleep(1.0)  # let prompt_toolkit put the tty in raw mode, or the line discipline eats the Ctrl-D
    again.type("\x04")  # Ctrl-D leaves
    again.read_until(b"Talk soon")
    assert again.wait() == 0


def test_mood_tells_a_story_that_matches_the_conversation(cli_env, home):
    home.mkdir(parents=True)
    (home / "config.toml").write_text("reply_tokens = 24\n")  # short replies: this test is about her mood
    before = run(["mood"], cli_env, home=home)
    assert b"No one lives" in before.stdout
    lines = [
        "Theo",  # the first meeting: name, about, feeling
        "I write letters for other people.",
        "Not great, honestly.",
        "My grandmother died last week and I miss her so much.",
        "I can't sleep. I keep crying at night.",
    ]
    chat = run(["chat"], cli_env, ("\n".join(lines) + "\n").encode(), home)
    assert chat.returncode == 0, chat.stderr.decode()
    mood = run(["mood"], cli_env, home=home)
    text = mood.stdout.decode()
    assert mood.returncode == 0 and "Traceback" not in mood.stderr.decode()
    assert any(w in text for w in ("sad", "low", "worried", "upset")), text
    assert "hurting" in text and ("crying" in text or "grandmother" in text), text
    assert "pleasure" in text and "Lately:" in text
    history = run(["mood", "--history", "--png", str(home / "m.png")], cli_env, home=home)
    assert history.returncode == 0, history.stderr.decode()
    assert any(bar in history.stdout.decode() for bar in "▁▂▃▄▅▆▇█")
    assert (home / "m.png").read_bytes()[:4] == b"\x89PNG"
