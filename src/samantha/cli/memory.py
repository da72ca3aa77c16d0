"""`samantha memory list|search|show|edit|forget`, `samantha import FILE`, `samantha export [FILE]`.

These open the home's store and memory without waking the brain: auditing memories needs no LLM.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from samantha.cli.ui import err, existing_store, fail, local_time, out
from samantha.config import DB_FILE
from samantha.memory import MemoryBook, TranscriptError
from samantha.store import MemoryRow, Store
from samantha.store.export import RestoreError, write_private
from samantha.store.sealed import PASSPHRASE_VARIABLE, is_sealed, passphrase_from_environment, seal

app = typer.Typer(help="What she remembers: list, search, show, edit, forget.", no_args_is_help=True)


def open_book(ctx: typer.Context, create: bool = False) -> MemoryBook:
    home: Path = ctx.obj.home
    store = Store(home / DB_FILE) if create else existing_store(home)
    return MemoryBook(store, clock=lambda: datetime.now(UTC))


def row_line(row: MemoryRow) -> str:
    when = local_time(row.happened_at) if row.happened_at else "—"
    past = " [dim](no longer true)[/]" if row.valid_to else ""
    who = f"{escape(row.speaker)}: " if row.speaker else ""
    return f"[bold]{row.id}[/] [dim]{when} {row.kind}[/] {who}{escape(row.text)}{past}"


@app.command("list")
def list_command(
    ctx: typer.Context,
    kind: str | None = typer.Option(None, "--kind", help="episode | fact | insight"),
    limit: int = typer.Option(30, "--limit", "-n"),
    offset: int = typer.Option(0, "--offset"),
) -> None:
    """Newest memories first."""
    book = open_book(ctx)
    rows = book.list(kind, limit, offset)
    if not rows:
        out.print("She doesn't remember anything yet.")
    for row in rows:
        out.print(row_line(row), highlight=False)


@app.command("search")
def search_command(ctx: typer.Context, query: str, limit: int = typer.Option(10, "--limit", "-n")) -> None:
    """The memories that best answer QUERY (words, meaning, time: "what happened in May?")."""
    book = open_book(ctx)
    hits = book.search(query, k=limit)
    if not hits:
        out.print(f"Nothing comes to mind for {query!r}.")
    for hit in hits:
        refs = f" [dim]{', '.join(hit.refs)}[/]" if hit.refs else ""
        out.print(f"[bold]{hit.id}[/] [dim]{hit.score:6.1f}[/] {escape(hit.line())}{refs}", highlight=False)


@app.command("show")
def show_command(ctx: typer.Context, memory_id: int) -> None:
    """One memory with where it came from."""
    book = open_book(ctx)
    row = book.show(memory_id)
    if row is None:
        fail(f"there is no memory {memory_id}")
        raise typer.Exit(1)
    out.print(row_line(row), highlight=False)
    table = Table(show_header=False, box=None)
    origin = {"turn": f"your message (turn {row.turn_id})", "import": f"import {row.import_id}"}.get(
        row.origin, row.origin
    )
    for key, value in (
        ("from", origin),
        ("refs", ", ".join(row.refs) or "—"),
        ("drawn from", ", ".join(f"memory {i}" for i in row.sources) or "—"),
        ("importance", f"{row.importance:.2f}"),
        ("feeling", f"{row.salience:.2f}"),
        ("true from", local_time(row.valid_from) if row.valid_from else "—"),
        ("until", local_time(row.valid_to) if row.valid_to else ("now" if row.kind == "fact" else "—")),
        ("replaced by", str(row.superseded_by) if row.superseded_by else "—"),
        ("remembered", local_time(row.created_at)),
    ):
        table.add_row(f"[dim]{key}[/]", escape(value))
    out.print(table)


@app.command("edit")
def edit_command(ctx: typer.Context, memory_id: int, text: str) -> None:
    """Correct what a memory says."""
    book = open_book(ctx)
    try:
        row = book.edit(memory_id, text)
    except (KeyError, ValueError) as exc:
        fail(str(exc).strip("'\""))
        raise typer.Exit(1) from None
    out.print(row_line(row), highlight=False)


@app.command("forget")
def forget_command(
    ctx: typer.Context,
    memory_ids: list[int] = typer.Argument(None, help="Ids from `memory list` or `memory search`."),
    matching: str | None = typer.Option(
        None, "--matching", help="Forget the memories that contain these words (shown first; asks unless -y)."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Forget for real: the memory, the words it came from, their search entries and vectors."""
    book = open_book(ctx)
    ids = list(memory_ids or [])
    if matching:
        ids += [row.id for row in book.containing(matching)]
    rows = book.store.memories_by_id(ids)
    if not rows:
        out.print("Nothing matches; nothing was forgotten.")
        return
    for row in rows.values():
        out.print(row_line(row), highlight=False)
    if not yes and not typer.confirm(f"Forget {len(rows)} memor{'y' if len(rows) == 1 else 'ies'} for good?"):
        raise typer.Exit(1)
    count = book.forget(list(rows))
    if book.residue:
        out.print(
            f"Forgotten: {count}. Another program has this home open, so the old text may linger in "
            "samantha.db-wal until every program using the home has closed it (the last one removes that file)."
        )
    else:
        out.print(f"Forgotten: {count}, with every quote of those words. The text is gone from the file.")


