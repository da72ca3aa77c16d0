import sqlite3
from datetime import UTC, datetime

import pytest

from samantha.store import Store, StoreError, engine
from samantha.store.migrations import MIGRATIONS
from samantha.turn import Turn

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def test_new_store_is_migrated_and_healthy(tmp_path):
    store = Store(tmp_path / "s.db")
    assert store.schema_version == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.integrity_check() == "ok"
    store.close()


def test_turn_lifecycle_and_search(tmp_path):
    store = Store(tmp_path / "s.db")
    cid = store.start_conversation(NOW, "scripted")
    turn = Turn(user_text="My sister Clara lives in Lisbon.", started_at=NOW, conversation_id=cid)
    store.begin_turn(turn)
    assert store.get_turn(turn.id).status == "pending"
    turn.reply_text, turn.status, turn.replied_at = "Lisbon! Do you visit her?", "complete", NOW
    with store.transaction() as db:
        store.finish_turn(turn, db)
    stored = store.get_turn(turn.id)
    assert (stored.status, stored.reply_text) == ("complete", "Lisbon! Do you visit her?")
    assert [t.id for t in store.search_turns("lisbon")] == [turn.id]
    assert [t.id for t in store.search_turns("visit")] == [turn.id]  # the reply side is indexed too
    assert store.search_turns('") OR (*') == []  # FTS syntax in a query is taken as words, not an error
    assert store.conversations()[0].turn_count == 1
    store.close()


def test_pending_turn_left_by_a_crash_is_kept_as_interrupted(tmp_path):
    store = Store(tmp_path / "s.db")
    cid = store.start_conversation(NOW, None)
    turn = Turn(user_text="words that must not be lost", started_at=NOW, conversation_id=cid)
    store.begin_turn(turn)
    store.db.close()  # the process dies before the reply is written
    reopened = Store(tmp_path / "s.db")
    stored = reopened.get_turn(turn.id)
    assert (stored.status, stored.user_text) == ("interrupted", "words that must not be lost")
    reopened.close()


def test_failed_transaction_changes_nothing(tmp_path):
    store = Store(tmp_path / "s.db")
    with pytest.raises(RuntimeError), store.transaction() as db:
        store.set_profile(db, "name", "Theo", None, NOW)
        raise RuntimeError("crash inside the turn")
    assert store.profile() == {}
    store.close()


def test_newer_schema_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "s.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.close()
    with pytest.raises(RuntimeError, match="newer than this Samantha"):
        Store(path)


def test_garbage_file_is_a_store_error(tmp_path):
    path = tmp_path / "s.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(path)


def test_a_failed_commit_rolls_back_and_leaves_the_store_usable(tmp_path):
    store = Store(tmp_path / "s.db")
    with pytest.raises(engine.IntegrityError), store.transaction() as db:
        db.execute("PRAGMA defer_foreign_keys=ON")  # the check waits for COMMIT, as a restore's does
        db.execute(
            "INSERT INTO turns (conversation_id, user_text, reply_text, status, started_at) "
            "VALUES (999, 'x', '', 'complete', '2026-12-01T00:00:00+00:00')"
        )
    assert not store.db.in_transaction
    other = Store(tmp_path / "s.db")  # another writer is not locked out
    other.start_conversation(NOW, None)
    assert store.count_turns() == 0
    assert store.db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0] == 1


HOLDER = """
import sys, time
from pathlib import Path
from samantha.store import Store
store = Store(Path(sys.argv[1]))
print("OPEN", flush=True)
time.sleep(600)
"""


def test_one_process_per_home_with_a_message_naming_the_other(tmp_path):
    import os
    import subprocess
    import sys

    db = tmp_path / "home" / "s.db"
    env = {**os.environ, "SAMANTHA_ENCRYPT": "0"}
    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, env=env)
    try:
        assert other.stdout.readline().decode().strip() == "OPEN"
        with pytest.raises(StoreError, match=rf"open in process {other.pid} .*close that one"):
            Store(db)
    finally:
        other.kill()  # kill -9: the kernel drops the lock with the process, nothing stale is left
        other.wait()
    store = Store(db)
    again = Store(db)  # the same process may open a home twice (a Companion and a CLI command, a test)
    again.close()
    assert store.integrity_check() == "ok"  # still held by `store`: closing the other copy released one count
    probe = subprocess.run(
        [sys.executable, "-c", HOLDER.replace("time.sleep(600)", ""), str(db)], env=env, capture_output=True, text=True
    )
    assert probe.returncode != 0 and "is open in process" in probe.stderr
    store.close()
    assert (
        "OPEN"
        in subprocess.run(
            [sys.executable, "-c", HOLDER.replace("time.sleep(600)", ""), str(db)],
            env=env,
            capture_output=True,
            text=True,
        ).stdout
    )
