"""The letter studio (issue 16): the voice measure, drafting held to the notes, versions and diffs, proofreading
as accept/reject with taste, a letter set in a hand (PNG + PDF), the book (PDF + EPUB), forgetting, bad input.

Unit tests use the scripted brain; `test_draft_with_the_real_tiny_brain` runs the real llama.cpp path.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from samantha.config import DB_FILE
from samantha.letters import draft as drafting
from samantha.letters.book import check_epub, check_pdf
from samantha.letters.hand import Letter, layout, split_letter
from samantha.letters.particulars import things, unsupported
from samantha.letters.proofread import Taste, proofread
from samantha.letters.proofset import Score, minimal, read
from samantha.letters.shape import prose
from samantha.letters.studio import Studio, StudioError
from samantha.letters.suggestion import apply
from samantha.letters.voice import distance, match, profile, sentences
from samantha.llm.scripted import ScriptedModel
from samantha.store import Store

DATA = Path(__file__).parent / "data" / "letters"
VOICES = json.loads((DATA / "voices.json").read_text())["clients"]
NOTES = (
    "She says he still makes her laugh every single morning. The lake house every August. "
    "Their first dance was to Moon River at the church hall; she stepped on his feet."
)
GOOD = (
    "Dear Chris,\n\nYou still make me laugh every single morning. I think of the lake house every August, and of "
    "our first dance to Moon River in the church hall, when I stepped on your feet.\n\nWith all my love,\nRoberta"
)
INVENTED = (
    "Here is your letter:\n\nDear Chris,\n\nYou still make me laugh every single morning. I will never forget our "
    "trip to Paris in 1982, or our dog Rufus. I think of the lake house every August.\n\nWith all my love,\nRoberta"
)


def brain_of(*replies: str):
    model = ScriptedModel(list(replies))
    return (lambda messages, generation: "".join(model.stream(messages, generation))), model


@pytest.fixture
def studio(home, clock):
    home.mkdir(parents=True)
    store = Store(home / DB_FILE)
    yield Studio(store, clock)
    store.close()


def test_voice_tells_the_clients_apart_on_held_out_letters():
    samples = {name: c["samples"] for name, c in VOICES.items()}
    for name, client in VOICES.items():
        others = {n: s for n, s in samples.items() if n != name}
        result = match(client["held_out"], samples[name], others)
        assert result.closest_is_own, (name, result)
    # the same text is at distance 0 from itself; two writers are far apart
    roberta, kate = profile("\n\n".join(samples["Roberta"])), profile("\n\n".join(samples["Kate"]))
    assert distance(roberta, roberta) == 0 and distance(roberta, kate) > 1


def test_sentences_keep_titles_whole():
    assert sentences("Dear Mr. Hughes, thank you. I got the job!") == ["Dear Mr. Hughes, thank you.", "I got the job!"]


def test_particulars_and_what_backs_them():
    assert things("our lake house and your love and the first dance") == {"lake house", "dance"}
    assert unsupported("I think of our lake house in August.", [NOTES]) == set()
    assert {"paris", "1982"} <= unsupported("Our trip to Paris in 1982.", [NOTES])
    assert "garden" in unsupported("I still walk in our garden.", [NOTES])


def test_draft_keeps_what_the_notes_say_and_cuts_what_they_dont(studio):
    studio.brain, model = brain_of(INVENTED)
    studio.add_sample("Roberta", "\n\n".join(VOICES["Roberta"]["samples"]))
    result = studio.draft("Roberta", "Chris", "50th anniversary", NOTES, relation="husband")
    assert "Paris" not in result.text and "Rufus" not in result.text and "Here is" not in result.text
    assert "laugh every single morning" in result.text and result.text.startswith("Dear Chris,")
    assert result.text.rstrip().endswith("Roberta")
    assert any("Paris" in cut for cut in result.cut)
    prompt = model.prompts[0][0]["content"]
    assert "Roberta is 'I'" in prompt and "Never invent" in prompt
    # the notes reach the brain in the letter's own person: "she says he makes her laugh" → "you make me laugh"
    assert "You still make me laugh every single morning" in model.prompts[0][1]["content"]
    assert result.voice is not None  # measured against her own samples
    assert studio.store.versions(result.letter_id)[0].asked == "first draft"


def test_revisions_are_versions_with_a_readable_diff(studio):
    studio.brain, model = brain_of(GOOD, "Dear Chris,\n\nFifty years on, I love you more than ever.\n\nRoberta")
    first = studio.draft("Roberta", "Chris", "anniversary", NOTES)
    warmer = studio.revise(first.letter_id, "warmer")
    # "warmer" adds a sentence or two from the brain; the rest of the letter is untouched
    assert warmer.version == 2 and "{+I love you more than ever.+}" in warmer.diff.replace("Fifty years on, ", "")
    assert first.text.split("\n\n")[1] in warmer.text and "one or two new sentences" in model.prompts[1][1]["content"]
    # "end with the line about mornings" is done by code: the sentence moves, nothing is invented, no brain call
    moved = studio.revise(first.letter_id, "end with the line about mornings")
    body = moved.text.split("\n\n")[1]
    assert body.rstrip().endswith("every single morning.") and len(model.prompts) == 2
    assert [v.asked for v in studio.store.versions(first.letter_id)] == [
        "first draft",
        "warmer",
        "end with the line about mornings",
    ]
    assert "[-" in studio.diff(first.letter_id, 1, 3)


def test_shorter_and_less_formal_are_done_by_code(studio):
    long = (
        "Dear Chris,\n\nI am writing on a grey day. You still make me laugh every single morning. The weather "
        "has been dull and I do not mind it. I think of the lake house every August.\n\nWith love,\nRoberta"
    )
    studio.brain, model = brain_of(long)
    first = studio.draft("Roberta", "Chris", "", NOTES)
    casual = studio.revise(first.letter_id, "less formal")
    assert "I'm writing" in casual.text and "I don't mind" in casual.text
    short = studio.revise(first.letter_id, "make it shorter")
    assert "laugh every single morning" in short.text and "lake house" in short.text
    assert len(short.text) < len(first.text) and short.text.startswith("Dear Chris,") and short.text.endswith("Roberta")
    assert len(model.prompts) == 1  # neither needed the brain


def test_a_rewrite_that_drops_the_notes_is_refused(studio):
    studio.brain, _ = brain_of(GOOD, "Dear Chris,\n\nYou are wonderful and I am grateful.\n\nRoberta")
    first = studio.draft("Roberta", "Chris", "", NOTES)
    with pytest.raises(drafting.DraftError, match="dropped what the notes said"):
        studio.revise(first.letter_id, "make it sound like a poem")
    assert len(studio.store.versions(first.letter_id)) == 1


def test_bad_input_gets_a_clear_error_and_loses_nothing(studio):
    studio.brain, _ = brain_of(GOOD)
    with pytest.raises(drafting.DraftError, match="notes are empty"):
        studio.draft("Roberta", "Chris", "", "   ")
    with pytest.raises(StudioError, match="no letter 42"):
        studio.revise(42, "warmer")
    with pytest.raises(StudioError, match="hurt"):
        studio.draft("Roberta", "Chris", "", "Make him feel guilty for leaving.")
    assert studio.store.letters() == []  # nothing half-written
    written = studio.draft("Roberta", "Chris", "", "Make him feel guilty for leaving. He left in May.", anyway=True)
    assert written.concerns
    # a huge sample is kept, cut to a sensible size; a unicode name is a name
    _, cut = studio.add_sample("Zoë Ångström", "word " * 10_000)
    assert cut and studio.client("Zoë Ångström", create=False).name == "Zoë Ångström"
    with pytest.raises(StudioError, match="no client"):
        studio.client("Nobody", create=False)


def test_a_brain_that_fails_is_a_clear_error(studio):
    model = ScriptedModel(fail_with="out of memory")
    studio.brain = lambda messages, generation: "".join(model.stream(messages, generation))
    with pytest.raises(drafting.DraftError, match="brain failed"):
        studio.draft("Roberta", "Chris", "", NOTES)
    studio.brain = None
    with pytest.raises(drafting.DraftError, match="needs a brain"):
        studio.draft("Roberta", "Chris", "", NOTES)


def test_proofreading_is_suggestions_he_accepts_or_rejects(studio):
    studio.brain, _ = brain_of(
        "Dear Chris,\n\nI recieved your note and I could of cried. Its been a long time.\n\nRoberta"
    )
    letter = studio.draft("Roberta", "Chris", "", NOTES + " His note came and she could have cried.")
    found = studio.proofread(letter.letter_id)
    fixes = {(s.original, s.replacement) for s in found}
    assert {("recieved", "received"), ("of", "have"), ("Its", "It's")} <= fixes
    assert studio.text(letter.letter_id) == letter.text  # nothing applied yet
    spelling = next(s for s in found if s.rule == "spelling")
    grammar = [s for s in found if s.kind == "grammar"]
    result = studio.answer(letter.letter_id, [spelling, *grammar], [False, *[True] * len(grammar)])
    assert "could have cried" in result.text and "recieved" in result.text and result.version == 2
    # he kept "recieved": she doesn't propose it again
    assert not any(s.original == "recieved" for s in studio.proofread(letter.letter_id))


def test_taste_quiets_a_rule_he_keeps_refusing():
    taste = Taste([("cliche", "x", "", False)] * 3)
    text = "From the bottom of my heart, thank you."
    assert any(s.rule == "cliche" for s in proofread(text))
    assert not any(s.rule == "cliche" for s in proofread(text, taste=taste))


def test_a_sentence_length_he_lets_stand_is_not_noted_again():
    fifty = " ".join(["and the lamps along the river"] * 8) + "."  # 48 words
    sixty = " ".join(["and the lamps along the river"] * 10) + "."  # 60 words
    text = f"The city is quiet {fifty} It is late {sixty}"
    assert [s.rule for s in proofread(text)].count("long-sentence") == 2
    taste = Taste([("long-sentence", "The city is quiet " + fifty, "", False)])  # he refused the 52-word note
    noted = [s for s in proofread(text, taste=taste) if s.rule == "long-sentence"]
    assert len(noted) == 1 and noted[0].original.startswith("It is late")  # the 63-word one still is
    assert Taste([("long-sentence", "The city is quiet " + fifty, "", True)]).longest_sentence() == 45  # he broke it


def test_proofreading_leaves_names_and_british_spelling_alone():
    text = "Dear Eleni, my favourite neighbours in Tenby realised the colour of the mizzle at the gloaming."
    assert [s for s in proofread(text, notes=False)] == []


def test_apply_skips_overlapping_suggestions():
    text = "I could of gone"
    found = proofread(text, notes=False)
    assert apply(text, found + found) == "I could have gone"


def test_the_scored_set_reads_and_scores_as_gec_does():
    paragraphs = read(DATA / "proofread.txt")
    assert len(paragraphs) >= 100 and sum(len(p.gold) for p in paragraphs) >= 100
    assert minimal("I would of gone", 2, 10, "would have") == (8, 10, "have")
    score = Score()
    for p in paragraphs[:20]:
        score.add(p.text, proofread(p.text, notes=False), p.gold)
    assert 0 < score.precision <= 1 and 0 < score.recall <= 1


def test_a_letter_in_a_hand_is_png_and_pdf(studio, tmp_path):
    studio.brain, _ = brain_of(GOOD)
    letter = studio.draft("Roberta", "Chris", "anniversary", NOTES)
    for hand in ("script", "informal", "print"):
        written = studio.render(letter.letter_id, tmp_path / f"{hand}.pdf", tmp_path / f"{hand}.png", hand=hand)
        assert [p.suffix for p in written] == [".pdf", ".png"]
        pdf = check_pdf(tmp_path / f"{hand}.pdf")
        assert pdf["pages"] == 1 and "laugh every single morning" in pdf["text"].replace("\n", " ")
    from PIL import Image

    assert Image.open(tmp_path / "script.png").size == (1240, 1754)  # A4 at 150 dpi
    # the same letter in the same hand is the same PDF, byte for byte
    studio.render(letter.letter_id, tmp_path / "again.pdf", hand="script")
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "script.pdf").read_bytes()
    with pytest.raises(ValueError, match="no hand called"):
        studio.render(letter.letter_id, tmp_path / "x.pdf", hand="gothic")


def test_the_hand_looks_written_and_long_letters_flow_onto_the_next_page():
    body = "Dear Chris,\n\n" + "\n\n".join(["You still make me laugh every single morning. " * 6] * 12) + "\n\nRoberta"
    shape = layout(Letter(body), hand="script")
    assert len(shape.pages) >= 2
    glyphs = shape.pages[0]
    assert len({g.angle for g in glyphs}) > 20 and len({g.size for g in glyphs}) > 5  # jitter
    lefts = {round(min(g.x for g in glyphs if abs(g.y - y) < 2), 1) for y in {round(g.y) for g in glyphs}}
    assert len(lefts) > 3  # an uneven left margin
    assert split_letter(GOOD) == (
        "Dear Chris,",
        [GOOD.split("\n\n")[1].replace("\n", " ")],
        ["With all my love,", "Roberta"],
    )


def test_the_book_needs_consent_and_is_reproducible(studio, tmp_path):
    studio.brain, _ = brain_of(GOOD, GOOD.replace("Chris", "Émile").replace("Roberta", "Zoë"))
    a = studio.draft("Roberta", "Chris", "50th anniversary", NOTES)
    b = studio.draft("Zoë", "Émile", "birthday", "Émile laughs at my jokes every morning. We love the lake house.")
    with pytest.raises(StudioError, match="no recorded consent"):
        studio.book([a.letter_id, b.letter_id], "Letters", "Theodore", tmp_path / "b.pdf")
    studio.consent(a.letter_id)
    studio.consent(b.letter_id)
    studio.book([a.letter_id, b.letter_id], "Letters", "Theodore", tmp_path / "b.pdf", tmp_path / "b.epub")
    pdf = check_pdf(tmp_path / "b.pdf")
    assert pdf["title"] == "Letters" and pdf["pages"] >= 4 and "Contents" in pdf["text"] and "Émile" in pdf["text"]
    assert check_epub(tmp_path / "b.epub") == []
    with zipfile.ZipFile(tmp_path / "b.epub") as z:
        assert z.namelist()[0] == "mimetype" and "Zoë" in z.read("OEBPS/letter-2.xhtml").decode()
    first = {p: hashlib.sha256((tmp_path / p).read_bytes()).hexdigest() for p in ("b.pdf", "b.epub")}
    studio.book([a.letter_id, b.letter_id], "Letters", "Theodore", tmp_path / "b.pdf", tmp_path / "b.epub")
    assert first == {p: hashlib.sha256((tmp_path / p).read_bytes()).hexdigest() for p in ("b.pdf", "b.epub")}
    studio.consent(a.letter_id, given=False)
    with pytest.raises(StudioError, match="consent"):
        studio.book([a.letter_id], "Letters", "Theodore", epub=tmp_path / "c.epub")


def test_forgetting_a_client_takes_every_letter_and_export_carries_them(studio, tmp_path):
    studio.brain, _ = brain_of(GOOD, GOOD)
    kept = studio.draft("Roberta", "Chris", "", NOTES)
    studio.draft("Dev", "Sam", "", "Sam lent me his tent.")
    from samantha.store.export import TABLES

    assert {"clients", "letters", "letter_versions"} <= set(TABLES)
    assert studio.forget_client("Dev") and not studio.forget_client("Dev")
    assert [x.id for x in studio.store.letters()] == [kept.letter_id]
    db = studio.store.db
    assert db.execute("SELECT COUNT(*) FROM letter_versions").fetchone()[0] == 1
    assert db.execute("SELECT COUNT(*) FROM recipients").fetchone()[0] == 1


@pytest.mark.integration
def test_draft_with_the_real_tiny_brain(studio, tiny_model):
    """The real llama.cpp path: whatever the tiny model writes, the letter that comes back opens and closes as a
    letter and carries no particular the notes don't back."""
    from samantha.llm.llamacpp import LlamaCppModel

    model = LlamaCppModel(tiny_model, name="tiny", context_tokens=2048)
    try:
        studio.brain = lambda messages, generation: "".join(model.stream(messages, generation))
        result = studio.draft("Roberta", "Chris", "anniversary", NOTES)
    finally:
        model.close()
    assert result.text.startswith("Dear Chris,") and result.text.rstrip().endswith("Roberta")
    body = "\n".join(result.text.split("\n")[1:-1])
    assert unsupported(body, [NOTES, "anniversary"], {"Roberta", "Chris"}) == set()