def register(app_: typer.Typer) -> None:
    app_.add_typer(app, name="memory")

    @app_.command("import")
    def import_command(ctx: typer.Context, file: Path) -> None:
        """Bring in past conversations (JSON, format in the README) or a home from `samantha export`."""
        book = open_book(ctx, create=True)
        secret = ask_passphrase(f"Passphrase for {file.name}", confirm=False) if is_sealed(file) else None
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("remembering", total=None)
            try:
                report = book.import_file(
                    file, lambda done, total: progress.update(task, completed=done, total=total), secret
                )
            except (TranscriptError, RestoreError) as exc:
                fail(str(exc))
                raise typer.Exit(1) from None
        for warning in report.warnings[:20]:
            err.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
        if len(report.warnings) > 20:
            err.print(f"[yellow]… and {len(report.warnings) - 20} more warnings[/]")
        out.print(f"Imported {report.memories} memories from {report.sessions} session(s) of {file.name}.")

    @app_.command("export")
    def export_command(
        ctx: typer.Context,
        file: Path | None = typer.Argument(None, help="Where to write (default: stdout)."),
        encrypt: bool = typer.Option(
            False, "--encrypt", help=f"Seal it with a passphrase (age; asked, or {PASSPHRASE_VARIABLE})."
        ),
    ) -> None:
        """Write the whole home (conversations, feelings, memories) as JSON that `samantha import` reads back."""
        if encrypt and file is None:
            fail("--encrypt needs a FILE to write to")
            raise typer.Exit(2)
        secret = ask_passphrase("Passphrase for the export", confirm=True) if encrypt else None
        book = open_book(ctx)
        text = json.dumps(book.export(), ensure_ascii=False, indent=1)
        if file is None:
            print(text)
        else:
            try:
                write_private(file, seal(text + "\n", secret) if secret is not None else text + "\n")
            except OSError as exc:  # a full disk, a folder that is not there: the old export is untouched
                fail(f"could not write {file}: {exc.strerror or exc}; nothing was changed")
                raise typer.Exit(1) from None
            sealed = ", sealed with your passphrase (age)" if secret is not None else ""
            out.print(f"Wrote {file} ({len(text) / 1e6:.1f} MB, readable by you alone{sealed}).")


def ask_passphrase(prompt: str, confirm: bool) -> str:
    """From SAMANTHA_EXPORT_PASSPHRASE (scripts), else asked on the terminal without echo."""
    secret = passphrase_from_environment()
    if secret is None:
        if not sys.stdin.isatty():
            fail(f"no terminal to ask for the passphrase: set {PASSPHRASE_VARIABLE}")
            raise typer.Exit(1)
        secret = typer.prompt(prompt, hide_input=True, confirmation_prompt=confirm)
    if not secret:
        fail("the passphrase cannot be empty")
        raise typer.Exit(1)
    return secret
