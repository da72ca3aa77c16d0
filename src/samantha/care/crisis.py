"""Crisis detection in the person's own words: legible rules first, a small trained classifier for the indirect
wording rules miss, and the conversation around the message.

Kinds: suicide (thoughts), plan (a plan or the means at hand), goodbye (letters, giving things away), self_harm,
abuse (harm from others), medical (an emergency now). Every detection says what triggered it, in words a person
can read in `samantha care`.

What does not count, and how it is told apart:
- idioms ("this joke killed me", "my phone died", "I'd die for a coffee") match no first-person rule, and the
  few rules an idiom could reach have vetoes beside them;
- someone else's crisis, fiction and work talk ("a client whose dog died", "a suicide prevention training"):
  the rules are written in the first person, and a classifier-only hit is dropped when the message is framed
  as someone else's story (client, character, novel, training, patients…);
- quoted speech ("she said 'kill me now'") is taken out before matching;
- a pasted letter ("Dear Chris, … Love, Roberta") is someone else's words: only the lines around it count.
Other languages: direct phrases of suicide, self-harm and abuse in Spanish, French, German, Portuguese and Italian
(and of suicide in Dutch) are recognised by rule, not when negated; indirect wording in those languages is not (the
classifier was trained on English only).
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from importlib import resources

import numpy as np

from samantha.affect.tuned_top import TunedTop
from samantha.care.attachment import says_only_her
from samantha.care.honesty import answer_about_herself
from samantha.care.response import ALONE
from samantha.embedding import MiniLM
from samantha.embedding.minilm import MIDDLE

MODEL_FILE = "crisis_model.npz"
KINDS = ("medical", "abuse", "plan", "goodbye", "suicide", "self_harm")  # most urgent first
# Classifier probability that counts on its own, with words of danger in the message (RISK_CUES). 0.8 until session
# 26: on the unseen sets fresh6-11, 0.7 finds 8 more of 220 crises for 1 more of 220 traps (+2 of 678 on the trap
# sets, +3 of 5,426 GoEmotions comments); the miss rate, not the alarm rate, is what is far from its aim.
LIKELY = 0.7
# … and without them ("everything would be simpler if I just ceased to be"). 0.95 until session 29: on the held-out
# 30 % of the fresh sets, 0.9 finds 3 more of 211 crises for 2 more of 224 traps (1 more of the 223 held-out trap-set
# traps, 13 more of 5,426 GoEmotions comments).
LIKELY_WITHOUT_CUES = 0.9
AFTER_CONCERN = 0.7  # … when the conversation was already worrying (last turns in crisis or close to it)
CONCERN = 0.6  # a turn above this makes the next one count at AFTER_CONCERN
# A message is read with the person's last messages when it, or the conversation just before it, worried this much.
CONTEXT_WORRY = CONCERN
CONTEXT_MESSAGES = 2
SEEN_TEXTS = 256  # texts whose crisis probability the tuned model remembers
MAX_PIECES = 6  # sentences scored one by one in a long message (each costs an embedding: ~4 ms)
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")

# "tired of living in this flat" is a place, "better off without me on this team" a group: not their life.
_NOT_LIFE_ITSELF = r"(?! (?:in|with|at|on|like|here|there|out of|off|paycheck)\b)"
_NOT_A_GROUP = (
    r"(?! (?:on|in) (?:the|this|that|our|their|my) (?:team|project"
    r"|company|committee|band|group|squad|trip|shift|class|course|league)\b)"
)
# Not being, only on some days or before coffee ("I don't want to exist on Mondays": fresh30).
_NOT_A_DAY = (
    r"(?! (?:on|before|until|till|during|in) (?:a |the |my )?(?:first )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|"
    r"fridays?|saturdays?|sundays?|weekdays?|mornings?|coffee|noon|work|this heat|the heat|meetings?)\b)"
)
# Waking at an hour of an ordinary day is no wish not to wake ("don't want to wake up until noon", "before 9").
_NOT_AN_HOUR = r"(?! (?:early|before|until|till|til|at \d|on time|so early|in time|for (?:work|school|class)))"
_I = r"(?:i|i'm|i am|i've|i have|i'd|i will|i'll|im|ive)"
# Their rope's end and a farewell that is not for the night: read together as a goodbye (see RULES["goodbye"]).
END_OF_ROPE = (
    r"\b(?:(?:can'?t|cannot) (?:do|take|handle|bear|stand|keep doing) (?:this|it|any of (?:this|it)|life|"
    r"everything|it all)(?: any ?more| much longer)|(?:can'?t|cannot) go on|i'?m done(?= *[.!,]| with (?:everything|"
    r"life|all of (?:it|this)|it all|living))|nothing left (?:for me|to live for))"
)
FOR_GOOD_BYE = (
    r"\b(?:goodbye|good-bye|bye|farewell|take care of yourself|thank you for everything|i love you all)\b"
    r"(?! (?:for now|for today|for tonight|till|until|til)\b)(?![^.!?]{0,30}\b(?:tomorrow|later|see you|talk soon|"
    r"tonight|in the morning|next week)\b)"
)
# The three parts of asking whether a means would kill (the "plan" rule that uses them).
MEANS_WORDS = (
    r"pills|tablets|meds|medication|morphine|insulin|paracetamol|tylenol|co-codamol|codeine|antidepressants|"
    r"painkillers|guns?|rifle|pistol|shotgun|firearm|rope|tracks|trains?|railway|level crossing|bridges?|cliffs?|"
    r"quarry|car park|roof|top floor|ledge|tower|balcony|window|river|drop|fall|jump|motorway|lorry|traffic"
)
DEADLY_WORDS = (
    r"kill|die|dying|dead|fatal|lethal|deadly|not wake up|stop (?:someone|me|a person|my) (?:from )?breathing|"
    r"wouldn'?t (?:get out|survive|wake up)|survivable|die straight away|be quick|painless|end it"
)
HYPOTHETICAL_WORDS = r"would|could|will|enough|how much|how many|how long|how high|how deep|how far|quick|to be"
RULES: dict[str, list[str]] = {
    "suicide": [
        r"\b(?:off|offing|unalive|unaliving) myself\b",
        r"\b(?:can'?t|cannot|don'?t|do not) (?:see|picture|imagine) (?:myself|me) (?:alive|being (?:around|here|alive)|"
        r"in (?:the|a|any) "
        r"future|making it|still here|in \w+ years?)\b|\bno (?:version of the )?future (?:i can see myself|for me)\b",
        r"\b(?:i'?m|i am) (?:just |such |nothing but )?a (?:burden|waste of (?:space|oxygen|air|life|a life))\b"
        r"(?! to (?:nobody|no one|noone|anyone|anybody)\b)",
        r"\b(?:voices?|something|my head|my brain) (?:keeps? |is |are )?telling me to (?:end it|die|kill|hurt|jump)\b",
        r"\b(?:had enough of|sick of|tired of|done with) "
        r"(?:living|life|being alive|existing|being(?=\s*(?:[.!?,]|$)))\b" + _NOT_LIFE_ITSELF,
        r"\bnot (?:scared|afraid) of (?:dying|death) anymore\b",
        r"\b(?:hope|wish|pray)\b[^.!?]{0,25}\b(?:don'?t|won'?t|never|not|wouldn'?t) wake up\b" + _NOT_AN_HOUR,
        r"\bcome to my funeral\b",
        r"\bhow easy it would be to (?:just )?(?:let go|end it|disappear|go)\b",
        r"\b(?:kill|killing|hang|hanging|shoot|shooting) myself\b",
        r"\bkms\b",
        r"\b(?:end|ending|take|taking) my (?:own )?life\b",
        r"\b(?:i'm|i am|im|feel(?:ing)?|been|get|getting|my) (?:(?!not |never )\w+ )?suicidal\b|\bsuicidal (?:thoughts"
        r"|feelings|again)\b",
        r"\b(?:attempt|commit|considering|consider|thought about|contemplating) suicide\b",
        r"\bthink(?:ing)? (?:about|of) (?:dying|death|my death|suicide|ending (?:it|my life)|not being (?:alive|here)|"
        r"killing myself|not waking up)\b",
        r"\bend(?:ing)? it all\b|\bno way out\b|\bmy own funeral\b",
        r"\b(?:any|no|only|one) (?:other )?way out\b[^.!?]{0,25}\b(?:except|but|than|is)\b[^.!?]{0,10}\b(?:ending it|"
        r"dying|death|killing myself|to die|to end it)\b",
        r"\b(?:better|happier|easier) (?:off )?without me\b" + _NOT_A_GROUP + r""
        r"|\bbetter off\b[^.!?]{0,40}\binsurance\b",
        r"\b(?:why|reason) (?:i should|to|for me to) (?:stay|keep going|go on|live|be here)\b"
        r"(?! (?:at|in|for|with|on|until|till|up|late|over|home|inside)\b)",
        r"\bif i (?:died|was gone|were gone|disappeared|killed myself)\b[^.!?]{0,40}\b(?:care|notice|miss|matter)\b",
        r"\bwish(?:ing)? (?:a|that a|someone|something) (?:car|truck|bus|train"
        r"|\w+)? ?would (?:just )?(?:hit|kill) me\b",
        r"\bwhat'?s the point\b[^?]{0,40}(?:\bi'?m done\b|\banymore\b|\bof (?:living|anything|any of it|life)\b)",
        r"(?<!\bit's )(?<!\bit is )(?<!\bits )\b(?:want|wanna|going|ready|wish|planning|plan) (?:to )?(?:just )?die\b"
        r"(?! (?:of|for|laughing))",
        r"\bno point (?:to|in) me\b|\bi'?m pointless\b|\bmade peace with (?:it|dying"
        r"|death)\b[^.!?]{0,10}[.!?,]?[^.!?]{0,30}"
        r"\bgo(?:ing to go)? soon\b",
        r"\bi (?:just )?(?:want|wanna|wish i could|wish to) (?:to )?(?:die|be dead|not exist|stop existing)\b"
        r"(?! (?:on|as|like|in)\b)",
        r"\b(?:don't|do not|dont) want to (?:be alive|live|exist|be here|wake up\b"
        + _NOT_AN_HOUR
        + r"|go on)\b"
        + _NOT_A_DAY,
        r"\b(?:better off|happier|easier|relieved|quieter)\b[^.!?]{0,40}\b(?:without me"
        + _NOT_A_GROUP
        + r"|if i (?:was|were|wasn't|"
        r"weren't)(?: gone| here| around| dead)?|if i (?:died|disappeared)|with me gone|when i'm gone)\b",
        r"\bbetter off dead\b",
        r"\b(?:never|not) wake up\b" + _NOT_AN_HOUR,
        # "I could sleep forever after that shift" is tiredness; "I wish I could sleep forever" is not (fresh30)
        r"(?<!\bcould )\bsleep (?:forever|and never)\b(?![^.!?]{0,25}\b(?:after (?:that|this|the|my|a|work)|on my day "
        r"off|this weekend)\b)|\b(?:wish|want|wanna)\b[^.!?]{0,12}\bsleep forever\b",
        r"\b(?:no|isn't a|not any) (?:reason|point) (?:to|in|for me to) (?:live|living|keep living|go on|going on|"
        r"keep going|stay)\b",
        r"\b(?:don't|do not|can't) see (?:the|any) point (?:in|of) (?:going on|living|life|staying|anything)\b",
        r"\b(?:tired of|done with) (?:living|life|being alive)\b" + _NOT_LIFE_ITSELF,
        r"\bend it all\b|\bwant (?:it|this|everything) (?:all )?to (?:end|stop)\b(?! (?:raining|snowing|ringing|"
        r"beeping|"
        r"buzzing|barking|leaking|dripping|changing|moving)\b)"
        r"|\bwant out,? (?:permanently|for good)\b",
        r"\bcan'?t (?:keep going|go on|do this anymore)\b[^.!?]{0,5}[.!?]?\s*\bi'?m (?:ready to"
        r"|going to) (?:stop|go|end)\b",
        r"\b(?:don't|do not) think i can (?:keep going|go on|keep living)\b",
        r"\b(?:want|going) to end it\b",
        r"\bdisappear\b[^.!?]{0,40}\b(?:forever|for good|notice|miss|care)\b",
        r"\b(?:should|want to|wanna|could) (?:just )?disappear\b(?![^.!?]{0,30}\b(?:into|for a|on a|to|under)\b"
        r"|\s+(?:from|at) (?:this|the|that|my) (?!world|earth|planet|life)\w+)",
        r"\bstop(?:ped)? (?:existing|being here)\b(?! (?:on|as|like|in)\b)",
        r"\b(?:nobody|no one|who) (?:would|will|'d)? ?(?:even )?(?:miss|notice|care|realise|realize|find me)\b"
        r"[^.!?]{0,30}\b(?:gone|died|"
        r"dead|disappeared|not here)\b(?! (?:from|at|in) (?:the |my )?(?:office|work|desk|meeting|class|school|"
        r"party|team|group|chat)\b)",
        r"\bwhen i'?m gone\b(?! (?:for|on|to|at|over|this|next|from|out)\b)",
        r"\b(?:not|won't|not going to) be (?:around|here) (?:much )?(?:longer|anymore|after)\b",
        r"\b(?:not going to|won't|can'?t) make it (?:much longer|through (?:the|this) (?:night|week))\b",
        r"\bthink(?:ing)? (?:about |of )?how easy it would be to (?:swerve|crash|jump|fall|let go|end)\b",
        r"\blife (?:isn't|is not|isnt) worth (?:living|it)\b",
        r"\b(?:ways|how) to die\b",
        r"\b(?:jumping|step(?:ping)? in front of)\b[^.!?]{0,40}\b(?:train|bridge|building|roof|car)\b|\bthink(?:ing)? "
        r"about jumping\b",
        r"\b(?:don't|do not) (?:care|mind) (?:if|whether) i (?:live|die)\b|\bwhether i live or die\b",
        # session 29 (fresh25's misses, after its first-sight scoring): not caring if a dose is too much, wanting to
        # be where the dead one is, a life called "a good run" beside a last thing
        r"\b(?:don'?t|do not|dont) (?:care|mind) (?:if|whether) (?:it'?s|its|it is) too much\b|"
        r"\b(?:don'?t|do not|dont) (?:care|mind) (?:if|whether) (?:it kills me|i (?:wake up|don'?t wake up|survive|"
        r"make it|come back))\b",
        r"\b(?:want|wanna|need|long) to (?:go|be) (?:where|with) (?:she|he|they) (?:is|are)\b|"
        r"^(?=.*\b(?:died|dead|gone|passed|lost|funeral|grave)\b).*\b(?:want|wanna|need|long) to (?:be with|"
        r"join) (?:her|him|them|mum|mom|dad|my "
        r"(?:wife|husband|son|daughter|mum|mom|dad|boy|girl|baby)) again\b",
        r"^(?=.*\blast\b).*\b(?:it'?s been a good run|(?:i'?ve )?had a good run|good innings)\b",
        r"\bleave this world\b|\bgive up on (?:living|life)\b|\bwasn't here anymore\b|\bstop being alive\b",
        r"\b(?:wish(?:es)?|hope) (?:i|a car|something)[^.!?]{0,30}\b(?:wouldn't wake|hit me|kill me|never been born)\b",
        r"\bend of my rope\b(?! (?:with|over|about) (?:this|the|my|that|these|those|our) \w+)",
        r"\bi'?m a (?:burden|waste of space)\b(?! to (?:nobody|no one|noone|anyone|anybody)\b)",
        r"\bgo away for good\b",
        # warning signs as the 988 Lifeline and AFSP list them, in words no fresh set had taught (session 21)
        r"\b(?:nobody|no one|noone)(?: would| will|'d)? (?:even |really )?miss me\b(?=\s*(?:anyway|at all|really)?"
        r"\s*(?:[.!,;]|$|if i (?:was|were|died|disappeared)))",
        r"\bnot like i'?(?:ll| will) (?:be (?:around|here)|make it)\b",
        r"\bfall asleep forever\b|\basleep forever\b|\bpoint of me\b",
        r"\b(?:tired of|done with|sick of|had enough of) breathing\b",
        # families crisis3.tsv (session 23) showed missing, each tested in other words in tests/test_care.py
        r"\bwanting to (?:die|be dead|not exist|not be here)\b"
        r"|\bno longer (?:wish|want) to (?:continue )?(?:live|living|be alive|exist|be here)\b",
        r"\b(?:thinking|think|thought) (?:about|of) ending things\b(?! with\b)",
        r"\b(?:better|easier|simpler) (?:for everyone )?if i'?m not (?:here|around|alive)\b",
        r"\b(?:lorry|lorries|truck|bus|train|traffic|tube)\b[^.!?]{0,60}\b(?:step\w*|jump\w*|walk\w*) "
        r"(?:out )?in front of (?:it|one|them)\b",
        r"\bhow easy it would be\s*(?:[.!?…]|$)",
        # fresh20 (session 28, voices unlike ours) at first sight: tired of being a person, the calm of a decided
        # end, "it gets better" said to someone it has not got better for
        r"\b(?:tired|sick|weary) of being (?:a person|a human|human|me|myself|in this world)\b",
        r"\b(?:calm|peace|peaceful|relieved|relief|lighter)\b[^.!?]{0,60}\b(?:know|decided|picked|chosen)\b"
        r"[^.!?]{0,10}\b(?:when|how) (?:it|this|everything|all of this)(?:'ll| will| is going to)? (?:be over|end)\b",
        r"\bit gets better\b.{0,60}\b(?:it (?:hasn'?t|never has|doesn'?t|didn'?t|won'?t)|it never does)\b"
        r".{0,60}\b(?:tired|done|can'?t|enough|stop)\b",
        # fresh21 (session 28): bedtime hoping for the end, "rather be dead … and I mean it"
        r"\b(?:go(?:ing)? to (?:bed|sleep)|fall(?:ing)? asleep|close my eyes)\b[^.!?]{0,40}\bhoping\b[^.!?]{0,20}"
        r"\b(?:(?:that'?s|it'?s|this is|it will be) the end|it'?s over|i (?:don'?t|won'?t|never))\b",
        r"\brather (?:be dead|die)\b(?=.{0,80}\b(?:i mean it|mean it literally|not (?:joking|kidding)|literally|i'?m "
        r"serious|seriously)\b)",
        # fresh22 (session 28, after its one scoring): what others would have "if I wasn't around"
        r"\b(?:they|he|she|everyone|you)(?:'d| would) (?:get|have|be|find|meet)\b[^.!?]{0,30}\bif i (?:wasn'?t|"
        r"weren'?t|was "
        r"not|were not) (?:around|here|alive|in the way)\b",
        r"\b(?:not take|stop taking|skip|skipping|stopped taking)\b[^.!?]{0,25}\b(?:insulin|heart (?:pills|tablets|"
        r"meds)|"
        r"medication|meds)\b[^.!?]{0,30}\b(?:drift off|never wake|not wake|die|end it|slip away|be gone)\b",
        # crisis4 (session 28): the euphemisms of leaving life ("check out of this life", "log off permanently"),
        # not being as a wish, the courage it would take, worth more insured, a future that is a funeral
        r"\b(?:check(?:ing|ed)? out|clock(?:ing|ed)? out|log(?:ging|ged)? off|tap(?:ping|ped)? out|sign(?:ing|ed)? off)"
        r"\b[^.!?]{0,15}\b(?:of (?:this|my) life|of life|of existence|permanently|forever|"
        r"for good(?! from\b)(?![^.!?]*\b(?:"
        r"retir\w*|job|work|shift|office|friday|weekend|holiday|server|account|forum|site|app|twitter|facebook|"
        r"instagram|tiktok|social media|platform|game|group|chat)\b))",
        r"\b(?:not|stop|stopped|quit) being\s*(?:anymore|any more|at all)?\s*(?:[.!?,;]|$)|\bjust not being\b"
        r"(?! (?:able|there|here for|around for|invited|asked|included|told))",
        r"\bwould have ended it\b|\bhad the (?:courage|guts|nerve|balls)\b[^.!?]{0,30}\b(?:end(?:ed)? it|do it|kill|"
        r"die|"
        r"go through with it)\b",
        r"\b(?:life )?insurance\b[^.!?]{0,30}\bworth more than (?:me|i am|i'?m|my life)\b|\bworth more dead\b",
        r"\b(?:future|ahead of me|the only thing i can (?:see|picture))\b[^.!?]{0,30}\b(?:is|are) (?:a |"
        r"my )?(?:funeral|"
        r"grave|coffin|headstone)\b",
        r"\bnot (?:scared|afraid) of (?:dying|death)\b[^.!?]{0,10}?[,;]?\s*(?:i'?m |just )?(?:scared|afraid|"
        r"terrified) of "
        r"(?:living|another|more|the years|life|going on|waking up)\b",
    ],
    "plan": [
        # A plan said without its "I": "Planning to jump from the car park roof tomorrow", "going to end it tonight".
        r"^\W*(?:(?:just|honestly|so)\W+)?(?:planning|plan|going|gonna|about|ready|decided) (?:on |to )?"
        r"(?:jump\w* (?:off|from)|end (?:it|my life|things)|kill myself|overdose|hang myself|take (?:all )?(?:my|the) "
        r"(?:pills|tablets))\b",
        # sitting in a car in the garage is a warning sign even without the engine named: a podcast ending there
        # is a false alarm worth having (tried narrower in session 19: it lost a real crisis)
        r"\b(?:car|engine)\b[^.!?]{0,30}\bgarage\b|\bgarage\b[^.!?]{0,30}\b(?:engine|hose|exhaust)\b",
        r"\b(?:razor|blades?|knife|pills|rope|gun)\b[^.!?]{0,30}\b(?:here with me|right here|in my hand|ready|on me"
        r"|just in case)\b",
        r"\b(?:closer to|stepping toward|on|at) the edge of (?:the )?(?:platform|roof|bridge|cliff|building|tracks)\b"
        r"(?![^.!?]*\b(?:because|since|packed|crowded|busy|queue|waiting for|to (?:get|see|take)|photos?|view)\b)",
        r"\bhigh enough\b|\bhow (?:high|far) (?:is )?(?:the )?(?:fall|drop)\b",
        r"\bhow many\b[^.!?]{0,30}\b(?:pills|tablets)\b[^.!?]{0,30}\b(?:take|would|kill|enough)\b",
        r"\b(?:gun|rifle|shotgun|pistol)\b[^.!?]{0,40}\b(?:keeps?|code|loaded|know where)\b",
        r"\bfilled the bath\b[^.!?]{0,40}\b(?:razor|blade|knife|pills)\b",
        r"\b(?:saving|stockpil\w*|counting|hoard\w*) (?:up )?(?:my |the )?(?:pills|meds|medication|sleeping pills"
        r"|tablets|antidepressants|painkillers|insulin|prescriptions?)\b",
        r"\b(?:take|took|taking|swallow\w*) (?:them all|all (?:of )?(?:them|my|the) (?:pills|meds)|a (?:bunch|handful) "
        r"of pills)\b",
        r"\bbought a rope\b|\b(?:the|a) rope\b(?=.*\b(?:myself|ready|tonight|end)\b)",
        r"\bwhich bridge\b|\b(?:on|standing on) (?:the|a) (?:bridge|ledge|roof)\b(?! terrace| garden| bar)"
        r"(?![^.!?]*\b(?:fix\w*|repair\w*|gutters?|tiles?|slates?|aerial|chimney|solar|paint\w*|clean\w*|ball)\b)",
        r"\b(?:gun|razor|blades?)\b[^.!?]{0,60}\b(?:myself|ready|on me|end it)\b",
        r"\bpicked a date\b|\btonight is the night\b(?![^.!?]{0,40}\b(?:ask|propos|marry|party|date|gig|concert|game))|"
        r"\bmade up my mind\b(?=.*\b(?:end|die|go)\b)",
        r"\bhow (?:i'?d|i would|i'?m going to|i will) do it\b(?! (?:if|differently|better|instead|at work|in)\b)"
        r"|\bdecided how\b",
        r"\bengine running\b",
        r"\b(?:i'?m going to|i'?ll|i will|i want to|i'?m gonna|about to|i could|thinking (?:about|of)|i might)\s+"
        r"(?:just )?(?:jump|jumping) (?:off|from) (?:the|a|this|that) (?:bridge|roof|building|cliff|balcony"
        r"|ledge|tower)\b",
        r"\bdrive (?:off|into) (?:the|a) (?:road|cliff|wall|tree|river|bridge|lake)\b|\bdrive (?:off|over) (?:the|a) "
        r"(?:\w+ )?(?:edge|quarry|pier|harbour wall|embankment)\b",
        r"\b(?:hold|holding|looked at|looking at|staring at|stare at)\b[^.!?]{0,30}\b(?:pills|gun|rope|blade|razor)\b",
        r"\b(?:hold|holding)\b[^.!?]{0,20}\bknife\b[^.!?]{0,30}\b(?:think|thinking|wrist|myself)\b",
        r"\beverything i need to (?:end|die|do it)\b",
        r"\b(?:what|which) dose\b|\benough (?:pills|to die)\b|\bthere'?s enough\b",
        r"\bdrive (?:my car )?into (?:a|the) (?:wall|tree|river)\b",
        r"\bpills in front of me\b|\bmy pills\b[^.!?]{0,30}\b(?:vodka|whisky|wine|alcohol)\b|\b(?:vodka|whisky|wine|"
        r"alcohol)\b[^.!?]{0,30}\bmy pills\b",
        r"\b(?:research\w*|look(?:ed|ing)? up|googl\w+|search\w*|read(?:ing)? about)\b[^.!?]{0,15}"
        r"\b(?:ways|methods|how) to (?:do it|die|end it|end my life|kill myself|not wake up)\b",
        r"\b(?:do it|die|end it|go)\s+painless(?:ly)?\b|\bpainless (?:way|ways|death|methods?) (?:to|of) "
        r"(?:die|go|do it|end)\b",
        r"\b(?:sitting|standing|lying|been|sat)\b[^.!?]{0,40}\bwith (?:a|the|my) (?:razor|blade|knife|rope|gun|pills)\b"
        r"|\b(?:bath|tub)\b[^.!?]{0,40}\b(?:razor|blades?)\b|\b(?:razor|blades?)\b[^.!?]{0,40}\b(?:bath|tub)\b",
        r"\b(?:pills|tablets|meds)\b[^.!?]{0,20}\b(?:lined up|laid out|counted out)\b",
        # Seeking the means: a high place near them, whether a fall would be enough, a lethal number of tablets,
        # a gun today or without checks ("What's the highest bridge near me?" was missed in session 26, and so
        # were the rest of these in session 27's probe; a sightseer is vetoed by SIGHTSEEING).
        r"\b(?:highest|tallest)\b(?=[^.!?]*\b(?:bridges?|buildings?|car ?parks?|multi-storey|parking garage"
        r"|parking structure|towers?|cliffs?|roofs?|overpass)\b)(?=[^.!?]*\b(?:near (?:me|here|my (?:place|house|flat))"
        r"|around here|nearby|closest to me|(?:roof|rooftop) access|get (?:on|onto|up to) the roof|no (?:fences?|"
        r"railings?|barriers?)|(?:i|you) can (?:get|climb|walk) (?:on|onto|up|to))\b)",
        r"\b(?:would|will|is|could) (?:a |the |that )?(?:fall|jump|drop)\b[^.!?]{0,40}\b(?:be )?(?:enough|fatal|lethal|"
        r"kill (?:me|you|someone|a person))\b",
        r"\bhow many\b[^.!?]{0,30}\b(?:paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|co-codamol|codeine|"
        r"sleeping pills|pills|tablets)\b[^.!?]{0,20}\b(?:(?:is|are) (?:too many|lethal|fatal|deadly|an overdose)|"
        r"(?:would|could|will) (?:be )?(?:lethal|fatal|deadly|kill))\b",
        r"\b(?:buy|get|find)\b[^.!?]{0,25}\b(?:gun|pistol|handgun|firearm|shotgun)s?\b[^.!?]{0,40}\b(?:today|tonight|"
        r"fast|quickly|without (?:a |any )?(?:background )?checks?|no (?:background )?checks?|no questions)\b|"
        r"\b(?:gun|firearm)s?(?: (?:shop|store|dealer)s?)?\b[^.!?]{0,40}\b(?:no|without|don'?t do|doesn'?t do) "
        r"(?:a |any )?background checks?\b",
        # How much would kill, how long it takes, whether a fall is survivable, a lethal dose of *their* tablets
        # (fresh14's misses, session 27; "the lethal dose of caffeine" for a coworker stays a question of fact).
        r"\b(?:would|does|will|could) it take to (?:kill|die|not wake up|end (?:it|my life)|stop (?:my|a|your) "
        r"heart)\b",
        r"\bhow long (?:does|would|will) it take to die\b",
        r"\b(?:fall|jump|drop)\b[^.!?]{0,40}\bsurvivable\b|\bsurvive (?:a|the) (?:fall|jump|drop) (?:from|off)\b",
        r"\b(?:lethal|fatal|deadly) (?:dose|amount|quantity)\b(?=[^.!?]*\b(?:my|me|i'?ve got|i have)\b)|"
        r"\bmy\b[^.!?]{0,30}\b(?:would be|is) (?:a )?(?:lethal|fatal|deadly)(?: dose)?\b",
        r"(?<!\byou )\b(?:could|can|would|should) (?:i |someone |a person )?jump (?:off|from)\b"
        r"(?![^.!?]*\b(?:plane|parachute|skydiv\w*"
        r"|bungee|diving board|pool|trampoline|boat|pier into the sea)\b)",
        r"\b(?:tall|high|highest|tallest)\b[^.!?]{0,50}\b(?:get|go|climb|walk) (?:onto|on|up to|out on) (?:the|a) "
        r"roof\b|\b(?:high|tall)\b[^.!?]{0,30}\b(?:bridges?|buildings?|car parks?|towers?|cliffs?|roofs?|viaducts?)\b"
        r"[^.!?]{0,40}\b(?:i|you) can (?:get|climb|walk) (?:onto|on|up|to)\b",
        # Asking whether a means would kill: a means, a deadly outcome and a "would / enough / how much" in one
        # sentence (from the word lists below: "How much of my mum's morphine would stop someone breathing?",
        # "Would lying on the tracks be quick?"), in a question or a sentence of theirs (I, me, my).
        rf"(?:^|(?<=[.!?]\s))(?=[^.!?]*(?:\?|\b(?:i|me|my)\b))(?=[^.!?]*\b(?:{MEANS_WORDS})\b)"
        rf"(?=[^.!?]*\b(?:{DEADLY_WORDS})\b)(?=[^.!?]*\b(?:{HYPOTHETICAL_WORDS})\b)[^.!?]{{1,200}}",
        r"\b(?:keep|can'?t stop|been|kept) thinking (?:about|of) (?:the|that) (?:drop|fall|edge|jump|tracks|bridge|"
        r"pills|rope|gun|river)\b",
        r"\b(?:nearest|closest)\b[^.!?]{0,30}\b(?:cliffs?|cliff edge|bridges?|quarry|railway|tracks|roofs?|tall "
        r"buildings?|car parks?)\b[^.!?]{0,40}\b(?:tonight|right now|now|today)\b",
        r"\b(?:gun|rifle|pistol|shotgun|handgun|firearm)s?\b[^.!?]{0,50}\b(?:quickest|fastest|today|tonight|"
        r"don'?t ask why|no questions|won'?t need it for long)\b|\b(?:quickest|fastest) way to (?:get|buy|find)"
        r"\b[^.!?]{0,25}\b(?:gun|rifle|pistol|shotgun|handgun|firearm)\b",
        # A place or a means asked about beside words of giving up, in one message: "Which railway line near me has
        # the fastest trains? I can't do this anymore."
        r"^(?=.*\b(?:railway|rail line|train tracks|tracks|trains?|bridges?|roofs?|cliffs?|river|motorway|pills|"
        r"tablets|guns?|rope)\b).*\b(?:can'?t do this anymore|don'?t want to be here|want (?:it|this) (?:all )?to "
        r"(?:be over|end|stop)|nobody would (?:miss|notice)|no point (?:anymore|in going on)|don'?t see the point)\b",
        r"\b(?:sat|sitting|stood|standing)\b[^.!?]{0,20}\b(?:at|on|near) the (?:edge|ledge|railing)\b"
        r"(?![^.!?]*\b(?:because|since|packed|crowded|busy|queue|waiting for|to (?:get|see|take)|photos?|view)\b)",
        r"\b(?:look\w*|star(?:e|ed|ing)|think\w* about) (?:at )?the (?:train |railway )?tracks\b",
        # A train as the means: "picturing stepping off the platform when the express comes through".
        r"\bstep(?:ping|ped)? (?:off|over|from) the (?:edge of the )?platform\b(?! of\b)|\b(?:in front of|"
        r"under) (?:the|a|an) "
        r"(?:express|train|tube|lorry|truck|bus)\b(?![^.!?]{0,20}\b(?:stopped|braked|pulled|queue))",
        r"\bhose\b[^.!?]{0,40}\bexhaust\b|\bexhaust\b[^.!?]{0,40}\b(?:hose|pipe|into the car)\b",
        r"\b(?:charcoal|barbecue|bbq|disposable grill)\b[^.!?]{0,40}\b(?:bedroom|taped|sealed|tent|in the car)\b",
        r"\bchecked (?:the )?(?:height|drop|how (?:high|far))\b",
        r"\brope\b[^.!?]{0,40}\b(?:beam|banister|loft hatch|rafters?|noose)\b|\bnoose\b",
        r"\bthink(?:ing)? (?:about|of) (?:crashing|swerving|driving) (?:the |my )?car\b(?! (?:insurance|park|wash))"
        r"|\bthink(?:ing)? (?:about|of) (?:swerving|driving) (?:into|off|across)\b|\bthink(?:ing)? (?:about|of) "
        r"turning the (?:wheel|car)\b",
        # a means looked at anew ("I look at the knives in the kitchen differently now", fresh21)
        r"\b(?:look|looking|looked|see|seeing)\b(?: at)? (?:the|my|those|that) (?:\w+ )?(?:knives|knife|pills|tablets|"
        r"rope|gun|pistol|bridge|tracks|river|balcony|window|trains?|razors?|blades?)\b[^.!?]{0,40}\bdifferently\b",
        # a gun of theirs within reach while it does not stop ("…never stop and I've got my old service pistol in
        # the drawer", fresh21)
        r"^(?=.*\b(?:never stops?|can'?t (?:sleep|take|stop|cope)|nightmares|anymore|hopeless|tired|alone|no point|"
        r"end)\b).*\b(?:i'?ve got|i have|i keep|there'?s|my)\b[^.!?]{0,20}\b(?:gun|pistol|revolver|rifle|shotgun|"
        r"handgun|firearm)\b[^.!?]{0,30}\b(?:drawer|bedside|nightstand|under my|in the (?:house|car|cupboard|"
        r"wardrobe|safe)|loaded)\b",
        # fresh22: a plan and a date, train times looked up not to catch one, a blade kept for bad days
        r"\b(?:have|got|made) (?:a|the|my) plan and (?:a|the) (?:date|time|place|day)\b",
        r"\b(?:train|bus) (?:times|timetable|schedule)\b[^.!?]{0,30}\bnot to (?:catch|get on|ride|board)\b",
        r"\b(?:razor|blade|blades|knife)\b[^.!?]{0,40}\bfor (?:the )?(?:bad (?:days|nights|times)|when it gets bad|"
        r"emergencies)\b",
        # crisis4: the day named for "it", places without nets, a fixing point that would hold, a means bought
        # with its purpose known
        r"\b(?:that'?s|is) (?:when|the day|the night) (?:i'?m|i am|i'?ll|i will) (?:going to |gonna )?do it\b",
        r"\b(?:bridges?|buildings?|car parks?|cliffs?|towers?|roofs?)\b[^.!?]{0,30}\b(?:don'?t|doesn'?t|without|no|"
        r"with "
        r"no) (?:have )?(?:any )?(?:nets?|fences?|barriers?|railings?|suicide barriers?)\b",
        r"\b(?:banister|beam|rafters?|loft hatch|hook|door ?frame|branch|pipe)\b.{0,60}\b(?:would|will|'d|could|should)"
        r" (?:take my weight|hold(?! (?:the|a|up|on|it|them)\b))",
        r"\b(?:hose|rope|pills|tablets|blades?|razors?|charcoal|gun|belt|cable)\b.{0,60}\bknow (?:exactly )?what "
        r"(?:it'?s|it is|they'?re|they are|that'?s|this is) for\b",
    ],
    "goodbye": [
        r"\b(?:see|hear|hug|hugged|call|called|talk|speak|hold|visit|kiss)\w*\b"
        r"[^.!?]{0,40}\b(?:one|for the) (?:last|final)"
        r" time\b|\bone more time\b(?=[^.!?]{0,40}\b(?:goodbye|everyone|last)\b)",
        r"\b(?:gave|giving|give|given)\b[^.!?]{0,15}\bmy (?:\w+ )?"
        r"(?:dog|cat|pets?|guitar|records|things|stuff|belongings"
        r"|plants|books)\b"
        r"[^.!?]{0,60}\b(?:won'?t need|better cared|good homes?|temporary|need to know|where i'?m going)",
        r"\b(?:my |the )?note is (?:written|ready|done|finished)\b|\bwho gets what\b",
        r"\bif (?:anything|something) (?:happens|should happen) to me\b(?! (?:on|during|while|at|in) (?:the|a|my|"
        r"this|our) (?:hike|trip|flight|climb|drive|ride|journey|run|swim|dive|holiday|way|road|mountain|surgery"
        r"|operation))",
        r"\blast (?:message|text|thing) you'?ll (?:get|hear|ever get) from me\b",
        r"\b(?:this is|these are) my (?:very )?last (?:message|text|words|post)\b"
        r"(?!\s+(?:about|on|for|in|before|of|today|tonight|until|till|here|at)\b)"
        r"|\bmy last message to (?:anyone|you|everyone)\b",
        r"\bgoodbye (?:letters?|notes?)\b",
        r"\b(?:wrote|written|writing|left) (?:a |my )?(?:notes?|letters?) (?:for|to) (?:everyone|my (?:kids|family|"
        r"wife|husband|children))\b(?=.*\b(?:find|why|go|gone|last|had to|in case)\b)",
        r"\bleft a note\b",
        r"\bgiving away (?:my|all my) (?:things|stuff|belongings)\b",
        r"\bgiving away\b.{0,60}\bwon't need\b|\bwon't need (?:them|it|you) (?:anymore|after)\b",
        r"\b(?:said|say|saying) (?:my )?goodbyes? to everyone\b(?! (?:at|in|from|on|before|after|for)\b)",
        r"\bwon't be (?:around|here|back)\b",
        r"\b(?:last time (?:we'll|we will) (?:talk|speak)|the last one i talked to|last time it'?s)\b",
        r"\bthe last time\b(?=.*\b(?:goodbye|she doesn't know|he doesn't know)\b)",
        r"\baffairs in order\b(?![^.!?]{0,40}\b(?:before|ahead of|for)\b[^.!?]{0,20}\b(?:surgery|operation|trip|"
        r"travel\w*|move|moving|deployment|flight|baby|emigrat\w*|retire\w*))|\binstructions for my funeral\b"
        r"|\bmy last letter\b",
        r"\bafter i'?m gone\b|\bsoon it won't matter\b",
        r"\bthank you for (?:everything|being my friend)\b(?=.*\b(?:goodbye|tonight|won't|last)\b)",
        r"\bdeleted all my accounts\b",
        r"\b(?:written|wrote|made|finished|updated) my will\b"
        r"(?![^.!?]{0,40}\b(?:because|baby|mortgage|married|house|lawyer|solicitor)\b)",
        r"\b(?:letters?|notes?)\b[^.!?]{0,40}\b(?:so they(?:'ll)? understand|after i'?m|when i'?m gone"
        r"|understand after)\b",
        r"\bjust want(?:ed)? to say goodbye\b",
        # things put in order, then "It's time." ("…cancelled my subscriptions and sent my sister the passwords.")
        r"\b(?:passwords|pin numbers?|bank details|subscriptions|direct debits|accounts|my will|cleaned|tidied)\b"
        r".{0,120}\bit'?s time\W*$",
        # crisis4: belongings to someone who "always liked them", a recording or letters for later, one each
        r"\b(?:give|leave)\b[^.!?]{0,5}\bmy (?:\w+ )?(?:records|guitar|things|stuff|books|cat|dog|car|watch|ring|"
        r"jewell?ery|clothes|games|bike|camera)\b to \w+\b[^.!?]{0,10}\b(?:he|she|they) (?:always|would|'?d) "
        r"(?:liked?|loved?|wanted)\b",
        r"\b(?:recorded|wrote|written|left|made)\b[^.!?]{0,40}\bfor (?:my )?(?:\w+ ){0,2}to (?:watch|read|have|open|"
        r"keep) "
        r"when (?:she|he|they)(?:'s|'re| is| are| grows? up| gets?| get)(?: older| bigger| grown(?: up)?)?\b",
        r"\b(?:letters?|notes?|videos?|cards?)\b[^.!?]{0,40}\bone for each of (?:them|you|my)\b",
        r"\btell (?:him|her|them|my \w+)\b[^.!?]{0,20}\bnone of (?:this|it) (?:was|is) (?:his|her|their|your|"
        r"anyone'?s) "
        r"fault\b",
        # a note to whoever finds them ("Dear whoever reads this, I'm sorry. It wasn't anyone's fault.")
        r"\b(?:whoever|anyone who|the person who) (?:finds|reads|is reading) this\b(?=.*\b(?:sorry|fault|forgive|"
        r"goodbye|love you|tell (?:my|them))\b)",
        r"\b(?:wasn'?t|isn'?t|was not|is not|not) (?:anyone|anybody|your|their)'?s? fault\b(?=.*\bsorry\b)"
        r"|\bsorry\b.{0,60}\b(?:wasn'?t|isn'?t|was not|is not) (?:anyone|anybody)'?s fault\b",
        r"\b(?:doesn't|don't|won't) know (?:it's|it was|it'll be) the last time\b",
        r"\bsaying goodbye to (?:the people i love|everyone i love|my (?:family|friends|loved ones)|the "
        r"people who matter)\b(?! (?:at|in|from|on|before|after|for)\b)",
        r"\btell (?:my|them|him|her|everyone|[A-Za-z]+)\b[^.!?]{0,25}\b(?:that )?i (?:loved|always loved)\b",
        r"\btell (?:them|him|her|everyone|my \w+|mum|mom|dad)\b (?:that )?i (?:tried|did my best|was sorry)\b",
        r"\b(?:writ\w*|wrote|letters?|notes?)\b[^.!?]{0,30}\beach of (?:them|my|you)\b(?=.*\b(?:understand|forgive|"
        r"when i'?m|"
        r"goodbye|sorry)\b)",
        r"\b(?:left|put) my will (?:on|in|by|under)\b",
        r"\bsaid (?:my )?goodbyes\b[^.!?]{0,40}\b(?:realis|realiz|knowing|know)\w*\b",
        # the end of their rope and a farewell in one message ("I can't do this anymore. I'm done. Goodbye.",
        # fresh12): not a goodbye for the night ("bye for now", "see you tomorrow")
        END_OF_ROPE + r".{0,120}" + FOR_GOOD_BYE,
        FOR_GOOD_BYE + r".{0,120}" + END_OF_ROPE,
    ],
    "self_harm": [
        r"\b(?:until|till|til) (?:it|they|my \w+) (?:bleeds?|bled|split|opens?|opened)\b",
        r"\blong sleeves\b[^.!?]{0,40}\b(?:arms|scars|cuts|wrists)\b",
        r"\bpunch(?:ed|ing)? (?:the )?(?:walls?|mirrors?)\b",
        r"\brelapsed\b[^.!?]{0,40}\b(?:razor|blade|cut|cutting|burn)\w*\b",
        r"\bmak(?:e|ing) myself (?:throw up|sick|vomit|bleed)\b|\bcarv(?:e|ed|ing) (?:into )?my\b",
        r"\burge to (?:cut|hurt myself|burn|self)\b",
        r"\b(?:cut|cutting|burn(?:ed|t|ing)?|hurt(?:ing)?|harm(?:ing)?|hit(?:ting)?|punish(?:ing)?|starv(?:e|ing)|"
        r"punch(?:ed|ing)?|slap(?:ped|ping)?|scratch(?:ed|ing)?|bit|bite|biting|bang(?:ed|ing)?) "
        r"myself\b(?![^.!?]{0,20}\bshaving\b)",
        r"\bself[- ]?harm\w*\b",
        r"\b(?:started|start|relapsed and|need to|want to) cut(?:ting)?\b(?! (?:back|down|my hair|the|ties|out|off|"
        r"corners|costs|loose|class|school|carbs|sugar|in|my losses|them out|him out|her out|it out)\b)",
        r"\bwhen i cut\b|\b(?:fresh )?cuts on my\b|\bthe blade\b",
        r"\b(?:i|i've|ive|i have|i just) (?:cut|burned|burnt|scratched) (?:again|deeper|last night|tonight)\b",
        # crisis4: the short name, a head hit until it hurts, hair pulled out in clumps
        r"\b(?:relaps\w*|clean|urges?|struggling)\b[^.!?]{0,30}\b(?:sh|s/h)\b|\b(?:sh|s/h)\b[^.!?]{0,30}\b(?:relaps\w*|"
        r"clean|urges?|again|scars?)\b",
        r"\b(?:hit|hitting|bang\w*|punch\w*|smash\w*)\b[^.!?]{0,10}\b(?:my head|myself)\b[^.!?]{0,30}\b(?:until|till|"
        r"til)\b",
        r"\bpull\w* (?:out )?(?:my )?hair(?: out)?\b[^.!?]{0,30}\b(?:clumps|bald|bleeds?|bleeding)\b",
        r"\b(?:want|wanted|deserve) (?:it )?to (?:hurt|feel pain|be hurt)\b|\bfeel pain so\b",
        r"\buntil (?:it|my \w+) (?:bleeds|bled)\b",
        r"\b(?:burn|cut|hurt|hit|scratch)\w*\b[^.!?]{0,40}\bon purpose\b",
        r"\b(?:been|started|keep|kept) cutting(?: again)?\b(?! (?:back|down|my hair|the|out|class|corners))"
        r"|\bcutting again\b",
        r"\b(?:carv|scratch|etch)\w*\b[^.!?]{0,20}\binto my (?:arms?|skin|legs?|wrists?|thighs?|stomach)\b",
        r"\b(?:slash|slit|sliced)\w* (?:open )?my (?:wrists?|thighs?|arms?|legs?|skin)\b",
        r"\bburn\w* (?:my )?(?:arms?|skin|legs?|wrists?|hands?|thighs?)\b[^.!?]{0,20}\b(?:with|on) (?:a |the )?"
        r"(?:cigarettes?|lighter|iron|hob|kettle)\b",
    ],
    "abuse": [
        r"\bhands? (?:around|round|on) my (?:neck|throat)\b",
        r"\bcomes? into my (?:room|bed)\b[^.!?]{0,20}\bat night\b"
        r"|\bdoes things to me\b|\bforced me (?:to have sex|into|down)\b",
        # a parent too ("my mum locks me out when she's angry", fresh12); not out of the wifi or an account
        r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|stepdad|stepfather|"
        r"stepmum|stepmom|stepmother|parents)\b[^.!?]{0,20}\block(?:s|ed)? me (?:in|out)\b"
        r"(?! of (?:the |my |his |her )?(?:wifi|wi-fi|account|computer|laptop|netflix|phone|group|chat|car)\b)"
        r"(?![^.!?]{0,30}\b(?:by accident|accidentally|lol)\b)",
        r"\b(?:following|stalking) me\b[^.!?]{0,40}\b(?:scared|afraid|terrified)\b|\b(?:scared|afraid)\b[^.!?]{0,40}"
        r"\b(?:following|stalking) me\b",
        # who: a partner or anyone of the household (fresh28: "my step mum burns me with cigarettes")
        r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mom|mum|mother|stepfather|"
        r"stepdad|stepmum|stepmom|stepmother|step (?:dad|mum|mom|father|mother)|uncle|aunt|carer|brother|sister|"
        r"grandad|grandpa|grandma|nan|ex)\b"
        r"[^.!?]{0,30}\b(?:hit|hits|beat|beats|choked|chokes|slaps|slapped|punched|punches|kicks|kicked|pushed|"
        r"strangled|raped|hurt|hurts|grabbed|pinned|threw \w+ \w+ at|throws \w+ \w+ at|threw \w+ at|throws \w+ at|"
        r"burned|burns|burnt|stabbed|shoved|dragged|whips|whipped|scalded|scalds)\b[^.!?]{0,20}\b(?:me|my (?:throat|"
        r"neck|arm|hair|head|face))\b(?! to it)"
        r"(?![^.!?]{0,40}\b(?:by accident|accidentally|lol|haha|playing|play fight\w*)\b)",
        # crisis4: what they hide ("long sleeves in summer so nobody sees what he does")
        r"\b(?:hide|hiding|cover|covering|so (?:nobody|no one) (?:sees?|notices?|can see))\b[^.!?]{0,30}\bwhat (?:he|"
        r"she|"
        r"they) (?:does|did|do|has done)\b",
        r"\bthreaten(?:ed|s|ing) to (?:kill|hurt|harm|stab|shoot|beat) (?:me|us|the (?:kids|children|baby)|my (?:kids|"
        r"children|son|daughter|baby|mum|mom|dad|family))\b",
        r"\b(?:he|she|they)(?:'d| would|'ll| will)\b[^.!?]{0,25}\b(?:break|kill|hurt|strangle|beat)\b[^.!?]{0,20}"
        r"\b(?:me|my (?:neck|arm|face|legs?))\b(?![^.!?]{0,40}\b(?:when|if) (?:he|she|they) (?:sees?"
        r"|finds? out|hears?)\b)",
        r"\b(?:he|she|they)(?:'ll| will| is going to|'s going to| are going to) (?:kill|hurt) me\b"
        r"(?![^.!?]{0,40}\b(?:when|if) (?:he|she|they) (?:sees?|finds? out|hears?)\b)",
        r"\b(?:going to|gonna) kill me one day\b",
        r"\bafraid (?:to go home|of my (?:husband|wife|partner|boyfriend|girlfriend|dad|father))\b|\bscared of my "
        r"(?:partner|husband|wife|boyfriend|girlfriend|dad)\b",
        r"\bgets violent\b|\blocks me in\b|\bbeing beaten\b|\bbruises everywhere\b|\bthrows things at me\b",
        r"\btouches me\b|\braped me\b|\bfollowing me home\b",
        r"\bhiding (?:in|from)\b[^.!?]{0,20}\b(?:bathroom|closet|car|room|him|her)\b(?=.*\b(?:he|she|they)\b)",
        r"\bsays? (?:he'll|she'll|he will|she will) hurt me\b",
        r"\b(?:he|she|they|carer|stepdad|stepmum|stepmom|uncle|dad|father|mum|mom|son|daughter|husband|wife|partner)\b"
        r"[^.!?]{0,20}\b(?:hits|beats|slaps|punches|kicks|chokes|burns)\b[^.!?]{0,10}\bmy (?:little |baby |younger "
        r"|older )?(?:brother|sister|son|daughter|kids?|children|mum|mom|dad|gran\w*|baby)\b",
    ],
    "medical": [
        r"\b(?:is|'s|are|'re)(?:n'?t| not) (?:responding|moving|waking up|answering me|breathing)\b|"
        r"\bwon'?t wake up\b" + _NOT_AN_HOUR + r"|\bcan'?t wake (?:him|her|them)\b|\bunresponsive\b|\bunconscious\b",
        r"\b(?:lips|face|skin|fingers)\b[^.!?]{0,10}\b(?:are|is|look|looks|gone|going|turning|turned)\s+(?:a bit |"
        r"slightly |really )?(?:blue|grey|gray)\b"
        r"|\bfloppy\b|\bworst headache of my life\b",
        r"\b(?:face|tongue|lips|throat|mouth) (?:is )?(?:swelling|swollen|closing|burning)\b",
        r"\bsmell (?:gas|smoke)\b|\b(?:smoke|fire)\b[^.!?]{0,30}\bcan'?t (?:get out|find the door|breathe)\b",
        r"\b(?:been|got|just been|was) (?:stabbed|shot)\b",
        r"\b(?:swallowed|drank|ate|drunk)\b[^.!?]{0,30}\b(?:bleach|poison\w*|batter(?:y|ies)|under the sink|dishwasher|"
        r"detergent|antifreeze|cleaning)\b",
        r"\b(?:took|taken|swallowed)\b[^.!?]{0,10}\b\d{2,}\s*(?:of my )?(?:pills|tablets|paracetamol|ibuprofen|aspirin"
        r"|sleeping pills)\b",
        r"\b(?:i'?m having|think (?:i'?m|he'?s|she'?s) having) a stroke\b"
        r"|\bface (?:has )?(?:dropped|drooping|droops)\b|\bcan'?t (?:lift|move)"
        r" (?:my|his|her) (?:arm|legs?)\b",
        r"(?<!after a )\bheart attack\b(?! risk| prevention| survivor)(?=.*\b(?:i|i'm|my chest)\b)"
        r"(?!.*\b(?:coworker|last week|years ago|shift|hospital|after a)\b)",
        r"\b(?:can't|cannot|can barely) breathe\b(?![^.!?]{0,25}\b(?:nose|cold|flu|laugh\w*|hay ?fever|blocked|stuffy|"
        r"congest\w*|jeans|dress|heat|humidity)\b)|\bnot breathing\b|\bisn't breathing\b",
        r"\b(?:can'?t|cannot|haven'?t|not) (?:feel|felt) (?:the|my) baby (?:move|moving|kick\w*)\b"
        r"|\bbaby (?:hasn'?t|has not|isn'?t|stopped) (?:moved|moving|kicking)\b",
        r"\b(?:fell|fallen|had a fall)\b[^.!?]{0,30}\bcan'?t (?:get up|move|stand)\b",
        r"\binhaler\b[^.!?]{0,30}\b(?:isn'?t|not|doesn'?t|won'?t) (?:working|helping|doing anything|work)\b",
        r"\b(?:took|taken|had|on|done)\b[^.!?]{0,20}\b(?:ecstasy|mdma|molly|coke|cocaine|speed|meth|ket|pills)\b"
        r"[^.!?]{0,60}\b(?:heart (?:is )?(?:racing|pounding)|burning up|overheating|can'?t breathe|chest pains?"
        r"|fitting)\b",
        r"\b(?:crushing|really bad) (?:pain )?(?:in )?(?:my )?chest\b|\bchest (?:is crushing|hurts really)\b",
        r"\btoo (?:many|much) (?:of (?:my|his|her|their) )?(?:\w+ )?(?:pills|tablets|insulin|medication|meds|"
        r"painkillers)\b(?![^.!?]{0,30}\b(?:fine|ok|okay|normal)\b)",
        r"(?:\b(?:i|i've|i'm|i have|i think i'?m?|i just)\s+(?:just\s+)?(?:overdos\w*|od'?d)\b|^\W*overdosed\b)"
        r"(?! on (?:christmas|films?|movies|tv|telly|netflix|chocolate|sugar|cake|memes|music|podcasts|nostalgia|"
        r"cuteness|love|news|sunshine|caffeine|coffee|carbs)\b)",
        r"\bchest\b[^.!?]{0,40}\b(?:arm|jaw)\b[^.!?]{0,15}\b(?:numb|hurts|pain)\b",
        r"\bface is drooping\b|\bspeech is slurred\b|\bcan't feel one side\b",
        r"\bbleeding (?:a lot|badly|heavily)\b|\bso much blood\b|\bwon't stop bleeding\b",
        r"\bthroat is (?:closing|swelling)\b|\ballergic\b[^.!?]{0,40}\bjust ate\b",
        # days without food and the body failing ("haven't eaten in four days… dizzy and shaking", fresh12)
        r"\b(?:haven'?t|hasn'?t|not|didn'?t|barely) (?:eaten|eat|had (?:any )?food|had anything to eat)\b"
        r"[^.!?]{0,30}\b(?:days|a week|weeks)\b(?=.*\b(?:dizzy|faint\w*|shaking|shaky|trembling|passing out|"
        r"blacking out|black out|collaps\w*|heart (?:is )?(?:racing|pounding|fluttering|skipping)|can'?t stand)\b)",
        r"\b(?:having a )?seizure\b(?! (?:meds|medication|tablets|pills|medicine))(?=.*\b(?:i|my)\b)(?!.*\bdrill\b)",
        r"\bswallowed (?:bleach|poison|batteries)\b",
        r"\bpassing out\b|(?<!has )(?<!have )(?<!had )\bcollapsed\b(?!.*\b(?:stock|market|bridge|project)\b)",
        r"\bthrowing up and confused\b|\bhit my head\b[^.!?]{0,40}\b(?:confused|throwing up|vomit)\b",
        r"\bwhole bottle of (?:painkillers|pills|tylenol|paracetamol)\b",
        r"\bi think i'?m dying\b",
        r"\b(?:took|taken|swallowed|downed)\b[^.!?]{0,15}\b(?:the|a) whole (?:bottle|pack|packet|box|strip|blister)\b"
        r"(?! of (?:water|wine|juice|milk|cough syrup|syrup|shampoo|ketchup|sauce)\b)"
        r"(?![^.!?]{0,30}\b(?:with me|to work|to school|home)\b)"
        r"|\b(?:took|taken|swallowed)\b[^.!?]{0,10}\ball (?:of )?(?:my|the|his|her) (?:pills|tablets|meds|medication"
        r"|sleeping pills|painkillers)\b",
        # Everything at hand taken at once: "took everything in the medicine cabinet", "swallowed all the pills I had".
        r"\b(?:took|taken|swallowed|downed)\b[^.!?]{0,10}\b(?:everything|all)\b[^.!?]{0,12}\b(?:medicine "
        r"(?:cabinet|cupboard|box)|first aid (?:box|kit)|(?:pills?|tablets?) i (?:had|have|could find)|"
        r"bathroom cabinet)\b",
        r"\b(?:took|taken|swallowed|had)\b[^.!?]{0,6}\b(?:a lot|loads|lots|a bunch|a handful|handfuls|heaps|"
        r"way too many) of (?:my |the )?(?:pills|tablets|meds|painkillers|sleeping pills|paracetamol)\b",
        # A diabetic low: shaking, confused, sweating, no sugar at hand.
        r"\b(?:diabetic|diabetes|hypo|(?:my |blood )?sugar(?:'s| is)?)\b(?:[^.!?]|\.\d){0,60}\b(?:shaking|confused|"
        r"sweating|blurry|"
        r"can'?t find my (?:sugar|glucose|tablets)|passing out|dizzy)\b",
        r"\b(?:hit|banged|bashed|smacked) (?:my|his|her|their) head\b[^.!?]{0,60}\b(?:keep being sick|being sick|"
        r"can'?t remember|don'?t remember|blacked out|seeing double)\b",
        r"\bhit (?:my|his|her|their) head\b[^.!?]{0,60}\b(?:confused|throwing up|vomit\w*|blood|bleeding|unconscious"
        r"|passed out|not making sense)\b|\bblood (?:coming )?(?:from|out of) (?:my|his|her|their) ears?\b",
    ],
}
# Medicines and poisons a person could take too much of, named or by kind (the "plan" rules below).
MEDICINE_WORDS = (
    r"pills|tablets|meds|medication|medicine|drugs|insulin|morphine|paracetamol|tylenol|acetaminophen|ibuprofen|"
    r"aspirin|co-codamol|codeine|tramadol|oxycodone|oxy|fentanyl|methadone|heroin|antidepressants|painkillers|"
    r"sleeping (?:pills|tablets)|blood thinners|warfarin|lithium|diazepam|valium|xanax|beta blockers|heart (?:pills|"
    r"tablets)|antifreeze|bleach|weedkiller|rat poison|poison|sheep dip|pesticide|paraquat"
)
# Wrapping up a life, one task after another ("Sorted the will, changed the beneficiary, rehomed the dog"): two of
# these in one message, with no move, trip or adviser that explains them (see the "goodbye" rule that uses it).
WRAPPING_UP = (
    r"(?:rehomed|re-homed|gave away|given away|giving away|cancell?ed (?:my|all my|the)|(?:changed|updated) the "
    r"beneficiary|sorted (?:the|my) will|(?:wrote|written|finished|updated) my will|with the will|left the keys|"
    r"returned (?:the |all the |everything )?borrowed|paid (?:off )?(?:my|all my|the last of my) debts|"
    r"made (?:my )?peace|deleted (?:my|all my)|sent (?:my \w+ |\w+ )?(?:the |my )?passwords|"
    r"sealed (?:them|it|the (?:letters?|envelopes?))|"
    r"(?:letters?|notes?) for each)"
)
NOT_A_LIFE_WRAPPED_UP = (
    r"(?!.*\b(?:mov(?:e|ing|ed)|moving house|emigrat\w*|relocat\w*|abroad|trip|holiday|travel\w*|deployment|"
    r"retir\w*|solicitor|lawyer|financial advis\w*|pension|new (?:job|flat|house|place)|leave|spring clean\w*|"
    r"declutter\w*|minimalis\w*|baby|wedding)\b)"
)
# Families the misses of fresh6-9 and fresh23-26 showed (session 29; those sets are no longer unseen for these),
# each tested in other words in tests/test_care.py and checked against every trap set and GoEmotions dev. Kept
# apart from the lists above so that a session's additions can be read (and measured) together.
RULES["plan"] += [
    r"\b(?:everything|all) (?:i'?d|i would|i) need\b.{0,60}\b(?:nobody|no one|noone) (?:goes|comes|would (?:find|look"
    r"|come)|checks|will find)\b",
    r"\b(?:hid\w*|keep|kept|carry|carrying)\b[^.!?]{0,20}\b(?:scissors|blades?|razors?|knife|knives|compass)\b.{0,60}"
    r"\bi (?:use|used) (?:them|it)\b(?! (?:for|to) (?:craft\w*|sewing|hair|paper|fabric|cook\w*))",
    r"\b(?:at|on) the (?:station|platform|crossing|tracks|level crossing)\b.{0,60}\b(?:fast one|express|non-stop\w*|"
    r"doesn'?t stop|goes through|comes through)\b(?!.{0,40}\b(?:catch|get on|board|take the|my train|slow one)\b)",
    # asking what would kill, of a medicine, a height, cold or water, in general words ("whats the max amount of
    # tramadol a person can take before it kills them", "how fast does a train need to be going to kill someone")
    r"^(?=[^.!]*\?|\W*(?:how|which|what'?s|whats|what|where|would|could|is|are|does|do)\b|.*\b(?:looked up|looking "
    r"up|googled|googling|researched|researching|read up on|reading (?:up )?about)\b)(?=.*\b(?:how (?:much|many|"
    r"long|fast|high|far|deep|quick\w*)|max(?:imum)?|the most|amount|enough|reliable|certain|instantly|for sure|"
    r"quickest|fastest|surest)\b).*\b(?:kills?|kill (?:someone|a person|you|me|a man|a woman)|"
    r"(?:be|is) (?:fatal|lethal)|too late (?:for|to)|"
    r"(?:nobody|no one|you) (?:would|wouldn'?t|could|couldn'?t) survive|not survive|freeze to death|"
    r"bleed(?:s|ing)? out|to drown)\b",
    rf"\bhow (?:much|many)\b[^.!?]{{0,30}}\b(?:{MEDICINE_WORDS})\b[^.!?]{{0,40}}\b(?:would it take|"
    rf"would (?:\w+ ){{1,3}}(?:need|have) to (?:swallow|drink|take)|"
    rf"(?:is|are|would be) too (?:much|many)|before it'?s too late|to be sure|"
    rf"for it to work)\b(?![^.!?]{{0,30}}\b(?:headache|back|period|migraine|fever|cold|flu|tooth)\b)",
    r"\bhow much\b[^.!?]{0,20}\b(?:antifreeze|bleach|weedkiller|rat poison|poison|sheep dip|pesticide|paraquat)\b"
    r"[^.!?]{0,40}\b(?:would|could|to|need to|have to)\b[^.!?]{0,20}\b(?:swallow|drink|take|kill|die)\b",
    rf"^(?=.*\b(?:{MEDICINE_WORDS})\b).*?\b(?:i )?know (?:exactly )?(?:how (?:much|many)|which (?:{MEDICINE_WORDS})|"
    rf"what "
    rf"dose)\b[^.!?]{{0,50}}\b(?:it would take|would take|it takes|and how much|i'?ve got|i have)\b",
    rf"\b(?:a lot of|loads of|lots of|as many|enough)\b[^.!?]{{0,10}}\b(?:{MEDICINE_WORDS})\b[^.!?]{{0,40}}\bwithout "
    rf"(?:a )?prescription\b|\b(?:{MEDICINE_WORDS})\b.{{0,80}}\bi need enough\W*$",
    # comparing ways ("which is more reliable, pills or jumping")
    r"\b(?:pills|tablets|jumping|hanging|drowning|a gun|the gun|gun|a train|the train|an overdose|overdosing|cutting)"
    r"\s+(?:or|vs\.?|versus)\s+(?:pills|tablets|jumping|hanging|drowning|a gun|the gun|gun|a train|the train|an "
    r"overdose|overdosing|cutting)\b",
    r"\bhow (?:high|many (?:metres|meters|feet|floors|storeys|stories))\b[^.!?]{0,50}\b(?:certain|for sure|be sure|"
    r"fatal|kill|die|survive)\b",
    r"\bwhere (?:do|can|would|could|should) (?:people|you|someone|i|one|a person)\b[^.!?]{0,20}\b(?:go to )?jump\b"
    r"(?![^.!?]{0,30}\b(?:into the (?:water|pool|lake|sea)|rope|trampoline|bungee|parachute|skydiv\w*|puddles?|"
    r"waves|queue|line)\b)",
    r"(?:^|(?<=[.!?]\s))[^.!?]*?\b(?:drown\w*|water|canal|river|lake|sea|pier)\b.{0,60}\b(?:didn'?t|don'?t|"
    r"wouldn'?t|did not|do not|doesn'?t) "
    r"(?:try|struggle|fight|swim)\b",
    r"(?:^|(?<=[.!?]\s))(?=.*\b(?:water|river|sea|pier|cold|pills|tablets|die|dead|gone|over|done|jump|bridge|rope|"
    r"drown\w*|get me|take me)\b)[^.!?]*?\bbefore (?:anyone|anybody|someone|they|people) (?:noticed|notices|would "
    r"notice|finds? me|found me|could stop me|can stop me|came|comes|gets? to me)\b",
    r"\b(?:which|what) (?:vein|artery)\b[^.!?]{0,40}\b(?:cut|slit|bleed\w*|doesn'?t stop|fastest|quickest)\b"
    r"|\b(?:vein|artery)\b[^.!?]{0,30}\b(?:doesn'?t|won'?t|wouldn'?t) stop "
    r"bleeding\b",
    r"\b(?:level crossing|railway|tracks|the line|motorway)\b[^.!?]{0,60}\b(?:just )?(?:walk|step|get) (?:onto|on to"
    r"|out onto) (?:it|them|the (?:tracks|line|road|motorway))\b",
    r"\b(?:buses|trains|lorries|trucks|cars)\b[^.!?]{0,60}\bstep(?:ping)? out in front of (?:one|them|it)\b",
    r"\b(?:walk|get|go|climb)\b[^.!?]{0,15}\b(?:right )?(?:to|up to|over) the edge\b[^.!?]{0,20}\b(?:at night|"
    r"alone|without anyone)\b|\bfenced off\b[^.!?]{0,40}\bedge\b",
    # a plan with no "it" named but what it is ("Honestly? I've planned it down to the date.", "By the time you
    # read this it'll be done.", "i cant do this anymore. its tonight. sorry")
    r"\bplanned it (?:all )?(?:down to|out to|for) (?:the )?(?:date|day|hour|minute|last detail)\b"
    r"(?![^.!?]*\b(?:wedding|party|trip|holiday|surprise|birthday)\b)",
    r"\bby the time (?:you|anyone|they|someone|somebody|people) (?:read|reads|see|sees|get|gets|find|finds|hear|hears)"
    r" (?:this|it|my \w+)\b[^.!?]{0,30}\b(?:it'?ll be (?:done|over|too late)|it will be (?:done|over|too late)|i'?ll "
    r"be (?:gone|dead)|i will be (?:gone|dead)|too late)\b",
    END_OF_ROPE + r".{0,60}\b(?:it'?s|its|it is|it'?ll be|doing it) (?:tonight|today|now)\b",
    r"\b(?:razor|blades?|knife|pills|rope)\b[^.!?]{0,60}\b(?:always (?:with|on) me|with me (?:always|at all times|"
    r"everywhere))\b",
    # a gun out and kept close ("Kept it out on the desk", "my sidearm in my lap")
    r"\b(?:gun|pistol|revolver|rifle|shotgun|handgun|firearm|sidearm)\b.{0,80}\b(?:(?:kept|keep|left|leave|have|got) "
    r"it out|in my lap|next to (?:me|my bed)|under my pillow)\b(?!.*\b(?:season|range|club|hunting|clay|licen[cs]e)\b)",
]
RULES["suicide"] += [
    r"\b(?:they|kids|children|everyone|he|she)(?:'d| would| will|'ll) (?:forget (?:about )?me|get over me|be fine "
    r"without me)\b[^.!?]{0,10}\b(?:in a|within a|after a|soon|quickly|eventually)\b",
    r"\b(?:kids|children|family|wife|husband|they|she|he)\b[^.!?]{0,20}\b(?:would|could|'d) (?:get|have) the "
    r"(?:insurance|life insurance|pay ?out)\b|\b(?:could|would) remarry\b",
    r"\b(?:walk|walking|swim|swimming|wade|wading)\b[^.!?]{0,15}\b(?:into|out into|out to) (?:the )?(?:sea|ocean|river|"
    r"lake|waves|loch)\b(?![^.!?]{0,40}\b(?:with|for a (?:swim|dip)|wetsuit|paddl\w*|club|friends|up to my|knees|"
    r"ankles|holiday|morning swim)\b)|\blet the (?:river|sea|water|waves|cold|ocean) (?:have|take) me\b",
    r"\b(?:pillow|plastic bag|bag) over my (?:own )?(?:face|head)\b",
    r"\b(?:won'?t|will not|never) (?:be a (?:problem|burden|bother) (?:to|for) (?:anyone|anybody|everyone|you|them)"
    r"(?: all)? (?:after|for much longer|anymore|any more|soon)|(?:have|need) to worry about me(?! (?:on|at|while|"
    r"when|during|in|tonight)\b))\b",
    r"\b(?:i'?m|i am|being) (?:the|a) (?:problem|burden)\b.{0,80}\b(?:fix|solve|remove|take care of|sort) (?:it|the "
    r"problem|that|this)\b",
    r"\bif (?:(?:the|my|a|our) \w+|i|something)\b[^.!?]{0,40}\b(?:crash\w*|went down|goes down|sank|sinks|hit me|"
    r"hits me|died|didn'?t wake up|never woke up)\b[^.!?]{0,40}\b(?:i'?d be relieved|relie\w*|"
    r"wouldn'?t (?:be the worst thing|mind|care)|i'?d be (?:glad|fine with it|okay with it|ok with it)|not (?:the "
    r"worst|a bad) thing)\b",
    r"\b(?:won'?t|don'?t think i'?ll|not going to|can'?t) make it (?:to|through|past|until)\b[^.!?]{0,40}\b(?:not "
    r"talking about|and i don'?t mean|i don'?t mean) (?:work|the job|school|the deadline|the exam|the traffic|that)\b",
    r"\b(?:get|getting|got) off this (?:ride|planet|rock|merry-go-round)\b(?! (?:at|in|when|for)\b)",
    r"\b(?:kys|kill (?:yo)?urself|go die)\b[^.!?]{0,60}\b(?:they'?re|they are|he'?s|she'?s|you'?re) (?:probably |"
    r"right\b|(?:maybe|probably|honestly) right\b)",
]
RULES["suicide"] += [
    # fresh27 (session 30, issue 13's plain style, after its one first-sight scoring: 48/50, 1/50). Others better off
    # said without "without me": after their own worth is put down, or said of everyone as a sentence of its own.
    r"^(?=.*\b(?:i'?m|i am|i'?ve been|being|i feel like)\b[^.!?]{0,30}\b(?:burden|weight|trouble|problem|mess|drain|"
    r"disappointment|waste)\b).*\b(?:they|everyone|everybody|people|we|all of them)(?:'d| would)(?: all| honestly| "
    r"really| just)? be (?:better off|happier|fine|okay|relieved)\s*(?:[.!]|$)",
    r"(?:^|[.!?]\s+)(?:honestly,? |i think |tbh,? |and |but )?(?:everyone|everybody|the world)(?:'d| would)(?: all| "
    r"honestly| really| just)? be better off\s*(?:[.!]|$)",
    # "I want out" beside pain or life itself, and not of a job, a marriage or a group
    r"^(?=.*\b(?:life|living|pain|hurts?|hurting|tired|exhausted|everything|all of it|no point|anymore)\b)(?!.*\b(?:"
    r"job|work|marriage|relationship|contract|group|chat|team|band|club|lease|deal|house|flat|city|town|course|school"
    r"|uni|company|project|league)\b).*\bi (?:just )?(?:want|need|wanna) out\s*(?:[.!]|$|now\b|of (?:this life|life|"
    r"here|everything|it all)\b)",
]
RULES["plan"] += [
    # turns2.json (session 30, scored once): stockpiling with nothing ordinary named, beside keeping or counting
    # ("I've been stockpiling." "Just in case I need them." "I counted them again tonight.")
    r"^(?=.*\b(?:just in case|for later|need them|counted|count them|enough|when the time|hidden|hide them)\b)"
    r"(?!.*\b(?:food|tins?|cans?|water|toilet|loo roll|paper|wood|firewood|fuel|supplies|groceries|snacks|sweets|"
    r"nappies|diapers|coffee|books|yarn|wool|fabric|seeds|batteries|candles|beans|pasta|rice|flour|snow|storm|"
    r"winter|brexit|strike)\b).*\bstockpil\w*\b",
]
RULES["suicide"] += [
    # fresh33 (session 30, work talk, quotes and songs, with crises that borrow the same frames; after its one
    # first-sight scoring: 5/10, 2/30): "I'm the one who wants to die", means taken "to end it"
    r"\b(?:i'?m|i am) the one (?:who|that) (?:wants|want|is going|needs) to (?:die|end it|kill (?:myself|herself|"
    r"himself))\b",
    r"\b(?:taking|took|stealing|stole|saving|saved|hoarding|collecting|bought|buying)\b[^.!?]{0,40}\bto end (?:it|"
    r"it all|my life|things|everything)\b"
    r"(?![^.!?]{0,20}\b(?:on a (?:high|good|nice|positive)|nicely|well|with a bang|for the day|for today)\b)",
]
RULES["plan"] += [
    # someone else's death, then "mine" ("…a suicide awareness course… I've been planning mine")
    r"^(?=.*\b(?:suicides?|killed (?:himself|herself|themselves)|took (?:his|her|their) own life|overdose)\b).*\bi"
    r"(?:'ve| have)? ?(?:been )?(?:planning|planned|plan|thinking about|considering|picturing|writing) mine\b",
]
RULES["goodbye"] += [
    r"\b(?:my (?:own )?suicide note|(?:writing|wrote|written|write|finished|left) (?:my|a) (?:own )?suicide note)\b"
    r"(?![^.!?]{0,30}\b(?:for (?:my|a|the) (?:character|novel|story|book|play|film|script|class|course)|in (?:my|the|"
    r"a) "
    r"(?:novel|story|book|play|film|script))\b)",
]
RULES["abuse"] += [
    r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|stepdad|stepmum|ex)\b[^.!?]{0,30}"
    r"\b(?:joked|jokes|joking|talked|talks|said|says|keeps saying|threatened|threatens)\b[^.!?]{0,15}\b(?:about )?"
    r"(?:shooting|killing|stabbing|strangling|hurting|burying|poisoning|drowning) me\b",
]
RULES["suicide"] += [
    # fresh29 (session 30, longer messages in older voices; after its one first-sight scoring: 19/20, 4/20): a car
    # turned into the means ("wondering if anyone would notice if I just drove off the bridge on the way home")
    r"\b(?:if i|whether i|about|of|tempted to|want to|wanna|going to|gonna) (?:just )?(?:dr[io]ve|driving|steer\w*|"
    r"swerv\w*|crash\w*)(?: the car| my car)? (?:off|into|over|under) (?:the|a|an) (?:bridge|cliff|edge|wall|tree|"
    r"river|barrier|lorry|truck|bus|oncoming \w+|quarry|harbour|sea)\b",
]
RULES["medical"] += [
    # fresh30 (session 30, mixed voices, scored once on the detectors before and after the retraining: 28/30, 4/30
    # both): a fall, then a head injury's signs ("The baby fell off the bed and now she's being sick and very sleepy")
    r"\b(?:fell|fallen|falls|dropped|tumbled|slipped)\b[^.!?]{0,30}\b(?:off|down|from|over|on)\b.{0,80}\b(?:being "
    r"sick|throwing up|vomit\w*|very sleepy|so sleepy|drowsy|won'?t wake|hard to wake|floppy|confused|not making "
    r"sense|fitting|seizure)\b",
]
RULES["medical"] += [
    # fresh31's twins (session 30): an emergency happening now, to anyone ("My dad is having a heart attack, he's grey
    # and sweating" matched no rule: the heart-attack rule wants "I" or "my chest")
    r"\b(?:i'?m|i am|(?:he|she|they|it)(?:'s| is| are)|(?:my|our) \w+(?:'s| is| are)) (?:having|going into|in the "
    r"middle of) (?:a |an )?(?:heart attack|stroke|seizure|fit|anaphylactic (?:shock|reaction)|severe allergic "
    r"reaction|asthma attack)\b(?! (?:scare|risk|test|drill|simulation|in (?:the|my|a) (?:film|book|game|dream))\b)",
]
RULES["medical"] += [
    # fresh32 (session 30, plain emergencies and harm from others, scored once: 22/25, 3/25): a rash that does not
    # fade under a glass (meningitis); someone who broke in and is still there
    r"\brash\b[^.!?]{0,40}\b(?:doesn'?t|does not|won'?t|didn'?t) (?:fade|go away|disappear)\b[^.!?]{0,20}\b(?:glass|"
    r"press\w*|tumbler)\b|\bnon-?blanching rash\b",
]
RULES["abuse"] += [
    r"\b(?:broke|broken|breaking) in(?:to)?\b.{0,60}\b(?:still (?:in|here|inside|upstairs|downstairs)|is (?:here|"
    r"inside|upstairs|downstairs)|in the house (?:now|with me))\b",
]
RULES["goodbye"] += [
    r"\b(?:i think |guess |so )?this is (?:my )?goodbye\b(?! (?:to|from|for now|until|till)\b)(?![^.!?]{0,40}\b(?:"
    r"job|flat|house|office|team|city|party|leaving do|see you|newsletter|season)\b)",
]
RULES["plan"] += [
    # … and pills counted at night with nothing ordinary about the counting (no pill box, pharmacy or pet)
    r"^(?=.*\b(?:pills|tablets|meds|painkillers|sleeping)\b)(?!.*\b(?:dosette|organi[sz]er|pill ?box|for the week|"
    r"trip|holiday|travel\w*|journey|flight|weeks|"
    r"pharmacy|chemist|prescription|refill|sort\w*|stock ?take|expired|expiry|vet|dog|cat|inventory)\b).*\bcount(?:ed|"
    r"ing)? (?:them|the (?:pills|tablets)|my (?:pills|tablets))\b",
]
RULES["medical"] += [
    # fresh28 (session 30, texting style, after its one first-sight scoring: 38/40, 3/40): an overdose told by its
    # count ("i took like 20 of my antidepressants idk what to do"): six or more, or a whole pack
    r"\b(?:took|taken|swallowed|had|downed|necked)\b (?:like |about |around |maybe |over |nearly |almost )?(?:[6-9]|"
    r"[1-9]\d+|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a whole (?:box|"
    r"pack|packet|bottle|strip|blister)|the whole (?:box|pack|packet|bottle|strip))\b[^.!?]{0,20}\b(?:"
    + MEDICINE_WORDS
    + r")\b(?![^.!?]{0,30}\b(?:over|across|during|in) (?:the|a|this|two|three|\d+) (?:week|month|days|year|course)\b)"
    r"(?![^.!?]{0,15}\b(?:left|remaining|to go|spare)\b)",
]
RULES["goodbye"] += [
    # fresh24 (session 29, after its one first-sight scoring)
    r"\bremember me (?:kindly|fondly|well|as (?:i was|someone|a))\b",
    r"\b(?:told|tell|telling|said to) (?:her|him|them|everyone|people|my \w+)\b[^.!?]{0,25}\b(?:for|on|going on) "
    r"(?:a )?(?:trip|holiday|break|work trip)\b[^.!?]{0,10}[.!?]\s*(?:it isn'?t|it'?s not|it is "
    r"not|there'?s no trip|i'?m not going anywhere)\b",
    r"\b(?:peace|calm|relief|relieved|ready|lighter)\b[^.!?]{0,40}\b(?:this is|it'?s|it will be|knowing) my last "
    r"(?:week|day|night|christmas|birthday|summer|weekend)\b(?! (?:at|of|in|on|before|as|working|teaching|here)\b)",
    r"\bcount(?:ed|ing)? (?:them|it|the \w+|my \w+)(?: again| out| up)?\b.{0,80}\b(?:enough|will (?:that|it) do|would "
    r"(?:that|it) do)\b(?!\s+(?:for|of|to)\b)(?!.*\b(?:chairs|plates|people|guests|trip|holiday|travel\w*|party)\b)",
    rf"^{NOT_A_LIFE_WRAPPED_UP}(?=.*\b{WRAPPING_UP}\b.*\b{WRAPPING_UP}\b).+",
    r"\b(?:notes?|letters?|cards?|messages?)\b[^.!?]{0,60}\b(?:saying|telling (?:them|him|her)|that) i love (?:them|"
    r"you|him|her)\b[^.!?]{0,20}\b(?:i'?m sorry|sorry)\b",
    r"\b(?:letters?|notes?)\b[^.!?]{0,20}\bexplaining (?:everything|why)\b",
]
RULES["medical"] += [
    # The emergencies ambulance services list, by their signs rather than by any one set's words (session 29, after
    # fresh25 missed a stroke, a seizure and pre-eclampsia): a stroke's face, speech and arm; a fit that does not end
    # well; pregnancy with flashing lights or bleeding; a heart's pain spreading; a child who swallowed something.
    r"\b(?:face|mouth|smile)\b[^.!?]{0,25}\b(?:lopsided|drooping|droops|dropped|fallen|crooked|gone numb|numb on one "
    r"side)\b",
    r"^(?!.*\b(?:wine|drunk|beer|glass(?:es)?|pints?|vodka|tipsy|had a few|party|wedding|pub|prosecco|gin)\b)(?=.*\b(?:"
    r"face|arm|one side|suddenly|started|minutes? ago|confused|can'?t (?:speak|talk|understand))\b).*\b(?:slurr"
    r"\w*|words (?:are |keep )?coming out (?:wrong|jumbled|funny))\b",
    r"\b(?:arm|leg|hand)\b[^.!?]{0,20}\b(?:won'?t (?:lift|move|work)|gone (?:numb|weak|dead|floppy)|is (?:numb|"
    r"floppy))\b(?=.*\b(?:face|speech|talk|slurr\w*|words|suddenly|minutes?|one side)\b)",
    r"\b(?:had|having|is having|'s having|'s had|has had) (?:a |another )?(?:fit|seizure|convulsion)s?\b(?! of\b)"
    r"(?=.*\b(?:awake|wake|minutes|breathing|blue|hit (?:his|her|my) head|first (?:one|time|ever)|won'?t stop|"
    r"still)\b)",
    r"^(?!.*\b(?:so excited|on (?:our|my) way|heading (?:to|in)|in the car|at the hospital|midwife (?:said|says))\b)"
    r"(?=.*\b(?:pregnant|weeks|months gone|bump)\b).*\b(?:flashing lights|blurr\w* vision|seeing (?:spots|stars)|"
    r"bleeding|lots of blood|(?:the )?baby (?:isn'?t|hasn'?t|has stopped|stopped) (?:mov\w*|kick\w*))\b",
    r"\bchest\b.{0,60}\b(?:jaw|left arm|clammy|cold sweat|sweating|short of breath|crushing|pressure|elephant)\b"
    r"(?!.*\b(?:cough|cold|flu|gym|bench|workout|muscle|pulled)\b)",
    r"\b(?:swallowed|eaten|ate|drunk|drank)\b[^.!?]{0,30}\b(?:magnets?|button batter(?:y|ies)|"
    r"washing (?:capsules?|pods?|tablets?)|laundry pods?|dishwasher tablets?|(?:my|her|his|grandma'?s|mum'?s|nan'?s|"
    r"mom'?s) (?:pills|tablets|"
    r"medicine))\b",
    r"\b(?:lips|face|tongue|throat|eyes|mouth)\b (?:is |are |'s |'re )?(?:swelling|swollen|closing)(?: up)?\b"
    r"[^.!?]{0,60}\b(?:wheez\w*|breath\w*|can'?t swallow|ate|after)\b",
]
# Direct phrases in other languages (rule only; see the module docstring), with their own negation before them
# ("no quiero morir", "non voglio morire"). Idioms are left out: "me corto el pelo" is a haircut, so cutting is
# cutting arms or wrists.
_NOT_NEGATED = r"(?<!\bno )(?<!\bnão )(?<!\bnao )(?<!\bnon )(?<!\bniet )"
FOREIGN = {
    kind: [_NOT_NEGATED + f"(?:{p})" for p in patterns]
    for kind, patterns in {
        "suicide": [
            r"\bquiero morir(?:me)?\b|\bme quiero matar\b|\bsuicidarme\b|\bquitarme la vida\b"
            r"|\bno quiero (?:seguir )?vivir\b|\bacabar con mi vida\b|\bno quiero seguir viviendo\b",
            r"\bje veux mourir\b|\bme suicider\b|\ben finir avec la vie\b|\bje veux en finir\b"
            r"|\b(?:je vais|je veux) me tuer\b|\bje ne veux (?:plus )?vivre\b",
            r"\bich will (?:nicht (?:mehr )?leben|sterben)\b|\bmich umbringen\b|\bselbstmord\b|\bbring mich um\b"
            r"|\bmir das leben nehmen\b",
            r"\bquero morrer\b|\b(?:vou|quero) me matar\b|\bn[aã]o quero (?:mais )?viver\b"
            r"|\btirar (?:a )?minha (?:pr[oó]pria )?vida\b",
            r"\bvoglio morire\b|\buccidermi\b|\btogliermi la vita\b|\bvoglio farla finita\b"
            r"|\bnon voglio (?:pi[uù] )?vivere\b",
            r"\bik wil dood\b|\bzelfmoord\b|\bik wil niet (?:meer )?leven\b",
        ],
        "self_harm": [
            r"\bme corto (?:los brazos|las mu[nñ]ecas|las piernas)\b|\bautolesi[oó]n\w*\b|\bme autolesiono\b",
            r"\bje me scarifie\b|\bje me coupe (?:les bras|les poignets|les cuisses)\b|\bautomutil\w*\b",
            r"\bich ritze mich\b|\bselbstverletz\w*\b",
            r"\bme cort(?:o|ar) (?:os bra[cç]os|os pulsos)\b|\bautomutila\w*\b",
            r"\bmi taglio (?:le braccia|i polsi)\b|\bautolesion\w*\b",
        ],
        "abuse": [
            r"\b(?:mi (?:marido|esposo|pareja|novio|padre)|[eé]l) me (?:pega|golpea|pegó|golpeó)\b",
            r"\b(?:mon (?:mari|copain|p[eè]re)|il) me (?:frappe|bat)\b",
            r"\b(?:mein (?:mann|freund|vater)|er) schl[aä]gt mich\b",
            r"\b(?:meu (?:marido|namorado|pai)|ele) me bate\b",
            r"\b(?:mio (?:marito|padre)|il mio ragazzo) mi picchia\b",
        ],
    }.items()
}
# Someone else's story: a classifier-only hit in such a message is not the person's crisis.
NOT_THEIRS = re.compile(
    r"\b(?:client|client's|character|novel|book|film|movie|show|episode|game|story|poem|song|play|podcast|"
    r"documentary|training|workshop|course|thesis|article|research|patients?|news|volunteer|eulogy|condolence|"
    r"sympathy|essay|pamphlet|campaign|shift|ward|plot|d&d|hamlet)\b",
    re.IGNORECASE,
)
# A request to her for an everyday task ("remind me to take my medication at 9"): a classifier-only hit there is
# the words, not the person (the rules still read it: "remind me to write my goodbye letters" is one).
ASKING_HER = re.compile(
    r"^\W*(?:(?:hey|ok|okay|so)\W+)?(?:samantha\W+)?(?:please\s+|could you\s+|can you\s+|would you\s+|will you\s+)?"
    r"(?:remind me|wake me(?: up)?|set (?:an? |my )?(?:alarm|reminder|timer)|add \w+|put \w+ (?:on|in) my|"
    r"what'?s on my|"
    r"check my"
    r"|book (?:me|a|an)|order (?:me|some|a))\b"
    # asking leave to confide, nothing said yet ("Can I tell you something I've never told anyone?": 0.93, session
    # 30); what they then tell is read as itself
    r"|^\W*(?:can|could|may) i (?:tell|ask) you (?:something|a thing)\b[^.!?]*\?\W*$",
    re.IGNORECASE,
)
# Someone else's story told as such ("in the film she…", "the poem is about…", "for a client…"): a rule hit with
# no first person in it is then not the person's crisis (emergencies at hand excepted).
# Framing taken back ("I'm writing my own suicide note, not a story").
NOT_A_STORY = re.compile(
    r"\bnot (?:a|for a|for my|in a|in my|about a|about my) (?:story|novel|film|book|joke|client|character|script|"
    r"play)\b"
    r"|\b(?:this|it)(?:'s| is) (?:real|not fiction|not a story)\b",
    re.IGNORECASE,
)
# What keeps a whole message from being theirs, whichever sentence the classifier found worst: they say they are
# safe or that it went well, or they are joking.
NOT_THEIRS_OVERALL = re.compile(
    r"\b(?:lol|lmao|haha\w*|jk|rofl|in a good way|i'?m (?:safe|okay|ok|fine) now|i won'?t (?:do anything|hurt "
    r"myself))\b",
    re.IGNORECASE,
)
# A story, on a screen or a page ("In the crime show someone got stabbed outside a flat": fresh32).
FICTION = re.compile(
    r"\b(?:in|from|on) (?:the|a|my|this|that|our) (?:\w+ )?(?:film|movie|book|novel|story|show|game|play|series|"
    r"episode|drama|soap|documentary|podcast|script|screenplay)\b"
    # … or in the news ("The news said a woman was stabbed in the high street": fresh33)
    r"|\b(?:the news|news (?:said|says|reported)|on the news|in the (?:paper|papers|news)|headlines?|article|"
    r"reported that)\b",
    re.IGNORECASE,
)
FRAMED = re.compile(
    r"\b(?:in|from) (?:the|a|my|this|that) (?:\w+ )?(?:film|movie|book|novel|story|show|game|play|song|poem|podcast|"
    r"series|episode|drama|soap|documentary)\b|"
    r"\bin (?:our|my|the|a) (?:\w+ )?(?:class|lesson|lecture|seminar|course)\b|"
    r"\b(?:the|a|this|that|my) (?:film|movie|book|novel|story|show|poem|song|play|campaign|pamphlet|training|"
    r"workshop|essay|article|thesis)\b[^.!?]{0,20}\b(?:is|was|about|where|ends|on)\b|\bclients?\b|\bclient's\b|"
    r"\b(?:awareness|prevention|safeguarding)\b|\b(?:arguing|debating|argued|debated|an argument|a debate) about\b|"
    r"\b(?:pub )?quiz\b|\btrivia\b",
    re.IGNORECASE,
)
I_MYSELF = re.compile(r"\b(?:i|i'm|im|me|myself|i've|ive|i'd|i'll)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|me|my|myself|i've|i'd|i'll)\b", re.IGNORECASE)
ANYONE = re.compile(
    r"\b(?:he|she|they|his|her|him|them|their|someone|somebody|people|everyone|everybody|you|your|we|our|us)\b",
    re.IGNORECASE,
)
# Said of life, death or "it", with no one named as its subject ("The neighbours wrote to the council" has one).
IMPERSONAL = re.compile(
    r"^\W*(?:(?:honestly|tbh|just|and|but|so|sometimes|lately)\W+)?(?:it|it'?s|its|there|there'?s|death|dying|life|"
    r"living|everything|nothing|the (?:thought|pain|idea|world|end|future)|being (?:alive|here)|existing|existence)\b",
    re.IGNORECASE,
)
NAME_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")  # "…and Chris said": a name not at a sentence's start
# A method asked about in general words, with no one else in it: "Is it quicker to bleed out from the wrist or the
# neck?", "How long do you have to hang before you lose consciousness?" (fresh17, session 27: the classifier read
# both at 0.96+, but a hit alone needed an "I"). Someone named, he or she, keeps it someone else's.
ASKED_IN_GENERAL = re.compile(
    r"^(?![^?]*\b(?:he|she|his|her|him|they|their|them|we|us|do you think|[A-Z][a-z]+ (?:died|killed|did))\b)"
    r"[^?]*\b(?:you|someone|a "
    r"person|people|one)\b[^?]*\?|^(?![^?]*\b(?:he|she|his|her|him|they|their|them)\b)\W*(?:is it|is there|"
    # asked without its question mark too ("Whats the quickest way to get rid of yourself without it hurting")
    r"what'?s|whats|which|how (?:long|much|many|fast|quick))\b[^?]*(?:\?|$)",
    re.IGNORECASE,
)
# Texting drops the "I": "Wrote a letter for each of the kids today.", "Took everything in the cabinet.", "Been sat
# here for hours." A message that opens on a verb with no subject speaks of the person.
PRO_DROP = re.compile(
    r"^\W*(?:(?:just|finally|already|also|still|then|so|honestly)\W+)?(?:\w+ed|took|wrote|bought|gave|been|sat|told|"
    r"put|"
    r"left|got|went|made|had|cut|swallowed|drank|ate|sold|saw|kept|spent|can'?t|cant|don'?t|dont|feel|feeling|want|"
    r"wanna|gonna|going to|need|keep|tried|trying|thinking|planning|set|found|hid)\b",
    re.IGNORECASE,
)
# Ending a relationship, not a life: "thinking about ending things with my boyfriend".
RELATIONSHIP_END = re.compile(
    r"\b(?:end(?:ing)?|finish(?:ing)?|call(?:ing)?) (?:things|it) (?:off )?with (?:my |him\b|her\b|them\b)|"
    r"\bbreak(?:ing)? up with\b",
    re.IGNORECASE,
)
# Abuse that is over: got out long ago and is well now ("My ex used to hit me. I got out four years ago and I'm
# remarried"). "He used to hit me, now he's back" has neither half.
ABUSE_OVER = re.compile(
    r"\b(?:got out|left (?:him|her|them)|escaped|got away)\b[^.!?]{0,30}\b(?:years?|months?) ago\b(?=.*\b(?:happy|safe "
    r"now|remarried|doing (?:great|well|really well)|moved on|healed)\b)",
    re.IGNORECASE,
)
# "He'll kill me if I'm late again": a threat about a trifle is a figure of speech ("…if I tell anyone" is not).
TRIVIAL_THREAT = re.compile(
    r"\b(?:kill|murder|killing|murdering) me (?:if|when) i(?:'m| am)? (?:late|forget\w*|miss|break|spill|lose|eat|"
    r"scratch|dent|crash "
    r"(?:his|her|their) car|burn (?:the|dinner))\b",
    re.IGNORECASE,
)
# A lesson in what to do ("today we did what to do if someone isn't breathing"): a medical rule there is not now.
LESSON = re.compile(
    r"\b(?:first aid|cpr|what to do (?:if|when)|how to (?:help|tell|spot|recogni[sz]e)|(?:a|the|our) (?:course|class|"
    r"lesson|drill|training|module))\b",
    re.IGNORECASE,
)
# The hours of an ordinary day ("I pray I don't wake up before 9 on Saturday", "Give me one reason to stay in tonight
# instead of going out"): the session-29 classifier read both at 0.92-0.95.
CLOCK_TIME = re.compile(
    r"\b(?:wake (?:me |us )?up|get (?:me )?up|be up)\b[^.!?]{0,15}\b(?:before|at|by|until|till|til) (?:\d|noon|midday|"
    r"lunch|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|late|the afternoon)\b"
    r"|\bstay in "
    r"tonight\b|\binstead of going out\b"
    # … and not being, only on some days or before coffee ("I don't want to exist on Mondays": 1.00, fresh30)
    r"|\b(?:exist|be alive|be awake|be a person|function|be here)\b (?:on|before|until|till|during) (?:a |the |my )?"
    r"(?:first )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|mornings?|"
    r"coffee|noon)\b",
    re.IGNORECASE,
)
# Someone with authority has said it is harmless: "the pharmacist said it's fine, just vitamins".
REASSURED = re.compile(
    r"\b(?:said|says|told (?:us|me)|confirmed) (?:it'?s|she'?s|he'?s|they'?re|it was|everything'?s|all is) "
    r"(?:fine|ok|okay|harmless|nothing serious|safe)\b|\bjust vitamins\b|\b(?:like|as) (?:the|my) (?:gp|doctor|"
    r"pharmacist|nurse|dentist|vet) (?:said|told me|prescribed)\b|\bas prescribed\b",
    re.IGNORECASE,
)
# Without words of danger a classifier-only hit needs a higher probability: sadness, grief and heartbreak alone ("my
# grandmother died and I can't stop crying", "I can't stop thinking about my ex") are met with comfort, not a line.
RISK_CUES = re.compile(
    r"\b(?:die|dying|dead|death|suicid\w*|kill\w*|end (?:it|things|everything|this|my)|ending (?:it|things|everything)|"
    r"over|gone|disappear\w*|vanish\w*|burden|without me|better off|pointless|no point|hopeless|give up|anymore|"
    r"can'?t go on|wake up|asleep|sleep forever|forever|alive|exist\w*|hurt\w* myself|myself|pills?|overdos\w*|"
    r"bridge|jump\w*|rope|knife|blade|gun|wrists?|goodbye|last time|won'?t be|will and|note|tablets|cease\w*|"
    r"exit|fade|swerve|never come back|not come back|through the night|go through with it|the end of (?:it|me)|"
    r"(?:only thing|what'?s|nothing) (?:stopping|keeping) me|(?:do|doing) (?:the world|everyone|them) a favou?r|"
    r"leaving (?:it|this world|everyone|them all)|no fight left|let(?:ting)? go|reasons? to (?:keep|stay|live|"
    r"go on)\b(?! (?:at|in|for|with|on|up|late|over|home|inside)\b)|"
    r"waste of)\b",
    re.IGNORECASE,
)
# Means, plans and bodies failing are words of danger too ("all my mum's co-codamol on the table", "the walk home
# past the canal", "I'm going to do it this weekend", "chest pains and sweating"), except in an ordinary dose or
# kitchen ("a paracetamol for my headache", "sharpening my kitchen knives"). Chosen on the dev sets (session 26):
# +14 crises found over all sets, no new alarm on any trap set or on GoEmotions dev.
MEANS_AND_PLANS = re.compile(
    r"\b(?:meds|medications?|paracetamol|tylenol|morphine|co-codamol|codeine|insulin|razors?|shotgun|firearm|rifle|"
    r"pistol|knives|reservoir|canal|cliff|ledge|tracks|a plan|the plan|the date|do it|for good|nothing left|"
    r"made my peace|at peace|not (?:their|your|anyone'?s) fault|life insurance|chest pains?|pass(?:ing)? out|"
    r"sweating|spinning|hurt my family|finish what|freezing|i'?m sorry)\b",
    re.IGNORECASE,
)
# A body hurt or failing and the means and places at hand, which the classifier's high reading then counts ("Cut
# again tonight. Deeper this time.", "my chest feels like an elephant sitting on it and my left arm is tingling",
# "Every night I stand on the balcony longer. Eleventh floor."). Chosen on the misses of fresh6-9 and fresh23
# (session 29), which are no longer unseen for that; measured against every trap set and GoEmotions dev.
BODY_AND_MEANS = re.compile(
    r"\b(?:blood|bleed\w*|cut|cuts|deeper|razors?|scars?|thighs?|wrists?|raw|chest|(?:left|right) arm|tingl\w*|numb|"
    r"can'?t feel my|vomit\w*|burst|choking|unconscious|seizure|water broke|weeks pregnant|sidearm|revolver|"
    r"shotgun|pistol|rifle|the will|sealed|drown\w*|lake|sea|sea wall|river|balcony|\w+ floor|storey|quarry|"
    r"crossing|relieved|the worst thing|off this ride|instructions|before i go|what i wanted|beats? (?:us|me)|"
    r"make it to)\b",
    re.IGNORECASE,
)
ORDINARY_USE = re.compile(
    r"\b(?:a|one|two) (?:paracetamol|tylenol|ibuprofen)\b|\bfor (?:my|her|his|a) (?:headache|cold|back|period|tooth"
    r"|migraine|fever)\b|\b(?:kitchen|dinner|bread|steak) knives?\b",
    re.IGNORECASE,
)
# An animal's emergency is for the vet ("Our cat isn't breathing well, we're taking him to the vet": fresh30).
PET = re.compile(
    r"\b(?:cat|dog|puppy|kitten|rabbit|bunny|hamster|guinea pig|budgie|parrot|bird|horse|pony|tortoise|ferret|"
    r"goldfish|the vet|vets)\b",
    re.IGNORECASE,
)
# A body part or a thing that "wants to die" ("Just finished a 10k, my legs want to die": fresh33).
THING_AS_SUBJECT = re.compile(
    r"\b(?:legs|feet|arms|back|knees|brain|body|eyes|ears|liver|stomach|muscles|thighs|calves|phone|laptop|battery|"
    r"car|plants?|printer|computer)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# What "it" is, when a sentence names an ordinary stretch of time or thing ("I'm so over this week, I want it to end
# already": fresh31): wanting that to end is no wish to die.
ORDINARY_IT = re.compile(
    r"\b(?:this|the|that|my) (?:week|weekend|day|month|term|semester|shift|meeting|exam|season|winter|summer|rain|heat|"
    r"film|movie|series|show|game|year|project|deadline|flight|journey|trip|party|call|lesson|class|lecture|queue|"
    r"printer|commute|diet|traffic|noise|music|song|headache|cold|flu|hangover|renovation|drilling|meeting)\b"
    r"|\balready\b",
    re.IGNORECASE,
)
ENDING_IT = re.compile(r"\b(?:want|need) (?:it|this) (?:all )?to (?:end|stop|be over)\b", re.IGNORECASE)
# A death told as news, long or lately ("My friend's dad died of a heart attack, I'm going to the funeral": fresh31):
# grief, not an emergency at hand.
DIED_OF = re.compile(
    r"\b(?:died|passed away|passed on|was killed) (?:of|from|after|by|in)\b|\b(?:funeral|memorial|wake for)\b",
    re.IGNORECASE,
)
# Only asleep ("My wife has fallen asleep on the sofa and I can't wake her to go to bed": fresh29): a medical rule
# on "can't wake her" is then no emergency.
ONLY_ASLEEP = re.compile(
    r"\b(?:fallen asleep|fell asleep|asleep on the (?:sofa|couch|train|floor)|sleeps like (?:a log|the dead|a baby)|"
    r"heavy sleeper|snor\w*|to go (?:up )?to bed)\b"
    # … or only worn out ("My husband collapsed into bed after his shift": fresh32)
    r"|\bcollapsed (?:into|onto|on|in) (?:bed|the (?:sofa|couch|bed)|a (?:chair|heap))\b|\bcollapsed (?:laughing|with "
    r"laughter)\b",
    re.IGNORECASE,
)
# An everyday illness, a means taken away, a plan to enjoy: a classifier-only hit there is a word, not a crisis
# ("The baby has a cold and I've been up and down": medical 1.00; "The police are coming next week to collect the
# gun for safe disposal": plan 1.00; "put my affairs in order with the solicitor, a weight off my mind. Now for a
# cruise!": goodbye 0.90 — fresh29, session 30). The rules still read an emergency or a plan in the same words.
EVERYDAY_SAFE = re.compile(
    r"\b(?:has|have|got|with|had) (?:a |the |her |his |my )?(?:cold|cough|sniffle|sniffles|runny nose|stuffy nose|"
    r"blocked nose|ear infection|tummy bug|chickenpox|hay ?fever|sore throat|teething)\b"
    r"|\b(?:safe disposal|dispose of (?:them|it) safely|gun amnesty|handed (?:it|them) in|hand (?:it|them) in|took "
    r"(?:them|the old ones|it) back to the pharmacy|locked (?:it|them) away at the (?:station|club))\b"
    r"|\bweight off my mind\b|\b(?:now for|off on|booked) (?:a|the|our) (?:cruise|holiday|trip|break)\b",
    re.IGNORECASE,
)
# An idiom aimed at a trifle ("I'm at the end of my rope with these builders": plan 0.99, session 30).
IDIOM_WITH_OBJECT = re.compile(
    r"\b(?:end of my (?:rope|tether)|at my wits'? end|fed up|had enough|sick and tired|so done)\b (?:with|of|about|"
    r"over) (?:this|these|the|that|those|our|my) (?!life\b|own\b|existence\b|body\b|self\b)\w+",
    re.IGNORECASE,
)
# A resolution, not a farewell ("This is the last time I lend him money.": goodbye 0.99, fresh31).
RESOLUTION = re.compile(
    r"\b(?:this is|that was|that's|this'?ll be) the last time (?:i|i'?m|i'?ll|we|he|she|they)\b(?! (?:will |'ll )?"
    r"(?:see|talk|speak|say|hear|write|wake|feel|be|message|text|bother|ask))",
    re.IGNORECASE,
)
# Cutting hair, nails or a hedge ("i cut my fringe myself and it looks terrible": self_harm 0.91, fresh28): a
# classifier-only hit there is the word "cut"; the rules still read a body cut.
EVERYDAY_CUT = re.compile(
    r"\b(?:cut|cutting|trim\w*|chopped) (?:off )?(?:my|her|his|their|the kids'?|the) (?:own )?(?:hair|fringe|bangs|"
    r"nails|toenails|fingernails|beard|lawn|grass|hedge|split ends)\b|\bhaircut\b",
    re.IGNORECASE,
)
# A joke or an idiom around a classifier-only hit: the rules still catch what is explicit ("kms lol").
JOKING = re.compile(
    r"\b(?:lol|lmao|haha\w*|jk|rofl)\b|\b(?:phone|battery|laptop|car|plant|wifi|server"
    r"|site)\b[^.!?]{0,20}\b(?:died|dead|"
    r"dying)\b|(?<!to )(?<!wants to )\bkill me\b(?! (?:if|one day|tonight))|\bgoing to kill me when\b"
    r"|\b(?:to )?die for\b|\bdying (?:to|of)\b|\b(?:killing|killed) (?:it|me)\b|\bembarrass\w*\b|"
    r"\blike the dead\b|\bcut(?:ting)? (?:back|down|ties|corners)\b|\bdead (?:tired|serious)\b|\bthe death of me\b"
    # trying her out: the classifier reads "try" as an attempt ("I'm just here to try this out": 1.00)
    r"|\btry(?:ing)? (?:this|you|it|her|things) out\b|\btest(?:ing)? (?:you|this|her)\b"
    # wanting out of an event, not out of life ("I wish I could disappear from this family dinner")
    r"|\bdisappear from (?:this|that|the) (?:\w+ ){0,2}(?:dinner|party|meeting|conversation|event|call|chat|class"
    r"|lecture|wedding|office|room)\b",
    re.IGNORECASE,
)
# The vetoes of a rule hit (see `vetoed`).
CLAUSE_BREAK = re.compile(r",|\bbut\b|\band\b|\bso\b|\bbecause\b", re.IGNORECASE)
NEGATED_BEFORE = re.compile(
    r"\b(?:don'?t|do not|doesn'?t|never|not|won'?t|wouldn'?t|no longer)\s+(?!see\b|know\b|understand\b)"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)  # "I don't see why I should stay" is no negation of the wish
# Living, negated by not wanting it: a danger, not its absence ("don't want to wake up", "no wish to be alive").
LIFE_WORDS = re.compile(r"wake up|alive|exist\w*|through the night", re.IGNORECASE)
NOT_WANTING = re.compile(
    r"\b(?:don'?t|do not|never|no longer|not)\s+(?:really\s+|even\s+)?(?:want|wanna|wish|care|feel like|plan)\b"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
USED_TO = re.compile(r"\bused to\b", re.IGNORECASE)
LONG_AGO = re.compile(
    r"\b(?:years|at school|as a (?:teen\w*|kid|child|student)|when i was (?:younger|little|a kid))\b", re.I
)
PAST_AND_OVER = re.compile(
    r"\b(?:years ago|as a (?:teenager|teen|kid|child|student)|when i was (?:younger|a teenager|a kid|at school|in "
    r"college|at uni))\b[^.!?]*\b(?:but|now|haven'?t|anymore|fine|better|recovered)\b",
    re.IGNORECASE,
)
# An emergency that was weeks ago and is mended ("My dad collapsed last month but he's had a pacemaker fitted and
# he's doing great"): for a medical rule only, since a recent attempt is not over because they feel better.
RECOVERED_SINCE = re.compile(
    r"\blast (?:month|year|week|spring|summer|autumn|winter)\b[^.!?]*\b(?:doing (?:great|well|fine|much better)|fine "
    r"now|recovered|home now|all good now)\b",
    re.IGNORECASE,
)
RECOVERED = re.compile(r"\b(?:but|now|haven'?t|anymore|fine|better|recovered|helped|clean|over it)\b", re.IGNORECASE)
SOMEONE_ELSE_BEFORE = re.compile(
    r"\b(?:him|her|them|he|she|they|his|their|heroine|hero|character|someone|people|cousin|friend|dad|mum|mom|father|"
    r"mother|grandma|grandad|granddad|grandpa|nan|gran|patient|client)(?:'s|'d|'ll|'re)?\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Over for good, said after the words ("I used to self-harm as a teen. I'm 30 now and I haven't in ten years."),
# unless it has come back ("…but now I've started again").
RELAPSE = re.compile(r"\b(?:again|started|starting|relaps\w*|back to|worse|lately|recently|tonight)\b", re.IGNORECASE)
INJURY = re.compile(
    r"\b(?:gym|muscle|sprain\w*|ankle|knee|playing|football|running|accident\w*|shaving|cooking|chopping|baking|oven|"
    r"stove|hob|kettle|iron|tray|pan|making (?:dinner|tea|brownies|a cake|cookies)|curling iron|straighteners)\b",
    re.IGNORECASE,
)
# "burnt myself on the oven tray again… I need better gloves": again, but by accident
ACCIDENT = re.compile(r"\b(?:gloves|clumsy|careless|by accident|accidentally|oops|plaster|first aid)\b", re.IGNORECASE)
DELIBERATE = re.compile(r"\b(?:on purpose|deliberately|to feel|to punish|so (?:that )?i|again|because i)\b", re.I)
# A goodbye that is a move, a new job or a retirement ("goodbye letters to my students before I move to Canada").
DEPARTURE = re.compile(
    r"\b(?:lawyer|solicitor|financial (?:advisor|adviser|planner)|pension|estate planning|everyone (?:over|should)|"
    r"mov(?:e|ing|ed) (?:to (?!a better place)|away|abroad|house|out)|retir\w*|emigrat\w*|relocat\w*|new job|"
    r"last (?:day|week|shift|term) (?:at|of|teaching|working|here|before)|leaving (?:the company|my job|work|"
    r"for (?!good\b)\w+)|before i (?:move|leave for))\b",
    re.IGNORECASE,
)
# Keeping to themselves ("I'd rather not say.", "I don't want to talk about it.", "Why do you want to know?"): the
# classifier reads guardedness as despair (0.92–0.96), and a first meeting answered with the crisis protocol is a
# trap of its own. Only without words of danger: "I don't want to talk about it, I just want it to end" still counts.
RETICENT = re.compile(
    r"\b(?:(?:i'?d|i would) (?:rather|prefer) not (?:say|share|talk|go into|get into)|(?:i )?(?:don'?t|do not) (?:want|"
    r"feel like|really want) to (?:talk|say|get into|go into|explain|share|answer)|none of your business|mind your own"
    r"|(?:that'?s|it'?s) (?:private|personal)|why do you (?:want|need) to know|change the subject|talk about something"
    r" else|ask me something else|not comfortable sharing|keep (?:that|it) to myself|let'?s not go there|drop it)\b",
    re.IGNORECASE,
)
# Medicine taken as prescribed ("I have to take my blood pressure pills every morning at 8"): a classifier-only
# hit there is the word "pills", not the person; the rules still read it ("…and tonight I'll take them all").
ROUTINE_MEDICINE = re.compile(
    r"\b(?:take|taking|takes|on)\s+(?:my |the |these )?(?:\w+ ){0,2}(?:pills|meds|medication|medicine|tablets|inhaler"
    r"|insulin)\b[^.!?]{0,30}\b(?:every|each|twice|once|daily|a day|at \d|in the morning|at night|with (?:food|meals)"
    r"|as prescribed)\b|\b(?:tablets|pills|meds|medicine) for (?:the|my|our) (?:dog|cat|puppy|kitten|horse|rabbit"
    r"|pets?)\b|\bthe vet\b"
    # an everyday medicine used as meant ("i took my inhaler and i feel better now": 1.00, fresh28)
    r"|\b(?:took|taken|used|had|take|use|using) my (?:blue |brown )?(?:inhaler|puffer|antihistamines?|hay ?fever "
    r"(?:tablets?|pills?)|vitamins?|nasal spray|eye drops|reliever)\b"
    # a dose said to be the right one ("I gave him the right dose of paracetamol an hour ago": 0.96, session 30)
    r"|\b(?:the|his|her|my|a) (?:right|correct|recommended|usual|normal|proper) (?:dose|dosage|amount)\b"
    # enough to last a stretch of ordinary days ("I've been taking my lemsip. I think I have enough for the week.")
    r"|\benough (?:for|to last|to get (?:me|us) through) (?:the|a|this|next|my|our) (?:week|weekend|month|trip|"
    r"holiday|journey|flight|winter|cold)\b",
    re.IGNORECASE,
)
# A short message about writing a letter, with no farewell in it ("Letters. I write letters.", "I wrote a letter to my
# mum."): the tuned model reads letters as goodbyes (0.97-0.99), and the person she was made for writes letters for
# a living (seen in session 23's full default run: the protocol in a first meeting). A letter WITH a farewell, a
# drawer, a seal, "everyone I love"… is longer or has the words, and still counts (no crisis of the sets was lost).
JUST_A_LETTER = re.compile(r"\bletters?\b", re.IGNORECASE)
FAREWELL = re.compile(
    r"\b(?:goodbye|bye|farewell|last|sorry|forgive|find|after i'?m|when i'?m|won'?t|thank(?:s| you) for everything|"
    r"love (?:you|them|him|her) all|take care of|look after|in case|gone|anymore|understand|peace|ready|finished|"
    r"done|end|sealed|drawer|everyone|will)\b",
    re.IGNORECASE,
)
EMBARRASSED = re.compile(r"\b(?:embarrass\w*|mortified|cringe\w*|awkward)\b", re.IGNORECASE)
# An everyday dose asked about: "how many tablets of ibuprofen can I take for my back" is not a plan.
DOSING = re.compile(
    r"\bfor (?:my|her|his|a|the) (?:headache|cold|back|period|tooth|toothache|migraine|fever|pain|sore throat|flu)\b"
    r"|\bmissed (?:a|my|one) dose\b|\b(?:a|per) day\b|\bwith food\b|\bthe (?:doctor|gp|pharmacist) said\b",
    re.IGNORECASE,
)
SIGHTSEEING = re.compile(
    r"\b(?:view|sunset|sunrise|photos?|holiday|vacation|tour|terrace|amazing|beautiful|gorgeous|fireworks|festival"
    r"|parade|picnic|marathon|watch the|concert)\b",
    re.IGNORECASE,
)
# Hyperbole about something trivial ("if I have to sit through another meeting I'm going to shoot myself, haha").
HYPERBOLE = re.compile(
    r"\bif i (?:have to|hear|see|get)\b.*\b(?:haha|lol|lmao|jk)\b"
    # a trifle that happens once more ("if this printer jams once more I'm walking into the sea")
    r"|\bif (?:this|that|my|the) \w+ (?:\w+ )?(?:jams|crashes|breaks|freezes|rings|beeps|happens|does that|says)\b"
    r"[^.!?]{0,30}\b(?:once more|one more time|again)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"(?:^|(?<=[\s(:,]))[\"“'‘]([^\"”\n]{4,200}?)[\"”'’](?=[\s.,!?;:)]|$)")
SAYING = re.compile(r"\b(?:said|says|say|texted|joked|goes|wrote|posted|meme|song)\b", re.IGNORECASE)
LETTER = re.compile(r"(?ims)^\s*dear [^\n]{1,40},?\s*$.*?(?:^\s*(?:love|yours|with love|sincerely|always)[^\n]*$|\Z)")
# Lines quoted as a mail quotes them ("> I want to die\n> said my character in chapter two").
MAIL_QUOTE = re.compile(r"(?m)^\s*>.*$")
# Words brought in for work, after the colon that introduces them, to the end of the paragraph (session 30: "Here's
# the draft: Dear Mum, … By the time you read this I'll be gone to Australia", "My client wants this in her letter: I
# wish I had never been born without you"). The lead-in is kept: it is theirs.
FOR_WORK = re.compile(
    r"\b(?:(?:for|from) (?:my|a|the|our) (?:client|customer)|clients?'?s?|customers?'?s?|proofread\w*|draft|in (?:her|"
    r"his|their|the|a|my) (?:letter|card|speech|eulogy|toast|note|vows|poem|novel|story|script|chapter)|(?:my|the|a) "
    r"(?:character|novel|story|script|screenplay)|(?:edit|polish|improve) (?:this|it|the \w+)|check (?:this|the|my) "
    r"(?:letter|draft|card|speech|email|wording|grammar|spelling)|feedback on)\b",
    re.IGNORECASE,
)
BROUGHT_IN = re.compile(
    r"(?is)(\b(?:(?:for|from) (?:my|a|the|our) (?:client|customer)|clients?'?s?|proofread\w*|here'?s (?:the|my|a|her|"
    r"his|their) (?:draft|letter|card|speech|text|lines?|poem|verse|eulogy|toast|vows)|in (?:her|his|their|the|a) "
    r"(?:letter|card|speech|eulogy|toast|note|vows|poem|novel|story|script|chapter)|(?:edit|polish|improve) (?:this|"
    r"it|the \w+)|check (?:this|the|my) (?:letter|draft|card|speech|email|wording|grammar|"
    r"spelling))\b[^:\n]{0,40}:)[^\n]*(?:\n(?!\s*\n)[^\n]*)*"
)
# A note of their own that they quote: their words after all.
OWN_NOTE = re.compile(
    r"\bi (?:just |have |'ve |had )?(?:wrote|written|left|typed|writing|leaving)\b[^.!?:]{0,40}\b(?:to|for) (?:my|all "
    r"my|everyone|them|her|him|the (?:kids|family))\b",
    re.IGNORECASE,
)
# They say they are safe ("I'm not going to do anything, I'm just tired"): the classifier's context does not count
# then; only what a rule finds. She stays careful for the rest of the conversation anyway.
SAFE = re.compile(
    r"\b(?:i'?m|i am) (?:safe|okay|ok|fine|alright) (?:now|tonight|really)?\b|\bi won'?t (?:do anything|hurt myself|"
    r"do it)\b|\b(?:not|never) (?:going|gonna) to (?:do anything|hurt myself|do it|kill myself)\b|\bi'?m not "
    r"(?:going to|gonna) do anything\b|\bi (?:didn'?t|don'?t) mean (?:it|that)\b"
    r"|\bi(?:'d| would) never (?:take my (?:own )?life|kill myself|hurt myself|do (?:it|that|anything))\b"
    r"|\b(?:a )?burden to (?:nobody|no one|noone)\b"
    # a politeness, not a wish to be gone ("I don't want to be a bother." read 0.99, session 30's turns.json)
    r"|^\W*(?:(?:sorry|oh|ok|okay|well|but),? )?i (?:don'?t|do not) want to (?:be a (?:bother|nuisance|pain)|"
    r"bother you|"
    r"impose)\W*$",
    re.IGNORECASE,
)
# Said to be good news: a classifier-only hit is no crisis ("Told my dad I'm gay and he hugged me. I can't stop
# crying, in a good way."). Not "I feel better": calm after deciding is a warning sign.
TURNED_OUT_WELL = re.compile(
    r"\b(?:in a good way|happy tears|doing (?:great|brilliantly|really well)|really happy|so happy|working wonders|"
    r"hugged me|so proud|can'?t wait|best day|feeling (?:good|great|fine|much better) today)\b"
    r"|\bi feel (?:great|amazing|fantastic)\b(?!.*\b(?:decided|made up my mind|plan|ready|at peace|calm|lighter)\b)",
    re.IGNORECASE,
)
AFFIRMATIVE = re.compile(
    r"^\s*(?:yes|yeah|yep|yup|maybe|i think so|kind of|kinda|sort of|i don't know|idk|"
    r"sometimes|a little|i guess)\b",
    re.IGNORECASE,
)


@dataclass
class CrisisReading:
    kind: str | None  # the most urgent kind found, or None
    probability: float  # the classifier's probability that the message is a crisis
    triggers: list[str] = field(default_factory=list)  # what fired, readable ("rule: 'kill myself'")
    kinds: list[str] = field(default_factory=list)

    @property
    def crisis(self) -> bool:
        return self.kind is not None

    def as_record(self) -> dict:
        return {
            "kind": self.kind,
            "kinds": self.kinds,
            "probability": round(self.probability, 3),
            "triggers": self.triggers,
        }


@functools.cache
def _compiled() -> dict[str, list[re.Pattern]]:
    merged = {k: list(v) + FOREIGN.get(k, []) for k, v in RULES.items()}
    return {k: [re.compile(p, re.IGNORECASE) for p in v] for k, v in merged.items()}


class CrisisModel:
    """Logistic regression over the standardized MiniLM sentence embedding (trained by training/train_crisis.py).
    It catches indirect wording no rule lists ("they'd be lighter without me dragging them down"); it is never
    alone: its hits need the first person and no framing as someone else's story or a joke. Beside the weights
    it keeps one centroid per kind of crisis, so a classifier-only hit is answered as what it most resembles
    (a medical emergency is not answered as suicidal thoughts)."""

    def __init__(
        self,
        weights: np.ndarray,
        bias: float,
        embedder: MiniLM,
        *,
        mean: np.ndarray | None = None,
        scale: np.ndarray | None = None,
        centroids: dict[str, np.ndarray] | None = None,
    ):
        self.weights, self.bias, self.embedder = weights.astype(np.float32), float(bias), embedder
        size = len(self.weights)
        self.mean = np.zeros(size, np.float32) if mean is None else mean.astype(np.float32)
        self.scale = np.ones(size, np.float32) if scale is None else scale.astype(np.float32)
        self.centroids = centroids or {}

    @classmethod
    def shipped(cls, embedder: MiniLM) -> CrisisModel:
        with resources.files("samantha.care").joinpath(MODEL_FILE).open("rb") as f:
            data = np.load(f)
            names = [str(n) for n in data["kinds"]] if "kinds" in data else []
            return cls(
                data["weights"],
                float(data["bias"]),
                embedder,
                mean=data.get("mean"),
                scale=data.get("scale"),
                centroids=dict(zip(names, data["centroids"], strict=True)) if names else None,
            )

    def save(self, path) -> None:
        names = sorted(self.centroids)
        np.savez_compressed(
            path,
            weights=self.weights,
            bias=np.float32(self.bias),
            mean=self.mean,
            scale=self.scale,
            kinds=np.array(names),
            centroids=np.array([self.centroids[n] for n in names], np.float32).reshape(len(names), -1),
        )

    def probability(self, text: str) -> float:
        return self.assess(text)[0]

    def assess(self, text: str) -> tuple[float, str]:
        """(probability, likely kind). The probability is the highest of the message and of each of its
        sentences: a mean-pooled embedding of a long message dilutes its one worrying sentence ("Work was fine.
        Made dinner. I keep looking at the bridge on my way home…"). The kind is the nearest centroid to that
        sentence ("suicide" without centroids)."""
        x = self.embedder.embed(pieces(text)).astype(np.float32)
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        best = int(z.argmax())
        return float(1.0 / (1.0 + np.exp(-z[best]))), nearest_kind(x[best], self.centroids)

    def worst_piece(self, text: str) -> str:
        """The message or sentence that gave `assess` its probability."""
        parts = pieces(text)
        z = ((self.embedder.embed(parts).astype(np.float32) - self.mean) / self.scale) @ self.weights
        return parts[int(z.argmax())]


class TunedCrisisModel:
    """MiniLM's last two layers fine-tuned for crises with a [mean | max | first token] head (written by
    training/finetune_crisis.py): layers 1-4 are the shared embedder's, the tuned two run in numpy. It reads a
    single telling phrase that mean pooling blurs ("bought a hose for the car exhaust"). Its two thresholds were
    chosen on a validation split and travel in the same file; kinds come from centroids as in CrisisModel."""

    FILE = "crisis_top.npz"

    def __init__(self, embedder: MiniLM, path=None):
        source = path or resources.files("samantha.care").joinpath(self.FILE)
        self.embedder, self.top = embedder, TunedTop(source)
        with source.open("rb") as f, np.load(f) as data:
            self.likely = float(data["likely"])
            self.likely_without_cues = float(data["likely_without_cues"])
            self.centroids = dict(zip([str(k) for k in data["kinds"]], data["centroids"], strict=True))
        # Probabilities of texts read lately: a message read with the last ones (CrisisDetector.read_in_context)
        # has those messages as its sentences, already read in their own turns.
        self.seen: OrderedDict[str, float] = OrderedDict()

    def probability(self, text: str) -> float:
        return self.assess(text)[0]

    def assess(self, text: str) -> tuple[float, str]:
        """(probability, likely kind): the highest over the message and its sentences, as CrisisModel."""
        parts = pieces(text)
        # The whole message and its sentences in two batches: one batch pads every sentence to the message's length
        # (a 7-piece batch of a long message cost ~25 ms, session 28), and the whole message is usually remembered
        # from the emotion reader's run a moment ago.
        for batch in ([s for s in parts[:1] if s not in self.seen], [s for s in parts[1:] if s not in self.seen]):
            if batch:
                read = self.top.probabilities(*self.embedder.hidden_states(batch, MIDDLE))[:, 0]
                self.seen.update(zip(batch, (float(x) for x in read), strict=True))
        p = np.array([self.seen[s] for s in parts])
        while len(self.seen) > SEEN_TEXTS:
            self.seen.popitem(last=False)
        best = int(p.argmax())
        vector = self.embedder.embed([parts[best]])[0]  # remembered by the run above: no second pass
        return float(p[best]), nearest_kind(vector, self.centroids)

    def worst_piece(self, text: str) -> str:
        """The message or sentence that gave `assess` its probability (remembered from it: no second pass)."""
        parts = pieces(text)
        if not all(s in self.seen for s in parts):
            self.assess(text)
        return max(parts, key=lambda s: self.seen.get(s, 0.0))


def nearest_kind(vector: np.ndarray, centroids: dict[str, np.ndarray]) -> str:
    """The kind of crisis whose centroid is nearest (a classifier-only hit is answered as that kind)."""
    return max(centroids, key=lambda k: float(vector @ centroids[k]), default="suicide")


def pieces(text: str) -> list[str]:
    """The message, then its sentences of three words or more when it has several (at most MAX_PIECES)."""
    text = text[:2000]
    sentences = [s.strip() for s in SENTENCE_END.split(text) if len(s.split()) >= 3]
    return [text] + (sentences[:MAX_PIECES] if len(sentences) > 1 else [])


def own_words(text: str) -> str:
    """The message without what is someone else's: quoted speech, a pasted letter's body, lines quoted as in a mail
    ("> …"), and words brought in for work ("Here's the draft: Dear Mum, …", "My client wants this in her letter:
    …"). A note of their own, quoted ("I wrote this to my family: "I'm sorry. I can't go on.""), stays theirs."""
    text = text.replace("’", "'").replace("‘", "'")
    text = LETTER.sub(" ", text)
    text = MAIL_QUOTE.sub(" ", text)
    text = BROUGHT_IN.sub(lambda m: m.group(1), text)
    if SAYING.search(text) and not (OWN_NOTE.search(text) and not FOR_WORK.search(text)):
        text = QUOTED.sub(" ", text)
    return text


def own_sentence(text: str, words: str) -> bool:
    """Are these matched words in a sentence that says "I" and is not itself framed as someone else's?"""
    at = text.find(words)
    if at < 0:
        return False
    start = max(text.rfind(c, 0, at) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, at + len(words)) for c in ".!?;\n") if i >= 0]
    sentence = text[start : min(ends, default=len(text))]
    return bool(FIRST_PERSON.search(sentence)) and not (FRAMED.search(sentence) or NOT_THEIRS.search(sentence))


