"""End of the person's speech → her first sound, through the whole voice loop (VAD, Whisper tiny.en, the brain,
piper), with the per-stage breakdown.

The person is synthesised (piper, a different speaking rate from hers), one utterance per turn of a continuing
conversation with a returning companion, so the brain's prompt cache behaves as in real use. Thinking runs on the
wall clock and is placed on the recording's timeline (see samantha/voice/conversation.py).

    .venv/bin/python benchmarks/voice.py [--models fast,default]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

import numpy as np

from samantha import Companion
from samantha.affect.express import Prosody
from samantha.voice import load_stack
from samantha.voice.audio import RATE, Audio, resample
from samantha.voice.conversation import FileConversation

UTTERANCES = [
    "Hi. I just got home from work.",
    "It was a long day, honestly.",
    "My boss moved the deadline up again.",
    "I think I need a break this weekend.",
    "Do you have any idea what I could do?",
    "Maybe I will call my sister.",
    "She always makes me laugh.",
    "Thanks for listening to me.",
    "What are you thinking about right now?",
    "Okay, I should cook something.",
]
STAGES = ("end_of_turn_ms", "stt_ms", "llm_first_sentence_ms", "tts_first_audio_ms", "latency_ms")


def run(model: str, stack) -> list[dict]:
    home = Path(tempfile.mkdtemp()) / "home"
    her = Companion.open(home, model=model, reply_tokens=80, spoken=True)
    with her.store.transaction() as db:
        for key, value in (("onboarding", "done"), ("name", "Theo")):
            her.store.set_profile(db, key, value, None, her.clock())
    her.greet()  # prepares the prompt, as when a conversation starts
    person = Prosody(rate=1.05)
    turns = []
    for text in UTTERANCES:
        voice = resample(stack.tts.synthesize(text, person), stack.tts.rate, RATE)
        audio = np.concatenate([np.zeros(RATE // 2, np.float32), voice, np.zeros(3 * RATE, np.float32)])
        _, [turn] = FileConversation(her, stack.stt, stack.tts, stack.vad).run(Audio(audio, RATE))
        turns.append(turn.as_dict())
    her.close()
    return turns


def p90(values: list[float]) -> float:
    return float(np.percentile(values, 90))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", default="fast,default")
    args = parser.parse_args()
    stack = load_stack()
    stack.stt.transcribe(np.zeros(RATE, np.float32))  # warm-up, as a running companion would be
    print(
        "| brain | turns | end of speech → first audio, median / p90 ms | end-of-turn wait | STT | brain to first "
        "piece | TTS of first piece |"
    )
    print("|---|---|---|---|---|---|---|")
    for model in args.models.split(","):
        turns = run(model, stack)
        columns = {s: [t[s] for t in turns if t[s] is not None] for s in STAGES}
        med = {s: statistics.median(v) for s, v in columns.items()}
        waits = columns["latency_ms"]
        print(
            f"| {model} | {len(waits)} | **{med['latency_ms']:.0f}** / {p90(waits):.0f} | "
            f"{med['end_of_turn_ms']:.0f} | {med['stt_ms']:.0f} | {med['llm_first_sentence_ms']:.0f} | "
            f"{med['tts_first_audio_ms']:.0f} |"
        )


if __name__ == "__main__":
    main()
