"""`samantha history`: past conversations, one transcript, or a full-text search."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.table import Table

from samantha.cli.ui import local_time, out
from samantha.config import DB_FILE, Settings
from samantha.store import Store, StoredTurn


def register(app: typer.Typer) -> None:
    @app.command("history")
    def history_command(
        ctx: typer.Context,
        search: str | None = typer.Option(None, "--search", "-s", help="Find exchanges containing these words."),
        show: int | None = typer.Option(None, "--show", help="Print the whole conversation with this id."),
        limit: int = typer.Option(20, "--limit", "-n", help="How many conversations or matches to list."),
    ) -> None:
        """List past conversations (newest first), show one, or search them all."""
        home = ctx.obj.home
        if not (home / DB_FILE).exists():
            out.print(f"No conversations yet in {home}. Start one with `samantha chat`.")
            return
        name = Settings.load(home).persona.name
        store = Store(home / DB_FILE)
        try:
            if search is not None:
                print_turns(store.search_turns(search, limit), name, empty=f"Nothing matches {search!r}.")
            elif show is not None:
                print_turns(store.turns_of(show), name, empty=f"There is no conversation {show}.")
            else:
                list_conversations(store, limit)
        finally:
            store.close()


def list_conversations(store: Store, limit: int) -> None:
    conversations = store.conversations(limit)
    if not conversations:
        out.print("No conversations yet. Start one with `samantha chat`.")
        return
    table = Table()
    for column in ("id", "started", "turns", "model", "first words"):
        table.add_column(column)
    for c in conversations:
        first = c.first_words.replace("\n", " ")
        model = (c.model or "").split(" (")[0]  # "tiny (SmolLM2…)" → "tiny"
        table.add_row(str(c.id), local_time(c.started_at), str(c.turn_count), model, first[:60])
    out.print(table)
    out.print("[dim]`samantha history --show ID` prints one; `--search WORDS` searches them all.[/]")


def print_turns(turns: list[StoredTurn], name: str, empty: str) -> None:
    if not turns:
        out.print(empty)
        return
    for turn in turns:
        mark = "" if turn.status == "complete" else f" [yellow]({turn.status})[/]"
        if turn.user_text:
            out.print(
                f"[dim]#{turn.conversation_id} {local_time(turn.started_at)}[/] [bold]you:[/] {escape(turn.user_text)}",
                highlight=False,
            )
        if turn.reply_text or mark:
            out.print(
                f"[dim]#{turn.conversation_id} {local_time(turn.replied_at or turn.started_at)}[/] "
                f"[bold magenta]{escape(name)}:[/] {escape(turn.reply_text)}{mark}",
                highlight=False,
            )
