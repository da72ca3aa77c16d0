"""The first meeting: she introduces herself, learns what to call her person, and asks a couple of warm questions,
without ever trapping anyone in it.

- Names are read by rule from the ways people answer ("Theodore. Theo is fine.", "call me Jules please", "uh, hi.
  I'm Marcus", "My name's Paul but everyone calls me Pauly", "Just call me T."). Where the rules are unsure, the
  brain is asked for JSON ({"name": … or null}), and its answer only counts if the name is in their words.
- A sentence with no name is never taken as one ("It's for a client", "Why do you want to know?").
- She asks at most twice, then moves on warmly; "call me Theo" works at any time (`name_change`).
- Each scripted question first reacts to what was said (a sentence the brain writes, checked; a plain one if not).
- A message that is not an answer (a question of their own, a request, something else on their mind) ends the
  first meeting: it gets a real reply from the pipeline, and the rest can come up naturally.
Progress is kept in the profile (`onboarding`, `name_asks`), so a person who leaves halfway is asked the same
question next time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from samantha.bond import mood_answer
from samantha.config import PersonaConfig
from samantha.llm import Generation, Message, ModelError

ASK_NAME, ASK_ABOUT, ASK_FEELING, DONE = "ask_name", "ask_about", "ask_feeling", "done"
DEFAULT_NAME = PersonaConfig().name
MOST_ASKS = 2
Brain = Callable[[list[Message], Generation], str]  # the brain's whole answer to a prompt

_NAME = r"((?:[A-Za-z][A-Za-z'’-]*(?: [A-Z][a-z'’-]+)?|[A-Z]\.))"  # "Theo", "Ana Lu", "T."
PREFERRED = re.compile(
    rf"\b(?i:(?:just |you can |you could |please )?call me(?: just)?|(?:everyone|everybody|people|friends|they|most "
    rf"people) (?:call|calls) me|i go by|go by|goes by|i prefer)\s+{_NAME}"
)
FINE = re.compile(rf"\b{_NAME}(?i:,? (?:is fine|is good|works|is ok|is okay|for short|will do|is what i go by))\b")
IS = re.compile(rf"\b(?i:my name is|my name's|name's|i'm|i am|im|it's|its|this is|hi,? i'm|hey,? i'm)\s+{_NAME}")
MY_NAME_IS = re.compile(rf"\b(?i:my name is|my name's|name's)\s+{_NAME}")  # said at any time, not only when asked
REFUSAL = re.compile(
    r"\b(?:rather not|prefer not|don'?t want to (?:say|tell)|none of your business|not telling|no thanks|"
    r"why do you (?:want|need) to know|doesn'?t matter|skip (?:it|that)|pass\b|i'?d rather)",
    re.IGNORECASE,
)
FILLER = re.compile(r"^(?:(?:uh+|um+|er+|hm+|mm+|oh|hi|hey|hello|hiya|well|so|ok|okay|yeah|sure)\b[\s,.!]*)+", re.I)
# Words that follow "I'm"/"it's" or stand alone without being a name.
NOT_NAMES = (
    set(
        """a an the not just so very really fine good great okay ok sure here there tired sad happy glad sorry busy
    ready back home new old fed done well alright bored lonely nervous scared excited working writing going
    doing feeling trying looking thinking coming talking wondering curious confused lost stuck free for from
    with about on in at to of by and or but if because as that this it its is was be been being am are were no
    yes yeah nope maybe why what who how when where which hi hey hello thanks thank you your my me mine i we
    they he she him her them us our their nothing something anything everything someone anyone nobody everyone
    all some any one two guy girl man woman person human client friend writer work job fun sorry actually
    honestly basically probably definitely mostly also still only even please call name names called calling
    like love hate want need know think feel see say tell ask try get got make made""".split()  # noqa: SIM905
    )
    | {"i'm", "im", "i", "it's", "let's", "i've", "i'd", "i'll", "that's", "what's"}
    | set(
        """later bye goodbye whatever huh nah meh idk dunno nope yep yup hmm cheers cool nice lol haha stop wait help
    skip pass next soon morning evening night buddy dude sir madam user anonymous secret private guess sorry
    none nobody busy bad wow thx ty welcome great interesting weird strange same nevermind never""".split()  # noqa: SIM905
    )
)
REACT_PROMPT = (
    "You are meeting someone new and warm to them. Answer what they tell you about their life with ONE short "
    "sentence that reacts to their own words, speaking to them as 'you'. No question, no advice, no greeting."
)
REACT_SHOTS = (
    ("I'm a nurse, nights mostly.", "Nights on a ward, that takes a special kind of strength."),
    ("I fix bikes in a little shop downtown.", "A little bike shop downtown sounds like a good place to be."),
    ("Student. Architecture. Too many all-nighters.", "Architecture on no sleep, that's real devotion."),
)
# A reaction that talks past them: "they", herself ("I'm a comedian" to a comedian), or an empty "you must be
# teaching" to a teacher (seen with `default` in session 23's conversations).
NOT_A_REACTION = re.compile(r"\bthey\b|\bthem\b|\bI(?:'m| am|'ve| have| was)\b|\bmy\b|\byou must be\b", re.IGNORECASE)
REACT_EXAMPLES = ("It sounds like your work matters to you.", "I like knowing that about you.")
ABOUT_QUESTION = "So, {name}tell me a little about yourself. What fills your days?"
FEELING_QUESTION = "One more question, and I mean it: how are you, really, today?"
NAME_READER = 'You read names. Answer only with JSON: {"name": "<the name>"} or {"name": null}.'
NAME_SCHEMA = {"type": "object", "properties": {"name": {"type": ["string", "null"]}}, "required": ["name"]}


@dataclass
class MeetingStep:
    reply: str  # what she says ('' = the conversation goes on: the pipeline answers)
    learned: dict[str, str] = field(default_factory=dict)  # profile entries this answer gave her
    next_step: str = DONE


def introduction(persona: PersonaConfig) -> str:
    chose = " I picked the name myself; I liked the sound of it." if persona.name == DEFAULT_NAME else ""
    return (
        f"Hi. I'm {persona.name}.{chose} I'm an AI, and I'd really like to get to know you. One thing you should "
        "know: I read how you're feeling from your words, so I can answer you better; if you'd rather I didn't, "
        "set read_emotions = false in my config.toml. So, what would you like me to call you?"
    )


def ask_again(step: str) -> str:
    return {
        ASK_NAME: "Before anything else: what would you like me to call you?",
        ASK_ABOUT: "You never told me much about yourself. What fills your days?",
        ASK_FEELING: "And how are you, really, today?",
    }.get(step, "")


def _tidy(name: str) -> str:
    name = name.strip(" .,!?\"'’")[:30]
    return name if any(c.isupper() for c in name) else name.title()


def _believable(candidate: str, text: str) -> bool:
    word = candidate.strip(" .,!?\"'’").lower()
    return bool(word) and word not in NOT_NAMES and len(word) <= 20 and not word.isdigit()


def _sure(candidate: str, text: str) -> bool:
    """A capitalised name is sure; a lower-case word is sure only where nothing else is capitalised either
    ("hi! i'm sam"), and never where the sentence is properly written ("It's complicated": the brain decides)."""
    if candidate[0].isupper():
        return True
    rest = re.sub(r"^\W*\w|\bI\b|\bI'", "", text)  # the first letter and the pronoun are capitalised anyway
    return not any(c.isupper() for c in rest) and not text[:1].isupper()


def read_name(answer: str) -> tuple[str | None, bool]:
    """(the name in an answer to "what should I call you?", whether the rules are sure of it)."""
    text = " ".join(answer.strip().strip("\"'").split())
    for pattern in (PREFERRED, FINE, IS):
        for match in pattern.finditer(text):
            if _believable(match.group(1), text):
                return _tidy(match.group(1)), _sure(match.group(1), text) or pattern is PREFERRED
    bare = FILLER.sub("", text).strip(" .!")
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*\.?", bare)
    if 1 <= len(words) <= 3 and "?" not in bare and _believable(words[0], text):
        return _tidy(words[0]), _sure(words[0], text)
    return None, False


def extract_name(answer: str, brain: Brain | None = None) -> str | None:
    """The name in an answer, or None. Where the rules are unsure and there is a brain, the brain decides."""
    name, sure = read_name(answer)
    if name is not None and (sure or brain is None):
        return name
    if len(answer.split()) <= 8 and not REFUSAL.search(answer):
        return ask_brain_for_name(brain, answer)
    return None


def name_change(text: str) -> str | None:
    """ "Call me Theo" / "my name is Theo" at any time after the first meeting: the name they want now."""
    clean = " ".join(text.split())
    for pattern in (PREFERRED, MY_NAME_IS):
        match = pattern.search(clean)
        if (
            match
            and _believable(match.group(1), clean)
            and not re.search(r"\?|\b(?:my|his|her) (?:mom|dad)\b", clean[: match.start()])
        ):
            return _tidy(match.group(1))
    return None


def late_name(text: str) -> str | None:
    """A name given after the first meeting moved on without one ("uh, hi. who is this?" ended it; then "Theodore.
    Theo is fine."): only the surest shapes (call me X, X is fine, my name is X), in a short message that asks
    nothing. Anything else stays the brain's to answer."""
    clean = " ".join(text.split())
    if "?" in clean or len(clean.split()) > 8:
        return None
    for pattern in (PREFERRED, FINE, MY_NAME_IS):
        match = pattern.search(clean)
        if match and _believable(match.group(1), clean) and match.group(1)[:1].isupper():
            return _tidy(match.group(1))
    return None  # a bare "Lisbon." could answer anything she asked: not a name here


def is_answer(step: str, text: str) -> bool:
    """Is this message an answer to her question, or has the conversation moved on?"""
    words = text.split()
    if step == ASK_NAME:  # a sure name, a short reply, or a refusal; anything longer has moved on
        name, sure = read_name(text)
        short = len(words) <= 6 and not text.rstrip().endswith("?")
        return (name is not None and sure) or short or bool(REFUSAL.search(text))
    if step == ASK_ABOUT:
        return not text.rstrip().endswith("?") or len(words) > 12
    return True


def ask_brain_for_name(brain: Brain | None, answer: str) -> str | None:
    """Where the rules are unsure: the brain answers in JSON, and a name it gives must be in their words."""
    if brain is None:
        return None
    messages: list[Message] = [
        {"role": "system", "content": NAME_READER},
        {
            "role": "user",
            "content": f"Asked what they would like to be called, a person answered: «{answer[:300]}». "
            "What name did they give, if any?",
        },
    ]
    try:
        raw = brain(messages, Generation(max_tokens=24, temperature=0.0, json_schema=NAME_SCHEMA))
        name = json.loads(raw).get("name")
    except (ModelError, ValueError, AttributeError):
        return None
    if not isinstance(name, str) or not name.strip():
        return None
    first = name.split()[0]
    grounded = re.search(rf"\b{re.escape(first.strip('.'))}\b", answer, re.IGNORECASE)
    return _tidy(first) if grounded and _believable(first, answer) else None


def react(brain: Brain | None, answer: str, check: Callable[[str], str] = lambda s: s) -> str:
    """One warm sentence about what they said, written by the brain and checked (`check`), or a plain one."""
    if brain is not None:
        messages: list[Message] = [{"role": "system", "content": REACT_PROMPT}]
        for said, reaction in REACT_SHOTS:  # made-up examples: a small brain follows a shape better than a rule
            messages += [{"role": "user", "content": said}, {"role": "assistant", "content": reaction}]
        messages.append({"role": "user", "content": answer[:400]})
        try:
            text = brain(messages, Generation(max_tokens=40, temperature=0.6)).strip().strip('"“”')
        except ModelError:
            text = ""
        first = re.split(r"(?<=[.!])\s", text, maxsplit=1)[0].strip()
        if 8 <= len(first) <= 160 and "?" not in first and not NOT_A_REACTION.search(first):
            checked = check(first)
            if checked == first:
                return first if first[-1] in ".!" else first + "."
    return (
        REACT_EXAMPLES[0]
        if re.search(r"\b(?:work|job|write|writing|teach|nurse|study|student)\b", answer, re.I)
        else REACT_EXAMPLES[1]
    )


def respond(
    step: str, answer: str, asks: int = 1, brain: Brain | None = None, check: Callable[[str], str] = lambda s: s
) -> MeetingStep:
    """Her side of the first meeting, given the step, the person's answer and how often she asked for a name.
    A reply of '' means the conversation has moved on and the pipeline answers."""
    if step == ASK_NAME and not is_answer(step, answer):
        name, sure = read_name(answer)  # "Hi! My name is Amira and I just moved here…": the name, then a real reply
        return MeetingStep("", {"name": name} if name and sure else {}, DONE)
    if step not in (ASK_NAME, ASK_ABOUT, ASK_FEELING) or not is_answer(step, answer):
        return MeetingStep("", next_step=DONE)
    if step == ASK_NAME:
        name = extract_name(answer, brain)
        if name is not None:
            return MeetingStep(
                f"{name}. I like that. " + ABOUT_QUESTION.format(name=f"{name}, "), {"name": name}, ASK_ABOUT
            )
        if REFUSAL.search(answer) or asks >= MOST_ASKS:
            return MeetingStep(
                "That's alright, you don't have to. If you ever want me to use a name, just say \"call me …\". "
                + ABOUT_QUESTION.format(name=""),
                {"name_asks": str(asks)},
                ASK_ABOUT,
            )
        return MeetingStep(
            "Sorry, I didn't catch a name there. What should I call you?", {"name_asks": str(asks + 1)}, ASK_NAME
        )
    if step == ASK_ABOUT:
        about = " ".join(answer.split())[:400]
        if (
            REFUSAL.search(answer) and len(answer.split()) <= 8
        ):  # "Fine. I'd rather not say." had "Good luck with your life."
            return MeetingStep(f"That's okay, you don't have to. {FEELING_QUESTION}", {}, ASK_FEELING)
        return MeetingStep(f"{react(brain, about, check)} {FEELING_QUESTION}", {"about": about}, ASK_FEELING)
    # A bare feeling ("Not good.", "Lonely.") gets her own answer; one that says more is the brain's to answer.
    return MeetingStep(mood_answer.reply(answer) or "", {"first_feeling": " ".join(answer.split())[:400]}, DONE)
