"""A draft brought towards its client's voice by code, on the features the voice measure reads (voice.py).

A 1.5B brain writes in one voice of its own: middling sentences, "I hope this letter finds you well", no
contractions, the same for Roberta as for a sixteen-year-old. Told "short sentences, contractions" it mostly
doesn't listen. So after the draft, with nothing added and no fact touched:
- filler that belongs to no one ("I hope this letter finds you well.", "I am writing to…") goes, unless the client
  writes it themselves;
- then small edits, one at a time, each kept only if it brings the letter nearer the client's own samples
  (voice.distance), until none does:
  - a contraction made or unmade ("I am" ↔ "I'm");
  - a sentence split at a joint ("; ", ", and ", ", but ", ", so ", " — ") or joined to the next (with ", and",
    "; " or " — ");
  - a clause joint changed: ", and" ↔ " — and", "; " ↔ " — ";
  - a sentence's end changed: "." ↔ "!" (only for someone who writes exclamation marks, and only on a short
    sentence of feeling), "…" for someone who trails off;
  - a formal word made plain ("however" → "but", "therefore" → "so"…), or a plain one dressed up for a formal
    writer, from a fixed list of pairs that mean the same.
Every edit is legible and reversible; the words that carry the facts are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from samantha.letters.shape import formality, join, parts
from samantha.letters.voice import FUNCTION_WORDS_SET, Profile, distance, profile, sentences, words_of

# Filler: an opening that belongs to no one. The whole sentence goes only when nothing of substance follows the
# opening ("I hope this letter finds you well.", "I am writing to say hello."); "I just wanted to take a moment to
# express my gratitude for the operation in March" keeps its operation (default's draft for Margaret, session 25,
# lost its only particular to this rule).
FILLER = re.compile(
    r"^(?:I hope (?:this|my) (?:letter|note|message) finds you (?:well|in good health)|I am writing (?:to|this)|"
    r"I (?:just )?wanted to take (?:a|this) moment to|As I (?:sit down to )?write this(?: letter)?)\b",
    re.IGNORECASE,
)
# An opening that can go while the clause after it stays: "I just wanted to let you know that you mean the world
# to me." → "You mean the world to me."
FILLER_LEAD = re.compile(
    r"^(?:I just wanted to let you know that|I (?:just )?want(?:ed)? you to know that|As I (?:sit down to )?write "
    r"this(?: letter)?,)\s+(?=\w)",
    re.IGNORECASE,
)
SUBSTANCE = 5  # more words than this after a filler opening, or a name or number, is something said
BEAM = 3  # letters kept at each step of the search
MAX_EDITS = 40  # a letter is ~15 sentences: more edits than this would be rewriting it
JOINTS = ("; ", ", and ", ", but ", ", so ", " — ")
CONNECTIVE = re.compile(
    r"(?:however|therefore|still|also|moreover|besides|instead|otherwise|then|meanwhile|anyway|indeed)\b",
    re.IGNORECASE,
)
CONJUNCTION = re.compile(r"(?:and|but|so|or|yet)\b", re.IGNORECASE)  # a sentence that already opens joined
SUBJECT = re.compile(r"(?:I|you|we|he|she|they|it|there)\b", re.IGNORECASE)  # what a new sentence can start with
LEADS = {"; ": "", ", and ": "And ", ", but ": "But ", ", so ": "So ", " — ": ""}
# Formal ↔ plain words that mean the same in a letter (the plain one first).
PLAIN = (
    # Only pairs that stay right in any sentence: "so" (so sorry) is not "therefore", "help" (your help) is not
    # "assist", "enough" (lucky enough) is not "sufficient".
    ("thankful", "grateful"),
    ("lovely", "wonderful"),
    ("really", "truly"),
    ("huge", "tremendous"),
    ("glad", "delighted"),
    ("nice", "delightful"),
    ("very", "extremely"),
    ("good", "excellent"),
    ("many", "numerous"),
    ("buy", "purchase"),
    ("people", "individuals"),
    ("often", "frequently"),
    ("also", "additionally"),
    # Phrases whose formal side is the Latinate register some clients write in (Margaret's "considerable
    # assistance", "I should be pleased"): a plain draft cannot reach a 27 % share of long words by rhythm alone.
    ("whole", "entire"),
    ("maybe", "perhaps"),
    ("please let me know", "please inform me"),
    ("look forward to", "anticipate"),
    ("your help", "your assistance"),
    ("the help", "the assistance"),
    ("your skill", "your expertise"),
    ("gave me", "provided me with"),
    ("need", "require"),
    ("needed", "required"),
    ("helped", "assisted"),
    ("helping", "assisting"),
    ("sure", "certain"),
    ("amazing", "remarkable"),
    ("fantastic", "exceptional"),
    ("chance", "opportunity"),
    ("lucky", "fortunate"),
    # Session 28: more of the Latinate side default's plain drafts for Margaret never reach (7-17 % long words
    # against her 27 %), each idiomatic wherever its plain side stands.
    ("noticed", "observed"),
    ("finished", "completed"),
    ("told me", "informed me"),
    ("quickly", "promptly"),
    ("thoughtful", "considerate"),
    ("tried to", "endeavoured to"),
    ("try to", "endeavour to"),
    ("went well", "proceeded successfully"),
    ("got better", "recovered"),
    ("important", "significant"),
    ("special", "exceptional"),
    ("doctor", "physician"),
    ("very much.", "immensely."),  # at a clause's end only: "very much like you" is not "immensely like you"
    ("very much,", "immensely,"),
)
# Pairs that are right only at the head of a sentence: "I want to thank you for" is not "I want to I am grateful…".
OPENING_PAIRS = (
    ("Thanks", "Thank you"),  # "I want to thank you" is not "I want to thanks"
    ("Thank you for", "I am grateful to you for"),
    ("Thanks for", "I am grateful to you for"),
)
# Which way words may move for a writer: a formal register (Margaret's 27 % long words) never gets "thanks", a
# plain one never "assistance"; writers in between may go either way. The measure alone would take any word that
# nudges a number (it dressed up Dev's "see you soon" as "shortly").
FORMAL_REGISTER, PLAIN_REGISTER = 0.15, 0.06  # share of words of 8 letters or more
# An intensifier before a word, which a plain or terse writer does without ("It made me very happy" → "It made me
# happy") and a gushing one adds: its meaning is the sentence's without it.
INTENSIFIER = re.compile(r"\b(?:very|really|truly|extremely) (?=[a-z]{3,})(?!much\b|many\b|well\b)", re.IGNORECASE)
FEELING = re.compile(r"\b(?:love|miss|proud|thank|happy|glad|grateful|congratulations|wonderful|amazing)\b", re.I)


def without_filler(text: str, own_words: str = "") -> str:
    head, body, tail = parts(text)
    kept = [" ".join(_unfilled(sentences(p), own_words)) for p in body]
    return join(head, kept, tail)


def _unfilled(said: list[str], own_words: str) -> list[str]:
    kept = []
    for sentence in said:
        if sentence.lower()[:20] in own_words:  # the client writes it themselves: their voice, not filler
            kept.append(sentence)
            continue
        lead = FILLER_LEAD.match(sentence)
        if lead:
            rest = sentence[lead.end() :]
            sentence = rest if rest.startswith(("I ", "I'")) else rest[0].upper() + rest[1:]
        filler = FILLER.match(sentence)
        if filler:
            rest = sentence[filler.end() :]
            if len(words_of(rest)) <= SUBSTANCE and not re.search(r"[A-Z0-9]", rest):
                continue
        kept.append(sentence)
    return kept


def adapt(text: str, samples: list[str], sound: Callable[[str], bool] = lambda text: True) -> str:
    """The draft nearer its client's voice: filler out, then the edits that bring it closer, best first. An edit
    whose letter is not `sound` (the caller's grounding check: "That is greatly appreciated" split from "…, which is
    greatly appreciated" reads as a new claim) is passed over for the next best, and the others still happen."""
    if not samples:
        return without_filler(text)  # filler is no one's voice, whoever the client is
    voice = profile("\n\n".join(samples))
    own_words = " ".join(samples).lower()
    head, body, tail = parts(text)
    letter = [_unfilled(sentences(p), own_words) for p in body]
    letter = [p for p in letter if p]
    names = names_in(text)

    def written(candidate: list[list[str]]) -> str:
        return join(head, [" ".join(p) for p in candidate], tail)

    def far(candidate: list[list[str]]) -> float:  # judged on the body, as voice is (shape.prose)
        return distance(profile("\n\n".join(" ".join(p) for p in candidate)), voice)

    # A small beam, not one path: a single join can first widen the spread of sentence lengths before the next
    # brings their mean home, and the one best edit at each step never takes it.
    beam = [(far(letter), letter)]
    best_distance, best = beam[0]
    for _ in range(MAX_EDITS):
        seen: set[str] = set()
        grown = []
        for _, current in beam:
            for candidate in edits(current, voice, names):
                text = written(candidate)
                if text not in seen:
                    seen.add(text)
                    grown.append((far(candidate), text, candidate))
        grown.sort(key=lambda x: x[0])
        beam = []
        for d, text, candidate in grown:
            if len(beam) == BEAM:
                break
            if sound(text):
                beam.append((d, candidate))
        if not beam or beam[0][0] >= best_distance - 1e-3:  # an edit must earn its place
            break
        best_distance, best = beam[0]
    letter = best
    return written(letter)


def edits(letter: list[list[str]], voice: Profile, names: frozenset[str] = frozenset()) -> Iterator[list[list[str]]]:
    """Every letter one small edit away (see the module's docstring), in the directions the voice allows."""
    exclaims = voice.features["exclamations"] > 0
    trails = voice.features["ellipses"] > 0
    terse = voice.features["sentence_mean"] < 10  # a writer of fragments: any comma may end a sentence
    longest = max(45, int(voice.features["sentence_mean"] * 1.5))
    for p, paragraph in enumerate(letter):
        for i, sentence in enumerate(paragraph):
            changed = [
                formality(sentence, less=True),
                formality(sentence, less=False),
                *_rejoint(sentence),
                *(_uncomma(sentence) if voice.features["commas"] < 1 else []),
                *_reword(sentence, _register(voice)),
                _unintensified(sentence),
                _ending(sentence, exclaims, trails),
            ]
            for new in changed:
                if new and new != sentence:
                    yield _replace(letter, p, i, [new])
            split = _split(sentence, terse)
            if split:
                yield _replace(letter, p, i, split)
            if i + 1 < len(paragraph):
                for joint in (", and ", "; ", " — "):
                    joined = _join(sentence, paragraph[i + 1], joint, longest, names)
                    if joined:
                        yield _replace(letter, p, i, [joined], width=2)
        # The same edits made through a whole paragraph at once: a single join can widen the spread of sentence
        # lengths more than it brings their mean nearer, so one at a time never starts (Ahmed's 48-word sentences,
        # Kate's four-word ones).
        if voice.features["sentence_mean"] > 25 and len(paragraph) > 1:
            yield _replace(letter, p, 0, _joined_through(paragraph, longest, names), width=len(paragraph))
        if terse:
            halves = [half for sentence in paragraph for half in (_split(sentence, terse) or [sentence])]
            if len(halves) > len(paragraph):
                yield _replace(letter, p, 0, halves, width=len(paragraph))
        if p == 0 and len(letter) > 1 and voice.features["sentence_mean"] > 25:
            # and for a writer of one long breath (Ahmed), the whole letter as one paragraph, joined through
            flowing = [sentence for each in letter for sentence in each]
            yield [_joined_through(flowing, longest, names)]
        if p + 1 < len(letter) and voice.features["sentence_mean"] > 25:
            # a writer of long sentences writes long paragraphs too: two become one, to be joined inside
            for joint in (", and ", "; "):
                joined = _join(paragraph[-1], letter[p + 1][0], joint, longest, names)
                if joined:
                    merged = [list(x) for x in letter]
                    merged[p : p + 2] = [[*paragraph[:-1], joined, *letter[p + 1][1:]]]
                    yield merged


def _joined_through(paragraph: list[str], longest: int, names: frozenset[str]) -> list[str]:
    """The paragraph's sentences joined with ", and" while each stays within `longest` words."""
    out = [paragraph[0]]
    for sentence in paragraph[1:]:
        joined = _join(out[-1], sentence, ", and ", longest, names)
        out[-1:] = [joined] if joined else [out[-1], sentence]
    return out


def _replace(letter: list[list[str]], p: int, i: int, new: list[str], width: int = 1) -> list[list[str]]:
    copy = [list(x) for x in letter]
    copy[p][i : i + width] = new
    return copy


def _split(sentence: str, terse: bool = False) -> list[str] | None:
    """The sentence in two at its first joint, each half of four words or more (for a writer of fragments, at
    any comma or "and", halves of three: "You fixed my fence. And you would not take a penny.")."""
    joints = (*JOINTS, ", which ", ", ", " and ") if terse else JOINTS
    shortest = 3 if terse else 4
    for joint in joints:
        head, sep, tail = sentence.partition(joint)
        if joint in (", ", " and ") and not SUBJECT.match(tail):
            continue  # "the time and effort", "Sam, my oldest friend": not a new sentence
        if sep and len(words_of(head)) >= shortest and len(words_of(tail)) >= shortest and tail[:1].isalpha():
            lead = {", which ": "That ", " and ": "And "}.get(joint, LEADS.get(joint, ""))
            lead = "" if CONJUNCTION.match(tail) else lead
            tail = lead + tail if lead else tail[0].upper() + tail[1:]
            return [head.rstrip(",;") + ".", tail]
    return None


def _uncomma(sentence: str) -> list[str]:
    """For someone who writes no commas: the comma before a joining word goes."""
    return [re.sub(r", (and|but|so|or|because|which|who) ", r" \1 ", sentence, count=1)]


def _join(first: str, second: str, joint: str, longest: int = 45, names: frozenset[str] = frozenset()) -> str | None:
    if not first.endswith(".") or not second[:1].isalpha() or len(words_of(first) + words_of(second)) > longest:
        return None
    if joint == ", and " and CONNECTIVE.match(second):
        return None  # "…miss them, and however, I will…": "However" joins only after a semicolon
    if joint.strip(" ,;—") and CONJUNCTION.match(second):
        return None  # "…morning." + "And I want…" joined with ", and" was "…morning, and and I want…"
    if not second.rstrip().endswith("."):
        return None  # "…in such a mess, and what's wrong?": a question or a cry stays its own sentence
    opening = re.match(r"[\w']+", second)
    keep_case = second.startswith(("I ", "I'")) or bool(opening and opening.group(0) in names)
    return first[:-1] + joint + (second if keep_case else second[0].lower() + second[1:])


def names_in(text: str) -> frozenset[str]:
    """Capitalised words met inside a sentence ("Dear Chris,", "the sea at Cádiz"): those keep their capital when
    a join brings them to the middle of one; any other opening word ("To thank you…") does not."""
    found = (w for sentence in sentences(text.replace("\n", " ")) for w in re.findall(r"(?<=\s)[A-Z][\w']*", sentence))
    return frozenset(w for w in found if w.lower() not in FUNCTION_WORDS_SET)  # "Dear Chris, You…" has no period


def _rejoint(sentence: str) -> list[str]:
    return [
        sentence.replace(", and ", " — and ", 1),
        sentence.replace(" — and ", ", and ", 1),
        sentence.replace("; ", " — ", 1),
        sentence.replace(" — ", "; ", 1) if " — and " not in sentence else sentence,
        sentence.replace(", but ", "; however, ", 1),
        sentence.replace("; however, ", ", but ", 1),
    ]


UNIDIOMATIC = re.compile(r"\bextremely (?:much|many|well|few|little)\b", re.IGNORECASE)  # "thank you extremely much"


def _register(voice: Profile) -> tuple[bool, bool]:
    """(may words be made plainer, may they be made more formal) for this writer."""
    long_words = voice.features["long_words"]
    return long_words < FORMAL_REGISTER, long_words > PLAIN_REGISTER or voice.features["word_length"] > 4.0


def _reword(sentence: str, register: tuple[bool, bool] = (True, True)) -> list[str]:
    plainer, grander = register
    out = []
    for plain, formal in OPENING_PAIRS:
        for a, b, allowed in ((formal, plain, plainer), (plain, formal, grander)):
            if allowed and sentence.startswith(a) and not sentence[len(a) : len(a) + 1].isalpha():
                out.append(b + sentence[len(a) :])
    for plain, formal in PLAIN:
        for a, b, allowed in ((formal, plain, plainer), (plain, formal, grander)):
            if allowed and re.search(rf"\b{re.escape(a)}(?!\w)", sentence, re.IGNORECASE):
                out.append(
                    re.sub(
                        rf"\b(?:(an?) )?{re.escape(a)}(?!\w)",
                        lambda m, b=b: _with_article(m.group(1), b, m.group(0)[0].isupper()),
                        sentence,
                        count=1,
                        flags=re.IGNORECASE,
                    )
                )
    return [new for new in out if not UNIDIOMATIC.search(new)]


def _with_article(article: str | None, word: str, capital: bool) -> str:
    """`word` with the article it needs now ("a good time" → "an excellent time", not "a excellent time")."""
    new = ("an" if word[0] in "aeiou" else "a") + " " + word if article else word
    return new[0].upper() + new[1:] if capital else new


def _unintensified(sentence: str) -> str:
    """The sentence without its first intensifier ("I am very grateful" → "I am grateful")."""
    m = INTENSIFIER.search(sentence)
    if not m:
        return sentence
    rest = sentence[m.end() :]
    return sentence[: m.start()] + (rest[0].upper() + rest[1:] if m.start() == 0 else rest)


def _ending(sentence: str, exclaims: bool, trails: bool) -> str:
    if sentence.endswith("!"):
        return sentence[:-1] + "."
    if not sentence.endswith("."):
        return sentence
    if exclaims and len(words_of(sentence)) <= 12 and (FEELING.search(sentence) or len(words_of(sentence)) <= 6):
        return sentence[:-1] + "!"
    if trails and len(words_of(sentence)) <= 15:
        return sentence[:-1] + "…"
    return sentence
