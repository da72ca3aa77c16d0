"""`samantha calendar [connect|today|week|add|disconnect] [--json]`: her person's calendar, without the brain."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

import typer
from rich.markup import escape

from samantha.cli.ui import existing_store, fail, out
from samantha.config import Settings
from samantha.skills.calendar.account import connect, connected, disconnect
from samantha.skills.calendar.asks import read_ask
from samantha.skills.calendar.events import CalendarError, Event
from samantha.skills.calendar.speech import agenda, clashes, event_time
from samantha.skills.reminders.skill import system_zone

app = typer.Typer(help="The calendar she reads: connect one, see today or the week, add an event.")
JSON = typer.Option(False, "--json", help="Machine-readable output.")


def _zone(ctx: typer.Context):
    return Settings.load(ctx.obj.home).zone() or system_zone()


def _source(ctx: typer.Context):
    store = existing_store(ctx.obj.home)
    try:
        source = connected(store)
    except CalendarError as exc:
        fail(str(exc))
        raise typer.Exit(1) from exc
    if source is None:
        fail("no calendar is connected: `samantha calendar connect URL --user NAME` (CalDAV) or PATH.ics")
        raise typer.Exit(1)
    return store, source


@app.command("connect")
def connect_command(
    ctx: typer.Context,
    target: str = typer.Argument(..., help="A CalDAV address (https://…) or an .ics file or folder."),
    user: str = typer.Option("", "--user", "-u", help="CalDAV user name."),
    name: str = typer.Option("", "--calendar", help="Which of the account's calendars (default: the first)."),
) -> None:
    """Connect a calendar. The password is asked for (or read from SAMANTHA_CALENDAR_PASSWORD) and kept in the OS
    keyring, or in the encrypted home when there is no keyring; never in config.toml."""
    store = existing_store(ctx.obj.home)
    password = ""
    if target.startswith(("http://", "https://")):
        password = os.environ.get("SAMANTHA_CALENDAR_PASSWORD") or typer.prompt(
            "Password (or app password)", hide_input=True, default="", show_default=False
        )
    try:
        source = connect(store, target, datetime.now(UTC), user=user, password=password, name=name)
    except CalendarError as exc:
        fail(f"not connected: {exc}")
        raise typer.Exit(1) from exc
    out.print(f'Connected: {escape(source.where)}. Ask her "what\'s on tomorrow?"', highlight=False)


@app.command("disconnect")
def disconnect_command(ctx: typer.Context) -> None:
    """Forget the connection and its password (the calendar itself is untouched)."""
    store = existing_store(ctx.obj.home)
    out.print("Disconnected." if disconnect(store) else "No calendar was connected.")


def _show(ctx: typer.Context, days: int, as_json: bool) -> None:
    _, source = _source(ctx)
    zone = _zone(ctx)
    now = datetime.now(zone)
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + timedelta(days=days if days == 1 else 7 - now.weekday())
    try:
        events = source.events(start, end, zone)
    except CalendarError as exc:
        fail(str(exc))
        raise typer.Exit(1) from exc
    if as_json:
        out.print_json(json.dumps([_record(e) for e in events]))
    else:
        out.print(escape(agenda(events, start, end, now)), highlight=False)


def _record(e: Event) -> dict:
    return {
        "uid": e.uid,
        "summary": e.summary,
        "start": e.start.isoformat(),
        "end": e.end.isoformat(),
        "all_day": e.all_day,
        "location": e.location,
        "recurring": e.recurring,
    }


@app.command("today")
def today_command(ctx: typer.Context, as_json: bool = JSON) -> None:
    """Today's events."""
    _show(ctx, 1, as_json)


@app.command("week")
def week_command(ctx: typer.Context, as_json: bool = JSON) -> None:
    """The rest of this week."""
    _show(ctx, 7, as_json)


@app.command("add")
def add_command(
    ctx: typer.Context,
    words: list[str] = typer.Argument(..., help="e.g. dinner with Amy Friday at 8"),
    yes: bool = typer.Option(False, "--yes", "-y", help="Don't ask to confirm."),
) -> None:
    """Add an event, said as you'd say it to her; she shows what she understood and asks first."""
    store, source = _source(ctx)
    zone = _zone(ctx)
    now = datetime.now(zone)
    ask = read_ask("add " + " ".join(words), now, zone)
    if not ask.title or ask.start is None or ask.end is None:
        fail("say what and when, like: samantha calendar add dinner with Amy Friday at 8")
        raise typer.Exit(1)
    if ask.start < now:
        fail(f"{event_time(ask.start, now)} has already passed")
        raise typer.Exit(1)
    try:
        busy = source.events(ask.start, ask.end, zone)
        question = f"Add “{ask.title}” {event_time(ask.start, now)} until {ask.end:%-H:%M}?{clashes(busy, now)}"
        if not yes and not typer.confirm(question, default=False):
            out.print("Nothing added.")
            return
        uid = source.add(ask.title, ask.start, ask.end)
    except CalendarError as exc:
        fail(f"nothing added: {exc}")
        raise typer.Exit(1) from exc
    with store.transaction() as db:
        store.audit(
            db,
            datetime.now(UTC),
            "calendar",
            "add",
            f"add “{ask.title}” {event_time(ask.start, now)}",
            "samantha calendar add",
            "done",
            undo={"cancel": uid},
        )
    out.print(f"Added: {escape(ask.title)}, {event_time(ask.start, now)}.", highlight=False)
