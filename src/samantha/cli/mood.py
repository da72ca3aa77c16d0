"""`samantha mood`: how she feels and why, in her words and as numbers; `--history` draws the mood over time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer
from rich.markup import escape

from samantha.affect import Heart
from samantha.affect.mood import BASELINE, PAD, Mood
from samantha.cli.ui import existing_store, local_time, out, save_chart
from samantha.companion import utc_now
from samantha.config import Settings
from samantha.store import MoodRow, Store

BARS = "▁▂▃▄▅▆▇█"


def register(app: typer.Typer) -> None:
    @app.command("mood")
    def mood_command(
        ctx: typer.Context,
        history: bool = typer.Option(False, "--history", help="Show her mood over time (sparkline and a PNG)."),
        png: Path | None = typer.Option(None, "--png", help="Where to write the timeline (default: HOME/mood.png)."),
        limit: int = typer.Option(500, "--limit", "-n", help="How many mood changes the timeline covers."),
    ) -> None:
        """How she feels now and why; with --history, how her mood has moved."""
        home = ctx.obj.home
        store = existing_store(home)
        name = Settings.load(home).persona.name
        try:
            for line in describe_mood(store, name):
                out.print(line, highlight=False)
            if history:
                rows = store.moods(limit)
                if len(rows) < 2:
                    out.print("\nHer mood has hardly moved yet: talk a little first.")
                    return
                out.print("\n" + timeline_text(rows), highlight=False)
                path = plot_timeline(rows, png or home / "mood.png", name)
                out.print(f"Timeline picture: {path}")
        finally:
            store.close()


def describe_mood(store: Store, name: str, now: datetime | None = None) -> list[str]:
    """Her mood in her words, the numbers, and the last few emotions with their reasons (rich markup)."""
    mood = Heart(store, None, utc_now).mood(now)
    p, a, d = mood.state.as_tuple()
    lines = [
        f"[bold magenta]{escape(name)}:[/] I'm feeling {mood.words()}. {escape(_capital(mood.reason))}.",
        f"[dim]pleasure {p:+.2f} · arousal {a:+.2f} · dominance {d:+.2f}   "
        f"(her temperament: {BASELINE.pleasure:+.2f} · {BASELINE.arousal:+.2f} · {BASELINE.dominance:+.2f}; "
        "moods drift back there with a half-life of 12 hours)[/]",
    ]
    episodes = store.episodes(5)
    if episodes:
        lines.append("Lately:")
        for e in episodes:
            lines.append(f"  [dim]{local_time(e.at)}[/] {e.emotion} {e.intensity:.2f}: {escape(e.reason)}")
    return lines


def timeline_text(rows: list[MoodRow]) -> str:
    """A sparkline of pleasure (how good she feels), from the first change to the last."""
    values = [r.pleasure for r in rows]
    bars = "".join(BARS[min(len(BARS) - 1, int((v + 1) / 2 * len(BARS)))] for v in values[-80:])
    first, last = rows[max(0, len(rows) - 80)].at, rows[-1].at
    return f"pleasure, -1 … +1: {bars}\n{local_time(first)} → {local_time(last)}  ({len(rows)} changes)"


def plot_timeline(rows: list[MoodRow], path: Path, name: str) -> Path:
    import matplotlib

    matplotlib.use("Agg")  # files only: no screen needed
    import matplotlib.pyplot as plt

    times, states = decay_curve(rows, utc_now())
    fig, ax = plt.subplots(figsize=(9, 3.5), dpi=110)
    lines = (("pleasure", "#c2185b"), ("arousal", "#f9a825"), ("dominance", "#5c6bc0"))
    for index, (field, colour) in enumerate(lines):
        ax.plot(times, [s[index] for s in states], label=field, color=colour, linewidth=1.6)
    ax.axhline(BASELINE.pleasure, color="#c2185b", linestyle=":", linewidth=0.8, label="temperament (pleasure)")
    ax.set_ylim(-1.05, 1.05)
    ax.set_title(f"{name}'s mood")
    ax.legend(loc="lower left", fontsize=7, ncols=4)
    return save_chart(fig, ax, path)


def decay_curve(rows: list[MoodRow], now: datetime, points: int = 24) -> tuple[list[datetime], list[tuple]]:
    """Each stored mood, then how it relaxed until the next change (or until now): what she actually felt."""
    times: list[datetime] = []
    states: list[tuple[float, float, float]] = []
    ends = [r.at for r in rows[1:]] + [max(now, rows[-1].at)]
    for row, end in zip(rows, ends, strict=True):
        mood = Mood(PAD(row.pleasure, row.arousal, row.dominance), row.at)
        for k in range(points):
            moment = row.at + (end - row.at) * (k / points)
            times.append(moment.astimezone())
            states.append(mood.decay(moment).state.as_tuple())
    return times, states


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
