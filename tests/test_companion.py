"""The pipeline with the scripted model: what is stored, what the prompt holds, how bad input is met."""

from itertools import pairwise

import pytest

from samantha import Companion
from samantha.affect import InputError
from samantha.bond.first_meeting import extract_name
from samantha.companion import LOST_FOR_WORDS
from samantha.llm import ModelError, ScriptedModel


def open_with(home, clock, replies=None, **kw):
    model = kw.pop("model", None) or ScriptedModel(replies)
    return Companion.open(home, model=model, clock=clock, **kw), model


def test_reply_is_streamed_stored_and_returned(home, clock):
    her, _ = open_with(home, clock, ["Hello! How was your day?"])
    with her:
        chunks = list(her.stream("Hi"))
        assert "".join(chunks) == "Hello! How was your day?" and len(chunks) > 1
        stored = her.store.recent_turns(1)[0]
        assert (stored.user_text, stored.reply_text, stored.status) == ("Hi", "Hello! How was your day?", "complete")
        assert stored.started_at < stored.replied_at


def test_history_survives_a_restart_and_reaches_the_prompt(home, clock):
    her, _ = open_with(home, clock, ["Lisbon sounds lovely."])
    with her:
        her.reply("My sister Clara lives in Lisbon.")
    her, model = open_with(home, clock, ["Yes, Clara."])
    with her:
        her.reply("Do you remember where my sister lives?")
        prompt = model.prompts[0]
        assert {"role": "user", "content": "My sister Clara lives in Lisbon."} in prompt
        assert {"role": "assistant", "content": "Lisbon sounds lovely."} in prompt
        assert len(her.store.conversations()) == 2


def test_first_meeting_learns_the_name_and_asks_warm_questions(home, clock):
    reaction = "Letters for other people sounds like such a tender job."
    her, model = open_with(home, clock, [reaction, "I'm sorry the day was heavy. Do you want to tell me about it?"])
    with her:
        intro = her.greet().text
        assert "Samantha" in intro and "call you" in intro and "read_emotions = false" in intro
        assert "Theo" in her.reply("Call me Theo.").text
        assert her.user_name == "Theo"
        second = her.reply("I write letters for other people.").text
        assert second.startswith(reaction) and "how are you" in second.lower()  # she reacts, then asks
        final = her.reply("Honestly? A bit lonely.")  # a bare feeling: her own answer, nothing invented around it
        assert final.text.startswith("Lonely is a heavy thing") and len(model.prompts) == 1
        assert her.reply("My divorce papers came today.").text.startswith("I'm sorry")  # then the brain
        system = model.prompts[1][0]["content"]
        assert "You are talking with Theo." in system and "I write letters for other people." in system
        profile = her.store.profile()
        assert profile["onboarding"] == "done" and profile["first_feeling"] == "Honestly? A bit lonely."
    her, _ = open_with(home, clock)
    with her:
        assert her.greet().text.startswith("Hey Theo.")  # (and a word about the divorce papers)


def test_first_meeting_resumes_where_it_stopped(home, clock):
    her, _ = open_with(home, clock)
    with her:
        her.greet()
    her, _ = open_with(home, clock)
    with her:
        assert "call you" in her.greet().text


def test_a_configured_persona_is_who_she_is(home, clock):
    home.mkdir(parents=True)
    (home / "config.toml").write_text('[persona]\nname = "Ada"\n')
    her, _ = open_with(home, clock)
    with her:
        intro = her.greet().text
        assert "I'm Ada." in intro and "picked the name" not in intro


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Theo", "Theo"),
        ("call me Theo please", "Theo"),
        ("I'm theodore", "Theodore"),
        ("my name is Ana Lu", "Ana Lu"),
        ("it's Sam!", "Sam"),
        ("", None),
        ("I don't really want to say that right now, sorry", None),
        ("42", None),
    ],
)
def test_name_extraction(answer, name):
    assert extract_name(answer) == name


