"""Appraisal and expression rules on hand-made readings (the real reader is exercised in test_reader.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from samantha.affect.appraise import appraise
from samantha.affect.express import STRATEGIES, choose_strategy, mood_line, prosody_for
from samantha.affect.mood import PAD, Mood
from samantha.affect.reader import CIRCUMPLEX, Emotion

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def reading(valence: float, arousal: float = 0.0, **labels: float) -> Emotion:
    full = dict.fromkeys(CIRCUMPLEX, 0.01) | labels
    return Emotion(full, valence, arousal, present=[k for k, v in labels.items() if v >= 0.3], confidence=0.8)


def names(episodes) -> list[str]:
    return [e.emotion for e in episodes]


def test_good_news_brings_joy_with_the_reason_quoted():
    episodes = appraise(reading(0.8, 0.6, joy=0.7, excitement=0.5), "I finally got the job!!")
    assert names(episodes) == ["joy"]
    assert "“I finally got the job!!”" in episodes[0].reason


def test_their_hurt_brings_concern_and_grief_is_big():
    sad = appraise(reading(-0.7, sadness=0.6), "I feel so alone lately")
    grief = appraise(reading(-0.9, grief=0.7, sadness=0.6), "My dad passed away this morning")
    assert names(sad) == ["concern"] and names(grief) == ["concern"]
    assert grief[0].intensity > sad[0].intensity


def test_an_insult_aimed_at_her_hurts_and_nothing_else_comes_of_it():
    episodes = appraise(reading(-0.6, 0.6, annoyance=0.6), "You are useless and boring")
    assert names(episodes) == ["hurt"]
    assert "stung" in episodes[0].reason


def test_anger_at_the_world_is_not_an_insult_to_her():
    episodes = appraise(reading(-0.6, 0.7, anger=0.7), "My landlord raised the rent again, I'm furious")
    assert names(episodes) == ["concern"]


def test_thanks_and_kind_words_bring_warmth():
    assert names(appraise(reading(0.7, gratitude=0.9), "Thank you, that helped a lot")) == ["warmth"]
    assert names(appraise(reading(0.6, admiration=0.7), "You are really wonderful to talk to")) == ["warmth"]


def test_a_long_silence_brings_missing_them():
    episodes = appraise(reading(0.0, neutral=0.9), "hey", silence=timedelta(days=4))
    assert names(episodes) == ["missing"]
    assert "4 days" in episodes[0].reason
    assert appraise(reading(0.0, neutral=0.9), "hey", silence=timedelta(hours=5)) == []


def test_empty_text_and_no_reading_give_no_emotions_but_no_error():
    assert appraise(None, "") == []
    assert appraise(None, "   ") == []
    assert names(appraise(None, "thanks so much")) == ["warmth"]  # plain words still count without a reader


def test_strategy_follows_how_they_feel():
    assert choose_strategy(reading(-0.7, sadness=0.7), "I miss her so much", []) == "comfort"
    assert choose_strategy(reading(-0.5, 0.6, anger=0.6), "My boss yelled at me in front of everyone", []) == "validate"
    assert choose_strategy(reading(0.8, joy=0.8), "We're having a baby!", []) == "celebrate"
    assert choose_strategy(reading(-0.5, sadness=0.4), "I'm such a failure, I always mess up", []) == "challenge"
    assert choose_strategy(reading(-0.2, annoyance=0.4), "Leave me alone for a while", []) == "give_space"
    assert choose_strategy(reading(0.0, neutral=0.9), "What should I cook tonight?", []) == "converse"
    assert set(STRATEGIES) >= {"comfort", "validate", "celebrate", "challenge", "give_space", "converse"}


def test_mood_colours_the_prompt_in_words_and_the_voice_in_prosody():
    low = Mood(PAD(-0.5, -0.1, -0.2), T0, "you're hurting: “my dog died”")
    high = Mood(PAD(0.6, 0.5, 0.2), T0, "you shared something good: “I got in!”")
    line = mood_line(low)
    assert "sad" in line or "low" in line
    assert "my dog died" in line and "0." not in line  # a reason, never numbers
    comfort, celebrate = prosody_for(low, "comfort"), prosody_for(high, "celebrate")
    assert comfort.rate < 1.0 < celebrate.rate
    assert comfort.pitch < 0 < celebrate.pitch
    assert comfort.pause > celebrate.pause


def test_event_lexicon_is_a_noisy_or_that_only_adds():
    import numpy as np

    from samantha.affect.events import event_prior, with_events

    labels = list(CIRCUMPLEX)
    prior = event_prior("we went to the funeral on Monday", labels)
    assert prior[labels.index("grief")] > 0 and prior[labels.index("joy")] == 0
    probs = np.full(len(labels), 0.2, dtype=np.float32)
    assert (with_events(probs, prior) >= probs - 1e-6).all()
    assert not event_prior("what a lovely sunny day", labels).any()
