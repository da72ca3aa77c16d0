"""Keeping replies clean while they stream: no role tokens, no lines spoken for the person, a clean stop.

Small models often keep going after their turn ("User: …", "<|im_start|>user") or echo a speaker label at the
start ("Samantha: Hi"). `ReplyCleaner` sits between the model and the person: it holds back only the few
characters that could be the beginning of such a marker, so streaming stays live.
"""

from __future__ import annotations

import re

# Chat-template tokens of the families we ship (ChatML, Llama, Gemma, Phi) and generic ones.
ROLE_TOKEN = re.compile(r"<\|[^|>]{1,40}\|>|<s>|</s>|\[/?INST\]|<start_of_turn>|<end_of_turn>")
# A new paragraph that greets is a second turn she started on her own ("…the weekend.\n\nHey there! How's your day
# going?", default in session 23's conversations).
FRESH_GREETING = re.compile(r"\n\s*\n\s*(?:hey|hi|hello|good (?:morning|evening|afternoon))\b", re.IGNORECASE)
GREETINGS = ("hey", "hi", "hello", "good morning", "good evening", "good afternoon")


class ReplyCleaner:
    def __init__(self, companion_name: str, user_names: list[str], prompt_labels: list[str] = ()):  # type: ignore[assignment]
        # prompt_labels: the heads of the instruction lines her prompt carried ("Your mood", "They are upset"):
        # a small model that starts reciting one at the start of a line has left its turn, like with "User:".
        speakers = ["User", "Human", "Assistant", "AI", "System", *user_names, *prompt_labels]
        # A line that starts with another speaker's label ends her turn (she must not speak for the person).
        self._turn_end = re.compile(
            r"(?:^|\n)\s*(?:" + "|".join(re.escape(s) for s in speakers if s) + r")\s*:", re.IGNORECASE
        )
        self._own_label = re.compile(r"^\s*(?:" + re.escape(companion_name) + r"|Assistant)\s*:\s*", re.IGNORECASE)
        self._labels = [s.lower() for s in [*speakers, companion_name] if s]
        self._raw = ""  # everything received so far
        self._sent = 0  # characters of the cleaned text already handed out
        self.stopped = False  # True once a turn-ending marker was seen: the caller should stop generating

    def feed(self, piece: str) -> str:
        """Add generated text; return what is safe to show now."""
        if self.stopped:
            return ""
        self._raw += piece
        text, ended = self._clean(self._raw)
        if ended:
            self.stopped = True
            return self._emit(text.rstrip())
        return self._emit(text[: self._safe_length(text)])

    def finish(self) -> str:
        """The end of generation: release whatever was held back (trimmed)."""
        text, _ = self._clean(self._raw)
        return self._emit(text.rstrip())

    def _clean(self, raw: str) -> tuple[str, bool]:
        text = self._own_label.sub("", raw, count=1)
        ended = False
        match = self._turn_end.search(text)
        if match:
            text, ended = text[: match.start()], True
        token = ROLE_TOKEN.search(text)
        if token:  # a template token mid-reply means the model has left its turn
            text, ended = text[: token.start()], True
        greeting = FRESH_GREETING.search(text)
        if greeting:
            text, ended = text[: greeting.start()], True
        return text.lstrip(), ended

    def _safe_length(self, text: str) -> int:
        """How much of `text` cannot turn into a marker whatever comes next: everything before the first place
        where one may be forming (a '<' or '[' token start, or a speaker label at the start or after a newline)."""
        starts = [0] + [i for i, c in enumerate(text) if c in "\n<["]
        for start in starts:
            if start < self._sent:
                continue
            rest = text[start:]
            if (
                _token_may_follow(rest)
                or (rest[:1] not in "<[" and self._label_may_follow(rest.lstrip().lower()))
                or (rest.startswith("\n") and _greeting_may_follow(rest))
            ):
                text = text[:start]
                break
        return max(self._sent, len(text.rstrip()))  # trailing whitespace waits for the next word

    def _label_may_follow(self, rest: str) -> bool:
        for label in self._labels:
            if label.startswith(rest) or (rest.startswith(label) and not rest[len(label) :].strip()):
                return True
        return False

    def _emit(self, text: str) -> str:
        if len(text) <= self._sent:
            return ""
        out = text[self._sent :]
        self._sent = len(text)
        return out


