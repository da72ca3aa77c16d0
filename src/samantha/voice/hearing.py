"""Hearing: voice activity (Silero, frame by frame) and speech recognition (faster-whisper, Whisper tiny.en).

`STT` is the seam: anything with `transcribe(samples_16k) -> str`. `WhisperSTT` is the real one, on the
packaged tiny.en model (`base` can replace it by pointing at another CTranslate2 folder). The VAD is the Silero v6
model that faster-whisper ships, run one 32 ms frame at a time with its recurrent state kept, so it can follow a
live microphone as well as a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

import numpy as np

from samantha.voice.audio import RATE

FRAME = 512  # samples per VAD frame at 16 kHz: 32 ms
CONTEXT = 64  # samples of the previous frame Silero v6 wants in front of each frame


class STT(Protocol):
    name: str

    def transcribe(self, samples: np.ndarray) -> str: ...


class WhisperSTT:
    def __init__(self, model_dir: Path, threads: int | None = None):
        from faster_whisper import WhisperModel

        self.name = f"whisper ({model_dir.name})"
        self.model = WhisperModel(
            str(model_dir), device="cpu", compute_type="int8", cpu_threads=threads or os.cpu_count() or 2
        )

    def transcribe(self, samples: np.ndarray) -> str:
        """The words in 16 kHz mono float32 audio ('' for silence or noise)."""
        if len(samples) < RATE // 10:
            return ""
        segments, _ = self.model.transcribe(
            samples,
            language="en",
            beam_size=1,  # greedy: on two cores beam search costs more than it gives for short turns
            vad_filter=False,  # the loop already cut the speech out
            without_timestamps=True,
            condition_on_previous_text=False,
            no_speech_threshold=0.6,
        )
        words = " ".join(s.text.strip() for s in segments if s.no_speech_prob < 0.8).strip()
        return "" if _hallucination(words) else words


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