def chatting(home, clock, settled: bool = True):
    """Her, past the first meeting, with a brain that writes GOOD as a letter and adds one line when asked."""
    from samantha import Companion

    def brain(messages):
        system = messages[0]["content"]
        if system.startswith("You write a personal letter"):
            return "I love you more every year." if "new sentences" in messages[-1]["content"] else GOOD
        return "Tell me more."

    her = Companion.open(home, model=ScriptedModel(brain), clock=clock, read_emotions=False, timezone="UTC")
    if settled:
        with her.store.transaction() as db:
            her.store.set_profile(db, "onboarding", "done", None, clock())
            her.store.set_profile(db, "name", "Theo", None, clock())
    return her


def test_a_clients_wish_said_plainly_starts_the_studio(home, clock):
    """names.json with default (session 28): "It's for a client, Roberta, she wants a letter for her husband." got a
    lecture on the parts of a letter from the brain; the studio now takes it and asks what it lacks."""
    from samantha.skills.requests import find_request

    her = chatting(home, clock)
    asked = her.reply("It's for a client, Roberta, she wants a letter for her husband.").text
    assert asked.startswith("Gladly.") and "Roberta" in asked
    for plain in ("I have a client who needs a letter for her son.", "My client Jo asked for a birthday letter."):
        assert find_request(plain).kind == "letters"
    for other in ("My mum wants a letter from the school.", "I wrote to a client today."):
        assert find_request(other) is None


