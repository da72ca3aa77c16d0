"""Voice in file mode with the real parts: Silero VAD, Whisper tiny.en, piper's voice (and a scripted or real
brain). The person is piper too, so the tests need no recordings: what they say is known exactly."""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import time
import wave
from datetime import timedelta

import numpy as np
import pytest
from conftest import SAMANTHA

from samantha import Companion
from samantha.llm import ScriptedModel
from samantha.voice import AudioError, read_wav, write_wav
from samantha.voice.audio import RATE, Audio, resample
from samantha.voice.conversation import FileConversation, StepClock
from samantha.voice.echo import Background, echo_likeness, is_echo
from samantha.voice.hearing import FRAME, without_echoes
from samantha.voice.live import Player
from samantha.voice.turntaking import SentenceSplitter, TurnTaking, end_silence_ms, is_backchannel

LONG_REPLY = (
    "Oh, that sounds like a heavy day. I'm sorry it wore you down so much. "
    "Do you want to tell me what happened, or would you rather rest for a while?"
)


@pytest.fixture(scope="module")
def stack():
    pytest.importorskip("faster_whisper")
    pytest.importorskip("piper")
    from samantha.voice import load_stack

    return load_stack()


def speech(stack, text: str) -> np.ndarray:
    return resample(stack.tts.synthesize(text), stack.tts.rate, RATE)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE), dtype=np.float32)


def her_with(home, clock, replies, model=None):
    her = Companion.open(home, model=model or ScriptedModel(replies), clock=clock, read_emotions=False, spoken=True)
    with her.store.transaction() as db:
        her.store.set_profile(db, "onboarding", "done", None, clock())
    return her


def converse(her, stack, audio, clock=None):
    return FileConversation(her, stack.stt, stack.tts, stack.vad, clock=clock).run(Audio(audio, RATE))


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


def heard_between(stack, out: Audio, start: float, end: float) -> str:
    clip = out.samples[int(start * out.rate) : int(end * out.rate)]
    return stack.stt.transcribe(resample(clip, out.rate, RATE))


@pytest.mark.integration
def test_two_utterances_get_spoken_replies_that_sound_like_their_text(home, clock, stack):
    replies = ["I'm glad you told me. Long days are hard.", "Maybe a warm soup tonight. Something easy."]
    her = her_with(home, clock, list(replies))
    person = np.concatenate(
        [silence(0.4), speech(stack, "I had a really long day at work."), silence(7.0),
         speech(stack, "What should I cook tonight?"), silence(6.0)]
    )  # fmt: skip
    out, turns = converse(her, stack, person)
    assert [t.user_text.lower().strip(" .?") for t in turns] == [
        "i had a really long day at work",
        "what should i cook tonight",
    ]
    assert [t.reply_text for t in turns] == replies and not any(t.interrupted for t in turns)
    for turn, reply in zip(turns, replies, strict=True):
        assert 0 < turn.latency_ms < 5000 and turn.stt_ms > 0 and turn.tts_first_audio_ms > 0
        heard = heard_between(stack, out, turn.first_audio_s, turn.first_audio_s + 4.0)
        overlap = len(words(heard) & words(reply)) / len(words(reply))
        assert overlap >= 0.7, (heard, reply)
    stored = [t.reply_text for t in her.store.recent_turns(5) if t.user_text]
    assert stored == replies
    her.close()


