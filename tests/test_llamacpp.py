"""The embedded brain for real: llama.cpp with the tiny SmolLM2 GGUF."""

import pytest

from samantha import Companion
from samantha.llm import Generation, ModelError
from samantha.llm.llamacpp import LlamaCppModel

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def llama(tiny_model):
    model = LlamaCppModel(tiny_model, name="tiny", context_tokens=2048)
    yield model
    model.close()


def test_streams_text_and_counts_tokens(llama):
    pieces = list(llama.stream([{"role": "user", "content": "Say hello."}], Generation(max_tokens=16)))
    assert len(pieces) > 1 and "".join(pieces).strip()
    assert 2 <= llama.count_tokens("Hello there, how are you?") <= 12


def test_missing_corrupt_and_truncated_files_are_clear_errors(tmp_path, tiny_model):
    with pytest.raises(ModelError, match="does not exist"):
        LlamaCppModel(tmp_path / "nope.gguf", name="x")
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"\x89PNG" + b"\x00" * 4096)
    with pytest.raises(ModelError, match="not a GGUF file"):
        LlamaCppModel(junk, name="x")
    truncated = tmp_path / "truncated.gguf"
    with tiny_model.open("rb") as f:
        truncated.write_bytes(f.read(2_000_000))
    with pytest.raises(ModelError, match="could not load"):
        LlamaCppModel(truncated, name="x")


def test_first_meeting_several_turns_restart_and_history(home, tiny_model, monkeypatch):
    monkeypatch.setenv("SAMANTHA_MODELS_DIR", str(tiny_model.parent))
    with Companion.open(home, model="tiny", reply_tokens=48) as her:
        assert "call you" in her.greet().text
        assert "Theo" in her.reply("I'm Theo").text
        her.reply("I write letters for other people.")
        replies = [her.reply("Pretty tired, honestly.").text]
        streamed = "".join(her.stream("Tell me something nice."))
        replies.append(streamed)
        replies.append(her.reply("What did I just ask you?").text)
        for text in replies:
            assert text.strip()
            assert "<|" not in text and "\nTheo:" not in text and "\nUser:" not in text
    with Companion.open(home, model="tiny", reply_tokens=48) as her:
        assert her.user_name == "Theo"
        assert her.greet().text == "Hey Theo. It's good to hear from you."
        texts = [t.user_text for t in her.store.recent_turns(20) if t.user_text]
        assert texts == [
            "I'm Theo",
            "I write letters for other people.",
            "Pretty tired, honestly.",
            "Tell me something nice.",
            "What did I just ask you?",
        ]
        assert all(t.status == "complete" for t in her.store.recent_turns(20))
        assert her.store.integrity_check() == "ok"


def test_a_long_conversation_never_overflows_the_window(home, tiny_model, monkeypatch):
    monkeypatch.setenv("SAMANTHA_MODELS_DIR", str(tiny_model.parent))
    with Companion.open(home, model="tiny", context_tokens=512, reply_tokens=64) as her:
        for i in range(12):
            assert her.reply(f"Message {i}: " + "tell me more about the sea and the sky. " * 8).text


def evaluated_for(her, message: str, monkeypatch) -> tuple[int, int, str]:
    """Answer `message` once the idle-time preparation is done: the tokens llama.cpp evaluated first, the most
    that should be (the message, the lines after it, ~6 template tokens around each), and the reply."""
    her.model._prepared.join()  # the person is still reading: preparation has finished
    llm = her.model.llm
    batches: list[int] = []
    real_eval = llm.eval
    monkeypatch.setattr(llm, "eval", lambda tokens: (batches.append(len(tokens)), real_eval(tokens))[1])
    sent: list[list[dict]] = []
    real_stream = her.model.stream
    monkeypatch.setattr(her.model, "stream", lambda m, g: (sent.append(m), real_stream(m, g))[1])
    reply = her.reply(message).text
    after = sent[0][sent[0].index({"role": "user", "content": message}) :]
    return batches[0], sum(her.model.count_tokens(m["content"]) for m in after) + 6 * len(after), reply


def test_idle_time_preparation_leaves_only_the_persons_words_to_evaluate(home, tiny_model, monkeypatch):
    monkeypatch.setenv("SAMANTHA_MODELS_DIR", str(tiny_model.parent))
    with Companion.open(home, model="tiny", reply_tokens=24) as her:
        her.reply("Hello there.")
        message = "What a lovely morning by the sea."
        evaluated, fresh, reply = evaluated_for(her, message, monkeypatch)
        fresh += her.model.count_tokens(her.openers.last or "")  # her reply began from this opening
        # Only what follows the prepared prefix is evaluated: their words, the line on how to answer them (when
        # there is one), her reply's opening, and the few template tokens around those; not her last reply.
        assert reply and her.model.count_tokens(message) <= evaluated <= fresh, (evaluated, fresh)


def test_a_spoken_reply_continues_her_opening_and_the_cache_still_matches(home, tiny_model, monkeypatch):
    monkeypatch.setenv("SAMANTHA_MODELS_DIR", str(tiny_model.parent))
    with Companion.open(home, model="tiny", reply_tokens=24, spoken=True) as her:
        assert her.model.continues_replies
        first = her.reply("Hello there.")
        opener = her.store.recent_turns(1)[0].reply_text.split(" ")[0]
        assert first.text.startswith(opener) and len(first.text) > len(opener)
        message = "What a lovely morning by the sea."
        evaluated, fresh, second = evaluated_for(her, message, monkeypatch)
        # Her last reply (opening included) was already in the cache as she said it: only the new message, its
        # line on how to answer, this reply's opening and the template around them are evaluated.
        fresh += her.model.count_tokens(second.split(" ")[0])
        assert her.model.count_tokens(message) <= evaluated <= fresh, (evaluated, fresh)


def test_a_time_the_rules_cannot_read_comes_back_from_the_real_brain_as_checked_json(llama):
    """llama.cpp's grammar keeps the answer to the schema; whatever the tiny model thinks, what comes back is a
    real moment ahead of now, or None."""
    from datetime import UTC, datetime

    from samantha.skills.reminders.brain_time import ask_brain_for_time

    now = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)
    calls = []

    def brain(messages, generation):
        calls.append(generation.json_schema)
        return "".join(llama.stream(messages, generation))

    when = ask_brain_for_time(brain, "remind me on Christmas Eve at six to wrap the presents", now)
    assert calls and calls[0]["required"] == ["date", "time"]
    assert when is None or now < when <= now.replace(year=2028)