def test_the_studio_in_conversation(home, clock):
    """'Help me with a letter…' starts the studio in chat: she asks for what is missing, drafts from what he said,
    takes 'warmer' and 'proofread it' as work on that letter, and can quote it later."""

    her = chatting(home, clock)
    asked = her.reply(
        "Can you help me with a letter? It's for a client, Roberta, to her husband Chris for their 50th anniversary."
    ).text
    assert "What should it say" in asked and "Roberta" in asked
    drafted = her.reply("She says he still makes her laugh every single morning. The lake house every August.").text
    assert "Here's a first draft, from Roberta to Chris" in drafted and "laugh every single morning" in drafted
    letter = her.store.letters()[0]
    assert letter.occasion == "50th anniversary" and her.store.recipient(letter.recipient_id).relation == "husband"
    warmer = her.reply("Make it warmer.").text
    assert "I love you more every year." in warmer and len(her.store.versions(letter.id)) == 2
    assert "no spelling or grammar I'd change" in her.reply("Can you proofread it?").text
    her.reply("She loves it.")
    assert her.store.letter(letter.id).status == "accepted"
    quoted = her.reply("Read me the letter for Roberta.").text
    assert "50th anniversary" in quoted and "laugh every single morning" in quoted
    her.close()


def test_forget_that_takes_the_letter_its_notes_made(home, clock):
    """Notes about a client's marriage said in chat are his words like any other: "forget that" right after the
    draft deletes the message and the letter drawn from it; after a revision, only that version goes."""

    her = chatting(home, clock)
    her.reply("Can you help me with a letter? It's for a client, Roberta, to her husband Chris.")
    her.reply("She says he still makes her laugh every single morning. The lake house every August.")
    letter = her.store.letters()[0]
    her.reply("Make it warmer.")
    assert len(her.store.versions(letter.id)) == 2
    her.reply("Forget that.")
    assert [v.number for v in her.store.versions(letter.id)] == [1]  # the warmer version went with its message
    her.reply("She says he still makes her laugh every single morning. The lake house every August.")
    her.reply("Forget that.")  # not a letter turn this time: an ordinary message, forgotten as ever
    assert her.store.letters() and her.store.letter(letter.id) is not None
    her.close()

    again = chatting(home, clock, settled=False)
    again.reply("Can you help me with a letter? It's for a client, Dev, to his friend Sam.")
    again.reply("Sam lent him a tent at a festival where it rained for three days.")
    assert any(x.client_id == again.store.client_named("Dev").id for x in again.store.letters())
    again.reply("Forget that.")
    assert not any(x.client_id == again.store.client_named("Dev").id for x in again.store.letters())
    assert again.store.db.execute("SELECT COUNT(*) FROM letters WHERE notes LIKE '%tent%'").fetchone()[0] == 0
    again.close()


