"""Hearing: voice activity (Silero, frame by frame) and speech recognition (faster-whisper, Whisper tiny.en).

`STT` is the seam: anything with `transcribe(samples_16k) -> str`. `WhisperSTT` is the real one, on the
packaged tiny.en model (`base` can replace it by pointing at another CTranslate2 folder). The VAD is the Silero v6
model that faster-whisper ships, run one 32 ms frame at a time with its recurrent state kept, so it can follow a
live microphone as well as a file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Protocol

import numpy as np

from samantha.voice.audio import RATE

FRAME = 512  # samples per VAD frame at 16 kHz: 32 ms
CONTEXT = 64  # samples of the previous frame Silero v6 wants in front of each frame
SHORT_TURN = 28  # seconds: up to this, one encoder pass on the turn's own length
TAIL = 200  # frames (10 ms) of silence after the speech: less and greedy decoding starts the words over


class STT(Protocol):
    name: str

    def transcribe(self, samples: np.ndarray) -> str: ...


class WhisperSTT:
    """Whisper through CTranslate2. Short turns skip Whisper's 30-second padding: the encoder runs on the turn's
    own length (rounded up, at least 3 s), which takes a 3-second turn from ~1.0 s to ~0.15 s on two cores with
    the same words. Longer audio goes through faster-whisper's usual windowed path."""

    def __init__(self, model_dir: Path, threads: int | None = None):
        from faster_whisper import WhisperModel
        from faster_whisper.tokenizer import Tokenizer

        self.name = f"whisper ({model_dir.name})"
        self.model = WhisperModel(
            str(model_dir), device="cpu", compute_type="int8", cpu_threads=threads or os.cpu_count() or 2
        )
        # tiny.en is English-only; base is multilingual and is told the language (English) up front
        multilingual = self.model.model.is_multilingual
        self.tokenizer = Tokenizer(self.model.hf_tokenizer, multilingual, task="transcribe", language="en")
        self.prompt = [*self.tokenizer.sot_sequence, self.tokenizer.no_timestamps]

    def transcribe(self, samples: np.ndarray) -> str:
        """The words in 16 kHz mono float32 audio ('' for silence or noise)."""
        if len(samples) < RATE // 10:
            return ""
        if len(samples) > SHORT_TURN * RATE:
            return self._long(samples)
        import ctranslate2

        # Pad the audio itself with silence (as Whisper does up to 30 s), not the features with zeros: zero
        # features are not silence to the model, and it starts repeating itself into them.
        frames = len(samples) // 160
        width = min(3000, max(300, -(-(frames + TAIL) // 100) * 100))
        padded = np.zeros(width * 160, dtype=np.float32)
        padded[: len(samples)] = samples[: width * 160]
        features = self.model.feature_extractor(padded, padding=0)[:, :width]
        result = self.model.model.generate(
            ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None])),
            [self.prompt],
            beam_size=1,  # greedy: on two cores beam search costs more than it gives for short turns
            max_length=len(self.prompt) + 10 + int(len(samples) / RATE * 6),  # ~3 words a second at most
            no_repeat_ngram_size=4,  # greedy decoding's loops ("…today. I had a long day…")
            return_no_speech_prob=True,
        )[0]
        if result.no_speech_prob > 0.6:
            return ""
        words = without_echoes(self.tokenizer.decode(result.sequences_ids[0]).strip())
        return "" if _hallucination(words) else words

    def _long(self, samples: np.ndarray) -> str:
        segments, _ = self.model.transcribe(
            samples, language="en", beam_size=1, vad_filter=False, condition_on_previous_text=False
        )
        words = " ".join(s.text.strip() for s in segments if s.no_speech_prob < 0.8).strip()
        return "" if _hallucination(words) else words


def without_echoes(text: str) -> str:
    """Greedy decoding over a short window sometimes starts over at the end: "…tonight? What do", "Yeah? Yeah?
    Yeah?". Drop repeated sentences, and a trailing fragment that only restarts an earlier sentence."""
    sentences = re.findall(r"[^.?!]+[.?!]*", text)
    kept: list[str] = []
    for sentence in (s.strip() for s in sentences if s.strip()):
        plain = sentence.lower().strip(" .?!,")
        if kept and plain == kept[-1].lower().strip(" .?!,"):
            continue
        unfinished = sentence[-1] not in ".?!"
        if unfinished and kept and any(_restarts(plain, k.lower().strip(" .?!,")) for k in kept):
            continue
        kept.append(sentence)
    return " ".join(kept)


def _restarts(fragment: str, sentence: str) -> bool:
    """Does this unfinished fragment only start `sentence` over ("What do", "Are you today today", and misheard
    restarts like "I just got from" after "I just got home from work")? Two or more words that begin the same
    way as the sentence are a restart: a person's real next sentence is cut off by silence, not by the window."""
    if sentence.startswith(fragment) or fragment.startswith(sentence):
        return True
    head, start = _words(fragment), _words(sentence)
    return len(head) >= 2 and head[:2] == start[:2]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _hallucination(text: str) -> bool:
    """Whisper's well-known inventions on noise and silence."""
    plain = text.lower().strip(" .!?")
    return plain in {"", "you", "thank you", "thanks for watching", "bye", "thank you for watching", "so"}


class SileroVAD:
    """Speech probability per 32 ms frame, with the model's recurrent state carried between frames."""

    def __init__(self) -> None:
        import onnxruntime
        from faster_whisper.utils import get_assets_path

        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = options.intra_op_num_threads = 1
        options.log_severity_level = 4
        self.session = onnxruntime.InferenceSession(
            os.path.join(get_assets_path(), "silero_vad_v6.onnx"),
            providers=["CPUExecutionProvider"],
            sess_options=options,
        )
        self.reset()

    def reset(self) -> None:
        self.h = np.zeros((1, 1, 128), dtype=np.float32)
        self.c = np.zeros((1, 1, 128), dtype=np.float32)
        self.context = np.zeros(CONTEXT, dtype=np.float32)

    def __call__(self, frame: np.ndarray) -> float:
        """Probability that this frame (512 samples at 16 kHz) is speech."""
        window = np.concatenate([self.context, frame.astype(np.float32)])[None, :]
        out, self.h, self.c = self.session.run(None, {"input": window, "h": self.h, "c": self.c})
        self.context = frame[-CONTEXT:].astype(np.float32)
        return float(out.reshape(-1)[0])
