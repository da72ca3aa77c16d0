"""Memory with the real MiniLM embedder and SQLite: supersession, forgetting, export/import, time, bad imports."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from samantha import Companion
from samantha.config import DB_FILE
from samantha.llm import ScriptedModel
from samantha.memory import TranscriptError
from samantha.memory.when import parse_moment, time_window

pytestmark = pytest.mark.integration


def companion(home, clock, **kw):
    her = Companion.open(home, model=ScriptedModel(), clock=clock, **kw)
    with her.store.transaction() as db:
        her.store.set_profile(db, "onboarding", "done", None, clock())
        her.store.set_profile(db, "name", "Theo", None, clock())
    return her


def test_a_new_fact_supersedes_the_old_one_which_is_kept(home, clock, embedder):
    with companion(home, clock) as her:
        her.reply("My sister Clara lives in Lisbon.")
        assert her.memory.search("Where does Clara live?", k=5)  # the index holds Lisbon as true
        clock.now += timedelta(days=40)
        her.reply("Big news: my sister Clara moved to Porto last week.")
        facts = [f for f in her.memory.list(kind="fact") if f.attribute == "lives in"]  # "Clara is my sister" too
        new, old = facts[0], facts[1]
        assert new.text == "sister Clara lives in Porto" and new.valid_to is None
        assert old.text == "sister Clara lives in Lisbon" and old.valid_to == new.valid_from
        assert old.superseded_by == new.id
        last = her.store.db.execute("SELECT meta FROM turns ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert "Lisbon" in json.loads(last)["memory"][0]  # the contradiction was noticed
        hits = her.memory.search("Where does Clara live?", k=5)
        facts_found = [h for h in hits if h.kind == "fact" and "lives in" in h.text]
        assert facts_found[0].text.endswith("Porto") and facts_found[0].current
        assert any(not h.current and h.text.endswith("Lisbon") for h in facts_found)
        lisbon = next(h for h in facts_found if h.text.endswith("Lisbon"))
        assert her.memory.index.weights[lisbon.id][4] is not None  # the index knows it is no longer true


def test_forget_that_leaves_no_trace_in_the_file(home, clock, embedder, monkeypatch):
    monkeypatch.setenv("SAMANTHA_ENCRYPT", "0")  # a plain home: the byte scan below must be able to see text
    secret = "Quixotrenzel"
    with companion(home, clock) as her:
        her.reply("I had pasta for lunch.")
        her.reply(f"My old password was {secret} and I told my neighbour.")
        assert her.memory.search(secret, k=3)[0].text.startswith("My old password")
        reply = her.reply("Forget that, please.")
        assert "let that go" in reply.text
        assert all(secret not in h.text for h in her.memory.search(secret, k=10))
        assert her.store.search_turns(secret) == []
        assert her.memory.search("pasta lunch", k=1)[0].text == "I had pasta for lunch."  # the rest stays
    for path in home.glob("samantha.db*"):
        assert secret.encode() not in path.read_bytes(), path
        assert secret.lower().encode() not in path.read_bytes(), path  # nor in the FTS index's tokens
    db = sqlite3.connect(home / DB_FILE)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_forget_by_id_and_forget_that_matches_nothing(home, clock, embedder):
    with companion(home, clock) as her:
        her.reply("My dog is called Biscuit.")
        ids = [m.id for m in her.memory.list()]
        assert her.memory.forget(ids) == len(ids) and her.memory.list() == []
        assert her.memory.forget([12345]) == 0


def transcript():
    return {
        "user": "Caroline",
        "sessions": [
            {
                "started_at": "1:56 pm on 8 May, 2023",
                "turns": [
                    {"speaker": "Caroline", "text": "I went to a support group yesterday.", "id": "D1:1"},
                    {"speaker": "Melanie", "text": "That's brave! I painted a sunrise last week.", "id": "D1:2"},
                ],
            },
            {
                "started_at": "2023-07-20T10:00:00",
                "turns": [
                    {"speaker": "Caroline", "text": "I went hiking with friends in the mountains.", "id": "D2:1"},
                    {"speaker": "Melanie", "text": "I went hiking with my kids at the lake.", "id": "D2:2"},
                ],
            },
        ],
    }


def test_import_then_search_returns_refs_and_dates(home, clock, embedder):
    with companion(home, clock) as her:
        report = her.import_transcript(transcript())
        assert report.memories == 4 and report.warnings == []
        hits = her.memory.search("When did Caroline go to the support group?", k=10)
        assert hits[0].refs == ["D1:1"] and hits[0].when == datetime(2023, 5, 8, 13, 56, tzinfo=UTC)
        assert hits[0].text == "I went to a support group yesterday."


def test_recall_uses_time_expressions(home, clock, embedder):
    clock.now = datetime(2023, 8, 1, tzinfo=UTC)
    with companion(home, clock) as her:
        her.import_transcript(transcript())
        assert her.memory.search("What did Melanie do in May?", k=4)[0].refs == ["D1:2"]
        july = her.memory.search("Where did they go hiking in July 2023?", k=4)
        assert {july[0].refs[0], july[1].refs[0]} == {"D2:1", "D2:2"}
    now = datetime(2023, 8, 1, 12, tzinfo=UTC)
    assert time_window("what did I do last week?", now)[0] == datetime(2023, 7, 25, tzinfo=UTC)
    assert time_window("in May", now) == (datetime(2023, 5, 1, tzinfo=UTC), datetime(2023, 6, 1, tzinfo=UTC))
    assert time_window("may I ask you something", now) is None
    assert parse_moment("1:56 pm on 8 May, 2023") == datetime(2023, 5, 8, 13, 56, tzinfo=UTC)


def test_export_then_import_is_lossless(home, clock, embedder, tmp_path):
    with companion(home, clock) as her:
        her.reply("I finally got the job!!")
        her.reply("My sister Clara lives in Lisbon.")
        her.import_transcript(transcript())
        exported = her.export()
    assert {len(exported[t]) > 0 for t in ("turns", "memories", "imports", "perceptions", "profile")} == {True}
    path = tmp_path / "home.json"
    path.write_text(json.dumps(exported))
    with Companion.open(tmp_path / "c", model=ScriptedModel(), clock=clock) as fresh:
        fresh.import_transcript(path)
        again = fresh.export()
        assert again == exported
        assert fresh.memory.search("When did Caroline go to the support group?", k=3)[0].refs == ["D1:1"]
        with pytest.raises(Exception, match="already has"):
            fresh.import_transcript(path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
        (b'{"user": "x"}', "'sessions' list"),
        (b'{"sessions": [{"turns": "nope"}]}', "'turns' list"),
        (b'{"sessions": [{"turns": [{"text": "   "}]}]}', "no turns with text"),
    ],
)
def test_bad_import_files_get_one_clear_error_and_write_nothing(home, clock, embedder, tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with companion(home, clock) as her:
        with pytest.raises(TranscriptError, match=words):
            her.import_transcript(path)
        assert her.memory.list() == [] and her.store.imports() == []


def test_odd_but_readable_imports_warn_and_keep_what_they_can(home, clock, embedder):
    data = transcript()
    data["mood"] = "happy"  # unknown field
    data["sessions"][0]["started_at"] = "sometime in spring"  # unreadable date
    data["sessions"][1]["turns"].append({"speaker": "Melanie", "text": "again", "id": "D2:2"})  # duplicate id
    with companion(home, clock) as her:
        report = her.import_transcript(data)
        joined = " | ".join(report.warnings)
        assert "unknown field(s) mood" in joined and "cannot read the date" in joined and "already imported" in joined
        assert report.memories == 4
        again = her.import_transcript(transcript())  # everything already there: all duplicates, nothing new
        assert again.memories == 0 and "already imported" in " ".join(again.warnings)


def test_a_failure_mid_import_rolls_everything_back(home, clock, embedder, monkeypatch):
    with companion(home, clock) as her:
        calls = {"n": 0}
        original = her.store.add_memory

        def flaky(db, row):
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError("disk full")
            return original(db, row)

        monkeypatch.setattr(her.store, "add_memory", flaky)
        with pytest.raises(OSError):
            her.import_transcript(transcript())
        monkeypatch.undo()
        assert her.memory.list() == [] and her.store.imports() == []


def test_the_vector_index_takes_new_memories_in_and_lets_forgotten_and_edited_ones_go(home, clock, embedder):
    from samantha.store import MemoryRow

    with companion(home, clock) as her:
        her.reply("I adopted a tabby cat called Miso.")
        assert her.memory.search("my pet", k=1)[0].text.startswith("I adopted")
        loads: list[int] = []
        real = her.store.memory_vectors
        her.store.memory_vectors = lambda after=0: (loads.append(after), real(after))[1]
        her.reply("We hiked up the volcano on Saturday.")
        hit = her.memory.search("mountain walk at the weekend", k=1)[0]
        assert hit.text.startswith("We hiked") and loads and all(after > 0 for after in loads)  # appended only
        her.memory.edit(hit.id, "We went sailing on the lake on Saturday.")
        assert her.memory.search("boat on the water", k=1)[0].id == hit.id  # its new meaning, not the old one
        her.memory.forget([hit.id])
        assert hit.id not in [h.id for h in her.memory.search("sailing on the lake", k=5)]
        assert hit.id not in her.memory.index.ids.tolist()
        ghost = MemoryRow(kind="episode", text="A memory that never was.", created_at=clock(), origin="turn")
        ghost.embedding = embedder.embed([ghost.text])[0]
        with pytest.raises(RuntimeError), her.store.transaction() as db:  # a write that is rolled back
            her.store.add_memory(db, ghost)
            her.memory.search("never", k=1)  # the index sees it inside the transaction…
            raise RuntimeError("crash")
        her.memory.search("anything", k=1)  # …and lets it go with the rollback
        stored = {r.id for r in her.memory.list(limit=100) if r.embedding is not None}
        assert set(her.memory.index.ids.tolist()) == stored and ghost.id not in stored


def test_the_int8_first_pass_finds_the_same_nearest_memories_as_the_exact_product():
    import numpy as np

    from samantha.memory.quantised import Int8Scores

    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((5_000, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = Int8Scores(384)
    scores.reset(vectors[:3_000])
    scores.append(vectors[3_000:4_000])  # grows
    scores.append(vectors[4_000:])
    for row in (7, 3_500, 4_999):
        query = vectors[row] + 0.05 * rng.standard_normal(384).astype(np.float32)
        query /= np.linalg.norm(query)
        exact, rough = vectors @ query, scores.scores(query)
        assert len(rough) == 5_000 and np.abs(rough - exact).max() < 0.01  # no int16 saturation
        best = set(np.argsort(-exact)[:20].tolist())
        assert best <= set(np.argsort(-rough)[:60].tolist())  # what VectorIndex widens to for k = 20


def test_a_large_home_searches_through_the_int8_pass_with_exact_order(home, clock, embedder, monkeypatch):
    import samantha.memory.search as search

    with companion(home, clock) as her:
        for text in ("I adopted a tabby cat called Miso.", "We hiked up the volcano.", "My sister lives in Lisbon."):
            her.reply(text)
        exact = [(h.id, h.score) for h in her.memory.search("my pet cat", k=3)]
        monkeypatch.setattr(search, "APPROXIMATE_FROM", 1)
        her.memory.index.int8 = None
        rough = [(h.id, h.score) for h in her.memory.search("my pet cat", k=3)]
        assert her.memory.index.int8 is not None and rough == exact
        her.reply("Miso knocked a glass off the table.")  # appended to the int8 copy too
        assert her.memory.index.int8.count == len(her.memory.index.ids)
        assert her.memory.search("a glass fell off the table", k=1)[0].text.startswith("Miso knocked")


def test_imported_conversations_leave_facts_placed_in_time(home, clock, embedder):
    def said(when: str, *turns: tuple[str, str]) -> dict:
        spoken = [{"speaker": who, "text": text, "id": f"{when[:4]}:{i}"} for i, (who, text) in enumerate(turns)]
        return {"user": "Theo", "sessions": [{"started_at": when, "turns": spoken}]}

    with companion(home, clock) as her:
        report = her.import_transcript(
            said("2023-03-01T10:00:00", ("Theo", "I just moved to Porto!"), ("Ana", "My sister lives in Berlin."))
        )
        assert report.memories == 3  # two episodes and Theo's fact; Ana's sister is not Theo's
        [porto] = her.memory.list(kind="fact")
        assert porto.text == "I live in Porto" and porto.refs == ["2023:0"] and porto.valid_to is None
        assert porto.valid_from == parse_moment("2023-03-01T10:00:00")
        her.import_transcript(said("2020-06-01T10:00:00", ("Theo", "I live in Paris now.")))
        paris = next(f for f in her.memory.list(kind="fact") if f.text == "I live in Paris")
        assert paris.valid_to == porto.valid_from and paris.superseded_by == porto.id  # older: closed on arrival
        assert her.memory.show(porto.id).valid_to is None  # what is true now stays true
        hits = her.memory.search("Where does Theo live?", k=10)
        facts = [h for h in hits if h.kind == "fact"]
        assert facts[0].text == "I live in Porto" and facts[0].current


def test_forget_matching_takes_only_memories_with_the_words_and_asks_first(home, clock, embedder):
    from typer.testing import CliRunner

    from samantha.cli.main import app

    with companion(home, clock) as her:
        her.reply("Honestly, not great. My divorce papers came today.")
        her.reply("Do you actually feel anything, or are you pretending?")
        her.reply("We divorced quietly, in the end.")
        her.reply("I had pasta for lunch.")
        assert {m.text for m in her.memory.containing("divorce")} >= {
            "Honestly, not great. My divorce papers came today.",
            "We divorced quietly, in the end.",
        }
        assert all("divorc" in m.text.lower() for m in her.memory.containing("divorce"))
        assert her.memory.containing("the") and not her.memory.containing("zebra")
        before = len(her.memory.list())
    runner = CliRunner()
    asked = runner.invoke(app, ["--home", str(home), "memory", "forget", "--matching", "divorce"], input="n\n")
    assert "divorce papers" in asked.output and "Forget" in asked.output and asked.exit_code == 1
    taken = runner.invoke(app, ["--home", str(home), "memory", "forget", "--matching", "divorce", "-y"])
    assert taken.exit_code == 0, taken.output
    with companion(home, clock) as her:
        left = [m.text for m in her.memory.list()]
        assert not any("divorc" in t.lower() for t in left)
        assert any("pretending" in t for t in left) and any("pasta" in t for t in left)
        assert len(left) < before


def test_the_home_is_private_and_an_export_is_whole_and_private(home, clock, embedder, tmp_path):
    import stat

    from typer.testing import CliRunner

    from samantha.cli.main import app

    (home).mkdir(parents=True)
    (home / "input_history").write_text("every line I ever typed\n")  # left by an older version
    with companion(home, clock) as her:
        her.reply("My dog is called Biscuit.")
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for path in home.glob("samantha.db*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert not (home / "input_history").exists()
    target = tmp_path / "export.json"
    target.write_text("the previous export\n")
    result = CliRunner().invoke(app, ["--home", str(home), "export", str(target)])
    assert result.exit_code == 0, result.output
    assert "Biscuit" in target.read_text() and stat.S_IMODE(target.stat().st_mode) == 0o600
    missing = tmp_path / "no-such-folder" / "export.json"
    result = CliRunner().invoke(app, ["--home", str(home), "export", str(missing)])
    assert result.exit_code == 1 and "could not write" in result.output and "Traceback" not in result.output
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export")] == []  # no temporary left behind


def test_yesterday_is_the_persons_yesterday_in_their_time_zone(home, clock, embedder):
    from samantha.memory.when import time_window

    late = datetime(2026, 12, 2, 23, 30, tzinfo=UTC)  # 23:30 in London is already 08:30 on the 3rd in Tokyo
    tokyo = late.astimezone(ZoneInfo("Asia/Tokyo"))
    start, _ = time_window("what did I say yesterday?", tokyo)
    assert start.date().isoformat() == "2026-12-02" and start.utcoffset() == timedelta(hours=9)
    london_start, _ = time_window("what did I say yesterday?", late)
    assert london_start.date().isoformat() == "2026-12-01"
    with Companion.open(home, model=ScriptedModel(), clock=clock, timezone="Asia/Tokyo") as her:
        assert her.memory.zone == ZoneInfo("Asia/Tokyo")
    with pytest.raises(Exception, match="unknown time zone"):
        Companion.open(home, model=ScriptedModel(), clock=clock, timezone="Mars/Olympus")
