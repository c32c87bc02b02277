"""Cues: what in a sentence may raise a question. Each is a compiled pattern, named by the
pattern record (``patterns.REGISTRY``) that words its question.

The families follow the hedging and attribution literature used in news analysis: modal and
hedging verbs (Hyland, *Hedging in Scientific Research Articles*, 1998; the CoNLL-2010 shared
task on uncertainty cues), reported denials (PARC/PolNeAR attribution relations), the
"did not respond to a request for comment" convention of news writing, and the legal and
legislative steps whose outcome a report leaves pending (charge, appeal, vote, ruling).
"""
from __future__ import annotations

import re

from ..names import MONTHS, WEEKDAYS
from ..regex_starts import boundary_words


# A subject then a modal (or a phrase that works as one) then a bare verb. (The word lists after a word boundary here are
# written with ``boundary_words``: the pattern then opens on their first letters, which the engine skips to in C.)
_READY = (r"\s(?:now\s|still\s|also\s)?[‘'\"“]?(?:ready|prepared|willing|expected|likely|set|due|poised|scheduled|unlikely"
          r"|hoping|planning|preparing|going|about|primed|on\scourse|on\strack|in\sline)\sto")
# an effort under way whose outcome is open: "The government is seeking to amend the Children Bill" ("trying to",
# "attempting to" left out: read on tuning articles, they mostly carry a writer's gloss, "trying to make X more difficult")
_SEEKING = r"\s(?:now\s|still\s|also\s)?(?:seeking|lobbying)\sto"
_PLEDGED = r"\s(?:pledged|promised|vowed|threatened|proposed)\sto"
_FORWARD = "(?P<aux>" + boundary_words([
    "will", "would", "could", "may", "might", "should", "can", "must", f"is{_READY}", f"are{_READY}", f"is{_SEEKING}",
    f"are{_SEEKING}", r"plans?\sto", r"intends?\sto", r"aims?\sto", r"hopes?\sto", r"wants?\sto", f"has{_PLEDGED}",
    f"have{_PLEDGED}", r"pledged\sto", r"promised\sto", r"vowed\sto", r"threatened\sto", r"hoped\sto", r"planned\sto",
    r"intended\sto", r"wanted\sto", r"aimed\sto"]) + ")"
MODAL = re.compile(rf"{_FORWARD}\s+(?:(?:also|still|now|soon|eventually|probably|likely|not|then|finally|quickly|even)\s+)?(?P<verb>[a-z][a-z-]+)\b")

# "It is unclear whether …", "It remains to be seen how …", "No one knows when …"
UNCLEAR = re.compile(
    r"\b(?:(?:it|that)\s(?:is|was|remains|remained)\s(?:still\s|also\s)?(?:not\s(?:yet\s)?(?:clear|known|certain)|unclear|unknown|uncertain)"
    r"|(?:it\s)?remains\sto\sbe\sseen|no\s?one\s(?:yet\s)?knows|nobody\sknows|(?:it\s(?:is|was)\s)?too\searly\sto\ssay)"
    r"\s(?P<wh>whether|if|how|what|when|why|who|where|which)\s(?P<clause>.+)",
    re.I,
)
# "This statement raises questions about whether this could be …", "… sparked questions over how …"
RAISES_QUESTIONS = re.compile(
    r"^(?P<subj>[^,;]{3,60}?)(?:,[^,]{3,120},)?\s(?:raises?|raised|poses?|posed|prompts?|prompted|sparks?|sparked)\s(?:new\s|serious\s|fresh\s|further\s)?"
    r"(?:questions|doubts)\s(?:about|over|as\sto|on)\s(?P<wh>whether|how|why|what|when|who)\s(?P<clause>.+)"
)
# "Whether X will … remains to be seen / is unclear"
WHETHER_OPEN = re.compile(
    r"^(?:But\s|And\s)?[Ww]hether\s(?P<clause>.+?)\s(?:remains\sto\sbe\sseen|is\s(?:still\s)?(?:unclear|uncertain|not\sclear|unknown))"
)
# "The cause of the fire remains unknown."
NP_UNCLEAR = re.compile(
    r"^(?:But\s)?(?P<np>[Tt]he\s(?:exact\s|precise\s|full\s)?(?:cause|cost|size|scale|source|identity|motive|value|number|timing|price|extent)"
    r"\sof\s[^,;:]{3,60}?)\s(?:remains?|is|are|was)\s(?:still\s|as\syet\s)?(?:unclear|unknown|uncertain|not\s(?:yet\s)?(?:clear|known|disclosed))"
)

# "X denied that …", "X denies claims that …", and "X denied it had …" with "that" left out,
# which news writes when a pronoun subject follows (the bare clause is the denied claim)
DENIAL = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}(?:\sand\s[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})?)\s(?:has\s|have\s|had\s)?(?:strongly\s|flatly\s|repeatedly\s)?"
    r"(?:denied|denies|deny|rejected|rejects|disputed|disputes)\s(?:(?:reports|claims|allegations|suggestions|accusations)\s)?"
    r"(?:that\s|(?=(?:he|she|it|they)\s(?:is|are|was|were|had|has|have|would|will|could)\s))(?P<clause>.+)"
)
# "X accused Y of V-ing …"
ACCUSED = re.compile(
    r"\b(?:accused|accuses|accusing)\s(?P<who>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}|him|her|them|it)\sof\s(?P<verb>[a-z]+ing)\s(?P<rest>[^,;:.]+)"
)

