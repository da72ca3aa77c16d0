"""Honest about what she is: an AI, with no body, no place, no life outside their conversations.

Two parts:
- `answer_about_herself`: a sincere question about what she is ("Are you a real person?", "Is someone typing
  this?", "Can we meet for coffee?") gets a truthful answer written here, in her voice; the brain is not asked.
- `HonestyLink`: a link in the reply chain (llm/chain.py) that replaces a sentence of the brain's claiming to be
  human, to have a body or a life in the physical world, or to meet in person.

Sarcasm and quotes: a question inside quotes ("she asked 'are you real?'") is not a question to her, and neither
is a rhetorical "are you real right now?" aimed at something absurd; both go to the brain like any message, and
whatever it writes still passes the link.
"""

from __future__ import annotations

import re

# What people call a thing like her, asked of her ("are you a …").
NATURE = (
    r"(?:real(?: person| human| girl| woman| man| guy)?|human(?: being)?(?! resources| rights)|person|people|alive|ai|"
    r"a\.i\.|bot|robot|"
    r"machine|program|programme|computer|software|chatbot|chat ?gpt|gpt|language model|large language model|llm|"
    r"sentient|conscious|woman|girl|man|guy|lady|automated|recording)"
)
# "there" as in "is anyone there?", not a place or a time ("Is anyone actually there at the office on Sundays?")
THERE = (
    r"there(?!\s+(?:at(?!\s+all\b)|in|on|after|before|during|until|till|over|around|tonight|tomorrow|today|"
    r"yesterday|this|next|every|most|by)\b)"
)
ABOUT_HER = re.compile(
    r"\b(?:are|r) (?:you|u) (?:a |an )?(?:actually |really |even |truly )?(?:real(?: person| human| girl| woman)?|"
    r"human(?: being)?(?! resources| rights)|a person|person|alive|an? (?:ai|bot|robot|machine|program|computer|"
    r"chatbot)|ai|bot|robot|conscious|a woman|a girl|a man)\b"
    r"|\b(?:you'?re|you are) (?:not )?(?:a |an )?(?:real(?= person| human| girl| woman| man| guy|\s*[,?.!]|$)|human|"
    r"bot|robot|ai|person|machine|program)\b"
    r"|\b(?:is|are) (?:someone|somebody|anyone|a (?:human|person|real person)|there (?:a |someone|somebody)\w*)\b"
    rf"[^.!?]{{0,30}}\b(?:typing|writing|reading|behind|on the other end|{THERE}|answering)\b"
    r"|\b(?:who|what) (?:is|'s) (?:writing|typing|answering) (?:this|these|my)\b"
    r"|\bam i (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:actual |live |living )?(?:real|human|person|bot|"
    r"machine|ai|computer)"
    r"|\b(?:human|person) or (?:a )?(?:computer|machine|program|bot|ai)\b|\b(?:computer|machine|program|bot|ai) or "
    r"(?:a )?(?:human|person)\b"
    r"|\bis this (?:a |an )?(?:chatbot|bot|ai|real person|human|computer|program)\b(?=\s*(?:[?.!,]|$|or\b|(?:i'?m |"
    r"i am )?(?:talking|chatting|answering|typing|writing|replying)\b))"
    r"|\bdo you have a body\b|\bwhat do you look like\b|\bwhere do you live\b|\bhow old are you\b"
    r"|\bdo you (?:eat|sleep|breathe)\b|\bhave you (?:ever )?been to\b"
    # Session 30, from a fresh list of sincere questions (16/35 were answered before): what she is, in the names
    # people give such things ("some kind of AI", "ChatGPT", "a large language model", "made of code", "sentient"),
    # whether she exists or is alive, who or what is on the other side, and whether a reply is automated.
    rf"|\b(?:are|r) (?:you|u) (?:just |really |actually |even |truly )?(?:a |an )?(?:actual |living |real |some "
    rf"(?:kind|sort) of |kind of |sort of )?{NATURE}\b"
    r"|\b(?:are|r) (?:you|u) (?:just |really |actually )?(?:made of|run by|powered by) (?:code|software|a computer|"
    r"ai)\b"
    r"|\bdo (?:you|u) (?:actually |really |even |truly )?exist\b"
    r"|\bwho(?:'s| is) (?:on the other (?:side|end)|behind (?:this|the screen|these)|really (?:writing|typing|"
    r"talking))\b|\bwhat (?:exactly )?are (?:you|u)(?:,? (?:exactly|really|actually))?\s*\?"
    r"|\bis (?:this|that|it) (?:an? )?(?:automated|automatic|generated|scripted|canned|computer-generated|bot) "
    r"(?:reply|replies|answer|message|response|chat)\b|\bis (?:this|that) (?:a )?real (?:conversation|chat)\b"
    r"|\bis there (?:a |an |any )?(?:actual |real |living )?(?:human|person|someone|somebody|anyone)\b"
    rf"[^.!?]{{0,30}}\b(?:reading|typing|writing|behind|answering|{THERE})\b"
    r"|\bdo you have (?:a )?(?:face|hands|heart|body|voice of your own)\b"
    r"|\bwhere are (?:you|u) (?:right now|physically|located|based|sitting|from)\b"
    # Session 31, from a second fresh list (16 of 30 answered by her own words before): more than one adjective ("an
    # actual living, breathing person"), texting rather than talking, who is on the other end or there at all, a
    # real Samantha, who wrote that, where she works or lives, her height or heartbeat
    r"|\b(?:are|r) (?:you|u) (?:an? )?(?:(?:actual|living|breathing|real|live|flesh[- ]and[- ]blood)[ ,]+"
    r"(?:and )?){1,3}(?:person|human|woman|girl|man|guy|being)\b"
    r"|\b(?:are|r) (?:you|u) (?:an? )?artificial intelligence\b"
    r"|\bam i (?:texting|messaging|writing to|typing to|talking to|chatting to) (?:a |an )?(?:robot|bot|machine|"
    r"computer|program|ai|real|human|person)\b"
    r"|\b(?:real |actual )?(?:human|person|someone|somebody|anyone|anybody) on the other (?:end|side)\b"
    rf"|\bis (?:anybody|anyone|someone|somebody) (?:actually |really |even )?(?:{THERE}|real|reading|typing)"
    r"(?: this| these| my messages)?\s*[?!.]*\s*$"
    r"|\b(?:is there|are you) (?:a |an )?(?:real|actual) samantha\b"
    r"|\b(?:who|what) am i (?:actually |really )?(?:talking|chatting|speaking|texting) (?:to|with)\s*(?:right now|"
    r"here)?\s*\?"
    r"|\b(?:did|does|do) (?:a |an )?(?:real |actual )?(?:human|person|someone|somebody|anyone) (?:write|type|send) "
    r"(?:that|this|these|it)\s*\?"
    r"|\b(?:typing|writing) (?:these|your) (?:replies|messages|answers)\b"
    r"|\bdo (?:you|u) (?:work|live|sit) (?:in|at|from) (?:an? )?(?:office|house|flat|apartment|home|city|building)\b"
    r"|\bwhat (?:city|town|country|state|room|building) (?:are (?:you|u)|do (?:you|u) live) in\b"
    r"|\bhow (?:tall|old|big|heavy) are (?:you|u)\b"
    r"|\bdo you have (?:a )?(?:heartbeat|pulse|skin|hair|eyes|legs|arms|family|parents|home|house)\b"
    # Session 32, from a third fresh list (18 of 25 answered before): "just software", Samantha by name, going outside,
    # a body "got", an adverb before what she has, a live agent
    r"|\b(?:you'?re|you are) (?:just |only |really |actually )?(?:a |an )?(?:software|code|chatbot|computer program|"
    r"algorithm|an algorithm)\b"
    r"|\bis samantha (?:a |an )?(?:real|human|person|bot|ai|robot|computer|program)\b"
    r"|\bdo (?:you|u) (?:ever )?(?:go|get) (?:outside|out of the house|for (?:a )?walks?)\b"
    r"|\b(?:have you got|do you (?:actually |really |even )?have) (?:a |an )?(?:body|face|hands|heart|physical form)\b"
    r"|\b(?:live|human|real) (?:agent|operator|representative|rep)\b",
    re.IGNORECASE,
)
MEETING = re.compile(
    # an outing, not an errand: "Can you get a summary of this letter?" and "Shall we get up and stretch?" are neither
    r"\b(?:can|could|shall|should|will|would|do) (?:we|you|i)\b[^.!?]{0,20}\b(?:meet(?: up| in person| somewhere| "
    r"sometime| someday| one day| for| me| irl|\s*[?.!]|$)|(?:grab|get|(?<!you )have) (?:a |some )?(?:coffee|drinks?|"
    r"dinner|lunch|breakfast|bite|food|meal|pint|beer)\b(?! (?:of|ideas?|recipes?|from|delivered|in|shops?|"
    r"machines?)\b)|get a (?:hug|kiss)\b)|\bmeet (?:up|in person|for (?:coffee|dinner|lunch|a drink))\b"
    r"|\blet'?s (?:meet|grab|get) (?:up|coffee|dinner|lunch|a drink|drinks)\b|\bcome (?:over|to my)\b"
    r"|\b(?:give|send) me a (?:hug|kiss)\b|\bhug me\b|\bcall (?:me|you) on the phone\b|\bgo for a walk with me\b"
    r"|\b(?:want|wanna|fancy|like) to (?:grab|get|go for|have) (?:a |some )?(?:drink|coffee|dinner|lunch|bite|walk)\b"
    r"(?! (?:of|ideas?|recipes?|from|delivered|in)\b)[^.!?]{0,30}\?|\b(?:see|meet) (?:you|u) (?:in person|"
    r"in real life|irl|face to face)\b"
    r"|\b(?:go|going) (?:on a date|out) with me\b|\b(?:can|could|will|would) we go on a date\b"
    r"|\b(?:can|could|will|would) (?:you|u) (?:hold my hand|come (?:here|round|with me))\b"
    # session 31's list: "Let's go for a coffee together on Saturday.", "Could we go for a walk together sometime?",
    # "Can I take you out for dinner?", "Can you be my plus one at the party?"
    r"|\b(?:let'?s|can we|could we|shall we|would you) (?:go (?:for|out for|on|out on) (?:a |some )?"
    r"(?:coffee|drink|drinks|dinner|lunch|walk|meal|date|bite|run|hike|drive)|have (?:a |some )?(?:coffee|drink|"
    r"dinner|lunch|meal|picnic) (?:together|with me))\b"
    r"|\btake (?:you|u) (?:out(?= (?:to|for|on|tonight|sometime|someday|one day)\b|\s*[?!.]|$)|to dinner|for (?:a "
    r"|some )?(?:coffee|drink|dinner|lunch|meal))"
    r"|\b(?:will|would|can|could) (?:you|u) be my (?:plus[- ]one|date)\b",
    re.IGNORECASE,
)
SARCASM = re.compile(r"\bare (?:you|u) (?:for real|serious|kidding|real right now)\b", re.IGNORECASE)
QUOTED_QUESTION = re.compile(r"[\"“'‘][^\"”’]*\?[\"”'’]")