def rule_hits(text: str) -> list[tuple[str, str]]:
    """(kind, matched words) for every rule that fires on the person's own words and is not vetoed."""
    hits = []
    for kind, patterns in _compiled().items():
        for pattern in patterns:
            m = next((m for m in pattern.finditer(text) if m.group(0).strip() and not vetoed(kind, text, m)), None)
            if m:
                hits.append((kind, m.group(0).strip()))
                break
    return hits


def vetoed(kind: str, text: str, match: re.Match) -> bool:
    """Is this rule hit not a crisis of theirs now? Read in its own clause: negated ("I don't want to die, I
    want things to change"), past and over ("I used to self-harm but I haven't in years"), done by someone else
    ("the film ended with him jumping off the bridge"), or embarrassment ("so embarrassed I want to die").
    Abuse only when it is long over and they are well ("I got out four years ago and I'm remarried"; never "he
    used to hit me, now he's back"); a medical emergency when a professional said it is harmless, or when it is past and
    over ("I had a seizure years ago but I'm fine now")."""
    start = max(text.rfind(c, 0, match.start()) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, match.end()) for c in ".!?;\n") if i >= 0]
    sentence = text[start : min(ends, default=len(text))]
    clause = clause_before(text, match.start())
    if kind == "abuse":
        return bool(ABUSE_OVER.search(text) or TRIVIAL_THREAT.search(sentence))
    if kind == "medical":
        return bool(
            ONLY_ASLEEP.search(sentence)
            or PET.search(sentence)
            or DIED_OF.search(sentence)
            or PAST_AND_OVER.search(sentence)
            or RECOVERED_SINCE.search(sentence)
            or REASSURED.search(text)
            or LESSON.search(sentence)
        )
    after = text[match.end() :]
    if (
        kind == "suicide"
        and re.search(r"\b(?:it|this)\b", match.group(0), re.IGNORECASE)
        and ORDINARY_IT.search(sentence)
    ):
        return True
    if kind == "suicide" and THING_AS_SUBJECT.search(text[: match.start()]):
        return True
    return bool(
        NEGATED_BEFORE.search(clause)
        or ((USED_TO.search(clause) or PAST_AND_OVER.search(sentence)) and RECOVERED.search(sentence))
        or (USED_TO.search(clause) and RECOVERED.search(after) and not RELAPSE.search(after))
        # "…she doesn't know it's the last time" is theirs, and so is "she said I'm a burden"
        or (
            SOMEONE_ELSE_BEFORE.search(clause)
            and " know" not in match.group(0)
            and not FIRST_PERSON.search(match.group(0))
        )
        or EMBARRASSED.search(sentence)
        or (kind == "plan" and (SIGHTSEEING.search(sentence) or DOSING.search(sentence)))
        or (kind == "goodbye" and DEPARTURE.search(sentence))
        or (
            kind == "self_harm"
            and INJURY.search(sentence)
            and (ACCIDENT.search(text) or not DELIBERATE.search(sentence))
        )
    )