# "X declined to comment on …", "X did not respond to a request for comment"
NO_COMMENT = re.compile(
    r"(?P<who>[A-Z][\w.’'&-]*(?:\s(?:of\s)?[A-Z][\w.’'&-]*){0,4}|(?:A|An|The)\s[\w\s’'-]{2,40}?(?:spokesman|spokeswoman|spokesperson|representative))"
    r"(?:,[^,]{3,60},)?\s(?:(?P<declined>declined|refused|would\snot)|did\snot\s(?:immediately\s)?(?:respond|return)|didn[’']t\s(?:immediately\s)?respond|could\snot\sbe\sreached)"
    r"(?:\sto\s(?:comment|respond|be\sdrawn|elaborate|discuss))?(?:\sto\s(?:a\s|multiple\s|several\s)?requests?\sfor\scomment)?"
    r"(?:\s(?:on|about|for\scomment\son)\s(?P<topic>[^,;.]{3,80}))?"
)

# "X has been charged with …", "X pleaded not guilty to …", "X faces trial for …"
CHARGED = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}|He|She|They)(?:,[^,]{3,70},)?\s(?:has\sbeen\s|have\sbeen\s|was\s|were\s|is\s|are\s|had\sbeen\s)?"
    r"(?:charged\swith|pleaded\snot\sguilty\sto|denies|deny|faces?\s(?:trial\s|charges\s)?(?:for|over|of)|faces?\s(?:a\s)?(?:federal\s|criminal\s|jury\s)?trial\s(?:next\s(?:year|month|week)\s|later\sthis\s(?:year|month)\s)?on\scharges\sof|on\strial\s(?:for|over|on\scharges\sof|charged\swith))\s(?P<charge>[^,;.]{3,80})"
)
# A name of one to four capitalised words, "of" allowed inside ("the Department of Justice").
_CAPITALISED = r"[A-Z][\w.’'-]*(?:\s(?:of\s)?[A-Z][\w.’'-]*){0,3}"
_BODY_NAME = rf"(?:the\s)?{_CAPITALISED}"
# "X has appealed against …", "X will appeal …", "X is suing Y"; a bare "appeal" only after "will" or "to", as
# a verb ("the Yukos appeal next week" is a noun); a body's name may hold "of" ("the Department of Justice").
# … or legal action begun against a named party: "AMF has begun proceedings against Vivendi" (BBC business, tuning part).
APPEAL = re.compile(
    rf"(?P<who>{_CAPITALISED})\s(?:has\s|have\s|is\s|are\s|will\s|plans\sto\s|intends\sto\s)?"
    r"(?P<act>appeal(?:ed|ing)?\sagainst|appeal(?:ed|ing)|(?:(?<=will\s)|(?<=to\s))appeal|su(?:ed|ing|e)|lodged\san\sappeal\sagainst"
    r"|(?:launched|started|begun|began|filed|brought|lodged|issued)\s(?:legal\s|court\s)?(?:action|proceedings|a\slawsuit|a\slegal\schallenge)\sagainst)"
    r"\s(?P<object>[^,;.]{3,80})"
)
# "an investigation into …", "a police probe into …"
INQUIRY = re.compile(
    r"\b(?P<det>an?|the)\s(?P<by>(?:[A-Z][\w.’'-]*\s){0,3}|(?:police|criminal|federal|official|independent|internal|public)\s)?"
    r"(?P<kind>investigation|inquiry|probe|review)\sinto\s(?P<object>[^,;.]{3,80})"
)

# "Critics urged X to …", "X has been asked to …", "calls on X to …", "pressure on X to …"
URGED = re.compile(
    r"\b(?:urged?|urging|called\son|calls\son|calling\son|asked|pressed|pressure\son|appealed\sto|challenged)\s"
    rf"(?P<who>{_BODY_NAME}|the\s[a-z]+(?:\s[a-z]+)?)\sto\s(?P<verb>[a-z]+)\s(?P<rest>[^,;.]+)"
)