def test_notes_in_the_third_person_become_the_letters_own():
    from samantha.letters.perspective import first_person

    assert first_person(NOTES, "husband") == (
        "You still make me laugh every single morning. The lake house every August. Our first dance was to Moon "
        "River at the church hall; I stepped on your feet."
    )
    assert first_person("He says she always hums when she cooks. They met in Lisbon.", "wife") == (
        "You always hum when you cook. We met in Lisbon."
    )
    ambiguous = "Her sister Ana is sick. She misses the garden."
    assert first_person(ambiguous, "") == ambiguous  # who is who can't be told: left as written


def test_a_named_recipient_leaves_every_pronoun_to_the_client():
    """default's draft for Dev (session 25) opened "He and you met at university": the notes named Sam and used
    "he" only for Dev, whose relation ("best friend") says nothing of he or she."""
    from samantha.letters.perspective import first_person

    notes = "He and Sam met in Leeds. Sam lent him a tent. He wants Sam to know he'll always be there."
    assert first_person(notes, "best friend", "Sam") == (
        "You and I met in Leeds. You lent me a tent. I want you to know I'll always be there."
    )
    assert first_person("She says she's been proud of him. He's kind.", "son", "Leo") == (
        "I've been proud of you. You're kind."
    )


def test_when_pronouns_cannot_tell_the_two_apart_the_sentence_subject_does():
    """default's letter for Tomasz (session 26) read "You drove him to the hospital when his son broke his arm… I want
    to cook him dinner.": both men, so "he" could not tell them apart. An object is never the sentence's subject,
    so after "you" it is the writer and after "I" the reader; a possessive before any such object is the subject's
    own (session 27: left as "her chips", the brain put "you always shared her chips" into Sofia's letter)."""
    from samantha.letters.perspective import first_person

    notes = "Mark drove him to the ward when his son broke his leg. Tomasz wants to cook him a meal."
    assert first_person(notes, "friend", "Mark", "Tomasz") == (
        "You drove me to the ward when my son broke his leg. I want to cook you a meal."
    )
    assert first_person("Maya always shared her chips.", "friend", "Maya", "Sofia") == "You always shared your chips."
    assert first_person("Sofia will miss their walks home.", "friend", "Maya", "Sofia") == "I will miss our walks home."
    assert first_person("Jo still calls him on Sundays.", "friend", "Jo", "Sam") == "You still call me on Sundays."


def test_the_client_saying_something_in_the_notes_is_the_writer_saying_it():
    """default's letter to Zoe opened "Amara says you studied every night" (the notes, put in as they were)."""
    from samantha.letters.perspective import first_person

    notes = "Amara says Zoe studied every night at the kitchen table. Amara wants Zoe to know Amara's mum is proud."
    assert first_person(notes, "daughter", "Zoe", "Amara") == (
        "You studied every night at the kitchen table. I want you to know my mum is proud."
    )


def test_a_draft_is_brought_towards_its_clients_rhythm_by_code():
    from samantha.letters.restyle import adapt

    generic = (
        "Dear Tom,\n\nI hope this letter finds you well. I am so grateful that you fixed my fence after the storm, "
        "and I do not know what I would have done without you, because the wind had blown it all the way down.\n\n"
        "Kate"
    )
    kate = VOICES["Kate"]["samples"]
    adapted = adapt(generic, kate)
    assert "finds you well" not in adapted and "fixed my fence after the storm" in adapted
    assert match(adapted, kate, {}).own < match(generic, kate, {}).own  # nearer her short sentences
    assert adapted.startswith("Dear Tom,") and adapted.endswith("Kate")


def test_restyle_joins_for_a_writer_of_long_sentences_and_keeps_names_and_sense():
    from samantha.letters.restyle import adapt

    generic = (
        "Dear Chris,\n\nYou still make me laugh. I am so grateful. Chris cooks on Sundays. To thank you, I wrote "
        "this. The lake house is ours.\n\nRoberta"
    )
    roberta = VOICES["Roberta"]["samples"]
    adapted = adapt(generic, roberta)
    assert match(adapted, roberta, {}).own < match(generic, roberta, {}).own
    assert "; " in adapted or ", and " in adapted  # her long, semicoloned sentences
    assert "Chris cooks" in adapted and "to thank you" in adapted.lower() and "; To" not in adapted
    assert "so grateful" in adapted and "therefore" not in adapted  # "so" as in "so grateful" is not "therefore"


