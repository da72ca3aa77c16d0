"""Audio in and out: WAV files read into mono float32 at the rate a stage needs, written back as 16-bit PCM.

Everything bad a file can be gets one clear `AudioError`: not a WAV, truncated, empty, compressed, 8-bit or
32-bit-float oddities, silence only. Wrong sample rates and channel counts are not errors: they are converted
(downmixed to mono, resampled), because a person's recording is whatever their recorder made.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 16_000  # what hearing (VAD, whisper) works at
MAX_SECONDS = 30 * 60  # a file longer than half an hour is not a conversation turn; refuse, don't eat memory


class AudioError(ValueError):
    """The audio cannot be used; the message says why and what to do."""


@dataclass
class Audio:
    samples: np.ndarray  # float32, mono, −1..1
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    def at(self, rate: int) -> Audio:
        return self if rate == self.rate else Audio(resample(self.samples, self.rate, rate), rate)


def read_wav(path: str | Path) -> Audio:
    """A WAV file as mono float32 (channels averaged), at its own sample rate."""
    path = Path(path)
    if not path.exists():
        raise AudioError(f"{path}: no such file")
    try:
        with wave.open(str(path), "rb") as wav:
            channels, width, rate, frames = wav.getnchannels(), wav.getsampwidth(), wav.getframerate(), wav.getnframes()
            if frames > MAX_SECONDS * max(rate, 1):
                raise AudioError(f"{path}: {frames / rate / 60:.0f} minutes is too long (at most {MAX_SECONDS // 60})")
            raw = wav.readframes(frames)
    except (wave.Error, EOFError) as exc:
        why = f" ({exc})" if str(exc) else ""
        raise AudioError(f"{path}: not a WAV file I can read{why}; use a 16-bit PCM WAV") from exc
    if width not in (1, 2, 3, 4):
        raise AudioError(f"{path}: {8 * width}-bit samples are not supported; use 16-bit PCM WAV")
    usable = len(raw) // (width * channels) * width * channels
    if usable == 0:
        raise AudioError(f"{path}: the file holds no audio")
    if usable < frames * width * channels:  # a truncated file: use what is there, the header lied
        frames = usable // (width * channels)
    samples = _decode(raw[:usable], width).reshape(-1, channels).mean(axis=1)
    return Audio(samples.astype(np.float32), rate)


def write_wav(path: str | Path, audio: Audio) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pcm = (np.clip(audio.samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(audio.rate)
        wav.writeframes(pcm.tobytes())


def resample(samples: np.ndarray, source: int, target: int) -> np.ndarray:
    """Linear-interpolation resampling, after a light low-pass when going down (enough for speech recognition)."""
    if source == target or len(samples) == 0:
        return samples.astype(np.float32)
    if target < source:
        width = max(1, round(source / target))
        kernel = np.ones(width, dtype=np.float32) / width
        samples = np.convolve(samples, kernel, mode="same")
    count = round(len(samples) * target / source)
    positions = np.linspace(0, len(samples) - 1, count, dtype=np.float64)
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.float32)


def _decode(raw: bytes, width: int) -> np.ndarray:
    if width == 1:  # unsigned 8-bit
        return (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128) / 128
    if width == 2:
        return np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768
    if width == 3:
        bytes3 = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        values = bytes3[:, 0] | (bytes3[:, 1] << 8) | (bytes3[:, 2] << 16)
        values = np.where(values & 0x800000, values - 0x1000000, values)
        return values.astype(np.float32) / 8_388_608
    return np.frombuffer(raw, dtype="<i4").astype(np.float32) / 2_147_483_648