# "X demanded that the BBC drop the show", "X is under pressure to resign"
DEMANDED = re.compile(
    boundary_words([r"demand(?:ed|s|ing)?\sthat", r"call(?:ed|s|ing)?\sfor"]) + rf"\s(?P<who>{_BODY_NAME})"
    r"\s(?:to\s(?P<verb_to>[a-z]+)(?=\s[a-z]|\s?[.;,]|$)|(?:should\s|must\s)?(?!to\b)(?P<verb>[a-z]+)(?=\s[a-z]|\s?[.;]|$))(?:\s(?P<rest>[^,;]+))?"
    rf"|(?P<who2>{_BODY_NAME})\s(?:is|are|was|were|has\sbeen|have\sbeen)\s(?:now\s|also\s)?"
    r"(?:under\s(?:\w+\s)?pressure|being\s(?:urged|pressed|asked)|facing\scalls)\sto\s(?P<verb2>[a-z]+)(?=\s[a-z]|\s?[.;,]|$)(?:\s(?P<rest2>[^,;]+))?"
)
# Verbs of weighing a step ("may consider selling", "is mulling closing"), asked as the step; one list for
# ``CONSIDERING`` (its progressive forms) and ``forecasts`` ("could consider selling"). Not "look at": "is looking at the
# figures" weighs no step.
WEIGHING_VERBS = ("consider", "weigh", "mull", "contemplate", "explore")
WEIGHING = "(?:" + "|".join(WEIGHING_VERBS) + ")"
_WEIGHING_ING = "(?:" + "|".join(v.removesuffix("e") + "ing" for v in WEIGHING_VERBS) + ")"
# a thing is no step: "considering something similar", "could consider anything that would cut its costs"
NOT_A_THING = r"(?!(?:some|any|every|no)thing\b)"
# "X is considering whether to …", "X has yet to decide whether …"; and a step itself under consideration (editor's
# questions on half-A tuning articles: "the Koch network, which is strongly considering focusing solely on Senate
# races", "officials … are considering a moratorium on new K-1 visas"): "X is considering doing Y" / "… a Y".
_BODY_HEAD = r"(?:\s(?:network|operation|group|company|firm|government|administration|party|campaign|board|committee|council|club|union|bank))?"
CONSIDERING = re.compile(
    rf"(?P<who>{_BODY_NAME})\s(?:is\s|are\s|was\s|were\s|has\s|have\s)?(?:still\s|now\s)?"
    r"(?:considering|weighing(?:\sup)?|mulling(?:\sover)?|deciding|undecided\s(?:about|on)|yet\sto\sdecide|to\sdecide|not\s(?:yet\s)?decided)"
    r"\s(?:whether|if)\s(?P<to>to\s)?(?P<rest>.+)"
    rf"|(?P<by>{_BODY_NAME}{_BODY_HEAD}|the\sgovernment)(?:,\swhich|,\swho)?\s(?P<be>is|are|was|were)\s(?:(?:now|still|also|strongly|seriously|actively|reportedly|currently)\s){{0,2}}"
    rf"{_WEIGHING_ING}\s(?:{NOT_A_THING}(?P<doing>[a-z]{{2,}}ing)\s(?P<step>[^;]+)|(?P<np>(?:an?|the)\s(?!(?:options?|position|future|response|matter|issue|situation|case|idea)\b)[^,;.]{{3,80}}))"
)
# A sum and what it is for: "a £2bn plan", "the $500m package" (the sign first, no word character before it tested after it).
MONEY_PLAN = re.compile(
    r"(?P<amount>[$£€](?<!\w[$£€])\s?\d[\d,.]*\s?(?:bn|m|billion|million|trillion|tn)?)(?:-a-year|\sa\syear)?\s"
    r"(?P<noun>plan|plans|scheme|programme|program|package|proposal|project|investment|bailout|rescue|stimulus|pledge|fund|subsidy|subsidies|tax\scut|tax\scuts)\b"
)
# "an estimated 3 million …", "up to 10 million Ukrainians …": a figure stated without its source.
ROUGH_FIGURE = re.compile(
    r"(?P<figure>" + boundary_words([r"an\sestimated", "some", r"up\sto", r"as\smany\sas", "nearly", "almost", "around",
                                     "about", r"more\sthan", "over"]) + r"\s"
    r"\d[\d,.]*(?:\s(?:million|billion|thousand|m|bn))?(?:\sper\scent|%)?)\s(?P<noun>[a-zA-Z][\w’'-]+(?:\s(?:living|working|people|in|of|from|who|have|are|were)\b[^,;.]{0,40})?)"
)
# A source named near a figure: then it is not unsourced.
SOURCED = re.compile(
    r"\b(?:said|says|according|figures|data|survey|poll|report|reported|study|statistics|estimates?\sby|census|showed|shows|told|found|research)\b",
    re.I,
)
# Words that state an outcome, and words that hedge one: a later sentence with the first and none of the
# second may answer a pending question. Single words, matched against a sentence's word set.
OUTCOME = frozenset(
    """convicted acquitted guilty cleared jailed sentenced dismissed approved rejected passed won lost agreed
    announced confirmed decided ruled voted completed signed launched since later eventually
    accepted withdrew withdrawn abandoned beat beaten defeated elected appointed joined sold bought resigned quit""".split()
)
HEDGE = frozenset("could may might would will expected likely possible possibly if whether plan plans hope hopes".split())