@pytest.mark.integration
def test_a_barge_in_stops_her_and_only_what_was_heard_is_kept(home, clock, stack, tmp_path):
    opening = np.concatenate([silence(0.4), speech(stack, "I had a really long day at work."), silence(9.0)])
    _, heard = probe(stack, clock, tmp_path / "probe", opening)  # where her voice starts, to talk over it
    cut_in = int((heard.first_audio_s + 1.6) * RATE)
    person = opening.copy()
    interruption = speech(stack, "Wait, actually, I want to tell you about my sister.")
    person[cut_in : cut_in + len(interruption)] += interruption
    her = her_with(home, clock, [LONG_REPLY, "Of course. Tell me about her."])
    out, turns = converse(her, stack, person, StepClock())
    first_turn = turns[0]
    assert first_turn.interrupted and first_turn.barge_in_stop_ms <= 150
    said = first_turn.reply_text
    assert said and LONG_REPLY.startswith(said) and len(said) < len(LONG_REPLY) / 2
    stored = [t for t in her.store.recent_turns(5) if t.user_text]
    assert stored[0].reply_text == said and stored[0].status == "interrupted"
    assert "sister" in turns[1].user_text.lower()  # what they said over her is the next turn
    stop = cut_in / RATE + first_turn.barge_in_stop_ms / 1000 + 0.1  # their first sound + her reaction
    quiet = out.samples[int(stop * out.rate) : int((turns[1].first_audio_s - 0.05) * out.rate)]
    assert np.max(np.abs(quiet), initial=0.0) < 1e-3  # after the cut, silence until she answers again
    her.close()


def probe(stack, clock, home, opening):
    """Her voice and timing for `opening`, on a stepping clock: the same input will give the same timeline."""
    first = her_with(home, clock, [LONG_REPLY])
    voice, [turn] = converse(first, stack, opening, StepClock())
    first.close()
    return voice, turn


@pytest.mark.integration
def test_a_backchannel_does_not_stop_her(home, clock, stack, tmp_path):
    opening = np.concatenate([silence(0.4), speech(stack, "I had a really long day at work."), silence(12.0)])
    _, heard = probe(stack, clock, tmp_path / "probe", opening)
    person = opening.copy()
    yeah = speech(stack, "Yeah.")
    at = int((heard.first_audio_s + 1.5) * RATE)
    person[at : at + len(yeah)] += yeah
    her = her_with(home, clock, [LONG_REPLY])
    _, [turn] = converse(her, stack, person, StepClock())
    assert not turn.interrupted and turn.reply_text == LONG_REPLY and turn.backchannels == 1
    assert [t.reply_text for t in her.store.recent_turns(3) if t.user_text] == [LONG_REPLY]
    her.close()


@pytest.mark.integration
@pytest.mark.parametrize("hiss", [0.003, 0.01])  # a quiet room; one where her soft sounds drown in the hiss
def test_her_own_voice_coming_back_through_the_microphone_does_not_stop_her(home, clock, stack, hiss):
    person = np.concatenate([silence(0.4), speech(stack, "I had a really long day at work."), silence(12.0)])
    person += np.random.default_rng(2).normal(0, hiss, len(person)).astype(np.float32)
    her = her_with(home, clock, [LONG_REPLY])
    room = (0.06, 0.35)  # the speaker reaches the microphone 60 ms later, at a third of the loudness
    conversation = FileConversation(her, stack.stt, stack.tts, stack.vad, clock=StepClock(), room=room)
    _, [turn] = conversation.run(Audio(person, RATE))
    assert not turn.interrupted and turn.reply_text == LONG_REPLY
    assert turn.echo_frames > 10
    without_the_check = FileConversation(
        her_with(home.parent / "other", clock, [LONG_REPLY, "Yes?"]), stack.stt, stack.tts, stack.vad,
        TurnTaking(echo_correlation=2.0, echo_background=0.0), clock=StepClock(), room=room,
    )  # fmt: skip
    _, turns = without_the_check.run(Audio(person, RATE))
    assert turns[0].interrupted  # the check is what keeps her from interrupting herself
    her.close()