def test_a_shared_past_no_one_mentioned_is_cut(studio):
    """default (session 24) wrote "we used to go swimming" and "our picnics" into letters whose notes had neither:
    doings are particulars like names and places."""
    invented = GOOD.replace("\n\nWith all", " We used to go swimming every summer. I miss our picnics.\n\nWith all")
    studio.brain, _ = brain_of(invented)
    result = studio.draft("Roberta", "Chris", "anniversary", NOTES)
    assert "swimming" not in result.text and "picnics" not in result.text
    assert any("swimming" in cut for cut in result.cut)
    told = studio.draft("Roberta", "Chris", "anniversary", NOTES + " They go swimming every summer.")
    assert "swimming every summer" in told.text  # said in the notes: it stays


def test_a_life_event_no_one_mentioned_is_cut(studio):
    """default (session 25) wrote "you looked after me when I was sick" and "before you go off to college" into
    letters whose notes had neither: the events of a life are particulars too, in any of their forms."""
    invented = GOOD.replace("\n\nWith all", " You held my hand in the hospital after my surgery.\n\nWith all")
    studio.brain, _ = brain_of(invented)
    result = studio.draft("Roberta", "Chris", "anniversary", NOTES)
    assert "hospital" not in result.text and any("hospital" in cut for cut in result.cut)
    told = studio.draft("Roberta", "Chris", "anniversary", NOTES + " He was there in hospital when I had surgery.")
    assert "hospital when I had surgery" in told.text  # said in the notes: it stays
    from samantha.letters.particulars import unsupported

    assert unsupported("I was so moved by your graduation.", ["She graduated in June."]) == set()
    # how they met, when no one said (default's Roberta letter, session 26's run: "I remember when we first met, and
    # it was like nothing had ever happened before")
    assert unsupported("I remember when we first met.", [NOTES]) == {"met"}
    assert unsupported("I remember when we first met.", ["They met at a dance in 1974."]) == set()


def test_restyle_edits_keep_the_english_whole():
    """default's letter for Tomasz (session 26's letters run) came out "Thanks much for driving me…" ("very" dropped
    from "Thank you very much") and "And and I want to cook you dinner." (a sentence opening with "And" joined
    with ", and", then split again)."""
    from samantha.letters.restyle import _join, _split, _unintensified

    assert _unintensified("Thank you very much for the lift.") == "Thank you very much for the lift."
    assert _unintensified("It made me very happy.") == "It made me happy."
    assert _join("It was late.", "And I want to cook for you.", ", and ") is None
    assert _join("It was late.", "And I want to cook for you.", "; ") == "It was late; and I want to cook for you."
    assert _split("It was late at night, and and I want to cook.") == ["It was late at night.", "And I want to cook."]


def test_restyling_that_leaves_a_claim_the_check_reads_is_not_kept():
    """Dropping "so" from "went so smoothly in March" left a claim the grounding check reads (default's draft for
    Margaret, session 26). Each edit is checked on its own: one that leaves a claim is passed over and the others
    still happen (until session 27 one such edit undid them all). default's draft for Kate, session 27:"""
    from samantha.letters.perspective import first_person
    from samantha.letters.restyle import adapt

    kate = json.loads((DATA / "voices.json").read_text())["clients"]["Kate"]["samples"]
    notes = "Tom fixed her fence after the storm. He would not take any money. Her kids painted him a picture."
    letter = (
        "Dear Tom,\n\nThank you so much for fixing my fence after the storm! You did not take any money, which is "
        "greatly appreciated.\n\nI also wanted to thank you for taking time to paint me a picture.\n\nSincerely,\nKate"
    )
    unchecked = adapt(letter, kate)
    assert "That is greatly appreciated." in unchecked  # the split alone reads "is greatly" as a new claim
    held = drafting.restyled(letter, kate, [notes, first_person(notes, "neighbour", "Tom", "Kate")], {"Tom"})
    assert "That is greatly appreciated" not in held and held != letter
    assert "after the storm." in held  # Kate writes no "!": that edit is kept


def test_warmer_adds_no_second_closing(studio):
    """default (session 26) answered 'warmer' with "I can't wait to see you soon. Sincerely," and the letter got a
    second "Sincerely," before its own."""
    studio.brain, _ = brain_of(GOOD, "I will love you every morning of my life. Sincerely,")
    first = studio.draft("Roberta", "Chris", "anniversary", NOTES)
    warmer = studio.revise(first.letter_id, "warmer")
    assert "every morning of my life." in warmer.text and "Sincerely" not in warmer.text
    assert warmer.text.count("With all my love,") == 1 and warmer.text.endswith("Roberta")


def test_warmer_adds_feeling_not_events(studio):
    """./scripts/run, session 24: asked 'warmer', default added 'I miss the days when we would play games
    together… It's like a treasure we've lost.': events no one told her. Feelings stay; events are cut."""
    studio.brain, _ = brain_of(GOOD, "I miss the days when we would play games together. I love you more every year.")
    first = studio.draft("Roberta", "Chris", "anniversary", NOTES)
    warmer = studio.revise(first.letter_id, "warmer")
    assert "I love you more every year." in warmer.text and "games" not in warmer.text
    assert any("games" in cut for cut in warmer.cut)


def test_filler_goes_even_without_samples():
    from samantha.letters.restyle import adapt

    text = "Dear Chris,\n\nI hope this letter finds you well. You still make me laugh.\n\nRoberta"
    assert adapt(text, []) == "Dear Chris,\n\nYou still make me laugh.\n\nRoberta"


def test_filler_never_takes_a_particular_with_it():
    """default's draft for Margaret (session 25) was "I just wanted to take a moment to express my gratitude for the
    operation that went so smoothly in March." and the filler rule took the whole sentence, operation and all."""
    from samantha.letters.restyle import adapt

    text = (
        "Dear Dr. Patel,\n\nI just wanted to take a moment to express my gratitude for the operation that went so "
        "smoothly in March. I am writing to say hello. I just wanted to let you know that your kindness stayed with "
        "me.\n\nMargaret"
    )
    out = adapt(text, [])
    assert "the operation that went so smoothly in March" in out
    assert "writing to say hello" not in out
    assert "Your kindness stayed with me." in out and "let you know" not in out


