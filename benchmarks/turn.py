"""Turn latency with the real bundled models: load, time to first token (first turn and later turns, where
llama.cpp reuses the cached prompt prefix), tokens/s, and what a turn costs outside the LLM.

    python benchmarks/turn.py                      # tiny, fast, default
    python benchmarks/turn.py --models tiny --turns 4

Time to first token is measured as the person sees it: from `Companion.stream()` being called to the first
text chunk it yields (prompt building, the store write of their words, prompt evaluation, first token, and the
cleaner). Overhead is the whole turn minus the time spent inside the model's generator. Between turns the
benchmark waits `--pause` seconds, as a person reading and typing does, and `--first-pause` after her greeting
(reading it and typing a first message); that idle time is when the llama.cpp brain prepares the next prompt
(`prepare_next`), and it is not counted. The person is a returning one: the first meeting is already done.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from samantha import Companion
from samantha.assets import lookup, pull
from samantha.config import DB_FILE
from samantha.llm import ChatModel, Generation, Message
from samantha.store import Store

MESSAGES = [
    "Hi. I had a long day writing letters for strangers.",
    "One was from a woman to her husband of fifty years. It got to me a bit.",
    "Do you ever wonder what it's like to be married that long?",
    "My own marriage didn't last. We're signing the papers next month.",
    "I don't know. Maybe I just need to get out more.",
    "What would you do on a Saturday if you could do anything?",
    "That sounds nice. Thanks for listening.",
    "Tell me something that made you curious today.",
]


class TimedModel:
    """Wraps a ChatModel and adds up the time spent inside its generator."""

    def __init__(self, inner: ChatModel):
        self.inner = inner
        self.name = inner.name
        self.context_tokens = inner.context_tokens
        self.inside = 0.0

    def stream(self, messages: list[Message], generation: Generation) -> Iterator[str]:
        pieces = self.inner.stream(messages, generation)
        while True:
            start = time.perf_counter()
            try:
                piece = next(pieces)
            except StopIteration:
                self.inside += time.perf_counter() - start
                return
            self.inside += time.perf_counter() - start
            yield piece

    def prepare_next(self, messages: list[Message]) -> None:
        prepare = getattr(self.inner, "prepare_next", None)  # idle-time work: deliberately not timed
        if prepare is not None:
            prepare(messages)

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def close(self) -> None:
        self.inner.close()


def returning_person(home: Path) -> None:
    store = Store(home / DB_FILE)
    with store.transaction() as db:
        now = datetime.now(UTC)
        store.set_profile(db, "onboarding", "done", None, now)
        store.set_profile(db, "name", "Theo", None, now)
        store.set_profile(db, "about", "I write letters for other people.", None, now)
    store.close()


def run_model(key: str, turns: int, pause: float, first_pause: float) -> dict[str, float]:
    pull(lookup(key))
    with tempfile.TemporaryDirectory() as home:
        returning_person(Path(home))
        start = time.perf_counter()
        her = Companion.open(Path(home), model=key)
        load = time.perf_counter() - start
        timed = TimedModel(her.model)
        her.model = timed
        ttfts, rates, overheads, totals = [], [], [], []
        with her:
            her.greet()
            for number, message in enumerate(MESSAGES[:turns]):
                time.sleep(first_pause if number == 0 else pause)
                timed.inside = 0.0
                start = time.perf_counter()
                first = None
                text = ""
                for chunk in her.stream(message):
                    first = first or time.perf_counter()
                    text += chunk
                end = time.perf_counter()
                ttfts.append((first or end) - start)
                tokens = timed.count_tokens(text)
                rates.append(tokens / (end - first) if first and end > first else 0.0)
                overheads.append((end - start) - timed.inside)
                totals.append(end - start)
    return {
        "load_s": load,
        "ttft_first_s": ttfts[0],
        "ttft_later_s": statistics.median(ttfts[1:]),
        "ttft_later_max_s": max(ttfts[1:]),
        "tok_per_s": statistics.median(rates),
        "overhead_ms": statistics.median(overheads) * 1000,
        "turn_s": statistics.median(totals),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default="tiny,fast,default")
    parser.add_argument("--turns", type=int, default=len(MESSAGES))
    parser.add_argument("--pause", type=float, default=2.0, help="seconds the person reads and types (not timed)")
    parser.add_argument("--first-pause", type=float, default=10.0, help="seconds before the first message")
    args = parser.parse_args()
    rows = {key: run_model(key, max(2, args.turns), args.pause, args.first_pause) for key in args.models.split(",")}
    header = (
        "| model | load s | TTFT 1st turn s | TTFT later turns s (median / max) | reply tok/s | "
        "overhead outside LLM ms | turn s (median) |"
    )
    print(header)
    print("|" + "---|" * header.count(" | ") + "---|")
    for key, r in rows.items():
        print(
            f"| {key} | {r['load_s']:.2f} | {r['ttft_first_s']:.2f} | {r['ttft_later_s']:.2f} / "
            f"{r['ttft_later_max_s']:.2f} | {r['tok_per_s']:.1f} | {r['overhead_ms']:.1f} | {r['turn_s']:.2f} |"
        )


if __name__ == "__main__":
    main()
