"""Turn-taking rules: when the person has finished, when a sound is a backchannel, and how to cut a reply into
pieces that can be spoken while the rest is still being written.

End of turn comes from silence (VAD) *and* the words so far (the partial transcript):
- the words sound finished ("…, and I'm tired.") → answer after `eager_end_ms` of silence;
- they don't say either way → after `end_ms`;
- they trail off into a continuation ("and…", "because", "um") → wait `hold_ms`: they are still thinking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samantha.turn import Opening

CONTINUES = re.compile(
    r"(\b(and|but|so|because|or|um+|uh+|er+|like|then|the|a|an|to|with|of|my|if|when|that|which)|[,;:…-]|\.\.\.)$",
    re.IGNORECASE,
)
FINISHED = re.compile(r"[.!?]$")
BACKCHANNELS = {
    "mm", "mhm", "mm-hm", "mm hm", "mmhmm", "hm", "hmm", "uh-huh", "uh huh", "yeah", "yes", "yep", "ok", "okay",
    "right", "sure", "i see", "oh", "ah", "aha", "cool", "nice", "wow", "got it", "true", "totally",
}  # fmt: skip
# A first piece this short is still worth saying at once: it is how people start talking while they think.
INTERJECTIONS = {"oh", "ah", "aw", "hey", "mm", "hmm", "well", "wow", "okay", "ok", "yeah", "yes", "no", "hi", "ooh"}
SENTENCE_END = re.compile(r"[.!?…]+[\"”')\]]*(?=\s)")
CLAUSE_END = re.compile(r"[,;:—–](?=\s)")


@dataclass
class TurnTaking:
    """Tunables (milliseconds unless said otherwise)."""

    speech_threshold: float = 0.5  # VAD probability from which a frame is speech
    min_speech_ms: int = 120  # shorter sounds are clicks and breaths, not speech
    partial_every_ms: int = 1000  # while they talk, a caption of the words so far this often (0: none)
    transcribe_after_ms: int = 32  # silence after which the words so far are transcribed (again, if they go on)
    eager_end_ms: int = 320  # silence after words that sound finished (a comma pause is often ~250 ms)
    end_ms: int = 600  # silence after words that don't say
    hold_ms: int = 1500  # silence after a trailing "and…": they are still thinking
    barge_in_ms: int = 96  # her person speaking this long while she talks pauses her at once
    backchannel_max_ms: int = 900  # a pause-causing sound shorter than this may be a backchannel
    resume_after_ms: int = 250  # silence that ends a backchannel (then she carries on)
    echo_correlation: float = 0.8  # input this similar to what she is playing is her own voice coming back
    echo_background: float = 2.0  # ...or what her voice does not explain is within this many times the room's hiss


def end_silence_ms(words: str, rules: TurnTaking) -> int:
    """How much silence after these words means they have finished."""
    text = words.strip()
    if not text:
        return rules.end_ms
    if text.endswith(("...", "…", ",", "-", ";", ":")) or (
        CONTINUES.search(text.rstrip(" .!?")) and not text.endswith(("?", "!"))
    ):
        return rules.hold_ms  # a trailing "and…", "um", or Whisper's own "..." : still thinking
    if FINISHED.search(text) and len(text.split()) >= 3:  # Whisper puts a full stop after "Wait," too
        return rules.eager_end_ms
    return rules.end_ms


def is_backchannel(words: str) -> bool:
    """'mm-hm', 'yeah', 'okay, right': listening noises, not a wish to speak."""
    pieces = [" ".join(p.split()) for p in re.split(r"[.,!?;]+", words.lower())]
    pieces = [p for p in pieces if p]
    return bool(pieces) and sum(len(p.split()) for p in pieces) <= 4 and all(p in BACKCHANNELS for p in pieces)


class SentenceSplitter:
    """Cuts streamed text into speakable pieces: sentences, and for the very first piece an early clause (so she
    can start speaking after a few words instead of a whole sentence)."""

    def __init__(self, first_clause_words: int = 4):
        self.buffer = ""
        self.first = True
        self.first_clause_words = first_clause_words

    def feed(self, text: str) -> list[str]:
        if isinstance(text, Opening):  # said at once, whole; what follows still gets an early first clause
            return [*self.finish(), text]
        self.buffer += text
        pieces = []
        while True:
            match = SENTENCE_END.search(self.buffer)
            if self.first:  # the first clause long enough to be worth saying on its own
                ends = (c for c in CLAUSE_END.finditer(self.buffer) if match is None or c.start() < match.start())
                clause = next((c for c in ends if self._worth_saying(self.buffer[: c.end()])), None)
                match = clause or match
            if match is None:
                return pieces
            piece, self.buffer = self.buffer[: match.end()].strip(), self.buffer[match.end() :]
            if piece:
                pieces.append(piece)
                self.first = False

    def _worth_saying(self, clause: str) -> bool:
        words = clause.split()
        return len(words) >= self.first_clause_words or words[0].lower().strip(",;:—–") in INTERJECTIONS

    def finish(self) -> list[str]:
        rest, self.buffer = self.buffer.strip(), ""
        return [rest] if rest else []
