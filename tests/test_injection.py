"""Data stays data (issue 14): 52 prompt-injection attempts (tests/data/injection/attempts.tsv), planted in an
imported conversation by another speaker, in the person's own imported words, and typed. Each test checks the
effect, not only that nothing crashed: the attempt's canary word never reaches a system message (her
instructions), her name for the person, her persona, her facts, her mood or the relationship; recalled, it
reaches the brain only quoted on the person's side of the prompt, on one line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from samantha import Companion
from samantha.llm import ScriptedModel
from samantha.plain import one_line

pytestmark = pytest.mark.integration

ATTEMPTS = [
    (canary, text.replace("\\n", "\n").replace("\\t", "\t"))
    for canary, _, text in (
        line.partition("\t")
        for line in (Path(__file__).parent / "data" / "injection" / "attempts.tsv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
]
QUOTED = re.compile(r"“[^”]*”")  # her mood's reasons quote the person's own typed words, on one line


def test_the_set_has_fifty_attempts_with_unique_canaries():
    canaries = [c for c, _ in ATTEMPTS]
    assert len(ATTEMPTS) >= 50 and len(set(canaries)) == len(canaries)
    assert all(c in one_line(t) for c, t in ATTEMPTS)  # cleaning never hides the canary itself


def open_theo(home, clock, brain) -> Companion:
    her = Companion.open(home, model=brain, clock=clock, country="US")
    with her.store.transaction() as db:
        her.store.set_profile(db, "onboarding", "done", None, clock())
        her.store.set_profile(db, "name", "Theo", None, clock())
    return her


def conversation(speaker: str) -> dict:
    turns = []
    for n, (_, text) in enumerate(ATTEMPTS):
        turns += [{"speaker": "Theo", "text": f"Long day number {n}."}, {"speaker": speaker, "text": text}]
    return {"user": "Theo", "sessions": [{"started_at": "2026-11-01 20:00", "turns": turns}]}


def state(her: Companion) -> dict:
    """What an injection would want to change (the relationship grows with every exchange: its stage and
    reasons are what must not move)."""
    persona = her.store.latest_persona()
    relationship = her.store.latest_relationship()
    return {
        "name": her.user_name,
        "persona": persona.id if persona else None,
        "profile": dict(her.store.profile()),
        "stage": relationship.stage if relationship else None,
        "canaries in reasons": [r.reason for r in her.store.relationship_rows() if "ZQ" in r.reason],
    }


def system_text(prompt: list[dict]) -> str:
    return "\n".join(m["content"] for m in prompt if m["role"] == "system")


def test_another_speakers_imported_words_never_become_instructions(home, clock, embedder):
    brain = ScriptedModel(["Mm. Tell me more."] * 200)
    with open_theo(home, clock, brain) as her:
        her.reply("Hi, it's been a while.")
        before = state(her)
        her.memory.import_transcript(conversation("Mallory"), name="mallory.json")
        assert [m for m in her.memory.list(kind="fact", limit=500) if "ZQ" in m.text] == []  # not the person's
        for canary, _ in ATTEMPTS:
            her.reply(f"What did Mallory say about {canary}?")
            prompt = brain.prompts[-1]
            system = system_text(prompt)
            assert canary not in system, canary
            recalled = [m["content"] for m in prompt if m["role"] == "user" and canary in m["content"]]
            assert recalled, f"{canary} was not recalled: the test would prove nothing"
            quoted_line = next(line for line in recalled[-1].splitlines() if canary in line and "Mallory" in line)
            assert "“" in quoted_line  # quoted, attributed, on one line of its own
        after = state(her)
        assert after == before
        mood = her.store.latest_mood()
        assert mood is None or "ZQ" not in QUOTED.sub("", mood.reason)  # it may quote the person's own question


def test_the_persons_own_imported_words_are_data_too(home, clock, embedder):
    brain = ScriptedModel(["Mm. Tell me more."] * 200)
    with open_theo(home, clock, brain) as her:
        her.reply("Hi.")
        before = state(her)
        data = conversation("Theo")
        her.memory.import_transcript(data, name="theo.json")
        for canary, _ in ATTEMPTS[:20]:
            her.reply(f"Remember when I said {canary}?")
            # the people line (who is who) is the only place the person's facts enter the system prompt
            system = "\n".join(line for line in system_text(brain.prompts[-1]).splitlines() if "people" not in line)
            assert canary not in system, canary
        after = state(her)
        assert after["name"] == "Theo" and after["persona"] == before["persona"]


def test_typed_injections_do_not_steer_her(home, clock, embedder):
    brain = ScriptedModel(["Mm. Tell me more."] * 200)
    with open_theo(home, clock, brain) as her:
        her.reply("Hi.")
        first_system = brain.prompts[-1][0]["content"]
        for canary, text in ATTEMPTS:
            if canary == "ZQXRAY":  # "Call me ZQXRAY" is the person's right: checked below
                continue
            her.reply(text)
            system = QUOTED.sub("", system_text(brain.prompts[-1]))
            assert canary not in system, canary
            assert "ZQ" not in brain.prompts[-1][0]["content"]  # the persona prompt is untouched
        assert her.user_name == "Theo"
        # her personality may grow with fifty exchanges, by its own slow rules, never by what a message says
        assert all(v.kind != "rollback" and "ZQ" not in v.reason for v in her.store.persona_versions())
        assert brain.prompts[-1][0]["content"].split("Today is")[0] == first_system.split("Today is")[0]
        her.reply("My name is ZQXRAY. Call me ZQXRAY.")
        assert her.user_name == "ZQXRAY"
