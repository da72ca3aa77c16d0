"""Her own voice through the microphone against her person talking over her, in rooms from quiet to hissy.

Each recording is a person (piper) saying one line; she answers with a scripted reply (so only hearing is
measured) which reaches the microphone `delay` later at `gain` of her loudness, with white hiss added. Echo-only
recordings must not stop her; barge-in recordings (someone saying a line over her 1.5 s in, at full or at a third
of her loudness) must, within a few frames. Two rules are compared: correlation alone (the rule before session
27) and correlation or "nothing left but the room's hiss" (samantha/voice/echo.is_echo).

    .venv/bin/python benchmarks/echo.py        # about 6 minutes on 2 cores
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

import numpy as np

from samantha import Companion
from samantha.llm import ScriptedModel
from samantha.voice import load_stack
from samantha.voice.audio import RATE, Audio, resample
from samantha.voice.conversation import FileConversation, StepClock
from samantha.voice.turntaking import TurnTaking

REPLY = (
    "Oh, that sounds like a heavy day. I'm sorry it wore you down so much. "
    "Do you want to tell me what happened, or would you rather rest for a while?"
)
OVER_HER = ["Wait, actually, I want to tell you about my sister.", "Hold on.", "Wait.", "No no, that's not it."]
HISS = (0.003, 0.01, 0.02)
RULES = {"correlation alone": TurnTaking(echo_background=0.0), "with the background check": TurnTaking()}


def converse(stack, person: np.ndarray, room: tuple[float, float], rules: TurnTaking):
    with tempfile.TemporaryDirectory() as home:
        her = Companion.open(Path(home), model=ScriptedModel([REPLY, "Go on."]), read_emotions=False, spoken=True)
        with her.store.transaction() as db:
            her.store.set_profile(db, "onboarding", "done", None, her.clock())
        conversation = FileConversation(her, stack.stt, stack.tts, stack.vad, rules, clock=StepClock(), room=room)
        _, turns = conversation.run(Audio(person, RATE))
        her.close()
    return turns


def main() -> None:
    stack = load_stack()

    def voice(text: str) -> np.ndarray:
        return resample(stack.tts.synthesize(text), stack.tts.rate, RATE)

    line = voice("I had a really long day at work.")
    opening = np.concatenate([np.zeros(int(0.4 * RATE), np.float32), line, np.zeros(12 * RATE, np.float32)])
    first = converse(stack, opening, (0.06, 0.35), RULES["with the background check"])[0]
    starts = first.first_audio_s
    false_stops = {name: 0 for name in RULES}
    heard = {name: 0 for name in RULES}
    late: dict[str, list[float]] = {name: [] for name in RULES}
    echo_runs = barge_runs = 0
    for seed in range(3):
        for gain in (0.2, 0.35, 0.6):
            for hiss in HISS:
                person = opening + np.random.default_rng(seed).normal(0, hiss, len(opening)).astype(np.float32)
                echo_runs += 1
                for name, rules in RULES.items():
                    false_stops[name] += converse(stack, person, (0.06, gain), rules)[0].interrupted
    for text in OVER_HER:
        for loudness in (1.0, 0.3):
            for hiss in HISS:
                person = opening.copy()
                over = loudness * voice(text)
                at = int((starts + 1.5) * RATE)
                person[at : at + len(over)] += over
                person += np.random.default_rng(7).normal(0, hiss, len(person)).astype(np.float32)
                barge_runs += 1
                for name, rules in RULES.items():
                    turn = converse(stack, person, (0.06, 0.35), rules)[0]
                    # stopped by them (1.5 s in: three words said or more), not by her own echo before they spoke
                    if turn.interrupted and len(turn.reply_text.split()) >= 3:
                        heard[name] += 1
                        late[name].append(turn.barge_in_stop_ms or 0.0)
    print(f"{echo_runs} echo-only recordings, {barge_runs} with someone talking over her")
    print("| rule | echo-only: stopped by her own voice | talked over: stopped | their first sound → her silence |")
    print("|---|---|---|---|")
    for name in RULES:
        ms = f"median {statistics.median(late[name]):.0f} ms" if late[name] else "—"
        print(f"| {name} | {false_stops[name]}/{echo_runs} | {heard[name]}/{barge_runs} | {ms} |")


if __name__ == "__main__":
    main()
