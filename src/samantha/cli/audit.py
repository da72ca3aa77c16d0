"""`samantha audit [--json]`: every action she took or proposed, what it was, when, on whose word."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import typer
from rich.markup import escape

from samantha.cli.ui import existing_store, fail, out
from samantha.config import Settings
from samantha.skills.calendar.account import connected
from samantha.skills.calendar.events import CalendarError
from samantha.skills.calendar.skill import undo
from samantha.skills.consent import PAUSED
from samantha.skills.mail.account import connected as connected_mailbox
from samantha.skills.mail.messages import MailError
from samantha.skills.mail.skill import undo as undo_mail
from samantha.skills.reminders.skill import system_zone

app = typer.Typer(help="What she did or offered to do for you; undo an action; stop her acting at all.")


def register(cli: typer.Typer) -> None:
    cli.add_typer(app, name="audit")


@app.callback(invoke_without_command=True)
def audit_command(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
    limit: int = typer.Option(50, "--limit", "-n", min=1),
) -> None:
    """What she did or offered to do for you (calendar, mail), newest first."""
    if ctx.invoked_subcommand is not None:
        return
    rows = existing_store(ctx.obj.home).audit_log(limit)
    if as_json:
        out.print_json(json.dumps([r.as_record() for r in rows]))
        return
    if not rows:
        out.print("Nothing yet: she has not acted or offered to act for you.")
        return
    for r in rows:
        out.print(
            f"[dim]{r.at:%Y-%m-%d %H:%M} #{r.id}[/] [bold]{r.skill}[/] {r.status:9} {escape(r.detail)} "
            f"[dim]· {escape(r.word)}[/]",
            highlight=False,
        )


@app.command("undo")
def undo_command(ctx: typer.Context, entry: int = typer.Argument(..., help="The entry's number (#N in the log).")):
    """Undo one action she took (calendar: cancel what she added, move back, put back what she cancelled; mail: bring
    a deleted or archived mail back to the inbox; a sent mail cannot be unsent)."""
    store = existing_store(ctx.obj.home)
    row = store.audit_entry(entry)
    if row is None or row.status != "done" or not row.undo:
        fail(f"entry {entry} is not an action that can be undone (`samantha audit` lists them)")
        raise typer.Exit(1)
    try:
        if row.skill == "mail":
            box = connected_mailbox(store)
            if box is None:
                raise MailError("no mailbox is connected")
            said = undo_mail(box, row.undo)
        else:
            source = connected(store)
            if source is None:
                raise CalendarError("no calendar is connected")
            said = undo(source, row.undo, Settings.load(ctx.obj.home).zone() or system_zone())
    except (CalendarError, MailError) as exc:
        fail(f"not undone: {exc}")
        raise typer.Exit(1) from exc
    with store.transaction() as db:
        store.set_audit_status(db, row.id, "undone")
        store.audit(
            db, datetime.now(UTC), row.skill, "undo", f"undo #{row.id}: {row.detail}", "samantha audit undo", "done"
        )
    out.print(f"Undone: {escape(said)}.", highlight=False)


@app.command("stop")
def stop_command(ctx: typer.Context) -> None:
    """Stop everything: no skill changes anything for you until `samantha audit resume` (reading still works)."""
    _pause(ctx, "yes")
    out.print("Stopped: she will not change your calendar (or, later, send mail) until `samantha audit resume`.")


@app.command("resume")
def resume_command(ctx: typer.Context) -> None:
    """Let her act again, each action still only after your yes."""
    _pause(ctx, "no")
    out.print("Resumed: she acts again, each time only after your yes.")


def _pause(ctx: typer.Context, value: str) -> None:
    store = existing_store(ctx.obj.home)
    with store.transaction() as db:
        store.set_profile(db, PAUSED, value, None, datetime.now(UTC))
