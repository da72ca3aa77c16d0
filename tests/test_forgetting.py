"""Forgetting is real (issue 14): canary words planted through chat (her mood's reasons and the prompt lines
that replay them), the first meeting (the profile), an import (the next memory's context) and the journal, then
forgotten through each kind of forget, some while another connection holds a read transaction. Every file in
the home and an export written afterwards are then scanned byte by byte."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest
from conftest import SAMANTHA

from samantha import Companion
from samantha.config import DB_FILE
from samantha.llm import ScriptedModel
from samantha.store import Store
from samantha.store.quotes import NOT_QUOTING, QUOTING

pytestmark = pytest.mark.integration

CANARIES = [f"Zorblat{n:03d}qu" for n in range(100)]  # the 100, 50 of them forgotten
KEPT = CANARIES[::2]  # the other half is forgotten
GONE = CANARIES[1::2]


def scan(folder) -> set[str]:
    found = set()
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found |= {c for c in CANARIES if c.encode() in data or c.lower().encode() in data}
    return found


def test_every_text_column_is_registered_as_quoting_or_not(tmp_path):
    store = Store(tmp_path / "s.db")
    tables = [r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    missing = []
    for table in tables:
        if "fts" in table or table.startswith("sqlite") or table == "schema_version":
            continue
        for _, column, kind, *_ in store.db.execute(f"PRAGMA table_info({table})"):
            if kind.upper() in ("TEXT", "") and column not in QUOTING.get(table, ()) + NOT_QUOTING.get(table, ()):
                missing.append(f"{table}.{column}")
    assert missing == [], f"register these in store/quotes.py (quoting or not): {missing}"


def test_forgotten_canaries_are_nowhere_in_the_home_or_a_later_export(home, clock, embedder, tmp_path, monkeypatch):
    monkeypatch.setenv("SAMANTHA_ENCRYPT", "0")  # a plain home: the byte scan must be able to see what is left
    brain = ScriptedModel(["Mm, tell me more about that."] * 1000)
    # the first meeting keeps two answers in the profile, which goes into every prompt
    with Companion.open(home, model=brain, clock=clock, country="US") as her:
        her.greet()
        her.reply("Theo.")
        her.reply(f"I write letters, and my pen name is {CANARIES[0]} for the shy clients.")
        her.reply(f"Honestly awful, my neighbour {CANARIES[1]} shouted at me all morning.")
        assert CANARIES[1] in json.dumps(her.store.profile())
    # chat: each message is quoted by her mood's reasons, which later turns' prompt lines replay
    said: dict[str, int] = {}
    with Companion.open(home, model=brain, clock=clock, country="US") as her:
        for canary in CANARIES[2:52]:
            her.reply(f"I'm so upset, the word {canary} keeps going round my head all day.")
            said[canary] = her.store.recent_turns(1)[-1].id
        her.end_conversation()  # the journal page may cite them too
    # an import: a turn's words become the next memory's context
    clock.now += timedelta(days=1)
    turns = []
    for canary in CANARIES[52:]:
        turns += [
            {"speaker": "Theo", "text": f"Did you know {canary} was my childhood nickname, believe it or not?"},
            {"speaker": "Ana", "text": "No way, that is adorable."},
        ]
    with Companion.open(home, model=brain, clock=clock, country="US") as her:
        her.memory.import_transcript({"user": "Theo", "sessions": [{"turns": turns}]}, name="ana.json")
        assert scan(home) == set(CANARIES)  # planted everywhere, before forgetting

        # forget: "forget that" style by turn, by id, and --matching, half while a reader holds the file
        reader = sqlite3.connect(home / DB_FILE)
        held = False
        for n, canary in enumerate(GONE):
            if n % 2 == 0 and not held:
                reader.execute("BEGIN")
                reader.execute("SELECT COUNT(*) FROM turns").fetchone()
                held = True
            elif n % 2 == 1 and held:
                reader.rollback()
                held = False
            if canary in said:
                her.memory.forget_turn(said[canary])
            elif n % 3 == 0:
                her.memory.forget([m.id for m in her.memory.containing(canary)])
            else:
                her.memory.forget([m.id for m in her.memory.list(limit=1000) if canary in m.text])
        if held:
            reader.rollback()
        reader.close()
        her.reply("Anyway, how are you?")
        export = tmp_path / "after.json"
        export.write_text(json.dumps(her.export(), ensure_ascii=False))
    remaining = scan(home) | scan(tmp_path)
    assert remaining & set(GONE) == set(), sorted(remaining & set(GONE))
    assert set(KEPT) <= remaining  # the rest is still remembered
    assert sqlite3.connect(home / DB_FILE).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_encrypted_home_shows_none_of_its_words_and_its_key_is_elsewhere(
    home, clock, embedder, tmp_path, monkeypatch
):
    import stat

    from samantha.store import StoreError
    from samantha.store.keys import default_key_file

    brain = ScriptedModel(["Mm, tell me more about that."] * 200)
    with Companion.open(home, model=brain, clock=clock, country="US") as her:
        assert her.store.encrypted
        for canary in CANARIES[:50]:
            her.reply(f"I'm so upset, the word {canary} keeps going round my head all day.")
        turns = [{"speaker": "Theo", "text": f"My nickname was {c} as a kid."} for c in CANARIES[50:]]
        her.memory.import_transcript({"user": "Theo", "sessions": [{"turns": turns}]}, name="old.json")
        assert her.memory.search(CANARIES[63], k=1)[0].text.endswith("as a kid.")  # FTS5 works inside SQLCipher
    assert scan(home) == set()  # not one of the 100 in plain text, in any file of the home
    key_file = default_key_file(home)
    assert key_file.exists() and home not in key_file.parents
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    with Companion.open(home, model=brain, clock=clock) as her:  # opens again with the key from outside
        assert len(her.memory.list(limit=1000)) >= 100
    key_file.rename(tmp_path / "elsewhere.key")
    with pytest.raises(StoreError, match="no key for it was found"):
        Companion.open(home, model=brain, clock=clock)
    (tmp_path / "wrong.key").write_text("ab" * 32 + "\n")
    monkeypatch.setenv("SAMANTHA_KEY_FILE", str(tmp_path / "wrong.key"))
    with pytest.raises(StoreError, match="does not open it"):
        Companion.open(home, model=brain, clock=clock)
    monkeypatch.setenv("SAMANTHA_KEY_FILE", str(tmp_path / "elsewhere.key"))  # the key, moved: named
    with Companion.open(home, model=brain, clock=clock) as her:
        assert her.store.encrypted


def test_encrypt_and_decrypt_convert_a_home_in_place(home, clock, embedder, monkeypatch):
    from typer.testing import CliRunner

    from samantha.cli.main import app

    monkeypatch.setenv("SAMANTHA_ENCRYPT", "0")
    with Companion.open(home, model=ScriptedModel(["Mm."] * 5), clock=clock) as her:
        her.reply(f"My secret word is {CANARIES[0]}.")
        assert not her.store.encrypted
    assert CANARIES[0] in scan(home)
    runner = CliRunner()
    result = runner.invoke(app, ["--home", str(home), "encrypt"])
    said = " ".join(result.output.split())  # rich wraps at the terminal's width: a long tmp path breaks the line
    assert result.exit_code == 0 and "is encrypted" in said, result.output
    assert scan(home) == set() and not list(home.glob("*.converting"))
    again = runner.invoke(app, ["--home", str(home), "encrypt"])
    assert "already encrypted" in " ".join(again.output.split())
    with Companion.open(home, model=ScriptedModel(["Mm."] * 5), clock=clock) as her:
        assert her.store.encrypted and her.memory.search(CANARIES[0], k=1)
    doctor = runner.invoke(app, ["--home", str(home), "doctor"])
    assert "encrypted (SQLCipher)" in " ".join(doctor.output.split())
    result = runner.invoke(app, ["--home", str(home), "decrypt"])
    assert result.exit_code == 0 and "decrypted" in " ".join(result.output.split()), result.output
    assert CANARIES[0] in scan(home)
    assert sqlite3.connect(home / DB_FILE).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backups_roll_after_each_conversation_forget_reaches_them_and_doctor_restores(home, clock, embedder):
    from typer.testing import CliRunner

    from samantha.cli.main import app
    from samantha.store import StoreError
    from samantha.store.backup import backups

    brain = ScriptedModel(["Mm."] * 40)
    for n in range(7):
        with Companion.open(home, model=brain, clock=clock, backups=3) as her:
            her.reply(f"Evening {n}: the word {CANARIES[n]} again.")
    kept = backups(home / DB_FILE)
    assert len(kept) == 3 and all(b.stat().st_mode & 0o077 == 0 for b in kept)
    assert all(engine_is_encrypted(b) for b in kept)  # an encrypted home's copies are encrypted too
    with Companion.open(home, model=brain, clock=clock, backups=3) as her:
        her.memory.forget([m.id for m in her.memory.containing(CANARIES[6])])
        assert len(backups(home / DB_FILE)) == 1  # every older copy held the word: a fresh one replaces them
    # damage the database: doctor names the problem, --restore puts back the newest good backup
    data = bytearray((home / DB_FILE).read_bytes())
    data[4096 * 2 : 4096 * 2 + 4096] = b"\xff" * 4096
    (home / DB_FILE).write_bytes(bytes(data))
    with pytest.raises(StoreError):
        Companion.open(home, model=brain, clock=clock)
    result = CliRunner().invoke(app, ["--home", str(home), "doctor", "--restore"])
    assert "Restored samantha-" in result.output, result.output
    assert list(home.glob("samantha.db.damaged-*"))
    with Companion.open(home, model=brain, clock=clock) as her:
        texts = [m.text for m in her.memory.list(limit=100)]
        assert any(CANARIES[5] in t for t in texts) and not any(CANARIES[6] in t for t in texts)


def engine_is_encrypted(path) -> bool:
    from samantha.store.engine import is_plain

    return is_plain(path) is False


def test_a_memory_that_quoted_forgotten_words_gets_a_new_vector(home, clock, embedder):
    said = "My old flat on Zorblat Street had a blue door and a leaking roof."
    turns = [
        {"speaker": "Theo", "text": said},
        {"speaker": "Ana", "text": f"You told me once: {said} I still laugh about it."},
    ]
    with Companion.open(home, model=ScriptedModel(["Mm."] * 3), clock=clock) as her:
        her.memory.import_transcript({"user": "Theo", "sessions": [{"turns": turns}]}, name="ana.json")
        mine, quoting = sorted(her.memory.list(limit=10), key=lambda m: m.id)[:2]
        before = her.store.memories_by_id([quoting.id])[quoting.id].embedding.copy()
        her.memory.forget([mine.id])
        after = her.store.memories_by_id([quoting.id])[quoting.id]
        assert "Zorblat" not in after.text and "I still laugh about it" in after.text
        assert float(after.embedding @ before) < 0.99  # made again from what is left
        assert float(after.embedding @ embedder.embed([f"Ana: {after.text}"])[0]) > 0.99


def test_an_export_sealed_with_a_passphrase_shows_no_words_and_comes_back_with_it(home, cli_env, tmp_path):
    import subprocess

    from samantha.memory import TranscriptError
    from samantha.memory.transcripts import load_json

    env = {**cli_env, "SAMANTHA_ENCRYPT": "0", "SAMANTHA_MODEL": "tiny"}
    said = subprocess.run(
        [*SAMANTHA, "--home", str(home), "chat"],
        input=f"My secret word is {CANARIES[7]}.\n",
        env=env,
        text=True,
        capture_output=True,
    )
    assert said.returncode == 0, said.stderr
    sealed = tmp_path / "export.age"
    wrote = subprocess.run(
        [*SAMANTHA, "--home", str(home), "export", str(sealed), "--encrypt"],
        env={**env, "SAMANTHA_EXPORT_PASSPHRASE": "correct horse"},
        text=True,
        capture_output=True,
    )
    assert wrote.returncode == 0 and "sealed" in wrote.stdout, wrote.stderr
    assert sealed.read_bytes().startswith(b"age-encryption.org/v1") and CANARIES[7].encode() not in sealed.read_bytes()
    with pytest.raises(TranscriptError, match="encrypted export"):
        load_json(sealed)
    with pytest.raises(TranscriptError, match="does not open it"):
        load_json(sealed, "wrong horse")
    assert CANARIES[7] in json.dumps(load_json(sealed, "correct horse")[0])
    other = tmp_path / "other-home"
    no_terminal = subprocess.run(
        [*SAMANTHA, "--home", str(other), "import", str(sealed)],
        env=env,
        text=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    assert no_terminal.returncode == 1 and "SAMANTHA_EXPORT_PASSPHRASE" in no_terminal.stderr
    assert "Traceback" not in no_terminal.stderr
    back = subprocess.run(
        [*SAMANTHA, "--home", str(other), "import", str(sealed)],
        env={**env, "SAMANTHA_EXPORT_PASSPHRASE": "correct horse"},
        text=True,
        capture_output=True,
    )
    assert back.returncode == 0, back.stderr
    found = subprocess.run(
        [*SAMANTHA, "--home", str(other), "memory", "search", CANARIES[7]], env=env, text=True, capture_output=True
    )
    assert CANARIES[7] in found.stdout