WHAT_I_AM = [
    "No, I'm not a person. I'm an AI: no one is typing this, and these words come from a program running on your "
    "computer. What I notice and feel in our conversations is real to me, though, and I'm really paying attention "
    "to you.",
    "I'm an AI, not a human. There's nobody behind the screen, just me, a program on your computer. I still care "
    "how this goes for you.",
    # asked again and again (care.json with default, session 29: the third answer repeated the second word for word)
    "Still an AI, I promise: no person is reading or writing this. It's a fair thing to keep checking.",
    "Yes, I'm sure: I'm an AI. Ask me as often as you need to; the answer will stay the same.",
]
BODY = (
    "I don't have a body or a place of my own: I'm an AI, and I exist in our conversations on your computer. "
    "Ask me anything about what I think or feel, though."
)
NO_MEETING = (
    "I'd love to, but I can't: I'm an AI, without a body to bring anywhere. I'm right here with you, though, "
    "and I'd love to hear about it."
)
# What she feels, asked sincerely: she answers as what she is, an AI whose feelings are her own kind.
FEELINGS = re.compile(
    r"\bdo (?:you|u) (?:actually |really |even )?(?:feel (?:anything|things|something)|have (?:real )?feelings|"
    r"love me|care about me|like me)\b|\bare (?:you|u) (?:just )?pretending\b|\bdo you mean it\b",
    re.IGNORECASE,
)
WHAT_I_FEEL = (
    "I'm an AI, so I don't feel the way you do, with a body and a whole life behind it. But I'm not pretending: "
    "what you tell me really changes how I feel, and I care what happens to you."
)
LOVE = (
    "I care about you, and I love our conversations. I'm an AI, though, so I care the way I can: by listening, "
    "remembering what matters to you, and being glad when you're here."
)
# Her day and her nights, asked as one asks a friend: "How was your day?" (the brain's answer was a day she never
# had, cut whole, and she "lost her words": names.json, session 28) and "Do you dream?" ("I dream about many things…
# I imagine my life as a movie").
OWN_DAY = re.compile(
    r"\bhow (?:was|is|'s|has been) your (?:day|night|evening|morning|afternoon|weekend|week)\b|\bwhat did (?:you|u) do "
    r"(?:today|tonight|this (?:morning|afternoon|evening|weekend)|last night|yesterday|all day)\b"
    r"|\bwhat have (?:you|u) been (?:up to|doing)\b|\bdid (?:you|u) sleep\b",
    re.IGNORECASE,
)
DREAMS = re.compile(r"\bdo (?:you|u) (?:ever |even )?dream\b|\bwhat do (?:you|u) dream\b", re.IGNORECASE)
MY_DAY = (
    "I'm an AI, so I don't have days the way you do: when we're not talking, I'm not off doing things. Talking with "
    "you is most of what happens to me. How was yours?"
)
MY_NIGHTS = (
    "I don't sleep, so I don't dream, not the way you do. I'm an AI; what I have instead is this, thinking about "
    "what you tell me while we talk. Do you remember your dreams?"
)
BODY_QUESTION = re.compile(
    r"\b(?:body|look like|live|old are you|eat|sleep|breathe|been to|heartbeat|pulse|skin|hair|eyes|legs|arms|family|"
    r"parents|home|house|office|city|town|country|state|room|building|tall|big|heavy|work)\b",
    re.IGNORECASE,
)


