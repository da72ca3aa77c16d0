"""The `samantha` command: global options, and the one place errors become one-line messages."""

from __future__ import annotations

import errno
import sys
from dataclasses import dataclass
from pathlib import Path

import typer

from samantha.affect import InputError
from samantha.assets import PullError
from samantha.cli import audit, care, chat, doctor, history, journal, memory, models, mood, persona, talk, us
from samantha.cli.ui import fail
from samantha.config import ConfigError, default_home
from samantha.llm import ModelError
from samantha.skills.plugins import plugin_manager
from samantha.store import StoreError, engine
from samantha.store.sealed import SealError

app = typer.Typer(
    name="samantha",
    help="Samantha: an operating system that is someone. Talk with `samantha chat`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@dataclass
class Options:
    home: Path
    model: str | None


@app.callback()
def main(
    ctx: typer.Context,
    home: Path | None = typer.Option(
        None,
        "--home",
        help="Folder this companion lives in (default: $SAMANTHA_HOME or ~/.local/share/samantha/samantha).",
    ),
    model: str | None = typer.Option(
        None,
        "--model",
        "-m",
        help="Brain: tiny | fast | default | FILE.gguf | ollama:NAME | openai:NAME | http://HOST/v1#NAME "
        "(default: $SAMANTHA_MODEL, the home's config.toml, or 'default').",
    ),
) -> None:
    ctx.obj = Options(home.expanduser() if home else default_home(), model)


chat.register(app)
talk.register(app)
history.register(app)
mood.register(app)
memory.register(app)
us.register(app)
journal.register(app)
care.register(app)
audit.register(app)
app.add_typer(persona.app, name="persona")
doctor.register(app)
app.add_typer(models.app, name="models")
plugin_manager().hook.register_commands(cli=app)  # skills' command groups (`samantha reminders`, plugins')


def run() -> None:
    """Entry point: clear one-line errors instead of tracebacks for everything a person can cause."""
    try:
        app()
    except (ModelError, PullError, StoreError, ConfigError, InputError, SealError) as exc:
        fail(str(exc))
        sys.exit(1)
    except (OSError, engine.Error) as exc:
        said = disk_trouble(exc)
        if said is None:
            raise
        fail(said)
        sys.exit(1)


DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def disk_trouble(exc: BaseException) -> str | None:
    """A full or failing disk, said in one line. SQLite rolls back what it could not write, and a turn's words are
    committed before her reply, so what was acknowledged before stays (the fault matrix in tests/faults checks)."""
    text = str(exc).lower()
    if getattr(exc, "errno", None) in DISK_FULL or "disk is full" in text:
        return (
            "The disk is full, so I could not save that. Everything saved before it is safe; free some space and "
            "try again."
        )
    if getattr(exc, "errno", None) == errno.EIO or "disk i/o error" in text:
        return (
            "The disk reported an error while I was saving, so that was not saved. Everything saved before it is "
            "safe; `samantha doctor` checks the database."
        )
    return None
