"""The bond with real parts: the journal written by the real `tiny` brain, the commands on a brand-new companion,
rollback, config traits, and the pieces (events, stages, learner) on their own."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from conftest import SAMANTHA

from samantha import Companion
from samantha.affect.reader import Emotion
from samantha.bond import learner
from samantha.bond.events import BondEvent, disclosure_depth, recognise
from samantha.bond.relationship import Relationship, apply, stage_for
from samantha.config import DB_FILE, ConfigError, Settings
from samantha.llm import ScriptedModel
from samantha.store import Store
from samantha.store.bond import Trial


def returning(home, clock, model="tiny", **settings):
    her = Companion.open(home, model=model, clock=clock, reply_tokens=24, **settings)
    with her.store.transaction() as db:
        for key, value in (("onboarding", "done"), ("name", "Theo")):
            her.store.set_profile(db, key, value, None, clock())
    return her


@pytest.mark.integration
def test_with_tiny_a_journal_entry_is_written_and_the_next_chat_opens_from_it(home, clock, tiny_model, reader):
    her = returning(home, clock)
    her.greet()
    her.reply("My sister hasn't spoken to me since the wedding, and I really miss her.")
    her.reply("Anyway, work was fine today.")
    her.close()

    store = Store(home / DB_FILE)
    [entry] = store.journal()
    store.close()
    assert entry.written_by.startswith("tiny"), entry  # the brain wrote it, not the fallback template
    assert len(entry.text) >= 20 and "<|" not in entry.text
    assert entry.thread == "your sister"

    clock.now += timedelta(days=1)
    again = Companion.open(home, model="tiny", clock=clock, reply_tokens=24)
    opening = again.greet().text
    assert "your sister" in opening and opening.startswith("Hey Theo.")
    again.close()
    third = Companion.open(home, model="tiny", clock=clock, reply_tokens=24)
    assert "your sister" not in third.greet().text  # a thread is picked up once, not every time
    third.close()


def test_the_relationship_reaches_the_prompt_once_per_conversation(home, clock):
    brain = ScriptedModel()
    her = returning(home, clock, model=brain, read_emotions=False)
    her.greet()
    her.reply("Hi there.")
    her.reply("How are you?")
    first, second = (str(p) for p in brain.prompts)
    assert first.count("You two are still getting to know each other") == 1
    assert second.count("You two are still getting to know each other") == 1  # repeated as sent, not added again
    assert "Your manner: very warm, playful, very curious" in first
    her.close()


def test_a_one_line_say_writes_no_journal_and_journal_can_be_turned_off(home, clock):
    her = returning(home, clock, model=ScriptedModel(["Hello.", "Journal entry about our talk today."]))
    her.reply("hi")
    her.close()
    assert Store(home / DB_FILE).journal() == []
    off = returning(home, clock, model=ScriptedModel(), journal=False)
    off.reply("My mom is sick and I'm scared.")
    off.reply("Thanks for listening.")
    off.close()
    assert Store(home / DB_FILE).journal() == []


def test_a_failing_brain_still_leaves_a_journal_entry_from_the_template(home, clock):
    brain = ScriptedModel(["I'm here.", "I'm here."])
    her = returning(home, clock, model=brain, read_emotions=False)
    her.reply("My dog died this morning.")
    her.reply("I keep looking at his bowl.")
    brain._fail_with = "the brain fell over"
    her.close()
    [entry] = Store(home / DB_FILE).journal()
    assert entry.written_by == "template" and "your dog" in (entry.thread or "")


def run(args, env, home, stdin=b""):
    cmd = [*SAMANTHA, "--home", str(home), *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, env=env, timeout=120)


@pytest.mark.integration
def test_the_bond_commands_are_kind_on_a_brand_new_companion(cli_env, home, clock):
    for args in (["us"], ["us", "--learned"], ["persona"], ["persona", "diff"], ["journal"]):
        result = run(args, cli_env, home)
        assert result.returncode == 0 and b"No one lives in" in result.stdout, (args, result)
    Companion.open(home, model=ScriptedModel(), clock=clock, read_emotions=False).close()  # a home, no talk yet
    expected = {
        ("us",): b"only just met",
        ("us", "--learned"): b"hasn't learned anything",
        ("persona",): b"as she is now",
        ("persona", "diff"): b"Nothing about who Samantha is has changed",
        ("persona", "history"): b"exactly as she started",
        ("journal",): b"journal is still empty",
        ("persona", "rollback"): b"say where to roll back to",
    }
    for args, words in expected.items():
        result = run(list(args), cli_env, home)
        assert words in result.stdout + result.stderr, (args, result)
        assert b"Traceback" not in result.stderr
    assert run(["persona", "diff", "--since", "yesterday"], cli_env, home).returncode == 2  # a clear usage error


def test_rollback_restores_her_traits_as_a_new_version(home, clock):
    her = returning(home, clock, model=ScriptedModel(), read_emotions=False)
    start = dict(her.bond.traits())
    for _ in range(3):
        her.reply("haha you're funny")
    grown = her.bond.traits()
    assert grown["playfulness"] > start["playfulness"]
    assert her.bond.persona_diff()[0].reasons[0][0] == "you enjoy it when I'm playful"
    assert her.bond.rollback(None) == start
    assert her.bond.traits() == start
    versions = her.store.persona_versions()
    assert versions[-1].kind == "rollback" and len(versions) >= 2  # nothing deleted: undo is a rollback too
    her.bond.rollback(versions[-2].id)
    assert her.bond.traits() == grown
    with pytest.raises(ValueError, match="no persona version 999"):
        her.bond.rollback(999)
    her.close()


def test_persona_traits_come_from_config_and_bad_ones_are_clear(home):
    home.mkdir(parents=True)
    (home / "config.toml").write_text("[persona.traits]\nplayfulness = 0.2\n")
    assert Settings.load(home).persona.traits["playfulness"] == 0.2
    (home / "config.toml").write_text("[persona.traits]\nsnark = 0.9\n")
    with pytest.raises(ConfigError, match="unknown trait 'snark'"):
        Settings.load(home)
    (home / "config.toml").write_text("[persona.traits]\nwarmth = 3\n")
    with pytest.raises(ConfigError, match="from 0 to 1"):
        Settings.load(home)


def feeling(valence: float, **labels: float) -> Emotion:
    return Emotion(labels=labels, valence=valence, arousal=0.3, present=list(labels), confidence=0.8)


def test_events_are_recognised_with_reasons():
    kinds = lambda text, reading=None, strategy=None, tension=0.0: [  # noqa: E731
        e.kind for e in recognise(text, reading, strategy, None, tension, f"“{text}”")
    ]
    assert kinds("I've never told anyone this, but I'm ashamed of my drinking.") == ["disclosure"]
    assert disclosure_depth("I've never told anyone this, but I'm ashamed.", None) == 3
    assert disclosure_depth("I feel happy today", None) == 2
    assert disclosure_depth("I work at a bakery", None) == 1
    assert disclosure_depth("The weather is nice", None) == 0
    assert kinds("You're wrong, you don't understand.") == ["conflict"]
    assert kinds("Sorry, I was rude.", tension=0.3) == ["repair"]
    assert kinds("Sorry, I was rude.", tension=0.0) == []  # nothing to repair: just politeness
    assert "laughter" in kinds("hahaha that's so funny")
    assert "support_received" in kinds("Thank you, really.")
    sad = feeling(-0.6, sadness=0.7)
    assert "support_given" in kinds("Everything is falling apart.", sad, "comfort")
    assert "support_given" not in kinds("Everything is falling apart.", sad, "converse")
    assert kinds("You remembered my exam!") == ["promise_kept"]
    apart = recognise("hi", None, None, timedelta(days=9), 0.0, "“hi”")
    assert apart[0].kind == "time_apart" and "9 days" in apart[0].reason


def test_gains_are_capped_per_day_and_stages_need_time():
    state, gained = Relationship(), {}
    for _ in range(200):  # a whole night of deep disclosures
        apply(state, BondEvent("disclosure", 1.0, "you told me something vulnerable"), gained, {})
    assert state.dims["closeness"] <= 0.05 + 0.06 + 1e-9
    assert stage_for(Relationship({**state.dims, "closeness": 0.9, "trust": 0.9}), days_known=0.5) == "acquaintances"
    assert stage_for(Relationship({**state.dims, "closeness": 0.3, "trust": 0.45}), days_known=5) == "friends"
    drifting = Relationship({**state.dims, "closeness": 0.1, "trust": 0.5}, "close")
    assert stage_for(drifting, days_known=60) == "friends"  # drifting apart, one step at a time


def test_the_learner_is_gentle_and_learns_from_rewards():
    at = datetime(2026, 1, 1, tzinfo=UTC)
    assert learner.situation(feeling(-0.5, sadness=0.6)) == "sad"
    assert learner.situation(feeling(0.4, joy=0.8)) is None
    choices = [learner.choose("sad", [], seed) for seed in range(200)]
    assert choices.count("comfort") > choices.count("humour")  # priors start from what usually helps
    bad = [Trial(i, at, "sad", "humour", -0.5, -0.9, "not funny") for i in range(3)]
    assert all(learner.choose("sad", bad, seed) != "humour" for seed in range(200))  # never again while it hurts
    good = [Trial(i, at, "sad", "practical", -0.5, 0.7, None) for i in range(4)]
    assert learner.estimates("sad", good)[0].approach == "practical"
    assert learner.reward(-0.5, 0.1, "that helped, thanks") == (1.0, "that helped")
    assert learner.reward(-0.5, -0.5, "not funny")[0] == -0.7


def test_forgetting_a_message_scrubs_it_from_the_bond_and_tears_out_the_journal_page(home, clock, monkeypatch):
    monkeypatch.setenv("SAMANTHA_ENCRYPT", "0")  # a plain home: the byte scan below must be able to see text
    secret = "Quixotrenzel"
    brain = ScriptedModel(
        lambda m: f"{secret} worries me a lot." if "private journal" in m[0]["content"] else "I'm here."
    )
    her = returning(home, clock, model=brain, read_emotions=False)
    her.reply(f"I've never told anyone, but my brother {secret} is in prison.")
    her.reply("Thanks for listening.")
    her.close()
    store = Store(home / DB_FILE)
    assert secret in store.journal()[0].text + store.journal()[0].thread_quote and store.milestone_kinds() >= {
        "first_vulnerable"
    }
    store.close()
    again = returning(home, clock, model=ScriptedModel(), read_emotions=False)
    forgotten = again.memory.forget(
        [m.id for m in again.store.memories_by_id(list(range(1, 100))).values() if secret in m.text]
    )
    assert forgotten == 2  # the episode and the relation fact ("Quixotrenzel is my brother")
    [page] = again.store.journal()
    assert "tore this page out" in page.text and page.thread_quote is None
    assert again.bond.opening("Theo") is None  # nothing left to pick up
    again.close()
    for path in home.glob("samantha.db*"):
        assert secret.encode() not in path.read_bytes(), path
