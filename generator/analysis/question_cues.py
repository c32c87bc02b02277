"""Cue patterns for open questions (data for ``questions``), compiled once at import.

Sources of the cue lists: hedging/uncertainty markers from Hyland (1998) and the CoNLL-2010
uncertainty-cue guidelines ("unclear", "remains to be seen", "it is not known whether");
denial and allegation verbs from the PARC attribution scheme (Pareti 2016); the
"did not respond to a request for comment" / "declined to comment" formulas of news style
(AP Stylebook usage). All lists are written by hand; none is derived from evaluation data.
"""
from __future__ import annotations

import re

_WH = r"(?P<wh>whether|if|how|why|what|who|when|where|which)"

# "raises questions about whether …", "leaves open the question of how …"
QUESTION_ABOUT = re.compile(
    r"\b(?:rais(?:es|ed|ing|e)|pos(?:es|ed|ing|e)|leav(?:es|ing|e)|left|prompt(?:s|ed|ing)?|sparks?|sparked)\s"
    r"(?:open\s)?(?:the\s|new\s|serious\s|fresh\s|further\s|more\s|real\s)?questions?\s(?:about|over|of|as to|on)\s" + _WH + r"\s"
    # "raised serious doubts about whether …", "a debate is underway … over whether …"
    r"|\b(?:doubts?|debate|uncertainty|speculation|questions|question\smarks?[\"”’']?)\s(?:[\w’'.-]+\s){0,8}?(?:about|over|of|as\sto)\s"
    r"(?P<wh2>whether|how)\s"
    # "Analysts have questioned whether a US court has any jurisdiction …": a doubt of neutral observers the
    # article reports (a rival's "questioned whether Trump has the temperament" is a jibe, not an open matter)
    r"|\b(?:[Aa]nalysts|[Ee]xperts|[Ee]conomists|[Oo]bservers|[Ii]nvestors|[Rr]egulators)\s(?:[\w’'-]+\s){0,3}?"
    r"(?:question(?:s|ed|ing)?|quer(?:y|ies|ied)|doubt(?:s|ed)?|wonder(?:s|ed)?)\s(?P<wh3>whether)\s",
    re.IGNORECASE,
)
# "The big question is whether …", "the question now is how …": the writer names what is open.
BIG_QUESTION = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s(?:big|bigger|biggest|key|real|main|central|open|unanswered|unsettled|unresolved|crucial|outstanding)\s"
    r"(?:question|issue)\s"
    r"(?:now\s|still\s)?(?:is|was|remains)\s(?:now\s)?" + _WH + r"\s"
)
# "it is unclear whether …", "it remains to be seen how …", "officials are unsure whether …"
IT_UNCLEAR = re.compile(
    r"\b(?:it(?:\s(?:is|was|remains|remained)|[’']s)(?:\sstill|\salso|\snot\syet|\snow|\sas\syet|\sfar)?\s"
    r"(?:unclear|not\sclear|uncertain|not\sknown|unknown|not\syet\sclear|not\simmediately\sclear|unsettled|unresolved|"
    r"an\s(?:open|unsettled|unresolved|unanswered)\squestion|"
    r"(?:too\searly|too\ssoon|hard|difficult|impossible)\sto\s(?:say|know|tell)|to\sbe\sseen)(?:\sto\s(?:him|her|them|many|some|analysts|observers))?"
    r"|remains?\sto\sbe\sseen|(?:no\sone|nobody)\s(?:yet\s)?knows|(?:are|is|were|was|remain|remains)\s(?:still\s)?(?:unclear|uncertain|unsure)(?:\s(?:about|as\sto))?)"
    r"(?:,[^,]{1,40},)?\s" + _WH + r"\s",
    re.IGNORECASE,
)
# "Whether this merger is a success remains to be seen."
WHETHER_UNCLEAR = re.compile(
    r"^[\"“‘']?(?:(?:But|And|Yet|Still|So),?\s)?(?P<wh>Whether|How|Why|What|Who|When)\s(?P<clause>.+?)\s"
    r"(?:remains?\sto\sbe\sseen|(?:is|are|remains?)\s(?:still\s|also\s)?(?:unclear|uncertain|unknown|not\sclear|not\sknown|"
    r"an\s(?:open|unsettled|unresolved|unanswered)\squestion|unsettled|unresolved|anyone[’']s\sguess|up\sin\sthe\sair))\b"
)
# "the implications of Putin's statements remain uncertain."
NP_UNCLEAR = re.compile(
    r"(?:^|,\s)(?P<np>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}[’']s)\s[^,;:\"“”]{3,80}?)\s"
    r"(?P<verb>remains?|remained|is|are|was|were)\s(?:still\s|also\s|as\syet\s)?"
    r"(?:unclear|uncertain|unknown|not\s(?:yet\s)?(?:clear|known))(?=\s*(?:[.;]|$|,\s(?:but|and|though|although)\s)|,?\s(?:amid|despite|after|following|as)\s)"
)
# "Uncertainty remains over the future of Perrier, …": the writer's own doubt about a named matter (round 5).
UNCERTAINTY_OVER = re.compile(
    r"^(?:(?:But|And|Yet|Still|So),?\s)?(?:Uncertainty|Doubts?|Questions?)\s(?:also\s|still\s)?(?:remains?|persists?|lingers?|hangs?|surrounds?)\s"
    r"(?:over|about|around|as\sto)\s(?P<np>(?:the|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}[’']s)\s[^,;:\"“”()]{3,80}?)"
    r"(?=\s*(?:[.;]|$|,|\s(?:amid|after|following|as|despite)\s))"
)
# "X declined to say whether …"
CANNOT_SAY = re.compile(
    r"\b(?:declined|refused|(?:has|have)\snot|hasn[’']t|haven[’']t|would\snot|wouldn[’']t|will\snot|won[’']t|did\snot|didn[’']t|could\snot|couldn[’']t|dodged|"
    r"sidestepped|(?:is|are)\snot|isn[’']t|aren[’']t)\s(?:yet\s)?(?:to\s)?"
    # "Trump isn't saying what other interrogation techniques he would support" (review 7)
    r"(?:(?:say|saying|specify|disclose|reveal|confirm|explain|discuss)\s(?:[\w’'-]+\s){0,5}?"
    # "Sanders hasn't said whether he has a strategy": a question left unanswered so far
    r"|(?:publicly\s)?(?:said|disclosed|revealed|confirmed|explained|specified|indicated)\s"
    r"|(?:answer\s|respond\sto\s|directly\srespond\sto\s)?(?:a\s|the\s)?questions?\sabout\s)"
    + _WH + r"(?:,?\sor\s(?:if|whether|when),)?\s"
)
# "X has denied any wrongdoing", "X denied that …", "X rejected the allegations"
DENIAL = re.compile(
    r"\b(?:has\s|have\s|had\s)?(?:also\s|strongly\s|repeatedly\s|vehemently\s|flatly\s)?"
    r"(?:denied|denies|deny|rejected|rejects|disputed|disputes)\s"
    r"(?P<obj>(?:any\s|all\s)?(?:wrongdoing|wrong-doing)|that|(?:the|these|those|such)\s"
    r"(?:allegations?|accusations?|charges?)|(?:the\s)?(?:reports?|suggestions?|claims?|rumou?rs?|speculation)\s(?:of|that))\b"
)
# "Mr Ebbers has denied multiple charges of conspiracy and fraud", "has pleaded not guilty to charges of fraud",
# "has denied murder": a charge contested before a verdict (the crimes are a closed list, so the question
# can name them).
_CRIME = (
    r"(?:murder|manslaughter|fraud|conspiracy|rape|assault|theft|child\sabuse|abuse|false\simprisonment|bribery|corruption|"
    r"perjury|insider\s(?:dealing|trading)|money\slaundering|tax\sevasion|racketeering|kidnapping|harassment|"
    r"obstruction\sof\sjustice|embezzlement|extortion)"
)
CHARGE_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|pleaded\snot\sguilty\sto|pleads\snot\sguilty\sto)\s(?:all\s)?(?:the\s)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|multiple|several|numerous)\s)?(?:(?:counts?|charges?)\sof\s)?"
    r"(?P<crime>" + _CRIME + r"(?:,\s" + _CRIME + r")*(?:,?\s(?:and|or)\s" + _CRIME + r")?)\b(?!\s(?:charges?|claims?|allegations?))"
)
# A verdict or sentence the article reports: the charge is no longer open.
VERDICT = re.compile(
    r"\b(?:was|were|been|is|are)\s(?:convicted|acquitted|cleared|found\s(?:not\s)?guilty)\b|\bsentenced\sto\b|\bverdict\swas\b"
)
# "accusations from Kyiv that it is an attempt to …"
ALLEGATION = re.compile(r"\b(?:accusations?|allegations?)\s(?:(?:from|by)\s(?P<source>[^,]{1,40}?)\s)?that\s(?P<clause>.+)")
# "X did not respond to requests for comment (on Y)", "X declined to comment on Y"
NO_COMMENT = re.compile(
    r"\b(?:(?:did|has|have|had)\snot|didn[’']t|hasn[’']t|haven[’']t|hadn[’']t)\s(?:yet\s)?(?:immediately\s)?"
    r"(?:(?:respond|reply)\sto|return(?:\sto)?)\s(?:a\s|an\s|the\s|several\s|multiple\s|repeated\s|numerous\s|two\s|three\s)?"
    r"(?:requests?|calls?|e-?mails?|messages?|inquir(?:y|ies)|questions?|phone\scalls?)(?:\sand\s\w+)?"
    r"(?:\s(?:for|seeking)\scomment)?(?:\s(?:on|about|regarding|concerning)\s(?P<topic>[^,.;]+))?"
    r"|\b(?:declined|refused)\sto\scomment(?:\s(?:on|about)\s(?P<topic2>[^,.;]+))?"
    r"|\bcould\snot\s(?:immediately\s)?be\sreached(?:\sfor\scomment)?"
    # "SAIC was unavailable for comment on the job cuts" (review 7)
    r"|\b(?:was|were|is|are)\s(?:not\s(?:immediately\s)?available|(?:immediately\s)?unavailable)\sfor\scomment"
    r"(?:\s(?:on|about)\s(?P<topic3>[^,.;]+))?"
)
# "X is expected to V …", "X is unlikely to V …"
EXPECTED = re.compile(
    r"\b(?:(?:is|are)\s(?:widely\s|also\s|now\s|still\s)?|(?:looks?|seems?|appears?)\s)"
    r"(?P<cue>expected|due|set|scheduled|poised|likely|unlikely)\sto\s(?P<verb>[a-z]+(?:-[a-z]+)?)\b"
)
# "X plans to V …"
PLANS = re.compile(
    r"\b(?P<cue>plans|intends|aims|vows|promises|threatens|(?:is|are)\splanning)\sto\s(?P<verb>[a-z]+(?:-[a-z]+)?)\b"
)
# "X will decide whether …", "the Senate will vote on …"
WILL_DECIDE = re.compile(
    r"\b(?:will|(?:is|are)\s(?:due\s|set\s|expected\s|scheduled\s)?to)\s(?:soon\s|now\s|also\s|then\s)?"
    r"(?P<verb>decide|rule|vote|determine)\s(?P<link>whether|on)\b"
    # "the EU decides on 17 December whether to start entry talks": a scheduled decision in the present
    r"|\b(?P<verb2>decides|rules|votes)\s(?P<link2>on)\s(?=(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"\d{1,2}\s[A-Z][a-z]+|[A-Z][a-z]+\s\d{1,2})\swhether\b)"
)
# "X could V …", "X will likely V …"
FORWARD = re.compile(
    r"\b(?:could|may|might)\s(?!have\b|not\b|be\sable\b|well\b|also\shave\b|or\b|"
    r"(?:also\s)?(?:remember|recall|know|say|argue|think|wonder|be\sforgiven|be\sexcused|be\sheard|be\sseen|hear|want|wish|do\swell)\b)[a-z]+\b|\bwill\s(?:likely|probably)\s[a-z]+\b"
)
# Clause openers after which the subject of a forward-looking clause begins.
SAID_THAT = re.compile(
    r"\b(?:said|says|say|warned|warns|believes?|argued|argues|thinks?|think|suggested|suggests|predicted|predicts|"
    r"noted|added|fears?|feared|worry|worries|worried|hopes?|hoped)\s(?:that\s)?"
)
# Boundaries that end the stretch of text holding a cue verb's subject.
SUBJECT_CUT = re.compile(
    r"[,;:()\"“”]|\s[-–—]+\s|—|–|\b(?:that|who|which|while|because|although|though|as|after|when|if|since|said|says|but|where)\s"
    r"|\b(?:predict|expect|believe|think|warn|fear|suggest|claim|argue|estimate|forecast|insist|report|say)(?:s|ed)?\s"
)
# A person's name: a title and surname, or two or more capitalised words (not an institution's).
PERSON_NAME = re.compile(
    r"(?<![\w.])(?!(?:The|A|An|In|On|At|But|And|It|He|She|This|That|Last|Next|When|If|As|For|After|Before|While|His|Her)\s)"
    r"(?!(?:[A-Z][a-z]+\s)*(?:Party|Committee|House|Senate|Department|Association|Union|Council|Court|University|Bank|"
    r"Group|News|Times|Post|Street|States|Kingdom|Office|Ministry|Commission|Agency|Service|Club|League)\b)"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s[A-Z][\w’'-]+|[A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z’'-]+)+)"
)
# A later sentence that reports an outcome.
ANSWERED = re.compile(
    r"\b(?:has|have|had)\ssince\b|\blater\s(?:[a-z]+ed|said|told|won|lost|made|chose|gave|took)\b|\beventually\b|"
    r"\bin\sthe\send\b|\bit\s(?:later\s)?emerged\b|\bturned\sout\b|\bultimately\s(?:decided|agreed|ruled)\b"
)
# "he did not know what date the poll would take place", "no decision has yet been made on who …",
# "a decision had yet to be taken over how …": an unknown the article reports, not resolves.
NOT_KNOWN = re.compile(
    r"\b(?:(?:(?:did|does|do)\snot|didn[’']t|doesn[’']t|don[’']t)\s(?:yet\s)?know"
    r"|decision\s(?:has|had)\s(?:(?:yet|still)\sto\sbe\s(?:taken|made)|(?:not\s)?(?:yet\s)?been\s(?:taken|made)(?:\syet)?)"
    r"\s(?:on|over|about|as\sto)"
    r"|(?:has|have)\s(?:yet|still)\sto\s(?:decide|determine|announce)"
    # "has made no decision on whether to appeal", "no immediate decision had been made about whether to appeal"
    r"|(?:has|have|had)\s(?:made\sno|not\s(?:yet\s)?made\sa)\s(?:final\s)?decision\s(?:on|about|over|as\sto)"
    r"|(?:has|have|had)\s(?:not|n[’']t)\s(?:yet\s)?decided"
    # "Holmes is still undecided about whether to compete in Madrid"
    r"|(?:is|are|was|were|remains?)\s(?:still\s)?undecided(?:\s(?:about|on|over|as\sto))?)\s" + _WH + r"\s"
)
# "Larne boss Jimmy McGeough has yet to confirm that Weir is on his way": a report its source will not
# stand behind yet (the "not yet confirmed" convention of sports and business news).
YET_TO_CONFIRM = re.compile(
    r"\b(?:(?:has|have|had)\s(?:yet|still)\sto|(?:has|have|had)\snot\syet)\s"
    r"(?:confirm(?:ed)?|say|said|reveal(?:ed)?|disclose[d]?|address(?:ed)?|explain(?:ed)?|specif(?:y|ied)|determine[d]?)\s"
    r"(?P<wh>whether|if|that|when|how|where|what|who|why)\s"
)
# "there is no guarantee (that) he would name a conservative"
NO_GUARANTEE = re.compile(r"\bthere(?:\sis|\swas|[’']s)\s(?:still\s)?no\sguarantee\s(?:that\s)?(?P<clause>.+)")
# "economists predict China will become …", "forecast that the Bank of England will almost certainly raise rates"
PREDICT = re.compile(
    r"\b(?:predicts?|predicted|forecasts?|forecast|expects?)\s(?:that\s)?"
    r"(?P<clause>(?:[Tt]he\s)?[A-Z][\w.’'-]*(?:\s(?:of\s)?[A-Z][\w.’'-]*){0,4}\s(?:will|would)\s.+)"
)
# "The Obama administration is trying to determine whether …", "officials are weighing whether …"
WEIGHING = re.compile(
    r"\b(?:is|are)\s(?:still\s|now\s|also\s)?(?:trying\sto\s(?:determine|decide|establish|work\sout|find\sout)|weighing|"
    r"considering|deciding|debating|studying|examining|investigating)\s(?P<wh>whether|if|how)\s"
)
# "an in-depth investigation into whether Alitalia is receiving illegal state aid", "the FBI is looking into
# whether …", "asked the Justice Department to investigate whether …": an inquiry whose finding is still to come.
INQUIRY = re.compile(
    r"\b(?:(?:investigations?|inquiry|inquiries|probes?)\s(?:in)?to|looking\sinto|look\sinto|"
    r"to\s(?:investigate|examine|determine|establish))\s(?P<wh>whether|if)\s"
)
# An inquiry already closed: its finding is reported, the matter no longer open.
INQUIRY_CLOSED = re.compile(
    r"\b(?:concluded|cleared|closed|ended|dropped|found\sno|found\sthat|recommended\sno|no\scharges|ruled\sthat|verdict)\b"
)
# "Mr Blair said he would return with proposals", "the company says it will appeal": a stated
# intention, reported, whose outcome the article cannot know yet.
SAID_WILL = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|insisted|insists|promised|promises|pledged|pledges|vowed|vows)\s"
    r"(?:on\s\w+\s)?(?:that\s)?(?P<pro>he|she|it|they)\s(?P<aux>will|would|was\sgoing\sto|is\sgoing\sto)\s"
    r"(?!not\b|never\b|have\b|be\shappy\b|like\b|love\b|prefer\b|rather\b)(?P<rest>[a-z].+)"
)
# Real uncertainty around a stated plan or schedule (review 2: "plans to", "said it will", "is due to
# end on <date>" are firm statements, not open questions, unless something hedges them).
HEDGED = re.compile(
    r"\b(?:expected|unclear|uncertain|undecided|not\s(?:yet\s)?(?:decided|clear|known|certain|sure)|(?:has|have|had)\s(?:yet|still)\sto|"
    r"whether|considering|weighing|faces?\sa\s(?:vote|decision)|reportedly|reports?\s(?:that|said|say|suggest)|(?:was|were|been|is|are)\sreported|"
    r"denied|denies|deny|speculation|rumou?rs?|(?<!not\s)subject\sto|unless|approval|doubts?|questions?\sabout|hopes?\sto)\b",
    re.IGNORECASE,
)
# The same in a neighbouring sentence: only the outright statements of doubt count there.
HEDGED_NEAR = re.compile(
    r"\b(?:unclear|uncertain|undecided|not\s(?:yet\s)?(?:decided|clear|known)|(?:has|have|had)\s(?:yet|still)\sto\s(?:decide|approve|vote)|"
    r"faces?\sa\s(?:vote|decision)|will\sdecide\swhether)\b",
    re.IGNORECASE,
)
