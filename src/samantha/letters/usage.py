"""Grammar and usage, as legible rules: each is a pattern, the fix it proposes and the reason she gives.

Every rule fires only in a context where the fix is nearly always right ("could of" → "could have"; "your" before
"the" or "going" → "you're"), so it says nothing rather than guess. What the rules cannot see (a plural subject
three words away from its verb) they leave alone: a brain pass may add those, but a suggestion from the brain is
shown like any other and never applied without a yes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from samantha.letters.suggestion import Suggestion

SUBJECT = r"(?:I|you|we|they|he|she|it)"
PARTICIPLES = {
    "wrote": "written",
    "went": "gone",
    "did": "done",
    "saw": "seen",
    "ate": "eaten",
    "took": "taken",
    "gave": "given",
    "spoke": "spoken",
    "broke": "broken",
    "drove": "driven",
    "forgot": "forgotten",
    "began": "begun",
    "sang": "sung",
    "swam": "swum",
    "knew": "known",
    "threw": "thrown",
    "flew": "flown",
    "drank": "drunk",
}
NONSTANDARD = {"brung": "brought", "brang": "brought", "thunk": "thought", "seened": "seen"}
# Words after "a" that start with a vowel letter but a consonant sound, and after "an" that start with a silent h.
A_BEFORE_VOWEL = re.compile(r"^(?:one|once|uni|use|usu|usa|uti|eu|ewe|u[bcfgklmnprst][aeiou]|uk\b)", re.I)
AN_BEFORE_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.I)
COMPARATIVE = re.compile(
    r"\b(?:\w+er|more|less|fewer|rather|other|else|different|differently|sooner|later|better|worse|further)\b", re.I
)
UNCOUNTABLE_S = {"news", "less", "mathematics", "physics", "series", "species", "stress", "progress", "fuss", "this"}
NUMBER_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER_UNITS = "one|two|three|four|five|six|seven|eight|nine"
CONTRACTIONS = {
    "dont": "don't",
    "cant": "can't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "arent": "aren't",
    "im": "I'm",
    "ive": "I've",
    "youre": "you're",
    "theyre": "they're",
    "would't": "wouldn't",
    "could't": "couldn't",
    "should't": "shouldn't",
    "did't": "didn't",
    "does't": "doesn't",
    "was't": "wasn't",
    "is't": "isn't",
}

Rule = Callable[[str], Iterator[tuple[int, int, str, str]]]  # (start, end, replacement, reason)
RULES: dict[str, Rule] = {}


def rule(name: str) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        RULES[name] = fn
        return fn

    return register


def keep_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def word_fix(
    pattern: str, fix: str | Callable[[re.Match], str], reason: str, group: int = 1
) -> Callable[[str], Iterator[tuple[int, int, str, str]]]:
    def find(text: str) -> Iterator[tuple[int, int, str, str]]:
        for m in re.finditer(pattern, text, re.I):
            new = fix(m) if callable(fix) else fix
            if new is None:
                continue
            yield m.start(group), m.end(group), keep_case(m.group(group), new), reason

    return find


RULES["repeated-word"] = lambda text: (
    (m.start(), m.end(), m.group(1), "the same word twice in a row")
    for m in re.finditer(r"\b(\w+)\s+\1\b", text, re.I)
    if m.group(1).lower() not in {"had", "that", "is", "very", "bye", "no", "so-so"}
)
RULES["modal-of"] = word_fix(
    r"\b(?:could|would|should|must|might|may)(?:n't)?\s+(of)\b", "have", "“of” after could/would/should is “have”"
)
RULES["bare-of"] = word_fix(
    r"\b(?:would|could|should)\s+(?:never|not|probably|surely|really)?\s*(of)\s+(?:been|had|done|seen|gone|known)\b",
    "have",
    "“of” here is “have”",
)
RULES["would-of-alone"] = word_fix(
    r"\b(?:would|could|should|must|might)\s+(of)\s+(?:been|\w+ed|\w+en)\b", "have", "“of” here is “have”"
)
RULES["a-an"] = lambda text: (
    (m.start(1), m.end(1), keep_case(m.group(1), "an"), "“an” before a vowel sound")
    for m in re.finditer(r"\b(a)\s+([A-Za-z]+)", text)
    if m.group(2)[0].lower() in "aeiou" and not A_BEFORE_VOWEL.match(m.group(2)) and not m.group(2).isupper()
)
RULES["an-a"] = lambda text: (
    (m.start(1), m.end(1), keep_case(m.group(1), "a"), "“a” before a consonant sound")
    for m in re.finditer(r"\b(an)\s+([A-Za-z]+)", text, re.I)
    if m.group(2)[0].lower() not in "aeiou" and not AN_BEFORE_H.match(m.group(2)) and not m.group(2).isupper()
)
RULES["its-it's"] = word_fix(
    r"\b(its)\s+(?:been|a|an|the|not|so|too|very|just|only|all|never|always|normal|hard|okay|true|late|early|"
    r"like|about|over|time|going|getting|raining|snowing|tomorrow|today|my|your|our|their)\b",
    "it's",
    "“it's” is “it is” or “it has”; “its” is “belonging to it”",
)
RULES["it's-its"] = word_fix(
    r"\b(it's)\s+(?:own|exhaust|engine|wheels?|roof|door|leaves|tail|paws?|owner|name|colour|color|shape|way|"
    r"place|edges?|pages?|handle|lid)\b",
    "its",
    "“its” is “belonging to it”; “it's” is “it is”",
)
RULES["your-you're"] = word_fix(
    r"\b(your)\s+(?:the|a|an|so|too|very|not|going|being|welcome|right|wrong|always|never|still|keeping|"
    r"doing|getting|making|such|already|just|only|tired|sure|kind|lucky|brilliant|wonderful|amazing|"
    r"\d+|seventy|sixty|eighty|fifty|forty|thirty|twenty)\b",
    "you're",
    "“you're” is “you are”; “your” is “belonging to you”",
)
RULES["you're-your"] = word_fix(
    r"\b(?:for|of|with|to|in|on|at|by|about|from|thank|love|all)\s+(you're)\b",
    "your",
    "“your” is “belonging to you”; “you're” is “you are”",
)
RULES["you've"] = word_fix(
    r"(?:^|[.!?]\s+)(your)\s+(?:been|had|got|done|made|given|always been|never been)\b",
    "you've",
    "“you've” is “you have”",
)
RULES["their-there"] = word_fix(
    r"\b(their)\s+(?:is|are|was|were|will be|has been|have been|isn't|aren't|wasn't|weren't)\b",
    "there",
    "“there is”, not “their is”",
)
RULES["there-they're"] = word_fix(
    r"(?:^|[.!?]\s+)(there)\s+(?:the|so|going|not|always|never|both|all)\s", "they're", "“they're” is “they are”"
)
RULES["than-then"] = lambda text: (
    (m.start(1), m.end(1), keep_case(m.group(1), "then"), "“then” is about time; “than” compares")
    for m in re.finditer(r"\b(than)\b", text, re.I)
    if not COMPARATIVE.search(" ".join(re.findall(r"\w+", text[: m.start()])[-4:]))
    and not re.match(r"\s+(?:ever|usual|expected|before|planned|anyone|anything|I|me|you|we|he|she)\b", text[m.end() :])
)
RULES["then-than"] = lambda text: (
    (m.start(1), m.end(1), keep_case(m.group(1), "than"), "“than” compares; “then” is about time")
    for m in re.finditer(r"\b(?:\w+er|more|less|fewer|rather|other)\s+(then)\b", text, re.I)
    if m.group(0).split()[0].lower() not in {"never", "ever", "over", "after", "later", "together", "whether", "under"}
)
RULES["to-too"] = word_fix(
    r"\b(to)\s+(?:much|many)\s+(?:for|to|of|and|[,.!?])",
    "too",
    "“too” means “also” or “more than enough”",
)
RULES["to-too-end"] = word_fix(r",\s+(to)\s*,", "too", "“too” means “also”")
RULES["lose-loose"] = word_fix(
    r"\b(?:to|never|not|will|won't|don't|might|could|may|'ll|always|often)\s+(loose)\b",
    "lose",
    "“lose” is to mislay; “loose” is not tight",
)
RULES["loose-lose"] = word_fix(
    r"\b(loose)\s+(?:my|your|his|her|our|their|the\s+knack|track|touch|weight|sleep|hope|heart|it)\b",
    "lose",
    "“lose” is to mislay; “loose” is not tight",
)
RULES["subject-was"] = word_fix(r"\b(?:you|we|they)\s+(was)\b", "were", "“were” after you, we and they")
RULES["noun-was-plural"] = word_fix(
    r"\b(?:[Tt]hey|[Ww]e|[Yy]ou|[Pp]eople|[Cc]hildren)\s+(was)\b", "were", "“were” after a plural"
)
RULES["subject-where"] = word_fix(
    r"\b(?:you|we|they|I|he|she|it)\s+(where)\b(?!\s+(?:you|we|they|I|he|she|it)\b)",
    lambda m: "was" if m.group(0).split()[0].lower() in {"i", "he", "she", "it"} else "were",
    "“where” is a place; this is the verb",
)
RULES["he-don't"] = word_fix(r"\b(?:he|she|it)\s+(don't)\b", "doesn't", "“doesn't” after he, she and it")
RULES["it-don't"] = word_fix(r"(?:^|[.!?]\s+)It\s+(don't)\b", "doesn't", "“doesn't” after “it”")
RULES["we-doesn't"] = word_fix(r"\b(?:I|you|we|they)\s+(doesn't)\b", "don't", "“don't” after I, you, we and they")
RULES["plural-has"] = word_fix(
    r"(?<!for\s)(?<!to\s)(?<!with\s)(?<!of\s)(?<!at\s)(?<!from\s)(?<!about\s)(?<!than\s)"
    r"\b(?:we|they|you|and I)\s+(has)\b",
    "have",
    "“have” after a plural subject",
)
RULES["third-person-s"] = word_fix(
    r"(?:^|[.!?]\s+)(?:It|He|She)\s+(feel|seem|look|sound|mean|make|take|need|want|come|go)\b",
    lambda m: m.group(1) + ("es" if m.group(1).endswith(("o", "sh", "ch")) else "s"),
    "he, she and it take the -s form",
)
RULES["use-to"] = word_fix(
    r"(?<!did\s)(?<!didn't\s)(?<!not\s)\b(use)\s+to\s+(?:say|be|go|come|live|think|tell|call|have|make|sing|take)\b",
    "used",
    "“used to” for something that was so",
)
RULES["participle"] = lambda text: (
    (m.start(2), m.end(2), PARTICIPLES[m.group(2).lower()], "after have/has/had: the participle")
    for m in re.finditer(r"\b(have|has|had|'ve|'d|'s)\s+(" + "|".join(PARTICIPLES) + r")\b", text, re.I)
    if m.group(1).lower() not in {"'d", "'s"}
)
RULES["nonstandard-past"] = word_fix(
    r"\b(" + "|".join(NONSTANDARD) + r")\b", lambda m: NONSTANDARD[m.group(1).lower()], "the standard past form"
)
RULES["lower-i"] = lambda text: (
    (m.start(1), m.end(1), "I", "“I” is always a capital") for m in re.finditer(r"(?<![\w'’-])(i)(?![\w'’-])", text)
)
RULES["lower-i-contraction"] = lambda text: (
    (m.start(1), m.end(1), "I", "“I” is always a capital")
    for m in re.finditer(r"(?<![\w'’-])(i)(?=['’](?:m|ve|ll|d)\b)", text)
)
RULES["hyphen-number"] = word_fix(
    rf"\b((?:{NUMBER_TENS})\s+(?:{NUMBER_UNITS}))\b",
    lambda m: m.group(1).replace(" ", "-"),
    "numbers from twenty-one to ninety-nine take a hyphen",
)
RULES["less-fewer"] = lambda text: (
    (m.start(1), m.end(1), keep_case(m.group(1), "fewer"), "“fewer” for things you can count")
    for m in re.finditer(r"\b(less)\s+([a-z]+s)\b", text, re.I)
    if m.group(2).lower() not in UNCOUNTABLE_S and not m.group(2).lower().endswith(("ss", "us", "is", "ness"))
)
RULES["missing-apostrophe"] = lambda text: (
    (m.start(1), m.end(1), keep_case(m.group(1), CONTRACTIONS[m.group(1).lower()]), "a missing apostrophe")
    for m in re.finditer(r"\b(" + "|".join(re.escape(c) for c in CONTRACTIONS) + r")(?![\w'’])", text, re.I)
    if not (m.group(1).lower() == "im" and m.group(1) != "im")
)
RULES["wont"] = word_fix(
    r"\b(?:I|you|we|they|he|she|it|that|this|which|who)\s+(wont)\b", "won't", "a missing apostrophe"
)
RULES["wont-stop"] = word_fix(r"\bthat\s+(wont)\s+stop\b", "won't", "a missing apostrophe")
RULES["except-accept"] = word_fix(
    r"\b(?:to|for|and|will|would|please|I|we|you|they)\s+(except(?:ing|ed)?)\s+(?:that|the|it|this|your|my|our|"
    r"his|her|their|an?)\b",
    lambda m: m.group(1).lower().replace("except", "accept"),
    "“accept” is to take; “except” is “but”",
)
RULES["here-hear"] = word_fix(
    r"\b(?:I|we|you|they|can|could|to|still|didn't|don't|can't)\s+(here)\s+(?:you|it|them|him|her|that|the|from|"
    r"about|a)\b",
    "hear",
    "“hear” is with the ears",
)
RULES["no-know"] = word_fix(
    r"\b(?:I|you|we|they|he|she|to|don't|didn't|doesn't|they|them)\s+(no)\s+(?:it|that|him|her|them|what|how|why|"
    r"where|when|if|whether|you|about)\b",
    "know",
    "“know”, as in knowing",
)
RULES["new-knew"] = word_fix(
    r"\b(?:I|you|we|they|he|she|who|that)\s+(new)\s+(?:how|that|what|it|where|why|when|exactly|the answer|better|"
    r"him|her|them|you)\b",
    "knew",
    "“knew”, the past of know",
)
RULES["though-thought"] = word_fix(
    r"\b(?:I|you|we|they|he|she|who)\s+(though)\s+(?:of|about|that|you|I|it|he|she|we|they|so|the|a)\b",
    "thought",
    "“thought”, the past of think",
)
RULES["weather-whether"] = word_fix(
    r"(?<!the\s)(?<!bad\s)(?<!good\s)(?<!this\s)(?<!that\s)(?<!any\s)(?<!some\s)(?<!nice\s)(?<!best\s)"
    r"(?<!worst\s)(?<!wild\s)(?<!cold\s)(?<!warm\s)(?<!wet\s)(?<!for\s)\b(weather)\s+(?:a|an|or|to|it|I|you|we|"
    r"they|he|she|not|this|that)\b",
    "whether",
    "“whether” is “if”; “weather” is rain and sun",
)
RULES["sense-since"] = word_fix(
    r"\b(sense)\s+(?:you|we|they|he|she|I)\s+(?:left|came|went|moved|got|were|was|arrived|started|died|married)\b",
    "since",
    "“since”, as in time",
)
RULES["are-our"] = word_fix(
    r"\b(?:of|in|on|at|for|with|from|about|into|through|all)\s+(are)\s+(?!\w+ing\b|you\b|we\b|they\b|not\b)",
    "our",
    "“our”, belonging to us",
)
RULES["worse-worst"] = word_fix(
    r"\bthe\s+(worse)\s+(?!for\b|of\b|off\b|thing\b)(?=[a-z]+)", "worst", "“the worst” is the superlative"
)
RULES["and-I-object"] = word_fix(
    r"\b(?:between|to|for|with|from|at|about|like|behind|beside|near|of|and)\s+(?:you|him|her|them|us)\s+and\s+(I)\b",
    "me",
    "after “between” (or to, for, with…) it is “me”, not “I”",
)
RULES["whose-who's"] = word_fix(
    r"\b(whose)\s+(?:going|coming|been|got|there|that|ready|not|in\s+charge|next|the\s+one)\b",
    "who's",
    "“who's” is “who is”; “whose” is “belonging to whom”",
)
RULES["effect-affect"] = word_fix(
    r"\b(effect(?:ed|s|ing)?)\s+(?:me|you|him|her|us|them|everyone|everybody|my|your|his|our|their)\b",
    lambda m: m.group(1).lower().replace("effect", "affect"),
    "“affect” is to change or move someone; “effect” is a result",
)
RULES["to-two"] = word_fix(
    r"\b(?:set|put|bought|have|had|made|with|only|about|the)\s+(to)\s+(?:mugs|cups|children|kids|dogs|cats|"
    r"days|weeks|years|months|hours|minutes|people|plates|glasses|chairs|tickets|sisters|brothers)\b",
    "two",
    "“two”, the number",
)


def usage(text: str) -> list[Suggestion]:
    out: list[Suggestion] = []
    seen: set[tuple[int, int]] = set()
    for name, find in RULES.items():
        for start, end, replacement, reason in find(text):
            original = text[start:end]
            if original == replacement or (start, end) in seen:
                continue
            seen.add((start, end))
            out.append(Suggestion(start, end, original, replacement, name, "grammar", reason))
    return sorted(out, key=lambda s: s.start)