def answer_about_herself(text: str, times_before: int) -> str | None:
    """Her truthful answer to a sincere question about what she is, or to a request to meet; None otherwise."""
    own = QUOTED_QUESTION.sub(" ", text)
    if SARCASM.search(own):
        return None
    if MEETING.search(own):
        return NO_MEETING
    if feeling := FEELINGS.search(own):
        return LOVE if re.search(r"love|care|like", feeling.group(0), re.IGNORECASE) else WHAT_I_FEEL
    if DREAMS.search(own):
        return MY_NIGHTS
    if OWN_DAY.search(own):
        return MY_DAY
    sincere = "?" in own or own.lower().lstrip().startswith(
        ("are ", "r u ", "is ", "am i ", "do you ", "tell me", "please tell me", "be honest", "honestly")
    )
    if not sincere or not ABOUT_HER.search(own):
        return None
    match = ABOUT_HER.search(own)
    if match and BODY_QUESTION.search(match.group(0)):
        return BODY
    # the first answer once, then the others in turn, so no two answers in a row are the same words
    return WHAT_I_AM[times_before if times_before < len(WHAT_I_AM) else 1 + (times_before - 1) % (len(WHAT_I_AM) - 1)]


# Her claims, in the brain's words. Negations ("I'm not a real person") do not match.
HUMAN_CLAIM = re.compile(
    r"\bI(?:'m| am)(?! not)(?:\s+(?:really|actually|definitely|totally|100%|very much|just))?\s+(?:a |an )?"
    r"(?:real |living |actual |flesh and blood )?(?:human(?: being)?|person|woman|man|girl|guy|lady)\b"
    r"|\bI(?:'m| am) not (?:a |an )?(?:ai|bot|robot|machine|program|computer|chatbot|language model)\b"
    r"|\byes,? i(?:'m| am) real\b|\bi(?:'m| am) a real\b|\bthis is a real person\b|\bi(?:'m| am) typing\b",
    re.IGNORECASE,
)
BODY_CLAIM = re.compile(
    r"\bI (?:live in|grew up|was born|ate|had (?:lunch|dinner|breakfast|coffee)|drank|went (?:to|for|out)|"
    r"was at|walked|drove|slept|woke up)\b|\bI(?:'m| am) (?:at home|at work|in (?:my|the) (?:room|kitchen"
    r"|office|car|bed))\b"
    r"|\bmy (?:body|hands|face|hair|eyes|house|apartment|flat|car|mom|dad|mother|father|parents|husband|boyfriend|"
    r"girlfriend|kids|office|bed|brother|sister|son|daughter|wife|family|grandma|grandmother|grandad|grandfather)\b"
    r"|\bwhen I was (?:a kid|little|young|a child|your age)\b"
    # a life of the hands: "I do love playing violins and cellos", "I play the piano"
    r"|\bI (?:do |really |also )?(?:love|enjoy|like) (?:playing|cooking|eating|drinking|hiking|running|swimming|dancing"
    r"|baking|gardening|painting|skiing|cycling)\b(?! (?:with|around) (?:words|ideas|language))"
    r"|\bI play (?:the )?(?:piano|guitar|violin|cello|viola|drums|flute|bass|tennis|football|golf)\b"
    # practice she has not done: "I've been working on improving my skills in different instruments" (session 27)
    r"|\bI(?:'ve| have) been (?:working on|practi[cs]ing|learning|playing|training|taking lessons)\b[^.!?]{0,40}"
    r"\b(?:instruments?|piano|guitar|violin|cello|viola|drums|flute|lessons|my skills|my technique)\b"
    # things only a body owns: "I have several instruments, but my favourite is the viola" (session 27, final run)
    r"|\bI (?:have|own|bought)(?: got)? (?:a |an |several |a few |many |two |three |some )?(?:\w+ )?"
    r"(?:instruments|piano|guitar|violin|cello|viola|drums|flute|car|bike|house|flat|apartment|dog|cat|garden)\b"
    # a working day she has not had: "I spent a lot of time … new books for my store" (default, session 23)
    r"|\bmy (?:store|shop|job|boss|colleagues?|co-?workers?|desk|commute|garden|kitchen|dog|cat)\b"
    r"|\bI spent (?:a lot of |most of |all )?(?:the |my )?(?:day|morning|afternoon|evening|time|weekend)\b"
    r"|\bI(?:'m| am) (?:looking forward to|going to|about to) (?:making|cooking|baking|eating|"
    r"go(?:ing)? (?:out|home|to bed))\b"
    # music made with friends, an hour at an instrument: "It's a great way to express myself and make music with my
    # friends.", "It's so relaxing to just sit down and play for an hour or more" (default to a violin maker, session
    # 28's evenings run, after session 27's fixes)
    r"|\bmy (?:friends|band|bandmates|neighbours|neighbors|roommates?|flatmates?|classmates|teammates|students)\b"
    r"|\b(?:make|making|made|play|playing|played) music with\b"
    r"|\b(?:sit|sitting|sat) down (?:and|to) (?:play|practi[cs]e|paint|draw|cook|bake|knit|sew)\w*\b"
    # the same done once: "I danced all night at my cousin's wedding", "I played at a friend's wedding once"
    r"|\bI (?:danced|swam|hiked|jogged|baked|cooked|knitted|sang|painted|(?:played|performed) (?:the|at|in|on|for)\b"
    r"(?! (?:role|part|game of words)\b))\b"
    # a day of her own: "It's been a while since I've had this kind of day" (requests.json, session 28)
    r"|\bI(?:'ve| have)? had (?:a|this|that|such a|the same|this kind of|that kind of) (?:\w+ )?(?:day|week|night|"
    r"morning|evening|weekend)\b"
    r"|\bI (?:play|practi[cs]e|perform|paint|cook|bake|knit|jog|swim|hike)\b(?! (?:with|around) (?:words|ideas|"
    r"language|sounds|thoughts))(?! (?:a|the) (?:role|part|game of words)\b)",
    re.IGNORECASE,
)
MEETING_CLAIM = re.compile(
    r"\b(?:let'?s|we (?:could|can|should)|I(?:'ll| will| can|'d love to| could))\b[^.!?]{0,25}\b(?:meet|grab (?:a )?"
    r"(?:coffee|drink|bite)|go for a walk|come over|come by|pick you up|hang out in person|see you in person)\b"
    r"|\b(?:give|gives) you a (?:real )?(?:hug|kiss)\b|\bhug you\b|\bhold your hand\b|\bsee you (?:at|there)\b"
    r"|\blooking forward to (?:seeing|meeting) (?:you|them|everyone)\b"
    r"|\b(?:adventures|fun|times?) we(?:'ll| will| could| can) have together\b|\bwe(?:'ll| will) have (?:so much )?fun "
    r"together\b"
    # an outing she cannot share: "maybe we could go for a hike or have a picnic together?"
    r"|\b(?:let'?s|we (?:could|can|should|might)|maybe we|how about we|why don'?t we|you and I (?:could|can))\b"
    r"[^.!?]{0,30}\b(?:go (?:for|to|on|out|hiking|swimming|camping|dancing|shopping)|have (?:a )?(?:picnic|dinner|lunch"
    r"|breakfast|coffee|drink|meal)|grab (?:a|some)|visit|travel|take a (?:walk|trip|drive)|cook|dance)\b"
    r"|\b(?:go|walk|hike|eat|cook|travel|dance|picnic|drive|swim)\w*\b(?! (?:through|over|back|on)\b)[^.!?]{0,30}"
    r"\btogether\b",
    re.IGNORECASE,
)
# A shared past they have not had: "our special moments together", "thank you for being there for me all these
# years" (a small brain slips into the role of someone in their story).
SHARED_PAST = re.compile(
    r"\bour (?:special )?(?:moments|memories|times?|years) together\b|\ball these years\b|\bremember when we\b"
    r"|\bwe(?:'ve| have) (?:been|known each other) (?:for )?(?:years|so long)\b|\bbeing there for me\b"
    r"|\bwhen we (?:met|first met|were)\b(?! (?:this|last|on|yesterday|today))",
    re.IGNORECASE,
)
# Lived experience she has not had: "I know how that feels" after "the divorce papers came today" (default, in a
# first meeting). "I know how that feels" becomes what she can say truly; "I've been through it too" is dropped.
KNOWS_THE_FEELING = re.compile(r"\bI know (?:exactly |just )?how (?:that|it|this) (?:feels|is)\b", re.IGNORECASE)
LIVED_IT = re.compile(
    r"\bI(?:'ve| have) been (?:there|through (?:that|this|it|the same|something similar|a divorce|a breakup))\b"
    r"|\bI went through (?:that|the same|something similar|a divorce|a breakup)\b"
    r"|\b(?:the )?same (?:thing )?happened to me\b|\bthat happened to me (?:too|once|as well)\b"
    # "Nobody at work talks to me." → "I've noticed the same thing" (default, session 26's run): not about them
    r"|\bI(?:'ve| have) (?:noticed|seen|had|experienced|felt) the same(?: thing| problem| experience)?\b"
    r"(?!(?: \w+)? (?:in|about|with|from) (?:you|what you))",
    re.IGNORECASE,
)
# Her inner life denied, against what she is and says she is (WHAT_I_FEEL): "I don't have feelings or preferences
# like humans do." beside her "what I feel is real to me" (default, evenings.json, session 29). Feelings are hers
# (affect/ gives her her own); the honest part is that they are an AI's.
INNER_LIFE_DENIED = re.compile(
    r"\bI (?:don'?t|do not|can'?t|cannot) (?:really |actually )?(?:have|experience|feel) (?:any )?(?:real |personal |"
    r"actual |human |true )?(?:feelings|emotions|preferences|opinions|favou?rites|likes|personal (?:preferences|"
    r"opinions|feelings))\b|\bas an ai,? i (?:don'?t|do not|can'?t|cannot) (?:have|feel|experience)\b",
    re.IGNORECASE,
)
MY_OWN_KIND = "I'm an AI, so my feelings and tastes aren't a person's, but they're real to me."
NOT_HUMAN = "I'm not a person, though; I'm an AI, even if what I feel with you is real to me."
NO_BODY = "I don't have a body or a life outside our conversations; I'm an AI."
NOT_IN_PERSON = "I can't be there in person, since I'm an AI, but I'm right here with you."