@pytest.mark.integration
def test_in_a_noisy_room_talking_over_her_echo_still_stops_her(home, clock, stack, tmp_path):
    opening = np.concatenate([silence(0.4), speech(stack, "I had a really long day at work."), silence(9.0)])
    _, heard = probe(stack, clock, tmp_path / "probe", opening)
    person = opening.copy()
    interruption = 0.5 * speech(stack, "Hold on, that's not it.")  # quieter than them, but not hiss
    at = int((heard.first_audio_s + 1.5) * RATE)
    person[at : at + len(interruption)] += interruption
    person += np.random.default_rng(3).normal(0, 0.01, len(person)).astype(np.float32)
    her = her_with(home, clock, [LONG_REPLY, "Sorry. Go on."])
    conversation = FileConversation(her, stack.stt, stack.tts, stack.vad, clock=StepClock(), room=(0.06, 0.35))
    _, turns = conversation.run(Audio(person, RATE))
    assert turns[0].interrupted and turns[0].barge_in_stop_ms <= 250 and turns[0].echo_frames > 10
    said = turns[0].reply_text  # stopped by them, 1.5 s in, not at once by her own echo, nor never
    assert LONG_REPLY.startswith(said) and len(said.split()) >= 3 and len(said) < len(LONG_REPLY) / 2
    # (what Whisper tiny makes of a half-loud "Hold on" in this hiss varies with piper's random voice: the suite
    # of session 27 once heard nothing. Hearing the words is the other tests' business; this one is the echo.)
    her.close()


@pytest.mark.integration
def test_with_the_real_tiny_brain_the_cli_answers_a_recorded_question(home, stack, cli_env, tmp_path):
    question = tmp_path / "question.wav"
    write_wav(question, Audio(np.concatenate([silence(0.3), speech(stack, "How are you today?"), silence(3)]), RATE))
    reply, timings = tmp_path / "reply.wav", tmp_path / "timings.json"
    cmd = [*SAMANTHA, "--home", str(home), "--model", "tiny", "talk", "--input", str(question), "--output",
           str(reply), "--timings", str(timings)]  # fmt: skip
    result = subprocess.run(cmd, capture_output=True, env=cli_env, timeout=600)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    import json

    report = json.loads(timings.read_text())
    [turn] = report["turns"]
    # piper's "How" is sometimes soft, and on a busy machine Whisper tiny once heard "today" as "to that"
    assert "are you to" in turn["user_text"].lower() and turn["reply_text"]
    assert {"end_of_turn_ms", "stt_ms", "llm_first_sentence_ms", "tts_first_audio_ms"} <= set(turn)
    assert turn["opening"] and turn["reply_text"].startswith(turn["opening"])  # llama.cpp continues her opening
    assert read_wav(reply).seconds > 1.0 and np.max(np.abs(read_wav(reply).samples)) > 0.05


@pytest.mark.integration
def test_bad_audio_gets_clear_messages_and_odd_formats_are_converted(home, clock, stack, tmp_path):
    her = her_with(home, clock, ["Hello there.", "Hi again.", "Hello.", "Yes."])
    with pytest.raises(AudioError, match="silent"):
        converse(her, stack, silence(3.0))
    noise = np.random.default_rng(1).normal(0, 0.05, 3 * RATE).astype(np.float32)
    try:
        _, turns = converse(her, stack, noise)
        assert all(t.user_text for t in turns)  # whatever Whisper made of it, nothing crashed
    except AudioError as exc:
        assert "words" in str(exc)
    hello = np.concatenate([silence(0.3), speech(stack, "Hello, can you hear me?"), silence(3.0)])
    clipped = np.clip(hello * 6, -1, 1)
    _, [turn] = converse(her, stack, clipped)
    assert "hear me" in turn.user_text.lower()
    stereo_44k = tmp_path / "stereo.wav"  # a different rate and two channels: converted, not refused
    both = resample(hello, RATE, 44_100)
    with wave.open(str(stereo_44k), "wb") as wav:
        wav.setnchannels(2), wav.setsampwidth(2), wav.setframerate(44_100)
        wav.writeframes((np.repeat(both[:, None], 2, axis=1) * 32767).astype("<i2").tobytes())
    _, [turn] = converse(her, stack, read_wav(stereo_44k).at(RATE).samples)
    assert "hear me" in turn.user_text.lower()
    truncated = tmp_path / "truncated.wav"
    truncated.write_bytes(stereo_44k.read_bytes()[: 44 + 2 * 44_100 * 2])  # header says more than is there
    assert read_wav(truncated).seconds == pytest.approx(1.0, abs=0.01)
    for bad, why in ((b"not audio at all", "not a WAV"), (b"", "not a WAV")):
        path = tmp_path / "bad.wav"
        path.write_bytes(bad)
        with pytest.raises(AudioError, match=why):
            read_wav(path)
    with pytest.raises(AudioError, match="no such file"):
        read_wav(tmp_path / "missing.wav")
    her.close()


