"""Her own voice coming back through the microphone is not her person speaking.

While she talks, each input frame that the VAD calls speech is compared with what she played in the last few
hundred milliseconds (the room and the speaker delay it): a high normalised cross-correlation at some lag means
the microphone is hearing her. Her person talking over her lowers the correlation, because their voice is not in
the reference. Cheap (one FFT correlation per frame) and good enough for a laptop speaker; a real echo canceller
would subtract instead of only telling apart.
"""

from __future__ import annotations

import numpy as np

MAX_DELAY_S = 0.35


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
