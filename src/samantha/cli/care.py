"""`samantha care`: the moments she answered as a crisis, what triggered each, and where help is."""

from __future__ import annotations

import json

import typer
from rich.markup import escape

from samantha.care.helplines import TABLE, lines_for
from samantha.cli.ui import existing_store, local_time, out
from samantha.config import Settings


def register(app: typer.Typer) -> None:
    @app.command("care")
    def care_command(
        ctx: typer.Context,
        limit: int = typer.Option(20, "--limit", "-n", help="How many crisis moments, newest first."),
        as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
        lines: bool = typer.Option(False, "--lines", help="The crisis lines she knows, by country."),
    ) -> None:
        """What she treated as a crisis, and why; the help lines she gives (set `country` in config.toml)."""
        home = ctx.obj.home
        settings = Settings.load(home)
        if lines:
            show_lines(settings.country)
            return
        store = existing_store(home)
        try:
            turns = store.crisis_turns(limit)
            if as_json:
                rows = [
                    {"turn": t.id, "at": t.started_at.isoformat(), "said": t.user_text, **t.care["crisis"]}
                    for t in turns
                ]
                out.print_json(json.dumps(rows))
                return
            here = lines_for(settings.country)
            where = f"for {here.country}" if here.country else '(no country set: `country = "US"` in config.toml)'
            out.print(
                f"[bold]Crisis lines she gives[/] {where}: {escape(here.crisis or 'emergency ' + here.emergency)}"
            )
            if not turns:
                out.print("Nothing she answered as a crisis. If you ever need help, the line above is there.")
                return
            for t in turns:
                crisis = t.care["crisis"]
                out.print(f"\n[bold magenta]{local_time(t.started_at)}[/] [red]{escape(crisis['kind'])}[/]")
                out.print(f"you said: “{escape(t.user_text or '')}”", highlight=False)
                for trigger in crisis.get("triggers", []):
                    out.print(f"  [dim]because: {escape(trigger)}[/]", highlight=False)
        finally:
            store.close()


def show_lines(country: str | None) -> None:
    mine = lines_for(country).country
    for code, row in TABLE.items():
        mark = " [bold](yours)[/]" if code == mine else ""
        out.print(f"[bold]{code}[/]{mark}: {escape(row.crisis)}; emergency {row.emergency}", highlight=False)
        if row.abuse:
            out.print(f"    abuse: {escape(row.abuse)}", highlight=False)
        out.print(f"    [dim]source: {row.source}[/]")
    out.print("Country unknown: the US/Canada, UK/Ireland and Australia lines, and 112 or 911.")