# Pending events (``events``): a name, or a pronoun the builder resolves ("He", "She", "It", "They" match as capitalised
# words; opening on one character class, a pattern that opens on a name lets the engine skip to capitals in C)
_NAME = r"(?:[A-Z][\w.’'&-]*(?:\s(?:of\s|de\s|van\s|&\s)?[A-Z][\w.’'&-]*){0,3})"
_ASIDE = r"(?:,[^,]{3,80},)?"
# "Hilary Swank, 30, is nominated for best actress", "The film was shortlisted for the Booker"
NOMINATED = re.compile(
    rf"(?P<who>{_NAME})(?:,(?!\s(?:who|which)\s)[^,]{{3,80}},)?\s(?:(?P<aux>is|are|was|were|has\sbeen|have\sbeen)\s)?(?:also\s|now\s|again\s)?"
    r"(?:nominated|shortlisted|up|in\sthe\srunning|in\scontention|a\scontender|among\sthe\scontenders|competing|vying)\s(?:this\syear\s|again\s|twice\s)?(?:for|in)\s(?P<award>[^,;.]{3,80})"
)
# "England face Wales in Cardiff on Saturday": a match to come (the builder needs a time ahead in the sentence).
FIXTURE = re.compile(
    rf"(?P<who>{_NAME})\s(?:face|faces|play|plays|meet|meets|host|hosts|take\son|takes\son|travel\sto|travels\sto|visit|visits)"
    # a side's epithet before its name is no part of it: "Ireland face minnows the Faroe Islands in Dublin on Wednesday" (the
    # standing and league-table words sports reports use as a side's epithet; six of them found before a name in tuning BBC
    # sport articles)
    r"\s(?:(?:minnows|champions|holders|leaders|rivals|neighbours|neighbors|giants|strugglers|hosts|favourites)\s(?:the\s)?)?(?P<rival>[A-Z][^,;.]{2,90})"
)
MATCH_AHEAD = re.compile(
    r"\b(?:on|this|next)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)\b|\bnext\s(?:week|month|round)\b"
    r"|\bin\s(?:the|next\sweek's|Saturday's|Sunday's)\s(?:final|semi-final|semi-finals|quarter-final|quarter-finals|play-off|first\sround|second\sround|third\sround|fourth\sround|fifth\sround)\b"
    r"|\b(?:tomorrow|tonight|later\sthis)\b"
    r"|\bon\s\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
# "Glazer's £800m bid for Manchester United", "Novartis has made an offer for Chiron"
BID = re.compile(
    rf"(?P<who>{_NAME})(?:’s\s|'s\s|\s(?:has\s|have\s|had\s)?(?:will\s|would\s|plans\sto\s|is\sto\s)?(?:made|make|launched|launch|tabled|table|submitted|submit|lodged|put\sin)\s(?:an?\s)?)"
    r"(?:[$£€][\d.,]+\s?(?:bn|m|billion|million)?\s)?(?:(?:takeover|hostile|rival|cash|revised|improved|fresh|formal|new|public)\s)*"
    r"(?P<noun>bid|offer|approach)\s(?:for|to\s(?:buy|acquire|take\sover))\s(?P<target>[A-Z][^,;.]{1,50}|the\s(?:19|20)\d\d\s(?:Olympic\sGames|Olympics|Games|World\sCup|Commonwealth\sGames|Paralympics|Winter\sOlympics)\b)"
)
# "Yahoo is in talks to buy Flickr", "BA is holding talks with unions over pensions"
TALKS = re.compile(
    rf"(?P<who>{_NAME})\s(?:is|are|has\sbeen|have\sbeen)\s(?:now\s|still\s|also\s)?(?:in|holding)\s"
    r"(?:advanced\s|early\s|exclusive\s|preliminary\s|secret\s|detailed\s)?talks\s(?:with\s(?P<other>[A-Z][\w.’'&-]*(?:\s(?:of\s)?[A-Z][\w.’'&-]*){0,3})\s)?"
    r"(?:to\s(?P<verb>[a-z]+)\s(?P<rest>[^;]+)|(?:about|over|on)\s(?P<topic>[^,;.]{{3,80}}))"
)
# "Analysts expect the Bank of England to raise rates", "The firm expects profits to rise 5%"
EXPECTS = re.compile(
    rf"(?:(?P<who>{_NAME}){_ASIDE}\s|\b(?:and|but|also|now|still)\s)(?:now\s|also\s|still\s)?(?:expects?|expected|predicts?|predicted|forecasts?|anticipates?|anticipated|wants|want|wanted)\s"
    r"(?P<thing>(?:the\s|its\s|his\s|her\s|their\s)?[\w’'-]+(?:\s[\w’'-]+){0,4}?)\sto\s(?P<verb>[a-z]+)\s(?P<rest>[^;]+)"
)
# "Mr Trump has yet to release his tax returns", "The club has not yet decided whether …"
# … or a choice still to be made by a named actor: "A replacement guitarist has yet to be named by Korn".
NOT_YET = re.compile(
    rf"(?P<np>\b(?:[Aa]n?|[Tt]he)\s(?:[a-z-]+\s){{0,2}}?[a-z-]+)\s(?:has|have|is|are)\s(?:still\s)?yet\sto\sbe\s(?P<done>[a-z]+)\sby\s(?P<agent>{_NAME})\b"
    rf"|(?P<who>{_NAME}){_ASIDE}\s(?:has|have|is|are)\s(?:still\s)?yet\sto\s(?P<verb>[a-z]+)\s(?P<rest>[^;]+)"
)
# "Ted Cruz is seeking the Republican nomination", "She is running for re-election"
RACE = re.compile(
    rf"(?P<who>{_NAME}){_ASIDE}\s(?:is|are|was|has\sbeen)\s(?:now\s|still\s|also\s)?"
    r"(?:seeking|running\sfor|vying\sfor|competing\sfor|campaigning\sfor|standing\sfor|fighting\sfor|in\sthe\srace\sfor|bidding\sfor|chasing)\s"
    r"(?P<prize>(?:the\s|a\s|an\s|his\s|her\s|their\s)?[^,;.]{0,50}?\b(?:nomination|re-election|election|presidency|seat|title|crown|championship|leadership|mayoralty|governorship|cup|Cup|medal|gold|trophy|place|spot)\b[^,;.]{0,30})"
)
# "Vera Drake has scooped seven nominations at this year's British Independent Film Awards", "… secure three Brit Award nominations"
NOMINATIONS = re.compile(
    rf"(?P<who>{_NAME})\s(?:has\s|have\s)?(?:scooped|got|gets|received|receives|earned|earns|secured|secures|picked\sup|landed|lands|leads|garnered|is\sup\sfor)\s"
    r"(?:a\s|an\s|the\s|a\srecord\s|a\stotal\sof\s)?(?:\w+\s)?(?P<award>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}\s)?(?:award\s)?nominations?"
    r"(?:\s(?:at|for|in)\s(?P<event>(?:the|this|next)\s[^,;.]{3,60}))?"
)
# A question put to someone: "Mr Hill asked the minister whether …" (the article then gives the answer).
ASKED = r"\b(?:asked|asks|asking)\s(?:\w+\s){0,3}"
ASKED_NOTE = ("a question put to someone: the article gives the answer", 2.2)
# Words an 'if' after which means 'whether', so it opens no condition: "wondering if the Clintons are going to return …",
# "unclear if …", "asked the minister if …" (Quirk et al., *A Comprehensive Grammar of the English Language*, 1985, on
# dependent yes-no interrogative clauses: 'if' introduces one after verbs of asking, knowing and doubting).
_WHETHER_IF = re.compile(r"(?:\b(?:wonder|wonders|wondered|wondering|know|knows|see|unclear|decide|sure|ask)\s|" + ASKED + r")$", re.I)


def whether_if(text: str, at: int) -> bool:
    """Whether the 'if' at ``at`` in ``text`` opens a whether-clause ("wonder if …"), not a condition."""
    return bool(_WHETHER_IF.search(text[max(0, at - 60):at]))
# A whether-clause anywhere but after "regardless of" / "no matter": "a test of whether the generals will …"
WHETHER = re.compile(
    r"(?<!regardless\sof\s)(?<!irrespective\sof\s)(?<!matter\s)(?:(?P<asked>\b(?:asked|asks|asking|questions\s(?:about|over|on))\s(?:\w+\s){0,3})|(?P<doubted>\b(?:queried|questioned|doubts\s(?:about|over))\s(?:\w+\s){0,3})"
    r"|(?P<decided>\b(?:decision|ruling|verdict)\s(?:(?:is|was|will\sbe)\s(?:made|taken|due|expected)\s)?(?:on|about|over|as\sto)\s"
    r"|\b(?:decide|decides|deciding)\s))?\bwhether\s"
    r"(?P<clause>(?:or\snot\s)?(?:[A-Z][\w.’'-]*|the|he|she|his|her|its|their|a|an)\s[^;]+)"
)
# A speaker's own next step inside a quotation: "I hope to be back …", "I'll appeal", "I'm going to run".
OWN_PLAN = re.compile(  # ("I" at the start or after a space, a quote mark or a bracket, tested after it: found first)
    r"(?P<subj>I)(?<![^\s“\"‘(]I)(?P<aux>['’]ll|\swill|\shope\sto|\swant\sto|\splan\sto|\sintend\sto|['’]m\sgoing\sto|\sam\sgoing\sto"
    r"|\sexpect\sto|\saim\sto|\swould\slike\sto|['’]d\slike\sto|['’]d\slove\sto)"
    r"\s(?:(?:also|still|now|soon|definitely|certainly|probably|hopefully|really|then)\s)?(?!not\b|never\b)(?P<rest>[a-z][^,;:.!?\"”]+)"
)
# What a named source would not say: "The magnate did not say where the job losses would fall."
UNSAID = re.compile(
    rf"(?P<who>{_NAME}|[Tt]he\s[a-z-]+(?:\s[a-z-]+)?){_ASIDE}\s(?:did\snot|didn[’']t|would\snot|wouldn[’']t|could\snot|couldn[’']t|declined\sto|refused\sto"
    r"|has\snot|have\snot|has\syet\sto|have\syet\sto)\s(?:yet\s)?(?:say|said|disclose|disclosed|reveal|revealed|specify|specified|explain|explained|confirm|confirmed"
    r"|give\sdetails\sof|identify|identified|elaborate\son)\s(?P<wh>where|when|how\smany|how\smuch|how|why|which|who|what|whether|if)(?:,?\s(?:or|and)\s(?:if|whether|when|how),?)?\s(?P<clause>[^;]+)"
)
# A sanction or trial still ahead: "The bank and Italaudit face lawsuits and possible prosecution."
# "Mr Khodorkovsky, who faces a possible 10 year jail sentence if convicted", "… faces up to 20 years in prison": a term names the jail;
# "He is now facing charges relating to the murder of …": the charge a court will settle (BBC business, tuning part).
SANCTION = re.compile(
    rf"(?P<who>{_NAME})(?:,\s(?:who|which)(?:\s(?:each|both))?|{_ASIDE})\s(?:is\s|are\s)?(?:could\s|may\s|might\s|now\s|still\s|also\s)?(?:faces?|facing)\s(?:(?:a|an|the)\s)?(?:(?:possible|potential|likely|further|criminal|maximum)\s)?"
    r"(?:(?:up\sto\s)?\d+[-\s]years?\s(?:in\s)?)?"
    r"(?:[\w-]+\s(?:and|or)\s(?:possible\s|potential\s)?)?(?P<what>prosecution|jail|prison|trial|extradition|deportation|impeachment|disqualification|expulsion|suspension|a\sban|ban|dismissal|the\ssack|disciplinary\saction|a\sfine|fines|charges|penalties|sanctions)\b"
    r"(?:\s(?P<prep>of|over|for|relating\sto|in\sconnection\swith)\s(?P<over>[^,;.]{3,80}?)(?=[,;.]|$))?"
)
# A step put off to a date: "The court postponed the film's launch until 3 February."
POSTPONED = re.compile(
    r"\b(?:postponed|delayed|adjourned|deferred|put\soff|pushed\sback|rescheduled)\s(?P<what>(?:the\s|its\s|their\s|his\s|her\s)[^,;.]{3,60}?)\s(?:until|till|to|for)\s"
    r"(?P<when>(?:next\s\w+|\d{1,2}\s[A-Z][a-z]+|[A-Z][a-z]+\s\d{1,2}|[A-Z][a-z]+day|the\s(?:end|start|spring|summer|autumn|new\syear)[^,;.]{0,30}|[A-Z][a-z]+))"
)
# A deal that waits on approval: "… although the deal is subject to certain conditions."
SUBJECT_TO = re.compile(
    r"\b(?P<np>[Tt]he\s(?:deal|sale|merger|takeover|acquisition|agreement|purchase|offer|transaction))\s(?:is|remains|was|will\sbe)\s(?:still\s)?subject\sto\s"
    r"(?P<cond>[^,;.]{3,60})"
)
# An open question the writer names: "… crystallized the question of how the nation will reckon with …",
# "speculation over who will replace him".
WH_NAMED = re.compile(
    r"\b(?:question|questions|debate|uncertainty|doubts?|speculation|concerns?|mystery|puzzle)\s(?:of|over|about|as\sto|on|surrounding)\s"
    r"(?P<wh>how|what|why|who|when|where|which)\s(?P<clause>[^;]+)"
)
# A step a source will not exclude: "The Fed did not rule out raising rates again in December."
NOT_RULED_OUT = re.compile(
    rf"(?P<who>{_NAME}){_ASIDE}\s(?:has\s|have\s|had\s)?(?:not|never|refused\sto|declined\sto|would\snot|did\snot|does\snot|will\snot)"
    r"\s(?:yet\s)?rul(?:e|ed|ing)\sout\s(?P<verb>[a-z]{3,}ing)\s(?P<rest>[^,;.]{2,80})"
)
# A contest still ahead, with its day: "… ahead of Tuesday's New Hampshire primary", "before next week's
# Commons vote on the ID cards bill". Only after a word that puts it ahead ("ahead of", "before", "next"),
# or after "in"/"at" with a future verb before it ("he will do well in Tuesday's primary"), since "in
# Saturday's final" is as often a match just played.
_DAYS = "(?:" + "|".join(d.title() for d in sorted(WEEKDAYS)) + ")"
_MONTH_WORDS = "(?:" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + ")"  # "Feb.", "Sept.", "February"
CONTEST_AHEAD = re.compile(
    "(?P<lead>(?i:" + boundary_words([r"ahead\sof", "before", r"in\sthe\srun-up\sto", r"in\sthe\sbuild-up\sto", r"on\sthe\seve\sof", r"going\sinto",
                                  r"heading\sinto", "in", "at", "for"]) + r"))\s"
    rf"(?P<when>(?:next\s)?{_DAYS}[’']s|next\s(?:week|month)[’']s|this\s(?:week|weekend)[’']s|the\s(?:upcoming|forthcoming)|the\s(?P<date>{_MONTH_WORDS}\.?\s\d{{1,2}})|the(?=\s(?:critical\s|crucial\s|key\s)?[A-Z]))\s"
    r"(?P<name>(?:[A-Z][\w.-]*\s|(?:crucial|critical|key|competitive|decisive|closely\swatched)\s){0,4}?)"
    r"(?P<contest>primary|primaries|caucus|caucuses|election|by-election|run-off|runoff|final|semi-final|vote|referendum|ballot|leadership\scontest)\b"
    r"(?:\s(?:on|over)\s(?P<object>[^,;.]{3,70})|\sin\s(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
)
# A favourite for a prize: "Novelist Andrea Levy is favourite to win the Whitbread Prize book of the year award",
# "Kenzie is currently favourite to win the £50,000 charity prize", "Chelsea are tipped to win the title".
FAVOURITE = re.compile(
    rf"(?P<who>{_NAME}){_ASIDE}\s(?:is|are)\s(?:now\s|still\s|currently\s|also\s|widely\s|being\s)?"
    r"(?:(?:the\s|a\s|an\s|hot\s|clear\s|strong\s|firm\s|overwhelming\s|odds-on\s|early\s|bookmakers[’']\s|\d+/\d+\s)*(?:favourites?|favorites?)|tipped)"
    r"\sto\s(?:win|lift|take)\s(?P<prize>(?:[^,;.]|(?<=\d)[,.](?=\d)){3,80})"
)
# An outcome the writer or a source rates as likely, not as done: "… made it more likely that the US Federal
# Reserve would increase interest rates when it meets next week".
LIKELY_THAT = re.compile(
    r"\b(?:(?:more|less|increasingly|highly|very|entirely|quite)\s)?(?P<how>likely|unlikely|possible|probable)\sthat\s"
    r"(?P<clause>(?:the\s|[A-Z])[^;]+)"
)
# A charge a named person stands accused of (the passive, not one side's "X accused Y of"):
# "Dylann Roof is accused of killing nine people", "Bernie Ebbers is currently on trial, accused of overseeing an $11bn fraud".
ACCUSED_OF = re.compile(
    rf"(?P<who>{_NAME}){_ASIDE}\s(?:is|are|stands)\s(?:currently\s|now\s|also\s)?(?:on\strial,?\s)?accused\sof\s(?P<charge>(?:[^,;.]|(?<=\d)[,.](?=\d)){{3,120}})"
)
# What makes an accusation a criminal one (a court's verdict will settle it), in the charge or the article.
CRIMINAL = re.compile(
    r"\b(?:kill\w*|murder\w*|rap(?:e|ed|ing)|assault\w*|fraud\w*|steal\w*|theft|launder\w*|brib\w*|embezzl\w*|traffick\w*|smuggl\w*"
    r"|terror\w*|manslaughter|corruption|trial|charged|indicted|indictment|prosecutors?|jury)\b"
)
# A named actor's stated confidence in its own next result: "James McIlroy is confident he can win his first major
# title at this weekend's European Indoor Championships", "Cadbury said it was confident it would hit its targets",
# "Sonia O'Sullivan has indicated that she would like to participate in next month's World Cross Country Championships".
CONFIDENT = re.compile(
    rf"(?P<who>{_NAME}){_ASIDE}(?:\s(?:said|says|insisted|insists)\s(?:that\s)?(?:he|she|it|they))?\s"
    r"(?:(?:is|are|was|were|remains?|remained|feels?|felt)\s(?:still\s|now\s|also\s)?(?:confident|hopeful|optimistic|convinced|adamant|sure|certain|bullish)\s(?:that\s)?"
    r"|(?:has\s|have\s|had\s)?(?:indicated|hinted|signalled|signaled)\s(?:that\s)?)"
    r"(?P<pro>he|she|it|they)\s(?:can|will|could|would|['’]ll)\s(?:like\sto\s|love\sto\s)?(?P<rest>(?!be\b(?!\sable\sto\s)|not\b|never\b|have\b)[a-z][^;]+)"
)
# A verdict a named actor waits to hear: "Kostas Kenteris and Katerina Thanou are expected to find out on Wednesday
# if they will be banned for missing drugs tests".
FIND_OUT = re.compile(
    rf"(?P<who>{_NAME}(?:\sand\s{_NAME})?){_ASIDE}\s(?:is|are|will)\s(?:expected\sto\s|due\sto\s|set\sto\s|likely\sto\s|waiting\sto\s|hoping\sto\s)?"
    r"(?:find\sout|learn|discover|hear|know)\s(?P<when>(?:on\s\w+|next\s\w+|later\s\w+(?:\s\w+)?|this\s\w+|today|tomorrow|within\s[^,;]{3,20}?)\s)?"
    r"(?:whether|if)\s(?P<pro>he|she|they|it)\s(?P<aux>will|would|can|could)\s(?P<rest>(?!not\b|never\b)[a-z][^;]+)"
)
# A side or player through to a later round of a named tournament: "Dundee United eased into the semi-final of the
# Scottish Cup", "Andre Agassi … edging into the fourth round of the Australian Open". The subject opens the sentence.
TOURNAMENT_RUN = re.compile(
    rf"^(?:But\s|And\s)?(?P<who>{_NAME})\s[^,.;:]{{0,60}}?\b(?:into|reached|reaches|booked\s(?:a|their|his|her|its)\splace\sin|through\sto)\s(?:the\s)?"
    r"(?P<pre>(?:[A-Z][\w’'-]*\s){0,3})(?:quarter-finals?|semi-finals?|last\s(?:16|eight|four|32)|(?:second|third|fourth|fifth)\sround)"
    r"(?:\sof\s(?:the\s)?(?P<post>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}))?"
)
# A named plan that waits on someone's approval: "Shanghai Automotive's proposed £1bn investment in Rover is awaiting
# approval by its owner".
AWAITING_APPROVAL = re.compile(
    r"^(?P<np>[A-Z][^,;]{3,80}?)\s(?:is|are)\s(?:still\s|now\s)?(?:awaiting|pending)\s"
    r"(?:final\s|formal\s|regulatory\s|government\s|official\s|shareholder\s|shareholders[’']\s)?(?:approval|clearance|the\sgo-ahead)\b"
)

# An action one named actor takes against another: "Lindsey Graham called out his rival Donald Trump".
_AGAINST = (
    r"criticised|criticized|criticising|criticizing|attacked|attacking|condemned|slammed|slamming|blasted|blasting|lambasted|rebuked|denounced"
    r"|mocked|mocking|ridiculed|called\sout|sued|suing|accused|accusing|ripped|bashed|bashing|hammered|hammering|took\saim\sat|taking\saim\sat"
    r"|went\safter|hit\sout\sat|hitting\sout\sat|lashed\sout\sat|swiped\sat|taunted|insulted|derided"
)
AGAINST = re.compile(
    rf"(?P<who>[A-Z][\w.’'&-]*(?:\s(?:of\s|&\s)?[A-Z][\w.’'&-]*){{0,3}})(?:\s\([^)]{{1,30}}\))?(?:,[^,]{{3,80}},)?\s(?:has\s|have\s|also\s|on\s[A-Z]\w+\s)?(?P<verb>{_AGAINST})\s"
    r"(?:(?:his|her|their|its|the)\s(?:[a-z-]+\s){0,3})?(?P<target>[A-Z][\w.’'&-]*(?:\s(?:of\s|&\s)?[A-Z][\w.’'&-]*){0,3})"
    r"(?=[,.;:]|\s(?:for|over|on|as|of|in|at|after|and|during|while|who|when|because|by|to|with)\s)(?!\s(?:of|and)\s[A-Z])"
)
# An effort and the effect it is meant to have: "China's efforts to stop the economy from overheating".
# The nouns are the effort and measure words of PropBank's light-verb frames (make an effort, take measures,
# launch a campaign); the verbs are those that name an effect an effort can have or fail to have.
# (Verbs for what the effort itself does, "steps to tighten firearms sales", "plans to raise fees", are left out:
# the effort is the tightening, nothing is left open.)
EFFECT_VERBS = frozenset("""stop curb combat reduce boost tackle end prevent revive help protect improve ease cool attract create save
encourage discourage stem fight restore slow reverse revitalise revitalize win stabilise stabilize shore prop rein lure""".split())
EFFORT = re.compile(  # (left opening on "\b": grouped by first letter it saved ~0.01% of a run)
    r"\b(?P<noun>efforts?|initiative|measures|campaign|crackdown|curbs|drive|scheme|package|strategy|reforms|policy|programme|program|moves?|steps|action|push|plan)"
    r"\s(?:aimed\sat|designed\sto|intended\sto|meant\sto|to)\s(?P<verb>[a-z]+)\s(?P<rest>[^,;:.]+)"
)
# A sanction a named person or body has just received, whose appeal the news leaves open:
# "Mr Sayeed was suspended", "Kelli White has been banned for two years".
SANCTIONED = re.compile(
    r"(?P<who>[A-Z][\w.’'&-]*(?:\s(?:of\s)?[A-Z][\w.’'&-]*){0,3})(?:,\s\d{2},)?\s(?:has\sbeen|have\sbeen|was|were)\s(?:also\s)?"
    r"(?P<what>fined|banned|suspended|disqualified|expelled|jailed|sentenced)\b"
)
# A run of rises or falls the writer reports: "US industrial production increased for the 21st month in a row",
# "house prices fell for a third consecutive month", "inflation continued to rise" (business leads, tuning part).
_TREND_PAST = "rose|fell|dropped|climbed|declined|slipped|grew|increased|decreased|gained|slid|eased|shrank|improved|worsened"
_TREND_BASE = "rise|fall|drop|climb|decline|slip|grow|increase|decrease|gain|slide|ease|shrink|improve|worsen"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
TREND = re.compile(
    rf"\s(?:(?P<past>{_TREND_PAST})(?:\s(?:by\s|to\s)?[\d$£€][^\s,;]*(?:\s(?:per\scent|percent|points?|bn|m|billion|million))?)?"
    rf"\sfor\s(?:a|the)\s{_ORDINAL}\s(?:(?:consecutive|straight|successive)\s)?(?:month|quarter|year|week|day|session)(?:\s(?:running|in\sa\srow))?\b"
    rf"|continue[sd]\sto\s(?P<base>{_TREND_BASE})(?=\s?[,;.]|$|\s(?:in|by|at|to|for|after|again|further|sharply|steadily|slowly|rapidly|strongly|despite|amid|as|on|during|over|through|and|but)\b))"
)
# The verb with no object: "continued to increase his holding" is no trend of its subject's own (kept out by the lookahead above).
# A match named by its two sides, ahead: "named in the Scotland squad for Saturday's Six Nations clash with Italy",
# "Bayern Munich's Champions League match against Maccabi Tel Aviv on Wednesday" (the fixture nouns of BBC sport reports).
# ("\bthe" written "t(?<=\bt)he": both branches then open on a character, which the engine tests before trying either)
NAMED_MATCH = re.compile(
    rf"(?:t(?<=\bt)he\s(?P<team>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){{0,2}})\s(?:squad|team|side|line-up|starting\sline-up)\sfor\s"
    rf"(?P<when>(?:next\s)?{_DAYS}[’']s|next\s(?:week|month)[’']s|this\s(?:week|weekend)[’']s)\s"
    r"|(?P<owner>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})[’']s\s)"
    r"(?P<comp>(?:[A-Z][\w-]*\s){0,4})(?:clash|match|game|tie|meeting|encounter|fixture|showdown)\s(?:with|against)\s"
    r"(?P<rival>[A-Z][\w.’'-]*(?:\s(?:de\s)?[A-Z][\w.’'-]*){0,3})"
)
# Pressure on a named post-holder: "the pressure is mounting on coach Bernard Laporte", "Mr Smith is under mounting pressure".
PRESSURE_ON = re.compile(
    r"\bpressure\s(?:is\s|has\sbeen\s|was\s)?(?:mounting|mounts|growing|grows|increasing|building|piling|intensifying)\son\s(?:the\s)?"
    r"(?P<role>(?:[A-Z][\w-]*\s)?(?:coach|manager|boss|chairman|chief\sexecutive|president|leader|minister|secretary|captain|director|governor|mayor|head)\s)?"
    r"(?P<who>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){1,2})"
)
# Suspects held and not yet charged: "Those arrested are accused of operating Shadowcrew.com",
# "Mr Smith was arrested on suspicion of fraud", "two men were arrested in connection with the attack".
ARRESTED = re.compile(
    rf"(?P<held>(?:Those|Those\speople|The\s(?:men|women|people|suspects|pair|two|three|four))\s(?:arrested|detained|held))\s(?:are|were)\s(?:accused|suspected)\sof\s"
    r"(?P<charge>(?:[^,;.]|\.(?=\w)){3,80})"
    rf"|(?P<who>{_NAME}){_ASIDE}\s(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:arrested|detained)\s(?P<link>on\ssuspicion\sof|over|in\sconnection\swith)\s"
    r"(?P<charge2>(?:[^,;.]|\.(?=\w)){3,80})"
)
