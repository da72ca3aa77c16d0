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
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "faults"))
import matrix
from kills import run as kill_run

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


def kill_matrix(kills: int, turns: int, seed: int) -> None:
    env = matrix.environment(models_dir())
    kept = Path(tempfile.gettempdir()) / "samantha-faults-failed-home"
    result = kill_run(env, kills, turns, seed, log=lambda line: print(line, flush=True), keep_failed=kept)
    print(
        f"kill -9: {result.kills} kills over {result.acknowledged} acknowledged turns ({result.forgets} forgets, "
        f"{result.imports} imports): {len(result.problems)} problems, {result.minutes:.1f} min"
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