def _token_may_follow(rest: str) -> bool:
    """Could `rest` still grow into a template token? (<|im_end|>, </s>, [INST], <start_of_turn>…)"""
    if rest.startswith("<"):  # <|…|>, </s>, <s>, <start_of_turn>, <end_of_turn>
        return ">" not in rest and len(rest) < 45 and (len(rest) == 1 or rest[1] in "|/se")
    if rest.startswith("["):
        return "]" not in rest and len(rest) < 7
    return False


def prompt_labels(lines: list[str]) -> list[str]:
    """The heads of instruction lines ("Your mood: …" → "Your mood"), which a reply must never start reciting."""
    heads = {line.split(":", 1)[0].strip() for line in lines if ":" in line}
    return sorted(h for h in heads if 4 <= len(h) <= 40)


def clean_reply(text: str, companion_name: str, user_names: list[str]) -> str:
    """Clean a whole reply at once (same rules as streaming)."""
    cleaner = ReplyCleaner(companion_name, user_names)
    return cleaner.feed(text) + cleaner.finish()


def trim_to_sentence(text: str) -> str:
    """Text cut off by the token limit, back to its last whole sentence (unchanged if it ends well or has none)."""
    text = text.rstrip()
    if not text or text[-1] in ".!?…\"”'":
        return text
    ends = [m.end() for m in re.finditer(r"[.!?…][\"”']?(?=\s)", text)]
    return text[: ends[-1]] if ends else text


class RecitalLink:
    """A link of the reply chain (llm/chain.py): a sentence that repeats one of her prompt's instruction lines
    ("They are hurting. Be gentle with them…") is the brain reciting its instructions, not talking: dropped."""

    name = "recital"

    def __init__(self, prompt_lines: list[str]):
        self._lines = [word_string(line) for line in prompt_lines if line]
        self._content = [_content(line) for line in self._lines]

    def check(self, sentence: str) -> str | None:
        plain = word_string(sentence)
        if len(plain.split()) >= 4 and any(plain in line for line in self._lines):
            return ""
        # … or announces it before saying it: "Here's a small, concrete idea to try: consider taking a break." (the
        # guidance "Offer one small, concrete idea, gently.", default, session 27): the announcement goes.
        lead = re.match(r"^([^:]{5,60}):\s+(\S.*)$", sentence)
        if lead:
            words = word_string(lead.group(1)).split()
            grams = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
            if any(gram in line for gram in grams for line in self._lines):
                rest = lead.group(2)
                return rest[0].upper() + rest[1:]
        # … or paraphrases one, in the imperative ("Ask one question to understand the situation." for "Ask one
        # caring question to understand what happened."): an order like that is to her, not to the person.
        if INSTRUCTION.match(plain) and len(plain.split()) >= 4:
            words = _content(plain)
            if words and any(len(words & line) / len(words) >= 0.6 for line in self._content):
                return ""
        return None


def word_string(text: str) -> str:
    """The words of a text, lower-cased, one space apart: for comparing sentences however punctuated."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


INSTRUCTION = re.compile(
    r"^(?:ask|be|stay|offer|give|talk|lighten|kindly|first|don't|do not|show|encourage|use|keep|say|avoid|never|"
    r"respond|reply|answer|react|acknowledge|mention|let)\b"
)


def _content(plain: str) -> set[str]:
    """The words that carry a line's meaning (four letters or more, the small words aside)."""
    return {w for w in plain.split() if len(w) >= 4 and w not in SMALL_WORDS}


SMALL_WORDS = frozenset(
    [
        "they",
        "them",
        "their",
        "with",
        "what",
        "that",
        "this",
        "from",
        "have",
        "been",
        "will",
        "your",
        "about",
        "just",
        "when",
    ]
)


def _greeting_may_follow(rest: str) -> bool:
    """After a line break: could a blank line and a greeting (a second turn of hers) be forming?"""
    if rest.count("\n") < 2 and rest.strip():  # one line break, then words: an ordinary new line
        return False
    words = rest.lstrip().lower()
    return not words or any(
        g.startswith(words) or (words.startswith(g) and not words[len(g) :].strip()) for g in GREETINGS
    )
