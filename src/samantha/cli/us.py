"""`samantha us`: where the two of them are — the stage, the dimensions with their recent reasons, the timeline;
`--learned` shows what she has learned about what helps; `--png` draws the relationship over time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer
from rich.markup import escape

from samantha.bond import Bond, learner
from samantha.bond.relationship import DIMENSIONS, STAGE_WORDS
from samantha.cli.ui import existing_store, local_time, out, save_chart
from samantha.companion import utc_now
from samantha.config import Settings
from samantha.store import Store
from samantha.store.bond import RelationshipRow

SITUATIONS = {"sad": "you're sad", "anxious": "you're anxious", "angry": "you're angry"}
WAYS = {
    "comfort": "comfort",
    "humour": "a little humour",
    "practical": "a practical idea",
    "curious": "a caring question",
    "validate": "hearing why it makes sense",
}


def register(app: typer.Typer) -> None:
    @app.command("us")
    def us_command(
        ctx: typer.Context,
        learned: bool = typer.Option(False, "--learned", help="What she has learned about what helps you."),
        png: Path | None = typer.Option(None, "--png", help="Also draw the relationship over time to this PNG."),
    ) -> None:
        """The two of you: the stage, how close, why it moved lately, and your timeline."""
        home = ctx.obj.home
        store = existing_store(home)
        settings = Settings.load(home)
        bond = Bond(store, settings.persona, utc_now)
        try:
            lines = describe_learned(store, settings.persona.name) if learned else describe_us(bond, store, settings)
            for line in lines:
                out.print(line, highlight=False)
            if png is not None:
                rows = store.relationship_rows(limit=100_000)
                if len(rows) < 2:
                    out.print("Nothing to draw yet: the picture needs a few conversations.")
                else:
                    out.print(f"Picture: {plot_relationship(rows, store, png, settings.persona.name)}")
        finally:
            store.close()


def describe_us(bond: Bond, store: Store, settings: Settings, now: datetime | None = None) -> list[str]:
    name = settings.persona.name
    now = now or utc_now()
    first = bond.first_met()
    if first is None:
        return [
            f"You and {escape(name)} have only just met: there's nothing between you to show yet.",
            "Talk for a while (`samantha chat`) and come back; this is where you'll see how you grow together.",
        ]
    state = bond.relationship(now)
    days = (now - first).days
    since = "today" if days == 0 else f"for {days} day{'s' if days != 1 else ''}"
    lines = [f"[bold]You and {escape(name)}:[/] {STAGE_WORDS[state.stage]} — talking {since} (since {first:%d %B %Y})."]
    last = store.last_words_at(None)
    if last is not None and (now - last).days >= 3:
        lines.append(f"[dim]You haven't talked for {(now - last).days} days; she'll feel it when you come back.[/]")
    recent = store.relationship_rows(limit=400)
    for dim in DIMENSIONS:
        value = state.dims[dim]
        bar = "█" * round(value * 10) + "░" * (10 - round(value * 10))
        why = [r for r in recent if abs(r.deltas.get(dim, 0.0)) >= 0.005 and r.event != "exchange"][-2:]
        reasons = "; ".join(f"{r.deltas[dim]:+.2f} {escape(r.reason)}" for r in reversed(why))
        lines.append(f"  {dim:<12} {bar} {value:.2f}  [dim]{reasons}[/]")
    milestones = store.milestones()
    if milestones:
        lines.append("Timeline:")
        lines += [f"  [dim]{local_time(m.at)[:10]}[/]  {escape(m.text)}" for m in milestones]
    lines.append(f"[dim]How this shapes her words: {escape(bond.relationship_line(now))}[/]")
    return lines


def describe_learned(store: Store, name: str) -> list[str]:
    trials = store.trials()
    if not trials:
        return [
            f"{escape(name)} hasn't learned anything about what helps you yet: that comes from hard moments, "
            "and there haven't been any. Good."
        ]
    lines = [f"What {escape(name)} has learned about what helps you (from how you felt right after):"]
    for context, words in SITUATIONS.items():
        tried = [t for t in trials if t.context == context]
        if not tried:
            continue
        known = learner.estimates(context, tried)
        best = known[0]
        rewarded = sum(1 for t in tried if t.reward is not None)
        lead = (
            f"When {words}, {WAYS[best.approach]} seems to help you most."
            if best.trials
            else f"When {words}, I'm still finding out what helps."
        )
        lines.append(f"[bold]{lead}[/] [dim](from {rewarded} hard moment{'s' if rewarded != 1 else ''})[/]")
        for e in known:
            lines.append(f"    {WAYS[e.approach]:<28} {e.mean:+.2f}  [dim]tried {e.trials}×[/]")
    return lines


def plot_relationship(rows: list[RelationshipRow], store: Store, path: Path, name: str) -> Path:
    import matplotlib

    matplotlib.use("Agg")  # files only: no screen needed
    import matplotlib.pyplot as plt

    times = [r.at.astimezone() for r in rows]
    fig, ax = plt.subplots(figsize=(9, 3.8), dpi=110)
    colours = ("#c2185b", "#5c6bc0", "#f9a825", "#d84315", "#2e7d32")
    for dim, colour in zip(DIMENSIONS, colours, strict=True):
        ax.plot(times, [r.dims[dim] for r in rows], label=dim, color=colour, linewidth=1.5, drawstyle="steps-post")
    for m in store.milestones():
        ax.axvline(m.at.astimezone(), color="#999999", linewidth=0.6, linestyle=":")
        ax.text(m.at.astimezone(), 1.01, m.kind.split(":")[0].replace("_", " "), rotation=60, fontsize=6)
    ax.set_ylim(0, 1.2)
    ax.set_title(f"You and {name}")
    ax.legend(loc="lower right", fontsize=7, ncols=5)
    return save_chart(fig, ax, path)
