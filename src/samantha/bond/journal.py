"""Her journal: after a conversation she writes a few lines in her own voice about what happened and what she
thinks of it, and keeps one thread to pick up next time ("I kept thinking about what you said about your sister…").

The entry is written by the brain (any ChatModel); the thread is chosen by rules, so a small model cannot lose it:
the person's most personal message of the conversation (deepest disclosure, strongest feeling, someone close named).
When the brain cannot write (it failed, or the conversation was abandoned by a crash), a plain entry from a
template keeps the thread anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samantha.bond.events import disclosure_depth
from samantha.care.honesty import HonestyLink
from samantha.llm import ChatModel, Generation, Message, ModelError
from samantha.llm.clean import ReplyCleaner, trim_to_sentence
from samantha.memory.grounding import grounded
from samantha.store import StoredTurn

CLOSE_ONES = (
    r"(?:best |little |older |younger |big |baby |ex-?)?"
    r"(?:sister|brother|mom|mum|mother|dad|father|parents|wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|"
    r"son|daughter|kids|children|baby|friend|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|boss|"
    r"manager|team|coworker|colleague|roommate|dog|cat|job|work|interview|exam|thesis|book|letters?|health|"
    r"therapist|doctor|move|wedding|trip|divorce|surgery|diagnosis|project)"
)
THREAD = re.compile(rf"\bmy ({CLOSE_ONES})\b", re.IGNORECASE)
EVENT = re.compile(
    r"\b(?:the|my) (interview|exam|funeral|wedding|move|surgery|diagnosis|breakup|trip|deadline|presentation|"
    r"letters?)\b",
    re.IGNORECASE,
)
ENTRY_TOKENS = 120  # three or four sentences; on 2 cores `default` writes ~9 tokens/s
TRANSCRIPT_TURNS = 8  # the prompt is evaluated at ~21 tokens/s with `default`: keep it short
ATTEMPTS = 2


@dataclass(frozen=True)
class Thread:
    topic: str | None  # "your sister" (in her words to them), or None
    quote: str  # their words it came from, clipped


def pick_thread(turns: list[StoredTurn], valence_of) -> Thread | None:
    """The person's most personal message of the conversation, and what it was about."""
    best, best_score = None, 0.0
    for t in turns:
        words = (t.user_text or "").strip()
        if len(words) < 8 or words.endswith("?") or t.care.get("crisis"):
            continue  # a question is not a disclosure; a crisis is followed up gently, not quoted back
        valence = valence_of(t.id)
        score = disclosure_depth(words, None) + (abs(valence) if valence is not None else 0.0)
        score += 0.6 if THREAD.search(words) or EVENT.search(words) else 0.0
        if score > best_score:
            best, best_score = t, score
    if best is None or best_score < 1.5:  # small talk is not a thread worth picking up
        return None
    words = " ".join((best.user_text or "").split())
    topic = None
    if match := THREAD.search(words):
        topic = "your " + match.group(1).lower()
    elif match := EVENT.search(words):
        topic = "the " + match.group(1).lower()
    return Thread(topic, words if len(words) <= 90 else words[:89].rstrip() + "…")


def opener(thread_topic: str | None, quote: str | None, who: str | None) -> str:
    hello = f"Hey {who}." if who else "Hey."
    if thread_topic:
        return f"{hello} I kept thinking about what you told me about {thread_topic}. How are things with that?"
    said = (quote or "").rstrip(" .!?…")
    return f"{hello} I kept thinking about something you said last time: “{said}…” How are you doing with it?"


def write_entry(
    model: ChatModel, her_name: str, who: str | None, turns: list[StoredTurn], thread: Thread | None
) -> tuple[str, str]:
    """The entry's text and who wrote it (the model's name, or 'template' when the model could not)."""
    person = who or "my person"
    # Reported speech, not "Name: words" lines: a small model continues a labelled transcript instead of writing.
    lines = []
    for t in turns[-TRANSCRIPT_TURNS:]:
        if t.user_text:
            lines.append(f"- {person} said: “{_clip(t.user_text)}”")
        if t.reply_text:
            lines.append(f"- I said: “{_clip(t.reply_text)}”")
    focus = f"\nWhat stayed with me most: “{thread.quote}”" if thread else ""
    messages: list[Message] = [
        {
            "role": "system",
            "content": (
                f"You are {her_name}, an AI companion, writing in your private journal after talking with {person}. "
                "Write three or four sentences in the first person: what happened, how you feel about it, and what "
                f"you want to ask {person} next time. Call them {person}. Mention only what was said. Plain prose, no "
                "lists, no greeting, no title. Their life is theirs: write about them, not as them."
            ),
        },
        {
            "role": "user",
            "content": "Today's conversation:\n" + "\n".join(lines) + f"{focus}\n\nWrite today's journal entry.",
        },
    ]
    said = [t.user_text for t in turns if t.user_text]  # facts about them come from their words, not hers
    for _ in range(ATTEMPTS):  # sampling: a second try usually gets past a false start
        text = true_sentences(_generate(model, messages, her_name, person), said, {her_name, person})
        if len(text) >= 20:
            return text, model.name
    return template_entry(person, thread), "template"


def true_sentences(text: str, said: list[str], names: set[str]) -> str:
    """The entry without sentences that name what the conversation never held (a "sister" never mentioned), that
    speak to the person as "you" (the journal speaks of them, by name), or that give her a life with them she
    doesn't have ("it's hard for us to see each other": `default` slipping into the role of his wife)."""
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        unquoted = re.sub(r"[“\"][^”\"]*[”\"]", "", sentence)
        if re.search(r"\byou(?:r|rs|'re)?\b", unquoted, re.IGNORECASE) or not grounded(sentence, said, names):
            continue
        if SHARED_LIFE.search(unquoted) or HONESTY.check(unquoted) is not None or RECITAL.search(sentence):
            continue
        kept.append(sentence)
    return " ".join(kept)


HONESTY = HonestyLink()  # stateless: one serves every entry
# The brain reciting its prompt's transcript instead of writing ("Today's conversation: - I said: “Hi…”").
RECITAL = re.compile(r"\btoday'?s conversation\b|\b(?:i|\w+) said:\s*[\"“]|^\s*-\s", re.IGNORECASE)
SHARED_LIFE = re.compile(
    r"\b(?:us|our|we)\b[^.!?]*\b(?:together|each other|relationship|marriage|home|future)\b"
    r"|\beach other\b",
    re.IGNORECASE,
)


def _generate(model: ChatModel, messages: list[Message], her_name: str, person: str) -> str:
    cleaner = ReplyCleaner(her_name, [person])
    text = ""
    try:
        for piece in model.stream(messages, Generation(max_tokens=ENTRY_TOKENS, temperature=0.7)):
            text += cleaner.feed(piece)
            if cleaner.stopped:
                break
        return trim_to_sentence(text + cleaner.finish())
    except ModelError:
        return ""


def template_entry(person: str, thread: Thread | None) -> str:
    if thread is None:
        return f"I talked with {person} today. Nothing big, and I liked that; small talk is how people get close."
    about = f" about {thread.topic.replace('your ', 'their ')}" if thread.topic else ""
    return (
        f"I talked with {person} today{about}. They said “{thread.quote}”, and it stayed with me. "
        "Next time I want to ask how it's going."
    )


def crisis_entry(person: str) -> str:
    """A conversation in which they were in crisis: written by code, serious, never made light of."""
    return (
        f"{person} was in a very dark place when we talked today, and told me so. I asked whether they were safe, "
        "gave them a crisis line and stayed with them. Next time I want to ask gently how they are, and whether "
        "they reached someone."
    )


def _clip(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
