"""`samantha journal`: what she wrote after your conversations, in her own voice."""

from __future__ import annotations

import typer
from rich.markup import escape

from samantha.cli.ui import existing_store, local_time, out
from samantha.config import Settings


def register(app: typer.Typer) -> None:
    @app.command("journal")
    def journal_command(
        ctx: typer.Context, limit: int = typer.Option(5, "--limit", "-n", help="How many entries, newest last.")
    ) -> None:
        """Read her journal: a few lines she wrote after each conversation."""
        home = ctx.obj.home
        store = existing_store(home)
        name = Settings.load(home).persona.name
        try:
            entries = store.journal(limit)
            if not entries:
                out.print(
                    f"{escape(name)}'s journal is still empty: she writes in it when a conversation ends "
                    "(after you've said a couple of things)."
                )
                return
            for entry in entries:
                by = " [dim](from a template: the brain couldn't write)[/]" if entry.written_by == "template" else ""
                out.print(f"[bold magenta]{local_time(entry.at)}[/]{by}")
                out.print(escape(entry.text), highlight=False)
                if entry.thread or entry.thread_quote:
                    out.print(f"[dim]to pick up next time: {escape(entry.thread or entry.thread_quote or '')}[/]")
                out.print()
        finally:
            store.close()