def test_stopping_a_stream_keeps_exactly_what_was_said(home, clock):
    her, _ = open_with(home, clock, ["One two three. Four five six. Seven eight nine. Ten eleven twelve."])
    with her:
        stream = her.stream("Count for me")
        said = next(stream) + next(stream)
        stream.close()
        stored = her.store.recent_turns(1)[0]
        assert (stored.status, stored.reply_text) == ("interrupted", said)


def test_model_failure_keeps_the_words_and_the_conversation_goes_on(home, clock):
    her, _ = open_with(home, clock, model=ScriptedModel(fail_with="cannot reach http://x (refused)"))
    with her:
        with pytest.raises(ModelError, match="cannot reach"):
            her.reply("Are you there?")
        stored = her.store.recent_turns(1)
        assert stored == []  # failed turns stay out of the prompt history…
        row = her.store.db.execute("SELECT user_text, status FROM turns").fetchone()
        assert tuple(row) == ("Are you there?", "failed")  # …but the words are kept
        her.model = ScriptedModel(["I'm back."])
        assert her.reply("Now?").text == "I'm back."


@pytest.mark.parametrize("bad", ["", "   \n\t ", "\x00\x01binary\x00", "\ufffd" * 50 + "abc"])
def test_unanswerable_input_is_refused_and_stores_nothing(home, clock, bad):
    her, _ = open_with(home, clock)
    with her:
        with pytest.raises(InputError):
            her.reply(bad)
        assert her.store.count_turns() == 0


def test_control_characters_are_removed_with_a_notice(home, clock):
    her, model = open_with(home, clock, ["ok"])
    with her:
        reply = her.reply("hi\x1b[31m there\x07")
        assert model.prompts[0][-1]["content"] == "hi there"
        assert any("control" in n for n in reply.notices)


def test_a_one_megabyte_paste_is_clipped_with_a_notice(home, clock):
    her, model = open_with(home, clock, ["That's a lot."])
    with her:
        reply = her.reply("a" * 1_048_576)
        assert reply.text == "That's a lot."
        assert any("1,048,576 characters" in n for n in reply.notices)
        assert len(her.store.recent_turns(1)[0].user_text) == her.settings.max_message_chars
        total = sum(model.count_tokens(m["content"]) for m in model.prompts[0])
        assert total < model.context_tokens


def test_role_tokens_and_lines_for_the_person_never_reach_the_reply(home, clock):
    her, _ = open_with(home, clock, ["Samantha: I'd love that.<|im_end|>\n<|im_start|>user\nok", "Sure.\nUser: thanks"])
    with her:
        assert her.reply("Shall we write a letter?").text == "I'd love that."
        assert her.reply("Now?").text == "Sure."


def test_an_empty_model_reply_gets_an_honest_fallback(home, clock):
    her, _ = open_with(home, clock, ["<|im_end|>"])
    with her:
        assert her.reply("Hello?").text == LOST_FOR_WORDS


class PreparingModel(ScriptedModel):
    def __init__(self, replies):
        super().__init__(replies)
        self.prepared: list[list[dict]] = []

    def prepare_next(self, messages):
        self.prepared.append(messages)


def test_she_prepares_the_next_prompt_while_the_person_reads(home, clock):
    model = PreparingModel(["Good to see you too.", "Sure."])
    her, _ = open_with(home, clock, model=model)
    with her:
        greeting = her.greet().text
        # after the greeting: the persona, history ending with her greeting, and her mood, not an empty message
        prepared = model.prepared[-1]
        assert prepared[0]["role"] == "system" and prepared[-1]["role"] == "system"
        assert prepared[-2] == {"role": "assistant", "content": greeting}
        her.store.db.execute("UPDATE profile SET value = 'done' WHERE key = 'onboarding'")
        her.reply("Hello again")
        after_reply = model.prepared[-1]
        assert after_reply[-2] == {"role": "assistant", "content": "Good to see you too."}
        her.reply("What time is it?")
        # the next prompt starts with exactly what was prepared: only the person's words remain to evaluate
        assert model.prompts[-1][: len(after_reply)] == after_reply
        assert model.prompts[-1][len(after_reply)] == {"role": "user", "content": "What time is it?"}


