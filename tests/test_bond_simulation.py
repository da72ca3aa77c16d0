"""Thirty days with a scripted person: the relationship, her traits and what she learns grow believably.

Deterministic: a fake clock, a scripted brain, and a scripted reader that returns the feeling each planted
message carries (the real reader is tested in test_reader.py; here it would only add noise to the plot).
The person has one planted preference: when they are sad, a little humour helps them far more than comfort.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from samantha import Companion
from samantha.affect.reader import Emotion
from samantha.bond import learner
from samantha.bond.traits import BOUND
from samantha.config import Settings
from samantha.llm import ScriptedModel

START = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)
DAYS = 30
CONFLICT_DAY, REPAIR_DAY = 12, 13
AWAY = range(20, 24)  # four days without talking
PLANTED = "humour"  # what helps this person when they are sad (benchmarks/bond.py plants the others too)


def emotion(valence: float, **labels: float) -> Emotion:
    return Emotion(
        labels=labels or {"neutral": 0.8}, valence=valence, arousal=0.3, present=list(labels), confidence=0.8
    )


NEUTRAL = emotion(0.05, neutral=0.8)
FEELINGS: dict[str, Emotion] = {
    "I'm feeling really down today.": emotion(-0.6, sadness=0.75),
    "haha okay, that actually helped": emotion(0.2, amusement=0.6, joy=0.3),
    "okay, that actually helped": emotion(0.2, relief=0.5, gratitude=0.3),
    "yeah, I guess.": emotion(-0.45, sadness=0.4),
    "I've never told anyone this, but I'm scared I'm not good enough at my job.": emotion(-0.6, fear=0.6, sadness=0.4),
    "You're wrong, you don't understand anything.": emotion(-0.7, anger=0.7, annoyance=0.5),
    "I'm sorry I was harsh with you yesterday.": emotion(-0.1, remorse=0.6),
    "I feel good about the letters I wrote today.": emotion(0.6, joy=0.6, pride=0.4),
    "haha you're funny": emotion(0.5, amusement=0.8),
}


class ScriptedReader:
    embedder = None  # memories without vectors: search falls back to words

    def read(self, text: str, context=None) -> Emotion:
        return FEELINGS.get(text, NEUTRAL)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=20)
        return self.now


@dataclass
class Diary:
    """What the test watches, day by day."""

    stages: dict[int, str] = field(default_factory=dict)
    trust: dict[str, float] = field(default_factory=dict)
    sad_choices: list[str] = field(default_factory=list)


def open_her(home, clock, name="scripted") -> Companion:
    model = ScriptedModel(lambda messages: "I'm here with you. Tell me more?")
    model.name = name
    her = Companion(home, Settings.load(home), model, clock, reader=ScriptedReader())  # type: ignore[arg-type]
    with her.store.transaction() as db:
        for key, value in (("onboarding", "done"), ("name", "Theo")):
            her.store.set_profile(db, key, value, None, clock())
    return her


def live_one_day(her: Companion, day: int, diary: Diary) -> None:
    her.greet()
    her.reply("Hi! How was your day?")
    her.reply("I work at a letter-writing company, and today was long.")
    if day == 5:
        her.reply("I've never told anyone this, but I'm scared I'm not good enough at my job.")
    if day == CONFLICT_DAY:
        diary.trust["before conflict"] = her.bond.relationship().dims["trust"]
        her.reply("You're wrong, you don't understand anything.")
        diary.trust["after conflict"] = her.bond.relationship().dims["trust"]
        return  # they leave angry
    if day == REPAIR_DAY:
        her.reply("I'm sorry I was harsh with you yesterday.")
        diary.trust["after repair"] = her.bond.relationship().dims["trust"]
    if day % 2 == 0:  # a sad evening: how she answers decides how the next message feels
        reply = her.reply("I'm feeling really down today.")
        diary.sad_choices.append(reply.strategy or "")
        helped = "haha okay, that actually helped" if PLANTED == "humour" else "okay, that actually helped"
        her.reply(helped if reply.strategy == PLANTED else "yeah, I guess.")
    else:
        her.reply("I feel good about the letters I wrote today.")
        if day % 3 == 0:
            her.reply("haha you're funny")


@pytest.fixture(scope="module")
def thirty_days(tmp_path_factory):
    home = tmp_path_factory.mktemp("bond") / "home"
    clock, diary = Clock(), Diary()
    for day in range(DAYS):
        if day in AWAY:
            continue
        clock.now = START + timedelta(days=day)
        her = open_her(home, clock)
        try:
            live_one_day(her, day, diary)
        finally:
            her.close()
        diary.stages[day] = _stage(home, clock)
    return home, clock, diary


def _stage(home, clock) -> str:
    her = open_her(home, clock)
    try:
        return her.bond.relationship().stage
    finally:
        her.store.close()


def test_stages_advance_at_a_believable_pace(thirty_days):
    _, _, diary = thirty_days
    assert diary.stages[0] == "acquaintances"  # not on day one, however much was said
    friends = min(d for d, s in diary.stages.items() if s != "acquaintances")
    assert 3 <= friends <= 10, diary.stages
    close = [d for d, s in diary.stages.items() if s == "close"]
    assert not close or min(close) >= 14, diary.stages
    assert diary.stages[DAYS - 1] in ("friends", "close"), diary.stages  # a month is not intimacy


def test_a_conflict_lowers_trust_and_a_repair_restores_most_of_it(thirty_days):
    _, _, diary = thirty_days
    lost = diary.trust["before conflict"] - diary.trust["after conflict"]
    assert lost >= 0.05
    restored = diary.trust["after repair"] - diary.trust["after conflict"]
    assert restored >= 0.6 * lost, diary.trust


def test_the_planted_preference_is_learned(thirty_days):
    home, clock, diary = thirty_days
    her = open_her(home, clock)
    try:
        best = learner.estimates("sad", her.store.trials("sad"))[0]
    finally:
        her.store.close()
    assert best.approach == "humour"
    # learned within the first 8 sad evenings: from then on she mostly chooses humour
    assert diary.sad_choices[8:].count("humour") >= len(diary.sad_choices[8:]) - 1, diary.sad_choices


def test_traits_drift_within_bounds_and_every_drift_has_a_reason(thirty_days):
    home, clock, _ = thirty_days
    her = open_her(home, clock)
    try:
        base, traits = her.settings.persona.traits, her.bond.traits()
        changes = her.store.trait_changes()
    finally:
        her.store.close()
    assert traits["playfulness"] > base["playfulness"]  # they laughed, and humour helped them
    assert all(abs(traits[t] - base[t]) <= BOUND + 1e-9 for t in base)
    assert changes and all(c.reason for c in changes)


def test_a_model_swap_changes_nothing_about_who_she_is(thirty_days):
    home, clock, _ = thirty_days
    clock.now += timedelta(days=1)
    swap = clock.now
    old = open_her(home, clock, name="scripted")
    before = (old.bond.traits(), old.bond.relationship_line(swap))
    old.store.close()
    new = open_her(home, clock, name="another-brain")
    try:
        assert (new.bond.traits(), new.bond.relationship_line(swap)) == before
        assert new.bond.persona_diff(since=swap) == []
    finally:
        new.store.close()
