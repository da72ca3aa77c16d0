"""A spoken conversation over a recording: the whole duplex loop on one timeline, for tests, benchmarks and
headless use (`samantha talk --input user.wav --output reply.wav --timings timings.json`).

The input is heard frame by frame as a microphone would deliver it. Thinking takes real time: transcription, the
brain's first sentence and its synthesis are measured on the wall clock and placed on the timeline where they
would have finished, so the first-audio latency in the timings is what a person would have waited. While she
speaks the input keeps being heard:

- her own voice coming back (echo) is recognised and ignored;
- her person speaking for `barge_in_ms` pauses her at once; a backchannel ("mm-hm") lets her carry on where she
  paused, anything else stops her for good, and only what was heard is kept in the conversation;
- speech that starts after she decided to answer but before she made a sound makes her hold her reply.
"""

from __future__ import annotations

import bisect
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import numpy as np

from samantha.turn import Opening
from samantha.voice.audio import RATE, Audio, AudioError, resample
from samantha.voice.echo import BACKGROUND_FRAMES, MAX_DELAY_S, is_echo, loudness
from samantha.voice.hearing import FRAME, STT, SileroVAD
from samantha.voice.speaking import TTS
from samantha.voice.turntaking import SentenceSplitter, TurnTaking, end_silence_ms, is_backchannel

FRAME_S = FRAME / RATE
ECHO_WINDOW = 3 * FRAME
PREROLL = 6  # frames kept before a detected onset: the VAD notices speech a little late


@dataclass
class TurnTiming:
    """One exchange, in milliseconds from the end of the person's speech (what the timings file holds)."""

    turn: int
    user_text: str
    reply_text: str  # what she actually said (cut where she was interrupted)
    interrupted: bool
    end_of_speech_s: float  # position in the input
    first_audio_s: float | None
    latency_ms: float | None  # end of their speech → her first sound
    end_of_turn_ms: float  # silence she waited for (and transcription still running at that point)
    stt_ms: float
    llm_first_sentence_ms: float | None
    tts_first_audio_ms: float | None
    opening: str | None = None  # the short opening she said at once (affect/openers.py), if any
    written_audio_ms: float | None = None  # end of their speech → the first audio of the brain's own words
    barge_in_stop_ms: float | None = None  # their first sound → her silence
    backchannels: int = 0
    echo_frames: int = 0

    def as_dict(self) -> dict:
        return {k: (round(v, 1) if isinstance(v, float) else v) for k, v in asdict(self).items()}


@dataclass
class Utterance:
    start: int  # first speech frame
    end: int  # one past the last speech frame
    decided_s: float  # when she knew they had finished
    words: str
    stt_ms: float


@dataclass(eq=False)  # a piece is itself: list.index() must not compare audio arrays (ambiguous for numpy)
class Piece:
    text: str
    audio: np.ndarray  # at the TTS rate
    start_s: float = 0.0
    speech_samples: int = 0  # without the pause after it
    played: int = -1  # samples played when cut (-1: all)
    opening: bool = False  # her opening, said before the brain wrote anything


class StepClock:
    """A clock for reproducible runs: thinking takes 50 ms per look at it, so the same input gives exactly the same
    timeline whatever the machine's speed (tests, benchmarks/echo.py)."""

    def __init__(self, step_s: float = 0.05) -> None:
        self.now, self.step_s = 0.0, step_s

    def __call__(self) -> float:
        self.now += self.step_s
        return self.now


class HeardSpeech:
    """Speech or not, per 32 ms frame, decided by the VAD in order and only when first asked, the way a live
    microphone is heard: what she plays can still reach frames not yet heard (see `room`)."""

    def __init__(self, conversation: FileConversation):
        self.conversation = conversation
        self.flags: list[bool] = []
        self.silent: list[tuple[int, float]] = []  # (frame, loudness) of each frame the VAD called silence
        self.total = len(conversation.samples) // FRAME

    @property
    def heard(self) -> int:
        return len(self.flags)

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: int) -> bool:
        c = self.conversation
        while len(self.flags) <= index:
            at = len(self.flags) * FRAME
            frame = c.samples[at : at + FRAME]
            self.flags.append(c.vad(frame) >= c.rules.speech_threshold)
            if not self.flags[-1]:
                self.silent.append((len(self.flags) - 1, loudness(frame)))
        return self.flags[index]

    def background(self, before: int) -> float:
        """The room's loudness with no one speaking, from the silent frames heard before frame `before` (as a
        live microphone would know it then; see echo.Background)."""
        end = bisect.bisect_left(self.silent, (before, -1.0))
        levels = [level for _, level in self.silent[max(0, end - BACKGROUND_FRAMES) : end]]
        return statistics.median(levels) if levels else 0.0


