"""The live duplex loop: microphone in, speaker out, hands-free (or push-to-talk), with barge-in.

Same rules as the file mode (turntaking.py, echo.py); here time is the real clock. The microphone thread only
queues 32 ms frames; the main thread listens, decides turns and watches for barge-in while a speaking thread
writes and synthesises her reply piece by piece into the `Player`, whose audio callback plays it and counts
exactly what was heard.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from contextlib import closing
from dataclasses import dataclass, field

import numpy as np

from samantha.skills.reminders.skill import LOOK_EVERY_S
from samantha.voice.audio import RATE, resample
from samantha.voice.conversation import ECHO_WINDOW
from samantha.voice.echo import MAX_DELAY_S, Background, is_echo
from samantha.voice.hearing import FRAME
from samantha.voice.turntaking import SentenceSplitter, TurnTaking, end_silence_ms, is_backchannel


@dataclass
class Queued:
    text: str
    audio: np.ndarray
    played: int = 0


@dataclass
class Player:
    """Her voice on its way to the speaker: pieces queue up, the callback plays them, pause/stop take effect
    within one audio block (~20 ms), and `spoken()` says which words were heard."""

    rate: int
    pieces: deque = field(default_factory=deque)
    done: list = field(default_factory=list)
    paused: bool = False
    recent: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))  # last output, 16 kHz
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopped: bool = False  # cut off: pieces still being synthesised for this reply are dropped, not played

    def add(self, text: str, audio: np.ndarray) -> None:
        with self.lock:
            if not self.stopped:
                self.pieces.append(Queued(text, audio))

    def callback(self, outdata: np.ndarray, frames: int, *_: object) -> None:
        out = np.zeros(frames, dtype=np.float32)
        with self.lock:
            filled = 0
            while not self.paused and filled < frames and self.pieces:
                piece = self.pieces[0]
                take = min(frames - filled, len(piece.audio) - piece.played)
                out[filled : filled + take] = piece.audio[piece.played : piece.played + take]
                piece.played += take
                filled += take
                if piece.played >= len(piece.audio):
                    self.done.append(self.pieces.popleft())
            keep = int(MAX_DELAY_S * RATE) + ECHO_WINDOW
            self.recent = np.concatenate([self.recent, resample(out, self.rate, RATE)])[-keep:]
        outdata[:, 0] = out

    @property
    def speaking(self) -> bool:
        with self.lock:
            return bool(self.pieces) and not self.paused

    def stop(self) -> str:
        """Silence now; the words heard so far (the piece she was in, cut where she was)."""
        with self.lock:
            heard = [p.text for p in self.done]
            if self.pieces and self.pieces[0].played:
                p = self.pieces[0]
                words = p.text.split()
                heard.append(" ".join(words[: int(len(words) * p.played / max(1, len(p.audio)))]))
            self.pieces.clear()
            self.done, self.paused, self.stopped = [], False, True
        return " ".join(h for h in heard if h).strip()

    def finished(self) -> None:
        """A new reply begins: what was heard before it (her greeting, the last reply) is not part of it."""
        with self.lock:
            self.done, self.stopped = [], False


class LiveConversation:
    def __init__(self, her, stack, rules: TurnTaking, captions, push_to_talk: bool = False):
        self.her, self.stack, self.rules, self.captions = her, stack, rules, captions
        self.push_to_talk = push_to_talk
        self.frames: queue.Queue[np.ndarray] = queue.Queue()
        self.player = Player(stack.tts.rate)
        self.stop_writing = False  # set by the listener when her person cut her off
        self.background = Background()  # the room's hiss, for telling her echo from her person
        self.next_look = 0.0  # when to look again for a reminder come due (time.monotonic())

    def run(self) -> None:
        import sounddevice

        def hear(indata, frames, moment, status) -> None:  # the audio thread: only queue
            self.frames.put(indata[:, 0].copy())

        with (
            sounddevice.InputStream(samplerate=RATE, channels=1, blocksize=FRAME, dtype="float32", callback=hear),
            sounddevice.OutputStream(
                samplerate=self.player.rate, channels=1, dtype="float32", callback=self.player.callback
            ),
        ):
            self.captions("her", self.her.greet().text)
            self._say_now(self.her.last_reply.text if self.her.last_reply else "")
            try:
                while True:
                    self._warm()
                    words = self._record_turn() if self.push_to_talk else self._listen()
                    if words:
                        self._answer(words)
                        self.remind()
            except KeyboardInterrupt:
                self.player.stop()

    def remind(self) -> None:
        """A reminder come due is said aloud, and captioned: right after a turn, and every LOOK_EVERY_S seconds
        while they are quiet (never over their words: `_listen` looks only before they start speaking)."""
        self.next_look = time.monotonic() + LOOK_EVERY_S
        reminded = self.her.remind()
        if reminded is not None:
            self.captions("her", reminded.text)
            self._say_now(reminded.text)

    def _warm(self) -> None:
        """Her likely openings for the next reply, synthesised while she speaks and they talk."""
        warm = getattr(self.stack.tts, "warm", None)
        if warm is not None:
            threading.Thread(target=warm, args=(self.her.next_openers(),), daemon=True).start()

    def _say_now(self, text: str) -> None:
        if text:
            self.player.add(text, self.stack.tts.synthesize(text))

    def _frame(self) -> np.ndarray:
        return self.frames.get()

    def _listen(self) -> str:
        """Wait for speech, then for its end (silence as long as the words so far ask for)."""
        vad, speech, silent, words, heard = self.stack.vad, [], 0, None, False
        vad.reset()
        while True:
            frame = self._frame()
            if self.player.speaking:  # her greeting or a reply still playing: handled by _watch
                continue
            is_speech = vad(frame) >= self.rules.speech_threshold
            if not is_speech:
                self.background.add(frame)
            if is_speech:
                heard, silent, words = True, 0, None
            if not heard:
                speech = ([*speech, frame])[-6:]  # a little pre-roll
                if time.monotonic() >= self.next_look:
                    self.remind()
                continue
            speech.append(frame)
            silent = 0 if is_speech else silent + 1
            every = self.rules.partial_every_ms // 32
            if is_speech and every and len(speech) % every == 0:  # a live caption while they talk
                self.captions("you…", self.stack.stt.transcribe(np.concatenate(speech)))
            if silent * 32 >= self.rules.transcribe_after_ms and words is None:
                words = self.stack.stt.transcribe(np.concatenate(speech))
            if words is not None and silent * 32 >= end_silence_ms(words, self.rules):
                return words

    def _record_turn(self) -> str:
        input("(press Enter, speak, press Enter again) ")
        while not self.frames.empty():
            self.frames.get_nowait()
        recorded: list[np.ndarray] = []
        stop = threading.Event()
        threading.Thread(target=lambda: (input(), stop.set()), daemon=True).start()
        while not stop.is_set():
            try:
                recorded.append(self.frames.get(timeout=0.1))
            except queue.Empty:
                continue
        return self.stack.stt.transcribe(np.concatenate(recorded)) if recorded else ""

    def _answer(self, words: str) -> None:
        self.captions("you", words)
        self.player.finished()  # a cut-off must only count this reply's words (not her greeting's)
        writing = threading.Thread(target=self._write_and_voice, args=(words,), daemon=True)
        writing.start()
        interrupted = self._watch(writing)
        writing.join()
        if interrupted is not None and self.her.last_reply is not None:
            self.her.amend_spoken(self.her.last_reply.turn_id, interrupted)
            self.captions("her", interrupted + " —")
        elif self.her.last_reply is not None:
            self.captions("her", self.her.last_reply.text)
        self.player.finished()

    def _write_and_voice(self, words: str) -> None:
        splitter = SentenceSplitter()
        self.stop_writing = False
        with closing(self.her.stream(words)) as chunks:  # closing it stores exactly what was said
            for chunk in chunks:
                for piece in splitter.feed(chunk):
                    self._voice(piece)
                if self.stop_writing:
                    return  # cut off: the rest is never said (Player.add drops what is still on its way)
        for piece in splitter.finish():
            self._voice(piece)

    def _voice(self, piece: str) -> None:
        if not self.stop_writing:
            self.player.add(piece, self.stack.tts.synthesize(piece, self.her.speaking_prosody))

    def _watch(self, writing: threading.Thread) -> str | None:
        """While she speaks: her person's voice pauses her; a backchannel lets her go on; anything else stops her.
        Returns what she had said when stopped, or None when she finished."""
        vad, run, sound = self.stack.vad, 0, []
        need = max(1, self.rules.barge_in_ms // 32)
        window = np.zeros(0, dtype=np.float32)
        while writing.is_alive() or self.player.speaking:
            try:
                frame = self.frames.get(timeout=0.05)
            except queue.Empty:
                continue
            window = np.concatenate([window, frame])[-ECHO_WINDOW:]
            if vad(frame) < self.rules.speech_threshold:
                self.background.add(frame)
                run, sound = 0, []
                continue
            if self._echo(window):
                run, sound = 0, []
                continue
            run, sound = run + 1, [*sound, frame]
            if run < need:
                continue
            self.player.paused = True  # within a frame of noticing
            began = time.monotonic()
            while (time.monotonic() - began) * 1000 < self.rules.backchannel_max_ms:
                frame = self.frames.get()
                sound.append(frame)
                if vad(frame) < self.rules.speech_threshold and len(sound) > need + 8:
                    break
            if is_backchannel(self.stack.stt.transcribe(np.concatenate(sound))):
                self.player.paused, run, sound = False, 0, []
                continue
            self.stop_writing = True
            return self.player.stop()
        return None

    def _echo(self, window: np.ndarray) -> bool:
        rules = self.rules
        return is_echo(window, self.player.recent, rules.echo_correlation, rules.echo_background, self.background.level)
