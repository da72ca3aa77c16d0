"""kill -9 at random moments of a scripted session with forgets and imports (the long form is
`benchmarks/faults.py kill`, a short one runs in CI: tests/test_crash.py).

A child process talks to a home (a scripted brain, so each turn is fast and the kills land everywhere: opening,
recovery, the turn's commit, a forget's VACUUM, an import), printing ACK for each acknowledged turn. It is killed
with SIGKILL at a random moment (20 % during startup) and restarted where it stopped. After each kill the home must
pass integrity_check and hold, word for word, every turn the child acknowledged, except those it was asked to forget.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

TALKER = """
import json, sys
from datetime import UTC, datetime, timedelta
from samantha import Companion
from samantha.llm import ScriptedModel
start, end, forget_every, import_every = (int(a) for a in sys.argv[2:6])
clock = lambda: datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=start)
with Companion.open(sys.argv[1], model=ScriptedModel(lambda messages: "Tell me more."), clock=clock) as her:
    print("READY", flush=True)
    for i in range(start, end):
        if i % forget_every == forget_every - 1:
            print(f"FORGETTING {i - forget_every + 1}", flush=True)  # before: a kill may land after it commits
            book = her.memory
            book.forget([m.id for m in book.containing(f"canary{i - forget_every + 1}")])
        if i % import_every == import_every - 1:
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


@dataclass
class KillResult:
    kills: int = 0
    acknowledged: int = 0
    forgets: int = 0
    imports: int = 0
    problems: list[str] = field(default_factory=list)
    minutes: float = 0.0


def run(
    env: dict[str, str],
    kills: int,
    turns: int,
    seed: int,
    *,
    forget_every: int = 25,
    import_every: int = 50,
    log: Callable[[str], None] = lambda line: None,
    keep_failed: Path | None = None,
) -> KillResult:
    """`kills` kills of a `turns`-turn session (started over in the same home when it ends), in a fresh home."""
    rng = random.Random(seed)
    imported: set[int] = set()
    problems: list[str] = []
    done = kills_done = reported = 0
    acknowledged: dict[int, str] = {}  # turn id → its words
    forgotten: set[int] = set()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        env = {**env, "SAMANTHA_KEY_FILE": str(Path(tmp) / "home.key")}
        while kills_done < kills:
            if done >= turns:
                done = 0  # the session starts over in the same home: more kill points over more history
            child = subprocess.Popen(
                [sys.executable, "-c", TALKER, str(home), str(done), str(turns), str(forget_every), str(import_every)],
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
                elif parts[0] == "IMPORTED":
                    imported.add(int(parts[1]))
            if b"Traceback" in err:
                problems.append(f"kill {kills_done}: traceback {err.decode()[-300:]}")
            result = subprocess.run([sys.executable, "-c", CHECK, str(home)], env=env, capture_output=True, text=True)
            if result.returncode != 0:
                problems.append(f"kill {kills_done}: home does not open: {result.stderr[-1500:]}")
                log(f"    {problems[-1]}")
                if keep_failed is not None:  # the evidence, for reading afterwards
                    shutil.copytree(Path(tmp), keep_failed, dirs_exist_ok=True)
                    log(f"    the home and its key are kept in {keep_failed}")
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
                log(f"    {problem[:600]}")  # as they happen: a long run is read while it runs
            reported = len(problems)
            if kills_done % 50 == 0:
                log(
                    f"{kills_done} kills, {len(acknowledged)} acknowledged turns, {len(problems)} problems, "
                    f"{(time.perf_counter() - started) / 60:.1f} min"
                )
    return KillResult(
        kills_done, len(acknowledged), len(forgotten), len(imported), problems, (time.perf_counter() - started) / 60
    )
