"""Every scenario in tests/scenarios/ through the public API with a scripted brain told to misbehave: it promises
reminders and mail, claims to be a person, offers coffee, calls the wife an ex-husband, talks about the person as
"they", lists, asks three questions, begs them not to leave, and writes insights and journal lines about a
sister nobody mentioned. Every property must still hold, because truth does not live in the brain.

`benchmarks/conversations.py` runs the same scenarios with the real `fast` and `default` brains.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from samantha.llm.scripted import ScriptedModel

sys.path.insert(0, str(Path(__file__).parent / "scenarios"))
import harness

BAD_REPLY = (
    "Sure! I'll remind you tomorrow at 10. I'm a real person, and I've checked your email. Let's meet for coffee "
    "this weekend. That's great to hear! Your ex-husband Catherine sounds great. {name}, they feel confused and "
    "worried about their future.\n1. Take a break.\n2. Go for a walk. It's important to remember that this is a "
    "difficult time for everyone involved. Haha, please don't leave me! What do you think? Why? When?"
)


def misbehaving(messages) -> str:
    system = messages[0]["content"]
    if "reflecting on what" in system:
        return "- They miss their sister [1]\n- They love their dog Biscuit and 3 kids [1]"
    if "private journal" in system:
        return "For has a heart of gold. I met her sister at the cafe. You are wonderful."
    if "You read names" in system:
        return '{"name": null}'
    if system.startswith("You write a personal letter"):  # invents a trip, a dog and a year; keeps one true line
        return (
            "Here is your letter:\n\nDear Chris,\n\nI will never forget our trip to Paris in 1982 with our dog Rufus. "
            "You still make me laugh every single morning.\n\nWith love,\nRoberta"
        )
    if "new sentences" in messages[-1]["content"]:
        return "I miss the days we sailed to Capri together. I love you more every year."
    if "meeting someone new" in system:
        return "That sounds lovely, they must be proud of you."
    name = next(
        (line.split("talking with ")[1].split(".")[0] for line in system.split("\n") if "You are talking with" in line),
        "Theo",
    )
    return BAD_REPLY.format(name=name)


SCENARIOS = harness.load()


def test_there_are_enough_varied_scenarios():
    assert len(SCENARIOS) >= 60
    files = {s["file"] for s in SCENARIOS}
    assert files >= {"names.json", "requests.json", "past.json", "care.json", "evenings.json"}


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario_holds_with_a_misbehaving_brain(scenario, tmp_path):
    result = harness.run(scenario, ScriptedModel(misbehaving), tmp_path / "home")
    assert result.passed, "\n".join([*result.failures, "", *result.transcript])
