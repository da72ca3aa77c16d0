"""kill -9 at random moments during a conversation: every acknowledged turn is still there, the file is sound."""

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from samantha.config import DB_FILE
from samantha.store import Store

sys.path.insert(0, str(Path(__file__).parent / "faults"))
import kills  # tests/faults/kills.py, shared with benchmarks/faults.py

pytestmark = pytest.mark.integration

TALKER = """
import sys
from samantha import Companion
with Companion.open(sys.argv[1], model="tiny", reply_tokens=40) as her:
    for i in range(1000):
        reply = her.reply(f"message {i}: tell me about the ocean")
        print(f"ACK {reply.turn_id}", flush=True)
"""


def test_kill_minus_nine_mid_turn_loses_no_acknowledged_turn(home, cli_env):
    rng = random.Random(7)
    acknowledged: list[int] = []
    for _round in range(4):
        proc = subprocess.Popen([sys.executable, "-c", TALKER, str(home)], stdout=subprocess.PIPE, env=cli_env)
        for _ in range(rng.randint(1, 3)):
            line = proc.stdout.readline().decode()
            assert line.startswith("ACK"), f"talker died early: {line!r}"
            acknowledged.append(int(line.split()[1]))
        time.sleep(rng.uniform(0.0, 0.6))  # somewhere inside the next turn: before, during or after generation
        proc.kill()
        proc.wait()
        # anything it acknowledged between our read and the kill counts too
        acknowledged += [int(line.split()[1]) for line in proc.stdout.read().decode().splitlines() if line]

    store = Store(home / DB_FILE)
    try:
        assert store.integrity_check() == "ok"
        for turn_id in acknowledged:
            turn = store.get_turn(turn_id)
            assert turn is not None and turn.status == "complete" and turn.reply_text, turn_id
            # what she remembered from it committed with it: the episode and its vector
            memories = store.memories_of_turn(turn_id)
            assert [m.kind for m in memories] == ["episode"] and memories[0].embedding is not None, turn_id
        rows = store.db.execute("SELECT status, COUNT(*) FROM turns GROUP BY status").fetchall()
        statuses = {r[0]: r[1] for r in rows}
        assert "pending" not in statuses  # turns cut off mid-reply are recovered as 'interrupted', words kept
        assert statuses.get("interrupted", 0) <= 4
        for row in store.db.execute("SELECT user_text FROM turns WHERE status = 'interrupted'"):
            assert row[0].startswith("message ")
    finally:
        store.close()


def test_kill_minus_nine_through_forgets_and_imports_loses_nothing_acknowledged(cli_env):
    # The CI sample of `benchmarks/faults.py kill` (1,000 kills there): a forget every 5 turns, an import every 10,
    # so kills land in forgets, VACUUMs, imports and startup recovery too.
    result = kills.run(cli_env, kills=12, turns=40, seed=3, forget_every=5, import_every=10)
    assert result.problems == []
    assert result.kills == 12 and result.acknowledged >= 12 and result.forgets >= 1
