"""Fault matrix, the long form (the CI sample is tests/test_faults.py).

    .venv/bin/python benchmarks/faults.py io [--every N]      # ENOSPC and EIO at every write point of one cycle
    .venv/bin/python benchmarks/faults.py kill --kills 1000   # kill -9 at random moments of a 500-turn session

`io`: each step of one cycle (turn, forget, import, export) is run as the real `samantha` command once per write
point, with that write failing (tests/faults/ioshim.c, an LD_PRELOAD shim); the home is checked after each run
(tests/faults/matrix.py). `kill`: a scripted session of 500 turns, with a forget every 25 and an import every 50,
runs in a child process that is killed with SIGKILL at random moments and restarted where it stopped; after each
kill the home must pass integrity_check and hold every turn the child acknowledged.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "faults"))
import matrix

from samantha.config import models_dir


def io_matrix(every: int) -> None:
    models = models_dir()  # the tiny brain must be pulled: `samantha models pull tiny`
    with tempfile.TemporaryDirectory() as tmp:
        faults = matrix.Matrix(Path(tmp), matrix.environment(models))
        for step in faults.steps:
            total = faults.points(step)
            started = time.perf_counter()
            runs, failed, noticed = 0, [], 0
            for kind in ("ENOSPC", "EIO"):
                for point in range(1, total + 1, every):
                    outcome = faults.run(step, point, kind)
                    runs += 1
                    noticed += outcome.code == 1
                    failed += [f"{kind}@{point}: {p}" for p in outcome.problems]
            took = time.perf_counter() - started
            print(
                f"{step.name:8} {total:4d} write points, {runs:4d} runs ({took / 60:.1f} min): "
                f"{noticed} reported the fault in one line, {len(failed)} problems",
                flush=True,
            )
            for problem in failed[:10]:
                print("   ", problem[:300], flush=True)


TALKER = """
import json, sys
from datetime import UTC, datetime, timedelta
from samantha import Companion
from samantha.llm import ScriptedModel
start, end = int(sys.argv[2]), int(sys.argv[3])
clock = lambda: datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=start)
with Companion.open(sys.argv[1], model=ScriptedModel(lambda messages: "Tell me more."), clock=clock) as her:
    print("READY", flush=True)
    for i in range(start, end):
        if i % 25 == 24:
            print(f"FORGETTING {i - 20}", flush=True)  # before: a kill may land after the forget commits
            book = her.memory
            book.forget([m.id for m in book.containing(f"canary{i - 20}")])
        if i % 50 == 49:
            her.memory.import_transcript({"user": "Theo", "sessions": [{"started_at": "2025-01-01T10:00:00",
                "turns": [{"speaker": "Theo", "text": f"imported line {i}", "id": f"I{i}"}]}]})
            print(f"IMPORTED {i}", flush=True)
        reply = her.reply(f"message {i}: canary{i} and the sea")
        print(f"ACK {i} {reply.turn_id}", flush=True)
"""

CHECK = """
import json, sys
from pathlib import Path
from samantha.store import Store
s = Store(Path(sys.argv[1]) / "samantha.db")
rows = {r[0]: (r[1], r[2]) for r in s.db.execute("SELECT id, status, user_text FROM turns")}
print(json.dumps({"integrity": s.integrity_check(), "turns": rows}))
"""


def kill_matrix(kills: int, turns: int, seed: int) -> None:
    rng = random.Random(seed)
    problems: list[str] = []
    done = kills_done = reported = 0
    acknowledged: dict[int, str] = {}  # turn id → its words
    forgotten: set[int] = set()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        env = matrix.environment(models_dir())
        env["SAMANTHA_KEY_FILE"] = str(Path(tmp) / "home.key")
        while kills_done < kills:
            if done >= turns:
                done = 0  # the session starts over in the same home: more kill points over more history
            child = subprocess.Popen(
                [sys.executable, "-c", TALKER, str(home), str(done), str(turns)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
            )
            early = b""
            if rng.random() < 0.2:
                time.sleep(rng.uniform(0.0, 3.0))  # somewhere in startup: opening, recovery, loading the models
            else:  # somewhere in the session, whatever the machine's speed (a fixed delay lands in startup only)
                ready = child.stdout.readline()
                early = ready if ready.startswith(b"ACK") else b""
                time.sleep(rng.uniform(0.0, 1.5))
            child.kill()
            out, err = child.communicate()
            kills_done += 1
            for line in (early + out).decode().splitlines():
                parts = line.split()
                if len(parts) != 3 and len(parts) != 2:
                    continue  # a line the kill cut short (or empty): not acknowledged
                if parts[0] == "ACK" and len(parts) == 3:
                    done = int(parts[1]) + 1
                    acknowledged[int(parts[2])] = f"message {parts[1]}: canary{parts[1]} and the sea"
                elif parts[0] == "FORGETTING":  # asked for: landed or not, either is right
                    forgotten.add(int(parts[1]))
            if b"Traceback" in err:
                problems.append(f"kill {kills_done}: traceback {err.decode()[-300:]}")
            result = subprocess.run([sys.executable, "-c", CHECK, str(home)], env=env, capture_output=True, text=True)
            if result.returncode != 0:
                problems.append(f"kill {kills_done}: home does not open: {result.stderr[-300:]}")
                break
            state = json.loads(result.stdout)
            if state["integrity"] != "ok":
                problems.append(f"kill {kills_done}: integrity {state['integrity']}")
            for turn_id, words in acknowledged.items():
                canary = int(words.split("canary")[1].split()[0])
                row = state["turns"].get(str(turn_id))
                if canary in forgotten:
                    continue  # forgotten on purpose: its turn's words went with it
                if row is None or row[0] != "complete" or row[1] != words:
                    problems.append(f"kill {kills_done}: acknowledged turn {turn_id} ({words}) lost ({row})")
            for problem in problems[reported:]:
                print("   ", problem[:600], flush=True)  # as they happen: a long run is read while it runs
            reported = len(problems)
            if kills_done % 50 == 0:
                print(
                    f"{kills_done} kills, {len(acknowledged)} acknowledged turns, {len(problems)} problems, "
                    f"{(time.perf_counter() - started) / 60:.1f} min",
                    flush=True,
                )
    print(
        f"kill -9: {kills_done} kills over {len(acknowledged)} acknowledged turns "
        f"({len(forgotten)} forgets): {len(problems)} problems, {(time.perf_counter() - started) / 60:.1f} min"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["io", "kill"])
    parser.add_argument("--every", type=int, default=1, help="io: every Nth write point")
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--turns", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.what == "io":
        io_matrix(args.every)
    else:
        kill_matrix(args.kills, args.turns, args.seed)


if __name__ == "__main__":
    main()