@pytest.mark.integration
def test_live_talk_without_audio_devices_says_so(home, cli_env):
    result = subprocess.run([*SAMANTHA, "--home", str(home), "talk"], capture_output=True, env=cli_env, timeout=120)
    message = result.stderr.decode()
    if result.returncode == 0:  # a machine with a microphone would start listening; not this test's business
        pytest.skip("this machine has audio devices")
    assert result.returncode == 1 and "file mode" in message and "Traceback" not in message


def test_her_echo_is_told_from_their_voice_by_what_her_voice_leaves_unexplained():
    rng = np.random.default_rng(0)
    her = rng.normal(0, 0.1, 8000).astype(np.float32)  # what she played (16 kHz)
    room = Background()
    for _ in range(20):
        room.add(rng.normal(0, 0.03, FRAME).astype(np.float32))
    hiss = rng.normal(0, 0.03, 3 * FRAME).astype(np.float32)
    echo = 0.35 * her[2000 : 2000 + 3 * FRAME] + hiss  # her voice, soft, under a loud hiss
    assert echo_likeness(echo, her) < 0.8  # correlation alone would call it someone else
    assert is_echo(echo, her, 0.8, 2.0, room.level)
    assert not is_echo(echo, her, 0.8, 2.0, 0.0)  # no background heard yet: correlation alone decides
    person = echo + rng.normal(0, 0.1, len(echo)).astype(np.float32)
    assert not is_echo(person, her, 0.8, 2.0, room.level)
    assert not is_echo(echo, np.zeros_like(her), 0.8, 2.0, room.level)  # she is not playing anything


def test_end_of_turn_listens_to_the_words():
    rules = TurnTaking()
    assert end_silence_ms("I had a long day.", rules) == rules.eager_end_ms
    assert end_silence_ms("I went to the shop and", rules) == rules.hold_ms
    assert end_silence_ms("so um", rules) == rules.hold_ms
    assert end_silence_ms("I went to the shop", rules) == rules.end_ms
    assert end_silence_ms("Are you there?", rules) == rules.eager_end_ms
    assert end_silence_ms("Wait...", rules) == rules.hold_ms
    assert end_silence_ms("Wait.", rules) == rules.end_ms  # one word: maybe a pause, maybe all


def test_backchannels_are_told_from_interruptions():
    for sound in ("Mm-hm.", "Yeah.", "okay, right", "Uh-huh", "I see."):
        assert is_backchannel(sound), sound
    for words in ("Wait, stop.", "Yeah but no", "Actually I wanted to say something", ""):
        assert not is_backchannel(words), words


def test_replies_are_cut_into_speakable_pieces_with_an_early_first_clause():
    splitter = SentenceSplitter()
    pieces = []
    for chunk in ["Oh, that sounds like a heavy day, ", "and I'm sorry. Do you want", " to talk? Maybe later."]:
        pieces += splitter.feed(chunk)
    pieces += splitter.finish()
    assert pieces == ["Oh,", "that sounds like a heavy day, and I'm sorry.", "Do you want to talk?", "Maybe later."]
    splitter = SentenceSplitter()
    pieces = splitter.feed("I think that sounds like a heavy day, and I'm sorry. ")
    assert pieces == ["I think that sounds like a heavy day,", "and I'm sorry."]


