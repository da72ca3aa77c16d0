"""`samantha audit [--json]`: every action she took or proposed, what it was, when, on whose word."""

from __future__ import annotations

import json

import typer
from rich.markup import escape

from samantha.cli.ui import existing_store, out


def register(app: typer.Typer) -> None:
    @app.command("audit")
    def audit_command(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
        limit: int = typer.Option(50, "--limit", "-n", min=1),
    ) -> None:
        """What she did or offered to do for you (calendar, mail), newest first."""
        rows = existing_store(ctx.obj.home).audit_log(limit)
        if as_json:
            out.print_json(json.dumps([r.as_record() for r in rows]))
            return
        if not rows:
            out.print("Nothing yet: she has not acted or offered to act for you.")
            return
        for r in rows:
            out.print(
                f"[dim]{r.at:%Y-%m-%d %H:%M}[/] [bold]{r.skill}[/] {r.status:9} {escape(r.detail)} "
                f"[dim]· {escape(r.word)}[/]",
                highlight=False,
            )
