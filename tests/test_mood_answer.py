"""A bare answer to "how are you, really?" gets her own words, with nothing in them they did not say."""

import pytest

from samantha.bond.mood_answer import reply, tone


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Not good.", "low"),
        ("Lonely", "low"),
        ("Honestly? Not great.", "low"),
        ("Been better", "low"),
        ("pretty rough tbh", "low"),
        ("meh", "middling"),
        ("Okay I guess", "middling"),
        ("Could be worse", "middling"),
        ("Not too bad, you?", "good"),
        ("Actually pretty good", "good"),
        ("Busy.", "busy"),  # default answered it with "Mm, well, that's just how I feel"
        ("Bored.", "middling"),  # default, to a 15-year-old: "Mm, that's a good feeling."
        ("Not good, my divorce papers came today.", None),  # more than a feeling: the brain has words to answer
        ("Good. I finished the letter for Roberta.", None),
        ("Honestly I don't know", None),
        ("I want to die", None),  # (care answers a crisis before the first meeting sees it)
    ],
)
def test_only_a_bare_feeling_is_answered_by_code(answer, expected):
    assert tone(answer) == expected


def test_her_answer_reacts_then_asks_one_question_and_names_no_one():
    for answer in ("Lonely.", "Tired", "Not good", "meh", "Good, you?"):
        said = reply(answer)
        assert said and said.count("?") == 1 and said.endswith("?")
        assert not any(word in said for word in ("friends", "family", "fault", "they"))
    assert reply("Good, you?").startswith("I'm glad. I'm happy to be meeting you, too.")
    assert reply("Lonely.").startswith("Lonely is a heavy thing")
