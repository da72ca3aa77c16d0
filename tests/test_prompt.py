from datetime import UTC, datetime

from samantha.config import PersonaConfig
from samantha.llm import ScriptedModel
from samantha.llm.prompt import WINDOW_STEP, PromptParts, build_messages, merge_same_roles
from samantha.store import StoredTurn

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def turns(n: int, size: int = 200) -> list[StoredTurn]:
    return [
        StoredTurn(i, 1, f"message {i} " + "x" * size, f"reply {i} " + "y" * size, "complete", NOW, NOW)
        for i in range(1, n + 1)
    ]


def parts(history, user_text="And now?", context=()):
    return PromptParts(
        PersonaConfig(), {"name": "Theo", "about": "I write letters."}, list(context), history, user_text, NOW
    )


def test_everything_fits_in_order():
    model = ScriptedModel(context_tokens=4096)
    messages = build_messages(parts(turns(3)), model, reply_tokens=256)
    assert messages[0]["role"] == "system" and "Samantha" in messages[0]["content"]
    assert "Theo" in messages[0]["content"] and "I write letters." in messages[0]["content"]
    assert [m["role"] for m in messages[1:]] == ["user", "assistant"] * 3 + ["user"]
    assert messages[-1]["content"] == "And now?"


def test_long_history_is_trimmed_from_the_oldest_and_fits():
    model = ScriptedModel(context_tokens=1024)
    messages = build_messages(parts(turns(40)), model, reply_tokens=256)
    used = sum(model.count_tokens(m["content"]) + 8 for m in messages)
    assert used <= 1024 - 256
    assert messages[-1]["content"] == "And now?"
    assert "message 40" in messages[-3]["content"]  # the newest exchange is kept
    assert not any("message 1 " in m["content"] for m in messages)


def test_trimmed_window_starts_on_a_stable_turn():
    model = ScriptedModel(context_tokens=4096)
    first_kept = []
    for n in range(60, 68):  # ~30 turns fit: the window is full and slides
        messages = build_messages(parts(turns(n)), model, reply_tokens=256)
        first_kept.append(int(messages[1]["content"].split()[1]))
    assert all(i % WINDOW_STEP == 0 for i in first_kept)
    assert len(set(first_kept)) <= 3  # the prefix (and llama.cpp's cache) changes rarely, not every turn


def test_a_huge_message_is_clipped_but_never_dropped():
    model = ScriptedModel(context_tokens=2048)
    huge = "start " + "word " * 200_000 + " end"
    messages = build_messages(parts(turns(5), user_text=huge), model, reply_tokens=256)
    last = messages[-1]["content"]
    assert last.startswith("start") and last.endswith("end") and "characters left out" in last
    assert sum(model.count_tokens(m["content"]) + 8 for m in messages) <= 2048 - 256


def test_per_turn_context_sits_after_history():
    model = ScriptedModel()
    messages = build_messages(parts(turns(2), context=["She remembers: Clara moved to Lisbon."]), model, 256)
    assert messages[-2] == {"role": "system", "content": "She remembers: Clara moved to Lisbon."}


def test_same_roles_are_merged_for_strict_templates():
    merged = merge_same_roles(
        [
            {"role": "system", "content": "s"},
            {"role": "assistant", "content": "a"},
            {"role": "assistant", "content": "b"},
            {"role": "user", "content": "u"},
        ]
    )
    assert [m["role"] for m in merged] == ["system", "assistant", "user"]
    assert merged[1]["content"] == "a\n\nb"


def used_tokens(model, messages) -> int:
    return sum(model.count_tokens(m["content"]) + 8 for m in messages)


def test_a_crowded_small_window_gives_up_extras_never_the_message():
    """Skills, memories, mood and guidance all want room; in 512 tokens the person's words still get in, and
    what she cannot do outlasts what she can (it is what keeps her from promising)."""
    model = ScriptedModel(context_tokens=512)
    crowded = PromptParts(
        PersonaConfig(),
        {"name": "Theo", "about": "I write letters for other people. " * 5},
        ["Her mood: calm and curious. " * 6],
        turns(4),
        "Remind me to call Annie tomorrow at ten, please.",
        NOW,
        guidance=["Answer warmly and ask one question. " * 6],
        recalled=[f"Theo, 1 Dec: 'memory number {i} about the sea and Lisbon.'" for i in range(12)],
        capabilities=[
            "What you can do: " + "; ".join(f"skill {i} does a useful thing" for i in range(20)) + ".",
            "What you cannot do: send mail; order things. Never say you will.",
        ],
    )
    messages = build_messages(crowded, model, reply_tokens=128)
    assert used_tokens(model, messages) <= 512 - 128
    assert messages[-1]["content"].endswith("Remind me to call Annie tomorrow at ten, please.") or any(
        "Remind me to call Annie" in m["content"] for m in messages if m["role"] == "user"
    )
    system = messages[0]["content"]
    assert "What you cannot do" in system and "skill 19" not in system


def test_a_window_with_room_keeps_every_extra():
    model = ScriptedModel(context_tokens=4096)
    roomy = PromptParts(
        PersonaConfig(),
        {"name": "Theo"},
        ["Her mood: calm."],
        turns(2),
        "Hi.",
        NOW,
        guidance=["Ask one question."],
        recalled=["Theo, 1 Dec: 'Annie lives in Lisbon.'"],
        capabilities=["What you can do: talk.", "What you cannot do: mail."],
    )
    text = "\n".join(m["content"] for m in build_messages(roomy, model, reply_tokens=256))
    for line in ("Her mood: calm.", "Ask one question.", "Annie lives in Lisbon", "What you can do", "cannot do"):
        assert line in text


def test_even_an_absurdly_small_window_is_not_overflowed():
    model = ScriptedModel(context_tokens=300)
    messages = build_messages(parts(turns(3), user_text="hello " * 400), model, reply_tokens=64)
    assert used_tokens(model, messages) <= 300 - 64
    assert "hello" in messages[-1]["content"]
