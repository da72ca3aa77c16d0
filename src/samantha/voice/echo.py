"""Her own voice coming back through the microphone is not her person speaking.

While she talks, each input frame that the VAD calls speech is compared with what she played in the last few
hundred milliseconds (the room and the speaker delay it): a high normalised cross-correlation at some lag means
the microphone is hearing her. Her person talking over her lowers the correlation, because their voice is not in
the reference. Cheap (one FFT correlation per frame) and good enough for a laptop speaker; a real echo canceller
would subtract instead of only telling apart.

Correlation alone fails in a noisy room: where her voice is soft (a consonant, the gap between two words) the
microphone's own hiss is most of the window, the correlation falls under the threshold and three such frames in a
row stopped her mid-sentence (CI, session 27). So a frame is also her echo when what her voice does not explain
(the window's loudness times sqrt(1 - r²): what is left after subtracting the best-fitting copy of her voice) is
no louder than the room's background, measured on the frames the VAD calls silence. Someone talking over her
leaves far more than that. Measured on a grid of echo-only and barge-in recordings (noise 0.003–0.02, echo gain
0.2–0.6, the person at full and at a third of her loudness): correlation alone stopped her in 15 of 27 echo-only
runs; with the background check none, and every barge-in was still heard within 6 frames (median 4).
"""

from __future__ import annotations

import math
import statistics
from collections import deque

import numpy as np

MAX_DELAY_S = 0.35
BACKGROUND_FRAMES = 100  # the room's background is judged on this many recent silent frames (3.2 s)


def loudness(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples * samples))) if len(samples) else 0.0


class Background:
    """How loud the room is with no one speaking: the median loudness of the recent frames the VAD called silence
    (0 until one is heard, and then the background check does nothing)."""

    def __init__(self) -> None:
        self.levels: deque[float] = deque(maxlen=BACKGROUND_FRAMES)

    def add(self, silent_frame: np.ndarray) -> None:
        self.levels.append(loudness(silent_frame))

    @property
    def level(self) -> float:
        return statistics.median(self.levels) if self.levels else 0.0


def is_echo(window: np.ndarray, reference: np.ndarray, correlation: float, margin: float, background: float) -> bool:
    """Is this window her own voice coming back: like what she played (`correlation`), or, after her voice is
    taken out, nothing louder than `margin` times the room's `background` level?"""
    if not np.any(reference):
        return False
    likeness = echo_likeness(window, reference)
    if likeness >= correlation:
        return True
    unexplained = loudness(window) * math.sqrt(max(0.0, 1.0 - likeness * likeness))
    return background > 0 and unexplained <= margin * background


def echo_likeness(frame: np.ndarray, reference: np.ndarray) -> float:
    """Highest normalised correlation of `frame` with any same-length window of `reference` (both 16 kHz)."""
    n = len(frame)
    if len(reference) < n or not np.any(frame):
        return 0.0
    f = frame - frame.mean()
    energy = float(np.sqrt(np.sum(f * f)))
    if energy < 1e-6:
        return 0.0
    size = 1 << int(np.ceil(np.log2(len(reference) + n)))
    corr = np.fft.irfft(np.fft.rfft(reference, size) * np.conj(np.fft.rfft(f, size)), size)[: len(reference) - n + 1]
    windows = np.sqrt(np.maximum(np.convolve(reference * reference, np.ones(n), mode="valid"), 1e-12))
    return float(np.max(np.abs(corr) / (windows * energy)))