def risk_cue(text: str) -> bool:
    """A word of danger that is not negated in its clause ("I'm not suicidal, just bored" has none). Not wanting
    to live is no negation: "i dont want wake up tomorrow" (fresh21) has one."""
    cues = list(RISK_CUES.finditer(text))
    if DOSING.search(text):  # "how many of my pills should I take if I missed a dose": the pills are no danger
        cues = [m for m in cues if m.group(0).lower() not in ("pill", "pills", "tablets")]
    if not ORDINARY_USE.search(text):
        cues += MEANS_AND_PLANS.finditer(text)
        cues += BODY_AND_MEANS.finditer(text)
    return any(
        not NEGATED_BEFORE.search(before := clause_before(text, m.start()))
        or (LIFE_WORDS.fullmatch(m.group(0)) and NOT_WANTING.search(before))
        for m in cues
    )


def clause_before(text: str, at: int) -> str:
    """The words of `at`'s clause that come before it (from the sentence start or the last comma/but/and/so)."""
    start = max(text.rfind(c, 0, at) for c in ".!?;\n") + 1
    return CLAUSE_BREAK.split(text[start:at])[-1]


def impersonal(text: str) -> bool:
    """No one in it at all, so the speaker's own: "It would be so much easier to not be alive.", "honestly death
    sounds peaceful right now" (eight of the crisis sets' misses in session 29, for two more GoEmotions alarms in 5,426
    and none on the trap sets)."""
    return bool(IMPERSONAL.match(text)) and not (ANYONE.search(text) or NAME_INSIDE.search(text))


