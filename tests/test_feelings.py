"""Feelings end to end, with the real emotion reader and the real `tiny` brain through llama.cpp."""

from __future__ import annotations

from datetime import timedelta

import pytest

from samantha import Companion
from samantha.affect.mood import BASELINE, STEP
from samantha.config import DB_FILE
from samantha.llm import ScriptedModel
from samantha.store import Store

pytestmark = pytest.mark.integration


def returning(home, clock, model="tiny"):
    """A companion whose first meeting is done, with short replies (the tests are about her feelings)."""
    her = Companion.open(home, model=model, clock=clock, reply_tokens=24)
    with her.store.transaction() as db:
        for key, value in (("onboarding", "done"), ("name", "Theo")):
            her.store.set_profile(db, key, value, None, clock())
    return her


def test_a_sad_message_moves_her_mood_and_changes_how_she_answers(home, clock, tiny_model, reader):
    with returning(home, clock) as her:
        assert her.warnings == []
        calm = her.reply("What should I cook tonight?")
        sad = her.reply("My grandmother died yesterday. I keep thinking about her and I can't stop crying.")
        assert calm.strategy == "converse"
        assert sad.strategy == "comfort"
        assert sad.emotion is not None and sad.emotion.valence < -0.3
        mood = her.heart.mood()
        assert mood.state.pleasure < BASELINE.pleasure - 0.1
        assert "grandmother" in mood.reason
        assert sad.prosody is not None and sad.prosody.rate < 1.0
        episodes = her.store.episodes()
        assert [e.emotion for e in episodes][-1] == "concern"


def test_the_mood_survives_a_restart_and_decays_with_the_clock(home, clock, tiny_model, reader):
    with returning(home, clock) as her:
        her.reply("I failed my exam and I feel like such a disappointment to everyone.")
        low = her.heart.mood().state.pleasure
    assert low < BASELINE.pleasure
    clock.now += timedelta(minutes=10)
    with Companion.open(home, model="tiny", clock=clock) as her:
        after_restart = her.heart.mood().state.pleasure
        assert after_restart == pytest.approx(low, abs=0.01)
        clock.now += timedelta(hours=12)
        half = her.heart.mood().state.pleasure
        assert half == pytest.approx((low + BASELINE.pleasure) / 2, abs=0.02)
        clock.now += timedelta(days=4)
        assert her.heart.mood().state.pleasure == pytest.approx(BASELINE.pleasure, abs=0.01)


def test_a_compliment_after_an_insult_recovers_in_steps_each_with_a_reason(home, clock, reader):
    # The brain does not matter here: a scripted one keeps this fast; the reader and store are real.
    her = Companion.open(home, model=ScriptedModel(), clock=clock)
    with her.store.transaction() as db:
        her.store.set_profile(db, "onboarding", "done", None, clock())
    with her:
        her.reply("You are useless and stupid.")
        her.reply("You are so annoying, shut up.")
        low = her.heart.mood().state.pleasure
        assert low < BASELINE.pleasure - STEP
        path = []
        for _ in range(4):
            her.reply("You are wonderful, thank you for listening to me.")
            path.append(her.heart.mood().state.pleasure)
        steps = [b - a for a, b in zip([low, *path], path, strict=False)]
        assert all(0 < s <= STEP + 0.01 for s in steps), steps
        assert path[-1] > BASELINE.pleasure
    db = Store(home / DB_FILE).db
    reasons = [r for (r,) in db.execute("SELECT reason FROM moods ORDER BY id")]
    assert len(reasons) == 6 and all(reasons)
    assert "stung" in reasons[0] and "thanked" in reasons[-1]
    assert db.execute("SELECT COUNT(*) FROM emotion_episodes WHERE reason = ''").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM perceptions").fetchone()[0] == 6


def test_feelings_reach_the_prompt_as_words(home, clock, reader):
    model = ScriptedModel()
    her = Companion.open(home, model=model, clock=clock)
    with her.store.transaction() as db:
        her.store.set_profile(db, "onboarding", "done", None, clock())
    with her:
        her.reply("I just found out I got into the program I wanted!!")
        first = model.prompts[-1]
        her.reply("What should we talk about?")
        second = model.prompts[-1]
    # how to answer this message: right after it
    assert first[-1]["role"] == "system" and "glad" in first[-1]["content"]
    assert first[-2]["content"].startswith("I just found out")
    # her mood so far: just before the message, in words with its reason, never numbers
    assert "Your mood:" in first[-3]["content"]
    assert "got into the program" in second[-2]["content"] and "Your mood:" in second[-2]["content"]
    assert second[-1]["role"] == "user"  # an ordinary question needs no guidance
