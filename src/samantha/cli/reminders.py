"""`samantha reminders [list|add|done|cancel|snooze] [--json]`: her reminders, without waking the brain."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import typer
from rich.markup import escape

from samantha.cli.ui import existing_store, fail, out
from samantha.config import Settings
from samantha.skills.reminders.skill import Reminders
from samantha.skills.reminders.speech import repeats, spoken_time
from samantha.turn import Turn

app = typer.Typer(help="Her reminders: list, add, done, cancel, snooze.", no_args_is_help=False)


def skill(ctx: typer.Context) -> Reminders:
    home = ctx.obj.home
    return Reminders(existing_store(home), lambda: datetime.now(UTC), Settings.load(home).zone())


@app.callback(invoke_without_command=True)
def default(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")):
    """With no command: the open reminders (as `list`)."""
    if ctx.invoked_subcommand is None:
        list_command(ctx, as_json)


@app.command("list")
def list_command(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Machine-readable.")):
    """Open reminders, soonest first: pending ones, and those she said that wait for done or snooze."""
    reminders = skill(ctx)
    rows = reminders.store.reminders()
    if as_json:
        out.print_json(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "text": r.text,
                        "due_at": r.due_at.isoformat(),
                        "rrule": r.rrule,
                        "timezone": r.timezone,
                        "status": r.status,
                    }
                    for r in rows
                ]
            )
        )
        return
    if not rows:
        out.print(
            'No reminders. Ask her in a conversation ("remind me to call Annie tomorrow at 10") or use '
            "`samantha reminders add`."
        )
        return
    now = datetime.now(reminders.zone)
    for r in rows:
        when = spoken_time(r.due_at.astimezone(reminders.zone), now)
        again = f" [dim]({repeats(r.rrule)})[/]" if r.rrule else ""
        said = " [yellow]said, waiting for done[/]" if r.status == "fired" else ""
        out.print(f"[bold]{r.id}[/] {escape(r.text)} [dim]·[/] {when}{again}{said}", highlight=False)


@app.command("add")
def add_command(ctx: typer.Context, words: list[str] = typer.Argument(..., help="e.g. call Annie tomorrow at 10")):
    """Add one, said the way you would say it to her: `samantha reminders add call Annie tomorrow at 10`."""
    reminders = skill(ctx)
    text = " ".join(words).strip()
    if not text:
        fail("say what to remind you of, and when")
        raise typer.Exit(1)
    answer = reminders.handle(Turn(user_text=f"remind me to {text}", started_at=datetime.now(UTC)), "reminders")
    out.print(escape(answer), highlight=False)
    if answer.startswith("When should"):
        raise typer.Exit(1)


def _finish(ctx: typer.Context, reminder_id: int, status: str, said: str) -> None:
    row = skill(ctx).finish(reminder_id, status)
    if row is None:
        fail(f"there is no open reminder {reminder_id} (`samantha reminders` lists them)")
        raise typer.Exit(1)
    out.print(f"{said}: {escape(row.text)}", highlight=False)


@app.command("done")
def done_command(ctx: typer.Context, reminder_id: int) -> None:
    """Mark one done."""
    _finish(ctx, reminder_id, "done", "Done")


@app.command("cancel")
def cancel_command(ctx: typer.Context, reminder_id: int) -> None:
    """Cancel one (a recurring one stops)."""
    _finish(ctx, reminder_id, "cancelled", "Cancelled")


@app.command("snooze")
def snooze_command(
    ctx: typer.Context, reminder_id: int, minutes: int = typer.Option(10, "--minutes", "-m", min=1)
) -> None:
    """Say it again in a few minutes."""
    row = skill(ctx).snooze(reminder_id, minutes)
    if row is None:
        fail(f"there is no open reminder {reminder_id} (`samantha reminders` lists them)")
        raise typer.Exit(1)
    out.print(f"Snoozed for {minutes} minutes: {escape(row.text)}", highlight=False)


def register_daemon(cli: typer.Typer) -> None:
    @cli.command("daemon")
    def daemon_command(
        ctx: typer.Context,
        every: float = typer.Option(30.0, "--every", min=1.0, help="Seconds between looks at the clock."),
        once: bool = typer.Option(False, "--once", help="Look once and exit (for cron or a systemd timer)."),
    ) -> None:
        """Show reminders as desktop notifications while no conversation is open (notify-send)."""
        from samantha.skills.reminders.daemon import check_once, notifier, run

        home = ctx.obj.home
        if once:
            for text in check_once(home, lambda: datetime.now(UTC), notifier()):
                out.print(f"shown: {escape(text)}", highlight=False)
            return
        try:
            run(home, every, lambda line: out.print(escape(line), highlight=False))
        except KeyboardInterrupt:
            out.print("Stopped.")
