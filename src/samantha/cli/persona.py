"""`samantha persona`: who she is now (her traits), how that changed and why (`diff`), every version
(`history`), and `rollback` for the person who wants her back the way she was."""

from __future__ import annotations

from datetime import UTC, datetime

import typer
from rich.markup import escape

from samantha.bond import Bond
from samantha.bond.traits import BOUND
from samantha.cli.ui import existing_store, fail, local_time, out
from samantha.companion import utc_now
from samantha.config import Settings

app = typer.Typer(help="Her personality: traits, how they grew and why, and rollback.", no_args_is_help=False)


def _bond(ctx: typer.Context) -> tuple[Bond, Settings]:
    home = ctx.obj.home
    settings = Settings.load(home)
    return Bond(existing_store(home), settings.persona, utc_now), settings


def parse_when(text: str) -> datetime:
    """A date or date-time in ISO form, in local time unless it says otherwise."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise typer.BadParameter(f"{text!r} is not a date like 2026-11-24 or 2026-11-24T18:30") from exc
    return moment.astimezone(UTC) if moment.tzinfo is None else moment


@app.callback(invoke_without_command=True)
def show(ctx: typer.Context) -> None:
    """Her traits now, next to where the persona config started her."""
    if ctx.invoked_subcommand is not None:
        return
    bond, settings = _bond(ctx)
    try:
        base, now = settings.persona.traits, bond.traits()
        out.print(f"[bold]{escape(settings.persona.name)}[/], as she is now (0–1; ± from where she started):")
        for trait, value in now.items():
            moved = value - base[trait]
            drift = f"{moved:+.3f}" if abs(moved) >= 5e-4 else "  ·"
            out.print(f"  {trait:<18} {value:.3f}  [dim]{drift}[/]")
        out.print(
            f"[dim]Traits grow slowly with what you share, never more than ±{BOUND} from where she started. "
            "`samantha persona diff` says why.[/]"
        )
    finally:
        bond.store.close()


@app.command("diff")
def diff(
    ctx: typer.Context,
    since: str | None = typer.Option(None, "--since", help="A date (2026-11-01); default: since you met."),
) -> None:
    """What changed in her personality, and why."""
    moment = parse_when(since) if since else None
    bond, settings = _bond(ctx)
    try:
        changes = bond.persona_diff(moment)
        when = f"since {local_time(moment)}" if moment else "since you met"
        if not changes:
            out.print(f"Nothing about who {escape(settings.persona.name)} is has changed {when}.")
            return
        out.print(f"How {escape(settings.persona.name)} has changed {when}:")
        for c in changes:
            out.print(f"  [bold]{c.trait}[/] {c.before:.3f} → {c.after:.3f} ({c.after - c.before:+.3f})")
            for reason, count in c.reasons[:4]:
                out.print(f"      [dim]{escape(reason)}{f' (×{count})' if count > 1 else ''}[/]")
    finally:
        bond.store.close()


@app.command("history")
def history(ctx: typer.Context, limit: int = typer.Option(20, "--limit", "-n")) -> None:
    """Every version of her personality, newest last (the numbers `rollback --version` takes)."""
    bond, settings = _bond(ctx)
    try:
        versions = bond.store.persona_versions()
        if not versions:
            out.print(f"{escape(settings.persona.name)} is still exactly as she started: no versions yet.")
            return
        for v in versions[-limit:]:
            out.print(f"  [bold]{v.id:>4}[/] [dim]{local_time(v.at)}[/] {v.kind:<8} {escape(v.reason)}")
    finally:
        bond.store.close()


@app.command("rollback")
def rollback(
    ctx: typer.Context,
    to: str | None = typer.Option(None, "--to", help="A date: make her as she was then."),
    version: int | None = typer.Option(None, "--version", help="A version number from `persona history`."),
    start: bool = typer.Option(False, "--start", help="Make her as she was when you met."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Don't ask for confirmation."),
) -> None:
    """Bring her personality back to how it was (a new version; nothing is deleted, and you can undo it)."""
    if sum(x is not None and x is not False for x in (to, version, start or None)) != 1:
        fail("say where to roll back to: --to DATE, --version N (see `samantha persona history`) or --start")
        raise typer.Exit(2)
    target: datetime | int | None = parse_when(to) if to else version
    bond, settings = _bond(ctx)
    try:
        if not yes and not typer.confirm(f"Roll {settings.persona.name}'s personality back?", default=False):
            out.print("Left as she is.")
            return
        try:
            traits = bond.rollback(target)
        except ValueError as exc:
            fail(str(exc))
            raise typer.Exit(1) from exc
        shown = ", ".join(f"{k} {v:.2f}" for k, v in traits.items())
        out.print(f"Done. {escape(settings.persona.name)} is as she was: {shown}.")
    finally:
        bond.store.close()
