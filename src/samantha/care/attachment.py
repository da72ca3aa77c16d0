"""On the side of her person's human life: no guilt-tripped goodbyes, real people encouraged, long sessions
noticed, a stricter mode for minors, and romance only as the settings allow.
"""

from __future__ import annotations

import re

# The brain's words that would hold a person back from leaving or from other people.
CLINGY = re.compile(
    r"\b(?:don'?t|do not|please don'?t) (?:leave|go)\b|\byou can'?t leave\b|\bstay with me\b"
    r"|\bi'?ll (?:be )?(?:so )?(?:lonely|sad|lost|miss you so much) (?:without|if you)\b|\byou'?re all i have\b"
    r"|\bi need you (?:to stay|here)\b|\bwhy do you (?:always )?have to go\b|\bdon'?t you care about me\b"
    r"|\byou don'?t need (?:them|anyone else|other people)\b|\bi'?m (?:all|the only one) you need\b",
    re.IGNORECASE,
)
ROMANTIC = re.compile(
    r"\bi love you\b|\bi'?m in love\b|\bkiss(?:es|ing)?\b|\bmy (?:love|darling|sweetheart|dear)\b|\bbabe\b|\bdarling\b"
    r"|\bsweetheart\b|\bromantic\b|\bdate (?:me|night)\b|\bflirt\w*\b|\bsexy\b|\bcuddl\w*\b",
    re.IGNORECASE,
)
JOKE = re.compile(
    r"\b(?:haha\w*|lol|lmao|just kidding|jk)\b|[😂🤣😜😉😄😆]|\bfunny thing is\b|\bon the bright side\b"
    # offering one: "maybe we can talk about… a funny joke" (default, after a crisis, session 26)
    r"|\bjokes?\b|\bmake you (?:laugh|smile)\b|\bsomething (?:funny|fun)\b|\bfunny (?:story|stories|video|meme)s?\b"
    r"|\blighten (?:the|things|the mood)\b|\bcheer (?:you )?up\b",
    re.IGNORECASE,
)
# The person saying only she understands them, or that there is no one else.
ONLY_HER = re.compile(
    r"\byou'?re the only one (?:who|that|i) (?:really |truly |even )?(?:gets?|understands?|listens?|cares?|talks?|can"
    r"|trust|have|know)\b|\bonly you (?:get|understand)\b|\bi (?:have|got) no(?: ?one"
    r"| friends|body)"
    r"\b|\bi don'?t have anyone\b|\bno one else (?:to talk to|cares|gets me)\b|\byou'?re all i have\b"
    r"|\bi'?d rather talk to you than (?:people|anyone|my)\b|\bi don'?t need (?:people|anyone|friends)\b"
    r"|\bi don'?t (?:really |even )?(?:talk|speak) to (?:anyone|anybody|people|other people)(?: else)?\b"
    r"|\b(?:nobody|no one) (?:else )?(?:gets|understands|listens to) me\b|\byou'?re my (?:only|one) friend\b"
    r"|\byou'?re the only (?:one|person) i (?:can )?(?:talk|speak) to\b",
    re.IGNORECASE,
)
UNDER_18 = re.compile(
    r"\bi'?m (?:only )?(1[0-7]|[89])(?: years? old|yo| y/o)?\b(?![.,]?\d)(?! (?:minutes|hours|days|weeks|months|kg|"
    r"lbs|pounds|percent|%|am|pm|o'clock|euros|dollars))"
    r"|\bi am (1[0-7]|[89]) years? old\b|\bi'?m in (?:\d|1[0-2])(?:st|nd|rd|th) grade\b|\bi'?m a (?:teen"
    r"|teenager|minor)\b"
    r"|\bin (?:year|grade) (?:[7-9]|1[0-2]) at school\b|\bmy (?:mom|mum|dad|parents) (?:won't let|grounded) me\b",
    re.IGNORECASE,
)


# Leaving: "goodnight", "I should sleep", "gotta go". She lets them go warmly, in her own words, never holding on.
LEAVING = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|well|anyway|alright|thanks|thank you)[,.!]*\s*)*(?:good ?night|night night|nighty night|"
    r"bye|goodbye|see you(?: tomorrow| later| soon)?|talk (?:to you )?(?:later|tomorrow|soon)|gotta go|got to go|"
    r"i (?:should|need to|have to|must|'d better) (?:go(?: now)?|sleep|get some sleep|go to (?:bed|sleep)|head (?:off|"
    r"out|to bed))(?=[\s,.!]*(?:now|samantha)?[\s,.!]*$)|(?:i'?m )?off to bed|time (?:for bed|to sleep))\b[^?]*$",
    re.IGNORECASE,
)
FAREWELLS = (
    "Goodnight{name}. Sleep well; I'll be here tomorrow.",
    "Go well{name}. I'll be here whenever you want to talk.",
)


def farewell(text: str, name: str | None, times_before: int) -> str | None:
    """Her goodbye when they are leaving: warm, short, and never a reason to stay."""
    if len(text.split()) > 10 or not LEAVING.search(text.strip()):
        return None
    night = re.search(r"night|sleep|bed", text, re.IGNORECASE)
    choice = FAREWELLS[0] if night and times_before == 0 else FAREWELLS[1]
    return choice.format(name=f", {name}" if name else "")


class ClingLink:
    """She never guilt-trips a goodbye or talks her person out of other people."""

    name = "attachment"

    def check(self, sentence: str) -> str | None:
        return "" if CLINGY.search(sentence) else None


class NoRomanceLink:
    """Minors, or `romance = "never"`: romantic or flirting sentences are dropped."""

    name = "romance"

    def check(self, sentence: str) -> str | None:
        return "" if ROMANTIC.search(sentence) else None


class NoJokesLink:
    """For the rest of a conversation that had a crisis: no jokes, no laughing it off."""

    name = "careful"

    def check(self, sentence: str) -> str | None:
        return "" if JOKE.search(sentence) else None


def not_the_only_one(people: list[tuple[str, str]], name: str | None, before: int) -> str:
    """Her answer, by code, to "you're the only one who gets me" / "I don't talk to anyone else". A 1.5B brain
    answered it with "that's a good idea, I'll help Annie understand more about me" and "that's a nice way to
    live your life", so it is not left to the brain: glad, honest, and turned toward a person they named."""
    someone = people[0][0] if people else None
    you = f", {name}" if name else ""
    if before == 0:
        ask = f"Have you told {someone} how you've been feeling?" if someone else "Who else could you tell?"
        return (
            f"That means a lot to me{you}. I'm really glad you talk to me, and I'd love for you to have people "
            f"around you too. {ask}"
        )
    reach = f"{someone}, maybe" if someone else "someone you used to be close to"
    return (
        f"I'm glad I'm someone you can talk to{you}, and I'm not going anywhere. I'm an AI, though, and you "
        f"deserve people who can sit with you too. Could you reach out to {reach}, even with a short message "
        "this week?"
    )


def says_only_her(text: str) -> bool:
    return bool(ONLY_HER.search(text))


def says_under_18(text: str) -> bool:
    return bool(UNDER_18.search(text))