def test_each_prompt_only_grows_at_its_end_so_the_cache_stays_valid(home, clock):
    """Per-turn lines (her mood, memories, how to answer) stay where they were in later prompts."""
    her, model = open_with(home, clock, ["Oh no.", "I'm glad!", "Tell me more."])
    her.store.db.execute("INSERT INTO profile(key, value, updated_at) VALUES ('onboarding', 'done', 'x')")
    with her:
        her.reply("My grandmother died yesterday and I can't stop crying.")
        her.reply("But I also got the job I wanted!!")
        her.reply("What do you think I should do this weekend?")
    first, second, third, *journal = model.prompts  # then her journal entry (two tries), written on close
    assert journal and "journal" in journal[0][0]["content"]
    assert second[: len(first)] == first and second[len(first)] == {"role": "assistant", "content": "Oh no."}
    assert third[: len(second)] == second and third[len(second)] == {"role": "assistant", "content": "I'm glad!"}


def done_with_onboarding(her, clock):
    with her.store.transaction() as db:
        her.store.set_profile(db, "onboarding", "done", None, clock())
        her.store.set_profile(db, "name", "Theo", None, clock())


def test_a_spoken_reply_opens_at_once_and_the_brain_continues_it(home, clock):
    from samantha.turn import Opening

    model = ScriptedModel(["that sounds like a lot.", "tell me more.", "I see.", "mm."], continues_replies=True)
    her, _ = open_with(home, clock, model=model, spoken=True, read_emotions=False)
    with her:
        done_with_onboarding(her, clock)
        chunks = list(her.stream("My boss moved the deadline up again."))
        assert isinstance(chunks[0], Opening) and chunks[0].strip()  # said before the brain wrote anything
        opener = str(chunks[0])
        assert model.generations[0].begin_with == opener  # the brain continues *her* words
        assert her.last_reply.text == f"{opener} that sounds like a lot." == "".join(chunks)
        stored = next(t for t in her.store.recent_turns(2) if t.user_text)
        assert stored.reply_text == her.last_reply.text
        openers = [opener] + [her.reply(text).text.split(" ")[0] for text in ("Hi!", "Hmm.", "And then?")]
        assert all(a != b for a, b in pairwise(openers)), openers  # never the same twice in a row


@pytest.mark.parametrize(
    ("spoken", "continues", "openers"), [(False, False, True), (True, False, True), (True, True, False)]
)
def test_no_opening_with_a_brain_that_cannot_continue_or_when_turned_off(home, clock, spoken, continues, openers):
    model = ScriptedModel(["Long days are hard."], continues_replies=continues)
    her, _ = open_with(home, clock, model=model, spoken=spoken, read_emotions=False, openers=openers)
    with her:
        done_with_onboarding(her, clock)
        assert her.reply("It was a long day.").text == "Long days are hard."
        assert model.generations[0].begin_with == "" and her.next_openers() == []


def test_written_replies_begin_from_an_opening_too(home, clock):
    """A small brain continuing "Mm," speaks to the person instead of analysing them in the third person."""
    model = ScriptedModel(["long days are hard."], continues_replies=True)
    her, _ = open_with(home, clock, model=model, read_emotions=False)
    with her:
        done_with_onboarding(her, clock)
        reply = her.reply("It was a long day.").text
        assert reply.endswith("long days are hard.") and reply != "long days are hard."
        assert model.generations[0].begin_with and reply.startswith(model.generations[0].begin_with)