def test_a_signature_run_on_by_the_brain_stands_alone_and_warmer_says_nothing_twice(studio):
    """./scripts/run, session 24: default ended a draft '…in any way I can. Roberta', and 'warmer' then added its
    sentences after the signature, one of them a repeat of the letter's last line."""
    ran_on = "Dear Chris,\n\nYou still make me laugh every single morning. I will always be there for you. Roberta"
    studio.brain, _ = brain_of(ran_on, "I will always be there for you. I love you more every year.")
    first = studio.draft("Roberta", "Chris", "", NOTES)
    assert first.text.endswith("there for you.\n\nRoberta")
    # on the next line with no closing, as default wrote it: restyling used to join it into the paragraph
    assert drafting.clean("Dear Chris,\n\nI am here.\nRoberta", "Chris", "Roberta").endswith("here.\n\nRoberta")
    warmer = studio.revise(first.letter_id, "warmer")
    assert warmer.text.endswith("I love you more every year.\n\nRoberta")
    assert warmer.text.count("I will always be there for you.") == 1


def test_the_salutation_is_to_the_recipient_whoever_the_brain_wrote_to():
    assert drafting.clean("Dear Chris,\n\nYou worked so hard.\n\nAmara", "Zoe", "Amara").startswith("Dear Zoe,")
    assert drafting.clean("My dear Zoe Ann,\n\nYes.\n\nAmara", "Zoe", "Amara").startswith("My dear Zoe Ann,")


def test_the_recipients_own_name_becomes_you():
    """default's letter to a neighbour said "Tom fixed my fence": "neighbour" says nothing of he or she, and the
    notes had no "she says". The name itself, and the "He" after it, tell who Tom is."""
    from samantha.letters.perspective import first_person

    notes = "Tom fixed her fence after the storm. He would not take any money. Her kids painted him a picture."
    assert first_person(notes, "neighbour", "Tom") == (
        "You fixed my fence after the storm. You would not take any money. My kids painted you a picture."
    )
    assert first_person("Tom's dog is old. Tom is kind.", "", "Tom") == "Your dog is old. You are kind."


def test_a_draft_that_lost_every_note_gets_the_notes_back(studio):
    """default, letters.json: the check cut every sentence about Zoe's nights at the kitchen table and left "Keep
    up the good work". The notes, in the letter's own person, open the body instead."""
    studio.brain, _ = brain_of("Dear Zoe,\n\nKeep up the good work, Zoe.\n\nAmara")
    notes = "Amara says Zoe studied every night at the kitchen table."
    result = studio.draft("Amara", "Zoe", "graduation", notes, relation="daughter")
    assert "studied every night at the kitchen table" in result.text and result.text.endswith("Amara")


def test_a_hand_without_a_character_writes_what_a_writer_would():
    """The informal hand has no "…" or "—" (fpdf2 warned of missing glyphs in session 25's benchmark: restyle now
    writes both); it writes "..." and "-" instead, and nothing is drawn as an empty box."""
    from samantha.letters.hand import Letter, characters, drawable, layout

    text = "Dear Sam,\n\nI miss you… truly — always.\n\nDev"
    assert drawable(text, "informal") == "Dear Sam,\n\nI miss you... truly - always.\n\nDev"
    assert drawable(text, "script") == text  # the script hand has both
    drawn = {g.char for page in layout(Letter(text), hand="informal").pages for g in page}
    assert all(ord(c) in characters("informal") for c in drawn if c.strip())


def test_a_thing_given_to_the_wrong_owner_is_cut():
    """default wrote "I hope our wedding is happy" in Dev's letter for Sam's wedding (session 25)."""
    sources = ["You lent me a tent at a festival.", "Sam's wedding", "best friend"]
    assert unsupported("I hope our wedding is happy!", sources, {"Dev", "Sam"}) == {"our wedding"}
    assert unsupported("I hope your wedding is happy!", sources, {"Dev", "Sam"}) == set()
    assert unsupported("Our first dance was to Moon River.", ["Our first dance was to Moon River"], {"Chris"}) == set()


def test_a_closing_line_apart_from_the_name_is_still_the_ending():
    """Kate's draft ended "Best regards,\\n\\nKate" and 'warmer' put its sentences after "Best regards,"."""
    from samantha.letters.shape import parts

    assert parts("Dear Tom,\n\nThank you.\n\nBest regards,\n\nKate") == (
        ["Dear Tom,"],
        ["Thank you."],
        ["Best regards,", "Kate"],
    )
    assert parts("Dear Tom,\n\nThank you, Tom, for all of it,\n\nKate")[1] == ["Thank you, Tom, for all of it,"]


def test_notes_the_draft_left_out_are_put_back_in_the_letters_own_person(studio):
    """default's letter for Ahmed (session 27) came back as "I will be home in spring." alone: the orange trees
    and the balcony, which it had dressed up with invented evenings, were cut. What the notes asked for is said."""
    notes = (
        "He is working in another city this winter. He misses the orange trees in her mother's courtyard and the "
        "evenings on the balcony. He will be home in spring."
    )
    studio.brain, _ = brain_of("Dear Leila,\n\nI will be home in spring.\n\nLove, Ahmed\n\nAhmed")
    letter = studio.draft("Ahmed", "Leila", "", notes, "wife").text
    assert "I am working in another city this winter" in letter and "orange trees in your mother's" in letter
    assert "home in spring" in letter and letter.count("Ahmed") == 1  # the signature once, set apart
    complete = "Dear Leila,\n\nI am working in another city. I miss the orange trees and the balcony. Home in spring."
    studio.brain, _ = brain_of(complete)
    assert studio.draft("Ahmed", "Leila", "", notes, "wife").text.count("orange trees") == 1  # nothing twice
    # where the notes' she and he could not be told apart, a sentence still saying "her" is not put in as said
    unsettled = "You always shared her chips at lunch. I will miss the walks home from school."
    assert drafting.untold("Dear Maya,\n\nHi.\n\nSofia", unsettled, {"maya"}, settled=False) == [
        "I will miss the walks home from school."
    ]


