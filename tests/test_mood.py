"""Her mood: decay toward the temperament, bounded steps, the reason of the strongest emotion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from samantha.affect.mood import BASELINE, HALF_LIFE, PAD, STEP, EmotionEpisode, Mood

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_mood_relaxes_halfway_to_the_temperament_in_one_half_life():
    low = Mood(PAD(-0.55, 0.5, -0.3), T0, "bad news")
    later = low.decay(T0 + HALF_LIFE)
    assert later.state.pleasure == pytest.approx((-0.55 + BASELINE.pleasure) / 2, abs=1e-3)
    assert later.state.arousal == pytest.approx((0.5 + BASELINE.arousal) / 2, abs=1e-3)
    assert later.reason == "bad news"  # the mood still knows where it came from


def test_yesterdays_mood_still_shows_a_little_and_is_gone_after_days():
    low = Mood(PAD(-0.6, 0.0, 0.0), T0, "bad news")
    next_morning = low.decay(T0 + timedelta(hours=14)).state.pleasure
    assert -0.6 < next_morning < BASELINE.pleasure - 0.2
    assert low.decay(T0 + timedelta(days=5)).state.pleasure == pytest.approx(BASELINE.pleasure, abs=0.01)


def test_a_clock_going_backwards_changes_nothing():
    mood = Mood(PAD(-0.4, 0.2, 0.0), T0)
    assert mood.decay(T0 - timedelta(hours=3)).state == mood.state


def test_one_ordinary_remark_moves_the_mood_at_most_one_step():
    mood = Mood.initial(T0)
    hurt = mood.feel([EmotionEpisode("hurt", 0.8, "you said “stupid” to me")], T0)
    assert BASELINE.pleasure - hurt.state.pleasure == pytest.approx(STEP, abs=1e-3)
    assert hurt.reason == "you said “stupid” to me"


def test_something_big_may_move_it_further():
    mood = Mood.initial(T0)
    grief = mood.feel([EmotionEpisode("concern", 1.0, "you're hurting: “my mother died”")], T0)
    assert BASELINE.pleasure - grief.state.pleasure > STEP


def test_a_compliment_after_an_insult_recovers_in_steps():
    mood = Mood.initial(T0)
    for _ in range(3):
        mood = mood.feel([EmotionEpisode("hurt", 0.8, "an insult")], T0)
    low = mood.state.pleasure
    path = []
    for minute in range(1, 6):
        mood = mood.feel([EmotionEpisode("warmth", 0.8, "a kind word")], T0 + timedelta(minutes=minute))
        path.append(mood.state.pleasure)
    steps = [b - a for a, b in zip([low, *path], path, strict=False)]
    assert all(0 < s <= STEP + 0.01 for s in steps), steps  # recovers, never in one leap
    assert path[0] < BASELINE.pleasure < path[-1]  # one compliment does not undo it; several do
    assert mood.reason == "a kind word"


def test_mood_has_words_not_just_numbers():
    assert Mood(PAD(-0.6, -0.2, 0), T0).words() == "sad"
    assert Mood(PAD(0.6, 0.5, 0), T0).words() == "really happy"
