"""The first words of a spoken reply, chosen from what she perceived, so she can start speaking at once.

People begin answering before they know their whole sentence: "Oh, no." "Mm," "Hey, Theo!". In a voice
conversation the brain needs about a second on this laptop before its first clause, so she says such an opening
at once (it is synthesised in ~0.1 s) and the brain writes the rest *as a continuation of it*: the opening is
the start of her reply in the prompt, not a filler beside it, and it is stored with the reply.

The choice follows her strategy (how she means to answer) and the shape of their words (a question, a greeting,
thanks). It never promises content the brain may not deliver: no "That's great because…", only the sounds and
short reactions a friend makes, and never the same one twice in a row.
"""

from __future__ import annotations

import re

GREETING = re.compile(r"^\s*(hi|hello|hey|good (morning|evening|afternoon))\b", re.IGNORECASE)
THANKS = re.compile(r"\b(thanks|thank you|thx)\b", re.IGNORECASE)

# {name} is their name; openings with it are skipped when she does not know it.
BY_STRATEGY: dict[str, tuple[str, ...]] = {
    "comfort": ("Oh, {name}.", "Oh, no.", "Aw, {name}.", "Oh."),
    "validate": ("Oh, no.", "Mm.", "Ugh.", "Oh."),
    "curious": ("Oh, no.", "Mm.", "Oh."),
    "humour": ("Oh, no.", "Oh, {name}.", "Mm."),
    "practical": ("Mm.", "Okay.", "Oh, no."),
    "celebrate": ("Oh, wow!", "Oh, {name}!", "Ooh!", "Wow!"),
    "laugh": ("Ha!", "Haha,", "Ha, {name}!"),
    "challenge": ("Hey.", "Hey, {name}.", "Mm, hold on."),
    "give_space": ("Okay.", "Of course."),
    "converse": ("Mm,", "Oh,", "Ah,", "Mm-hm."),
}
QUESTION = ("Hmm,", "Well,", "Ooh,", "Hmm.")
GREETINGS = ("Hey, {name}!", "Hi, {name}!", "Hey!", "Hi!")
THANKED = ("Aw,", "Of course.", "Anytime.")


FELT = ("comfort", "validate", "curious", "humour", "practical", "celebrate", "laugh")  # openings that show a reading


def choose_opener(
    strategy: str | None, user_text: str, name: str | None, count: int, last: str | None, clear: bool = True
) -> str:
    """A short opening for her spoken reply. Rotates with `count` (openings said so far); never repeats `last`.
    `clear`: her reading of their feeling is strong enough to show at once. An "Oh, wow!" to a misread "it was
    a long day" is worse than a plain "Mm,", and the brain continues whatever she started with."""
    if strategy in FELT and not clear:
        strategy = "converse"
    text = user_text.strip()
    if strategy in (None, "converse") and GREETING.match(text):
        choices = GREETINGS
    elif strategy in (None, "converse") and THANKS.search(text):
        choices = THANKED
    elif strategy in (None, "converse") and text.endswith("?"):
        choices = QUESTION
    else:
        choices = BY_STRATEGY.get(strategy or "converse", BY_STRATEGY["converse"])
    usable = [c.format(name=name) for c in choices if name or "{name}" not in c]
    fresh = [c for c in usable if c != last] or usable
    return fresh[count % len(fresh)]


def possible_openers(name: str | None, count: int, last: str | None) -> list[tuple[str, str]]:
    """(strategy, opening) for every opening the next reply could start with: a voice makes them ready ahead."""
    shapes = [(strategy, "") for strategy in BY_STRATEGY] + [("converse", t) for t in ("hi", "thanks", "why?")]
    found = {(strategy, choose_opener(strategy, text, name, count, last)) for strategy, text in shapes}
    return sorted(found)


CLEAR_VALENCE = 0.45  # a reading this strong may show in her first word ("Oh, no.")


class Openers:
    """The rotation of her spoken openings over a session: which she said last, and how many."""

    def __init__(self) -> None:
        self.last: str | None = None
        self.said = 0

    def choose(self, strategy: str | None, user_text: str, name: str | None, valence: float | None) -> str:
        # Only the reading's own strength counts: her appraisal can be strong on a misread ("It was a long day,
        # honestly." after her "I'm glad to hear that" read as joy 0.69), and "Oh, wow!" would say it aloud.
        clear = valence is not None and abs(valence) >= CLEAR_VALENCE
        opener = choose_opener(strategy, user_text, name, self.said, self.last, clear)
        self.last, self.said = opener, self.said + 1
        return opener

    def possible(self, name: str | None) -> list[tuple[str, str]]:
        return possible_openers(name, self.said, self.last)


# After an opening that stops mid-sentence ("Mm,", "Ah,"), the brain's next word starts a clause, not a sentence:
# default wrote "Mm, Thanks for sharing the news with me." Common words lose their capital; "I" and names keep it.
MID_SENTENCE = frozenset(
    ("thanks", "thank", "that", "that's", "it", "it's", "what", "how", "the", "this", "you", "you're", "your", "so",
     "well", "oh", "yes", "no", "sure", "okay", "sounds", "glad", "sorry", "and", "but", "there", "we", "let's",
     "maybe", "a", "an", "good", "great", "nice", "interesting", "really", "tell", "congratulations", "wow")
)  # fmt: skip


def continued(opener: str, text: str) -> str:
    """The brain's first words after `opener`, in the case they take mid-sentence."""
    if not opener.rstrip().endswith(","):
        return text
    match = re.match(r"(\s*)([A-Z][\w']*)", text)
    if not match or match.group(2).lower() not in MID_SENTENCE:
        return text
    return match.group(1) + match.group(2)[0].lower() + text[match.end(1) + 1 :]
