import pytest

from samantha.llm.clean import ReplyCleaner, clean_reply


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hello there.", "Hello there."),
        ("Samantha: Hello there.", "Hello there."),
        ("Hello.<|im_end|>\n<|im_start|>user\nmore", "Hello."),
        ("I'm glad.\nUser: and then I said", "I'm glad."),
        ("I'm glad.\nTheo: and then I said", "I'm glad."),
        ("I'm glad.\n\n  theo : no", "I'm glad."),
        ("<|im_start|>assistant\nHi", ""),
        ("A list:\n- one\n- two", "A list:\n- one\n- two"),
        ("We said User: in a sentence.", "We said User: in a sentence."),  # only a label at a line start ends her turn
        ("Busy, but good.\n\nHey there! How's your day going?", "Busy, but good."),  # a second turn of her own
        ("Hi Theo. Hello to you too.", "Hi Theo. Hello to you too."),  # a greeting in her one paragraph stays
    ],
)
def test_clean_reply(raw, expected):
    assert clean_reply(raw, "Samantha", ["Theo"]) == expected


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_streaming_gives_the_same_text_as_whole(size):
    raw = "Samantha: It's lovely to hear from you, Theo.\nHow was the letter?\nTheo: good"
    cleaner = ReplyCleaner("Samantha", ["Theo"])
    pieces = [cleaner.feed(raw[i : i + size]) for i in range(0, len(raw), size)]
    streamed = "".join(pieces) + cleaner.finish()
    assert (
        streamed == clean_reply(raw, "Samantha", ["Theo"]) == "It's lovely to hear from you, Theo.\nHow was the letter?"
    )
    assert cleaner.stopped


def test_streaming_is_live_not_buffered_to_the_end():
    cleaner = ReplyCleaner("Samantha", [])
    shown = cleaner.feed("This is a long enough sentence that most of it should show right away. ")
    assert len(shown) > 30


def test_only_a_possible_marker_is_held_back():
    cleaner = ReplyCleaner("Samantha", ["Theo"])
    assert cleaner.feed("Wow") == "Wow"  # cannot be a label: shown at once (time to first word)
    assert cleaner.feed(", Theo") == ", Theo"
    assert cleaner.feed("\nThe") == ""  # could be "Theo:" starting
    assert cleaner.feed(" sea") == "\nThe sea"
    assert cleaner.feed(" <3 [laughs] ok") == " <3 [laughs] ok"
    assert cleaner.feed(" <|im_e") == ""
    assert cleaner.feed("nd|>") == ""
    assert cleaner.stopped and cleaner.finish() == ""


def test_a_label_at_the_start_is_held_until_it_resolves():
    cleaner = ReplyCleaner("Samantha", [])
    assert cleaner.feed("Sam") == ""
    assert cleaner.feed("antha: Hi") == "Hi"


def test_a_reply_that_starts_reciting_its_instructions_stops_there():
    cleaner = ReplyCleaner("Samantha", ["Theo"], ["They are upset", "Your mood"])
    pieces = ["A little tired, that's", " all.\nThey are", " upset: first say why", " their feeling makes sense."]
    shown = "".join(cleaner.feed(p) for p in pieces) + cleaner.finish()
    assert shown == "A little tired, that's all." and cleaner.stopped
    plain = ReplyCleaner("Samantha", ["Theo"], ["Your mood"])
    assert plain.feed("Your mood sounds better today, Theo.") + plain.finish() == "Your mood sounds better today, Theo."


def test_text_cut_by_the_token_limit_is_trimmed_to_its_last_sentence():
    from samantha.llm.clean import trim_to_sentence

    assert trim_to_sentence("I felt sad. I want to ask why she hasn") == "I felt sad."
    assert trim_to_sentence("All done!") == "All done!"
    assert trim_to_sentence("no sentence end at all") == "no sentence end at all"
    assert trim_to_sentence('She said "go." Then she') == 'She said "go."'
