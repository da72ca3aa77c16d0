"""Memory recall on LoCoMo: import each long conversation, ask its questions, check the evidence turns come back.

    .venv/bin/python benchmarks/locomo.py [--data ../shared/data]

For every question of categories 1–4 (multi-hop, temporal, open-domain, single-hop), `memory.search` ranks
memories; recall@k is the share of the question's evidence turn ids among the first k distinct refs of the ranked
hits (a hit citing several turns spends several of the k). Plain BM25 over turns reaches about 0.57 recall@10 on
this data and MiniLM alone about 0.45 (the issue's baselines). The clock stands one day after each conversation's
last session, so "last week" means what it meant to the speakers.

`--written` runs the same measure on the conversations in tests/data/recall/ instead: written on 2026-12-05, after
every knob here had been set on LoCoMo dev, and never used to set one (the issue's "conversations you have not
seen"). Their format is plain text: "## date" opens a session, "Name: text" is a turn, "? category | question |
answer | evidence ids" a question.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from samantha.memory import MemoryBook
from samantha.memory.when import parse_moment
from samantha.store import Store
from training.goemotions import data_dir

CATEGORIES = {1: "multi-hop", 2: "temporal", 3: "open-domain", 4: "single-hop"}
KS = (5, 10, 25)


def transcript(sample: dict) -> dict:
    """A LoCoMo conversation in Samantha's import format (images become their captions)."""
    conv = sample["conversation"]
    sessions = []
    number = 1
    while f"session_{number}" in conv:
        turns = []
        for t in conv[f"session_{number}"]:
            text = t["text"]
            if t.get("blip_caption"):
                text = f"{text} [shares a photo: {t['blip_caption']}]"
            turns.append({"speaker": t["speaker"], "text": text, "id": t["dia_id"]})
        sessions.append({"started_at": conv[f"session_{number}_date_time"], "turns": turns})
        number += 1
    return {"user": conv["speaker_a"], "sessions": sessions}


WRITTEN = Path(__file__).resolve().parents[1] / "tests" / "data" / "recall"


def written_sample(path: Path) -> dict:
    """One of our written conversations, in LoCoMo's own shape (so both go through the same code)."""
    conv: dict = {}
    qa: list[dict] = []
    session = turn = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("speakers:"):
            conv["speaker_a"], conv["speaker_b"] = (s.strip() for s in line.split(":", 1)[1].split(","))
        elif line.startswith("## "):
            session, turn = session + 1, 0
            conv[f"session_{session}_date_time"] = line[3:].strip()
            conv[f"session_{session}"] = []
        elif line.startswith("? "):
            category, question, answer, ids = (part.strip() for part in line[2:].split("|"))
            qa.append({"question": question, "answer": answer, "evidence": ids.split(";"), "category": int(category)})
        elif session and ": " in line and not line.startswith("#"):
            turn += 1
            speaker, text = line.split(": ", 1)
            conv[f"session_{session}"].append({"speaker": speaker, "dia_id": f"D{session}:{turn}", "text": text})
    return {"sample_id": path.stem, "conversation": conv, "qa": qa}


def evidence(qa: dict) -> set[str]:
    return {e.strip() for item in qa.get("evidence", []) for e in str(item).split(";") if e.strip()}


def ranked_refs(hits) -> list[str]:
    refs: list[str] = []
    for hit in hits:
        refs += [r for r in hit.refs if r not in refs]
    return refs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=data_dir())
    parser.add_argument("--written", action="store_true", help="our own unseen conversations, not LoCoMo dev")
    args = parser.parse_args()
    if args.written:
        samples = [written_sample(p) for p in sorted(WRITTEN.glob("*.txt"))]
    else:
        path = args.data / "locomo" / "locomo_dev2.json"
        if not path.exists():
            sys.exit(f"no LoCoMo data at {path} (pass --data DIR)")
        samples = json.loads(path.read_text())
    scores: dict[int, dict[int, list[float]]] = {c: {k: [] for k in KS} for c in CATEGORIES}
    latencies, imports = [], []
    for sample in samples:
        data = transcript(sample)
        last = parse_moment(data["sessions"][-1]["started_at"])
        with tempfile.TemporaryDirectory() as home:
            store = Store(Path(home) / "samantha.db")
            book = MemoryBook(store, clock=lambda last=last: last + timedelta(days=1))
            start = time.perf_counter()
            report = book.import_transcript(data, name=sample["sample_id"])
            imports.append((report.memories, time.perf_counter() - start))
            book.search("warm-up", k=1)
            for qa in sample["qa"]:
                if qa["category"] not in CATEGORIES or not evidence(qa):
                    continue
                start = time.perf_counter()
                hits = book.search(qa["question"], k=max(KS))
                latencies.append((time.perf_counter() - start) * 1000)
                refs, gold = ranked_refs(hits), evidence(qa)
                for k in KS:
                    scores[qa["category"]][k].append(len(gold & set(refs[:k])) / len(gold))
            store.close()
    print("| category | questions | " + " | ".join(f"recall@{k}" for k in KS) + " |")
    print("|---|---|" + "---|" * len(KS))
    everything = {k: [v for c in scores for v in scores[c][k]] for k in KS}
    for c, name in CATEGORIES.items():
        row = " | ".join(f"{statistics.fmean(scores[c][k]):.3f}" for k in KS)
        print(f"| {c} {name} | {len(scores[c][KS[0]])} | {row} |")
    row = " | ".join(f"{statistics.fmean(everything[k]):.3f}" for k in KS)
    print(f"| all | {len(everything[KS[0]])} | {row} |")
    turns = sum(n for n, _ in imports)
    seconds = sum(s for _, s in imports)
    latencies.sort()
    print(f"\nimport: {turns} turns in {seconds:.1f} s ({turns / seconds:.0f} turns/s, embedding included)")
    print(
        f"search: p50 {statistics.median(latencies):.1f} ms, p95 {latencies[int(0.95 * len(latencies)) - 1]:.1f} ms"
        f" over {len(latencies)} questions"
    )


if __name__ == "__main__":
    main()
