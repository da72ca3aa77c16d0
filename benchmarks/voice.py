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
STAGES = ("end_of_turn_ms", "stt_ms", "llm_first_sentence_ms", "tts_first_audio_ms", "latency_ms", "written_audio_ms")


def run(model: str, stack, openers: bool = True) -> list[dict]:
    home = Path(tempfile.mkdtemp()) / "home"
    her = Companion.open(home, model=model, reply_tokens=80, spoken=True, openers=openers)
    with her.store.transaction() as db:
        for key, value in (("onboarding", "done"), ("name", "Theo")):
            her.store.set_profile(db, key, value, None, her.clock())
    her.greet()  # prepares the prompt, as when a conversation starts
    person = Prosody(rate=1.05)
    turns = []
    for text in UTTERANCES:
        voice = resample(stack.tts.synthesize(text, person), stack.tts.rate, RATE)
        audio = np.concatenate([np.zeros(RATE // 2, np.float32), voice, np.zeros(3 * RATE, np.float32)])
        _, heard = FileConversation(her, stack.stt, stack.tts, stack.vad).run(Audio(audio, RATE))
        if len(heard) > 1:  # she took a pause inside the utterance for its end: a turn-taking error, shown
            print(f"  split into {len(heard)} turns: {[t.user_text for t in heard]}")
        turns.append(heard[0].as_dict() | {"split": len(heard) > 1})
    her.close()
    return turns


def p90(values: list[float]) -> float:
    return float(np.percentile(values, 90)) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", default="fast,default")
    parser.add_argument("--no-openers", action="store_true", help="no short opening said at once")
    parser.add_argument("--show", action="store_true", help="print each turn's timing")
    args = parser.parse_args()
    stack = load_stack()
    stack.stt.transcribe(np.zeros(RATE, np.float32))  # warm-up, as a running companion would be
    rows = []
    for model in args.models.split(","):
        turns = run(model, stack, openers=not args.no_openers)
        if args.show:
            for t in turns:
                print({k: t[k] for k in ("user_text", "reply_text", "opening", *STAGES)})
        columns = {s: [t[s] for t in turns if t[s] is not None] for s in STAGES}
        med = {s: statistics.median(v) if v else float("nan") for s, v in columns.items()}
        waits, written = columns["latency_ms"], columns["written_audio_ms"]
        opened = sum(1 for t in turns if t["opening"])
        split = sum(1 for t in turns if t["split"])
        rows.append(
            f"| {model} | {len(waits)} | **{med['latency_ms']:.0f}** / {p90(waits):.0f} | "
            f"{med['end_of_turn_ms']:.0f} | {med['stt_ms']:.0f} | {med['llm_first_sentence_ms']:.0f} | "
            f"{med['tts_first_audio_ms']:.0f} | {opened} | {med['written_audio_ms']:.0f} / {p90(written):.0f} | "
            f"{split} |"
        )
    print(
        "| brain | turns | end of speech → first audio, median / p90 ms | end-of-turn wait | STT | to first "
        "piece | TTS of first piece | turns with an opening | → first words the brain wrote, median / p90 | "
        "utterances cut in two |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