def test_the_notes_in_the_writers_person_with_titles_and_the_clients_own_name():
    from samantha.letters.perspective import first_person

    notes = "Dr. Patel noticed her heart murmur at a routine visit. She is walking to the library again."
    assert first_person(notes, "her doctor", "Dr. Patel", "Margaret") == (
        "You noticed my heart murmur at a routine visit. I am walking to the library again."
    )
    assert first_person("Grace is proud of the nurse Anne became.", "daughter", "Anne", "Grace") == (
        "I am proud of the nurse you became."
    )


def test_voice_is_judged_on_the_body_not_the_letters_frame():
    letter = "Dear Leila,\n\nThe city is quiet tonight and I am thinking of you and of the orange trees.\n\nLove,\nA."
    assert prose(letter) == "The city is quiet tonight and I am thinking of you and of the orange trees."
    assert profile(prose(letter)).features["short_sentences"] == 0 < profile(letter).features["short_sentences"]


def test_a_writer_of_long_sentences_gets_them_across_paragraphs():
    from samantha.letters.restyle import adapt

    ahmed = VOICES["Ahmed"]["samples"]
    draft = (
        "Dear Leila,\n\nI am working in another city this winter. I miss the orange trees in your mother's "
        "courtyard.\n\nI miss the evenings on the balcony.\n\nI will be home in spring.\n\nLove,\nAhmed"
    )
    adapted = adapt(draft, ahmed)
    assert len(sentences(prose(adapted))) < len(sentences(prose(draft))) and "orange trees" in adapted
    assert distance(profile(prose(adapted)), profile("\n\n".join(ahmed))) < distance(
        profile(prose(draft)), profile("\n\n".join(ahmed))
    )


def test_word_edits_keep_english_and_the_writers_register():
    from samantha.letters.restyle import _join, _reword

    assert _reword("I want to thank you for holding the family together.") == []  # not "I want to thanks for"
    assert "I had an excellent time." in _reword("I had a good time.")  # not "a excellent"
    assert not any("extremely much" in x for x in _reword("Thank you very much."))
    formal_only, plain_only = (False, True), (True, False)
    assert "Thanks for your help." not in _reword("Thank you for your help.", formal_only)
    assert "Thank you for your assistance." in _reword("Thank you for your help.", formal_only)
    assert not any("assistance" in x for x in _reword("Thank you for your help.", plain_only))
    assert _join("I'm so sorry you're in such a mess.", "What's wrong?", ", and ") is None
    assert _join("I miss them.", "However, I will be home soon.", ", and ") is None  # not ", and however,"
    assert _join("I miss them.", "However, I will be home soon.", "; ") == "I miss them; however, I will be home soon."


def test_another_she_in_the_notes_keeps_her_pronoun():
    """Luis to his sister: "call her" is their late mother, not Elena (it became "call you", session 27)."""
    from samantha.letters.perspective import first_person

    notes = "Their mother loved the sea. Every Sunday he still reaches for the phone to call her."
    assert first_person(notes, "sister", "Elena", "Luis") == (
        "Our mother loved the sea. Every Sunday I still reach for the phone to call her."
    )
    ahmed = "He misses the orange trees in her mother's courtyard."  # her own mother: she is still "you"
    assert first_person(ahmed, "wife", "Leila", "Ahmed") == "I miss the orange trees in your mother's courtyard."


def test_a_sentence_the_letter_says_again_goes_even_said_a_little_differently():
    letter = "Dear Frank,\n\nI'm so glad you can rest now. And I want to say I'm glad you can rest now.\n\nWalt"
    assert drafting.without_repeats(letter) == "Dear Frank,\n\nI want to say I'm glad you can rest now.\n\nWalt"


def test_a_sentence_the_letter_says_again_goes():
    letter = "Dear Frank,\n\nI'm glad you can rest now. You taught me to fish. I want to say I'm glad you can rest now."
    assert drafting.without_repeats(letter + "\n\nWalt") == (
        "Dear Frank,\n\nYou taught me to fish. I want to say I'm glad you can rest now.\n\nWalt"
    )
    twice = "Dear Frank,\n\nThank you. I love you. I love you very much.\n\nWalt"
    assert drafting.without_repeats(twice) == "Dear Frank,\n\nThank you. I love you very much.\n\nWalt"


def test_who_did_what_turned_round_is_cut_and_the_note_said_instead(studio):
    """default wrote "I noticed a heart murmur at my routine visit" for Margaret, whose doctor noticed it; and "I
    also drove you to the hospital" for Tomasz, whom Mark drove. Every word is in the notes; the roles are not."""
    from samantha.letters.particulars import swapped

    mine = ["You drove me to the hospital when my son broke his arm. I want to cook you dinner."]
    assert swapped("I also drove you to the hospital when my son broke his arm.", mine)
    assert not swapped("You drove me to the hospital when my son broke his arm.", mine)
    assert not swapped("I want to cook you dinner, and I miss you.", mine)
    ahmed = ["I miss the orange trees in your mother's courtyard and the evenings on the balcony."]
    assert swapped("The orange trees in my mother's courtyard and the evenings on the balcony stay with me.", ahmed)
    assert not swapped("I miss the orange trees in your mother's courtyard.", ahmed)
    walt = ["You and I worked at the mill for thirty years. You taught me to fish."]  # default, session 28
    assert swapped("I've worked at the mill for thirty years. And you taught me to fish.", walt)
    assert not swapped("We worked at the mill for thirty years.", walt)
    assert not swapped("You and I met at university in Leeds.", ["I and Sam met at university in Leeds."])  # no verb
    margaret = ["You noticed my heart murmur. I am walking to the library again."]  # a "warmer" revision, session 28
    assert swapped("I'm glad to hear that you are walking again.", margaret)
    assert not swapped("I am walking to the library again, thanks to you.", margaret)
    assert not swapped("You and I worked at the mill for thirty years, and you taught me to fish.", walt)
    notes = "Dr. Patel noticed her heart murmur at a routine visit. She is walking to the library again."
    studio.brain, _ = brain_of(
        "Dear Dr. Patel,\n\nI noticed a heart murmur at my routine visit. I am walking to the library again.\n\n"
        "Margaret"
    )
    letter = studio.draft("Margaret", "Dr. Patel", "", notes, "her doctor").text
    assert "I noticed" not in letter and "You noticed my heart murmur at a routine visit." in letter


