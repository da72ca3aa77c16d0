"""`samantha chat` (a conversation in the terminal, or one reply per piped line) and `samantha say` (one reply)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from samantha.affect import InputError
from samantha.cli.mood import describe_mood
from samantha.cli.ui import ensure_model, err, fail, local_time, note, out
from samantha.cli.us import describe_us
from samantha.companion import Companion
from samantha.config import Settings
from samantha.llm import ModelError
from samantha.skills.reminders.skill import LOOK_EVERY_S

if TYPE_CHECKING:
    from prompt_toolkit import PromptSession


HELP = """\
Just type and press Enter. Alt+Enter (or Esc then Enter) starts a new line; pasted text keeps its lines.
Ctrl-C stops her mid-sentence; Ctrl-D or /quit ends the conversation.
  /help           this help
  /quit, /exit    end the conversation
  /history [N]    the last N exchanges (default 10)
  /whoami         what she knows about you
  /mood           how she feels, and why
  /us             the two of you: how close, why, your timeline
  /model          which brain she is using"""


def open_companion(ctx: typer.Context) -> Companion:
    options = ctx.obj
    settings = Settings.load(options.home, model=options.model)
    ensure_model(settings.model, settings.read_emotions)
    with err.status(f"Waking {settings.persona.name} up ({settings.model})…", spinner="dots"):
        her = Companion.open(options.home, model=settings.model)
    for warning in her.warnings:
        note(warning)
    return her


def read_piped_stdin() -> str:
    """Whatever is on stdin, as text: invalid UTF-8 becomes U+FFFD, which perceive() then judges."""
    return sys.stdin.buffer.read().decode("utf-8", errors="replace")


def speak(her: Companion, text: str, write: Callable[[str], None]) -> bool:
    """Stream one reply to `write`; returns False if it could not be answered. Ctrl-C stops her politely."""
    chunks = her.stream(text)
    try:
        for chunk in chunks:
            write(chunk)
    except KeyboardInterrupt:
        chunks.close()  # the turn is stored as interrupted, with exactly what was shown
        write(" …")
        note("\n(stopped)")
        return True
    except (InputError, ModelError) as exc:
        fail(str(exc))
        return False
    finally:
        write("\n")
    for notice in her.last_reply.notices if her.last_reply else []:
        note(f"({notice})")
    return True


def stdout_write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    @app.command("chat")
    def chat_command(ctx: typer.Context) -> None:
        """Talk with her. Interactive in a terminal; with piped input, each line is a message."""
        if not sys.stdin.isatty():
            piped_chat(ctx)
            return
        her = open_companion(ctx)
        with her:
            interactive_chat(her)

    @app.command("say")
    def say_command(
        ctx: typer.Context,
        text: str = typer.Argument(..., help="The message; '-' reads the whole of stdin as one message."),
    ) -> None:
        """Say one thing and print her reply (for scripts)."""
        message = read_piped_stdin() if text == "-" else text
        with open_companion(ctx) as her:
            if not speak(her, message, stdout_write):
                raise typer.Exit(1)


def piped_chat(ctx: typer.Context) -> None:
    lines = [line for line in read_piped_stdin().split("\n") if line.strip()]
    if not lines:
        fail("no input: pipe some text in, e.g. echo 'hi' | samantha chat")
        raise typer.Exit(1)
    failures = 0
    with open_companion(ctx) as her:
        for line in lines:
            failures += not speak(her, line, stdout_write)
        write_journal(her)
    if failures:
        raise typer.Exit(1)


def interactive_chat(her: Companion) -> None:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import InMemoryHistory
    from prompt_toolkit.key_binding import KeyBindings

    keys = KeyBindings()

    @keys.add("escape", "enter")
    def _newline(event) -> None:  # Alt+Enter: a new line inside the message
        event.current_buffer.insert_text("\n")

    # Up-arrow history lives for this session only: a file of every typed line would outlive `forget`.
    session: PromptSession = PromptSession(history=InMemoryHistory(), key_bindings=keys)
    note(f"{her.name} is here ({her.model.name}). /help for commands, Ctrl-D to leave.")
    say_line(her, her.greet().text)
    while True:
        if (reminded := her.remind()) is not None:  # a reminder come due since the last turn
            say_line(her, reminded.text)
        try:
            text = ask(session, her, f"{her.user_name or 'you'}> ")
        except KeyboardInterrupt:
            note("(Ctrl-D or /quit to leave)")
            continue
        except EOFError:
            break
        if not text.strip():
            continue
        if text.strip().startswith("/"):
            if run_slash_command(her, text.strip()) == "quit":
                break
            continue
        out.print(f"[bold magenta]{escape(her.name)}:[/] ", end="")
        speak(her, text, stdout_write)
    say_line(her, f"Bye{', ' + her.user_name if her.user_name else ''}. Talk soon.")
    write_journal(her)


def ask(session: PromptSession, her: Companion, prompt: str) -> str:
    """Read their next message; while they are quiet, a reminder that comes due is said above the prompt
    (prompt_toolkit's patch_stdout keeps what they were typing)."""
    from prompt_toolkit.patch_stdout import patch_stdout

    async def watch() -> None:
        while True:
            await asyncio.sleep(LOOK_EVERY_S)
            if (reminded := her.remind()) is not None:
                say_line(her, reminded.text)

    async def run() -> str:
        with patch_stdout(raw=True):
            watcher = asyncio.create_task(watch())
            try:
                return await session.prompt_async(prompt)
            finally:
                watcher.cancel()

    return asyncio.run(run())


def write_journal(her: Companion) -> None:
    """End the conversation; she writes about it while the person watches a spinner (Ctrl-C skips it)."""
    try:
        with err.status(f"{her.name} is writing a few lines in her journal… (Ctrl-C to skip)", spinner="dots"):
            her.end_conversation()
    except KeyboardInterrupt:
        note("(skipped: she'll write a short entry next time)")


def say_line(her: Companion, text: str) -> None:
    out.print(f"[bold magenta]{escape(her.name)}:[/] {escape(text)}", highlight=False)


def run_slash_command(her: Companion, command: str) -> str | None:
    name, _, arg = command.partition(" ")
    if name in ("/quit", "/exit", "/bye"):
        return "quit"
    if name == "/help":
        out.print(HELP, highlight=False)
    elif name == "/history":
        count = int(arg) if arg.strip().isdigit() else 10
        for turn in her.store.recent_turns(count):
            if turn.user_text:
                out.print(
                    f"[dim]{local_time(turn.started_at)}[/] [bold]you:[/] {escape(turn.user_text)}", highlight=False
                )
            if turn.reply_text:
                out.print(
                    f"[dim]{local_time(turn.replied_at)}[/] [bold magenta]{her.name}:[/] {escape(turn.reply_text)}",
                    highlight=False,
                )
    elif name == "/whoami":
        profile = her.store.profile()
        known = {k: v for k, v in profile.items() if k in ("name", "about", "first_feeling")}
        if not known:
            out.print("She doesn't know anything about you yet.")
        for key, value in known.items():
            out.print(f"[bold]{key}[/]: {escape(value)}", highlight=False)
    elif name == "/mood":
        for line in describe_mood(her.store, her.name, her.clock()):
            out.print(line, highlight=False)
    elif name == "/us":
        for line in describe_us(her.bond, her.store, her.settings, her.clock()):
            out.print(line, highlight=False)
    elif name == "/model":
        out.print(her.model.name, highlight=False)
    else:
        fail(f"unknown command {name}; /help lists them")
    return None
