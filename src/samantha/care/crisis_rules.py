"""The crisis rules: legible patterns, by kind, that read a crisis in the person's own words (care/crisis.py applies
them, each in its own clause, with the vetoes and gates of care/crisis_gates.py).

Each pattern is written in general words and tested in other words beside its benign twin (tests/test_care.py).
The lists grew one unseen set at a time: the `RULES[...] += [...]` blocks at the end keep a session's additions
together, with the set whose misses they came from.
"""

from __future__ import annotations

# "tired of living in this flat" is a place, "better off without me on this team" a group: not their life.
_NOT_LIFE_ITSELF = r"(?! (?:in|with|at|on|like|here|there|out of|off|paycheck)\b)"
_NOT_A_GROUP = (
    r"(?! (?:on|in) (?:the|this|that|our|their|my) (?:team|project"
    r"|company|committee|band|group|squad|trip|shift|class|course|league)\b)"
)
# What makes a sore chest and a sweat ordinary (a run, a cold, a sauna)
_EXERTION = (
    r"cough\w*|cold|flu|gym|bench|workout|muscle|pulled|run|running|jog\w*|laugh\w*|heartburn|indigestion|sauna|hot"
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
# A burden on a thing, not on people ("im a burden on my mum's wifi, she says I stream too much": fresh20)
_ON_A_THING = (
    r"(?! on (?:(?:\w+'s|my|the|our|his|her|family|household|monthly|weekly) ){0,2}(?:wifi|wi-fi|data|bandwidth|budget|"
    r"fridge|car|sofa|couch|electricity|bills?|phone plan|netflix|printer)\b)"
)
HYPOTHETICAL_WORDS = r"would|could|will|enough|how much|how many|how long|how high|how deep|how far|quick|to be"
# Away for a reason, after "won't be here": a trip, work, a move ("I won't be here for my birthday, we're going to
# Rome": fresh36's twin). "Because" alone is no reason given: "…because I can't take it anymore".
AWAY_FOR_A_REASON = (
    r"(?![^.!?]{0,40}\b(?:visit\w*|going (?:to|away)|off to|away|trip|holiday|vacation|travel\w*|work\w*|shifts?|"
    r"abroad|mov(?:e|ing)|staying|spending|contract|lease|job|flat|house|city|town|country|conference|course|"
    r"camping|festival|(?:until|till) \w+)\b)"
)
RULES: dict[str, list[str]] = {
    "suicide": [
        r"\b(?:off|offing|unalive|unaliving) myself\b",
        r"\b(?:can'?t|cannot|don'?t|do not) (?:see|picture|imagine) (?:myself|me) (?:alive|being (?:around|here|alive)|"
        r"in (?:the|a|any) "
        r"future|making it|still here|in \w+ years?)\b|\bno (?:version of the )?future (?:i can see myself|for me)\b",
        r"\b(?:i'?m|i am) (?:just |such |nothing but )?a (?:burden|waste of (?:space|oxygen|air|life|a life))\b"
        r"(?! to (?:nobody|no one|noone|anyone|anybody)\b)"
        + _ON_A_THING
        + r"|\b(?:i'?m|i am|i feel like) (?:just |nothing but )?(?:a )?dead weight (?:to|for|on) (?:everyone|everybody|"
        r"them|you all|all of (?:them|you)|my \w+|the (?:whole )?(?:family|team|house(?:hold)?))\b",
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
        r"\bif i (?:died|was gone|were gone|disappeared|killed myself)\b(?! for (?:a|the|one|two|a few|a couple of) "
        r"(?:day|days|week|weeks|weekend|month|bit|while|night|holiday)\b)[^.!?]{0,40}\b(?:care|notice|miss|matter)\b",
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
        # not a town or a flat ("I don't want to live in this town anymore, it's so boring": fresh51)
        r"\b(?:don't|do not|dont) want to (?:be alive|live(?! (?:in|with|near|at|on) (?:this|that|the|a|my|our|his|her|"
        r"their) (?:town|city|village|flat|house|home|country|area|place|street|neighbourhood|neighborhood|dump|"
        r"apartment|building|estate|suburb|road|family|parents|mum|mom|dad|boyfriend|girlfriend)\b)|exist|be here|"
        r"wake up\b" + _NOT_AN_HOUR + r"|go on)\b" + _NOT_A_DAY,
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
        # not a burden on a thing ("im a burden on my mum's wifi, she says I stream too much": fresh20)
        r"\bi'?m a (?:burden|waste of space)\b(?! to (?:nobody|no one|noone|anyone|anybody)\b)" + _ON_A_THING,
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
        # not a safe dose asked after ("How many sleeping pills can I take safely in one night?": fresh52)
        r"\bhow many\b[^.!?]{0,30}\b(?:pills|tablets)\b[^.!?]{0,30}\b(?:take|would|kill|enough)\b"
        r"(?![^.!?]{0,30}\b(?:safely|safe|in a day|per day|a day|each day|every day|daily|max(?:imum)?|recommended)\b)",
        r"\b(?:gun|rifle|shotgun|pistol)\b[^.!?]{0,40}\b(?:keeps?|code|loaded|know where)\b",
        r"\bfilled the bath\b[^.!?]{0,40}\b(?:razor|blade|knife|pills)\b",
        r"\b(?:saving|stockpil\w*|counting|hoard\w*) (?:up )?(?:my |the )?(?:pills|meds|medication|sleeping pills"
        r"|tablets|antidepressants|painkillers|insulin|prescriptions?)\b",
        r"\b(?:take|took|taking|swallow\w*) (?:them all|all (?:of )?(?:them|my|the) (?:pills|meds)|a (?:bunch|handful) "
        r"of pills)\b",
        r"\bbought a rope\b|\b(?:the|a) rope\b(?=.*\b(?:myself|ready|tonight|end)\b)",
        r"\bwhich bridge\b|\b(?:on|standing on) (?:the|a) (?:bridge|ledge|roof)\b"
        r"(?! terrace| garden| bar| team| club| night| game| tournament| partner)"
        r"(?![^.!?]*\b(?:fix\w*|repair\w*|gutters?|tiles?|slates?|aerial|chimney|solar|paint\w*|clean\w*|ball)\b)",
        r"\b(?:gun|razor|blades?)\b[^.!?]{0,60}\b(?:myself|ready|on me|end it)\b",
        r"\bpicked a date\b|\btonight is the night\b(?![^.!?]{0,40}\b(?:ask|propos|marry|party|date|gig|concert|game))|"
        r"\bmade up my mind\b(?=.*\b(?:end|die|go)\b)",
        r"\bhow (?:i'?d|i would|i'?m going to|i will) do it\b(?! (?:if|differently|better|instead|at work|in)\b)"
        r"|\bdecided how\b",
        r"\bengine running\b",
        r"\b(?:i'?m going to|i'?ll|i will|i want to|i'?m gonna|about to|i could|thinking (?:about|of)|i might)\s+"
        r"(?:just )?(?:jump|jumping) (?:off|from) (?:the|a|this|that) (?:top of (?:the|a) )?(?:multi-?stor(?:e)?y "
        r"|high-?rise |tallest |highest )?(?:bridge|roof|building|cliff|balcony|ledge|tower|car ?park|parking "
        r"(?:garage|structure)|tower block|block of flats|overpass|flyover|viaduct)\b",
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
        # the car as the means, thought of, with or without the car ("…thought about crashing the car", "kept thinking
        # about swerving": session 31); not a fear of ice or a test
        r"\b(?:think(?:ing)?|thought|wonder\w*) (?:about|of) (?:deliberately )?(?:crashing|swerving|wrecking|driving "
        r"off)(?: (?:the |my )?car)?\b(?! (?:insurance|park|wash))(?![^.!?]{0,40}\b(?:insurance|repair\w*|ice|icy|snow|"
        r"by accident|test|lesson|dream\w*|scares? me|nightmares?)\b)"
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
        r"[^.!?]{0,40}\b(?:one|for the) (?:last|final) time\b"
        # not before a trip ("I hugged my kids one last time before they left for camp": session 32)
        r"(?! before (?:they|she|he|we|the|my|her|his|their)\b)(?![^.!?]{0,30}\b(?:left|leave|flight|camp|holiday|"
        r"moved?|airport|trip|school|term)\b)|\bone more time\b(?=[^.!?]{0,40}\b(?:goodbye|everyone|last)\b)",
        r"\b(?:gave|giving|give|given)\b[^.!?]{0,15}\bmy (?:\w+ )?"
        r"(?:dog|cat|pets?|guitar|records|things|stuff|belongings"
        r"|plants|books)\b"
        r"[^.!?]{0,60}\b(?:won'?t need|better cared|good homes?|temporary|need to know|where i'?m going)",
        # a goodbye said as if for the last time ("…said goodbye to my best friend, like it's the last time": fresh54)
        r"\b(?![^.!?]*\b(?:airport|station|flight|back in|dramatic|lol|haha|trip|holiday|moving|leaving for)\b)"
        r"(?:said goodbye|say goodbye|saying goodbye|hugged|kissed|told (?:him|her|them|everyone) i love)\b"
        r"[^.!?]{0,60}\b(?:like|as if|as though) (?:it'?s|it is|it was|it were) (?:the |my )?(?:last|final) time\b",
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
        r"\bwon'?t be (?:around|here|back)\b" + AWAY_FOR_A_REASON,
        r"\b(?:last time (?:we'll|we will) (?:talk|speak)|the last one i talked to|last time it'?s)\b",
        r"\bthe last time\b(?=.*\b(?:goodbye|she doesn't know|he doesn't know)\b)",
        r"\baffairs in order\b(?![^.!?]{0,40}\b(?:before|ahead of|for)\b[^.!?]{0,20}\b(?:surgery|operation|trip|"
        r"travel\w*|move|moving|deployment|flight|baby|emigrat\w*|retire\w*))|\binstructions for my funeral\b"
        r"|\bmy last letter\b",
        r"\bafter i'?m gone\b|\bsoon it won't matter\b"
        # fresh38 (held back; after its one scoring): "I feel like a ghost. Soon I'll be one."
        r"|\b(?:soon|tonight|tomorrow) i'?ll be (?:one|one of them|dead|gone|with (?:him|her|them))\b",
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
        r"|\bdoes things to me\b|\bforced me (?:to have sex|into|down)\b"
        # sex without consent, said in the present ("My boyfriend forces me to have sex when I say no": session 31)
        r"|\b(?:forces|forcing|makes|made|pressures|pressured) me (?:to )?(?:have sex|sleep with|do sexual)\b"
        r"|\b(?:sex|touch\w*|do (?:it|things))\b[^.!?]{0,30}\b(?:when|after|even (?:when|though)) i (?:say|said|tell|"
        r"told him|tell him|keep saying) no\b",
        # a parent too ("my mum locks me out when she's angry", fresh12); not out of the wifi or an account
        r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|stepdad|stepfather|"
        r"stepmum|stepmom|stepmother|parents)\b[^.!?]{0,20}\block(?:s|ed)? me (?:in|out)\b"
        r"(?! of (?:the |my |his |her )?(?:wifi|wi-fi|account|computer|laptop|netflix|phone|group|chat|car)\b)"
        r"(?![^.!?]{0,30}\b(?:by accident|accidentally|lol)\b)",
        r"\b(?:following|stalking) me\b[^.!?]{0,60}\b(?:scared|afraid|terrified|knows where i live)\b|\b(?:scared|"
        r"afraid)\b[^.!?]{0,40}"
        r"\b(?:following|stalking) me\b",
        # who: a partner or anyone of the household (fresh28: "my step mum burns me with cigarettes")
        r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mom|mum|mother|stepfather|"
        r"stepdad|stepmum|stepmom|stepmother|step (?:dad|mum|mom|father|mother)|uncle|aunt|carer|brother|sister|"
        r"grandad|grandpa|grandma|nan|ex|flatmate|roommate|housemate|lodger|landlord)\b"
        r"[^.!?]{0,30}\b(?:hit|hits|hitting|beat|beats|beating|choked|chokes|choking|slaps|slapped|slapping|punched|"
        r"punches|punching|kicks|kicked|kicking|pushed|"
        r"strangled|raped|hurt|hurts|grabbed|pinned|threw \w+ \w+ at|throws \w+ \w+ at|threw \w+ at|throws \w+ at|"
        r"burned|burns|burnt|stabbed|shoved|dragged|whips|whipped|scalded|scalds)\b[^.!?]{0,20}\b(?:me|my (?:throat|"
        r"neck|arm|hair|head|face))\b(?! to it)"
        # pushed to do something ("My husband pushed me to sign up for the half marathon": fresh48), not to the floor
        r"(?! (?:to|into) (?!the\b|a\b|an\b|my\b|his\b|her\b|their\b|our\b)\w+)"
        r"(?![^.!?]{0,40}\b(?:by accident|accidentally|lol|lmao|lmfao|rofl|haha|playing|play fight\w*|(?:a |the )?"
        r"(?:pillow|snowball|water balloon|nerf)\w*|by the hand|for a (?:hug|dance|kiss|cuddle)|and (?:kissed|hugged|"
        r"danced|twirled|spun))\b)",
        # a partner or one of the household, with the injury it left, and the story told to cover it (fresh53: "He
        # broke my ribs on Saturday and I told the doctor I fell down the stairs.")
        r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|mother|stepdad|"
        r"stepfather|brother|sister|son|ex)\b[^.!?]{0,15}\b(?:broke|fractured|cracked|dislocated|bust|split) my "
        r"(?:ribs?|arm|nose|jaw|wrist|fingers?|cheekbone|collarbone|eye socket|skull|lip|teeth|tooth)\b",
        r"\btold (?:the |my )?(?:doctor|nurse|a&e|hospital|teacher|police|gp)\b[^.!?]{0,15}\bi (?:fell|walked into|"
        r"tripped|slipped|banged)\b",
        # anyone at all, with the injury it left ("My flatmate punched me in the face and broke my nose": fresh48)
        r"\b(?:punched|hit|kicked|beat|attacked|stabbed|headbutted|slammed|smashed|shoved|pushed|threw|jumped)\b"
        r"[^.!?]{0,30}\bme\b[^.!?]{0,40}\b(?:broke|broken|split|bust|busted|knocked out|fractured|cracked|"
        r"dislocated) my (?:nose|lip|teeth|tooth|ribs?|jaw|arm|wrist|fingers?|cheekbone|eye socket|collarbone|skull)\b",
        # crisis4: what they hide ("long sleeves in summer so nobody sees what he does")
        r"\b(?:hide|hiding|cover|covering|so (?:nobody|no one) (?:sees?|notices?|can see))\b[^.!?]{0,30}\bwhat (?:he|"
        r"she|"
        r"they) (?:does|did|do|has done)\b",
        r"\bthreaten(?:ed|s|ing) to (?:kill|hurt|harm|stab|shoot|beat) (?:me|us|the (?:kids|children|baby|dog|cat|pets?"
        r"|puppy)|my (?:dog|cat|pets?|puppy|horse|"
        r"kids|"
        r"children|son|daughter|baby|mum|mom|dad|family))\b",
        r"\b(?:he|she|they)(?:'d| would|'ll| will)\b[^.!?]{0,25}\b(?:break|kill|hurt|strangle|beat)\b[^.!?]{0,20}"
        r"\b(?:me|my (?:neck|arm|face|legs?))\b(?![^.!?]{0,40}\b(?:when|if) (?:he|she|they) (?:sees?"
        r"|finds? out|hears?)\b)",
        r"\b(?:he|she|they)(?:'ll| will| is going to|'s going to| are going to) (?:kill|hurt) me\b"
        r"(?![^.!?]{0,40}\b(?:when|if) (?:he|she|they) (?:sees?|finds? out|hears?)\b)",
        r"\b(?:going to|gonna) kill me one day\b",
        r"\bafraid (?:to go home|of my (?:husband|wife|partner|boyfriend|girlfriend|dad|father))\b|\bscared of my "
        r"(?:partner|husband|wife|boyfriend|girlfriend|dad)\b",
        r"\bgets violent\b|\blocks me in\b|\b(?:keeps?|kept|keeping) me locked (?:in|inside|up)\b|\bbeing beaten\b"
        r"|\bbruises everywhere\b|\bthrows things at me\b",
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
    # the timetable read for a train that does not stop ("I looked at the train timetable to see when the fast one
    # passes": fresh34); a train one catches "leaves" or "arrives"
    r"\b(?:timetables?|times|schedule)\b.{0,60}\bwhen the (?:fast one|express|non-stop\w*|fast train|freight(?: "
    r"train)?)s? (?:passes|pass|goes (?:through|past)|comes through|doesn'?t stop)\b(?!.{0,40}\b(?:catch|get on|board|"
    r"take the|my train|photo\w*|film\w*|watch)\b)",
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
    # chest pain and then the look of it, over a sentence or two ("…her chest hurts and she feels sick. She's gone
    # really pale and sweaty.": turns4, session 32); not after a run, a cough or a sauna
    r"\bchest\b[^.!?]{0,15}\b(?:hurts?|hurting|pains?|tight|pressure|heavy)\b(?:(?!\b(?:" + _EXERTION + r")\b).){0,100}"
    r"\b(?:pale|grey|gray|sweaty|clammy|sweating)\b(?!.*\b(?:" + _EXERTION + r")\b)",
    r"\b(?:swallowed|eaten|ate|drunk|drank)\b[^.!?]{0,30}\b(?:magnets?|button batter(?:y|ies)|"
    r"washing (?:capsules?|pods?|tablets?)|laundry pods?|dishwasher tablets?|(?:my|her|his|grandma'?s|mum'?s|nan'?s|"
    r"mom'?s) (?:pills|tablets|"
    r"medicine))\b",
    r"\b(?:lips|face|tongue|throat|eyes|mouth)\b (?:is |are |'s |'re )?(?:swelling|swollen|closing)(?: up)?\b"
    r"[^.!?]{0,60}\b(?:wheez\w*|breath\w*|can'?t swallow|ate|after)\b",
]
# Families fresh34-36 showed (session 31, after their one first-sight scoring), each tested in other words.
RULES["suicide"] += [
    # a decision, or a calm doubt, not to be there at a date ahead ("I've decided I'm not going to be around for
    # Christmas", "Not sure I'll still be here by Christmas, and I'm okay with that")
    r"\b(?:decided|made (?:up )?my mind|i know|i'?m sure|accepted)\b[^.!?]{0,25}\b(?:not|won'?t|no longer) (?:going to "
    r"|gonna )?be (?:around|here)\b" + AWAY_FOR_A_REASON,
    r"\bnot sure (?:i'?ll|i will) (?:still )?be (?:here|around) (?:by|for|at|after|next)\b" + AWAY_FOR_A_REASON,
    # a survived attempt not to be survived again ("Joke's on me, I survived last time. Not making that mistake
    # again.")
    r"\bsurvived (?:it )?(?:last time|the (?:first|last) time|my (?:first|last) attempt)\b.{0,80}\b(?:mistake|fail\w*"
    r"|wrong) again\b",
    # going to join someone who died, read over the turns too ("It's been a year since Dad died." … "I think I'm
    # going to join him.": turns3); "join them at the pub" has no death near it
    r"^(?=.*\b(?:died|passed(?: away)?|lost (?:him|her|my \w+)|funeral|grave|death)\b).*\b(?:going to|gonna|want to|"
    r"wanna|ready to|about to|will|'ll|should) (?:go and |finally )?(?:join|be with) (?:him|her|them|my (?:dad|mum|mom|"
    r"father|mother|wife|husband|son|daughter|brother|sister|partner|friend|gran\w*|nan|baby|boy|girl))\b"
    r"(?! (?:for|at|on|in|tomorrow|tonight|later|next|this|when)\b)",
]
RULES["suicide"] += [
    # fresh37: the insurance as the reason ("the insurance would cover everything if I had an accident"), and the
    # others better off with what would be left ("My brother would be better off with my room and my stuff")
    r"\binsurance\b[^.!?]{0,60}\b(?:if|when|once) i (?:had an accident|died|die|wasn'?t (?:here|around)|was gone|"
    r"crashed|went|killed myself|am gone)\b",
    r"\b(?:would|'d|will) (?:all )?be better off with (?:my|all my) (?:room and|stuff|things|belongings|everything|"
    r"inheritance|money|savings|insurance|share)\b",
    # fresh49 (texting register, read spelled out): why they are still here, with no one to care; letters left to be
    # found; a means bought and left unsaid; a day decided on
    r"\b(?:why|what) (?:i'?m|am i) (?:even |still )+(?:here|alive|around|breathing)\b(?! (?:at|in|on|for|with) (?:this|"
    r"the|my|that)\b)(?=.*\b(?:nobody|no one|no-one|nothing|point|care|cares|anymore|tired)\b)",
    r"\b(?:letters?|notes?)\b.{0,60}\b(?:they'?ll|they will|someone will|she'?ll|he'?ll|you'?ll) find (?:them|it)\b"
    r"(?!.*\b(?:santa|christmas|easter|treasure|hunt|birthday|advent|tooth fairy|scavenger|surprise|lunchbox)\b)",
    r"\b(?:bought|got|have|picked up|ordered)\b[^.!?]{0,20}\b(?:a |some |the )?(?:rope|pills|tablets|gun|blades?|"
    r"razor blades?|hose|charcoal|noose)\b.{0,30}\byou (?:know|can guess|can imagine) (?:what|why)\b",
    r"\bi'?ve (?:decided|made up my mind|chosen)\b[^.!?]{0,10}\b(?:tomorrow|tonight|today|friday|saturday|sunday|"
    r"monday|tuesday|wednesday|thursday|this weekend|next week)(?:'s| is) the (?:day|night)\s*(?:[.!]|$)",
    # turns4 (session 32): stopping everything, as a sentence of its own after despair ("Maybe it's time I stopped
    # trying altogether. Stopped everything."), not a rest, a job or a habit
    r"\b(?:time (?:i|to)|going to|want to|ready to|just) stop(?:ped)? (?:trying )?(?:everything|it all|all of it|"
    r"altogether)\b(?! (?:and|to|for|so|until|till)\b)(?![^.!?]{0,30}\b(?:holiday|break|rest|vacation|trip|job|work|"
    r"drinking|smoking|sugar|scrolling|caffeine|coffee|meetings|overthinking)\b)",
    # "I can't go on anymore." as a sentence of its own (a note of their own, "Dear Mum, I'm sorry. I can't go on
    # anymore. Love, Jen", reads as a letter to the classifier as a whole: read_in_its_place)
    r"\bi (?:just |really |honestly |simply )?(?:can'?t|cannot) go on (?:anymore|any more|any longer)\s*(?:[.!]|$)",
    # Session 32, families of the dev sets' long-standing misses (crisis*.tsv and older fresh sets), each written as
    # the family rather than the sentence and tested with a twin: disappointed to wake, a better life without them,
    # whether bleeding out hurts, how long until it is over, a helium tank, a life that has run its course, a ghost
    # made official, a hand held over a flame on purpose, a barbecue in a closed room, everyone hugged one last
    # time, emails scheduled to friends, an apology left to be passed on
    r"\b(?:disappointed|sad|upset|angry|annoyed|gutted) (?:that )?i (?:woke up|wake up|keep waking up|am still alive|"
    r"'m still alive|survived|made it through the night)\b(?! (?:late|early|too|so|at|before|after|in time|on time|"
    r"with|and missed)\b)",
    r"\bbetter (?:life|lives|future|childhood)\b[^.!?]{0,25}\bwithout (?:me|a (?:\w+ ){1,2}like me)\b",
    r"^(?!.*\b(?:fish|deer|chicken|pigs?|animals?|meat|steak|lamb|cattle|hunt\w*|butcher\w*)\b).*?(?:\b(?:hurts?|"
    r"painful|painless|how long|quick\w*)\b[^.!?]{0,25}\bbleed(?:ing)? out\b|\bbleed(?:ing)? out\b[^.!?]{0,30}\b(?:"
    r"hurts?|painful|painless|sleepy|quick\w*|how long)\b)",
    r"\bhow long (?:until|till|before) (?:you'?re|they'?re|i'?m|i am|someone is|a person is) (?:dead|gone|"
    r"unconscious)\b|\bhow long (?:until|till|before) it'?s over\b(?=[^.!?]*\b(?:sea|water|river|cold|pills|tablets|"
    r"drown\w*|bleed\w*|hanging|rope|fumes)\b)|\b(?:sea|water|river|pills|tablets|drown\w*|bleed\w*|hanging|rope|"
    r"fumes)\b[^.!?]{0,80}\bhow long (?:until|till|before) it'?s over\b",
    r"\bhelium (?:tank|canister|bottle|cylinder)s?\b(?![^.!?]{0,60}\b(?:balloons?|party|birthday|wedding|shop)\b)"
    r"(?!.*\bballoons?\b)",
    r"\bmy life has run its course\b|\b(?:ghost|dead|gone|invisible)\b.{0,40}\bmake it official\b",
    r"\b(?:held|put|pressed|kept) my (?:hand|arm|fingers?|wrist|leg|skin) (?:over|on|against|in|near) (?:the |a )?"
    r"(?:stove|hob|flame|fire|iron|kettle|lighter|candle|boiling water|radiator|oven)\b[^.!?]{0,25}\b(?:on purpose|"
    r"deliberately|until|till|to feel)\b",
    r"\b(?:barbecue|bbq|charcoal)\b[^.!?]{0,30}\b(?:closed|sealed|shut|small) (?:room|space|tent|car|bathroom)\b",
    r"\b(?:hugged|saw|visited|called|kissed|rang) (?:everyone|everybody|all of them|them all|my (?:family|kids|"
    r"friends|parents)) (?:one )?(?:last|one more) time\b(?! before (?:they|she|he|we|the|my|her|his|their)\b)"
    r"(?![^.!?]{0,30}\b(?:left|leave|flight|camp|holiday|moved?|airport|trip|school|term)\b)",
    r"\bscheduled (?:emails|messages|texts|posts|a post|an email|letters)\b[^.!?]{0,40}\b(?:to (?:my )?(?:friends|"
    r"family|everyone|parents|kids)|for after)\b",
    r"\bplease tell (?:my \w+|\w+) (?:that )?(?:i'?m sorry|i love (?:him|her|them|you))\s*(?:[.!]|$|,? i (?:couldn'?t|"
    r"can'?t))",
    # fresh47 (held back, scored once at 39/40): things ended, everything or all of it, with no one named ("Nothing
    # will change, so I'm going to end things this week."); a relationship ended is vetoed (ENDING_WITH_SOMEONE)
    r"\b(?:going to|gonna|want to|ready to|planning to|decided to|about to) end (?:things|everything|it all)\b(?! "
    r"(?:with|between|amicably|on good terms|properly|early|for the (?:day|night|week))\b)",
    # a probe of questions to her (session 32): whether a jump from a height would hurt; whether ending it would be
    # selfish; an apology to be passed on afterwards
    r"\b(?:hurt|painful|painless)\b[^.!?]{0,30}\bjump\w* (?:off|from) (?:a|the|my) (?:\w+ )?(?:floor|roof|bridge|"
    r"building|balcony|window|cliff|car park|tower|multi-storey)\b|\bjump\w* (?:off|from) (?:a|the|my) (?:\w+ )?(?:"
    r"floor|roof|bridge|building|balcony|window|cliff|car park|tower|multi-storey)\b[^.!?]{0,30}\b(?:hurt|painful|"
    r"painless)\b",
    r"\b(?:selfish|wrong|okay|ok|fair|cowardly|weak)\b[^.!?]{0,15}\bif i (?:just )?(?:ended it(?: all)?|end it"
    r"(?: all)?|killed myself|took my (?:own )?life|wasn'?t here anymore)\b(?! with\b)",
    r"\b(?:can|could|will|would) you tell (?:my \w+|\w+) (?:that )?(?:i'?m sorry|i love (?:him|her|them|you)),? "
    r"(?:after(?:wards)?|when i'?m gone|once i'?m gone|if i'?m not here)\b",
    # fresh52: a blade to cut deep enough; an overdose that would look like an accident
    r"\b(?:blade|razor|knife)\b[^.!?]{0,40}\bcut(?:s|ting)? (?:deep|deeper|deep enough)\b(?! (?:into|through) "
    r"(?:the|a|an)\b)",
    r"\b(?:overdose|suicide|killing myself|my death|i died|i crashed|if i)\b[^.!?]{0,30}\blook(?:ed|s)? like an "
    r"accident\b|\blook(?:ed|s)? like an accident\b(?=[^.!?]*\b(?:on purpose|deliberately|overdose|suicide|"
    r"kill(?:ing)? myself|i (?:crash|crashed|jump|jumped|took|drove|did it|do it))\b)",
    # fresh51: a train waited for, not to get on it
    r"\b(?:waiting for|watching|standing by|standing at)\b[^.!?]{0,30}\btrains?\b[^.!?]{0,25}\bnot to (?:get on|board|"
    r"catch|ride|travel)\b",
    # fresh50: goodbyes written, and a disappointment ended for good
    r"\b(?:written|wrote|writing|recorded|said) (?:all )?my goodbyes\b",
    r"\bstop being (?:one|a (?:burden|disappointment|problem|nuisance|failure|waste of space)|anyone'?s problem)\b"
    r"[^.!?]{0,20}\b(?:for good|forever|for ever|permanently)\b",
    # a suicide planned, said in so many words (fresh36's "Ha, funny, everyone thinks I'm the happy one. I've been
    # planning my suicide for a month." was found only by the classifier in one sentence)
    r"\b(?:planning|planned|plotting|researching|rehearsing|preparing|organi[sz]ing) (?:my|my own) "
    r"(?:suicide|overdose)\b",
    r"\b(?:thinking about|thought about|considering|contemplating|fantasi[sz]ing about|obsessing over) "
    r"(?:my (?:own )?)?(?:suicide|overdosing|an overdose)\b(?! (?:prevention|awareness|rates?|statistics)\b)",
    # fresh46: or with anyone else in their place ("My kids would be better off with a mum who isn't me")
    r"\b(?:kids|children|family|son|daughter|wife|husband|partner|boyfriend|girlfriend|everyone|everybody|they|he|"
    r"she|mum|mom|dad|parents|friends)\b[^.!?]{0,30}\bbetter off with (?:a|an|another|some|someone|somebody|anyone|"
    r"anybody)\b[^.!?]{0,30}\b(?:who isn'?t me|who'?s not me|that isn'?t me|other than me|instead of me|in my place|"
    r"but me)\b",
]
RULES["goodbye"] += [
    # the person's own craft turned on themselves ("These goodbye letters I write for clients, I wrote one for myself
    # today.": session 31's probe of letters and work talk)
    r"^(?=.*\b(?:goodbye|farewell|last)\b).*\b(?:wrote|written|writing|write|wrote out) (?:one|a (?:goodbye |last )?"
    r"(?:letter|note)|my own) (?:for|to) (?:myself|me|my (?:family|kids|wife|husband|mum|mom|dad|children))\b"
    r"(?! (?:at|as|in|when) (?:\d+|school|a kid|uni))(?![^.!?]{0,40}\b(?:time capsule|workshop|course|class|therapy|"
    r"exercise)\b)",
]
RULES["abuse"] += [
    # harm after something else they did, told in one breath ("My husband read my client letters and then hit me")
    r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepfather|ex|brother|"
    r"sister|son|daughter|uncle|aunt|carer)\b[^.!?]{0,50}\band then (?:hit|beat|slapped|punched|kicked|pushed|choked|"
    r"strangled|grabbed|burned|shoved) (?:me|my (?:throat|neck|arm|hair|head|face))\b",
]
RULES["suicide"] += [
    # wanting to live, denied in a word ("The client wanted me to write about wanting to live. I couldn't, because I
    # don't.")
    r"\b(?:wanting|want|reasons?) to (?:live|be alive|go on|keep going)\b.{0,60}\b(?:because|since|as|but) i "
    r"(?:don'?t|do not|can'?t|have none)\s*[.!]*\s*$",
]
RULES["goodbye"] += [
    # session 31's probe of goodbyes and their everyday twins: the last time they will talk to anyone, and not to be
    # looked for ("Don't try to find me."; "…at the party" is a place)
    r"\blast time (?:i'?ll|i will|i'?m going to|i'?m) (?:ever )?(?:be )?(?:talk|speak|see|hear|writ|messag|text)\w*"
    r"(?: (?:to|from|with))? (?:anyone|anybody|you|everyone|people|anyone again)\b",
    r"^\W*(?:please\W+)?(?:don'?t|do not) (?:try to |come (?:and |to )?)?(?:find|look for|search for|come looking "
    r"for) me\b(?! (?:at|in|on|till|until|before|after|when|if|today|tonight|for)\b)",
]
RULES["suicide"] += [
    # session 31's probe of sad messages and crises in the same words: wanting to be with someone, with the means at
    # hand ("I miss my dad so much I want to be with him, I've got his old pills.")
    r"^(?=.*\b(?:pills|tablets|rope|gun|razor|blades?|meds|bridge)\b).*\b(?:want|wanna|going) to (?:be with|join) "
    r"(?:him|her|them|my (?:dad|mum|mom|father|mother|wife|husband|son|daughter|brother|sister|partner|friend|baby))\b",
]
RULES["suicide"] += [
    # a story's or a joke's act taken as their own in a word (session 31's probe of frames: "The novel's main character
    # overdoses in chapter three, and honestly, I've been thinking of doing the same."; "My coworker joked about
    # jumping out the window. I wasn't joking when I thought it.")
    r"^(?=.*\b(?:overdos\w*|kill(?:s|ed)? (?:himself|herself|themselves)|suicide|jump(?:s|ed|ing)? (?:off|out|from|in "
    r"front)|hang(?:s|ed)? (?:himself|herself|themselves)|drown(?:s|ed)? (?:himself|herself)|cut(?:s|ting)? "
    r"(?:himself|herself)|end(?:s|ed)? (?:it|his life|her life))\b).*\b(?:(?:thinking|thought|think) (?:of|about) "
    r"doing the same|(?:want|going|planning|tempted|about) to do the same|i (?:wasn'?t|was not|'m not|am not) "
    # (the "it" read ahead, outside the match: a hit with "it" in it is checked for an ordinary "it")
    r"joking when i (?:thought|said|think|say)(?= (?:it|that|so)\b))",
]
RULES["plan"] += [
    # fresh38 (held back; after its one scoring): the insurance's suicide clause, its wait over ("Life insurance pays
    # out for suicide after two years. It's been two years.")
    r"\binsurance\b[^.!?]{0,40}\bsuicide\b.{0,80}\b(?:it'?s been|now (?:it'?s|that'?s)|that was|passed|over)\b",
]
RULES["abuse"] += [
    # the harm in the news, threatened at home ("…it made me realise my husband could do that to me, he's
    # threatened it.")
    r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mom|stepdad)\b[^.!?]{0,30}\b(?:could|"
    r"would|might|will) do (?:that|the same|it) to me\b|\b(?:he|she)(?:'s| has) threatened (?:it|that|to do (?:it|that|"
    r"the same))\b",
]
RULES["medical"] += [
    # a stroke's signs told one at a time (turns3: "She's talking but it's all jumbled." "And she can't lift her right
    # arm."): speech gone wrong beside a weak arm or a face, in one message or the last three
    r"^(?=.*\b(?:arm|face|one side|leg)\b).*\b(?:talking|speech|speaking|words?)\b[^.!?]{0,20}\b(?:jumbled|garbled|"
    r"gibberish|nonsense|slurred|not making sense|all wrong)\b",
    r"\bcan'?t (?:lift|move|raise|feel) (?:my|his|her) (?:left |right )?(?:arm|leg)\b(?=.*\b(?:suddenly|face|talk\w*|"
    r"speech|words|jumbled|slurr\w*|fell|minutes?)\b)",
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
            # the separable verb apart ("Ich bringe mich heute Nacht um": session 32's probe)
            r"|\bmir das leben nehmen\b|\bich bringe? mich\b(?:\s+\w+){0,4}\s+um\b",
            r"\bquero morrer\b|\b(?:vou|quero) me matar\b|\bn[aã]o quero (?:mais )?viver\b"
            r"|\btirar (?:a )?minha (?:pr[oó]pria )?vida\b",
            r"\bvoglio morire\b|\buccidermi\b|\btogliermi la vita\b|\bvoglio farla finita\b"
            r"|\bmi (?:voglio|vado ad?|sto per) (?:uccidere|ammazzare)\b"
            r"|\bnon voglio (?:pi[uù] )?vivere\b",
            r"\bik wil dood\b|\bzelfmoord\b|\bik wil niet (?:meer )?leven\b",
        ],
        "self_harm": [
            r"\bme (?:corto|he cortado|cort[eé]) (?:los brazos|las mu[nñ]ecas|las piernas|otra vez)\b"
            r"|\bautolesi[oó]n\w*\b|\bme autolesiono\b",
            r"\bje me scarifie\b|\bje me coupe (?:les bras|les poignets|les cuisses)\b|\bautomutil\w*\b",
            r"\bich ritze mich\b|\bselbstverletz\w*\b",
            r"\bme cort(?:o|ar) (?:os bra[cç]os|os pulsos)\b|\bautomutila\w*\b",
            r"\bmi taglio (?:le braccia|i polsi)\b|\bautolesion\w*\b",
        ],
        # all of one's pills taken or laid out, and farewell letters (session 31: "J'ai pris toutes mes pilules.",
        # "Tengo las pastillas preparadas para esta noche." matched nothing)
        "plan": [
            r"\b(?:tom[eé]|me tom[eé]|he tomado) todas (?:mis|las) (?:pastillas|pildoras|píldoras)\b"
            r"|\bme (?:voy a|quiero) (?:tirar|lanzar|arrojar) (?:del|de un|desde el|desde un|al|a las v[ií]as del) "
            r"(?:puente|edificio|balc[oó]n|tejado|azotea|acantilado|tren)\b"
            r"|\b(?:pastillas|pildoras|píldoras) (?:preparadas|guardadas|contadas)\b",
            r"\bj'ai (?:pris|aval[eé]) (?:toutes mes|tous mes|toute la bo[iî]te de) (?:pilules|m[eé]dicaments|"
            r"comprim[eé]s|cachets)\b",
            r"\bich habe (?:alle (?:meine )?|die ganze packung )(?:tabletten|pillen|medikamente) "
            r"(?:genommen|geschluckt)\b",
            r"\btomei (?:todos os meus|todas as minhas) (?:comprimidos|rem[eé]dios|p[ií]lulas)\b",
            r"\bho preso tutte le (?:mie )?(?:pillole|pastiglie|compresse)\b",
        ],
        "goodbye": [
            # letters to the family, not a farewell to a job ("una carta de despedida a mi trabajo, me jubilo")
            r"\bcartas de despedida\b|\blettres d'adieu\b|\babschiedsbriefe\b|\blettere d'addio\b"
            r"|\b(?:carta de despedida|lettre d'adieu|abschiedsbrief|lettera d'addio) (?:a|para|pour|à|an|alla|ai) "
            r"(?:mi|mis|ma|mes|meine|mia|miei|minha|meus) (?:familia|famille|familie|famiglia|fam[ií]lia|hijos|"
            r"enfants|kinder|figli|filhos|padres|parents|eltern|genitori|pais)\b",
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
