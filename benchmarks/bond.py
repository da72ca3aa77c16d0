"""The 30-day simulated person of tests/test_bond_simulation.py, measured: how fast stages come, what a clash and
its repair do to trust, how many sad evenings she needs to learn what helps (for each planted preference), how far
her traits drift, and what the bond's bookkeeping costs per turn.

    .venv/bin/python benchmarks/bond.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import test_bond_simulation as sim  # the scenario lives with its test

from samantha.bond import Bond, learner


def run(planted: str) -> dict:
    sim.PLANTED = planted
    home = Path(tempfile.mkdtemp()) / "home"
    clock, diary = sim.Clock(), sim.Diary()
    bond_seconds, turns = 0.0, 0
    feel, record = Bond.feel, Bond.record

    def timed(method):
        def wrapper(*args, **kwargs):
            nonlocal bond_seconds
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                bond_seconds += time.perf_counter() - start

        return wrapper

    Bond.feel, Bond.record = timed(feel), timed(record)  # type: ignore[method-assign]
    try:
        for day in range(sim.DAYS):
            if day in sim.AWAY:
                continue
            clock.now = sim.START + timedelta(days=day)
            her = sim.open_her(home, clock)
            sim.live_one_day(her, day, diary)
            turns += her.store.count_turns() - turns
            her.close()
            diary.stages[day] = sim._stage(home, clock)
    finally:
        Bond.feel, Bond.record = feel, record  # type: ignore[method-assign]
    her = sim.open_her(home, clock)
    trials = her.store.trials("sad")
    traits, base = her.bond.traits(), her.settings.persona.traits
    her.store.close()
    choices = diary.sad_choices
    learned_at = next((i + 1 for i in range(len(choices)) if all(c == planted for c in choices[i:])), None)
    first = {
        stage: min((d for d, s in diary.stages.items() if s == stage), default=None) for stage in ("friends", "close")
    }
    return {
        "planted": planted,
        "friends day": first["friends"],
        "close day": first["close"],
        "trust": diary.trust,
        "learned at": learned_at,
        "sad evenings": len(choices),
        "best": learner.estimates("sad", trials)[0].approach,
        "drift": max(abs(traits[t] - base[t]) for t in base),
        "ms per turn": 1000 * bond_seconds / max(1, turns),
    }


def main(replicates: int = 3) -> None:
    print(
        "| planted (what helps when sad) | friends on day | close on day | trust before clash → after → after "
        f"apology | sad evening from which she always chose it, of 12 (median / worst of {replicates} seeds) | "
        "best after 30 days | largest trait drift | bond ms/turn |"
    )
    print("|---|---|---|---|---|---|---|---|")
    choose = learner.choose
    for planted in ("humour", "practical", "curious", "comfort"):
        runs = []
        for offset in range(replicates):  # other draws: the learner is seeded by turn id, offset here

            def shifted(context, trials, seed, distress=0.5, offset=offset):
                return choose(context, trials, seed + 1000 * offset, distress)

            learner.choose = shifted
            try:
                runs.append(run(planted))
            finally:
                learner.choose = choose
        r, t = runs[0], runs[0]["trust"]
        trust = f"{t['before conflict']:.2f} → {t['after conflict']:.2f} → {t['after repair']:.2f}"
        learned = sorted(x["learned at"] or 99 for x in runs)
        best = "/".join(sorted({x["best"] for x in runs}))
        ms = statistics.median(x["ms per turn"] for x in runs)
        drift = max(x["drift"] for x in runs)
        print(
            f"| {planted} | {r['friends day']} | {r['close day'] or '—'} | {trust} | "
            f"{statistics.median(learned):.0f} / {learned[-1]} | {best} | {drift:.3f} | {ms:.2f} |"
        )


def journal_timing(models: list[str]) -> None:
    """How long she takes to write a journal entry with a real brain (what the person waits for on leaving)."""
    from datetime import UTC, datetime

    from samantha.bond import journal
    from samantha.config import Settings
    from samantha.llm import load_model
    from samantha.memory.reflect import reflect
    from samantha.store import MemoryRow, StoredTurn

    now = datetime.now(UTC)
    said = [
        (
            "My sister hasn't spoken to me since the wedding, and I really miss her.",
            "That sounds painful. What happened at the wedding?",
        ),
        ("She thinks I took our mom's side in an argument.", "Oh. So it's about more than the wedding itself."),
        ("Yeah. I don't even know how to start that conversation.", "You don't have to have the perfect words."),
        ("Maybe I'll write her a letter. I'm good at letters.", "You really are. What would the first line be?"),
        ("Something like: I miss you, and I'm sorry.", "That's a beautiful first line."),
        ("Thanks. I feel a bit lighter.", "I'm glad. Tell me how it goes?"),
    ]
    turns = [StoredTurn(i, 1, u, r, "complete", now, now) for i, (u, r) in enumerate(said, 1)]
    thread = journal.pick_thread(turns, lambda _: -0.5)
    memories = [
        MemoryRow("episode", u, now, "turn", importance=0.6, id=i) for i, (u, _) in enumerate(said, 1)
    ]  # what reflection is shown: the person's words
    print("\n| brain | journal entry s | characters | written by | reflection s | insights kept |")
    print("|---|---|---|---|---|---|")
    for spec in models:
        model = load_model(Settings(model=spec))
        try:
            start = time.perf_counter()
            text, author = journal.write_entry(model, "Samantha", "Theo", turns, thread)
            wrote = time.perf_counter() - start
            start = time.perf_counter()
            insights = reflect(memories, model, "Theo", now)
            thought = time.perf_counter() - start
            print(f"| {spec} | {wrote:.1f} | {len(text)} | {author.split(' ')[0]} | {thought:.1f} | {len(insights)} |")
        finally:
            model.close()


if __name__ == "__main__":
    main()
    if "--journal" in sys.argv:
        journal_timing(["tiny", "fast", "default"])