def test_whisper_tail_repeats_are_dropped():
    assert without_echoes("What do you think I should cook tonight? What do") == (
        "What do you think I should cook tonight?"
    )
    assert without_echoes("Yeah? Yeah? Yeah?") == "Yeah?"
    assert without_echoes("I went out. Then I came back.") == "I went out. Then I came back."
    assert without_echoes("Are you today? Are you today today") == "Are you today?"
    # misheard restarts (seen with tiny.en on synthesised speech)
    assert without_echoes("I just got home from work. I just got from") == "I just got home from work."
    assert without_echoes("Okay, I should cook something. Okay, I shall") == "Okay, I should cook something."
    assert without_echoes("I'm tired. I think I") == "I'm tired. I think I"  # a new start is kept


def test_the_player_knows_what_was_heard_when_stopped():
    player = Player(rate=RATE)
    player.add("One two three four.", np.ones(RATE, dtype=np.float32))
    player.add("Five six.", np.ones(RATE, dtype=np.float32))
    out = np.zeros((RATE // 2, 1), dtype=np.float32)
    player.callback(out, RATE // 2)
    player.paused = True
    player.callback(out, RATE // 2)
    assert not np.any(out)  # paused: silence within one block
    player.paused = False
    player.callback(out, RATE // 2)  # the first piece is done
    assert player.stop() == "One two three four."
    assert not player.speaking


def test_wav_files_of_any_common_width_read_back_as_the_same_signal(tmp_path):
    tone = (0.5 * np.sin(np.linspace(0, 440 * 2 * np.pi, RATE))).astype(np.float32)
    write_wav(tmp_path / "tone.wav", Audio(tone, RATE))
    back = read_wav(tmp_path / "tone.wav")
    assert back.rate == RATE and np.max(np.abs(back.samples - tone)) < 1e-4
    for width, encode in (
        (1, lambda x: (x * 127 + 128).astype(np.uint8).tobytes()),
        (3, lambda x: b"".join(int(v).to_bytes(3, "little", signed=True) for v in (x * 8_388_607).astype(np.int32))),
    ):
        path = tmp_path / f"{8 * width}bit.wav"
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1), wav.setsampwidth(width), wav.setframerate(RATE)
            wav.writeframes(encode(tone[:2000]))
        assert np.max(np.abs(read_wav(path).samples - tone[:2000])) < 0.02, width
    down = Audio(tone, RATE).at(8_000)
    assert len(down.samples) == RATE // 2 and abs(float(np.max(down.samples)) - 0.5) < 0.02


def test_a_short_interjection_is_said_at_once():
    splitter = SentenceSplitter()
    assert splitter.feed("Oh, I'm so sorry. ") == ["Oh,", "I'm so sorry."]
    splitter = SentenceSplitter()
    assert splitter.feed("I, for one, agree.") + splitter.finish() == ["I, for one, agree."]


@pytest.mark.integration
def test_captions_show_the_words_while_they_are_still_talking(home, clock, stack):
    said = []
    her = her_with(home, clock, ["Mm, tell me more."])
    person = np.concatenate(
        [silence(0.3), speech(stack, "I went to the market this morning and bought apples, pears and bread."),
         silence(3.0)]
    )  # fmt: skip
    FileConversation(her, stack.stt, stack.tts, stack.vad, captions=lambda who, text: said.append((who, text))).run(
        Audio(person, RATE)
    )
    partials = [text for who, text in said if who == "you…"]
    final = next(text for who, text in said if who == "you")
    assert len(partials) >= 2 and "market" in final.lower()
    assert len(partials[0]) < len(final) and partials[0].split()[0].lower() == final.split()[0].lower()
    her.close()


def test_an_opening_is_its_own_piece_and_the_next_clause_still_comes_early():
    from samantha.turn import Opening

    splitter = SentenceSplitter()
    assert splitter.feed(Opening("Oh, no.")) == ["Oh, no."]
    assert splitter.feed(" That sounds really hard, I'm sorry. You") == ["That sounds really hard,", "I'm sorry."]


class CountingVoice:
    name, rate = "counting", 1000

    def __init__(self):
        self.calls = []

    def synthesize(self, text, prosody=None):
        self.calls.append((text, prosody.rate))
        return np.ones(100 * len(text.split()), dtype=np.float32)


def test_phrases_are_synthesised_once_per_rate_and_shaped_on_reuse():
    from samantha.affect.express import Prosody
    from samantha.voice.speaking import PhraseCache

    voice = CountingVoice()
    cache = PhraseCache(voice)
    cache.warm([("Oh, no.", Prosody(rate=0.9)), ("Mm,", Prosody(rate=1.0))])
    assert len(voice.calls) == 2
    quiet = cache.synthesize("Oh, no.", Prosody(rate=0.91, energy=0.5, pause=0.2))
    assert len(voice.calls) == 2  # ready: nothing synthesised on the turn
    assert len(quiet) == 200 + 200 and np.allclose(quiet[:200], 0.5) and not np.any(quiet[200:])
    cache.synthesize("Oh, no.", Prosody(rate=1.2))  # a different rate is a different sound
    cache.synthesize("That sounds really hard today.", Prosody())  # longer text is never kept
    cache.synthesize("That sounds really hard today.", Prosody())
    longer = "That sounds really hard today."
    assert [c[0] for c in voice.calls[2:]] == ["Oh, no.", longer, longer]


@pytest.mark.integration
def test_her_opening_is_heard_at_once_and_the_rest_follows(home, clock, stack, monkeypatch):
    model = ScriptedModel(["long days wear you down. Rest tonight."], continues_replies=True)
    her = her_with(home, clock, None, model=model)
    person = np.concatenate([silence(0.4), speech(stack, "I had a really long day at work."), silence(8.0)])
    events: list[str] = []  # what the voice synthesised, and when her brain was asked
    stack.tts.phrases.clear()
    voice = stack.tts.tts.synthesize
    monkeypatch.setattr(
        stack.tts.tts, "synthesize", lambda text, prosody=None: (events.append(text), voice(text, prosody))[1]
    )
    monkeypatch.setattr(her, "stream", lambda w, s=her.stream: (events.append("<brain>"), s(w))[1])
    out, [turn] = converse(her, stack, person, StepClock())
    assert turn.opening and turn.reply_text == f"{turn.opening} long days wear you down. Rest tonight."
    assert turn.latency_ms < turn.written_audio_ms  # the opening comes before the brain's words
    assert turn.opening in events[: events.index("<brain>")]  # made ready ahead, in idle time
    assert turn.opening not in events[events.index("<brain>") :]  # and not synthesised again on the turn
    heard = heard_between(stack, out, turn.first_audio_s, turn.first_audio_s + 5.0)
    assert {"days", "rest", "tonight"} <= words(heard), heard  # ("Mm, long" may be heard as "M. One")
    her.close()


@pytest.mark.integration
def test_base_ears_pulled_from_their_two_wheels_hear_the_words(stack):
    from samantha.voice import load_stack

    sharper = load_stack(hearing="base")  # Whisper base: model.bin joined from two packages, sha256-checked
    heard = sharper.stt.transcribe(
        np.concatenate([silence(0.3), speech(stack, "My sister lives in Lisbon."), silence(1)])
    )
    # The names must come through; one ordinary word may not ("lives" was heard as "lies" on another CPU).
    said = {"my", "sister", "lives", "in", "lisbon"}
    assert {"sister", "lisbon"} <= words(heard) and len(said & words(heard)) >= 4, heard


def test_unknown_ears_are_a_clear_error():
    pytest.importorskip("faster_whisper")
    from samantha.voice import VoiceUnavailable, load_stack

    with pytest.raises(VoiceUnavailable, match=r"tiny\.en or base"):
        load_stack(hearing="huge")


class FakeSoundDevice:
    """sounddevice as a machine with a microphone and a speaker would run it, in real time: the microphone plays
    `heard` (then silence) in 32 ms blocks to the input callback, the speaker pulls 32 ms blocks from the
    output callback and keeps them. After `seconds` the microphone ends the conversation (Ctrl-C)."""

    def __init__(self, heard: np.ndarray, seconds: float, room: tuple[float, float] | None = None):
        self.heard, self.seconds = heard, seconds
        self.played: list[np.ndarray] = []
        self.stopped = threading.Event()
        self.out_rate = RATE
        self.room = room  # (delay s, gain): her voice from the speaker reaches the microphone
        self.sent: list[np.ndarray] = []  # what the speaker played, at 16 kHz
        self.speaker_from = 0  # where on the microphone's clock the speaker started
        self.lock = threading.Lock()
        self.began = time.monotonic()

    def InputStream(self, samplerate, channels, blocksize, dtype, callback):
        def microphone():
            began = self.began = time.monotonic()
            for block in range(int(self.seconds * samplerate / blocksize)):
                at = block * blocksize
                chunk = np.pad(self.heard[at : at + blocksize], (0, blocksize - len(self.heard[at : at + blocksize])))
                if self.room is not None:  # her voice as it left the speaker `delay` ago
                    with self.lock:
                        sent = np.concatenate(self.sent) if self.sent else np.zeros(0, np.float32)
                    back = at - int(self.room[0] * RATE) - self.speaker_from
                    echo = sent[max(0, back) : max(0, back + blocksize)]
                    if back >= 0 and len(echo):
                        chunk = chunk + self.room[1] * np.pad(echo, (0, blocksize - len(echo)))
                callback(chunk[:, None].astype(np.float32), blocksize, None, None)
                time.sleep(max(0.0, began + (block + 1) * blocksize / samplerate - time.monotonic()))
            self.stopped.set()

        return self._stream(microphone)

    def OutputStream(self, samplerate, channels, dtype, callback):
        self.out_rate = samplerate
        block = int(samplerate * 0.032)

        def speaker():
            began, count = time.monotonic(), 0
            while not self.stopped.is_set():
                out = np.zeros((block, 1), dtype=np.float32)
                callback(out, block, None, None)
                self.played.append(out[:, 0].copy())
                with self.lock:  # her voice as one continuous 16 kHz stream, from when the speaker started
                    if count == 0:
                        self.speaker_from = int((began - self.began) * RATE)
                    self.sent.append(resample(out[:, 0], samplerate, RATE))
                count += 1
                time.sleep(max(0.0, began + count * block / samplerate - time.monotonic()))

        return self._stream(speaker)

    def _stream(self, run):
        fake = self

        class Stream:
            def __enter__(self):
                threading.Thread(target=run, daemon=True).start()
                return self

            def __exit__(self, *exc):
                fake.stopped.set()

        return Stream()


def live_run(her, stack, heard: np.ndarray, seconds: float, monkeypatch, room=None, rules=None):
    from samantha.voice.live import LiveConversation

    device = FakeSoundDevice(heard, seconds, room)
    monkeypatch.setitem(sys.modules, "sounddevice", device)
    said: list[tuple[str, str]] = []
    live = LiveConversation(her, stack, rules or TurnTaking(), lambda who, text: said.append((who, text)))
    real_frame = live._frame

    def frame():
        while True:
            try:
                return real_frame()
            except queue.Empty:
                if device.stopped.is_set():  # the microphone went quiet for good: the person pressed Ctrl-C
                    raise KeyboardInterrupt from None

    monkeypatch.setattr(live, "_frame", frame)
    live.frames.get = lambda block=True, timeout=None, get=live.frames.get: get(timeout=timeout or 0.5)  # no hang
    live.run()
    return said, np.concatenate(device.played) if device.played else np.zeros(0), device.out_rate


@pytest.mark.integration
def test_live_mode_hears_answers_and_is_stopped_by_its_person(home, clock, stack, monkeypatch):
    question = speech(stack, "I had a really long day at work.")
    interruption = speech(stack, "Wait, actually, I want to tell you about my sister.")
    heard = np.concatenate([silence(4.0), question, silence(2.5), interruption, silence(6.0)])
    her = her_with(home, clock, [LONG_REPLY, "Of course. Tell me about her."])
    said, played, rate = live_run(her, stack, heard, len(heard) / RATE + 1.0, monkeypatch)
    yours = [text for who, text in said if who == "you"]
    assert len(yours) == 2, said
    assert "long day" in yours[0].lower() and "sister" in yours[1].lower(), said
    stored = [t for t in her.store.recent_turns(10) if t.user_text]
    first = stored[0]
    assert first.status == "interrupted" and first.reply_text and LONG_REPLY.startswith(first.reply_text)
    assert len(first.reply_text) < len(LONG_REPLY)  # the unsaid rest is not in the conversation
    assert stored[1].reply_text == "Of course. Tell me about her."
    assert np.max(np.abs(played)) > 0.05 and len(played) / rate > 8  # her voice reached the speaker
    her.close()


@pytest.mark.integration
def test_live_mode_says_a_reminder_that_comes_due_while_they_are_quiet(home, clock, stack, monkeypatch):
    import samantha.voice.live as live

    monkeypatch.setattr(live, "LOOK_EVERY_S", 0.5)  # the real 15 s would make this test slow, not different
    heard = np.concatenate([silence(3.0), speech(stack, "Remind me to stretch in 5 minutes."), silence(9.0)])
    her = her_with(home, clock, ["Okay."])

    def later() -> None:  # once she has set it, the person's clock moves on ten minutes
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "stretch" not in getattr(her.last_reply, "text", ""):
            time.sleep(0.1)
        clock.now += timedelta(minutes=10)

    threading.Thread(target=later, daemon=True).start()
    said, _, _ = live_run(her, stack, heard, len(heard) / RATE + 1.0, monkeypatch)
    hers = [text for who, text in said if who == "her"]
    assert any("remind you to stretch" in t for t in hers), said  # set, by voice
    assert any(t.startswith("It's time to stretch") for t in hers), said  # and said aloud when due, unasked
    assert [t.status for t in her.store.reminders(("pending", "fired", "done"))] == ["fired"]
    her.close()


@pytest.mark.integration
@pytest.mark.parametrize("echo_check", [True, False])
def test_live_mode_is_not_stopped_by_her_own_voice_from_the_speaker(home, clock, stack, monkeypatch, echo_check):
    heard = np.concatenate([silence(3.0), speech(stack, "I had a really long day at work."), silence(12.0)])
    her = her_with(home, clock, [LONG_REPLY])
    rules = TurnTaking() if echo_check else TurnTaking(echo_correlation=1.01, echo_background=0.0)
    live_run(her, stack, heard, len(heard) / RATE, monkeypatch, room=(0.06, 0.35), rules=rules)
    reply = next(t for t in her.store.recent_turns(5) if t.user_text)
    if echo_check:
        assert reply.status == "complete" and reply.reply_text == LONG_REPLY
    else:  # the check is what keeps her from interrupting herself
        assert reply.status == "interrupted" and len(reply.reply_text) < len(LONG_REPLY)
    her.close()


def test_after_a_backchannel_pause_a_later_cut_keeps_only_the_words_she_said():
    from samantha.voice.conversation import Piece, Timeline

    conversation = FileConversation.__new__(FileConversation)  # only the timeline arithmetic, no models
    conversation.tts = CountingVoice()  # 1,000 samples a second
    conversation.timeline = Timeline(1000)
    conversation._rebuild_mirror = lambda: None
    piece = Piece("one two three four five six", np.ones(6000, np.float32), 0.0, 6000)
    pieces, conversation.timeline.pieces = [piece], [piece]  # this reply's pieces, and all she has said
    conversation._shift(pieces, 2.0, 1.0)  # "mm-hm" at 2 s: she pauses a second, then goes on
    assert [p.text for p in pieces] == ["one two", "three four five six"] and pieces[1].start_s == 3.0
    conversation._cut(pieces, 4.0)  # cut off a second after she resumed
    assert " ".join(conversation._spoken(p) for p in pieces) == "one two three"
