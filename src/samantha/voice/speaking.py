"""Speaking: piper with the packaged voice (or any piper voice), espeak-ng as a last resort.

`TTS` is the seam: `synthesize(text, prosody) -> float32 mono samples` at `rate`. The loop calls it one sentence
at a time, so the first sentence is heard while the brain is still writing the rest. Prosody from feelings sets
the speaking rate (piper's length scale), loudness (volume) and the pause after each sentence; piper has no pitch
control, so `pitch` is left for voices that do.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
import wave
from pathlib import Path
from typing import Protocol

import numpy as np

from samantha.affect.express import Prosody

PLAIN = Prosody()


class TTS(Protocol):
    name: str
    rate: int

    def synthesize(self, text: str, prosody: Prosody | None = None) -> np.ndarray: ...


class PiperTTS:
    def __init__(self, model_path: Path):
        from piper import PiperVoice

        self.voice = PiperVoice.load(model_path)
        self.rate = int(self.voice.config.sample_rate)
        self.name = f"piper ({model_path.stem})"

    def synthesize(self, text: str, prosody: Prosody | None = None) -> np.ndarray:
        from piper import SynthesisConfig

        prosody = prosody or PLAIN
        config = SynthesisConfig(length_scale=1.0 / prosody.rate, volume=min(1.0, prosody.energy))
        chunks = [c.audio_float_array for c in self.voice.synthesize(text, syn_config=config)]
        speech = np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, dtype=np.float32)
        return np.concatenate([speech, np.zeros(int(prosody.pause * self.rate), dtype=np.float32)])


class PhraseCache:
    """A TTS that keeps the short phrases she says often (her openings: "Oh, no.", "Mm,") ready to play.

    An opening is said the moment she knows how to answer, so its synthesis (~0.1 s on two cores) would be most
    of the wait. Phrases of up to `max_words` are kept per speaking rate, rounded to 4 % (inaudible on two
    words); loudness and the pause after are applied on reuse. `warm` synthesises the openings the next turn
    may need, in idle time."""

    RATE_STEP = 0.04

    def __init__(self, tts: TTS, max_words: int = 3, capacity: int = 256):
        self.tts = tts
        self.name, self.rate = tts.name, tts.rate
        self.max_words, self.capacity = max_words, capacity
        self.phrases: dict[tuple[str, int], np.ndarray] = {}
        # warm() runs in a background thread live; piper's phonemiser is not known to be thread-safe
        self._lock = threading.Lock()

    def synthesize(self, text: str, prosody: Prosody | None = None) -> np.ndarray:
        prosody = prosody or PLAIN
        if len(text.split()) > self.max_words:
            with self._lock:
                return self.tts.synthesize(text, prosody)
        speech = self._speech(text, prosody.rate)
        self.rate = self.tts.rate
        pause = np.zeros(int(prosody.pause * self.rate), dtype=np.float32)
        return np.concatenate([speech * min(1.0, prosody.energy), pause])

    def warm(self, phrases: list[tuple[str, Prosody]]) -> None:
        for text, prosody in phrases:
            if len(text.split()) <= self.max_words:
                self._speech(text, prosody.rate)

    def _speech(self, text: str, rate: float) -> np.ndarray:
        key = (text, round(rate / self.RATE_STEP))
        with self._lock:
            near = [k for k in ((text, key[1] - 1), (text, key[1] + 1)) if k in self.phrases]
            if key not in self.phrases and near:  # one step off (her mood moved while she listened): still fine
                return self.phrases[near[0]]
            if key not in self.phrases:
                if len(self.phrases) >= self.capacity:
                    self.phrases.pop(next(iter(self.phrases)))  # the oldest: moods drift, old rates go unused
                plain = Prosody(rate=key[1] * self.RATE_STEP, pitch=0.0, energy=1.0, pause=0.0)
                self.phrases[key] = self.tts.synthesize(text, plain)
            return self.phrases[key]


class EspeakTTS:
    """The last resort: Debian's espeak-ng, robotic but always there."""

    def __init__(self, binary: str):
        self.binary = binary
        self.rate = 22_050
        self.name = "espeak-ng"

    def synthesize(self, text: str, prosody: Prosody | None = None) -> np.ndarray:
        prosody = prosody or PLAIN
        words_per_minute = str(int(165 * prosody.rate))
        result = subprocess.run(
            [self.binary, "--stdout", "-s", words_per_minute, "--", text], capture_output=True, check=True, timeout=60
        )
        with wave.open(io.BytesIO(result.stdout)) as wav:
            self.rate = wav.getframerate()
            speech = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").astype(np.float32) / 32768
        return np.concatenate([speech * min(1.0, prosody.energy), np.zeros(int(prosody.pause * self.rate), np.float32)])


def find_espeak() -> str | None:
    return shutil.which("espeak-ng") or shutil.which("espeak")