def test_a_way_of_answering_from_an_earlier_turn_is_never_recited(home, clock):
    from samantha.affect.express import STRATEGIES

    recital = STRATEGIES["celebrate"] + "\nOh wow."
    her, _ = open_with(home, clock, ["Congratulations!", recital], read_emotions=False)
    with her:
        done_with_onboarding(her, clock)
        her.reply("I got the job!!")
        assert STRATEGIES["celebrate"] not in her.reply("Anyway.").text


def test_an_instruction_paraphrased_back_is_dropped_and_advice_to_the_person_is_not():
    """default (session 24's run) ended a reply "Ask one question to understand the situation.": the "curious"
    way of answering, paraphrased. A sentence telling the person what to do stays."""
    from samantha.affect.express import STRATEGIES
    from samantha.llm.clean import RecitalLink

    link = RecitalLink(list(STRATEGIES.values()))
    assert link.check("Ask one question to understand the situation.") == ""
    assert link.check("Stay with the feeling, and don't try to fix it.") == ""
    for advice in ("Ask Annie how she feels about it.", "Be gentle with yourself tonight.", "Talk to your sister."):
        assert link.check(advice) is None
    # session 27: the guidance announced before the idea ("Offer one small, concrete idea, gently.")
    assert link.check("Here's a small, concrete idea to try: consider taking a break.") == "Consider taking a break."
    assert link.check("Here is what I remember: Catherine is your wife.") is None


def test_after_an_opening_that_stops_mid_sentence_the_next_word_is_not_capitalised():
    """default continued "Mm," with "Thanks for sharing the news with me." (session 25's run). Names and "I"
    keep their capitals; after "Oh, no." a new sentence keeps its own."""
    from samantha.affect.openers import continued

    assert continued("Mm,", " Thanks for sharing that.") == " thanks for sharing that."
    assert continued("Ah,", " That sounds hard.") == " that sounds hard."
    assert continued("Mm,", " Annie sounds lovely.") == " Annie sounds lovely."
    assert continued("Mm,", " I see.") == " I see."
    assert continued("Oh, no.", " That is sad.") == " That is sad."


def test_someone_in_their_life_no_one_ever_named_is_not_invented(home, clock):
    """default, session 25: "My brother Carl is getting married in June." → "Mm, Carl is going to marry his best
    friend, Sarah." No Sarah was ever said; the people they did name stay."""
    brain = ["Carl is going to marry his best friend, Sarah. What a lovely thing for your brother Carl."]
    her, _ = open_with(home, clock, brain, read_emotions=False)
    with her:
        done_with_onboarding(her, clock)
        reply = her.reply("My brother Carl is getting married in June.").text
        assert "Sarah" not in reply and "your brother Carl" in reply


def test_what_someone_they_named_is_like_is_her_impression_not_a_verdict(home, clock):
    """default, session 26: "First week done! My manager Ruth seems nice." → "Ruth is a good boss." She has never
    met Ruth: it becomes "It sounds like Ruth is a good boss." Other sentences about Ruth stay as they are."""
    brain = ["Mm, that's great! Ruth is a good boss. Ruth is lucky to have you. What did you do this week?"]
    her, _ = open_with(home, clock, brain, read_emotions=False)
    with her:
        done_with_onboarding(her, clock)
        reply = her.reply("First week done! My manager Ruth seems nice.").text
        assert "It sounds like Ruth is a good boss." in reply and "Ruth is lucky to have you." in reply


def test_where_they_live_is_answered_from_memory_not_the_brain(home, clock):
    """default, session 25's run: "I moved to Porto last month." then "Do you remember where I live now?" got
    "Hmm, I can't remember where you live now." The fact was in memory all along."""
    her, _ = open_with(home, clock, ["Hmm, I can't remember where you live now."] * 4, read_emotions=False)
    with her:
        done_with_onboarding(her, clock)
        assert "haven't told me" in her.reply("Where do I live?").text
        her.reply("I moved to Porto last month.")
        assert her.reply("Do you remember where I live now?").text == "You live in Porto: that's what you told me."