@dataclass
class Timeline:
    """What she says and when, on the input's clock, at the TTS rate (and a 16 kHz copy for the echo check)."""

    rate: int
    pieces: list[Piece] = field(default_factory=list)

    def end_s(self) -> float:
        return max((p.start_s + len(p.audio) / self.rate for p in self.pieces), default=0.0)


class FileConversation:
    def __init__(
        self,
        companion,
        stt: STT,
        tts: TTS,
        vad: SileroVAD,
        rules: TurnTaking | None = None,
        captions: Callable[[str, str], None] | None = None,
        clock: Callable[[], float] | None = None,
        room: tuple[float, float] | None = None,
    ):
        self.her = companion
        self.clock = clock or time.perf_counter  # seconds; a stepping clock makes the timeline reproducible
        self.stt, self.tts, self.vad = stt, tts, vad
        self.rules = rules or TurnTaking()
        self.captions = captions or (lambda who, text: None)
        self.timeline = Timeline(tts.rate)
        # A simulated room for tests: her voice reaches the microphone `room[0]` seconds later at gain `room[1]`,
        # exactly as she plays it (stopping and pausing included).
        self.room = room

    def run(self, audio: Audio) -> tuple[Audio, list[TurnTiming]]:
        samples = audio.at(RATE).samples
        samples = np.concatenate([samples, np.zeros((-len(samples)) % FRAME, dtype=np.float32)])
        if not np.any(np.abs(samples) > 1e-4):
            raise AudioError("the recording is silent: there is nobody to answer")
        self.samples, self.clean = samples, samples.copy()
        self.vad.reset()
        self.speech = HeardSpeech(self)
        self.mirror = np.zeros(len(samples) + 30 * RATE, dtype=np.float32)  # her voice at 16 kHz, for echo
        timings: list[TurnTiming] = []
        position = 0
        while True:
            self._warm_openers()
            utterance = self._listen(position)
            if utterance is None:
                break
            if not utterance.words:  # noise, a cough: nothing to answer
                position = utterance.end
                continue
            timing, position = self._answer(utterance, len(timings) + 1)
            timings.append(timing)
        if not timings:
            raise AudioError("I couldn't make out any words in the recording (only silence or noise)")
        return self._render(len(samples) / RATE), timings

    def _warm_openers(self) -> None:
        """Idle time before their next words: her likely openings are synthesised ahead (live, this runs while
        she speaks and they talk; here the recording waits for it, as that time is not on the timeline)."""
        warm = getattr(self.tts, "warm", None)
        if warm is not None:
            warm(self.her.next_openers())

    # hearing ---------------------------------------------------------------------------------------------------
    def _frames(self, ms: int) -> int:
        return max(1, -(-ms // int(FRAME_S * 1000)))

    def _onset(self, position: int, stop: int | None = None) -> int | None:
        """First frame from `position` that starts a run of speech long enough to be speech."""
        run, need = 0, self._frames(self.rules.min_speech_ms)
        for i in range(position, min(stop or len(self.speech), len(self.speech))):
            run = run + 1 if self.speech[i] else 0
            if run >= need:
                return i - need + 1
        return None

    def _listen(self, position: int) -> Utterance | None:
        start = self._onset(position)
        if start is None:
            return None
        last, words, stt_ms, heard_at = start, "", 0.0, None
        transcribe_at = self._frames(self.rules.transcribe_after_ms)
        every = self._frames(self.rules.partial_every_ms) if self.rules.partial_every_ms else 0
        # the next live caption is due once this much has passed, whether or not that exact frame was speech: a
        # frame the VAD heard as a breath on the second must not skip a caption (piper's voice varies run to run,
        # and a test of captions failed once on it)
        caption_due = start + every - 1
        for i in range(start, len(self.speech)):
            if self.speech[i]:
                last, words, heard_at = i, "", None  # still talking: what we transcribed is out of date
                if every and i >= caption_due:  # a live caption while they talk
                    self.captions("you…", self._transcribe(start, i + 1)[0])
                    caption_due = i + every
                continue
            silent = i - last
            if silent == transcribe_at and heard_at is None:  # a probable end: transcribe now, while waiting
                words, stt_ms = self._transcribe(start, last + 1)
                heard_at = (i + 1) * FRAME_S + stt_ms / 1000
            if heard_at is not None and silent >= self._frames(end_silence_ms(words, self.rules)):
                return Utterance(start, last + 1, max((i + 1) * FRAME_S, heard_at), words, stt_ms)
        if heard_at is None:  # the recording ended mid-pause: they would have stayed silent
            words, stt_ms = self._transcribe(start, last + 1)
            heard_at = len(self.speech) * FRAME_S + stt_ms / 1000
        wait = end_silence_ms(words, self.rules) / 1000
        return Utterance(start, last + 1, max((last + 1) * FRAME_S + wait, heard_at), words, stt_ms)

    def _transcribe(self, start: int, end: int) -> tuple[str, float]:
        began = self.clock()
        words = self.stt.transcribe(self.samples[max(0, start - PREROLL) * FRAME : end * FRAME])
        return words, (self.clock() - began) * 1000

    # answering -------------------------------------------------------------------------------------------------
    def _answer(self, heard: Utterance, number: int) -> tuple[TurnTiming, int]:
        self.captions("you", heard.words)
        end_s = heard.end * FRAME_S
        pieces, llm_ms, tts_ms = self._think(heard.words, heard.decided_s)
        timing = TurnTiming(
            number, heard.words, "", False, end_s, None, None, (heard.decided_s - end_s) * 1000, heard.stt_ms,
            llm_ms, tts_ms,
        )  # fmt: skip
        reply = self.her.last_reply
        if not pieces:
            return timing, heard.end
        first_s = pieces[0].start_s
        timing.first_audio_s, timing.latency_ms = first_s, (first_s - end_s) * 1000
        timing.opening = pieces[0].text if pieces[0].opening else None
        written = next((p for p in pieces if not p.opening), None)
        timing.written_audio_ms = (written.start_s - end_s) * 1000 if written else None
        # they started talking again before she made a sound: she holds her reply
        early = self._onset(int(heard.decided_s / FRAME_S) + 1, int(first_s / FRAME_S))
        if early is not None and not self._echo(early):
            self._cut(pieces, 0.0)
            timing.interrupted, timing.first_audio_s, timing.latency_ms = True, None, None
            self._keep_only(reply, "")
            return timing, early
        self.timeline.pieces += pieces
        self._rebuild_mirror()
        position, timing = self._watch(pieces, timing)
        spoken = " ".join(self._spoken(p) for p in pieces if self._spoken(p)).strip()
        timing.reply_text = spoken
        if timing.interrupted:
            self._keep_only(reply, spoken)
        self.captions("her", spoken + (" —" if timing.interrupted else ""))
        return timing, position

    def _think(self, words: str, start_s: float) -> tuple[list[Piece], float | None, float | None]:
        """Run the brain and the voice; each piece is placed where it would be ready on the timeline."""
        began = self.clock()
        splitter, pieces = SentenceSplitter(), []
        llm_ms = tts_ms = None
        prosody = None

        def voice(texts: list[str]) -> None:
            nonlocal llm_ms, tts_ms
            for text in texts:
                if llm_ms is None:
                    llm_ms = (self.clock() - began) * 1000
                synth = self.clock()
                audio = self.tts.synthesize(text, prosody)
                if tts_ms is None:
                    tts_ms = (self.clock() - synth) * 1000
                ready = start_s + (self.clock() - began)
                speech = len(audio) - int((prosody.pause if prosody else 0.3) * self.tts.rate)
                previous = pieces[-1].start_s + len(pieces[-1].audio) / self.tts.rate if pieces else 0.0
                opening = isinstance(text, Opening)
                pieces.append(Piece(str(text), audio, max(ready, previous), max(1, speech), opening=opening))

        stream = self.her.stream(words)
        for chunk in stream:
            prosody = prosody or self.her.speaking_prosody
            voice(splitter.feed(chunk))
        voice(splitter.finish())
        return pieces, llm_ms, tts_ms

    def _watch(self, pieces: list[Piece], timing: TurnTiming) -> tuple[int, TurnTiming]:
        """Listen while she speaks: echo, backchannels, barge-in. Returns where listening resumes."""
        frame = int(pieces[0].start_s / FRAME_S)
        need = self._frames(self.rules.barge_in_ms)
        run = onset = 0
        while frame < len(self.speech) and frame * FRAME_S < self.timeline_end(pieces):
            if not self.speech[frame]:
                run = 0
                frame += 1
                continue
            if self._echo(frame):
                timing.echo_frames += 1
                run = 0
                frame += 1
                continue
            onset = frame if run == 0 else onset
            run += 1
            if run < need:
                frame += 1
                continue
            paused_s = (frame + 1) * FRAME_S  # she goes quiet here: within a frame of noticing
            end = self._segment_end(onset)
            words = self.stt.transcribe(self.samples[onset * FRAME : end * FRAME])
            short = (end - onset) * FRAME_S * 1000 <= self.rules.backchannel_max_ms
            if short and is_backchannel(words):
                timing.backchannels += 1
                resume_s = end * FRAME_S + self.rules.resume_after_ms / 1000
                self._shift(pieces, paused_s, resume_s - paused_s)
                frame, run = end, 0
                continue
            self._cut(pieces, paused_s)
            timing.interrupted = True
            timing.barge_in_stop_ms = (paused_s - onset * FRAME_S) * 1000
            return onset, timing
        return min(len(self.speech), int(np.ceil(self.timeline_end(pieces) / FRAME_S))), timing

    def timeline_end(self, pieces: list[Piece]) -> float:
        return max(p.start_s + (p.played if p.played >= 0 else len(p.audio)) / self.tts.rate for p in pieces)

    def _segment_end(self, onset: int) -> int:
        """Where a sound that paused her ends: a short silence, or the longest a backchannel can be."""
        quiet, limit = self._frames(self.rules.resume_after_ms), self._frames(self.rules.backchannel_max_ms) + 1
        silent = 0
        for i in range(onset, min(len(self.speech), onset + limit)):
            silent = 0 if self.speech[i] else silent + 1
            if silent >= quiet:
                return i - silent + 1
        return min(len(self.speech), onset + limit)

    def _echo(self, frame: int) -> bool:
        """Is this frame her own voice coming back? Judged on the last 96 ms: a single 32 ms frame of someone
        else's voice correlates too easily with some lag of hers (voiced speech is nearly periodic)."""
        t = frame * FRAME
        window = self.samples[max(0, t - ECHO_WINDOW + FRAME) : t + FRAME]
        reference = self.mirror[max(0, t - ECHO_WINDOW + FRAME - int(MAX_DELAY_S * RATE)) : t + FRAME]
        background = self.speech.background(frame)
        return is_echo(window, reference, self.rules.echo_correlation, self.rules.echo_background, background)

    def _rebuild_mirror(self) -> None:
        """Her voice as played so far and as planned (16 kHz), for the echo check and the simulated room."""
        self.mirror[:] = 0.0
        for piece in self.timeline.pieces:
            audio = resample(piece.audio if piece.played < 0 else piece.audio[: piece.played], self.tts.rate, RATE)
            at = int(piece.start_s * RATE)
            if at + len(audio) > len(self.mirror):  # she talks past the end of the recording
                grow = at + len(audio) - len(self.mirror)
                self.mirror = np.concatenate([self.mirror, np.zeros(grow, np.float32)])
            self.mirror[at : at + len(audio)] += audio
        if self.room is not None:  # what the microphone picks up from here on includes her voice
            delay, gain = int(self.room[0] * RATE), self.room[1]
            start = self.speech.heard * FRAME
            echo = np.zeros(len(self.samples), dtype=np.float32)
            source = self.mirror[: max(0, len(self.samples) - delay)]
            echo[delay : delay + len(source)] = source
            self.samples[start:] = self.clean[start:] + gain * echo[start:]

    def _shift(self, pieces: list[Piece], at_s: float, by_s: float) -> None:
        """A pause in her speech at `at_s` (a backchannel): what was still to come moves later."""
        spanning = [p for p in pieces if p.start_s < at_s < p.start_s + len(p.audio) / self.tts.rate]
        for p in pieces:
            if p.start_s >= at_s:
                p.start_s += by_s
        for p in spanning:  # the piece she was in the middle of: its rest waits for the backchannel to end
            split = int((at_s - p.start_s) * self.tts.rate)
            words = p.text.split()  # shared out as speech is: a cut later in the rest then keeps the right ones
            said = len(words) if split >= p.speech_samples else int(len(words) * split / p.speech_samples)
            rest = Piece(" ".join(words[said:]), p.audio[split:], at_s + by_s, max(0, p.speech_samples - split))
            p.text, p.audio = " ".join(words[:said]), p.audio[:split]
            p.speech_samples = min(p.speech_samples, split)
            pieces.insert(pieces.index(p) + 1, rest)
            self.timeline.pieces.insert(self.timeline.pieces.index(p) + 1, rest)
        self._rebuild_mirror()

    def _cut(self, pieces: list[Piece], at_s: float) -> None:
        for p in pieces:
            p.played = int(min(len(p.audio), max(0.0, (at_s - p.start_s) * self.tts.rate)))
        self._rebuild_mirror()

    def _spoken(self, piece: Piece) -> str:
        if not piece.text:
            return ""
        if piece.played < 0 or piece.played >= piece.speech_samples:
            return piece.text
        words = piece.text.split()
        return " ".join(words[: int(len(words) * piece.played / piece.speech_samples)])

    def _keep_only(self, reply, spoken: str) -> None:
        if reply is not None and reply.turn_id is not None:
            self.her.amend_spoken(reply.turn_id, spoken)

    def _render(self, input_seconds: float) -> Audio:
        rate = self.tts.rate
        out = np.zeros(int((max(input_seconds, self.timeline.end_s()) + 0.2) * rate), dtype=np.float32)
        for p in self.timeline.pieces:
            audio = p.audio if p.played < 0 else p.audio[: p.played]
            at = int(p.start_s * rate)
            out[at : at + len(audio)] += audio[: len(out) - at]
        return Audio(out, rate)