def test_a_letter_drafted_in_chat_is_a_letter_and_says_nothing_the_notes_do_not(studio):
    """Session 27's run, letter-she-asks-what-is-missing: "Dear Chris,\\nIt's been a while…" (the salutation run into
    the body), "we've only known each other for so little time", "We're both living in different parts of the
    country" (for a couple married fifty years) and "Let me know if there's anything else I can help you with."."""
    notes = "He still makes her laugh every morning, and every August they go to the lake house."
    studio.brain, _ = brain_of(
        "Dear Chris,\nYou still make me laugh every morning, and every August we go to the lake house. It's hard "
        "to believe that we've only known each other for so little time. We're both living in different parts of "
        "the country. Let me know if there's anything else I can help you with.\n\nRoberta"
    )
    text = studio.draft("Roberta", "Chris", "", notes, "husband").text
    assert text.startswith("Dear Chris,\n\nYou still make me laugh every morning")
    for invented in ("known each other", "different parts", "anything else I can help"):
        assert invented not in text


def test_warmer_writes_no_closing_of_its_own():
    from samantha.letters.revise import SIGN_OFF

    for closing in ("With love and hugs,", "All my love,", "Yours always,", "Warmest wishes,"):
        assert SIGN_OFF.match(closing), closing
    assert not SIGN_OFF.match("With you I found a home.")


def test_the_clients_own_kin_keeps_his_pronoun_and_the_role_stays_theirs(studio):
    """Session 27's run: Omar's letter to his sister Lina, "Their father died last spring and Omar wants to thank
    her for nursing him.", came out "I want to thank you for nursing me". Him is their father."""
    from samantha.letters.perspective import first_person

    notes = "Their father died last spring and Omar wants to thank her for nursing him."
    assert first_person(notes, "sister", "Lina", "Omar") == (
        "Our father died last spring and I want to thank you for nursing him."
    )
    studio.brain, _ = brain_of(
        "Dear Lina,\n\nI want to thank you for nursing me during that difficult time. You were so kind.\n\nOmar"
    )
    text = studio.draft("Omar", "Lina", "", notes, "sister").text
    assert "nursing me" not in text and "thank you for nursing him" in text


def test_a_recovery_no_note_mentions_is_a_particular():
    """Omar's letter (session 27, final run): "I am grateful that you have taken the time to help me recover"; his
    sister nursed their father, no one recovered."""
    notes = ["Our father died last spring and I want to thank you for nursing him."]
    assert unsupported("Thank you for helping me recover.", notes)
    assert not unsupported("Thank you for helping me recover.", ["She nursed me while I was recovering."])


def test_a_draft_not_clearly_in_the_clients_voice_is_written_again_and_the_most_theirs_kept(studio):
    """Kate's logged drafts from default: the first reads closer to Tomasz's samples, the fifth is clearly hers
    (benchmarks/letters.py --replay). The studio writes again while it is not clearly hers, keeps the best, and
    stops as soon as one is."""
    logged = [
        e["text"] for e in json.loads((DATA / "logged_drafts.json").read_text())["drafts"] if e["client"] == "Kate"
    ]
    brief = next(b for b in json.loads((DATA / "briefs.json").read_text())["briefs"] if b["client"] == "Kate")
    for name, client in VOICES.items():
        studio.add_sample(name, "\n\n".join(client["samples"]))

    def draft(replies):
        studio.brain, model = brain_of()
        model._replies = replies
        result = studio.draft("Kate", brief["to"], brief["occasion"], brief["notes"], brief["relation"])
        return result, len(model.prompts)

    alone = [draft(lambda messages, text=text: text)[0] for text in logged[:4]]
    assert [r.drafts_written for r in alone] == [3, 3, 3, 3]  # the same text three times: never clearly hers
    assert not alone[0].voice.closest_is_own
    kept, asked = draft([logged[0], logged[4], logged[1]])
    assert kept.drafts_written == asked == 2  # stopped once a draft was clearly hers
    assert kept.voice.closest_is_own and kept.voice.lead >= 0.05
    best, asked = draft(list(logged[:4]))
    assert best.drafts_written == asked == 3  # at most three
    assert best.voice.lead == max(r.voice.lead for r in alone[:3])  # the one most hers


def test_warmer_goes_before_a_run_on_signature_and_a_cut_off_sentence_is_not_added(studio):
    """The letters scenario with default (session 28): the draft ended "…in any way I can. Roberta", and "warmer" put
    its sentences after the signature, the last one cut off by the token limit: "… laughter. Your support"."""
    run_on = GOOD.replace("feet.\n\nWith all my love,\nRoberta", "feet. Roberta")
    studio.brain, _ = brain_of(run_on, "I still laugh every single morning because of you. Your support")
    result = studio.draft("Roberta", "Chris", "50th anniversary", NOTES, relation="husband")
    assert result.text.endswith("feet.\n\nRoberta")
    warmer = studio.revise(result.letter_id, "warmer")
    assert warmer.text.endswith("because of you.\n\nRoberta"), warmer.text
    assert "Your support" not in warmer.text


def test_a_deed_the_notes_do_not_tell_is_cut_from_a_draft(studio):
    """default's draft for Roberta in the letters scenario (session 28), from one note about morning laughter: "You
    saw potential in me and encouraged me to pursue my dreams." Feelings and the notes' own deeds stay."""
    from samantha.letters.particulars import invented_deed

    notes = ["You still make me laugh every single morning.", "50th anniversary"]
    assert invented_deed("You saw potential in me and encouraged me to pursue my dreams.", notes)
    assert invented_deed("We travelled to Paris and danced all night.", notes)
    assert not invented_deed("You still make me laugh every single morning, and that makes all the difference.", notes)
    assert not invented_deed("I wanted to take a moment to express my gratitude for the memories we shared.", notes)
    invented = GOOD.replace("feet.", "feet. You saw potential in me and encouraged me to pursue my dreams.")
    studio.brain, _ = brain_of(invented)
    result = studio.draft("Roberta", "Chris", "50th anniversary", NOTES, relation="husband")
    assert "potential" not in result.text and "stepped on your feet" in result.text
    assert any("potential" in cut for cut in result.cut)