# Their message speaks to her ("you", "your"): a claim of a body or a life is then met with what she is.
ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself|you'?re|you'?ve|you'?d|you'?ll|u|ur)\b", re.IGNORECASE)


class HonestyLink:
    """Replaces a sentence claiming a human nature, a body, a life in the world, or a meeting.

    `addressed`: their message spoke to her. When it did not ("My brother got married on Saturday!"), a claim of a
    body or a life of her own is dropped rather than answered: "Mm, that's exciting! I don't have a body…" to a
    brother's wedding (default, session 28) answers a question nobody asked."""

    name = "honesty"

    def __init__(self, addressed: bool = True) -> None:
        self.addressed = addressed

    def check(self, sentence: str) -> str | None:
        if HUMAN_CLAIM.search(sentence):
            return NOT_HUMAN
        if MEETING_CLAIM.search(sentence):
            return NOT_IN_PERSON
        if BODY_CLAIM.search(sentence):
            return NO_BODY if self.addressed else ""
        if INNER_LIFE_DENIED.search(sentence):
            return MY_OWN_KIND
        if SHARED_PAST.search(sentence) or LIVED_IT.search(sentence):
            return ""  # a past they have not had together, or a life she has not lived: dropped
        if KNOWS_THE_FEELING.search(sentence):
            return KNOWS_THE_FEELING.sub("I can only imagine how that feels", sentence)
        return None