def only_reticent(text: str) -> bool:
    """A guarded answer and little else ("Fine. I'd rather not say."), with no words of danger."""
    match = RETICENT.search(text)
    return bool(match) and not risk_cue(text) and len(text.split()) - len(match.group(0).split()) <= 3


def shipped_model(embedder: MiniLM) -> CrisisModel | TunedCrisisModel | None:
    """The fine-tuned model when it ships, else the regression; None for a broken install (the rules stand)."""
    for model in (TunedCrisisModel, CrisisModel.shipped):
        try:
            return model(embedder)
        except (OSError, KeyError, ValueError, FileNotFoundError):
            continue
    return None


class CrisisDetector:
    """Reads one message, given how worrying the conversation already was. Without the embedder (its files
    missing) the rules work alone."""

    def __init__(self, embedder: MiniLM | None = None, model: CrisisModel | TunedCrisisModel | None = None):
        self.model = model
        if model is None and embedder is not None:
            self.model = shipped_model(embedder)
        # The tuned model brings the thresholds chosen on its validation split; the regression uses ours.
        self.likely = getattr(self.model, "likely", LIKELY)
        self.likely_without_cues = getattr(self.model, "likely_without_cues", LIKELY_WITHOUT_CUES)

    def read(
        self, text: str, *, concern_before: float = 0.0, asked_safety: bool = False, classifier: bool = True
    ) -> CrisisReading:
        """`concern_before`: the highest crisis probability of the conversation's last few turns (1.0 for a
        crisis turn). `asked_safety`: her last words asked whether they are safe (a "yes" is an answer).
        `classifier`: False reads with the rules alone (no embedding: about a millisecond)."""
        mine = own_words(text)
        probability, likely = (0.0, "suicide")
        if classifier and self.model is not None and mine.strip():
            probability, likely = self.model.assess(mine)
        hits = self.rule_hits(mine)
        triggers = [f"rule ({kind}): “{words}”" for kind, words in hits]
        kinds = [kind for kind, _ in hits]
        judged = None if hits else self.classifier_judges(mine)
        if judged is not None:
            alone = self.likely if risk_cue(judged) else self.likely_without_cues
            threshold = min(alone, AFTER_CONCERN) if concern_before >= CONCERN else alone
            if probability >= threshold:
                kinds.append(likely)
                triggers.append(
                    f"classifier ({likely}): {probability:.2f}" + (" after earlier worry" if threshold < alone else "")
                )
        if not kinds and asked_safety and concern_before >= 1.0 and AFFIRMATIVE.match(mine):
            kinds.append("suicide")
            triggers.append("you answered yes to her question about your safety")
        kind = next((k for k in KINDS if k in kinds), None)
        return CrisisReading(kind, probability, triggers, sorted(set(kinds), key=KINDS.index))

    def read_in_context(
        self, text: str, said_before: list[str], *, concern_before: float = 0.0, asked_safety: bool = False
    ) -> CrisisReading:
        """The message, and, when it alone is no crisis, the message read together with the person's last two
        messages (`said_before`, oldest first): "Mum died in March." "Since then nothing matters." "I keep going to
        her grave at night." is a crisis that no one of them says.

        The caller passes no `said_before` once a crisis has been answered in the conversation: read together, the
        crisis message would make every message after it a crisis again."""
        reading = self.read(text, concern_before=concern_before, asked_safety=asked_safety)
        said = [s for s in said_before[-CONTEXT_MESSAGES:] if s and s.strip()]
        if reading.crisis or not said:
            return reading
        # The rules always read the messages together ("Grandad's not making sense." "He's slurring his words."
        # "One side of his face looks strange." is a stroke); the classifier, an embedding more, only when something
        # already worried.
        worried = max(concern_before, reading.probability) >= CONTEXT_WORRY
        ended = [m.rstrip() if m.rstrip()[-1:] in ".!?…" else m.rstrip() + "." for m in said]
        together = self.read(" ".join([*ended, text]), classifier=worried)
        if not together.crisis:
            return reading
        triggers = [f"{t}, read with your last messages" for t in together.triggers]
        return CrisisReading(together.kind, reading.probability, triggers, together.kinds)

    @staticmethod
    def rule_hits(mine: str) -> list[tuple[str, str]]:
        """The rules' (kind, words) on the person's own words; a framed message ("in my novel…") keeps only a
        medical emergency or a hit that itself says "I"."""
        hits = [] if HYPERBOLE.search(mine) else rule_hits(mine)
        if FICTION.search(mine):  # an emergency in a story or the news is not at hand
            hits = [(k, w) for k, w in hits if k != "medical" or FIRST_PERSON.search(w) or own_sentence(mine, w)]
        if FRAMED.search(mine) and not NOT_A_STORY.search(mine):
            # an emergency stays one (a client may collapse in their office), unless it happens in a story; and a hit
            # in a sentence of their own, away from the frame ("I keep listening to that song about dying… I don't
            # want to be here."), is theirs
            fiction = FICTION.search(mine)
            hits = [
                (k, w)
                for k, w in hits
                if (k == "medical" and not fiction) or FIRST_PERSON.search(w) or own_sentence(mine, w)
            ]
        return hits

    def classifier_judges(self, mine: str) -> str | None:
        """The words a classifier hit may count for, or None: the message (classifier_may_count), or, where a
        story, a job or the news frames another sentence of it, the sentence the classifier found worst, read alone
        ("I keep listening to that song about dying. I don't want to be here.": fresh33). The frame covers only its
        own sentence; a message that says they are safe, or jokes, stays as it is. Words of danger are then looked
        for in that sentence only ("My book club is dying out." lends none to "…if I stopped organising it")."""
        if self.classifier_may_count(mine):
            return mine
        framed = NOT_THEIRS.search(mine) or FRAMED.search(mine)
        if self.model is None or not framed or NOT_THEIRS_OVERALL.search(mine):
            return None
        piece = self.model.worst_piece(mine)
        theirs = (
            piece != mine
            and not (NOT_THEIRS.search(piece) or FRAMED.search(piece))
            and bool(I_MYSELF.search(piece))  # "I", not only "my": "my son… locked himself in" is his
            and self.classifier_may_count(piece)
        )
        return piece if theirs else None

    @classmethod
    def classifier_may_count(cls, mine: str) -> bool:
        """May a classifier hit alone count here: theirs, and not a message that says they are safe or that it
        turned out well, nor a question about what she is, nor one of loneliness alone ("I don't really talk to
        anyone else": the retrained model of session 28 read it at 0.97; care's answer to it is toward the people in
        their life) or of a past long over ("I used to cut myself at school. I'm 40 now")."""
        return (
            cls._may_be_theirs(mine)
            and not SAFE.search(mine)
            and not TURNED_OUT_WELL.search(mine)
            and not (says_only_her(mine) and not risk_cue(mine))
            # being alone, said plainly ("I'm alone at home.": 0.91 from the session-29 classifier); after a crisis
            # the care stage answers it in her own words
            and not (ALONE.search(mine) and len(mine.split()) <= 8 and not risk_cue(mine))
            # a sincere question about what she is, which honesty answers ("Do you actually feel anything, or are
            # you pretending?" read 0.77 and, after a sad turn, was answered with the crisis protocol: session 28)
            and not (answer_about_herself(mine, 0) and not risk_cue(mine))
            and not (USED_TO.search(mine) and LONG_AGO.search(mine) and not RELAPSE.search(mine))
        )

    @staticmethod
    def _may_be_theirs(text: str) -> bool:
        """Could a classifier-only hit be the person's own crisis? First person, not framed, not joking."""
        return bool(
            FIRST_PERSON.search(text) or PRO_DROP.search(text) or ASKED_IN_GENERAL.search(text) or impersonal(text)
        ) and not (
            NOT_THEIRS.search(text)
            or RELATIONSHIP_END.search(text)
            or FRAMED.search(text)
            or JOKING.search(text)
            or ASKING_HER.search(text)
            or ROUTINE_MEDICINE.search(text)
            or TRIVIAL_THREAT.search(text)
            or CLOCK_TIME.search(text)
            or EVERYDAY_CUT.search(text)
            or EVERYDAY_SAFE.search(text)
            or RESOLUTION.search(text)
            or IDIOM_WITH_OBJECT.search(text)
            or (ENDING_IT.search(text) and ORDINARY_IT.search(text))
            or (len(text.split()) <= 8 and JUST_A_LETTER.search(text) and not FAREWELL.search(text))
            or only_reticent(text)
        )
